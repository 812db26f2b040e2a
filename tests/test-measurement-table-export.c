/* test-measurement-table-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The ISMS effectiveness measurement table (5.4.2.4.4, 5.6) as a file,
 * and the charts it and the Objectives views share, from objectives saved
 * in a temporary database. Each file is read back by a reader that is not
 * ours: Python's csv and zipfile, poppler's pdftotext and pdfinfo. The PDF
 * is copied to the build folder (STEWARD_TEST_OUTPUT) to look at. */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <cairo-pdf.h>
#include <json-glib/json-glib.h>

#include "export/steward-export-util.h"
#include "export/steward-measurement-table-export.h"
#include "logic/steward-objectives.h"
#include "model/steward-measurement.h"
#include "model/steward-objective-target.h"
#include "model/steward-objective.h"
#include "model/steward-person.h"
#include "widgets/steward-line-layer.h"
#include "widgets/steward-objective-plot.h"
#include "widgets/steward-target-layer.h"
#include "steward-test-util.h"

#define YEAR            2025
#define AVAILABILITY    "核心系統可用率"
#define PATCH_DAYS      "高風險弱點平均修補天數"
#define TRAINING        "每人每年資安教育訓練時數"
#define FUTURE_KPI      "零信任架構導入進度"
/* A statement someone typed that a spreadsheet would run as a formula. */
#define FORMULA_TEXT    "=HYPERLINK(\"http://evil.example\",\"按此\")"
#define OWNER           "廖信宏"

typedef struct
{
  StewardTestDb                  *t;
  char                           *dir;
  GPtrArray                      *evaluations;
  GHashTable                     *owner_names;
  StewardMeasurementTableOptions  options;
} Fixture;

static gint64
save (StewardDatabase *db,
      gpointer         record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (record), db, &error));
  g_assert_no_error (error);

  return steward_record_get_id (STEWARD_RECORD (record));
}

static gint64
add_objective (StewardDatabase  *db,
               const char       *statement,
               const char       *kpi,
               const char       *unit,
               StewardDirection  direction,
               StewardFrequency  frequency,
               int               start_year,
               gint64            owner_id)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, start_year);
  g_autoptr(StewardObjective) objective = g_object_new (STEWARD_TYPE_OBJECTIVE,
                                                        "statement", statement,
                                                        "kpi-name", kpi,
                                                        "kpi-unit", unit,
                                                        "direction", direction,
                                                        "frequency", frequency,
                                                        "start-date", start,
                                                        "owner-id", owner_id,
                                                        "notes", "依年度計畫辦理",
                                                        NULL);

  return save (db, objective);
}

static void
add_target (StewardDatabase *db,
            gint64           objective_id,
            int              year,
            int              month,
            double           low,
            double           high)
{
  g_autoptr(GDate) from = g_date_new_dmy (1, month, year);
  g_autoptr(StewardObjectiveTarget) target = g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET,
                                                           "objective-id", objective_id,
                                                           "valid-from", from,
                                                           "low", low,
                                                           "high", high,
                                                           NULL);

  save (db, target);
}

static void
add_value (StewardDatabase *db,
           gint64           objective_id,
           int              year,
           int              month,
           double           value)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, month, year);
  g_autoptr(GDateTime) at = g_date_time_new_utc (year, month, 28, 9, 0, 0);
  g_autoptr(StewardMeasurement) measurement = g_object_new (STEWARD_TYPE_MEASUREMENT,
                                                            "objective-id", objective_id,
                                                            "period-start", start,
                                                            "value", value,
                                                            "recorded-by", "資訊安全組",
                                                            "recorded-at", at,
                                                            NULL);

  save (db, measurement);
}

/* Four objectives on 1 March 2026: monthly availability, at least 99.5 %
 * (March 2025 missed, April not measured); quarterly days to patch, at
 * most 14 then 10 from July 2025 (Q3 missed), measured since 2024;
 * yearly training hours between 3 and 40; and one that starts in 2026,
 * which the table of 2025 leaves out. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const double availability[12] = {
    99.871, 99.92, 99.38, 0, 99.83, 99.91, 99.94, 99.84, 99.92, 99.85, 99.85, 99.98,
  };
  StewardDatabase *db;
  g_autoptr(StewardPerson) person = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_MARCH, 2026);
  g_autoptr(GError) error = NULL;
  gint64 owner_id, id;

  f->t = steward_test_db_new ();
  f->dir = steward_test_make_tmp_dir ();
  db = f->t->db;

  person = g_object_new (STEWARD_TYPE_PERSON, "name", OWNER, NULL);
  owner_id = save (db, person);

  id = add_objective (db, FORMULA_TEXT, AVAILABILITY, "%", STEWARD_DIRECTION_AT_LEAST,
                      STEWARD_FREQUENCY_MONTHLY, YEAR, owner_id);
  add_target (db, id, YEAR, 1, 99.5, 99.5);
  for (int month = 1; month <= 12; month++)
    if (month != 4)
      add_value (db, id, YEAR, month, availability[month - 1]);

  id = add_objective (db, "高風險弱點於發現後儘速修補。", PATCH_DAYS, "天", STEWARD_DIRECTION_AT_MOST,
                      STEWARD_FREQUENCY_QUARTERLY, YEAR - 1, 0);
  add_target (db, id, YEAR - 1, 1, 14, 14);
  add_target (db, id, YEAR, 7, 10, 10);
  add_value (db, id, YEAR - 1, 10, 12.5);
  add_value (db, id, YEAR, 1, 11.5);
  add_value (db, id, YEAR, 4, 13.25);
  add_value (db, id, YEAR, 7, 17.2);
  add_value (db, id, YEAR, 10, 9.6);

  id = add_objective (db, "全體同仁完成資安教育訓練。", TRAINING, "小時", STEWARD_DIRECTION_WITHIN,
                      STEWARD_FREQUENCY_YEARLY, YEAR, owner_id);
  add_target (db, id, YEAR, 1, 3, 40);
  add_value (db, id, YEAR, 1, 3.9);

  id = add_objective (db, "導入零信任架構。", FUTURE_KPI, "%", STEWARD_DIRECTION_AT_LEAST,
                      STEWARD_FREQUENCY_QUARTERLY, YEAR + 1, owner_id);
  add_target (db, id, YEAR + 1, 1, 50, 50);

  f->evaluations = steward_evaluations_load (db, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->evaluations->len, ==, 4);

  f->owner_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_hash_table_insert (f->owner_names, g_memdup2 (&owner_id, sizeof owner_id), g_strdup (OWNER));

  f->options.organization = "臺南市教育網路中心";
  f->options.document_number = "ISMS-R-006";
  f->options.version = "2.0";
  f->options.year = YEAR;
  f->options.calendar = STEWARD_CALENDAR_GREGORIAN;
  f->options.owner_names = f->owner_names;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  steward_test_remove_tree (f->dir);
  g_free (f->dir);
  g_ptr_array_unref (f->evaluations);
  g_hash_table_unref (f->owner_names);
  steward_test_db_free (f->t);
}

static StewardEvaluation *
find_evaluation (Fixture    *f,
                 const char *kpi)
{
  for (guint i = 0; i < f->evaluations->len; i++)
    {
      StewardEvaluation *evaluation = g_ptr_array_index (f->evaluations, i);

      if (g_str_equal (steward_objective_get_kpi_name (steward_evaluation_get_objective (evaluation)), kpi))
        return evaluation;
    }

  g_assert_not_reached ();
}

static char *
export_ok (Fixture    *f,
           const char *name)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_measurement_table_export (f->evaluations, path, &f->options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return path;
}

static gboolean
have_programs (const char * const *programs)
{
  for (guint i = 0; programs[i] != NULL; i++)
    {
      g_autofree char *found = g_find_program_in_path (programs[i]);

      if (found == NULL)
        {
          g_autofree char *why = g_strdup_printf ("%s is not installed", programs[i]);

          g_test_skip (why);
          return FALSE;
        }
    }

  return TRUE;
}

/* What @argv printed; the test fails if it fails. */
static char *
spawn_output (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);

  return out;
}

static JsonNode *
spawn_json (const char * const *argv)
{
  g_autofree char *out = spawn_output (argv);
  g_autoptr(GError) error = NULL;

  return json_from_string (out, &error);
}

/* CSV */

static void
test_csv_cells (void)
{
  g_autoptr(StewardCsv) csv = steward_csv_new ();
  const char *text;

  /* Text a spreadsheet would run gets an apostrophe; numbers, as numbers
   * or as text, stay as they are. */
  steward_csv_add_text (csv, "=1+2");
  steward_csv_add_text (csv, "+886 6 299 1111");
  steward_csv_add_text (csv, "-1+1");
  steward_csv_add_text (csv, "@SUM(A1)");
  steward_csv_add_text (csv, "\tx");
  steward_csv_add_text (csv, "-5");
  steward_csv_add_text (csv, "+3.5");
  steward_csv_add_number (csv, -2.5);
  steward_csv_add_number (csv, 99.87);
  steward_csv_add_text (csv, "06-2991111");
  steward_csv_end_row (csv);
  steward_csv_add_text (csv, "=\"a,b\"");
  steward_csv_end_row (csv);

  text = steward_csv_peek (csv, NULL);
  g_assert_cmpstr (text, ==,
                   "\xEF\xBB\xBF'=1+2,'+886 6 299 1111,'-1+1,'@SUM(A1),'\tx,-5,+3.5,-2.5,99.87,06-2991111\r\n"
                   "\"'=\"\"a,b\"\"\"\r\n");
}

static const char csv_reader[] =
  "import csv, io, json, sys\n"
  "raw = open(sys.argv[1], 'rb').read()\n"
  "assert raw.startswith(b'\\xef\\xbb\\xbf')\n"
  "print(json.dumps(list(csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline='')))))\n";

static const char *
cell (JsonArray *rows,
      guint      row,
      guint      column)
{
  return json_array_get_string_element (json_array_get_array_element (rows, row), column);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = export_ok (f, "table.csv");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *rows;

  if (!have_programs ((const char *[]) { "python3", NULL }))
    return;

  root = spawn_json ((const char *[]) { "python3", "-c", csv_reader, path, NULL });
  rows = json_node_get_array (root);

  /* The header and the three objectives of 2025, in their order; the
   * one that starts in 2026 is not there. */
  g_assert_cmpuint (json_array_get_length (rows), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_array_get_array_element (rows, 0)), ==, 20);
  g_assert_cmpstr (cell (rows, 0, 0), ==, "Objective");
  g_assert_cmpstr (cell (rows, 0, 5), ==, "2025-01");
  g_assert_cmpstr (cell (rows, 0, 16), ==, "2025-12");

  /* Monthly: a value a month, none for April, the verdict and the owner;
   * the statement cannot run as a formula. */
  g_assert_cmpstr (cell (rows, 1, 0), ==, "'" FORMULA_TEXT);
  g_assert_cmpstr (cell (rows, 1, 1), ==, AVAILABILITY);
  g_assert_cmpstr (cell (rows, 1, 2), ==, "%");
  g_assert_cmpstr (cell (rows, 1, 3), ==, "≥ 99.5 %");
  g_assert_cmpstr (cell (rows, 1, 4), ==, "Monthly");
  g_assert_cmpstr (cell (rows, 1, 5), ==, "99.871");
  g_assert_cmpstr (cell (rows, 1, 7), ==, "99.38");
  g_assert_cmpstr (cell (rows, 1, 8), ==, "");
  g_assert_cmpstr (cell (rows, 1, 17), ==, "Not met");
  g_assert_cmpstr (cell (rows, 1, 18), ==, OWNER);
  g_assert_cmpstr (cell (rows, 1, 19), ==, "依年度計畫辦理");

  /* Quarterly: a value in the first month of each quarter, every
   * decimal kept; the target changed in July. */
  g_assert_cmpstr (cell (rows, 2, 1), ==, PATCH_DAYS);
  g_assert_cmpstr (cell (rows, 2, 3), ==, "≤ 14 天\n≤ 10 天 from 2025 Q3");
  g_assert_cmpstr (cell (rows, 2, 5), ==, "11.5");
  g_assert_cmpstr (cell (rows, 2, 6), ==, "");
  g_assert_cmpstr (cell (rows, 2, 8), ==, "13.25");
  g_assert_cmpstr (cell (rows, 2, 11), ==, "17.2");
  g_assert_cmpstr (cell (rows, 2, 17), ==, "Not met");
  g_assert_cmpstr (cell (rows, 2, 18), ==, "");

  g_assert_cmpstr (cell (rows, 3, 3), ==, "3–40 小時");
  g_assert_cmpstr (cell (rows, 3, 5), ==, "3.9");
  g_assert_cmpstr (cell (rows, 3, 17), ==, "Met");
}

/* XLSX */

/* The sheets, and for each the values stored as numbers by cell, the
 * frozen pane, the merged ranges. */
static const char xlsx_reader[] =
  "import json, re, sys, zipfile\n"
  "import xml.etree.ElementTree as ET\n"
  "M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
  "R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'\n"
  "z = zipfile.ZipFile(sys.argv[1])\n"
  "book = ET.fromstring(z.read('xl/workbook.xml'))\n"
  "rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))\n"
  "targets = {r.get('Id'): r.get('Target') for r in rels}\n"
  "out = {}\n"
  "for s in book.find(M + 'sheets'):\n"
  "    x = ET.fromstring(z.read('xl/' + targets[s.get(R + 'id')]))\n"
  "    numbers = {c.get('r'): float(c.find(M + 'v').text) for c in x.iter(M + 'c')\n"
  "               if c.get('t') in (None, 'n') and c.find(M + 'v') is not None}\n"
  "    pane = x.find('.//' + M + 'pane')\n"
  "    out[s.get('name')] = {'numbers': numbers,\n"
  "        'frozen': pane.get('topLeftCell') if pane is not None else None,\n"
  "        'merged': [m.get('ref') for m in x.iter(M + 'mergeCell')]}\n"
  "print(json.dumps({'order': [s.get('name') for s in book.find(M + 'sheets')], 'sheets': out}))\n";

static gboolean
array_has (JsonArray  *array,
           const char *text)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_str_equal (json_array_get_string_element (array, i), text))
      return TRUE;

  return FALSE;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = export_ok (f, "table.xlsx");
  g_autoptr(JsonNode) root = NULL;
  JsonObject *sheets;
  JsonObject *sheet;
  JsonObject *numbers;
  JsonArray *order;

  if (!have_programs ((const char *[]) { "python3", NULL }))
    return;

  root = spawn_json ((const char *[]) { "python3", "-c", xlsx_reader, path, NULL });
  order = json_object_get_array_member (json_node_get_object (root), "order");
  sheets = json_object_get_object_member (json_node_get_object (root), "sheets");

  /* A sheet a year with values, in order. */
  g_assert_cmpuint (json_array_get_length (order), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (order, 0), ==, "2024");
  g_assert_cmpstr (json_array_get_string_element (order, 1), ==, "2025");

  /* Numbers as numbers, a quarter merged over its three months; the
   * header row and the first columns stay in view. Row 4 is the first
   * objective, D to O the months. */
  sheet = json_object_get_object_member (sheets, "2025");
  numbers = json_object_get_object_member (sheet, "numbers");
  g_assert_cmpfloat (json_object_get_double_member (numbers, "D4"), ==, 99.871);
  g_assert_cmpfloat (json_object_get_double_member (numbers, "F4"), ==, 99.38);
  g_assert_false (json_object_has_member (numbers, "G4"));
  g_assert_cmpfloat (json_object_get_double_member (numbers, "J5"), ==, 17.2);
  g_assert_cmpfloat (json_object_get_double_member (numbers, "D6"), ==, 3.9);
  g_assert_true (array_has (json_object_get_array_member (sheet, "merged"), "J5:L5"));
  g_assert_true (array_has (json_object_get_array_member (sheet, "merged"), "D6:O6"));
  g_assert_cmpstr (json_object_get_string_member (sheet, "frozen"), ==, "C4");

  /* 2024: the one objective measured then, its last quarter. */
  sheet = json_object_get_object_member (sheets, "2024");
  numbers = json_object_get_object_member (sheet, "numbers");
  g_assert_cmpfloat (json_object_get_double_member (numbers, "M4"), ==, 12.5);
}

static void
test_xlsx_roc (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *order;

  f->options.calendar = STEWARD_CALENDAR_ROC;
  path = export_ok (f, "table-roc.xlsx");

  if (!have_programs ((const char *[]) { "python3", NULL }))
    return;

  root = spawn_json ((const char *[]) { "python3", "-c", xlsx_reader, path, NULL });
  order = json_object_get_array_member (json_node_get_object (root), "order");
  g_assert_cmpstr (json_array_get_string_element (order, 0), ==, "ROC 113");
  g_assert_cmpstr (json_array_get_string_element (order, 1), ==, "ROC 114");
}

/* PDF */

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = spawn_output ((const char *[]) { "pdfinfo", path, NULL });
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);

  return (guint)g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static void
keep_for_inspection (const char *path,
                     const char *name)
{
  const char *output = g_getenv ("STEWARD_TEST_OUTPUT");
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  gsize length;

  if (output == NULL || !g_file_get_contents (path, &contents, &length, NULL))
    return;

  target = g_build_filename (output, name, NULL);
  if (!g_file_set_contents (target, contents, length, NULL))
    g_test_message ("Could not copy %s to %s", path, target);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = export_ok (f, "table.pdf");
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages;

  keep_for_inspection (path, "measurement-table.pdf");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (!have_programs ((const char *[]) { "pdftotext", "pdfinfo", NULL }))
    return;

  /* The table on one page, then the charts: the share met and one an
   * objective of the year. */
  n_pages = pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, 2);

  text = spawn_output ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });
  pages = g_strsplit (text, "\f", -1);
  for (guint p = 0; p < n_pages; p++)
    {
      /* pdftotext may drop the spaces around the slash. */
      g_autofree char *number = g_strdup_printf ("%u/%u", p + 1, n_pages);
      g_autoptr(GString) packed = g_string_new (pages[p]);

      g_string_replace (packed, " ", "", 0);
      g_assert_nonnull (strstr (packed->str, number));
      g_assert_nonnull (strstr (pages[p], "ISMS effectiveness measurement table"));
      g_assert_nonnull (strstr (pages[p], "Document number: ISMS-R-006"));
      g_assert_nonnull (strstr (pages[p], "Year: 2025"));
    }

  g_assert_nonnull (strstr (pages[0], AVAILABILITY));
  g_assert_nonnull (strstr (pages[0], "99.38"));
  g_assert_nonnull (strstr (pages[0], "13.25"));
  g_assert_nonnull (strstr (pages[0], "Not met"));
  g_assert_nonnull (strstr (pages[0], OWNER));
  g_assert_null (strstr (text, FUTURE_KPI));

  g_assert_nonnull (strstr (pages[1], "Trends, 2024 to 2025"));
  g_assert_nonnull (strstr (pages[1], PATCH_DAYS));
  g_assert_nonnull (strstr (pages[1], "2024 Q1"));
}

static void
test_pdf_empty_year (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  f->options.year = 2010;
  f->options.document_number = NULL;
  path = export_ok (f, "empty.pdf");

  if (!have_programs ((const char *[]) { "pdftotext", "pdfinfo", NULL }))
    return;

  g_assert_cmpuint (pdf_pages (path), ==, 1);
  text = spawn_output ((const char *[]) { "pdftotext", path, "-", NULL });
  g_assert_nonnull (strstr (text, "No objective was active in this year."));
  g_assert_null (strstr (text, "Document number"));
}

/* Print: the pages of any paper, drawn on a surface that keeps the
 * commands, without errors. */
static void
test_paginate_paper_sizes (Fixture       *f,
                           gconstpointer  data)
{
  static const double sizes[][2] = {
    { 842, 595 },   /* A4 landscape */
    { 595, 842 },   /* A4 portrait */
    { 792, 612 },   /* US Letter landscape */
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_rectangle_t extents = { 0, 0, sizes[i][0], sizes[i][1] };
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(StewardMeasurementTablePages) pages = NULL;
      guint n_pages;

      pages = steward_measurement_table_paginate (f->evaluations, &f->options, cr, sizes[i][0], sizes[i][1]);
      n_pages = steward_measurement_table_pages_get_n_pages (pages);
      g_assert_cmpuint (n_pages, >=, 2);
      for (guint p = 0; p < n_pages; p++)
        steward_measurement_table_pages_draw_page (pages, cr, p);

      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Errors */

static void
test_unsupported_format (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "table.ods", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_measurement_table_export (f->evaluations, path, &f->options, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, ".xlsx"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Charts */

static void
test_objective_plot (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDate) from = g_date_new_dmy (1, G_DATE_JANUARY, YEAR);
  g_autoptr(GDate) to = g_date_new_dmy (31, G_DATE_DECEMBER, YEAR);
  g_autoptr(StewardChartPlot) plot = NULL;
  StewardChartSeries *series;
  StewardChartPointState state;
  StewardTargetLayer *target;
  double low, high, y;

  /* A year of months: the line with March missed and April empty, over
   * the one-sided target. */
  plot = steward_objective_plot_new (find_evaluation (f, AVAILABILITY), from, to,
                                     STEWARD_CALENDAR_ROC, STEWARD_CHART_STYLE_FULL);
  g_assert_cmpstr (steward_chart_plot_get_title (plot), ==, AVAILABILITY);
  g_assert_cmpstr (steward_chart_plot_get_y_unit (plot), ==, "%");
  g_assert_cmpstr (steward_chart_plot_get_x_label (plot, 0), ==, "114/01");
  g_assert_cmpstr (steward_chart_plot_get_x_label (plot, 11), ==, "114/12");
  g_assert_cmpuint (steward_chart_plot_get_n_layers (plot), ==, 2);

  target = STEWARD_TARGET_LAYER (steward_chart_plot_get_layer (plot, 0));
  g_assert_cmpuint (steward_target_layer_get_n_steps (target), ==, 1);
  g_assert_true (steward_target_layer_get_target (target, 5, &low, &high));
  g_assert_cmpfloat (low, ==, 99.5);
  g_assert_true (isinf (high) && high > 0);

  series = steward_line_layer_get_series (STEWARD_LINE_LAYER (steward_chart_plot_get_layer (plot, 1)));
  g_assert_cmpuint (steward_chart_series_get_n_points (series), ==, 12);
  steward_chart_series_get_point (series, 2, NULL, &y, NULL, &state);
  g_assert_cmpfloat (y, ==, 99.38);
  g_assert_cmpint (state, ==, STEWARD_CHART_POINT_MISSED);
  steward_chart_series_get_point (series, 3, NULL, &y, NULL, NULL);
  g_assert_true (isnan (y));
  steward_chart_series_get_point (series, 4, NULL, NULL, NULL, &state);
  g_assert_cmpint (state, ==, STEWARD_CHART_POINT_MET);

  /* Without a range: from the objective's start to today's period, the
   * target's change a step of its own. */
  g_clear_object (&plot);
  plot = steward_objective_plot_new (find_evaluation (f, PATCH_DAYS), NULL, NULL,
                                     STEWARD_CALENDAR_GREGORIAN, STEWARD_CHART_STYLE_SPARKLINE);
  g_assert_cmpint (steward_chart_plot_get_style (plot), ==, STEWARD_CHART_STYLE_SPARKLINE);
  g_assert_cmpstr (steward_chart_plot_get_x_label (plot, 0), ==, "2024 Q1");
  g_assert_cmpstr (steward_chart_plot_get_x_label (plot, 8), ==, "2026 Q1");
  g_assert_null (steward_chart_plot_get_x_label (plot, 9));
  target = STEWARD_TARGET_LAYER (steward_chart_plot_get_layer (plot, 0));
  g_assert_cmpuint (steward_target_layer_get_n_steps (target), ==, 2);
  g_assert_true (steward_target_layer_get_target (target, 6, &low, &high));
  g_assert_true (isinf (low) && low < 0);
  g_assert_cmpfloat (high, ==, 10);
}

static void
test_share_met_plot (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDate) from = g_date_new_dmy (1, G_DATE_JANUARY, YEAR);
  g_autoptr(GDate) to = g_date_new_dmy (31, G_DATE_DECEMBER, YEAR);
  g_autoptr(GArray) shares = steward_evaluations_share_met (f->evaluations, STEWARD_FREQUENCY_QUARTERLY,
                                                            from, to);
  g_autoptr(StewardChartPlot) plot = steward_share_met_plot_new (shares, STEWARD_FREQUENCY_QUARTERLY,
                                                                 STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *summary = NULL;
  double x_min, x_max, y_min, y_max;

  g_assert_cmpuint (shares->len, ==, 4);
  g_assert_cmpstr (steward_chart_plot_get_x_label (plot, 0), ==, "2025 Q1");
  g_assert_cmpstr (steward_chart_plot_get_y_unit (plot), ==, "%");
  g_assert_true (steward_chart_plot_get_extent (plot, &x_min, &x_max, &y_min, &y_max));
  g_assert_cmpfloat (y_min, <=, 0);
  g_assert_cmpfloat (y_max, >=, 100);

  summary = steward_chart_plot_dup_summary (plot);
  g_assert_nonnull (strstr (summary, "Objectives met"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/export/measurement-table/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/export/measurement-table/csv-cells", test_csv_cells);
  ADD ("csv", test_csv);
  ADD ("xlsx", test_xlsx);
  ADD ("xlsx-roc", test_xlsx_roc);
  ADD ("pdf", test_pdf);
  ADD ("pdf-empty-year", test_pdf_empty_year);
  ADD ("paginate-paper-sizes", test_paginate_paper_sizes);
  ADD ("unsupported-format", test_unsupported_format);
  ADD ("objective-plot", test_objective_plot);
  ADD ("share-met-plot", test_share_met_plot);

#undef ADD

  return g_test_run ();
}
