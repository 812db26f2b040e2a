/* test-backup.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The backups: their names, folder and list, making them (also in a
 * thread, once a day), the rotation of the daily ones over fourteen months
 * of made-up days, restoring one (and refusing what is not a whole Steward
 * database of this version, with nothing touched) and the backup before a
 * migration. test-backup-cli runs `steward --backup` and `--restore`.
 * Also: a chosen folder keeps each database's backups apart, a backup cut
 * short (….db.partial) is never listed, and a restore over a file with a
 * hot rollback journal keeps its committed state and leaves no journal
 * behind.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/steward-person.h"
#include "store/steward-backup.h"
#include "store/steward-database.h"
#include "store/steward-database-private.h"

#include "backup-test-util.h"
#include "steward-test-util.h"

/* Helpers */

static GPtrArray *
list_paths (const char *database_path)
{
  g_autoptr(GListModel) backups = steward_backup_list (database_path);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_list_model_get_item_type (backups) == STEWARD_TYPE_BACKUP);
  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(StewardBackup) backup = g_list_model_get_item (backups, i);

      g_ptr_array_add (paths, g_path_get_basename (steward_backup_get_path (backup)));
    }

  return paths;
}

static void
touch (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "x", 1, &error);
  g_assert_no_error (error);
}

/* The subfolder of a chosen folder for the database at @path. */
static char *
dup_chosen_subfolder (const char *chosen,
                      const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *sub = g_strdup_printf ("steward-%.8s", hash);

  return g_build_filename (chosen, sub, NULL);
}

/* Naming, listing, the folder */

static void
test_naming (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *folder = steward_backup_dup_folder (t->path);
  g_autofree char *expected_folder = g_build_filename (t->dir, "backups", NULL);
  g_autofree char *made = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(StewardBackup) backup = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GDateTime) time = NULL;
  guint64 size = 0;
  int kind = -1;
  GStatBuf st;

  g_assert_cmpstr (folder, ==, expected_folder);

  made = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (made, expected_folder));
  base = g_path_get_basename (made);
  g_assert_true (g_regex_match_simple ("^steward-[0-9]{8}-[0-9]{6}-manual\\.db$", base, 0, 0));
  g_assert_cmpint (g_stat (made, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  backups = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  backup = g_list_model_get_item (backups, 0);
  g_assert_cmpstr (steward_backup_get_path (backup), ==, made);
  g_assert_cmpint (steward_backup_get_kind (backup), ==, STEWARD_BACKUP_MANUAL);
  g_assert_cmpuint (steward_backup_get_size (backup), ==, st.st_size);
  g_assert_cmpint (g_date_time_get_year (steward_backup_get_time (backup)), ==, g_date_time_get_year (now));
  g_assert_cmpint (g_date_time_get_day_of_year (steward_backup_get_time (backup)), ==,
                   g_date_time_get_day_of_year (now));

  g_object_get (backup, "kind", &kind, "kind-label", &label, "time", &time, "size", &size, NULL);
  g_assert_cmpint (kind, ==, STEWARD_BACKUP_MANUAL);
  g_assert_cmpstr (label, ==, steward_backup_kind_get_label (STEWARD_BACKUP_MANUAL));
  g_assert_true (g_date_time_equal (time, steward_backup_get_time (backup)));
  g_assert_cmpuint (size, ==, st.st_size);
  for (int k = STEWARD_BACKUP_DAILY; k <= STEWARD_BACKUP_MANUAL; k++)
    g_assert_cmpuint (strlen (steward_backup_kind_get_label (k)), >, 0);

  steward_test_raw_exec_file (made, "SELECT 1");
}

static void
test_list_order (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *folder = steward_backup_dup_folder (t->path);
  static const char * const files[] = {
    "steward-20250101-080000-v1.db",                 /* old, before a migration */
    "steward-20250101-080000-v1-1.db",               /* the same second, later */
    "steward-20260301-090000-daily.db",
    "steward-20260301-170000-manual.db",
    "steward-20251231-235959-before-restore.db",
    "steward-20260105-120000-before-migration-v6.db",
    /* Not backups of steward.db: */
    "other-20260101-080000-daily.db",
    "steward-isms-20260101-080000-daily.db",
    "steward-notes.db",
    "steward-20260230-080000-daily.db",              /* no such day */
    "steward-20260101-080000-weekly.db",
    "steward-20260101-080000-daily.txt",
  };
  static const char * const expected[] = {
    "steward-20260301-170000-manual.db",
    "steward-20260301-090000-daily.db",
    "steward-20260105-120000-before-migration-v6.db",
    "steward-20251231-235959-before-restore.db",
    "steward-20250101-080000-v1-1.db",
    "steward-20250101-080000-v1.db",
  };
  static const StewardBackupKind expected_kinds[] = {
    STEWARD_BACKUP_MANUAL,
    STEWARD_BACKUP_DAILY,
    STEWARD_BACKUP_BEFORE_MIGRATION,
    STEWARD_BACKUP_BEFORE_RESTORE,
    STEWARD_BACKUP_BEFORE_MIGRATION,
    STEWARD_BACKUP_BEFORE_MIGRATION,
  };
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(StewardBackup) oldest = NULL;
  g_autofree char *other_db = g_build_filename (t->dir, "steward-isms.db", NULL);
  g_autoptr(GPtrArray) other_paths = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (folder, files[i], NULL);

      touch (path);
    }

  paths = list_paths (t->path);
  g_assert_cmpuint (paths->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (paths, i), ==, expected[i]);

  backups = steward_backup_list (t->path);
  for (guint i = 0; i < G_N_ELEMENTS (expected_kinds); i++)
    {
      g_autoptr(StewardBackup) backup = g_list_model_get_item (backups, i);

      g_assert_cmpint (steward_backup_get_kind (backup), ==, expected_kinds[i]);
    }

  oldest = g_list_model_get_item (backups, G_N_ELEMENTS (expected) - 1);
  g_assert_cmpint (g_date_time_get_year (steward_backup_get_time (oldest)), ==, 2025);
  g_assert_cmpint (g_date_time_get_month (steward_backup_get_time (oldest)), ==, 1);
  g_assert_cmpint (g_date_time_get_hour (steward_backup_get_time (oldest)), ==, 8);

  /* A database whose name has a dash sees its own only. */
  other_paths = list_paths (other_db);
  g_assert_cmpuint (other_paths->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (other_paths, 0), ==, "steward-isms-20260101-080000-daily.db");
}

static void
test_folder_override (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *chosen = g_build_filename (t->dir, "chosen", "place", NULL);
  g_autofree char *default_folder = g_build_filename (t->dir, "backups", NULL);
  g_autofree char *expected = dup_chosen_subfolder (chosen, t->path);
  g_autofree char *folder = NULL;
  g_autofree char *made = NULL;
  g_autofree char *made_dir = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;

  /* In a chosen folder, a subfolder of the database's own. */
  steward_backup_set_folder (chosen);
  folder = steward_backup_dup_folder (t->path);
  g_assert_cmpstr (folder, ==, expected);

  made = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  made_dir = g_path_get_dirname (made);
  g_assert_cmpstr (made_dir, ==, expected);
  g_assert_false (g_file_test (default_folder, G_FILE_TEST_EXISTS));
  paths = list_paths (t->path);
  g_assert_cmpuint (paths->len, ==, 1);
  g_clear_pointer (&paths, g_ptr_array_unref);

  /* Back to the default: the chosen folder's backups are not listed. */
  steward_backup_set_folder ("");
  g_clear_pointer (&folder, g_free);
  folder = steward_backup_dup_folder (t->path);
  g_assert_cmpstr (folder, ==, default_folder);
  paths = list_paths (t->path);
  g_assert_cmpuint (paths->len, ==, 0);

  steward_backup_set_folder (NULL);
}

/* Two databases of the same name in different folders, one chosen folder:
 * each has its backups apart, lists its own, and rotating one leaves the
 * other's. */
static void
test_folder_same_name (void)
{
  g_autoptr(StewardTestDb) a = steward_test_db_new ();
  g_autoptr(StewardTestDb) b = steward_test_db_new ();
  g_autofree char *chosen = g_build_filename (a->dir, "chosen", NULL);
  g_autofree char *folder_a = NULL;
  g_autofree char *folder_b = NULL;
  g_autofree char *made_a = NULL;
  g_autofree char *made_b = NULL;
  g_autofree char *dir_a = NULL;
  g_autofree char *dir_b = NULL;
  g_autoptr(GPtrArray) paths_a = NULL;
  g_autoptr(GPtrArray) paths_b = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 1, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  guint removed;

  g_assert_true (g_str_has_suffix (a->path, "/steward.db"));
  g_assert_true (g_str_has_suffix (b->path, "/steward.db"));
  steward_backup_set_folder (chosen);

  folder_a = steward_backup_dup_folder (a->path);
  folder_b = steward_backup_dup_folder (b->path);
  g_assert_cmpstr (folder_a, !=, folder_b);
  g_assert_true (g_str_has_prefix (folder_a, chosen));
  g_assert_true (g_str_has_prefix (folder_b, chosen));

  made_a = steward_backup_make (a->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  made_b = steward_backup_make (b->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  dir_a = g_path_get_dirname (made_a);
  dir_b = g_path_get_dirname (made_b);
  g_assert_cmpstr (dir_a, ==, folder_a);
  g_assert_cmpstr (dir_b, ==, folder_b);

  /* Ten daily backups of each, January 2026. */
  for (int day = 1; day <= 10; day++)
    {
      g_autofree char *name = g_strdup_printf ("steward-202601%02d-090000-daily.db", day);
      g_autofree char *path_a = g_build_filename (folder_a, name, NULL);
      g_autofree char *path_b = g_build_filename (folder_b, name, NULL);

      touch (path_a);
      touch (path_b);
    }

  paths_a = list_paths (a->path);
  paths_b = list_paths (b->path);
  g_assert_cmpuint (paths_a->len, ==, 11);
  g_assert_cmpuint (paths_b->len, ==, 11);
  g_clear_pointer (&paths_a, g_ptr_array_unref);
  g_clear_pointer (&paths_b, g_ptr_array_unref);

  /* Rotating a's: the three oldest of its days go; b's all stay. */
  removed = steward_backup_rotate (a->path, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 3);
  paths_a = list_paths (a->path);
  paths_b = list_paths (b->path);
  g_assert_cmpuint (paths_a->len, ==, 8);
  g_assert_cmpuint (paths_b->len, ==, 11);
  for (int day = 1; day <= 10; day++)
    {
      g_autofree char *name = g_strdup_printf ("steward-202601%02d-090000-daily.db", day);
      g_autofree char *path_b = g_build_filename (folder_b, name, NULL);

      g_assert_true (g_file_test (path_b, G_FILE_TEST_EXISTS));
    }

  steward_backup_set_folder (NULL);
}

/* A backup cut short by a crash, "….db.partial", is neither listed nor
 * counted as the day's daily backup; a backup made leaves no ".partial". */
static void
test_partial_not_listed (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *folder = steward_backup_dup_folder (t->path);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 18, 0, 0);
  g_autofree char *stale = g_build_filename (folder, "steward-20260310-090000-daily.db.partial", NULL);
  g_autofree char *stale_manual = g_build_filename (folder, "steward-20260310-100000-manual.db.partial", NULL);
  g_autofree char *daily = NULL;
  g_autofree char *manual = NULL;
  g_autofree char *copy = g_build_filename (t->dir, "copy.db", NULL);
  g_autofree char *copy_partial = g_strconcat (copy, ".partial", NULL);
  g_autofree char *daily_partial = NULL;
  g_autofree char *manual_partial = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  touch (stale);
  touch (stale_manual);

  paths = list_paths (t->path);
  g_assert_cmpuint (paths->len, ==, 0);
  g_clear_pointer (&paths, g_ptr_array_unref);

  /* Not today's daily backup: one is still due. */
  daily = steward_backup_make_daily_if_due (t->db, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (daily);
  g_assert_true (g_str_has_suffix (daily, ".db"));
  daily_partial = g_strconcat (daily, ".partial", NULL);
  g_assert_false (g_file_test (daily_partial, G_FILE_TEST_EXISTS));

  manual = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  manual_partial = g_strconcat (manual, ".partial", NULL);
  g_assert_false (g_file_test (manual_partial, G_FILE_TEST_EXISTS));

  g_assert_true (steward_backup_make_to_file (t->db, copy, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (copy_partial, G_FILE_TEST_EXISTS));

  paths = list_paths (t->path);
  g_assert_cmpuint (paths->len, ==, 2);
  for (guint i = 0; i < paths->len; i++)
    g_assert_true (g_str_has_suffix (g_ptr_array_index (paths, i), ".db"));

  /* The stale ones are left alone (and the rotation does not see them). */
  g_assert_true (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (stale_manual, G_FILE_TEST_EXISTS));
}

/* Making */

static void
test_make_to_file (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *dest = g_build_filename (t->dir, "copies", "copy.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  add_person (t->db, "王小明");
  add_person (t->db, "林美玲");

  g_assert_true (steward_backup_make_to_file (t->db, dest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (count_people_named (dest, "王小明"), ==, 1);
  g_assert_cmpint (count_people_named (dest, "林美玲"), ==, 1);

  /* Never over a file. */
  add_person (t->db, "陳志豪");
  g_assert_true (g_file_get_contents (dest, &before, NULL, NULL));
  g_assert_false (steward_backup_make_to_file (t->db, dest, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST);
  g_assert_true (g_file_get_contents (dest, &after, NULL, NULL));
  g_assert_cmpint (count_people_named (dest, "陳志豪"), ==, 0);
}

static void
test_make_twice_same_second (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;

  first = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  second = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (second, G_FILE_TEST_EXISTS));
}

static void
test_daily_if_due (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 3, 10, 9, 0, 0);
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 3, 10, 18, 30, 0);
  g_autoptr(GDateTime) next_day = g_date_time_new_local (2026, 3, 11, 8, 0, 0);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *next = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;

  add_person (t->db, "王小明");

  first = steward_backup_make_daily_if_due (t->db, morning, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  base = g_path_get_basename (first);
  g_assert_cmpstr (base, ==, "steward-20260310-090000-daily.db");
  g_assert_cmpint (count_people_named (first, "王小明"), ==, 1);

  /* Twice the same day: one backup. */
  again = steward_backup_make_daily_if_due (t->db, evening, &error);
  g_assert_no_error (error);
  g_assert_null (again);

  /* A manual backup is not the day's daily one. */
  next = steward_backup_make_daily_if_due (t->db, next_day, &error);
  g_assert_no_error (error);
  g_assert_nonnull (next);

  paths = list_paths (t->path);
  g_assert_cmpuint (paths->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (paths, 0), ==, "steward-20260311-080000-daily.db");
  g_assert_cmpstr (g_ptr_array_index (paths, 1), ==, "steward-20260310-090000-daily.db");
}

static void
on_daily_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  char **out = user_data;
  g_autoptr(GError) error = NULL;

  out[0] = steward_backup_make_daily_finish (STEWARD_DATABASE (source), result, &error);
  g_assert_no_error (error);
  out[1] = (char *)"done";
}

static char *
make_daily_async_and_wait (StewardDatabase *db)
{
  char *out[2] = { NULL, NULL };

  steward_backup_make_daily_async (db, NULL, on_daily_done_cb, out);
  while (out[1] == NULL)
    g_main_context_iteration (NULL, TRUE);

  return out[0];
}

static void
test_daily_async (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *made = NULL;
  g_autofree char *again = NULL;

  add_person (t->db, "林美玲");

  made = make_daily_async_and_wait (t->db);
  g_assert_nonnull (made);
  g_assert_nonnull (strstr (made, "-daily.db"));
  g_assert_cmpint (count_people_named (made, "林美玲"), ==, 1);

  /* The window's connection writes on while the thread's has copied. */
  add_person (t->db, "陳志豪");
  again = make_daily_async_and_wait (t->db);
  g_assert_null (again);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, 2);
}

typedef struct
{
  char    *path;
  GError  *error;
  gboolean done;
} Made;

static void
on_made_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Made *made = user_data;

  made->path = steward_backup_make_finish (STEWARD_DATABASE (source), result, &made->error);
  made->done = TRUE;
}

/* Back Up Now's copy: made in a thread, of what the window's connection had
 * written, under a name of its kind; a copy cancelled before it starts
 * makes nothing. */
static void
test_make_async (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(StewardBackup) backup = NULL;
  Made made = { NULL, NULL, FALSE };

  add_person (t->db, "林美玲");

  steward_backup_make_async (t->db, STEWARD_BACKUP_MANUAL, NULL, on_made_cb, &made);
  g_assert_false (made.done);
  while (!made.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (made.error);
  g_assert_nonnull (made.path);
  g_assert_true (g_str_has_suffix (made.path, "-manual.db"));
  g_assert_cmpint (count_people_named (made.path, "林美玲"), ==, 1);

  listed = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  backup = g_list_model_get_item (listed, 0);
  g_assert_cmpint (steward_backup_get_kind (backup), ==, STEWARD_BACKUP_MANUAL);
  g_clear_pointer (&made.path, g_free);
  g_clear_object (&listed);

  made.done = FALSE;
  g_cancellable_cancel (cancellable);
  steward_backup_make_async (t->db, STEWARD_BACKUP_MANUAL, cancellable, on_made_cb, &made);
  while (!made.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (made.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (made.path);
  g_clear_error (&made.error);
  listed = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
}

/* Rotation */

static void
test_rotate (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *folder = steward_backup_dup_folder (t->path);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 2, 28, 20, 0, 0);
  g_autoptr(GDateTime) day = g_date_time_new_local (2025, 1, 1, 0, 0, 0);
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const always_kept[] = {
    "steward-20250110-090000-manual.db",
    "steward-20250215-090000-before-migration-v5.db",
    "steward-20250301-090000-v4.db",
    "steward-20250402-090000-before-restore.db",
    /* After now, a clock set back: kept, and not counted. */
    "steward-20260305-090000-daily.db",
  };
  static const char * const daily_kept[] = {
    /* The last seven days, the newest of each. */
    "steward-20260228-090000-daily.db",
    "steward-20260227-090000-daily.db",
    "steward-20260226-090000-daily.db",
    "steward-20260225-090000-daily.db",
    "steward-20260224-170000-daily.db",
    "steward-20260223-090000-daily.db",
    "steward-20260222-090000-daily.db",
    /* The last twelve months, the newest of each (February's is above). */
    "steward-20260131-090000-daily.db",
    "steward-20251231-170000-daily.db",
    "steward-20251130-090000-daily.db",
    "steward-20251031-090000-daily.db",
    "steward-20250930-090000-daily.db",
    "steward-20250831-090000-daily.db",
    "steward-20250731-090000-daily.db",
    "steward-20250630-090000-daily.db",
    "steward-20250531-090000-daily.db",
    "steward-20250430-170000-daily.db",
    "steward-20250331-170000-daily.db",
  };
  guint n_files = 0;
  guint removed;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);

  /* A daily backup each day from 2025-01-01 to 2026-02-28 at nine, and a
   * second at five on every fifth day of the year; the files' times agree
   * with their names. */
  while (g_date_time_compare (day, now) < 0)
    {
      for (int hour = 9; hour <= 17; hour += 8)
        {
          g_autoptr(GDateTime) when = g_date_time_add_hours (day, hour);
          g_autofree char *stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");
          g_autofree char *name = g_strdup_printf ("steward-%s-daily.db", stamp);
          g_autofree char *path = g_build_filename (folder, name, NULL);
          struct utimbuf times = { g_date_time_to_unix (when), g_date_time_to_unix (when) };

          if (hour == 17 && g_date_time_get_day_of_year (day) % 5 != 0)
            continue;
          touch (path);
          g_assert_cmpint (utime (path, &times), ==, 0);
          n_files++;
        }

      {
        GDateTime *next = g_date_time_add_days (day, 1);

        g_date_time_unref (day);
        day = next;
      }
    }

  for (guint i = 0; i < G_N_ELEMENTS (always_kept); i++)
    {
      g_autofree char *path = g_build_filename (folder, always_kept[i], NULL);

      touch (path);
      g_hash_table_add (expected, (gpointer)always_kept[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (daily_kept); i++)
    {
      g_autofree char *path = g_build_filename (folder, daily_kept[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      g_hash_table_add (expected, (gpointer)daily_kept[i]);
    }
  g_test_message ("%u daily backups over 14 months", n_files);
  g_assert_cmpuint (n_files, >, 400);

  removed = steward_backup_rotate (t->path, now, &error);
  g_assert_no_error (error);
  left = list_paths (t->path);
  for (guint i = 0; i < left->len; i++)
    g_test_message ("kept: %s", (const char *)g_ptr_array_index (left, i));
  g_assert_cmpuint (removed, ==, n_files - G_N_ELEMENTS (daily_kept));
  g_assert_cmpuint (left->len, ==, g_hash_table_size (expected));
  for (guint i = 0; i < left->len; i++)
    g_assert_true (g_hash_table_contains (expected, g_ptr_array_index (left, i)));

  /* Again: nothing more to remove. */
  g_assert_cmpuint (steward_backup_rotate (t->path, now, &error), ==, 0);
  g_assert_no_error (error);
}

/* Restoring */

static void
test_restore (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardDatabase) restored = NULL;
  const char *name;
  GStatBuf st;

  add_person (t->db, "備份前");
  backup = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  add_person (t->db, "備份後");
  steward_database_close (t->db);
  g_clear_object (&t->db);

  /* A WAL file left beside it moves with it. */
  {
    g_autofree char *wal = g_strconcat (t->path, "-wal", NULL);

    g_assert_true (g_file_set_contents (wal, "", 0, NULL));
  }

  g_assert_true (steward_backup_restore (t->path, backup, &kept, &error));
  g_assert_no_error (error);

  /* The file as it was: a backup of its own, listed… */
  g_assert_nonnull (kept);
  g_assert_nonnull (strstr (kept, "-before-restore.db"));
  g_assert_cmpint (count_people_named (kept, "備份後"), ==, 1);
  backups = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 2);
  {
    g_autoptr(StewardBackup) newest = g_list_model_get_item (backups, 0);
    g_autoptr(StewardBackup) older = g_list_model_get_item (backups, 1);

    /* Both in the same second maybe: the kinds tell them apart. */
    g_assert_true ((steward_backup_get_kind (newest) == STEWARD_BACKUP_BEFORE_RESTORE) !=
                   (steward_backup_get_kind (older) == STEWARD_BACKUP_BEFORE_RESTORE));
  }

  /* …and renamed beside itself, with its WAL file. */
  listing = g_dir_open (t->dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "steward.db.set-aside-"))
      {
        if (g_str_has_suffix (name, "-wal"))
          aside_wal = g_build_filename (t->dir, name, NULL);
        else if (!g_str_has_suffix (name, "-shm"))
          aside = g_build_filename (t->dir, name, NULL);
      }
  g_assert_nonnull (aside);
  g_assert_nonnull (aside_wal);
  g_assert_cmpint (count_people_named (aside, "備份後"), ==, 1);

  /* The backup in its place, private, opening as Steward opens it. */
  g_assert_cmpint (g_stat (t->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  restored = steward_database_open (t->path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_clear_object (&restored);
  g_assert_cmpint (count_people_named (t->path, "備份前"), ==, 1);
  g_assert_cmpint (count_people_named (t->path, "備份後"), ==, 0);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_restore_damaged_current (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) backups = NULL;

  add_person (t->db, "備份前");
  backup = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  steward_database_close (t->db);
  g_clear_object (&t->db);

  /* The current file cannot be read: it is only set aside. */
  g_assert_true (g_file_set_contents (t->path, "not a database any more", -1, NULL));
  g_assert_true (steward_backup_restore (t->path, backup, &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (kept, "steward.db.set-aside-"));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "not a database any more");
  }
  backups = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  g_assert_cmpint (count_people_named (t->path, "備份前"), ==, 1);
}

/* A crash mid-transaction in rollback-journal mode (as on a network file
 * system) leaves a hot journal beside the file. A restore rolls it back
 * first: the backup of the file before is its last committed state, and no
 * journal is left to be played back into the restored file. */
static void
test_restore_hot_journal (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *journal = g_strconcat (t->path, "-journal", NULL);
  g_autofree char *mode = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *before_crash = NULL;
  g_autofree char *after_crash = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_length = 0;
  gsize after_length = 0;
  sqlite3 *raw;
  GStatBuf st;
  pid_t pid;
  int status = 0;

  add_person (t->db, "備份前");
  backup = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  add_person (t->db, "備份後");
  steward_database_close (t->db);
  g_clear_object (&t->db);

  /* Rollback-journal mode, and enough rows for the copies to take several
   * steps (over 256 pages). */
  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READWRITE);
  mode = steward_test_raw_text (raw, "PRAGMA journal_mode=DELETE");
  g_assert_cmpstr (mode, ==, "delete");
  steward_test_raw_exec (raw,
                         "CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT);"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                         "INSERT INTO filler SELECT i, 'old ' || printf ('%0300d', i) FROM n");
  g_assert_cmpint (steward_test_raw_int (raw, "PRAGMA page_count"), >, 256);
  sqlite3_close (raw);
  g_assert_true (g_file_get_contents (t->path, &before_crash, &before_length, NULL));

  /* A writer that dies before its COMMIT, its changes spilled to the file. */
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *child = NULL;

      if (sqlite3_open_v2 (t->path, &child, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
          sqlite3_exec (child,
                        "PRAGMA cache_size = 10;"
                        "BEGIN;"
                        "UPDATE filler SET body = 'new ' || substr (body, 5);",
                        NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      kill (getpid (), SIGKILL);
      _exit (2);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  g_assert_cmpint (g_stat (journal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  g_assert_true (g_file_get_contents (t->path, &after_crash, &after_length, NULL));
  /* Some of its pages were written to the file: only the journal has
   * them as they were. */
  g_assert_true (before_length != after_length || memcmp (before_crash, after_crash, before_length) != 0);

  g_assert_true (steward_backup_restore (t->path, backup, &kept, &error));
  g_assert_no_error (error);

  /* No journal is left beside the restored file, which is whole and the
   * backup's. */
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READWRITE);
  integrity = steward_test_raw_text (raw, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM sqlite_master WHERE name = 'filler'"), ==, 0);
  sqlite3_close (raw);
  g_assert_cmpint (count_people_named (t->path, "備份前"), ==, 1);
  g_assert_cmpint (count_people_named (t->path, "備份後"), ==, 0);

  /* The file before: its last committed state, without the dead writer's
   * changes. */
  g_assert_nonnull (kept);
  g_assert_nonnull (strstr (kept, "-before-restore.db"));
  raw = steward_test_raw_open (kept, SQLITE_OPEN_READONLY);
  g_clear_pointer (&integrity, g_free);
  integrity = steward_test_raw_text (raw, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM filler WHERE body LIKE 'old %'"), ==, 5000);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM filler"), ==, 5000);
  sqlite3_close (raw);
  g_assert_cmpint (count_people_named (kept, "備份後"), ==, 1);
}

static void
test_restore_refused (void)
{
  static const struct {
    BadBackup  how;
    int        code;
    const char *what;
  } cases[] = {
    { BAD_TEXT, STEWARD_DATABASE_ERROR_NOT_A_DATABASE, "text" },
    { BAD_EMPTY, STEWARD_DATABASE_ERROR_NOT_A_DATABASE, "empty" },
    { BAD_TRUNCATED, STEWARD_DATABASE_ERROR_CORRUPT, "truncated" },
    { BAD_DAMAGED, STEWARD_DATABASE_ERROR_CORRUPT, "damaged" },
    { BAD_NEWER, STEWARD_DATABASE_ERROR_TOO_NEW, "newer" },
    { BAD_FOREIGN, STEWARD_DATABASE_ERROR_NOT_A_DATABASE, "foreign" },
    { BAD_PLAIN_SQLITE, STEWARD_DATABASE_ERROR_NOT_A_DATABASE, "plain sqlite" },
  };
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *good = NULL;
  g_autofree char *outside = g_build_filename (g_get_tmp_dir (), "steward-test-backup-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;

  add_person (t->db, "王小明");
  for (int i = 0; i < 80; i++)
    {
      g_autofree char *name = g_strdup_printf ("委員 %d 號", i);

      add_person (t->db, name);
    }
  good = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  steward_database_close (t->db);
  g_clear_object (&t->db);

  g_assert_nonnull (g_mkdtemp (outside));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *bad = g_build_filename (outside, "bad.db", NULL);
      g_autofree char *tree_before = NULL;
      g_autofree char *tree_after = NULL;
      g_autofree char *kept = NULL;

      g_test_message ("a backup that is %s", cases[i].what);
      make_bad_backup (good, bad, cases[i].how);
      tree_before = dup_tree (t->dir);

      g_assert_false (steward_backup_restore (t->path, bad, &kept, &error));
      g_assert_error (error, STEWARD_DATABASE_ERROR, cases[i].code);
      g_test_message ("refused: %s", error->message);
      g_assert_nonnull (strstr (error->message, "bad.db"));
      g_clear_error (&error);
      g_assert_null (kept);

      /* Nothing touched: the database, its folder, the backups. */
      tree_after = dup_tree (t->dir);
      g_assert_cmpstr (tree_after, ==, tree_before);
      g_unlink (bad);
    }

  g_assert_cmpint (count_people_named (t->path, "王小明"), ==, 1);
  steward_test_remove_tree (outside);
}

/* Before a migration */

static void
test_migration_kind (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *made = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(StewardBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw;

  add_person (t->db, "遷移前");
  steward_database_close (t->db);
  g_clear_object (&t->db);

  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);
  made = _steward_backup_make_before_migration (raw, t->path, 3, &error);
  sqlite3_close (raw);
  g_assert_no_error (error);

  base = g_path_get_basename (made);
  g_assert_true (g_regex_match_simple ("^steward-[0-9]{8}-[0-9]{6}-before-migration-v3\\.db$", base, 0, 0));
  backups = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  backup = g_list_model_get_item (backups, 0);
  g_assert_cmpint (steward_backup_get_kind (backup), ==, STEWARD_BACKUP_BEFORE_MIGRATION);
  g_assert_cmpint (count_people_named (made, "遷移前"), ==, 1);

  /* A daily backup is still due that day. */
  t->db = steward_test_open_database (t->path);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *daily = steward_backup_make_daily_if_due (t->db, now, &error);

    g_assert_no_error (error);
    g_assert_nonnull (daily);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/naming", test_naming);
  g_test_add_func ("/backup/list-order", test_list_order);
  g_test_add_func ("/backup/folder-override", test_folder_override);
  g_test_add_func ("/backup/folder-same-name", test_folder_same_name);
  g_test_add_func ("/backup/partial-not-listed", test_partial_not_listed);
  g_test_add_func ("/backup/make-to-file", test_make_to_file);
  g_test_add_func ("/backup/make-twice-same-second", test_make_twice_same_second);
  g_test_add_func ("/backup/daily-if-due", test_daily_if_due);
  g_test_add_func ("/backup/daily-async", test_daily_async);
  g_test_add_func ("/backup/make-async", test_make_async);
  g_test_add_func ("/backup/rotate", test_rotate);
  g_test_add_func ("/backup/restore", test_restore);
  g_test_add_func ("/backup/restore-damaged-current", test_restore_damaged_current);
  g_test_add_func ("/backup/restore-hot-journal", test_restore_hot_journal);
  g_test_add_func ("/backup/restore-refused", test_restore_refused);
  g_test_add_func ("/backup/migration-kind", test_migration_kind);

  return g_test_run ();
}
