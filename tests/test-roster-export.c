/* test-roster-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The roster as a file (5.3.7): CSV, XLSX and PDF of the sample
 * organization, each read back with a reader that is not ours: an
 * RFC 4180 reader here, Python's zipfile and XML parser for the workbook,
 * poppler's pdftotext and pdfinfo for the PDF. The PDFs are copied to the
 * build folder (STEWARD_TEST_OUTPUT) so that anyone can look at them. */

#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "export/steward-roster-export.h"
#include "logic/steward-roster.h"
#include "logic/steward-sample-data.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-test-util.h"

#define ORGANIZATION    "臺南市教育網路中心"
#define DOCUMENT_NUMBER "ISMS-B-007"
#define VERSION         "2.1"
#define AS_OF_TEXT      "ROC 115-11-24"
#define TITLE           "Information security organization roster"

/* Everything a CSV field can hold that needs quoting, with Han text. */
#define TRICKY_NAME     "陳 \"阿明\", 代理\n組長"
#define TRICKY_UNIT     "資訊安全組, \"SOC\"\r\n第二辦公室"

typedef struct
{
  StewardTestDb *t;
  GListModel    *roster;
  char          *dir;
  GDate         *as_of;
  StewardRosterExportOptions options;
} Fixture;

static GListModel *
list_of (StewardDatabase *db,
         GType            type)
{
  return G_LIST_MODEL (steward_record_list_new (db, type, NULL));
}

static GListModel *
build_roster (StewardDatabase *db,
              const GDate     *as_of)
{
  g_autoptr(GListModel) bodies = list_of (db, STEWARD_TYPE_BODY);
  g_autoptr(GListModel) people = list_of (db, STEWARD_TYPE_PERSON);
  g_autoptr(GListModel) memberships = list_of (db, STEWARD_TYPE_MEMBERSHIP);

  return steward_roster_build (bodies, people, memberships, as_of);
}

/* The sample organization on 24 November 2026, with one person whose name
 * and unit hold a comma, quotes and line ends. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(StewardRosterEntry) first = NULL;
  gboolean changed = FALSE;

  f->t = steward_test_db_new ();
  steward_sample_data_fill (f->t->db, STEWARD_SAMPLE_SMALL, &error);
  g_assert_no_error (error);

  f->as_of = g_date_new_dmy (24, G_DATE_NOVEMBER, 2026);
  before = build_roster (f->t->db, f->as_of);
  g_assert_cmpuint (g_list_model_get_n_items (before), >, 10);

  first = g_list_model_get_item (before, 0);
  people = list_of (f->t->db, STEWARD_TYPE_PERSON);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (people, i);

      if (steward_record_get_id (STEWARD_RECORD (person)) != steward_roster_entry_get_person_id (first))
        continue;

      g_object_set (person, "name", TRICKY_NAME, "unit", TRICKY_UNIT, NULL);
      g_assert_true (steward_record_save (STEWARD_RECORD (person), f->t->db, &error));
      g_assert_no_error (error);
      changed = TRUE;
    }
  g_assert_true (changed);

  f->roster = build_roster (f->t->db, f->as_of);
  f->dir = steward_test_make_tmp_dir ();

  f->options.organization = ORGANIZATION;
  f->options.document_number = DOCUMENT_NUMBER;
  f->options.version = VERSION;
  f->options.as_of = f->as_of;
  f->options.calendar = STEWARD_CALENDAR_ROC;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  steward_test_remove_tree (f->dir);
  g_free (f->dir);
  g_clear_object (&f->roster);
  g_date_free (f->as_of);
  steward_test_db_free (f->t);
}

/* The string belongs to the entry: @keep holds it until the next call. */
static const char *
field_of (GListModel         *roster,
          guint               row,
          StewardRosterField  field,
          StewardRosterEntry **keep)
{
  g_clear_object (keep);
  *keep = g_list_model_get_item (roster, row);

  return steward_roster_entry_get_field (*keep, field);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;

  return n;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

/* Leaves a copy in the build folder for anyone to look at. */

static void
export_ok (GListModel                       *roster,
           const char                       *path,
           const StewardRosterExportOptions *options)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_roster_export (roster, path, options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* Format from the extension */

static void
test_format_from_path (void)
{
  static const struct
  {
    const char          *path;
    StewardExportFormat  format;
  } cases[] = {
    { "roster.csv", STEWARD_EXPORT_FORMAT_CSV },
    { "/tmp/成員表.CSV", STEWARD_EXPORT_FORMAT_CSV },
    { "a.b/roster.Xlsx", STEWARD_EXPORT_FORMAT_XLSX },
    { "roster.pdf", STEWARD_EXPORT_FORMAT_PDF },
    { "roster.tar.PDF", STEWARD_EXPORT_FORMAT_PDF },
    { "chart.png", STEWARD_EXPORT_FORMAT_PNG },
    { "chart.SVG", STEWARD_EXPORT_FORMAT_SVG },
    { "roster.xls", STEWARD_EXPORT_FORMAT_UNKNOWN },
    { "roster.csv.txt", STEWARD_EXPORT_FORMAT_UNKNOWN },
    { "roster", STEWARD_EXPORT_FORMAT_UNKNOWN },
    { "csv", STEWARD_EXPORT_FORMAT_UNKNOWN },
    { ".csv", STEWARD_EXPORT_FORMAT_UNKNOWN },
    { "folder.csv/roster", STEWARD_EXPORT_FORMAT_UNKNOWN },
    { "roster.", STEWARD_EXPORT_FORMAT_UNKNOWN },
    { "", STEWARD_EXPORT_FORMAT_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].path);
      g_assert_cmpint (steward_export_format_from_path (cases[i].path), ==, cases[i].format);
    }
}

/* CSV */

/* Reads RFC 4180 CSV: every record ends with CRLF, the last one too; a
 * quoted field holds anything, its quotes doubled; an unquoted one holds
 * no quote, CR or LF. Anything else fails the test. */
static GPtrArray *
parse_csv (const char *text,
           gsize       length)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GStrvBuilder) record = g_strv_builder_new ();
  const char *end = text + length;
  const char *p = text;

  while (p < end)
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (*p == '"')
        {
          for (p++;; p++)
            {
              g_assert_true (p < end);
              if (*p != '"')
                g_string_append_c (field, *p);
              else if (p + 1 < end && p[1] == '"')
                g_string_append_c (field, *p++);
              else
                break;
            }
          p++;
        }
      else
        {
          for (; p < end && *p != ',' && *p != '\r'; p++)
            {
              g_assert_cmpint (*p, !=, '"');
              g_assert_cmpint (*p, !=, '\n');
              g_string_append_c (field, *p);
            }
        }

      g_strv_builder_add (record, field->str);

      if (p < end && *p == ',')
        {
          p++;
          continue;
        }

      g_assert_cmpint (end - p, >=, 2);
      g_assert_cmpint (p[0], ==, '\r');
      g_assert_cmpint (p[1], ==, '\n');
      p += 2;
      g_ptr_array_add (records, g_strv_builder_end (record));
      g_strv_builder_unref (record);
      record = g_strv_builder_new ();
    }

  return records;
}

static void
test_parse_csv (void)
{
  const char text[] = "a,\"b,\"\"c\"\"\r\nd\",\r\n\"\",x\r\n";
  g_autoptr(GPtrArray) records = parse_csv (text, sizeof text - 1);
  const char * const first[] = { "a", "b,\"c\"\r\nd", "", NULL };
  const char * const second[] = { "", "x", NULL };

  /* The reader itself, on a text written by hand. */
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstrv (g_ptr_array_index (records, 0), first);
  g_assert_cmpstrv (g_ptr_array_index (records, 1), second);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "roster.csv", NULL);
  g_autoptr(StewardRosterEntry) keep = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *contents = NULL;
  guint n = g_list_model_get_n_items (f->roster);
  gboolean saw_tricky = FALSE;
  gsize length;

  export_ok (f->roster, path, &f->options);
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  /* UTF-8 with a byte-order mark, for Excel. */
  contents = read_file (path, &length);
  g_assert_cmpuint (length, >, 3);
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);
  g_assert_true (g_utf8_validate (contents, length, NULL));

  records = parse_csv (contents + 3, length - 3);
  g_assert_cmpuint (records->len, ==, n + 1);

  for (guint i = 0; i <= n; i++)
    {
      char **record = g_ptr_array_index (records, i);

      g_assert_cmpuint (g_strv_length (record), ==, STEWARD_ROSTER_N_FIELDS);
      for (StewardRosterField field = 0; field < STEWARD_ROSTER_N_FIELDS; field++)
        {
          const char *expected = i == 0
            ? steward_roster_field_get_title (field)
            : field_of (f->roster, i - 1, field, &keep);

          g_assert_cmpstr (record[field], ==, expected);
        }

      if (i > 0 && g_str_equal (record[STEWARD_ROSTER_FIELD_NAME], TRICKY_NAME))
        {
          g_assert_cmpstr (record[STEWARD_ROSTER_FIELD_UNIT], ==, TRICKY_UNIT);
          saw_tricky = TRUE;
        }
    }
  g_assert_true (saw_tricky);

  /* The quoting as written, not only as read back. */
  g_assert_nonnull (strstr (contents, "\"陳 \"\"阿明\"\", 代理\n組長\""));
}

static void
test_csv_empty_roster (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListStore) empty = g_list_store_new (STEWARD_TYPE_ROSTER_ENTRY);
  g_autofree char *path = g_build_filename (f->dir, "ROSTER.CSV", NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* The extension is read whatever its case; a roster with nobody is the
   * header row alone. */
  export_ok (G_LIST_MODEL (empty), path, &f->options);
  contents = read_file (path, &length);
  records = parse_csv (contents + 3, length - 3);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpstr (((char **)g_ptr_array_index (records, 0))[STEWARD_ROSTER_FIELD_EMAIL], ==,
                   steward_roster_field_get_title (STEWARD_ROSTER_FIELD_EMAIL));
}

/* XLSX */

/* Prints, as JSON, what Excel would find in the workbook: sheet names,
 * shared strings, each row's cells by column, merged ranges, the
 * autofilter and the frozen pane. */
static const char xlsx_reader[] =
  "import json, re, sys, zipfile\n"
  "import xml.etree.ElementTree as ET\n"
  "M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
  "z = zipfile.ZipFile(sys.argv[1])\n"
  "assert z.testzip() is None\n"
  "sst = ET.fromstring(z.read('xl/sharedStrings.xml'))\n"
  "# Excel writes a control character as _xHHHH_ and reads it back.\n"
  "def text(si):\n"
  "    s = ''.join(t.text or '' for t in si.iter(M + 't'))\n"
  "    return re.sub('_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), s)\n"
  "strings = [text(si) for si in sst.findall(M + 'si')]\n"
  "book = ET.fromstring(z.read('xl/workbook.xml'))\n"
  "sheets = [s.get('name') for s in book.find(M + 'sheets')]\n"
  "sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))\n"
  "def column(ref):\n"
  "    n = 0\n"
  "    for ch in re.match('[A-Z]+', ref).group(0):\n"
  "        n = n * 26 + ord(ch) - 64\n"
  "    return n - 1\n"
  "rows = []\n"
  "for row in sheet.find(M + 'sheetData'):\n"
  "    cells = [None] * 8\n"
  "    for c in row.findall(M + 'c'):\n"
  "        v = c.find(M + 'v')\n"
  "        if v is not None:\n"
  "            cells[column(c.get('r'))] = strings[int(v.text)] if c.get('t') == 's' else v.text\n"
  "    rows.append({'r': int(row.get('r')), 'cells': cells})\n"
  "af = sheet.find(M + 'autoFilter')\n"
  "pane = sheet.find('.//' + M + 'pane')\n"
  "print(json.dumps({'sheets': sheets, 'strings': strings, 'rows': rows,\n"
  "    'merged': [m.get('ref') for m in sheet.iter(M + 'mergeCell')],\n"
  "    'autofilter': af.get('ref') if af is not None else None,\n"
  "    'frozen': pane.get('topLeftCell') if pane is not None and pane.get('state') == 'frozen' else None,\n"
  "    'columns': len(sheet.findall('.//' + M + 'col'))}))\n";

static const char *
cell_of (JsonArray *rows,
         guint      row,
         guint      column)
{
  JsonObject *object = json_array_get_object_element (rows, row);
  JsonArray *cells = json_object_get_array_member (object, "cells");

  return json_array_get_null_element (cells, column) ? "" : json_array_get_string_element (cells, column);
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *text)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), text) == 0)
      return TRUE;

  return FALSE;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "roster.xlsx", NULL);
  g_autoptr(StewardRosterEntry) keep = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *json = NULL;
  g_autofree char *filter = NULL;
  guint n = g_list_model_get_n_items (f->roster);
  JsonObject *book;
  JsonArray *strings;
  JsonArray *rows;
  gsize length;

  export_ok (f->roster, path, &f->options);
  g_assert_cmpuint (count_files (f->dir), ==, 1);

  contents = read_file (path, &length);
  g_assert_cmpuint (length, >, 2);
  g_assert_cmpmem (contents, 2, "PK", 2);

  if (!steward_test_have_program ("python3"))
    return;

  json = steward_test_run ((const char *[]) { "python3", "-c", xlsx_reader, path, NULL });
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  book = json_node_get_object (json_parser_get_root (parser));
  strings = json_object_get_array_member (book, "strings");
  rows = json_object_get_array_member (book, "rows");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (book, "sheets")), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (book, "sheets"), 0), ==, "Roster");

  /* Everyone's name is in the workbook's strings. */
  for (guint i = 0; i < n; i++)
    g_assert_true (array_has_string (strings, field_of (f->roster, i, STEWARD_ROSTER_FIELD_NAME, &keep)));
  g_assert_true (array_has_string (strings, TRICKY_NAME));

  /* A title row merged across the columns, the document's line, the
   * header, then one row a roster line, each cell as it is in the roster. */
  g_assert_cmpuint (json_array_get_length (rows), ==, n + 3);
  g_assert_true (array_has_string (json_object_get_array_member (book, "merged"), "A1:H1"));
  g_assert_nonnull (strstr (cell_of (rows, 0, 0), TITLE));
  g_assert_nonnull (strstr (cell_of (rows, 0, 0), ORGANIZATION));
  g_assert_nonnull (strstr (cell_of (rows, 1, 0), "Document number: " DOCUMENT_NUMBER));
  g_assert_nonnull (strstr (cell_of (rows, 1, 0), "Version: " VERSION));
  g_assert_nonnull (strstr (cell_of (rows, 1, 0), "As of: " AS_OF_TEXT));

  for (guint i = 0; i < n + 3; i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, i), "r"), ==, i + 1);

  for (StewardRosterField field = 0; field < STEWARD_ROSTER_N_FIELDS; field++)
    g_assert_cmpstr (cell_of (rows, 2, field), ==, steward_roster_field_get_title (field));

  for (guint i = 0; i < n; i++)
    for (StewardRosterField field = 0; field < STEWARD_ROSTER_N_FIELDS; field++)
      g_assert_cmpstr (cell_of (rows, 3 + i, field), ==, field_of (f->roster, i, field, &keep));

  /* The header row filters, stays in view, and every column has a width. */
  filter = g_strdup_printf ("A3:H%u", n + 3);
  g_assert_cmpstr (json_object_get_string_member (book, "autofilter"), ==, filter);
  g_assert_cmpstr (json_object_get_string_member (book, "frozen"), ==, "A4");
  g_assert_cmpint (json_object_get_int_member (book, "columns"), ==, STEWARD_ROSTER_N_FIELDS);
}

/* PDF */

static char *
pdf_text (const char *path)
{
  return steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Every page of the text (pages end with a form feed) has the form's
 * header, the table's header row and its number. */
static void
assert_page_headers (const char *text,
                     guint       n_pages)
{
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  /* The last form feed ends the last page. */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  g_assert_cmpstr (g_strstrip (pages[n_pages]), ==, "");

  for (guint p = 0; p < n_pages; p++)
    {
      /* pdftotext may drop the spaces around the slash. */
      g_autofree char *number = g_strdup_printf ("%u/%u", p + 1, n_pages);
      g_autoptr(GString) packed = g_string_new (pages[p]);

      g_test_message ("page %u", p + 1);
      g_assert_nonnull (strstr (pages[p], TITLE));
      g_assert_nonnull (strstr (pages[p], ORGANIZATION));
      g_assert_nonnull (strstr (pages[p], "Document number: " DOCUMENT_NUMBER));
      g_assert_nonnull (strstr (pages[p], "As of: " AS_OF_TEXT));
      for (StewardRosterField field = 0; field < STEWARD_ROSTER_N_FIELDS; field++)
        g_assert_nonnull (strstr (pages[p], steward_roster_field_get_title (field)));
      g_string_replace (packed, " ", "", 0);
      g_assert_nonnull (strstr (packed->str, number));
    }
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "roster.pdf", NULL);
  g_autoptr(StewardRosterEntry) keep = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (f->roster);
  guint n_pages;
  gsize length;

  export_ok (f->roster, path, &f->options);
  g_assert_cmpuint (count_files (f->dir), ==, 1);
  steward_test_keep_for_inspection (path, "roster-export-sample.pdf");

  contents = read_file (path, &length);
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 4, "%PDF", 4);

  if (!steward_test_have_program ("pdftotext") || !steward_test_have_program ("pdfinfo"))
    return;

  n_pages = steward_test_pdf_pages (path);
  g_assert_cmpuint (n_pages, >=, 1);
  text = pdf_text (path);
  assert_page_headers (text, n_pages);
  g_assert_nonnull (strstr (text, "Version: " VERSION));

  /* Han text came out as text: the fonts are embedded with their
   * Unicode map. Each line of a name is there (a cell keeps the line
   * ends of its text). */
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) lines = g_strsplit (field_of (f->roster, i, STEWARD_ROSTER_FIELD_NAME, &keep), "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_test_message ("%s", lines[l]);
          g_assert_nonnull (strstr (text, lines[l]));
        }
    }
}

/* A roster far longer than a page, read from a snapshot: every seventh
 * line has a role long enough to wrap in its cell. */
static GListModel *
long_roster (guint n)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  GListModel *roster;

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("測試員%03u號", i);
      g_autofree char *email = g_strdup_printf ("tester%03u@tn.edu.tw", i);
      g_autofree char *extension = g_strdup_printf ("%u", 8100 + i);
      const char *values[STEWARD_ROSTER_N_FIELDS] = {
        "資訊安全管理小組",
        i % 7 == 3 ? "關鍵業務流程負責人（校務行政系統、學籍系統、電子公文系統、網路骨幹）" : "成員",
        name, "系統管理組", "工程師", "06-2991111", extension, email,
      };

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "person-id");
      json_builder_add_int_value (builder, i + 1);
      json_builder_set_member_name (builder, "body-id");
      json_builder_add_int_value (builder, 1);
      json_builder_set_member_name (builder, "role-nick");
      json_builder_add_string_value (builder, "member");
      for (StewardRosterField field = 0; field < STEWARD_ROSTER_N_FIELDS; field++)
        {
          json_builder_set_member_name (builder, steward_roster_field_get_key (field));
          json_builder_add_string_value (builder, values[field]);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  roster = steward_roster_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (roster), ==, n);

  return roster;
}

static void
test_pdf_pages (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "long.pdf", NULL);
  g_autoptr(GListModel) roster = long_roster (300);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  const char *last = NULL;
  guint n_pages;

  export_ok (roster, path, &f->options);
  steward_test_keep_for_inspection (path, "roster-export-long.pdf");

  if (!steward_test_have_program ("pdftotext") || !steward_test_have_program ("pdfinfo"))
    return;

  n_pages = steward_test_pdf_pages (path);
  g_assert_cmpuint (n_pages, >=, 5);
  text = pdf_text (path);
  assert_page_headers (text, n_pages);

  /* Every line is printed once, whole, in order, none lost at a break. */
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("測試員%03u號", i);
      const char *at = strstr (text, name);

      g_assert_nonnull (at);
      g_assert_cmpuint (count_occurrences (text, name), ==, 1);
      g_assert_true (last == NULL || at > last);
      last = at;
    }

  /* A page holds rows, not the top of one: the pages before the last
   * are full enough, and no page is a stray row. */
  for (guint p = 0; p < n_pages; p++)
    g_assert_cmpuint (count_occurrences (pages[p], "測試員"), >=, p + 1 < n_pages ? 15 : 1);
}

static void
test_pdf_empty_roster (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GListStore) empty = g_list_store_new (STEWARD_TYPE_ROSTER_ENTRY);
  g_autofree char *path = g_build_filename (f->dir, "empty.pdf", NULL);
  g_autofree char *text = NULL;
  StewardRosterExportOptions bare = { NULL, NULL, NULL, f->as_of, STEWARD_CALENDAR_GREGORIAN };

  /* No organization, number or version: the header says what it has. */
  export_ok (G_LIST_MODEL (empty), path, &bare);
  steward_test_keep_for_inspection (path, "roster-export-empty.pdf");

  if (!steward_test_have_program ("pdftotext") || !steward_test_have_program ("pdfinfo"))
    return;

  g_assert_cmpuint (steward_test_pdf_pages (path), ==, 1);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, TITLE));
  g_assert_nonnull (strstr (text, "As of: 2026-11-24"));
  g_assert_null (strstr (text, "Document number"));
  g_assert_nonnull (strstr (text, "Nobody holds a role"));
}

/* Errors */

static void
test_unsupported_format (Fixture       *f,
                         gconstpointer  data)
{
  const char * const names[] = { "roster.txt", "roster.png", "roster.svg", "roster", "roster.xls" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (steward_roster_export (f->roster, path, &f->options, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      /* The message says what would work. */
      g_assert_nonnull (strstr (error->message, ".csv"));
      g_assert_nonnull (strstr (error->message, ".xlsx"));
      g_assert_nonnull (strstr (error->message, ".pdf"));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  const char * const names[] = { "roster.csv", "roster.xlsx", "roster.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, "missing", names[i], NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (steward_roster_export (f->roster, path, &f->options, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, names[i]));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

static void
test_failure_leaves_nothing (Fixture       *f,
                             gconstpointer  data)
{
  const char * const names[] = { "roster.csv", "roster.xlsx", "roster.pdf" };

  /* A folder where the file would go: everything is written, then the
   * rename fails. The temporary file goes, the folder stays as it was. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      g_assert_false (steward_roster_export (f->roster, path, &f->options, &error));
      g_assert_nonnull (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
      g_assert_cmpuint (count_files (path), ==, 0);
      g_assert_cmpuint (count_files (f->dir), ==, i + 1);
    }
}

static void
test_replace_existing (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "roster.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_set_contents (path, "old roster", -1, &error);
  g_assert_no_error (error);

  export_ok (f->roster, path, &f->options);
  contents = read_file (path, &length);
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/export/roster/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/export/roster/format-from-path", test_format_from_path);
  g_test_add_func ("/export/roster/csv-reader", test_parse_csv);
  ADD ("csv", test_csv);
  ADD ("csv-empty", test_csv_empty_roster);
  ADD ("xlsx", test_xlsx);
  ADD ("pdf", test_pdf);
  ADD ("pdf-pages", test_pdf_pages);
  ADD ("pdf-empty", test_pdf_empty_roster);
  ADD ("unsupported-format", test_unsupported_format);
  ADD ("missing-folder", test_missing_folder);
  ADD ("failure-leaves-nothing", test_failure_leaves_nothing);
  ADD ("replace-existing", test_replace_existing);

#undef ADD

  return g_test_run ();
}
