/* test-context-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The interested parties and issues register (5.1.2, 5.1.3) and the
 * external contacts list (5.5) as files, from records saved in a
 * temporary database, as they stood on 31 March 2026. The CSV files are
 * read back by the CSV import, also in Traditional Chinese; the workbooks
 * by Python's zipfile; the PDFs by poppler's pdftotext and pdfinfo, and
 * copied to the build folder (STEWARD_TEST_OUTPUT) to look at. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "export/steward-context-export.h"
#include "logic/steward-csv-import.h"
#include "logic/steward-date.h"
#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-party-requirement.h"
#include "model/steward-party.h"
#include "steward-test-util.h"

/* A statement someone typed that a spreadsheet would run as a formula. */
#define FORMULA_TEXT          "=HYPERLINK(\"http://evil.example\",\"按此\")"
#define AGENCY                "臺南市政府教育局"
#define PARENTS               "家長會"
#define STAFF                 "中心同仁"
#define REQUIREMENT           "依資通安全管理法辦理B級應辦事項。"
#define REQUIREMENT_RETIRED   "舊版資安健診頻率規定。"
#define REQUIREMENT_LATER     "每季提報資安事件統計。"
#define ISSUE_OPEN            "資通安全管理法修正，應辦事項調整。"
#define ISSUE_RETIRED_BEFORE  "Windows 7 端點停止支援。"
#define ISSUE_RETIRED_AFTER   "舊版分級辦法之資安健診頻率。"
#define ISSUE_LATER           "生成式AI使用規範。"
#define ISSUE_INTERNAL        "同仁資安意識不一，社交工程演練點擊率偏高。"
#define CERT                  "TACERT"
#define POLICE                "刑事警察局"
#define SUPPLIER              "穩存科技公司"
/* Before the day of the forms: the history of the issues starts then. */
#define LONG_AGO              "2025-01-01T09:00:00Z"

typedef struct
{
  StewardTestDb               *t;
  char                        *dir;
  GDate                       *as_of;
  StewardContextExportOptions  options;
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
add_party (StewardDatabase  *db,
           const char       *name,
           StewardScope      scope,
           StewardPartyKind  kind)
{
  g_autoptr(StewardParty) party = g_object_new (STEWARD_TYPE_PARTY, "name", name, "scope", scope, "kind", kind, NULL);

  return save (db, party);
}

static void
add_requirement (StewardDatabase        *db,
                 gint64                  party_id,
                 StewardRequirementKind  kind,
                 const char             *text,
                 const char             *decided,
                 const char             *retired)
{
  g_autoptr(GDate) decision_date = decided ? steward_date_parse (decided) : NULL;
  g_autoptr(GDate) retired_on = retired ? steward_date_parse (retired) : NULL;
  g_autoptr(StewardPartyRequirement) requirement = g_object_new (STEWARD_TYPE_PARTY_REQUIREMENT,
                                                                 "party-id", party_id,
                                                                 "kind", kind,
                                                                 "text", text,
                                                                 "addressed-by", "維持 ISMS 驗證。",
                                                                 "decision-ref", "115年第1次資訊安全委員會決議",
                                                                 "decision-date", decision_date,
                                                                 "retired-on", retired_on,
                                                                 NULL);

  save (db, requirement);
}

static StewardContextIssue *
new_issue (StewardIssueCategory  category,
           const char           *description,
           StewardIssueStatus    status,
           const char           *identified)
{
  g_autoptr(GDate) identified_on = steward_date_parse (identified);
  g_autoptr(GDate) source_date = steward_date_parse ("2025-04-20");

  return g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                       "scope", steward_issue_category_is_external (category) ? STEWARD_SCOPE_EXTERNAL
                                                                               : STEWARD_SCOPE_INTERNAL,
                       "category", category,
                       "description", description,
                       "effect", "須重新檢視應辦事項。",
                       "source", STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE,
                       "source-ref", "數授資綜字第1140000001號",
                       "source-date", source_date,
                       "status", status,
                       "identified-on", identified_on,
                       NULL);
}

static void
add_contact (StewardDatabase       *db,
             const char            *organization,
             StewardContactPurpose  purpose,
             const char            *verified)
{
  g_autoptr(GDate) verified_on = verified ? steward_date_parse (verified) : NULL;
  g_autoptr(StewardContact) contact = g_object_new (STEWARD_TYPE_CONTACT,
                                                    "organization", organization,
                                                    "unit", "值班台",
                                                    "person", "陳建宏",
                                                    "phone", "02-2700-0165",
                                                    "email", "cyber@example.gov.tw",
                                                    "purpose", purpose,
                                                    "verified-on", verified_on,
                                                    NULL);

  save (db, contact);
}

/* Three parties: the agency with a requirement, an expectation someone
 * typed as a formula, one retired before the day and one after it; the
 * parents with a need; the staff with none. Five issues: one open, one
 * retired before the day, one retired after it, one identified after it,
 * one internal. Three contacts: one verified this year, one last
 * verified over a year ago, one never. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  StewardDatabase *db;
  g_autoptr(StewardContextIssue) retired_before = NULL;
  g_autoptr(StewardContextIssue) retired_after = NULL;
  g_autoptr(StewardContextIssue) issue = NULL;
  g_autofree char *sql = NULL;
  gint64 agency, parents;

  f->t = steward_test_db_new ();
  f->dir = steward_test_make_tmp_dir ();
  f->as_of = g_date_new_dmy (31, G_DATE_MARCH, 2026);
  db = f->t->db;

  agency = add_party (db, AGENCY, STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_SUPERIOR_AGENCY);
  add_party (db, STAFF, STEWARD_SCOPE_INTERNAL, STEWARD_PARTY_STAFF);
  parents = add_party (db, PARENTS, STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_CITIZENS);
  add_requirement (db, agency, STEWARD_REQUIREMENT_REQUIREMENT, REQUIREMENT, "2026-01-20", NULL);
  add_requirement (db, agency, STEWARD_REQUIREMENT_EXPECTATION, FORMULA_TEXT, NULL, NULL);
  add_requirement (db, agency, STEWARD_REQUIREMENT_NEED, REQUIREMENT_RETIRED, "2024-05-01", "2025-12-31");
  add_requirement (db, agency, STEWARD_REQUIREMENT_REQUIREMENT, REQUIREMENT_LATER, "2025-03-01", "2026-06-30");
  add_requirement (db, parents, STEWARD_REQUIREMENT_NEED, "學生個資受妥善保護。", "2025-11-09", NULL);

  issue = new_issue (STEWARD_ISSUE_LEGAL_REGULATORY, ISSUE_OPEN, STEWARD_ISSUE_STATUS_OPEN, "2025-05-01");
  save (db, issue);
  g_clear_object (&issue);
  issue = new_issue (STEWARD_ISSUE_CULTURE, ISSUE_INTERNAL, STEWARD_ISSUE_STATUS_MONITORED, "2025-07-12");
  save (db, issue);
  g_clear_object (&issue);
  issue = new_issue (STEWARD_ISSUE_TECHNOLOGICAL, ISSUE_LATER, STEWARD_ISSUE_STATUS_OPEN, "2026-05-01");
  save (db, issue);

  /* Their history says since when the two retired issues were in the
   * register, and one was retired then, the other only now. */
  retired_before = new_issue (STEWARD_ISSUE_TECHNOLOGICAL, ISSUE_RETIRED_BEFORE, STEWARD_ISSUE_STATUS_RETIRED,
                              "2024-03-01");
  retired_after = new_issue (STEWARD_ISSUE_LEGAL_REGULATORY, ISSUE_RETIRED_AFTER, STEWARD_ISSUE_STATUS_MONITORED,
                             "2024-03-01");
  /* The history is append-only (007): backdating it is done behind
   * Steward's back, as only a test may. */
  sql = g_strdup_printf ("DROP TRIGGER history_sealed_update;"
                         "UPDATE history SET at = '" LONG_AGO "'"
                         " WHERE table_name = 'context_issue' AND row_id IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                         save (db, retired_before), save (db, retired_after));
  steward_test_raw_exec_file (f->t->path, sql);
  g_object_set (retired_after, "status", STEWARD_ISSUE_STATUS_RETIRED, NULL);
  save (db, retired_after);

  add_contact (db, SUPPLIER, STEWARD_CONTACT_SUPPLIER, "2025-02-01");
  add_contact (db, CERT, STEWARD_CONTACT_INCIDENT_REPORTING, "2026-01-10");
  add_contact (db, POLICE, STEWARD_CONTACT_LAW_ENFORCEMENT, NULL);

  f->options.organization = "臺南市教育網路中心";
  f->options.as_of = f->as_of;
  f->options.calendar = STEWARD_CALENDAR_GREGORIAN;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  steward_test_remove_tree (f->dir);
  g_free (f->dir);
  g_date_free (f->as_of);
  steward_test_db_free (f->t);
}

typedef gboolean (*ExportFunc) (StewardDatabase                    *db,
                                const char                         *path,
                                const StewardContextExportOptions  *options,
                                GError                            **error);

static char *
export_ok (Fixture    *f,
           ExportFunc  export,
           const char *name)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (export (f->t->db, path, &f->options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return path;
}

/* What @argv printed; the test fails if it fails, or if the program (python3,
 * pdftotext, pdfinfo) is not installed. */

/* CSV */

/* The file's lines, after the byte-order mark it must start with. */
static GStrv
read_csv_lines (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));

  return g_strsplit (contents + 3, "\r\n", -1);
}

static void
test_register_csv (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = export_ok (f, steward_context_register_export, "register.csv");
  g_auto(GStrv) lines = read_csv_lines (path);

  /* One table: the parties' columns, then the issues', with the scope
   * shared, each row saying what it is. External parties first, then a
   * row a requirement in force; the issues known and not yet retired on
   * the day, external first; dates as ISO 8601. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 5 + 3 + 1);
  g_assert_cmpstr (lines[0], ==,
                   "Register,Interested party,Internal or external,Kind,Kind of requirement,"
                   "\"Requirement, expectation or need\",How addressed,Decision reference,Decision date,"
                   "Category,Issue,Effect,Source,Source reference,Source date,Status,Identified on");
  g_assert_cmpstr (lines[1], ==,
                   "Interested party," AGENCY ",External,Superior agency,Requirement," REQUIREMENT_LATER ","
                   "維持 ISMS 驗證。,115年第1次資訊安全委員會決議,2025-03-01,,,,,,,,");
  g_assert_cmpstr (lines[2], ==,
                   "Interested party," AGENCY ",External,Superior agency,Requirement," REQUIREMENT ","
                   "維持 ISMS 驗證。,115年第1次資訊安全委員會決議,2026-01-20,,,,,,,,");
  /* The formula cannot run in a spreadsheet. */
  g_assert_cmpstr (lines[3], ==,
                   "Interested party," AGENCY ",External,Superior agency,Expectation,"
                   "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"按此\"\")\","
                   "維持 ISMS 驗證。,115年第1次資訊安全委員會決議,,,,,,,,,");
  g_assert_true (g_str_has_prefix (lines[4], "Interested party," PARENTS ",External,Citizens,Need,"));
  g_assert_cmpstr (lines[5], ==, "Interested party," STAFF ",Internal,Staff,,,,,,,,,,,,,");
  g_assert_cmpstr (lines[6], ==,
                   "Issue,,External,,,,,,,Legal and regulatory," ISSUE_RETIRED_AFTER ",須重新檢視應辦事項。,"
                   "Directive of a superior agency,數授資綜字第1140000001號,2025-04-20,Monitored,2024-03-01");
  g_assert_true (g_str_has_prefix (lines[7], "Issue,,External,,,,,,,Legal and regulatory," ISSUE_OPEN ","));
  g_assert_true (g_str_has_suffix (lines[7], ",Open,2025-05-01"));
  g_assert_true (g_str_has_prefix (lines[8], "Issue,,Internal,,,,,,,Culture," ISSUE_INTERNAL ","));
  g_assert_cmpstr (lines[9], ==, "");
}

/* Imports @path as records of @type into a new database. */
static StewardCsvImport *
import_file (StewardTestDb *target,
             GType          type,
             const char    *path)
{
  g_autoptr(StewardCsvImport) import = steward_csv_import_new (target->db, type);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (steward_csv_import_load_bytes (import, bytes, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&import);
}

static guint
commit (StewardCsvImport *import)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (steward_csv_import_commit (import, &n, &error));
  g_assert_no_error (error);

  return n;
}

/* The register goes back in whole: as issues, its issues; as parties,
 * each party once (the rows of its other requirements and the issues'
 * rows are left out, with their reasons). */
static void
test_register_reimport (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = export_ok (f, steward_context_register_export, "register.csv");
  g_autoptr(StewardTestDb) target = steward_test_db_new ();
  g_autoptr(StewardCsvImport) issues = import_file (target, STEWARD_TYPE_CONTEXT_ISSUE, path);
  g_autoptr(StewardCsvImport) parties = import_file (target, STEWARD_TYPE_PARTY, path);
  g_autoptr(GPtrArray) imported = NULL;
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GDate) source_date = steward_date_parse ("2025-04-20");
  StewardContextIssue *issue;
  StewardParty *party;

  g_assert_cmpuint (steward_csv_import_get_n_good (issues), ==, 3);
  g_assert_cmpuint (commit (issues), ==, 3);
  g_assert_cmpuint (steward_csv_import_get_n_good (parties), ==, 3);
  g_assert_cmpuint (commit (parties), ==, 3);

  steward_query_order_by (query, "id", FALSE);
  imported = steward_test_load_all (target->db, STEWARD_TYPE_CONTEXT_ISSUE, query);
  issue = g_ptr_array_index (imported, 0);
  g_assert_cmpstr (steward_context_issue_get_description (issue), ==, ISSUE_RETIRED_AFTER);
  g_assert_cmpint (steward_context_issue_get_scope (issue), ==, STEWARD_SCOPE_EXTERNAL);
  g_assert_cmpint (steward_context_issue_get_category (issue), ==, STEWARD_ISSUE_LEGAL_REGULATORY);
  g_assert_cmpint (steward_context_issue_get_source (issue), ==, STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE);
  g_assert_cmpstr (steward_context_issue_get_source_ref (issue), ==, "數授資綜字第1140000001號");
  g_assert_cmpint (g_date_compare (steward_context_issue_get_source_date (issue), source_date), ==, 0);
  g_assert_cmpint (steward_context_issue_get_status (issue), ==, STEWARD_ISSUE_STATUS_MONITORED);
  g_assert_cmpstr (steward_context_issue_get_effect (issue), ==, "須重新檢視應辦事項。");
  issue = g_ptr_array_index (imported, 2);
  g_assert_cmpint (steward_context_issue_get_scope (issue), ==, STEWARD_SCOPE_INTERNAL);
  g_assert_cmpint (steward_context_issue_get_category (issue), ==, STEWARD_ISSUE_CULTURE);

  g_clear_pointer (&imported, g_ptr_array_unref);
  imported = steward_test_load_all (target->db, STEWARD_TYPE_PARTY, query);
  party = g_ptr_array_index (imported, 0);
  g_assert_cmpstr (steward_party_get_name (party), ==, AGENCY);
  g_assert_cmpint (steward_party_get_kind (party), ==, STEWARD_PARTY_SUPERIOR_AGENCY);
  party = g_ptr_array_index (imported, 2);
  g_assert_cmpstr (steward_party_get_name (party), ==, STAFF);
  g_assert_cmpint (steward_party_get_kind (party), ==, STEWARD_PARTY_STAFF);
  g_assert_cmpint (steward_party_get_scope (party), ==, STEWARD_SCOPE_INTERNAL);
}

/* In Traditional Chinese, in a process of its own: the import knows the
 * words of the language it starts in. */
static void
test_register_reimport_zh (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "zh_TW", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_unsetenv ("LANGUAGE");
      g_test_trap_assert_passed ();
      return;
    }

  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    {
      g_test_skip ("the zh_TW.UTF-8 locale is not installed");
      return;
    }

  /* The column of the scope, named as the import names it. */
  path = export_ok (f, steward_context_register_export, "register-zh.csv");
  lines = read_csv_lines (path);
  g_assert_nonnull (strstr (lines[0], "內部或外部"));

  test_register_reimport (f, data);
}

static void
test_contacts_csv (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = export_ok (f, steward_contacts_export, "contacts.csv");
  g_auto(GStrv) lines = read_csv_lines (path);
  g_autoptr(StewardTestDb) target = steward_test_db_new ();
  g_autoptr(StewardCsvImport) import = NULL;
  g_autoptr(GPtrArray) imported = NULL;
  StewardContact *contact;

  /* By purpose, the ones not verified within the year before the day
   * marked. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 3 + 1);
  g_assert_cmpstr (lines[0], ==,
                   "Purpose,Organization,Unit,Contact person,Role,Phone,E-mail,Address,Verified on,Verification,Notes");
  g_assert_cmpstr (lines[1], ==,
                   "Incident reporting," CERT ",值班台,陳建宏,,02-2700-0165,cyber@example.gov.tw,,2026-01-10,,");
  g_assert_cmpstr (lines[2], ==,
                   "Law enforcement," POLICE ",值班台,陳建宏,,02-2700-0165,cyber@example.gov.tw,,,Due,");
  g_assert_cmpstr (lines[3], ==,
                   "Supplier," SUPPLIER ",值班台,陳建宏,,02-2700-0165,cyber@example.gov.tw,,2025-02-01,Due,");

  /* It goes back in as it is. */
  import = import_file (target, STEWARD_TYPE_CONTACT, path);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 3);
  g_assert_cmpuint (commit (import), ==, 3);
  imported = steward_test_load_all (target->db, STEWARD_TYPE_CONTACT, NULL);
  contact = g_ptr_array_index (imported, 2);
  g_assert_cmpstr (steward_contact_get_organization (contact), ==, SUPPLIER);
  g_assert_cmpint (steward_contact_get_purpose (contact), ==, STEWARD_CONTACT_SUPPLIER);
  g_assert_cmpstr (steward_contact_get_phone (contact), ==, "02-2700-0165");
  g_assert_cmpuint (g_date_get_year (steward_contact_get_verified_on (contact)), ==, 2025);
}

/* XLSX */

/* The sheets in order, and for each its cells (strings and numbers) and
 * the cell its frozen pane starts at. */
static const char xlsx_reader[] =
  "import json, sys, zipfile\n"
  "import xml.etree.ElementTree as ET\n"
  "M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
  "R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'\n"
  "z = zipfile.ZipFile(sys.argv[1])\n"
  "strings = [''.join(t.text or '' for t in si.iter(M + 't'))\n"
  "           for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]\n"
  "book = ET.fromstring(z.read('xl/workbook.xml'))\n"
  "targets = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}\n"
  "out = {'order': [], 'sheets': {}}\n"
  "for s in book.find(M + 'sheets'):\n"
  "    x = ET.fromstring(z.read('xl/' + targets[s.get(R + 'id')]))\n"
  "    cells = {}\n"
  "    for c in x.iter(M + 'c'):\n"
  "        v = c.find(M + 'v')\n"
  "        if v is not None:\n"
  "            cells[c.get('r')] = strings[int(v.text)] if c.get('t') == 's' else float(v.text)\n"
  "    pane = x.find('.//' + M + 'pane')\n"
  "    out['order'].append(s.get('name'))\n"
  "    out['sheets'][s.get('name')] = {'cells': cells,\n"
  "        'frozen': pane.get('topLeftCell') if pane is not None else None}\n"
  "print(json.dumps(out))\n";

static JsonObject *
read_xlsx (const char *path)
{
  g_autofree char *out = steward_test_run ((const char *[]) { "python3", "-c", xlsx_reader, path, NULL });
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (out, &error);

  g_assert_no_error (error);

  return json_node_dup_object (root);
}

static JsonObject *
get_cells (JsonObject *workbook,
           const char *sheet)
{
  JsonObject *sheets = json_object_get_object_member (workbook, "sheets");

  return json_object_get_object_member (json_object_get_object_member (sheets, sheet), "cells");
}

/* Excel's serial number of a day: days since 30 December 1899. */
static double
excel_day (int year,
           int month,
           int day)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);
  g_autoptr(GDate) epoch = g_date_new_dmy (30, G_DATE_DECEMBER, 1899);

  return g_date_days_between (epoch, date);
}

static void
test_register_xlsx (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = export_ok (f, steward_context_register_export, "register.xlsx");
  g_autoptr(JsonObject) workbook = NULL;
  JsonArray *order;
  JsonObject *cells;

  workbook = read_xlsx (path);
  order = json_object_get_array_member (workbook, "order");
  g_assert_cmpuint (json_array_get_length (order), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (order, 0), ==, "Interested parties");
  g_assert_cmpstr (json_array_get_string_element (order, 1), ==, "Issues");

  /* The title and the document's line above the header row, which stays
   * in view; a row a requirement, the party's cells on each; dates as
   * dates. */
  cells = get_cells (workbook, "Interested parties");
  g_assert_cmpstr (json_object_get_string_member (cells, "A1"), ==,
                   "Interested parties and issues register — 臺南市教育網路中心");
  g_assert_cmpstr (json_object_get_string_member (cells, "A2"), ==,
                   "Document number: ISMS-R-007    Version: 1.0    As of: 2026-03-31");
  g_assert_cmpstr (json_object_get_string_member (cells, "A3"), ==, "Interested party");
  g_assert_cmpstr (json_object_get_string_member (cells, "A4"), ==, AGENCY);
  g_assert_cmpstr (json_object_get_string_member (cells, "E4"), ==, REQUIREMENT_LATER);
  g_assert_cmpfloat (json_object_get_double_member (cells, "H4"), ==, excel_day (2025, 3, 1));
  g_assert_cmpstr (json_object_get_string_member (cells, "E5"), ==, REQUIREMENT);
  g_assert_cmpfloat (json_object_get_double_member (cells, "H5"), ==, excel_day (2026, 1, 20));
  g_assert_cmpstr (json_object_get_string_member (cells, "A6"), ==, AGENCY);
  /* Text, not a formula, in a workbook too. */
  g_assert_cmpstr (json_object_get_string_member (cells, "E6"), ==, FORMULA_TEXT);
  g_assert_cmpstr (json_object_get_string_member (cells, "A8"), ==, STAFF);
  g_assert_false (json_object_has_member (cells, "A9"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_object_get_object_member (workbook, "sheets"), "Interested parties"), "frozen"), ==, "A4");

  cells = get_cells (workbook, "Issues");
  g_assert_cmpstr (json_object_get_string_member (cells, "C4"), ==, ISSUE_RETIRED_AFTER);
  g_assert_cmpstr (json_object_get_string_member (cells, "H4"), ==, "Monitored");
  g_assert_cmpfloat (json_object_get_double_member (cells, "I4"), ==, excel_day (2024, 3, 1));
  g_assert_cmpstr (json_object_get_string_member (cells, "C6"), ==, ISSUE_INTERNAL);
  g_assert_false (json_object_has_member (cells, "C7"));
}

static void
test_contacts_xlsx (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(JsonObject) workbook = NULL;
  JsonArray *order;
  JsonObject *cells;

  /* The number the database keeps for the form. */
  g_assert_true (steward_database_set_meta (f->t->db, STEWARD_CONTACTS_NUMBER_KEY, "ISMS-R-018", NULL));
  path = export_ok (f, steward_contacts_export, "contacts.xlsx");

  workbook = read_xlsx (path);
  order = json_object_get_array_member (workbook, "order");
  g_assert_cmpuint (json_array_get_length (order), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (order, 0), ==, "External contacts");

  cells = get_cells (workbook, "External contacts");
  g_assert_cmpstr (json_object_get_string_member (cells, "A2"), ==,
                   "Document number: ISMS-R-018    Version: 1.0    As of: 2026-03-31");
  g_assert_cmpstr (json_object_get_string_member (cells, "B4"), ==, CERT);
  g_assert_cmpfloat (json_object_get_double_member (cells, "I4"), ==, excel_day (2026, 1, 10));
  g_assert_false (json_object_has_member (cells, "J4"));
  g_assert_false (json_object_has_member (cells, "I5"));
  g_assert_cmpstr (json_object_get_string_member (cells, "J5"), ==, "Due");
  /* A phone number keeps its leading zero. */
  g_assert_cmpstr (json_object_get_string_member (cells, "F6"), ==, "02-2700-0165");
  g_assert_cmpfloat (json_object_get_double_member (cells, "I6"), ==, excel_day (2025, 2, 1));
}

/* PDF */

static void
keep_for_inspection (const char *path,
                     const char *name)
{
  g_autofree char *target = g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT") ?: g_get_tmp_dir (), name, NULL);
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GFile) destination = g_file_new_for_path (target);

  if (!g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL))
    g_test_message ("Could not copy %s to %s", path, target);
}

/* The text of each page, with page @i saying it is page i + 1 of them,
 * and each of @headers. */
static GStrv
read_pdf_pages (const char         *path,
                const char * const *headers)
{
  g_autofree char *info = steward_test_run ((const char *[]) { "pdfinfo", path, NULL });
  g_autofree char *text = steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });
  const char *pages_line = strstr (info, "Pages:");
  GStrv pages = g_strsplit (text, "\f", -1);
  guint n_pages;

  g_assert_nonnull (pages_line);
  g_assert_nonnull (strstr (info, "842 x 595 pts"));
  n_pages = (guint)g_ascii_strtoull (pages_line + strlen ("Pages:"), NULL, 10);
  /* pdftotext ends each page with a form feed. */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *page_number = g_strdup_printf ("%u/%u", p + 1, n_pages);
      g_autoptr(GString) packed = g_string_new (pages[p]);

      /* pdftotext may drop the spaces around the slash. */
      g_string_replace (packed, " ", "", 0);
      g_assert_nonnull (strstr (packed->str, page_number));
      for (guint h = 0; headers[h] != NULL; h++)
        g_assert_nonnull (strstr (pages[p], headers[h]));
    }

  return pages;
}

static void
test_register_pdf (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages;

  /* Enough issues for a second page, each with its header row. */
  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *description = g_strdup_printf ("第 %u 項外部議題：供應鏈安全與委外廠商遠端維護連線管理。", i + 1);
      g_autoptr(StewardContextIssue) issue = new_issue (STEWARD_ISSUE_EXTERNAL_RELATIONS, description,
                                                        STEWARD_ISSUE_STATUS_OPEN, "2025-09-01");

      save (f->t->db, issue);
    }

  f->options.version = "2.1";
  path = export_ok (f, steward_context_register_export, "register.pdf");
  keep_for_inspection (path, "context-register.pdf");

  pages = read_pdf_pages (path, (const char *[]) { "Interested parties and issues register",
                                                 "Document number: ISMS-R-007", "Version: 2.1",
                                                 "As of: 2026-03-31", NULL });
  n_pages = g_strv_length (pages) - 1;
  g_assert_cmpuint (n_pages, >=, 2);

  g_assert_nonnull (strstr (pages[0], "1. Interested parties and their requirements"));
  g_assert_nonnull (strstr (pages[0], AGENCY));
  g_assert_nonnull (strstr (pages[0], REQUIREMENT));
  g_assert_nonnull (strstr (pages[0], STAFF));
  g_assert_nonnull (strstr (pages[0], "2026-01-20"));
  g_assert_nonnull (strstr (pages[n_pages - 1], "Category"));
  g_assert_nonnull (strstr (pages[n_pages - 1], ISSUE_INTERNAL));

  text = g_strjoinv ("", pages);
  g_assert_nonnull (strstr (text, "2. Internal and external issues"));
  g_assert_nonnull (strstr (text, ISSUE_OPEN));
  g_assert_nonnull (strstr (text, ISSUE_RETIRED_AFTER));
  g_assert_nonnull (strstr (text, "第 24 項外部議題"));
  g_assert_null (strstr (text, ISSUE_RETIRED_BEFORE));
  g_assert_null (strstr (text, ISSUE_LATER));
  g_assert_null (strstr (text, REQUIREMENT_RETIRED));
}

/* In the ROC calendar, as Taiwanese public-sector forms write dates. */
static void
test_contacts_pdf (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;

  f->options.calendar = STEWARD_CALENDAR_ROC;
  path = export_ok (f, steward_contacts_export, "contacts.pdf");
  keep_for_inspection (path, "contacts.pdf");

  pages = read_pdf_pages (path, (const char *[]) { "External contacts list", "Document number: ISMS-R-008",
                                                 "Version: 1.0", "As of: ROC 115-03-31", NULL });
  g_assert_cmpuint (g_strv_length (pages), ==, 2);
  g_assert_nonnull (strstr (pages[0], "Incident reporting"));
  g_assert_nonnull (strstr (pages[0], CERT));
  g_assert_nonnull (strstr (pages[0], "cyber@example.gov.tw"));
  g_assert_nonnull (strstr (pages[0], "ROC 115-01-10"));
  g_assert_null (strstr (pages[0], "2026-01-10"));
  g_assert_nonnull (strstr (pages[0], "Due"));
  g_assert_true (strstr (pages[0], CERT) < strstr (pages[0], SUPPLIER));
}

/* Nothing recorded: the forms say so. */
static void
test_empty (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *register_path = g_build_filename (t->dir, "register.pdf", NULL);
  g_autofree char *contacts_path = g_build_filename (t->dir, "contacts.pdf", NULL);
  g_autofree char *text = NULL;
  StewardContextExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_context_register_export (t->db, register_path, &options, &error));
  g_assert_no_error (error);
  g_assert_true (steward_contacts_export (t->db, contacts_path, &options, &error));
  g_assert_no_error (error);

  text = steward_test_run ((const char *[]) { "pdftotext", "-enc", "UTF-8", register_path, "-", NULL });
  g_assert_nonnull (strstr (text, "No interested party is recorded."));
  g_assert_nonnull (strstr (text, "No issue is recorded for this day."));
  g_clear_pointer (&text, g_free);
  text = steward_test_run ((const char *[]) { "pdftotext", "-enc", "UTF-8", contacts_path, "-", NULL });
  g_assert_nonnull (strstr (text, "The contacts list is empty."));
}

/* Another extension: an error that says which ones work, and no file. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const char * const names[] = { "register.doc", "register", "register.png" };
  g_autoptr(GDir) dir = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (steward_context_register_export (f->t->db, path, &f->options, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (strstr (error->message, ".csv, .xlsx or .pdf"));
      g_clear_error (&error);

      g_assert_false (steward_contacts_export (f->t->db, path, &f->options, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (strstr (error->message, "contacts list"));
    }

  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/context-export/register/csv", test_register_csv);
  ADD ("/context-export/register/csv-reimport", test_register_reimport);
  ADD ("/context-export/register/csv-reimport-zh-tw", test_register_reimport_zh);
  ADD ("/context-export/register/xlsx", test_register_xlsx);
  ADD ("/context-export/register/pdf", test_register_pdf);
  ADD ("/context-export/contacts/csv", test_contacts_csv);
  ADD ("/context-export/contacts/xlsx", test_contacts_xlsx);
  ADD ("/context-export/contacts/pdf", test_contacts_pdf);
  ADD ("/context-export/refused", test_refused);
  g_test_add_func ("/context-export/empty", test_empty);

#undef ADD

  return g_test_run ();
}
