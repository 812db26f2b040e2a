/* test-register-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The follow-up registers as CSV and XLSX, and the equipment hand-over
 * form as PDF, from the sample organization, each read back with a reader
 * that is not ours: Python's csv module, zipfile and XML parser, and
 * poppler's pdftotext and pdfinfo. The PDFs are copied to the build
 * folder (STEWARD_TEST_OUTPUT) so that anyone can look at them. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "export/steward-register-export.h"
#include "logic/steward-sample-data.h"
#include "model/steward-communication.h"
#include "model/steward-handover-item.h"
#include "model/steward-handover.h"
#include "steward-test-util.h"

typedef struct
{
  StewardTestDb *t;
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->t = steward_test_db_new ();
  g_assert_true (steward_sample_data_fill (f->t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  f->dir = steward_test_make_tmp_dir ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  steward_test_remove_tree (f->dir);
  g_free (f->dir);
  steward_test_db_free (f->t);
}

static JsonNode *
parse_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* The CSV as rows of strings, read by Python's csv module. */
static const char csv_reader[] =
  "import csv, io, json, sys\n"
  "raw = open(sys.argv[1], 'rb').read()\n"
  "assert raw.startswith(b'\\xef\\xbb\\xbf')\n"
  "print(json.dumps(list(csv.reader(io.StringIO(raw.decode('utf-8-sig'), newline='')))))\n";

/* What Excel would find in the workbook: its sheets, the frozen pane,
 * the autofilter, and each row's cells as [type, value] by column. */
static const char xlsx_reader[] =
  "import json, re, sys, zipfile\n"
  "import xml.etree.ElementTree as ET\n"
  "M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
  "z = zipfile.ZipFile(sys.argv[1])\n"
  "assert z.testzip() is None\n"
  "sst = ET.fromstring(z.read('xl/sharedStrings.xml'))\n"
  "strings = [''.join(t.text or '' for t in si.iter(M + 't')) for si in sst.findall(M + 'si')]\n"
  "book = ET.fromstring(z.read('xl/workbook.xml'))\n"
  "sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))\n"
  "def column(ref):\n"
  "    n = 0\n"
  "    for ch in re.match('[A-Z]+', ref).group(0):\n"
  "        n = n * 26 + ord(ch) - 64\n"
  "    return n - 1\n"
  "rows = []\n"
  "for row in sheet.find(M + 'sheetData'):\n"
  "    cells = {}\n"
  "    for c in row.findall(M + 'c'):\n"
  "        v = c.find(M + 'v')\n"
  "        if v is None:\n"
  "            continue\n"
  "        t = c.get('t', 'n')\n"
  "        cells[column(c.get('r'))] = [t, strings[int(v.text)] if t == 's' else v.text]\n"
  "    rows.append([cells.get(i) for i in range(max(cells) + 1 if cells else 0)])\n"
  "af = sheet.find(M + 'autoFilter')\n"
  "pane = sheet.find('.//' + M + 'pane')\n"
  "print(json.dumps({'sheets': [s.get('name') for s in book.find(M + 'sheets')], 'rows': rows,\n"
  "    'autofilter': af.get('ref') if af is not None else None,\n"
  "    'frozen': pane.get('topLeftCell') if pane is not None and pane.get('state') == 'frozen' else None,\n"
  "    'columns': len(sheet.findall('.//' + M + 'col'))}))\n";

static void
export_ok (Fixture    *f,
           const char *name,
           const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_register_export (f->t->db, name, path, STEWARD_CALENDAR_GREGORIAN, &error));
  g_assert_no_error (error);
}

static int
find_column (JsonArray  *header,
             const char *title)
{
  for (guint i = 0; i < json_array_get_length (header); i++)
    if (g_strcmp0 (json_array_get_string_element (header, i), title) == 0)
      return (int)i;

  g_error ("No column “%s”", title);
}

static guint
count_in_column (JsonArray  *rows,
                 int         column,
                 const char *text)
{
  guint n = 0;

  for (guint r = 1; r < json_array_get_length (rows); r++)
    n += g_strcmp0 (json_array_get_string_element (json_array_get_array_element (rows, r), column), text) == 0;

  return n;
}

typedef struct
{
  const char *name;
  const char *table;
  const char *sheet;
  const char *text;          /* a value of the sample in some cell */
  const char *date_column;   /* a column of dates, or NULL */
  const char *mark_column;   /* a column of what needs attention, or NULL */
  guint       n_marked;
} RegisterCase;

static const RegisterCase cases[] = {
  { "actions", "action_item", "Actions", "更換機房 UPS 電池", "Due date", NULL, 0 },
  { "communications", "communication", "Communications", "學生個資外洩疑慮之新聞回應稿", "Date",
    "Awaiting approval", 1 },
  { "meetings", "meeting", "Meetings", "個人資料保護聯繫會議", NULL, NULL, 0 },
  { "findings", "finding", "Findings", "A.8.13 資訊備份", "Raised on", NULL, 0 },
  { "audits", "audit", "Audits", "ISO/IEC 27001:2022 重新驗證稽核", "Date", NULL, 0 },
  { "risk-results", "risk_result", "Risk assessments", "ISMS 範圍內資訊資產（校務行政系統、公文管理系統、教育雲端服務）",
    "Assessed on", NULL, 0 },
  { "projects", "project", "Projects", "智慧教室設備納管建置", "Start date", "Risk assessment due", 1 },
  { "handovers", "handover", "Hand-overs", "行政組（財產管理）", "Date", "Open", 1 },
};

static gboolean
rows_hold (JsonArray  *rows,
           const char *text)
{
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonArray *row = json_array_get_array_element (rows, r);

      for (guint c = 0; c < json_array_get_length (row); c++)
        if (g_strcmp0 (json_array_get_string_element (row, c), text) == 0)
          return TRUE;
    }

  return FALSE;
}

static void
test_csv_and_xlsx (Fixture       *f,
                   gconstpointer  data)
{
  GRegex *iso = g_regex_new ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", 0, 0, NULL);

  if (!steward_test_have_program ("python3"))
    {
      g_regex_unref (iso);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RegisterCase *c = &cases[i];
      g_autofree char *csv_name = g_strdup_printf ("%s.csv", c->name);
      g_autofree char *xlsx_name = g_strdup_printf ("%s.xlsx", c->name);
      g_autofree char *csv_path = g_build_filename (f->dir, csv_name, NULL);
      g_autofree char *xlsx_path = g_build_filename (f->dir, xlsx_name, NULL);
      g_autofree char *csv_json = NULL;
      g_autofree char *xlsx_json = NULL;
      g_autoptr(JsonNode) csv_root = NULL;
      g_autoptr(JsonNode) xlsx_root = NULL;
      gint64 n_records = steward_test_count_rows (f->t->db, c->table);
      g_autofree char *filter = NULL;
      JsonArray *rows;
      JsonArray *header;
      JsonObject *book;
      JsonArray *sheet_rows;
      JsonArray *sheet_header;
      guint n_columns;

      g_test_message ("register %s", c->name);
      export_ok (f, c->name, csv_path);
      export_ok (f, c->name, xlsx_path);

      /* CSV: a header, then a row a record, every row as wide. */
      csv_json = steward_test_run ((const char *[]) { "python3", "-c", csv_reader, csv_path, NULL });
      csv_root = parse_json (csv_json);
      rows = json_node_get_array (csv_root);
      header = json_array_get_array_element (rows, 0);
      n_columns = json_array_get_length (header);
      g_assert_cmpuint (json_array_get_length (rows), ==, n_records + 1);
      g_assert_cmpint (n_records, >, 0);
      g_assert_cmpstr (json_array_get_string_element (header, 0), ==, "No.");
      for (guint r = 1; r < json_array_get_length (rows); r++)
        {
          JsonArray *row = json_array_get_array_element (rows, r);
          const char *id = json_array_get_string_element (row, 0);

          g_assert_cmpuint (json_array_get_length (row), ==, n_columns);
          g_assert_true (g_ascii_string_to_unsigned (id, 10, 1, G_MAXINT64, NULL, NULL));
          if (c->date_column != NULL)
            {
              const char *date = json_array_get_string_element (row, find_column (header, c->date_column));

              g_assert_true (g_regex_match (iso, date, 0, NULL));
            }
        }
      g_assert_true (rows_hold (rows, c->text));
      if (c->mark_column != NULL)
        {
          g_assert_cmpuint (count_in_column (rows, find_column (header, c->mark_column), "Yes"), ==, c->n_marked);
          g_assert_cmpuint (count_in_column (rows, find_column (header, c->mark_column), "No"), ==,
                            n_records - c->n_marked);
        }

      /* XLSX: one sheet, the title, the export's line, the same header
       * frozen and filtered, then the same rows. */
      xlsx_json = steward_test_run ((const char *[]) { "python3", "-c", xlsx_reader, xlsx_path, NULL });
      xlsx_root = parse_json (xlsx_json);
      book = json_node_get_object (xlsx_root);
      sheet_rows = json_object_get_array_member (book, "rows");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (book, "sheets")), ==, 1);
      g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (book, "sheets"), 0), ==,
                       c->sheet);
      g_assert_cmpstr (json_object_get_string_member (book, "frozen"), ==, "A4");
      filter = g_strdup_printf ("A3:%c%u", 'A' + n_columns - 1, (guint)n_records + 3);
      g_assert_cmpstr (json_object_get_string_member (book, "autofilter"), ==, filter);
      g_assert_cmpint (json_object_get_int_member (book, "columns"), ==, n_columns);
      g_assert_cmpuint (json_array_get_length (sheet_rows), ==, n_records + 3);

      sheet_header = json_array_get_array_element (sheet_rows, 2);
      for (guint col = 0; col < n_columns; col++)
        g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (sheet_header, col), 1), ==,
                         json_array_get_string_element (header, col));

      for (guint r = 0; r < n_records; r++)
        {
          JsonArray *csv_row = json_array_get_array_element (rows, r + 1);
          JsonArray *sheet_row = json_array_get_array_element (sheet_rows, r + 3);
          JsonArray *id_cell = json_array_get_array_element (sheet_row, 0);

          /* Numbers as numbers: the record's number is a numeric cell. */
          g_assert_cmpstr (json_array_get_string_element (id_cell, 0), ==, "n");
          g_assert_cmpstr (json_array_get_string_element (id_cell, 1), ==, json_array_get_string_element (csv_row, 0));

          for (guint col = 0; col < json_array_get_length (sheet_row); col++)
            {
              JsonNode *node = json_array_get_element (sheet_row, col);
              JsonArray *cell;
              const char *csv_text = json_array_get_string_element (csv_row, col);

              if (JSON_NODE_HOLDS_NULL (node))
                {
                  g_assert_cmpstr (csv_text, ==, "");
                  continue;
                }
              cell = json_node_get_array (node);
              /* Text as in the CSV; dates as date cells (numbers) where the
               * CSV has ISO text. */
              if (g_str_equal (json_array_get_string_element (cell, 0), "s"))
                g_assert_cmpstr (json_array_get_string_element (cell, 1), ==, csv_text);
              else if (g_regex_match (iso, csv_text, 0, NULL))
                g_assert_cmpfloat (g_ascii_strtod (json_array_get_string_element (cell, 1), NULL), >, 40000);
            }
        }
    }

  g_regex_unref (iso);
}

/* Enums translated, people by name, the progress of an action. */
static void
test_actions_content (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "actions.csv", NULL);
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *rows;
  JsonArray *header;
  int status, owner, source, progress;
  gboolean found_progress = FALSE;

  if (!steward_test_have_program ("python3"))
    return;

  export_ok (f, "actions", path);
  json = steward_test_run ((const char *[]) { "python3", "-c", csv_reader, path, NULL });
  root = parse_json (json);
  rows = json_node_get_array (root);
  header = json_array_get_array_element (rows, 0);
  status = find_column (header, "Status");
  owner = find_column (header, "Owner");
  source = find_column (header, "Source");
  progress = find_column (header, "Progress");

  for (guint r = 1; r < json_array_get_length (rows); r++)
    {
      JsonArray *row = json_array_get_array_element (rows, r);
      const char *text = json_array_get_string_element (row, status);
      const char *name = json_array_get_string_element (row, owner);

      g_assert_true (g_strv_contains ((const char *[]) { "Open", "In progress", "Done", "Cancelled", NULL }, text));
      g_assert_cmpuint (strlen (name), >, 0);
      g_assert_false (g_ascii_isdigit (name[0]));
      g_assert_true (g_strv_contains ((const char *[]) { "Management review", "Communication", "Meeting", "Finding",
                                                         "Project review", "Other", NULL },
                                      json_array_get_string_element (row, source)));
      found_progress |= strstr (json_array_get_string_element (row, progress), "第一次演練因備援主機未修補而中止。") != NULL;
    }
  g_assert_true (found_progress);
  g_assert_cmpuint (count_in_column (rows, source, "Finding"), >=, 5);
}

/* A cell that a spreadsheet would run as a formula is text again. */
static void
test_formula_guard (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "communications.csv", NULL);
  g_autoptr(GDate) on = g_date_new_dmy (1, 3, 2025);
  g_autoptr(StewardCommunication) communication = g_object_new (STEWARD_TYPE_COMMUNICATION,
                                                                "kind", STEWARD_COMMUNICATION_INTERNAL,
                                                                "occurred-on", on,
                                                                "subject", "=HYPERLINK(\"http://example.com\")",
                                                                NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (communication), f->t->db, &error));
  g_assert_no_error (error);
  export_ok (f, "communications", path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, "\"'=HYPERLINK(\"\"http://example.com\"\")\""));
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "register.csv", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "register.pdf", NULL);
  g_autofree char *form_csv = g_build_filename (f->dir, "form.csv", NULL);
  g_autofree char *form_pdf = g_build_filename (f->dir, "form.pdf", NULL);
  g_autoptr(GError) error = NULL;
  const char * const *names = steward_register_export_get_names ();

  g_assert_cmpuint (g_strv_length ((char **)names), ==, 8);
  g_assert_cmpstr (steward_register_export_get_title ("findings"), ==, "Nonconformities and corrective actions");
  g_assert_null (steward_register_export_get_title ("minutes"));

  /* An unknown register: the message lists those there are. */
  g_assert_false (steward_register_export (f->t->db, "minutes", csv, STEWARD_CALENDAR_GREGORIAN, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_nonnull (strstr (error->message, names[i]));
  g_clear_error (&error);

  /* Registers are spreadsheets; the form is a PDF. */
  g_assert_false (steward_register_export (f->t->db, "actions", pdf, STEWARD_CALENDAR_GREGORIAN, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, ".xlsx"));
  g_clear_error (&error);
  g_assert_false (steward_handover_form_export (f->t->db, 1, form_csv, STEWARD_CALENDAR_GREGORIAN, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, ".pdf"));
  g_clear_error (&error);

  /* No such hand-over. */
  g_assert_false (steward_handover_form_export (f->t->db, 999, form_pdf, STEWARD_CALENDAR_GREGORIAN, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "999"));
  g_clear_error (&error);

  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

/* The hand-over form */

static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  if (page == 0)
    return steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });

  return steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", "-f", number, "-l", number, path, "-",
                                 NULL });
}

static void
test_handover_form (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "handover.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  gsize length;

  /* The first hand-over of the sample: a new notebook and its charger. */
  g_assert_true (steward_handover_form_export (f->t->db, 1, path, STEWARD_CALENDAR_ROC, &error));
  g_assert_no_error (error);
  steward_test_keep_for_inspection (path, "handover-form-sample.pdf");
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpmem (contents, 4, "%PDF", 4);

  if (!steward_test_have_program ("pdftotext") || !steward_test_have_program ("pdfinfo"))
    return;

  g_assert_cmpuint (steward_test_pdf_pages (path), ==, 1);
  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Equipment hand-over form"));
  g_assert_nonnull (strstr (text, "ISMS-R-009"));
  g_assert_nonnull (strstr (text, "筆記型電腦 ASUS ExpertBook B5"));
  g_assert_nonnull (strstr (text, "3140101-03-000231"));
  g_assert_nonnull (strstr (text, "R9NXCV05123A"));
  g_assert_nonnull (strstr (text, "行政組（財產管理）"));
  g_assert_nonnull (strstr (text, "Statement of the receiver"));
  g_assert_nonnull (strstr (text, "Handed over by"));
  g_assert_nonnull (strstr (text, "Receiver"));
  g_assert_nonnull (strstr (text, "Responsible supervisor"));
  /* Dates in the ROC calendar. */
  g_assert_nonnull (strstr (text, "ROC 1"));
}

/* Many items run on to further pages, under their header again, and the
 * statement keeps its signatures. */
static void
test_handover_form_pages (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "handover-long.pdf", NULL);
  g_autoptr(GDate) on = g_date_new_dmy (2, 1, 2026);
  g_autoptr(StewardHandover) handover = g_object_new (STEWARD_TYPE_HANDOVER,
                                                      "handed-on", on,
                                                      "reason", STEWARD_HANDOVER_NEW,
                                                      "from-party", "行政組（財產管理）",
                                                      "to-party", "教育訓練組（電腦教室）",
                                                      "authorised-by", "王志明",
                                                      "authorised-on", on,
                                                      NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *last = NULL;
  guint n_pages;
  gint64 id;

  g_assert_true (steward_record_save (STEWARD_RECORD (handover), f->t->db, &error));
  g_assert_no_error (error);
  id = steward_record_get_id (STEWARD_RECORD (handover));
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *asset = g_strdup_printf ("3140101-03-%06u", 500 + i);
      g_autofree char *serial = g_strdup_printf ("SN-%04u", i);
      g_autoptr(StewardHandoverItem) item = g_object_new (STEWARD_TYPE_HANDOVER_ITEM,
                                                          "handover-id", id,
                                                          "name", "桌上型電腦 Acer Veriton M6",
                                                          "asset-number", asset,
                                                          "serial", serial,
                                                          NULL);

      g_assert_true (steward_record_save (STEWARD_RECORD (item), f->t->db, &error));
      g_assert_no_error (error);
    }

  g_assert_true (steward_handover_form_export (f->t->db, id, path, STEWARD_CALENDAR_GREGORIAN, &error));
  g_assert_no_error (error);
  steward_test_keep_for_inspection (path, "handover-form-long.pdf");

  if (!steward_test_have_program ("pdftotext") || !steward_test_have_program ("pdfinfo"))
    return;

  n_pages = steward_test_pdf_pages (path);
  g_assert_cmpuint (n_pages, >=, 2);
  all = pdf_text (path, 0);
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *serial = g_strdup_printf ("SN-%04u", i);

      g_assert_nonnull (strstr (all, serial));
    }
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (path, page);

      g_assert_nonnull (strstr (text, "Equipment hand-over form"));
      if (strstr (text, "SN-") != NULL)
        g_assert_nonnull (strstr (text, "Asset number"));
    }
  last = pdf_text (path, n_pages);
  g_assert_nonnull (strstr (last, "Statement of the receiver"));
  g_assert_nonnull (strstr (last, "Responsible supervisor"));
  /* Not accepted yet: a blank to fill in. */
  g_assert_nonnull (strstr (last, "Accepted on: ____"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_setenv ("TZ", "CST-8", TRUE);
  tzset ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/register-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("csv-and-xlsx", test_csv_and_xlsx);
  ADD ("actions-content", test_actions_content);
  ADD ("formula-guard", test_formula_guard);
  ADD ("refused", test_refused);
  ADD ("handover-form", test_handover_form);
  ADD ("handover-form-pages", test_handover_form_pages);

#undef ADD

  return g_test_run ();
}
