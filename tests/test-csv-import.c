/* test-csv-import.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Importing the contacts list, the issues and the interested parties from
 * CSV files as centres save them from Excel: UTF-8 with or without a BOM,
 * Big5, UTF-16; with Chinese or English headers, a title above them,
 * ROC dates; with bad rows, which are reported with their lines and left
 * out; with hostile cells, which are stored as the data they are. The
 * import writes all good rows in one transaction or nothing. The messages
 * are compared in English by default, in Traditional Chinese with
 * LANGUAGE=zh_TW. The preview dialog is tested in test-import-dialog.c. */

#include "config.h"

#include <locale.h>

#include <string.h>

#include <glib/gi18n.h>

#include "logic/steward-csv-import.h"
#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-party.h"
#include "steward-test-util.h"

typedef struct
{
  StewardTestDb *t;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* Helpers */

static StewardCsvImport *
load_bytes (Fixture    *f,
            GType       type,
            const char *data,
            gsize       size)
{
  g_autoptr(StewardCsvImport) import = steward_csv_import_new (f->t->db, type);
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_csv_import_load_bytes (import, bytes, &error));
  g_assert_no_error (error);

  /* To read when a test fails. */
  for (guint i = 0; i < steward_csv_import_get_n_rows (import); i++)
    {
      const StewardImportRow *row = steward_csv_import_get_row (import, i);
      g_autofree char *problems = steward_import_row_dup_problems_text (row);

      if (row->problems->len > 0)
        g_test_message ("Line %u: %s", row->line, problems);
    }

  return g_steal_pointer (&import);
}

static StewardCsvImport *
load (Fixture    *f,
      GType       type,
      const char *text)
{
  return load_bytes (f, type, text, strlen (text));
}

/* Loads what must be refused, and returns why. */
static GError *
refuse_bytes (Fixture    *f,
              GType       type,
              const char *data,
              gsize       size,
              int         code)
{
  g_autoptr(StewardCsvImport) import = steward_csv_import_new (f->t->db, type);
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  GError *error = NULL;

  g_assert_false (steward_csv_import_load_bytes (import, bytes, &error));
  g_assert_error (error, STEWARD_CSV_IMPORT_ERROR, code);
  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 0);
  g_test_message ("Refused: %s", error->message);

  return error;
}

static GError *
refuse (Fixture    *f,
        GType       type,
        const char *text,
        int         code)
{
  return refuse_bytes (f, type, text, strlen (text), code);
}

static const StewardImportRow *
row_at (StewardCsvImport *import,
        guint             i)
{
  g_assert_cmpuint (i, <, steward_csv_import_get_n_rows (import));

  return steward_csv_import_get_row (import, i);
}

/* The message of the row's problem with @property, or NULL. */
static const char *
problem_of (const StewardImportRow *row,
            const char             *property)
{
  for (guint i = 0; i < row->problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (row->problems, i);

      if (g_strcmp0 (problem->property, property) == 0)
        return problem->message;
    }

  return NULL;
}

static gboolean
notes_mention (StewardCsvImport *import,
               const char       *text)
{
  GPtrArray *notes = steward_csv_import_get_notes (import);

  for (guint i = 0; i < notes->len; i++)
    if (strstr (g_ptr_array_index (notes, i), text) != NULL)
      return TRUE;

  return FALSE;
}

static guint
commit (StewardCsvImport *import)
{
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (steward_csv_import_commit (import, &n, &error));
  g_assert_no_error (error);

  return n;
}

static GPtrArray *
stored (Fixture *f,
        GType    type)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_order_by (query, "id", FALSE);

  return steward_test_load_all (f->t->db, type, query);
}

static void
assert_date (GDate *date,
             int    year,
             int    month,
             int    day)
{
  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

static char *
raw_text (Fixture    *f,
          const char *sql)
{
  sqlite3 *raw = steward_test_raw_open (f->t->path, SQLITE_OPEN_READONLY);
  char *text = steward_test_raw_text (raw, sql);

  sqlite3_close (raw);

  return text;
}

/* The contacts list as a centre keeps it, saved from Excel as CSV UTF-8:
 * the BOM, the form's title and a blank row above the Chinese header, CRLF,
 * ROC dates, the purposes in Chinese, English and as stored. */
static const char contacts_csv[] =
  "\xef\xbb\xbf外部單位聯絡清單,,,,,,,,,\r\n"
  ",,,,,,,,,\r\n"
  "單位名稱,單位,聯絡人,職稱,電話,電子郵件,地址,聯絡事由,最後確認日期,備註\r\n"
  "數位發展部資通安全署,通報應變組,王大明,科長,02-2380-8000,report@acs.gov.tw,臺北市中正區,事件通報,113/03/01,\r\n"
  "臺北市政府警察局,刑事警察大隊,李小華,偵查佐,(02) 2758-6000 #123,,臺北市信義區,Law enforcement,2024/3/5,24 小時\r\n"
  "台灣電力公司,,,,(02) 2366-6666,service@taipower.com.tw,,utilities,113年3月1日,\"停電，請撥 1911\r\n並告知電號\"\r\n"
  "TWCERT/CC,,,,,twcert@cert.org.tw,,CERT,,\r\n";

static void
test_contacts_good (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(StewardCsvImport) import = load (f, STEWARD_TYPE_CONTACT, contacts_csv);
  g_autoptr(GPtrArray) contacts = NULL;
  const StewardImportRow *row;
  StewardContact *contact;
  g_autofree char *text = NULL;

  g_assert_cmpstr (steward_csv_import_get_encoding (import), ==, "UTF-8");
  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 4);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 4);
  g_assert_cmpuint (steward_csv_import_get_n_bad (import), ==, 0);
  /* The title and the blank row above the header are not rows. */
  g_assert_true (notes_mention (import, "above the header row"));

  row = row_at (import, 0);
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpuint (row->problems->len, ==, 0);
  g_assert_cmpstr (row->cells[0], ==, "數位發展部資通安全署");
  g_assert_cmpstr (row->cells[8], ==, "113/03/01");
  contact = STEWARD_CONTACT (row->record);
  g_assert_cmpstr (steward_contact_get_organization (contact), ==, "數位發展部資通安全署");
  g_assert_cmpstr (steward_contact_get_role (contact), ==, "科長");
  g_assert_cmpint (steward_contact_get_purpose (contact), ==, STEWARD_CONTACT_INCIDENT_REPORTING);
  assert_date (steward_contact_get_verified_on (contact), 2024, 3, 1);
  /* An empty cell is no value. */
  g_assert_null (steward_contact_get_notes (contact));
  /* The preview shows the date as it will be stored. */
  text = steward_csv_import_dup_field_text (import, row, "verified-on");
  g_assert_cmpstr (text, ==, "2024-03-01");

  row = row_at (import, 1);
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_cmpint (steward_contact_get_purpose (STEWARD_CONTACT (row->record)), ==, STEWARD_CONTACT_LAW_ENFORCEMENT);
  assert_date (steward_contact_get_verified_on (STEWARD_CONTACT (row->record)), 2024, 3, 5);
  g_assert_cmpstr (steward_contact_get_phone (STEWARD_CONTACT (row->record)), ==, "(02) 2758-6000 #123");

  /* A quoted cell holds a line break: the next row still has its line. */
  row = row_at (import, 2);
  g_assert_cmpuint (row->line, ==, 6);
  assert_date (steward_contact_get_verified_on (STEWARD_CONTACT (row->record)), 2024, 3, 1);
  g_assert_cmpstr (steward_contact_get_notes (STEWARD_CONTACT (row->record)), ==, "停電，請撥 1911\r\n並告知電號");
  g_assert_cmpuint (row_at (import, 3)->line, ==, 8);
  g_assert_cmpint (steward_contact_get_purpose (STEWARD_CONTACT (row_at (import, 3)->record)), ==, STEWARD_CONTACT_CERT);

  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 0);
  g_assert_cmpuint (commit (import), ==, 4);
  contacts = stored (f, STEWARD_TYPE_CONTACT);
  g_assert_cmpuint (contacts->len, ==, 4);
  g_assert_cmpstr (steward_contact_get_person (g_ptr_array_index (contacts, 1)), ==, "李小華");
  g_assert_cmpint (steward_record_get_id (row_at (import, 0)->record), >, 0);
}

/* English headers in another order, with a column Steward does not know. */
static void
test_contacts_english (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardCsvImport) import = load (f, STEWARD_TYPE_CONTACT,
                                             "E-mail,Organization,Phone,Fax,Verified on\n"
                                             "soc@example.gov.tw,Example Agency,,02-1234-5678,2025-12-31\n");
  const StewardImportRow *row = row_at (import, 0);

  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 1);
  g_assert_cmpstr (steward_contact_get_email (STEWARD_CONTACT (row->record)), ==, "soc@example.gov.tw");
  g_assert_cmpstr (steward_contact_get_organization (STEWARD_CONTACT (row->record)), ==, "Example Agency");
  assert_date (steward_contact_get_verified_on (STEWARD_CONTACT (row->record)), 2025, 12, 31);
  /* Without a purpose column, the purpose is "other", and the notes say so. */
  g_assert_cmpint (steward_contact_get_purpose (STEWARD_CONTACT (row->record)), ==, STEWARD_CONTACT_OTHER);
  g_assert_true (notes_mention (import, "“purpose”"));
  g_assert_true (notes_mention (import, "“Fax”"));
}

static void
test_contacts_bad (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(StewardCsvImport) import = load (f, STEWARD_TYPE_CONTACT,
                                             "organization,person,phone,email,purpose,verified_on\n"
                                             "好單位,甲,02-1111-2222,,cert,\n"
                                             "\"\u3000 \u00a0\",乙,02-1111-2222,,cert,\n"
                                             "壞電話,丙,call me,,cert,\n"
                                             "壞郵件,丁,,not-an-address,cert,\n"
                                             "壞事由,戊,02-1111-2222,,警察以外,\n"
                                             "壞日期,己,02-1111-2222,,cert,2024-02-30\n"
                                             ",,,,,\n"
                                             "也好,庚,,ok@example.tw,other,2024-01-02\n");
  g_autoptr(GPtrArray) contacts = NULL;
  g_autofree char *text = NULL;

  /* The blank row is no row. */
  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 7);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 2);
  g_assert_cmpuint (steward_csv_import_get_n_bad (import), ==, 5);

  g_assert_cmpuint (row_at (import, 0)->problems->len, ==, 0);

  g_assert_cmpuint (row_at (import, 1)->line, ==, 3);
  g_assert_cmpstr (problem_of (row_at (import, 1), "organization"), ==, _("Enter the organization."));

  g_assert_cmpuint (row_at (import, 2)->line, ==, 4);
  g_assert_nonnull (problem_of (row_at (import, 2), "phone"));

  g_assert_cmpuint (row_at (import, 3)->line, ==, 5);
  g_assert_nonnull (problem_of (row_at (import, 3), "email"));

  g_assert_cmpuint (row_at (import, 4)->line, ==, 6);
  g_assert_nonnull (strstr (problem_of (row_at (import, 4), "purpose"), "“警察以外”"));
  g_assert_cmpuint (row_at (import, 4)->problems->len, ==, 1);
  /* The preview shows the cell at fault as the file has it. */
  text = steward_csv_import_dup_field_text (import, row_at (import, 4), "purpose");
  g_assert_cmpstr (text, ==, "警察以外");

  g_assert_cmpuint (row_at (import, 5)->line, ==, 7);
  g_assert_nonnull (strstr (problem_of (row_at (import, 5), "verified-on"), "“2024-02-30”"));

  g_assert_cmpuint (row_at (import, 6)->line, ==, 9);
  g_assert_cmpuint (row_at (import, 6)->problems->len, ==, 0);

  /* Only the good rows are written. */
  g_assert_cmpuint (commit (import), ==, 2);
  contacts = stored (f, STEWARD_TYPE_CONTACT);
  g_assert_cmpuint (contacts->len, ==, 2);
  g_assert_cmpstr (steward_contact_get_organization (g_ptr_array_index (contacts, 0)), ==, "好單位");
  g_assert_cmpstr (steward_contact_get_organization (g_ptr_array_index (contacts, 1)), ==, "也好");
  g_assert_cmpint (steward_record_get_id (row_at (import, 1)->record), ==, 0);
}

static void
test_contacts_duplicates (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(StewardContact) existing = g_object_new (STEWARD_TYPE_CONTACT,
                                                      "organization", "臺北市政府資訊局",
                                                      "person", "陳主任",
                                                      "phone", "02-2720-8888",
                                                      NULL);
  g_autoptr(StewardCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (existing), f->t->db, &error));
  g_assert_no_error (error);

  import = load (f, STEWARD_TYPE_CONTACT,
                 "單位名稱,聯絡人,電話\n"
                 " 臺北市政府資訊局 ,陳主任,02-2720-8889\n"
                 "臺北市政府資訊局,林專員,02-2720-8889\n"
                 "臺北市政府資訊局,林專員,02-2720-8889\n"
                 "臺北市政府資訊局,林專員,02-2720-8000\n"
                 "臺北市政府資訊局,張專員,bad\n"
                 "臺北市政府資訊局,張專員,02-2720-8890\n");

  /* The exact repeat of line 3 is read once. */
  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 5);
  g_assert_true (notes_mention (import, "read once"));
  g_assert_cmpstr (problem_of (row_at (import, 0), "organization"), ==,
                   _("The same organization, unit and person are already in the contacts list."));
  g_assert_cmpuint (row_at (import, 1)->line, ==, 3);
  g_assert_cmpuint (row_at (import, 1)->problems->len, ==, 0);
  g_assert_cmpuint (row_at (import, 2)->line, ==, 5);
  g_assert_nonnull (strstr (problem_of (row_at (import, 2), "organization"), "line 3"));
  /* A bad row makes no later one a duplicate. */
  g_assert_nonnull (problem_of (row_at (import, 3), "phone"));
  g_assert_cmpuint (row_at (import, 4)->problems->len, ==, 0);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 2);
}

/* Big5, as Excel on Traditional Chinese Windows saves "CSV". */
static void
test_big5 (Fixture       *f,
           gconstpointer  data)
{
  const char *utf8 = "單位名稱,聯絡人,電話,聯絡事由,備註\r\n"
                     "行政院國家資通安全會報技術服務中心,陳碁銹,02-2733-9922,電腦緊急應變小組,裏墻恒粧\r\n";
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  g_autofree char *big5 = g_convert (utf8, -1, "BIG5", "UTF-8", NULL, &size, &error);
  g_autoptr(StewardCsvImport) import = NULL;
  StewardContact *contact;

  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (big5, size, NULL));

  import = load_bytes (f, STEWARD_TYPE_CONTACT, big5, size);
  g_assert_cmpstr (steward_csv_import_get_encoding (import), ==, "Big5");
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 1);
  contact = STEWARD_CONTACT (row_at (import, 0)->record);
  g_assert_cmpstr (steward_contact_get_organization (contact), ==, "行政院國家資通安全會報技術服務中心");
  g_assert_cmpstr (steward_contact_get_person (contact), ==, "陳碁銹");
  g_assert_cmpstr (steward_contact_get_notes (contact), ==, "裏墻恒粧");
  g_assert_cmpint (steward_contact_get_purpose (contact), ==, STEWARD_CONTACT_CERT);

  g_assert_cmpuint (commit (import), ==, 1);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 1);
}

/* Hong Kong characters that CP950 lacks: BIG5-HKSCS reads them. */
static void
test_big5_hkscs (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  g_autofree char *bytes = g_convert ("organization,phone\n香港嘅聯絡處,+852 2345 6789\n", -1,
                                      "BIG5-HKSCS", "UTF-8", NULL, &size, &error);
  g_autoptr(StewardCsvImport) import = NULL;

  g_assert_no_error (error);
  import = load_bytes (f, STEWARD_TYPE_CONTACT, bytes, size);
  g_assert_cmpstr (steward_csv_import_get_encoding (import), ==, "Big5-HKSCS");
  g_assert_cmpstr (steward_contact_get_organization (STEWARD_CONTACT (row_at (import, 0)->record)), ==, "香港嘅聯絡處");
}

/* Excel's "Unicode text": UTF-16 with its BOM, tab-separated. */
static void
test_utf16 (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  g_autofree char *utf16 = g_convert ("單位名稱\t電話\r\n資安署\t02-2380-8000\r\n", -1,
                                      "UTF-16LE", "UTF-8", NULL, &size, &error);
  g_autofree char *bytes = g_malloc (size + 2);
  g_autoptr(StewardCsvImport) import = NULL;
  g_autoptr(GError) refused = NULL;

  g_assert_no_error (error);
  bytes[0] = '\xff';
  bytes[1] = '\xfe';
  memcpy (bytes + 2, utf16, size);

  import = load_bytes (f, STEWARD_TYPE_CONTACT, bytes, size + 2);
  g_assert_cmpstr (steward_csv_import_get_encoding (import), ==, "UTF-16");
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 1);
  g_assert_cmpstr (steward_contact_get_phone (STEWARD_CONTACT (row_at (import, 0)->record)), ==, "02-2380-8000");

  /* Without its BOM, it is said so, not read as garbage. */
  refused = refuse_bytes (f, STEWARD_TYPE_CONTACT, utf16, size, STEWARD_CSV_IMPORT_ERROR_ENCODING);
  g_assert_nonnull (strstr (refused->message, "UTF-16"));
}

static void
test_neither (Fixture       *f,
              gconstpointer  data)
{
  /* Windows-1252, with bytes Big5 has no characters for. */
  static const char latin1[] = "organization,phone\nCaf\xe9 M\xfcller,\xff\xff 02-1234-5678\n";
  g_autoptr(GError) error = refuse (f, STEWARD_TYPE_CONTACT, latin1, STEWARD_CSV_IMPORT_ERROR_ENCODING);

  g_assert_cmpstr (error->message, ==, _("The file is neither UTF-8 nor Big5: save it from Excel as “CSV UTF-8”."));
}

static void
test_missing_columns (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) contacts = refuse (f, STEWARD_TYPE_CONTACT, "聯絡人,電話\n王大明,02-1234-5678\n",
                                       STEWARD_CSV_IMPORT_ERROR_MISSING_COLUMNS);
  g_autoptr(GError) issues = refuse (f, STEWARD_TYPE_CONTEXT_ISSUE, "議題說明,備註\n人力不足,\n",
                                     STEWARD_CSV_IMPORT_ERROR_MISSING_COLUMNS);
  g_autoptr(GError) empty = refuse (f, STEWARD_TYPE_PARTY, "\n  \n,,\n", STEWARD_CSV_IMPORT_ERROR_EMPTY);

  g_assert_cmpstr (contacts->message, ==, _("The file has no “organization” column (單位名稱)."));
  g_assert_nonnull (strstr (issues->message, "“category” (議題類別)"));
  g_assert_nonnull (strstr (issues->message, "“identified_on” (識別日期)"));
  g_assert_null (strstr (issues->message, "description"));
  g_assert_cmpstr (empty->message, ==, _("The file is empty."));
}

static void
test_quotes (Fixture       *f,
             gconstpointer  data)
{
  /* Stray quotes inside cells are taken as they are. */
  g_autoptr(StewardCsvImport) import = load (f, STEWARD_TYPE_CONTACT,
                                             "organization,phone,notes\n"
                                             "5\" floppy \"disk\" office,02-1234-5678,\"said \"\"hi\"\"\"\n"
                                             "Commas,02-1234-5678,\"a,b\"\n"
                                             "\"Quoted\"tail,02-1234-5678,\"x\"\n"
                                             "Next,02-1234-5678,\n");
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 4);
  g_assert_cmpstr (steward_contact_get_organization (STEWARD_CONTACT (row_at (import, 0)->record)), ==,
                   "5\" floppy \"disk\" office");
  g_assert_cmpstr (steward_contact_get_notes (STEWARD_CONTACT (row_at (import, 0)->record)), ==, "said \"hi\"");
  g_assert_cmpstr (steward_contact_get_notes (STEWARD_CONTACT (row_at (import, 1)->record)), ==, "a,b");
  /* Text after a closing quote is ambiguous: the cells run together, and
   * the row is shown with its problem, not imported as something else. */
  g_assert_cmpuint (row_at (import, 2)->problems->len, >, 0);
  g_assert_cmpuint (row_at (import, 3)->line, ==, 5);
  g_assert_cmpuint (row_at (import, 3)->problems->len, ==, 0);

  /* A quote never closed would swallow the rest of the file. */
  error = refuse (f, STEWARD_TYPE_CONTACT,
                  "organization,phone\n"
                  "A,02-1234-5678\n"
                  "B,\"02-1234-5678\n"
                  "C,02-1234-5678\n",
                  STEWARD_CSV_IMPORT_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "line 3"));
}

/* What an attacker or a careless hand puts in a cell is data: stored as
 * given (the export neutralises formulas), never run. */
static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  static const char nul_row[] = "NUL\0byte,02-1234-5678,\0\n";
  g_autoptr(GString) csv = g_string_new ("organization,phone,notes\n");
  g_autofree char *long_cell = g_strnfill (100000, 'x');
  g_autoptr(StewardCsvImport) import = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autofree char *sql_text = NULL;

  g_string_append (csv, "\"=cmd|' /C calc'!A0\",02-1234-5678,+1\n");
  g_string_append (csv, "@SUM(A1:A2),02-1234-5678,-1\n");
  g_string_append_printf (csv, "%s,02-1234-5678,%s\n", long_cell, long_cell);
  g_string_append (csv, "🔥 資安 👍🏽,02-1234-5678,家庭👨‍👩‍👧\n");
  g_string_append (csv, "\"x'); DROP TABLE contact; --\",02-1234-5678,\"1 OR 1=1; \"\"\"\n");
  g_string_append_len (csv, nul_row, sizeof nul_row - 1);

  import = load_bytes (f, STEWARD_TYPE_CONTACT, csv->str, csv->len);
  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 6);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 6);
  g_assert_true (notes_mention (import, "NUL"));
  g_assert_cmpstr (steward_contact_get_organization (STEWARD_CONTACT (row_at (import, 5)->record)), ==, "NULbyte");

  g_assert_cmpuint (commit (import), ==, 6);
  contacts = stored (f, STEWARD_TYPE_CONTACT);
  g_assert_cmpuint (contacts->len, ==, 6);
  g_assert_cmpstr (steward_contact_get_organization (g_ptr_array_index (contacts, 0)), ==, "=cmd|' /C calc'!A0");
  g_assert_cmpstr (steward_contact_get_notes (g_ptr_array_index (contacts, 0)), ==, "+1");
  g_assert_cmpstr (steward_contact_get_organization (g_ptr_array_index (contacts, 1)), ==, "@SUM(A1:A2)");
  g_assert_cmpstr (steward_contact_get_notes (g_ptr_array_index (contacts, 1)), ==, "-1");
  g_assert_cmpuint (strlen (steward_contact_get_organization (g_ptr_array_index (contacts, 2))), ==, 100000);
  g_assert_cmpstr (steward_contact_get_notes (g_ptr_array_index (contacts, 3)), ==, "家庭👨‍👩‍👧");
  g_assert_cmpstr (steward_contact_get_organization (g_ptr_array_index (contacts, 4)), ==, "x'); DROP TABLE contact; --");

  /* Read behind the store's back: the table is there, the text as given. */
  sql_text = raw_text (f, "SELECT notes FROM contact WHERE organization LIKE 'x''%'");
  g_assert_cmpstr (sql_text, ==, "1 OR 1=1; \"");
}

static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("單位名稱,聯絡人,電話,聯絡事由\n");
  g_autoptr(StewardCsvImport) import = NULL;
  g_autoptr(GError) too_many = NULL;
  g_autoptr(GError) too_big = NULL;
  g_autofree char *huge = NULL;
  gint64 start;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (csv, "機關%05u,聯絡人%u,02-2345-%04u,其他\n", i, i, i);

  start = g_get_monotonic_time ();
  import = load (f, STEWARD_TYPE_CONTACT, csv->str);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 10000);
  g_assert_cmpuint (row_at (import, 9999)->line, ==, 10001);
  g_assert_cmpuint (commit (import), ==, 10000);
  g_test_message ("10,000 rows loaded and committed in %.2f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 10000);
  /* No quadratic blow-up: well under what a slow machine needs. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC * steward_test_slowdown ());

  /* More rows than any list has. */
  g_string_truncate (csv, 0);
  g_string_append (csv, "organization,phone\n");
  for (guint i = 0; i < 50001; i++)
    g_string_append (csv, "A,02-1234-5678\n");
  too_many = refuse (f, STEWARD_TYPE_CONTACT, csv->str, STEWARD_CSV_IMPORT_ERROR_TOO_LARGE);

  huge = g_strnfill (STEWARD_CSV_IMPORT_MAX_BYTES + 1, 'a');
  too_big = refuse_bytes (f, STEWARD_TYPE_CONTACT, huge, STEWARD_CSV_IMPORT_MAX_BYTES + 1,
                          STEWARD_CSV_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (too_big->message, "20 MB"));
}

/* The database refuses the third of five rows in the middle of the commit
 * (a trigger, as a constraint the validation does not know would): none
 * is written, not even the first two, and the import can be committed
 * once the cause is gone. */
static void
test_commit_failure (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardCsvImport) import = load (f, STEWARD_TYPE_CONTACT,
                                             "organization,phone\n"
                                             "One,02-1111-1111\n"
                                             "Two,02-1111-1112\n"
                                             "Refused,02-1111-1113\n"
                                             "Four,02-1111-1114\n"
                                             "Five,02-1111-1115\n");
  g_autoptr(GError) error = NULL;
  gint64 history_before = steward_test_count_rows (f->t->db, "history");
  guint changed = 0;
  guint n = G_MAXUINT;

  g_signal_connect (f->t->db, "changed", G_CALLBACK (steward_test_count_cb), &changed);
  steward_test_raw_exec_file (f->t->path,
                              "CREATE TRIGGER refuse_one BEFORE INSERT ON contact "
                              "WHEN NEW.organization = 'Refused' "
                              "BEGIN SELECT RAISE (ABORT, 'refused by the test'); END");

  g_assert_false (steward_csv_import_commit (import, &n, &error));
  g_assert_nonnull (error);
  g_test_message ("Commit refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "4"));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "history"), ==, history_before);
  g_assert_cmpuint (changed, ==, 0);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (steward_record_get_id (row_at (import, i)->record), ==, 0);

  steward_test_raw_exec_file (f->t->path, "DROP TRIGGER refuse_one");
  g_assert_cmpuint (commit (import), ==, 5);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 5);
  g_assert_cmpuint (changed, >=, 1);
}

static void
test_issues (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StewardCsvImport) import = load (f, STEWARD_TYPE_CONTEXT_ISSUE,
                                             "議題類別,議題說明,影響,來源,來源文號,來源日期,狀態,識別日期\n"
                                             "法令規章,資通安全管理法修正,需修訂程序,上級機關來文,院臺護字第1130000001號,113/01/15,處理中,113年1月20日\n"
                                             "組織文化,同仁資安意識不足,,,,,,2024-02-01\n"
                                             "Technological,\"AI tools leak data\",,review,,,monitored,2024/2/2\n"
                                             "氣象,颱風,,,,,,2024-02-03\n"
                                             "經濟,,,,,,,2024-02-04\n"
                                             "經濟,預算刪減,,,,,,\n");
  StewardContextIssue *issue;
  g_autoptr(StewardCsvImport) mismatch = NULL;
  g_autofree char *scope = NULL;

  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 6);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 3);

  issue = STEWARD_CONTEXT_ISSUE (row_at (import, 0)->record);
  g_assert_cmpint (steward_context_issue_get_category (issue), ==, STEWARD_ISSUE_LEGAL_REGULATORY);
  /* Without a scope column, the category says it. */
  g_assert_cmpint (steward_context_issue_get_scope (issue), ==, STEWARD_SCOPE_EXTERNAL);
  g_assert_cmpint (steward_context_issue_get_source (issue), ==, STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE);
  g_assert_cmpstr (steward_context_issue_get_source_ref (issue), ==, "院臺護字第1130000001號");
  assert_date (steward_context_issue_get_source_date (issue), 2024, 1, 15);
  assert_date (steward_context_issue_get_identified_on (issue), 2024, 1, 20);
  g_assert_cmpint (steward_context_issue_get_status (issue), ==, STEWARD_ISSUE_STATUS_OPEN);

  issue = STEWARD_CONTEXT_ISSUE (row_at (import, 1)->record);
  g_assert_cmpint (steward_context_issue_get_scope (issue), ==, STEWARD_SCOPE_INTERNAL);
  g_assert_cmpint (steward_context_issue_get_source (issue), ==, STEWARD_ISSUE_SOURCE_OTHER);

  issue = STEWARD_CONTEXT_ISSUE (row_at (import, 2)->record);
  g_assert_cmpint (steward_context_issue_get_category (issue), ==, STEWARD_ISSUE_TECHNOLOGICAL);
  g_assert_cmpint (steward_context_issue_get_status (issue), ==, STEWARD_ISSUE_STATUS_MONITORED);

  g_assert_nonnull (problem_of (row_at (import, 3), "category"));
  /* What the scope would be is unknown while the category is. */
  scope = steward_csv_import_dup_field_text (import, row_at (import, 3), "scope");
  g_assert_cmpstr (scope, ==, "");
  g_assert_nonnull (problem_of (row_at (import, 4), "description"));
  g_assert_nonnull (problem_of (row_at (import, 5), "identified-on"));
  g_assert_true (notes_mention (import, "“scope”"));

  g_assert_cmpuint (commit (import), ==, 3);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "context_issue"), ==, 3);

  /* A scope the category contradicts is a problem; the same issue again too. */
  mismatch = load (f, STEWARD_TYPE_CONTEXT_ISSUE,
                   "scope,category,description,identified_on\n"
                   "內部,國家,國家資安政策,2024-03-01\n"
                   "external,legal-regulatory,資通安全管理法修正,2024-03-01\n");
  g_assert_nonnull (problem_of (row_at (mismatch, 0), "category"));
  g_assert_cmpstr (problem_of (row_at (mismatch, 1), "description"), ==, _("The same issue is already in the register."));
  g_assert_cmpuint (steward_csv_import_get_n_good (mismatch), ==, 0);
}

static void
test_parties (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(StewardCsvImport) import = load (f, STEWARD_TYPE_PARTY,
                                             "關注方,類別,備註\n"
                                             "教育部,上級機關,\n"
                                             "本中心同仁,員工,\n"
                                             "各級學校,schools,\n"
                                             "民眾,市井小民,\n");

  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 3);
  g_assert_cmpint (steward_party_get_kind (STEWARD_PARTY (row_at (import, 0)->record)), ==, STEWARD_PARTY_SUPERIOR_AGENCY);
  g_assert_cmpint (steward_party_get_scope (STEWARD_PARTY (row_at (import, 0)->record)), ==, STEWARD_SCOPE_EXTERNAL);
  g_assert_cmpint (steward_party_get_scope (STEWARD_PARTY (row_at (import, 1)->record)), ==, STEWARD_SCOPE_INTERNAL);
  g_assert_cmpint (steward_party_get_kind (STEWARD_PARTY (row_at (import, 2)->record)), ==, STEWARD_PARTY_SCHOOLS);
  g_assert_nonnull (problem_of (row_at (import, 3), "kind"));
  g_assert_cmpuint (commit (import), ==, 3);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "party"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  const char *requested = g_getenv ("LANGUAGE");

  /* English unless asked for zh_TW, as with LANGUAGE=zh_TW. */
  if (requested != NULL && g_str_has_prefix (requested, "zh_TW"))
    {
      if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
        setlocale (LC_ALL, "C.UTF-8");
    }
  else
    {
      g_setenv ("LANGUAGE", "en", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/csv-import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("contacts/good", test_contacts_good);
  ADD ("contacts/english", test_contacts_english);
  ADD ("contacts/bad", test_contacts_bad);
  ADD ("contacts/duplicates", test_contacts_duplicates);
  ADD ("encoding/big5", test_big5);
  ADD ("encoding/big5-hkscs", test_big5_hkscs);
  ADD ("encoding/utf16", test_utf16);
  ADD ("encoding/neither", test_neither);
  ADD ("columns/missing", test_missing_columns);
  ADD ("quotes", test_quotes);
  ADD ("hostile", test_hostile);
  ADD ("large", test_large);
  ADD ("commit/failure", test_commit_failure);
  ADD ("issues", test_issues);
  ADD ("parties", test_parties);
#undef ADD

  return g_test_run ();
}
