/* test-import-dialog.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import's preview dialog in real windows on temporary databases: a
 * file is read, its rows shown with their problems, the good ones
 * imported; what Steward exports comes back as it was. Rendered to PNGs in
 * the build folder (STEWARD_TEST_OUTPUT) to look at: in English by
 * default, in Traditional Chinese with LANGUAGE=zh_TW. Runs under
 * xvfb-run; no display is a failure. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "export/steward-context-export.h"
#include "logic/steward-csv-import.h"
#include "logic/steward-sample-data.h"
#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-party.h"
#include "steward-test-util.h"
#include "views/context/steward-import-dialog.h"

static const char *language;

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

static gpointer
child (gpointer    dialog,
       const char *name)
{
  GObject *widget = gtk_widget_get_template_child (GTK_WIDGET (dialog), STEWARD_TYPE_IMPORT_DIALOG, name);

  g_assert_nonnull (widget);

  return widget;
}

static const char *
label_of (gpointer    dialog,
          const char *name)
{
  return gtk_label_get_label (GTK_LABEL (child (dialog, name)));
}

/* Writes @size bytes to a file of the test's folder, and returns it. */
static GFile *
write_file (Fixture    *f,
            const char *name,
            const char *data,
            gssize      size)
{
  g_autofree char *path = g_build_filename (f->t->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, size, &error));
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* The dialog on @db, in a window, once it has read @file. */
static StewardImportDialog *
open_dialog (StewardDatabase *db,
             GType            type,
             GFile           *file)
{
  StewardImportDialog *dialog = STEWARD_IMPORT_DIALOG (steward_import_dialog_new (NULL, db, type));
  gint64 until;

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (child (dialog, "choose_page"))));
  /* Nothing to import before a file is read. */
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));

  steward_import_dialog_load_file (dialog, file);
  g_assert_true (steward_import_dialog_get_busy (dialog));
  until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC * steward_test_slowdown ();
  while (steward_import_dialog_get_busy (dialog))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, TRUE);
    }
  steward_test_iterate (50);

  return dialog;
}

static void
close_dialog (StewardImportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  steward_test_iterate (20);
}

static guint
n_shown (StewardImportDialog *dialog)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (child (dialog, "column_view"))));
}

static void
save_png (StewardImportDialog *dialog,
          const char          *name)
{
  g_autofree char *file = g_strdup_printf ("import-%s-%s.png", name, language);
  g_autoptr(GdkTexture) texture = steward_test_render_png (GTK_WIDGET (dialog), file);

  g_assert_nonnull (texture);
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

static void
activate_import (StewardImportDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  steward_test_iterate (50);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  return contents;
}

static StewardDatabase *
open_sample_database (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->t->dir, "sample.db", NULL);
  StewardDatabase *db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_sample_data_fill (db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);

  return db;
}

/* The preview */

/* The contacts list of a centre, saved in Big5: ten good rows, and two that
 * are not (no organization; a purpose Steward does not know). */
static const char dialog_contacts_csv[] =
  "單位名稱,單位,聯絡人,職稱,電話,電子郵件,聯絡事由,最後確認日期\r\n"
  "數位發展部資通安全署,通報應變組,王大明,科長,02-2380-8000,report@acs.gov.tw,事件通報,113/03/01\r\n"
  "國家資通安全研究院,資安防護中心,林怡君,研究員,02-6631-6000,soc@nics.nat.gov.tw,電腦緊急應變小組,113/03/01\r\n"
  "TWCERT/CC,,陳建宏,分析師,02-2739-9922,twcert@cert.org.tw,CERT,113/02/20\r\n"
  "臺北市政府警察局,刑事警察大隊科技犯罪偵查隊,李小華,偵查佐,02-2758-6000,,執法機關,113/01/15\r\n"
  "法務部調查局,資安工作站,張志明,調查官,02-2911-2241,,執法機關,112/12/01\r\n"
  "台灣電力公司,臺北市區營業處,黃淑芬,工程師,02-2366-6666,,公用事業,113/03/05\r\n"
  "中華電信,企業客戶處,吳承翰,經理,0800-080-123,service@cht.com.tw,電信,113/03/05\r\n"
  "宏碁資訊服務,維運部,劉家豪,專案經理,02-2696-1234 #201,pm@example.com.tw,委外廠商,113/02/29\r\n"
  "教育部,資訊及科技教育司,蔡佩珊,專員,02-7736-6666,,上級機關,113/01/10\r\n"
  ",系統組,周文傑,,02-1234-5678,,其他,\r\n"
  "臺北市政府資訊局,資安科,鄭雅婷,科員,02-2720-8889,,警察以外,\r\n"
  "臺灣學術網路危機處理中心,,許志偉,,07-525-0211,service@cert.tanet.edu.tw,CERT,113/03/08\r\n";

static void
test_dialog_contacts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  g_autofree char *big5 = g_convert (dialog_contacts_csv, -1, "BIG5", "UTF-8", NULL, &size, &error);
  g_autoptr(GFile) file = NULL;
  StewardImportDialog *dialog;
  StewardCsvImport *import;

  g_assert_no_error (error);
  file = write_file (f, "外部單位聯絡清單.csv", big5, size);
  dialog = open_dialog (f->t->db, STEWARD_TYPE_CONTACT, file);
  import = steward_import_dialog_get_import (dialog);

  g_assert_nonnull (import);
  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, 12);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 10);
  g_assert_cmpuint (n_shown (dialog), ==, 12);
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "import_button")));
  if (g_str_equal (language, "en"))
    {
      g_assert_cmpstr (label_of (dialog, "summary_label"), ==,
                       "12 rows: 10 ready to import, 2 with problems · Converted from Big5");
      g_assert_cmpstr (gtk_button_get_label (child (dialog, "import_button")), ==, "_Import 10 Rows");
    }
  else
    g_assert_nonnull (strstr (label_of (dialog, "summary_label"), "Big5"));
  save_png (dialog, "contacts-preview");

  /* Only the rows with problems, to correct them in the file. */
  gtk_check_button_set_active (child (dialog, "problems_only"), TRUE);
  steward_test_iterate (50);
  g_assert_cmpuint (n_shown (dialog), ==, 2);
  save_png (dialog, "contacts-problems");
  gtk_check_button_set_active (child (dialog, "problems_only"), FALSE);
  g_assert_cmpuint (n_shown (dialog), ==, 12);

  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  steward_test_iterate (50);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 10);
  g_assert_true (gtk_widget_get_visible (child (dialog, "result_label")));
  g_assert_nonnull (strstr (label_of (dialog, "result_label"), "10"));
  if (g_str_equal (language, "en"))
    g_assert_true (g_str_has_prefix (label_of (dialog, "result_label"),
                                     "10 rows imported. The 2 rows with problems were left out"));
  /* Once imported, the same rows cannot be imported again. */
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, 10);
  save_png (dialog, "contacts-imported");
  close_dialog (dialog);

  /* Read again, the imported rows are duplicates and nothing is ready. */
  dialog = open_dialog (f->t->db, STEWARD_TYPE_CONTACT, file);
  g_assert_cmpuint (steward_csv_import_get_n_good (steward_import_dialog_get_import (dialog)), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  close_dialog (dialog);
}

static void
test_dialog_issues (Fixture       *f,
                    gconstpointer  data)
{
  static const char csv[] =
    "利害關係者與議題一覽表\n"
    "議題類別,議題說明,對組織之影響,來源,來源文號,狀態,識別日期,負責單位\n"
    "法令規章,資通安全管理法及子法修正，資安責任等級提升,需修訂資通安全維護計畫,上級機關來文,院臺護字第1130000001號,處理中,113/01/20,資安科\n"
    "技術,生成式 AI 工具可能洩漏公務資料,需訂定使用規範,資安會議,113年第1次資安會議,處理中,113/02/15,資訊科\n"
    "氣候變遷,颱風造成機房停電,需檢討備援電力,審查,,持續監控,113/03/01,總務科\n"
    "組織文化,同仁資安意識不足，社交工程演練點擊率偏高,需加強教育訓練,其他,,處理中,113/03/10,人事室\n"
    "能力與知識,資安專職人力不足,,會議決議,,處理中,2024-02-30,資安科\n"
    "天災,地震,,,,,113/03/12,\n";
  g_autoptr(GFile) file = write_file (f, "議題.csv", csv, -1);
  StewardImportDialog *dialog = open_dialog (f->t->db, STEWARD_TYPE_CONTEXT_ISSUE, file);

  g_assert_cmpuint (steward_csv_import_get_n_rows (steward_import_dialog_get_import (dialog)), ==, 6);
  g_assert_cmpuint (steward_csv_import_get_n_good (steward_import_dialog_get_import (dialog)), ==, 4);
  g_assert_true (gtk_widget_get_visible (child (dialog, "notes_label")));
  save_png (dialog, "issues-preview");
  close_dialog (dialog);
}

static void
test_dialog_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (f, "latin1.csv", "organization,phone\nCaf\xe9,\xff\n", -1);
  StewardImportDialog *dialog = open_dialog (f->t->db, STEWARD_TYPE_PARTY, file);
  GtkWidget *error_page = child (dialog, "error_page");

  g_assert_true (gtk_widget_is_visible (error_page));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (error_page)), ==,
                   _("The file is neither UTF-8 nor Big5: save it from Excel as “CSV UTF-8”."));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  save_png (dialog, "refused");
  close_dialog (dialog);
}

/* What Steward exports, it imports again as it was: the contacts list
 * exported from the imported rows is the same file; into the database it
 * came from, every row is already there and nothing is imported. */
static void
test_round_trip_contacts (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(StewardDatabase) sample = open_sample_database (f);
  g_autofree char *first_path = g_build_filename (f->t->dir, "contacts.csv", NULL);
  g_autofree char *second_path = g_build_filename (f->t->dir, "contacts-again.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (first_path);
  StewardContextExportOptions options = { .calendar = STEWARD_CALENDAR_GREGORIAN };
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gint64 n_contacts = steward_test_count_rows (sample, "contact");
  StewardImportDialog *dialog;
  StewardCsvImport *import;

  g_assert_cmpint (n_contacts, >, 5);
  g_assert_true (steward_contacts_export (sample, first_path, &options, &error));
  g_assert_no_error (error);

  dialog = open_dialog (f->t->db, STEWARD_TYPE_CONTACT, file);
  import = steward_import_dialog_get_import (dialog);
  g_assert_cmpuint (steward_csv_import_get_n_rows (import), ==, n_contacts);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, n_contacts);
  activate_import (dialog);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "contact"), ==, n_contacts);
  close_dialog (dialog);

  g_assert_true (steward_contacts_export (f->t->db, second_path, &options, &error));
  g_assert_no_error (error);
  first = read_file (first_path);
  second = read_file (second_path);
  g_assert_cmpstr (second, ==, first);

  dialog = open_dialog (sample, STEWARD_TYPE_CONTACT, file);
  import = steward_import_dialog_get_import (dialog);
  g_assert_cmpuint (steward_csv_import_get_n_good (import), ==, 0);
  g_assert_cmpuint (steward_csv_import_get_n_bad (import), ==, n_contacts);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "import_button")));
  close_dialog (dialog);
}

/* The register holds interested parties and issues in one table, an
 * interested party once per requirement: each import takes its own rows,
 * and each party once. */
static void
test_round_trip_register (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(StewardDatabase) sample = open_sample_database (f);
  g_autofree char *path = g_build_filename (f->t->dir, "register.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StewardContextExportOptions options = { .calendar = STEWARD_CALENDAR_GREGORIAN };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored_parties = NULL;
  StewardImportDialog *dialog;
  StewardCsvImport *import;
  guint n_issues;

  g_assert_true (steward_context_register_export (sample, path, &options, &error));
  g_assert_no_error (error);

  dialog = open_dialog (f->t->db, STEWARD_TYPE_CONTEXT_ISSUE, file);
  import = steward_import_dialog_get_import (dialog);
  n_issues = steward_csv_import_get_n_rows (import);
  g_assert_cmpuint (n_issues, >, 10);
  g_assert_cmpuint (steward_csv_import_get_n_bad (import), ==, 0);
  g_assert_true (notes_mention (import, _("The rows of interested parties were left out: import them from the Interested Parties page.")));
  save_png (dialog, "register-issues");
  activate_import (dialog);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "context_issue"), ==, n_issues);
  close_dialog (dialog);

  dialog = open_dialog (f->t->db, STEWARD_TYPE_PARTY, file);
  import = steward_import_dialog_get_import (dialog);
  g_assert_cmpuint (steward_csv_import_get_n_bad (import), ==, 0);
  g_assert_cmpint (steward_csv_import_get_n_rows (import), ==, steward_test_count_rows (sample, "party"));
  save_png (dialog, "register-parties");
  activate_import (dialog);
  close_dialog (dialog);

  /* Every interested party of the sample, with its scope and kind. */
  stored_parties = steward_test_load_all (f->t->db, STEWARD_TYPE_PARTY, NULL);
  g_assert_cmpint (stored_parties->len, ==, steward_test_count_rows (sample, "party"));
  for (guint i = 0; i < stored_parties->len; i++)
    {
      StewardParty *party = g_ptr_array_index (stored_parties, i);
      g_autoptr(StewardQuery) query = steward_query_new ();
      g_autoptr(GPtrArray) same = NULL;

      steward_query_where_string (query, "name", STEWARD_QUERY_EQUAL, steward_party_get_name (party));
      same = steward_test_load_all (sample, STEWARD_TYPE_PARTY, query);
      g_assert_cmpuint (same->len, ==, 1);
      g_assert_cmpint (steward_party_get_scope (g_ptr_array_index (same, 0)), ==, steward_party_get_scope (party));
      g_assert_cmpint (steward_party_get_kind (g_ptr_array_index (same, 0)), ==, steward_party_get_kind (party));
    }
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "import dialog");

#define ADD(path, func) \
  g_test_add ("/import-dialog/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("contacts", test_dialog_contacts);
  ADD ("issues", test_dialog_issues);
  ADD ("refused", test_dialog_refused);
  ADD ("round-trip/contacts", test_round_trip_contacts);
  ADD ("round-trip/register", test_round_trip_register);
#undef ADD

  return g_test_run ();
}
