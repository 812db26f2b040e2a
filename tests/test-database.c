/* test-database.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of the store: opening and creating files, refusing bad ones without
 * touching them, migrations and backups, the history, transactions, the
 * changed signal, injection and queries. sqlite3 is used directly only to
 * craft bad files and to look at a file behind the store's back.
 */

/* setgroups() */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <utime.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/steward-backup.h"
#include "store/steward-database.h"
#include "model/steward-history-entry.h"
#include "model/steward-person.h"
#include "logic/steward-sample-data.h"

#include "steward-test-util.h"

#define NOBODY 65534
#define STEWARD_APPLICATION_ID 0x53545744 /* "STWD" */

/* Helpers (those the unit tests share are in steward-test-util.h) */

static char *
build_path (const char *dir,
            const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* Helpers: a file's bytes and times, to prove that nothing wrote to it */

typedef struct
{
  char            *path;
  GBytes          *bytes;
  struct timespec  mtime;
  mode_t           mode;
} Snapshot;

static Snapshot *
snapshot_take (const char *path)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  snapshot->path = g_strdup (path);
  snapshot->bytes = g_bytes_new_take (contents, length);
  snapshot->mtime = st.st_mtim;
  snapshot->mode = st.st_mode;

  return snapshot;
}

static void
snapshot_free (Snapshot *snapshot)
{
  g_free (snapshot->path);
  g_bytes_unref (snapshot->bytes);
  g_free (snapshot);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static gboolean
file_has_bytes (const char *path,
                GBytes     *bytes)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return length == g_bytes_get_size (bytes) &&
         memcmp (contents, g_bytes_get_data (bytes, NULL), length) == 0;
}

static void
snapshot_assert_unchanged (Snapshot *snapshot)
{
  struct stat st;

  g_assert_cmpint (stat (snapshot->path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, g_bytes_get_size (snapshot->bytes));
  g_assert_true (file_has_bytes (snapshot->path, snapshot->bytes));
  g_assert_cmpint (st.st_mtim.tv_sec, ==, snapshot->mtime.tv_sec);
  g_assert_cmpint (st.st_mtim.tv_nsec, ==, snapshot->mtime.tv_nsec);
  g_assert_cmpint (st.st_mode, ==, snapshot->mode);
}

/* Helpers: Steward databases */

/* A real Steward database with the small sample data, closed again. */
static char *
create_filled_db (const char *dir,
                  const char *name)
{
  char *path = build_path (dir, name);
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;

  steward_sample_data_fill (db, STEWARD_SAMPLE_SMALL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_database_count (db, "person", NULL, NULL), >, 0);
  steward_database_close (db);

  return path;
}

static gint64
insert_person (StewardDatabase  *db,
               const char       *name,
               const char       *unit,
               const char       *title,
               GError          **error)
{
  static const char * const columns[] = { "name", "unit", "title" };
  GValue values[3] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  gint64 id;

  g_value_init (&values[0], G_TYPE_STRING);
  g_value_set_string (&values[0], name);
  g_value_init (&values[1], G_TYPE_STRING);
  g_value_set_string (&values[1], unit);
  g_value_init (&values[2], G_TYPE_STRING);
  g_value_set_string (&values[2], title);

  id = steward_database_insert (db, "person", 0, columns, values, 3, error);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_value_unset (&values[i]);

  return id;
}

static gboolean
update_person_title (StewardDatabase  *db,
                     gint64            id,
                     const char       *title,
                     GError          **error)
{
  static const char * const columns[] = { "title" };
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, title);

  return steward_database_update (db, "person", id, columns, &value, 1, error);
}

static gint64
insert_body (StewardDatabase  *db,
             const char       *kind,
             const char       *name,
             gint64            parent_id,
             GError          **error)
{
  static const char * const columns[] = { "kind", "name", "parent_id" };
  GValue values[3] = { G_VALUE_INIT, G_VALUE_INIT, G_VALUE_INIT };
  gint64 id;

  g_value_init (&values[0], G_TYPE_STRING);
  g_value_set_string (&values[0], kind);
  g_value_init (&values[1], G_TYPE_STRING);
  g_value_set_string (&values[1], name);
  if (parent_id != 0)
    {
      g_value_init (&values[2], G_TYPE_INT64);
      g_value_set_int64 (&values[2], parent_id);
    }

  id = steward_database_insert (db, "body", 0, columns, values, 3, error);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);

  return id;
}

static gboolean
collect_first_string_cb (const GValue *values,
                         guint         n_values,
                         gpointer      user_data)
{
  GPtrArray *out = user_data;

  g_assert_cmpuint (n_values, >=, 1);
  g_ptr_array_add (out, G_IS_VALUE (&values[0]) ? g_value_dup_string (&values[0]) : NULL);

  return TRUE;
}

/* The names of the people a query selects, in its order. */
static GPtrArray *
select_names (StewardDatabase *db,
              StewardQuery    *query)
{
  static const char * const columns[] = { "name" };
  static const StewardStorage storage[] = { STEWARD_STORAGE_TEXT };
  g_autoptr(GError) error = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  steward_database_select (db, "person", columns, storage, 1, query,
                           collect_first_string_cb, names, &error);
  g_assert_no_error (error);

  return names;
}

/* Helpers: the changed signal */

typedef struct
{
  guint       total;
  GHashTable *per_table;   /* detail → count */
  GPtrArray  *last_tables; /* the tables argument of the last emission */
} ChangedLog;

static void
changed_log_init (ChangedLog *log)
{
  log->total = 0;
  log->per_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  log->last_tables = g_ptr_array_new_with_free_func (g_free);
}

static void
changed_log_clear (ChangedLog *log)
{
  g_clear_pointer (&log->per_table, g_hash_table_unref);
  g_clear_pointer (&log->last_tables, g_ptr_array_unref);
}

static guint
changed_log_count (ChangedLog *log,
                   const char *table)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (log->per_table, table));
}

static void
on_changed_cb (StewardDatabase    *db,
               const char * const *tables,
               gpointer            user_data)
{
  ChangedLog *log = user_data;
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (db);
  const char *detail = g_quark_to_string (hint->detail);

  g_assert_nonnull (detail);
  g_assert_nonnull (tables);
  g_assert_true (g_strv_contains (tables, detail));

  log->total++;
  g_hash_table_insert (log->per_table, g_strdup (detail),
                       GUINT_TO_POINTER (changed_log_count (log, detail) + 1));

  g_ptr_array_set_size (log->last_tables, 0);
  for (guint i = 0; tables[i] != NULL; i++)
    g_ptr_array_add (log->last_tables, g_strdup (tables[i]));
}

/* New databases */

/* The paths of steward_backup_list(), newest first. */
static GPtrArray *
list_backup_paths (const char *path)
{
  g_autoptr(GListModel) backups = steward_backup_list (path);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(StewardBackup) backup = g_list_model_get_item (backups, i);

      g_ptr_array_add (paths, g_strdup (steward_backup_get_path (backup)));
    }

  return paths;
}

static void
test_new_database (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autofree char *backups = build_path (dir, "backups");
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GPtrArray) backup_list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal_mode = NULL;
  sqlite3 *raw;
  struct stat st;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  db = steward_test_open_database (path);
  g_assert_cmpstr (steward_database_get_path (db), ==, path);
  g_assert_false (steward_database_is_read_only (db));
  g_assert_cmpint (steward_database_get_latest_version (), >=, 1);
  g_assert_cmpint (steward_database_get_schema_version (db), ==, steward_database_get_latest_version ());

  /* Private to its user. */
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* No backup of a file that held nothing. */
  g_assert_null (steward_database_get_backup_path (db));
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  backup_list = list_backup_paths (path);
  g_assert_cmpuint (backup_list->len, ==, 0);

  /* foreign_keys is a property of the connection: prove it by behaviour. */
  g_assert_cmpint (insert_body (db, "ciso", "資訊安全官", 9999, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (db, "body"), ==, 0);

  /* What is in the file, seen by another connection. */
  raw = steward_test_raw_open (path, SQLITE_OPEN_READONLY);
  journal_mode = steward_test_raw_text (raw, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (steward_test_raw_int (raw, "PRAGMA user_version"), ==, steward_database_get_latest_version ());
  g_assert_cmpint (steward_test_raw_int (raw, "PRAGMA application_id"), ==, STEWARD_APPLICATION_ID);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                                              " AND name IN ('meta', 'history', 'person', 'body', 'duty')"), ==, 5);
  sqlite3_close (raw);

  /* Opening it again needs no migration and makes no backup. */
  g_clear_object (&db);
  db = steward_test_open_database (path);
  g_assert_cmpint (steward_database_get_schema_version (db), ==, steward_database_get_latest_version ());
  g_assert_null (steward_database_get_backup_path (db));
  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static void
test_new_database_parent_folders (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "a", "b", "c", "steward.db", NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *top = g_build_filename (dir, "a", NULL);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  /* The first run: $XDG_DATA_HOME/steward does not exist yet. */
  g_assert_false (g_file_test (top, G_FILE_TEST_EXISTS));
  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  g_assert_true (g_file_test (parent, G_FILE_TEST_IS_DIR));
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (steward_database_get_schema_version (db), ==, steward_database_get_latest_version ());

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static void
test_default_path (void)
{
  g_autofree char *path = steward_database_dup_default_path ();
  g_autofree char *expected = NULL;
  g_autoptr(StewardDatabase) db = NULL;
  struct stat st;

  /* G_TEST_OPTION_ISOLATE_DIRS gives every test its own XDG_DATA_HOME,
   * which does not exist yet. */
  expected = g_build_filename (g_get_user_data_dir (), "steward", "steward.db", NULL);
  g_assert_cmpstr (path, ==, expected);

  /* The first run creates it, folders and all. */
  db = steward_test_open_database (path);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpstr (steward_database_get_path (db), ==, path);
}

static void
test_missing_read_only (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "absent.db");
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* Opening read-only never creates the file. */
  db = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_null (db);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  steward_test_remove_tree (dir);
}

/* Bad files: the right error, and the file left exactly as it was. */

static void
assert_open_fails (const char               *path,
                   StewardDatabaseOpenFlags  flags,
                   int                       code)
{
  g_autoptr(Snapshot) snapshot = snapshot_take (path);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = steward_database_open (path, flags, &error);
  g_assert_null (db);
  g_assert_error (error, STEWARD_DATABASE_ERROR, code);
  g_test_message ("%s: %s", path, error->message);

  snapshot_assert_unchanged (snapshot);
}

static void
test_bad_file_text (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "notes.db");
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "not a database\nbut a note about one\n", -1, &error);
  g_assert_no_error (error);

  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFAULT, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);
  assert_open_fails (path, STEWARD_DATABASE_OPEN_READ_ONLY, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);

  /* A long text file, longer than the SQLite header. */
  {
    g_autoptr(GString) text = g_string_new (NULL);

    for (guint i = 0; i < 1000; i++)
      g_string_append (text, "資訊安全委員會 minutes, line after line.\n");
    g_file_set_contents (path, text->str, text->len, &error);
    g_assert_no_error (error);
  }
  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFAULT, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);

  steward_test_remove_tree (dir);
}

static void
test_bad_file_other_program (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "other.db");
  sqlite3 *raw;

  raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  steward_test_raw_exec (raw, "CREATE TABLE bookmarks (url TEXT, title TEXT);"
                              "INSERT INTO bookmarks VALUES ('https://example.org', 'Example');");
  g_assert_cmpint (steward_test_raw_int (raw, "PRAGMA user_version"), ==, 0);
  sqlite3_close (raw);

  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFAULT, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);
  assert_open_fails (path, STEWARD_DATABASE_OPEN_READ_ONLY, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);

  /* Another program that stamps its own application id. */
  raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE);
  steward_test_raw_exec (raw, "PRAGMA application_id = 1234");
  sqlite3_close (raw);
  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFAULT, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);

  steward_test_remove_tree (dir);
}

static void
test_bad_file_other_program_versioned (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "other.db");
  g_autoptr(Snapshot) snapshot = NULL;
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw;

  /* Many programs keep their own schema version in user_version too, and
   * never set an application id. Every Steward file has Steward's
   * application id (migration 001 sets it), so this is not one. */
  raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  steward_test_raw_exec (raw, "CREATE TABLE bookmarks (url TEXT, title TEXT);"
                              "PRAGMA user_version = 1;");
  sqlite3_close (raw);
  snapshot = snapshot_take (path);

  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (db);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);
  snapshot_assert_unchanged (snapshot);

  steward_test_remove_tree (dir);
}

static void
test_bad_file_truncated (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = create_filled_db (dir, "steward.db");
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >=, 4 * 4096);
  g_assert_cmpint (truncate (path, st.st_size / 2), ==, 0);

  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFAULT, STEWARD_DATABASE_ERROR_CORRUPT);
  assert_open_fails (path, STEWARD_DATABASE_OPEN_READ_ONLY, STEWARD_DATABASE_ERROR_CORRUPT);

  steward_test_remove_tree (dir);
}

/* Overwrites pages 3 to 6 with garbage, keeping the header and the schema. */
static void
damage_pages (const char *path)
{
  guint8 header[100];
  guint page_size;
  guint8 *garbage;
  GRand *rand = g_rand_new_with_seed (27001);
  struct stat st;
  int fd;

  fd = open (path, O_RDWR);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (read (fd, header, sizeof header), ==, sizeof header);
  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  g_assert_cmpint (fstat (fd, &st), ==, 0);
  g_assert_cmpint (st.st_size, >=, 7 * (goffset)page_size);

  garbage = g_malloc (4 * page_size);
  for (guint i = 0; i < 4 * page_size; i++)
    garbage[i] = g_rand_int_range (rand, 0, 256);
  g_assert_cmpint (pwrite (fd, garbage, 4 * page_size, 2 * (off_t)page_size), ==, 4 * page_size);
  close (fd);

  g_free (garbage);
  g_rand_free (rand);
}

static void
test_bad_file_corrupt (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = create_filled_db (dir, "steward.db");

  damage_pages (path);

  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFAULT, STEWARD_DATABASE_ERROR_CORRUPT);
  assert_open_fails (path, STEWARD_DATABASE_OPEN_READ_ONLY, STEWARD_DATABASE_ERROR_CORRUPT);

  steward_test_remove_tree (dir);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} CheckResult;

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CheckResult *check = user_data;

  check->ok = steward_database_check_finish (STEWARD_DATABASE (source), result, &check->error);
  check->done = TRUE;
}

/* Runs the asynchronous check to the end: NULL when it passed. */
static GError *
run_check (StewardDatabase *db)
{
  CheckResult check = { FALSE, FALSE, NULL };

  steward_database_check_async (db, NULL, check_done_cb, &check);
  while (!check.done)
    g_main_context_iteration (NULL, TRUE);

  /* A failed check must say why; a passed one must not. */
  g_assert_true (check.ok == (check.error == NULL));

  return check.error;
}

static void
test_bad_file_corrupt_deferred (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = create_filled_db (dir, "steward.db");
  g_autofree char *good_path = create_filled_db (dir, "good.db");
  g_autoptr(Snapshot) snapshot = NULL;
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GError *check_error;

  /* A sound file passes the check. */
  db = steward_database_open (good_path, STEWARD_DATABASE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  check_error = run_check (db);
  g_assert_no_error (check_error);
  g_clear_object (&db);

  damage_pages (path);
  snapshot = snapshot_take (path);

  /* The header and the schema are sound: the open itself succeeds... */
  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  /* ...and the check that runs after the first frame finds the damage. */
  check_error = run_check (db);
  g_assert_error (check_error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CORRUPT);
  g_test_message ("%s", check_error->message);
  g_clear_error (&check_error);

  g_clear_object (&db);
  snapshot_assert_unchanged (snapshot);

  steward_test_remove_tree (dir);
}

static void
test_bad_file_too_new (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = create_filled_db (dir, "steward.db");
  g_autofree char *sql = NULL;
  sqlite3 *raw;

  raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE);
  sql = g_strdup_printf ("PRAGMA user_version = %d", steward_database_get_latest_version () + 1);
  steward_test_raw_exec (raw, sql);
  sqlite3_close (raw);

  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFAULT, STEWARD_DATABASE_ERROR_TOO_NEW);
  assert_open_fails (path, STEWARD_DATABASE_OPEN_DEFER_CHECK, STEWARD_DATABASE_ERROR_TOO_NEW);
  assert_open_fails (path, STEWARD_DATABASE_OPEN_READ_ONLY, STEWARD_DATABASE_ERROR_TOO_NEW);

  steward_test_remove_tree (dir);
}

static void
test_bad_file_locked (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = create_filled_db (dir, "steward.db");
  g_autoptr(Snapshot) snapshot = NULL;
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_people;
  gint64 started;
  double waited;
  sqlite3 *raw;

  db = steward_test_open_database (path);
  n_people = steward_test_count_rows (db, "person");
  g_clear_object (&db);
  snapshot = snapshot_take (path);

  /* Another program is in the middle of writing. */
  raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE);
  steward_test_raw_exec (raw, "BEGIN IMMEDIATE;"
                              "INSERT INTO person (name) VALUES ('另一個程式');");

  started = g_get_monotonic_time ();
  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  waited = (g_get_monotonic_time () - started) / (double)G_USEC_PER_SEC;
  g_test_message ("The open gave up after %.2f s", waited);
  g_assert_null (db);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_LOCKED);
  g_clear_error (&error);
  /* It waited for the lock (a busy timeout) rather than failing at once. */
  g_assert_cmpfloat (waited, >=, 1.0);

  /* Reading is still possible, and sees what was committed. */
  db = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (steward_database_is_read_only (db));
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, n_people);
  g_clear_object (&db);

  steward_test_raw_exec (raw, "ROLLBACK");
  sqlite3_close (raw);

  snapshot_assert_unchanged (snapshot);

  /* Once the other program is done the file opens normally. */
  db = steward_test_open_database (path);
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, n_people);
  g_clear_object (&db);

  steward_test_remove_tree (dir);
}

/* Read-only files and folders. Root may write anything, so the checks run
 * in a child process that becomes nobody first. */

static char *
dup_child_info_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "steward-test-child-path", NULL);
}

static char *
dup_child_marker_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "steward-test-cannot-drop", NULL);
}

static uid_t
target_uid (void)
{
  return getuid () == 0 ? NOBODY : getuid ();
}

static gid_t
target_gid (void)
{
  return getuid () == 0 ? NOBODY : getgid ();
}

static void
give_to_target (const char *path,
                mode_t      mode)
{
  if (getuid () == 0)
    g_assert_cmpint (chown (path, target_uid (), target_gid ()), ==, 0);
  g_assert_cmpint (chmod (path, mode), ==, 0);
}

/* In the child: read what the parent prepared, then become nobody.
 * Returns NULL when privileges cannot be dropped here. */
static char *
child_prepare (void)
{
  g_autofree char *info = dup_child_info_path ();
  g_autoptr(GError) error = NULL;
  char *path = NULL;

  g_file_get_contents (info, &path, NULL, &error);
  g_assert_no_error (error);

  if (getuid () == 0)
    {
      if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
        {
          g_autofree char *marker = dup_child_marker_path ();

          g_file_set_contents (marker, g_strerror (errno), -1, NULL);
          g_free (path);
          return NULL;
        }
      g_assert_cmpint (geteuid (), ==, NOBODY);
      g_assert_cmpint (getegid (), ==, NOBODY);
    }

  return path;
}

/* In the parent: run this test in a child, with @path to look at. */
static void
run_in_child (const char *path)
{
  g_autofree char *info = dup_child_info_path ();
  g_autofree char *marker = dup_child_marker_path ();
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_file_set_contents (info, path, -1, &error);
  g_assert_no_error (error);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  if (g_file_test (marker, G_FILE_TEST_EXISTS))
    g_test_skip ("Cannot become nobody here: permissions would not be checked");
}

static void
assert_writes_refused (StewardDatabase *db)
{
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  g_signal_connect (db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);

  g_assert_cmpint (insert_person (db, "不該寫入", NULL, NULL, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (steward_database_set_meta (db, "key", "value", &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_cmpuint (n_changed, ==, 0);
}

static void
test_read_only_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(Snapshot) snapshot = NULL;
  gint64 n_people;

  if (g_test_subprocess ())
    {
      g_autofree char *child_path = child_prepare ();
      g_autoptr(StewardDatabase) db = NULL;
      g_autoptr(GError) error = NULL;

      if (child_path == NULL)
        return;

      g_assert_cmpint (access (child_path, W_OK), !=, 0);

      db = steward_database_open (child_path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
      g_assert_null (db);
      g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY);
      g_clear_error (&error);

      db = steward_database_open (child_path, STEWARD_DATABASE_OPEN_DEFER_CHECK, &error);
      g_assert_null (db);
      g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY);
      g_clear_error (&error);

      /* Read-only is offered instead, and works. */
      db = steward_database_open (child_path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_true (steward_database_is_read_only (db));
      g_assert_cmpint (steward_database_get_schema_version (db), ==, steward_database_get_latest_version ());
      g_assert_cmpint (steward_test_count_rows (db, "person"), >, 0);
      assert_writes_refused (db);
      return;
    }

  dir = steward_test_make_tmp_dir ();
  path = create_filled_db (dir, "steward.db");
  {
    g_autoptr(StewardDatabase) db = steward_test_open_database (path);
    n_people = steward_test_count_rows (db, "person");
  }

  give_to_target (dir, 0755);      /* a folder the user may write */
  give_to_target (path, 0444);     /* a file nobody may write */
  snapshot = snapshot_take (path);

  run_in_child (path);

  snapshot_assert_unchanged (snapshot);

  /* Writable again, it opens and holds what it held. The read-only
   * connection may have left a shared-memory file with the permissions of
   * the read-only database beside it; SQLite would then refuse to write,
   * so it goes first. */
  g_assert_cmpint (chmod (path, 0600), ==, 0);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }
  {
    g_autoptr(StewardDatabase) db = steward_test_open_database (path);
    g_assert_cmpint (steward_test_count_rows (db, "person"), ==, n_people);
  }

  steward_test_remove_tree (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *sub = NULL;
  g_autofree char *path = NULL;
  g_autoptr(Snapshot) snapshot = NULL;

  if (g_test_subprocess ())
    {
      g_autofree char *child_path = child_prepare ();
      g_autofree char *child_dir = NULL;
      g_autofree char *new_path = NULL;
      g_autoptr(StewardDatabase) db = NULL;
      g_autoptr(GError) error = NULL;

      if (child_path == NULL)
        return;

      child_dir = g_path_get_dirname (child_path);
      g_assert_cmpint (access (child_path, W_OK), ==, 0);
      g_assert_cmpint (access (child_dir, W_OK), !=, 0);

      /* The file could be written, but not the WAL files beside it. */
      db = steward_database_open (child_path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
      g_assert_null (db);
      g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY);
      g_clear_error (&error);

      /* Nor can a new database be made there. */
      new_path = build_path (child_dir, "new.db");
      db = steward_database_open (new_path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
      g_assert_null (db);
      g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY);
      g_clear_error (&error);
      g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));

      /* Read-only works, without a shared-memory file. */
      db = steward_database_open (child_path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      g_assert_cmpint (steward_test_count_rows (db, "person"), >, 0);
      assert_writes_refused (db);
      return;
    }

  dir = steward_test_make_tmp_dir ();
  g_assert_cmpint (chmod (dir, 0755), ==, 0);
  sub = build_path (dir, "ro");
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  path = create_filled_db (sub, "steward.db");

  give_to_target (path, 0600);     /* a file the user may write */
  give_to_target (sub, 0555);      /* in a folder nobody may write */
  snapshot = snapshot_take (path);

  run_in_child (path);

  snapshot_assert_unchanged (snapshot);

  g_assert_cmpint (chmod (sub, 0755), ==, 0);
  steward_test_remove_tree (dir);
}

/* Migrations and backups */

static void
test_no_migration_no_backup (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = create_filled_db (dir, "steward.db");
  g_autofree char *backups = build_path (dir, "backups");
  g_autoptr(Snapshot) snapshot = snapshot_take (path);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *size = NULL;

  /* A file at the latest version: nothing to migrate, nothing to back up. */
  db = steward_test_open_database (path);
  g_assert_cmpint (steward_database_get_schema_version (db), ==, steward_database_get_latest_version ());
  g_assert_null (steward_database_get_backup_path (db));
  size = steward_sample_data_dup_size (db);
  g_assert_cmpstr (size, ==, "small");
  g_clear_object (&db);

  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  list = list_backup_paths (path);
  g_assert_cmpuint (list->len, ==, 0);

  /* Opening and closing without a change does not write the file. */
  snapshot_assert_unchanged (snapshot);

  steward_test_remove_tree (dir);
}

static int
migration_number (const char *name)
{
  return (int)g_ascii_strtoll (name, NULL, 10);
}

static int
compare_migrations (gconstpointer a,
                    gconstpointer b)
{
  return migration_number (*(const char * const *)a) - migration_number (*(const char * const *)b);
}

static void
test_migration_backup (void)
{
  const char *migrations_path = RESOURCE_PATH "/migrations/";
  int latest = steward_database_get_latest_version ();
  int previous;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backups = NULL;
  g_autofree char *version_part = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = NULL;
  const char *backup;
  struct stat st;
  sqlite3 *raw;

  /* tests/migrations adds a step of its own to this program, so there is
   * always an older schema to migrate from. */
  g_assert_cmpint (latest, >=, 2);

  dir = steward_test_make_tmp_dir ();
  path = build_path (dir, "steward.db");
  backups = build_path (dir, "backups");

  /* A file at the version before the latest, made from the migrations
   * this build carries. */
  children = g_resources_enumerate_children (migrations_path, 0, &error);
  g_assert_no_error (error);
  names = g_ptr_array_new ();
  for (guint i = 0; children[i] != NULL; i++)
    if (migration_number (children[i]) > 0)
      g_ptr_array_add (names, children[i]);
  g_ptr_array_sort (names, compare_migrations);
  g_assert_cmpuint (names->len, >=, 2);
  previous = migration_number (g_ptr_array_index (names, names->len - 2));

  raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  steward_test_raw_exec (raw, "PRAGMA journal_mode = WAL");
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *resource = g_strconcat (migrations_path, name, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;

      if (migration_number (name) >= latest)
        continue;

      bytes = g_resources_lookup_data (resource, 0, &error);
      g_assert_no_error (error);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      steward_test_raw_exec (raw, sql);
    }
  g_assert_cmpint (steward_test_raw_int (raw, "PRAGMA user_version"), ==, previous);
  steward_test_raw_exec (raw, "INSERT INTO person (name) VALUES ('遷移前的人')");
  sqlite3_close (raw);

  /* Read-only, an older file cannot be brought up to date: refused, with
   * nothing written and no backup made. */
  {
    g_autoptr(StewardDatabase) read_only = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);

    g_assert_null (read_only);
    g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_TOO_OLD);
    g_clear_error (&error);
    g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  }

  db = steward_test_open_database (path);
  g_assert_cmpint (steward_database_get_schema_version (db), ==, latest);
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 1);
  /* The new step ran: its table is there. */
  g_assert_cmpint (steward_test_count_rows (db, "test_only_step"), ==, 0);

  backup = steward_database_get_backup_path (db);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_prefix (backup, backups));
  version_part = g_strdup_printf ("-v%d", previous);
  g_assert_nonnull (strstr (backup, version_part));
  g_assert_cmpint (stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  list = list_backup_paths (path);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, backup);

  /* The backup is the file as it was. */
  raw = steward_test_raw_open (backup, SQLITE_OPEN_READONLY);
  g_assert_cmpint (steward_test_raw_int (raw, "PRAGMA user_version"), ==, previous);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM person WHERE name = '遷移前的人'"), ==, 1);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM sqlite_schema WHERE name = 'test_only_step'"), ==, 0);
  sqlite3_close (raw);

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

static void
set_mtime (const char *path,
           time_t      when)
{
  struct utimbuf times = { when, when };

  g_assert_cmpint (utime (path, &times), ==, 0);
}

static void
test_backups_list (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *backups = build_path (dir, "backups");
  g_autofree char *older = build_path (backups, "steward-20250101-080000-v1.db");
  g_autofree char *newer = build_path (backups, "steward-20260101-080000-v1.db");
  g_autofree char *foreign = build_path (backups, "other-20260101-080000-v1.db");
  g_autofree char *not_db = build_path (backups, "steward-notes.txt");
  g_autoptr(GPtrArray) list = NULL;

  path = create_filled_db (dir, "steward.db");

  list = list_backup_paths (path);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  copy_file (path, older);
  copy_file (path, newer);
  copy_file (path, foreign);
  copy_file (path, not_db);
  set_mtime (older, 1735718400);  /* 2025-01-01 */
  set_mtime (newer, 1767254400);  /* 2026-01-01 */

  list = list_backup_paths (path);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (list, 0), ==, newer);
  g_assert_cmpstr (g_ptr_array_index (list, 1), ==, older);

  steward_test_remove_tree (dir);
}

static void
test_backups_restore (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autofree char *backups = build_path (dir, "backups");
  g_autofree char *backup = build_path (backups, "steward-20260101-080000-v1.db");
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(Snapshot) backup_snapshot = NULL;
  g_autoptr(Snapshot) current = NULL;
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(StewardQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  struct stat st;

  db = steward_test_open_database (path);
  g_assert_cmpint (insert_person (db, "備份前", NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&db);

  g_assert_cmpint (g_mkdir (backups, 0700), ==, 0);
  copy_file (path, backup);
  backup_snapshot = snapshot_take (backup);

  db = steward_test_open_database (path);
  g_assert_cmpint (insert_person (db, "備份後", NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&db);
  current = snapshot_take (path);

  g_assert_true (steward_backup_restore (path, backup, &kept, &error));
  g_assert_no_error (error);

  /* The replaced file is kept as a backup of its own, and set aside, whole. */
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, backups));
  g_assert_nonnull (strstr (kept, "-before-restore"));
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      if (g_str_has_prefix (name, "steward.db.set-aside-") && !g_str_has_suffix (name, "-wal") &&
          !g_str_has_suffix (name, "-shm"))
        aside = build_path (dir, name);
  }
  g_assert_nonnull (aside);
  g_assert_true (file_has_bytes (aside, current->bytes));

  /* The backup is still there, and the database is a copy of it. */
  snapshot_assert_unchanged (backup_snapshot);
  g_assert_true (file_has_bytes (path, backup_snapshot->bytes));
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  db = steward_test_open_database (path);
  query = steward_query_new ();
  steward_query_order_by (query, "name", FALSE);
  names = select_names (db, query);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "備份前");
  g_clear_object (&db);

  steward_test_remove_tree (dir);
}

static void
test_backups_restore_refuses_non_database (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = create_filled_db (dir, "steward.db");
  g_autofree char *fake = build_path (dir, "steward-20260101-080000-v1.db");
  g_autoptr(Snapshot) snapshot = snapshot_take (path);
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  guint n_files = 0;

  g_file_set_contents (fake, "no database here", -1, &error);
  g_assert_no_error (error);

  g_assert_false (steward_backup_restore (path, fake, &aside, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);
  g_assert_null (aside);

  /* Nothing moved, nothing added. */
  snapshot_assert_unchanged (snapshot);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_test_message ("left: %s", name);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 2);

  steward_test_remove_tree (dir);
}

/* History */

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack ? haystack : "(null)", needle);
}

static void
assert_recent (GDateTime *at)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GTimeSpan difference;

  g_assert_nonnull (at);
  difference = g_date_time_difference (now, at);
  g_assert_cmpint (difference, >=, -G_TIME_SPAN_SECOND);
  g_assert_cmpint (difference, <, G_TIME_SPAN_MINUTE);
}

static void
test_history_writes (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const columns[] = { "name", "unit", "title" };
  StewardHistoryEntry *entry;
  gint64 id;

  /* Only spaces: the login name; a page of text: its first hundred
   * characters, in every history row. */
  steward_database_set_user_name (db, "  \t ");
  g_assert_cmpstr (steward_database_get_user_name (db), ==, g_get_user_name ());
  {
    g_autofree char *page = g_strnfill (100000, 'x');
    g_autofree char *long_name = g_strconcat ("資安", page, NULL);

    steward_database_set_user_name (db, long_name);
    g_assert_cmpint (g_utf8_strlen (steward_database_get_user_name (db), -1), ==, STEWARD_DATABASE_USER_NAME_MAX);
    g_assert_true (g_str_has_prefix (steward_database_get_user_name (db), "資安xxx"));
  }
  steward_database_set_user_name (db, " 王小明 ");
  g_assert_cmpstr (steward_database_get_user_name (db), ==, "王小明");

  id = insert_person (db, "陳雅婷", "資訊安全組", "組長", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  g_assert_true (update_person_title (db, id, "主任", &error));
  g_assert_no_error (error);

  g_assert_true (steward_database_delete (db, "person", id, columns, G_N_ELEMENTS (columns), &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 0);

  entries = steward_test_load_history (db, "person");
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 3);

  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (steward_history_entry_get_action (entry), ==, "insert");
  g_assert_cmpstr (steward_history_entry_get_table_name (entry), ==, "person");
  g_assert_cmpint (steward_history_entry_get_row_id (entry), ==, id);
  g_assert_cmpstr (steward_history_entry_get_user_name (entry), ==, "王小明");
  assert_recent (steward_history_entry_get_at (entry));
  g_assert_null (steward_history_entry_get_old_values (entry));
  assert_contains (steward_history_entry_get_new_values (entry), "\"name\":\"陳雅婷\"");
  assert_contains (steward_history_entry_get_new_values (entry), "\"unit\":\"資訊安全組\"");
  assert_contains (steward_history_entry_get_new_values (entry), "\"title\":\"組長\"");

  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (steward_history_entry_get_action (entry), ==, "update");
  g_assert_cmpint (steward_history_entry_get_row_id (entry), ==, id);
  g_assert_cmpstr (steward_history_entry_get_user_name (entry), ==, "王小明");
  assert_recent (steward_history_entry_get_at (entry));
  assert_contains (steward_history_entry_get_old_values (entry), "\"title\":\"組長\"");
  assert_contains (steward_history_entry_get_new_values (entry), "\"title\":\"主任\"");

  /* Another user name from now on. */
  steward_database_set_user_name (db, "林怡君");
  id = insert_person (db, "黃志明", NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = steward_test_load_history (db, "person");
  g_assert_cmpuint (entries->len, ==, 4);

  entry = g_ptr_array_index (entries, 2);
  g_assert_cmpstr (steward_history_entry_get_action (entry), ==, "delete");
  g_assert_cmpstr (steward_history_entry_get_user_name (entry), ==, "王小明");
  assert_contains (steward_history_entry_get_old_values (entry), "\"name\":\"陳雅婷\"");
  assert_contains (steward_history_entry_get_old_values (entry), "\"title\":\"主任\"");
  g_assert_null (steward_history_entry_get_new_values (entry));

  entry = g_ptr_array_index (entries, 3);
  g_assert_cmpstr (steward_history_entry_get_user_name (entry), ==, "林怡君");
  g_assert_cmpint (steward_history_entry_get_row_id (entry), ==, id);
  /* A NULL column is a JSON null. */
  assert_contains (steward_history_entry_get_new_values (entry), "\"unit\":null");

  /* Without a name set, the login name. */
  steward_database_set_user_name (db, NULL);
  g_assert_cmpstr (steward_database_get_user_name (db), ==, g_get_user_name ());

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static void
test_history_unchanged_update (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  gint64 id;

  id = insert_person (db, "陳雅婷", "資訊安全組", "組長", &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 1);

  g_signal_connect (db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);

  /* Saving a form without changing it is not a change. */
  g_assert_true (update_person_title (db, id, "組長", &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 1);
  g_assert_cmpuint (n_changed, ==, 0);

  g_assert_true (update_person_title (db, id, "副組長", &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 2);
  g_assert_cmpuint (n_changed, >, 0);

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static void
test_history_missing_row (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;
  static const char * const columns[] = { "name" };
  guint n_changed = 0;

  g_signal_connect (db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);

  g_assert_false (update_person_title (db, 4242, "主任", &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (steward_database_delete (db, "person", 4242, columns, 1, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_false (steward_database_in_transaction (db));

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

/* Transactions */

static gboolean
insert_then_fail (StewardDatabase  *db,
                  gpointer          user_data,
                  GError          **error)
{
  ChangedLog *log = user_data;
  g_autoptr(GError) local_error = NULL;

  g_assert_true (steward_database_in_transaction (db));
  g_assert_cmpint (insert_person (db, "回滾", NULL, NULL, &local_error), >, 0);
  g_assert_no_error (local_error);
  /* Inside, the row is there. */
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 1);
  g_assert_cmpuint (log->total, ==, 0);

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stopped on purpose");
  return FALSE;
}

static gboolean
fail_without_error (StewardDatabase  *db,
                    gpointer          user_data,
                    GError          **error)
{
  g_assert_cmpint (insert_person (db, "回滾", NULL, NULL, NULL), >, 0);
  return FALSE;
}

static void
test_transaction_rollback (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;
  ChangedLog log;

  changed_log_init (&log);
  g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), &log);

  g_assert_false (steward_database_transaction (db, insert_then_fail, &log, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_false (steward_database_in_transaction (db));
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 0);
  g_assert_cmpuint (log.total, ==, 0);

  /* A function that fails without saying why still gives an error. */
  g_assert_false (steward_database_transaction (db, fail_without_error, NULL, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 0);
  g_assert_cmpuint (log.total, ==, 0);

  /* The next write works and is announced. */
  g_assert_cmpint (insert_person (db, "之後", NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 1);
  g_assert_cmpuint (changed_log_count (&log, "person"), ==, 1);

  changed_log_clear (&log);
  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static void
test_transaction_constraint (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  g_signal_connect (db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);

  g_assert_cmpint (insert_person (db, "", NULL, NULL, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (insert_person (db, "   ", NULL, NULL, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (insert_person (db, NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (insert_body (db, "secret-police", "秘密小組", 0, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (db, "body"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_false (steward_database_in_transaction (db));

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static gboolean
inner_fails (StewardDatabase  *db,
             gpointer          user_data,
             GError          **error)
{
  g_assert_cmpint (insert_person (db, "內層", NULL, NULL, error), >, 0);
  g_assert_cmpint (insert_body (db, "other", "內層小組", 0, error), >, 0);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "inner failed");
  return FALSE;
}

static gboolean
inner_succeeds (StewardDatabase  *db,
                gpointer          user_data,
                GError          **error)
{
  return insert_person (db, "內層成功", NULL, NULL, error) > 0;
}

static gboolean
outer_survives (StewardDatabase  *db,
                gpointer          user_data,
                GError          **error)
{
  ChangedLog *log = user_data;
  g_autoptr(GError) inner_error = NULL;

  if (insert_person (db, "外層", NULL, NULL, error) == 0)
    return FALSE;

  g_assert_false (steward_database_transaction (db, inner_fails, NULL, &inner_error));
  g_assert_error (inner_error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_true (steward_database_in_transaction (db));

  /* The outer row survived the inner rollback. */
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 1);
  g_assert_cmpint (steward_test_count_rows (db, "body"), ==, 0);

  g_assert_true (steward_database_transaction (db, inner_succeeds, NULL, error));
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 2);

  /* An inner commit is not the commit. */
  g_assert_cmpuint (log->total, ==, 0);

  return TRUE;
}

static void
test_transaction_nested (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  ChangedLog log;

  changed_log_init (&log);
  g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), &log);

  g_assert_true (steward_database_transaction (db, outer_survives, &log, &error));
  g_assert_no_error (error);
  g_assert_false (steward_database_in_transaction (db));

  steward_query_order_by (query, "name", FALSE);
  names = select_names (db, query);
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "內層成功");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "外層");
  g_assert_cmpint (steward_test_count_rows (db, "body"), ==, 0);
  /* Only the committed rows have history. */
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 2);

  g_assert_cmpuint (changed_log_count (&log, "person"), ==, 1);
  g_assert_cmpuint (changed_log_count (&log, "history"), ==, 1);

  /* The rolled-back savepoint announces nothing. */
  g_assert_cmpuint (changed_log_count (&log, "body"), ==, 0);
  g_assert_cmpuint (log.total, ==, 2);

  changed_log_clear (&log);
  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

/* The changed signal */

typedef struct
{
  ChangedLog *log;
  guint      *n_person;
  guint      *n_body;
} ChangedCounters;

static gboolean
write_person_and_body (StewardDatabase  *db,
                       gpointer          user_data,
                       GError          **error)
{
  ChangedCounters *counters = user_data;

  if (insert_person (db, "張家豪", NULL, NULL, error) == 0 ||
      insert_person (db, "李淑芬", NULL, NULL, error) == 0 ||
      insert_body (db, "committee", "資訊安全委員會", 0, error) == 0)
    return FALSE;

  /* Nothing is announced before the commit. */
  g_assert_cmpuint (counters->log->total, ==, 0);
  g_assert_cmpuint (*counters->n_person, ==, 0);
  g_assert_cmpuint (*counters->n_body, ==, 0);

  return TRUE;
}

static void
test_changed_once_per_table (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;
  guint n_person = 0;
  guint n_body = 0;
  guint n_duty = 0;
  ChangedLog log;
  ChangedCounters counters = { &log, &n_person, &n_body };

  changed_log_init (&log);
  g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), &log);
  g_signal_connect (db, "changed::person", G_CALLBACK (steward_test_count_cb), &n_person);
  g_signal_connect (db, "changed::body", G_CALLBACK (steward_test_count_cb), &n_body);
  g_signal_connect (db, "changed::duty", G_CALLBACK (steward_test_count_cb), &n_duty);

  g_assert_true (steward_database_transaction (db, write_person_and_body, &counters, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_person, ==, 1);
  g_assert_cmpuint (n_body, ==, 1);
  g_assert_cmpuint (n_duty, ==, 0);

  /* Without a detail: each table once. */
  g_assert_cmpuint (log.total, ==, 3);
  g_assert_cmpuint (changed_log_count (&log, "person"), ==, 1);
  g_assert_cmpuint (changed_log_count (&log, "body"), ==, 1);
  g_assert_cmpuint (changed_log_count (&log, "history"), ==, 1);
  g_assert_cmpuint (log.last_tables->len, ==, 3);

  /* A write to one table announces that table only (and the history). */
  n_person = n_body = 0;
  g_assert_cmpint (insert_person (db, "吳冠宇", NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (n_person, ==, 1);
  g_assert_cmpuint (n_body, ==, 0);
  g_assert_cmpuint (log.total, ==, 5);
  g_assert_cmpuint (changed_log_count (&log, "body"), ==, 1);

  /* The meta table is announced too. */
  g_assert_true (steward_database_set_meta (db, "centre", "臺南區網中心", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed_log_count (&log, "meta"), ==, 1);
  {
    g_autofree char *value = steward_database_dup_meta (db, "centre");
    g_autofree char *missing = steward_database_dup_meta (db, "nothing");

    g_assert_cmpstr (value, ==, "臺南區網中心");
    g_assert_null (missing);
  }

  changed_log_clear (&log);
  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

/* SQL injection */

static void
test_injection_values (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(StewardQuery) by_name = steward_query_new ();
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const char *evil = "x'); DROP TABLE person; --";
  const char *quotes = "O'Brien \"the\" \\ back\nslash";

  g_assert_cmpint (insert_person (db, evil, evil, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (insert_person (db, quotes, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);

  steward_query_order_by (query, "id", FALSE);
  names = select_names (db, query);
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, evil);
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, quotes);

  /* A value in a condition is bound too. */
  steward_query_where_string (by_name, "name", STEWARD_QUERY_EQUAL, evil);
  g_assert_cmpint (steward_database_count (db, "person", by_name, &error), ==, 1);
  g_assert_no_error (error);

  /* The history holds the values, as valid JSON. */
  entries = steward_test_load_history (db, "person");
  g_assert_cmpuint (entries->len, ==, 2);
  assert_contains (steward_history_entry_get_new_values (g_ptr_array_index (entries, 0)), evil);
  assert_contains (steward_history_entry_get_new_values (g_ptr_array_index (entries, 1)),
                   "O'Brien \\\"the\\\" \\\\ back\\nslash");

  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 2);

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static void
test_injection_identifiers (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = build_path (dir, "steward.db");
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(GError) error = NULL;
  static const char * const bad_columns[] = { "name) VALUES ('x'); DROP TABLE person; --" };
  static const char * const upper_columns[] = { "Name" };
  static const char * const good_columns[] = { "name" };
  static const StewardStorage storage[] = { STEWARD_STORAGE_TEXT };
  g_auto(GValue) value = G_VALUE_INIT;
  guint n_changed = 0;
  gint64 id;

  id = insert_person (db, "合法", NULL, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "x");

  g_assert_cmpint (steward_database_insert (db, "person", 0, bad_columns, &value, 1, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_cmpint (steward_database_insert (db, "person", 0, upper_columns, &value, 1, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_cmpint (steward_database_insert (db, "person; DROP TABLE body", 0, good_columns, &value, 1, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_false (steward_database_update (db, "person", id, bad_columns, &value, 1, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_false (steward_database_delete (db, "person", id, bad_columns, 1, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_false (steward_database_select (db, "person", bad_columns, storage, 1, NULL,
                                           collect_first_string_cb, NULL, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_cmpint (steward_database_count (db, "person WHERE 1; DROP TABLE person", NULL, &error), ==, -1);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  /* Columns named in a query are checked the same way. */
  {
    g_autoptr(StewardQuery) where = steward_query_new ();
    g_autoptr(StewardQuery) order = steward_query_new ();

    steward_query_where_string (where, "name = name OR 1 = 1 --", STEWARD_QUERY_EQUAL, "x");
    g_assert_cmpint (steward_database_count (db, "person", where, &error), ==, -1);
    g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
    g_clear_error (&error);

    steward_query_order_by (order, "name; DROP TABLE person", FALSE);
    g_assert_false (steward_database_select (db, "person", good_columns, storage, 1, order,
                                             collect_first_string_cb, NULL, &error));
    g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
    g_clear_error (&error);
  }

  /* Nothing happened. */
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 1);
  g_assert_cmpint (steward_test_count_rows (db, "body"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (db, "history"), ==, 1);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_false (steward_database_in_transaction (db));

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

/* Queries */

static StewardDatabase *
open_people (const char *dir)
{
  g_autofree char *path = build_path (dir, "steward.db");
  StewardDatabase *db = steward_test_open_database (path);
  static const struct { const char *name, *unit, *title; } people[] = {
    { "Alice Chen", "系統管理組", "工程師" },
    { "ALICE WANG", "網路管理組", NULL },
    { "bob", "系統管理組", "組長" },
    { "陳雅婷", "資訊安全組", "組長" },
    { "林志明", "系統管理組", NULL },
    { "100%_sure", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (insert_person (db, people[i].name, people[i].unit, people[i].title, &error), ==, i + 1);
      g_assert_no_error (error);
    }

  return db;
}

static void
assert_names (GPtrArray         *names,
              const char * const *expected)
{
  guint n_expected = g_strv_length ((char **)expected);

  for (guint i = 0; i < names->len; i++)
    g_test_message ("name %u: %s", i, (const char *)g_ptr_array_index (names, i));

  g_assert_cmpuint (names->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, expected[i]);
}

static gint64
count_query (StewardDatabase *db,
             StewardQuery    *query)
{
  g_autoptr(GError) error = NULL;
  gint64 n = steward_database_count (db, "person", query, &error);

  g_assert_no_error (error);

  return n;
}

static void
test_query_where_order_limit (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autoptr(StewardDatabase) db = open_people (dir);

  g_assert_cmpint (count_query (db, NULL), ==, 6);

  {
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) names = NULL;
    static const char * const expected[] = { "Alice Chen", "bob", "林志明", NULL };

    steward_query_where_string (query, "unit", STEWARD_QUERY_EQUAL, "系統管理組");
    steward_query_order_by (query, "name", FALSE);
    g_assert_cmpint (count_query (db, query), ==, 3);
    names = select_names (db, query);
    assert_names (names, expected);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) names = NULL;
    static const char * const expected[] = { "陳雅婷", "林志明", NULL };

    steward_query_order_by (query, "name", TRUE);
    steward_query_set_limit (query, 2);
    names = select_names (db, query);
    assert_names (names, expected);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) names = NULL;
    static const char * const expected[] = { "100%_sure", "ALICE WANG", "Alice Chen", "bob", "林志明", "陳雅婷", NULL };

    steward_query_order_by (query, "name", FALSE);
    names = select_names (db, query);
    assert_names (names, expected);
  }

  {
    /* Two orders: by title (NULL first), then by name descending. */
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) names = NULL;
    static const char * const expected[] = { "林志明", "ALICE WANG", "100%_sure", "Alice Chen", "陳雅婷", "bob", NULL };

    steward_query_order_by (query, "title", FALSE);
    steward_query_order_by (query, "name", TRUE);
    names = select_names (db, query);
    assert_names (names, expected);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where (query, "title", STEWARD_QUERY_IS_NULL, NULL);
    g_assert_cmpint (count_query (db, query), ==, 3);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where (query, "title", STEWARD_QUERY_IS_NOT_NULL, NULL);
    g_assert_cmpint (count_query (db, query), ==, 3);
  }

  {
    /* Not equal includes the rows where the column is NULL. */
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where_string (query, "unit", STEWARD_QUERY_NOT_EQUAL, "系統管理組");
    g_assert_cmpint (count_query (db, query), ==, 3);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) names = NULL;
    static const char * const expected[] = { "bob", NULL };

    steward_query_where_string (query, "unit", STEWARD_QUERY_EQUAL, "系統管理組");
    steward_query_where_string (query, "title", STEWARD_QUERY_EQUAL, "組長");
    names = select_names (db, query);
    assert_names (names, expected);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where_int64 (query, "id", STEWARD_QUERY_GREATER, 1);
    g_assert_cmpint (count_query (db, query), ==, 5);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where_int64 (query, "id", STEWARD_QUERY_GREATER_OR_EQUAL, 2);
    steward_query_where_int64 (query, "id", STEWARD_QUERY_LESS_OR_EQUAL, 4);
    g_assert_cmpint (count_query (db, query), ==, 3);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where_int64 (query, "id", STEWARD_QUERY_LESS, 2);
    g_assert_cmpint (count_query (db, query), ==, 1);
  }

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

static gboolean
stop_after_one_cb (const GValue *values,
                   guint         n_values,
                   gpointer      user_data)
{
  (*(guint *)user_data)++;
  return FALSE;
}

typedef struct
{
  gint64  id;
  char   *name;
  gboolean title_is_null;
} Row;

static gboolean
check_storage_cb (const GValue *values,
                  guint         n_values,
                  gpointer      user_data)
{
  Row *row = user_data;

  g_assert_cmpuint (n_values, ==, 3);
  g_assert_true (G_VALUE_HOLDS_INT64 (&values[0]));
  g_assert_true (G_VALUE_HOLDS_STRING (&values[1]));
  row->id = g_value_get_int64 (&values[0]);
  row->name = g_value_dup_string (&values[1]);
  row->title_is_null = !G_IS_VALUE (&values[2]);

  return TRUE;
}

static void
test_query_contains (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autoptr(StewardDatabase) db = open_people (dir);

  {
    /* Case-insensitive for ASCII. */
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) names = NULL;
    static const char * const expected[] = { "ALICE WANG", "Alice Chen", NULL };

    steward_query_where_string (query, "name", STEWARD_QUERY_CONTAINS, "alice");
    steward_query_order_by (query, "name", FALSE);
    names = select_names (db, query);
    assert_names (names, expected);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where_string (query, "name", STEWARD_QUERY_CONTAINS, "cHeN");
    g_assert_cmpint (count_query (db, query), ==, 1);
  }

  {
    /* CJK text. */
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) names = NULL;
    static const char * const expected[] = { "陳雅婷", NULL };

    steward_query_where_string (query, "name", STEWARD_QUERY_CONTAINS, "雅婷");
    names = select_names (db, query);
    assert_names (names, expected);
  }

  {
    g_autoptr(StewardQuery) query = steward_query_new ();

    steward_query_where_string (query, "unit", STEWARD_QUERY_CONTAINS, "管理");
    g_assert_cmpint (count_query (db, query), ==, 4);
  }

  {
    /* LIKE wildcards mean themselves. */
    g_autoptr(StewardQuery) percent = steward_query_new ();
    g_autoptr(StewardQuery) underscore = steward_query_new ();
    g_autoptr(StewardQuery) nothing = steward_query_new ();

    steward_query_where_string (percent, "name", STEWARD_QUERY_CONTAINS, "%");
    g_assert_cmpint (count_query (db, percent), ==, 1);
    steward_query_where_string (underscore, "name", STEWARD_QUERY_CONTAINS, "_");
    g_assert_cmpint (count_query (db, underscore), ==, 1);
    steward_query_where_string (nothing, "name", STEWARD_QUERY_CONTAINS, "zzz");
    g_assert_cmpint (count_query (db, nothing), ==, 0);
  }

  {
    /* A row function that stops reading. */
    static const char * const columns[] = { "name" };
    static const StewardStorage storage[] = { STEWARD_STORAGE_TEXT };
    g_autoptr(GError) error = NULL;
    guint n_rows = 0;

    g_assert_true (steward_database_select (db, "person", columns, storage, 1, NULL,
                                            stop_after_one_cb, &n_rows, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_rows, ==, 1);
  }

  {
    /* Values come back in their storage class; NULL is an unset value. */
    static const char * const columns[] = { "id", "name", "title" };
    static const StewardStorage storage[] = { STEWARD_STORAGE_INTEGER, STEWARD_STORAGE_TEXT, STEWARD_STORAGE_TEXT };
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GError) error = NULL;
    Row row = { 0 };

    steward_query_where_string (query, "name", STEWARD_QUERY_EQUAL, "林志明");
    g_assert_true (steward_database_select (db, "person", columns, storage, 3, query,
                                            check_storage_cb, &row, &error));
    g_assert_no_error (error);
    g_assert_cmpint (row.id, ==, 5);
    g_assert_cmpstr (row.name, ==, "林志明");
    g_assert_true (row.title_is_null);
    g_free (row.name);
  }

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/database/new", test_new_database);
  g_test_add_func ("/store/database/new-parent-folders", test_new_database_parent_folders);
  g_test_add_func ("/store/database/default-path", test_default_path);
  g_test_add_func ("/store/database/missing-read-only", test_missing_read_only);
  g_test_add_func ("/store/database/bad/text-file", test_bad_file_text);
  g_test_add_func ("/store/database/bad/other-program", test_bad_file_other_program);
  g_test_add_func ("/store/database/bad/other-program-versioned", test_bad_file_other_program_versioned);
  g_test_add_func ("/store/database/bad/truncated", test_bad_file_truncated);
  g_test_add_func ("/store/database/bad/corrupt", test_bad_file_corrupt);
  g_test_add_func ("/store/database/bad/corrupt-deferred-check", test_bad_file_corrupt_deferred);
  g_test_add_func ("/store/database/bad/too-new", test_bad_file_too_new);
  g_test_add_func ("/store/database/bad/locked", test_bad_file_locked);
  g_test_add_func ("/store/database/bad/read-only-file", test_read_only_file);
  g_test_add_func ("/store/database/bad/read-only-folder", test_read_only_folder);
  g_test_add_func ("/store/database/migration/no-backup-when-current", test_no_migration_no_backup);
  g_test_add_func ("/store/database/migration/backup", test_migration_backup);
  g_test_add_func ("/store/database/backups/list", test_backups_list);
  g_test_add_func ("/store/database/backups/restore", test_backups_restore);
  g_test_add_func ("/store/database/backups/restore-refuses-non-database", test_backups_restore_refuses_non_database);
  g_test_add_func ("/store/history/insert-update-delete", test_history_writes);
  g_test_add_func ("/store/history/unchanged-update", test_history_unchanged_update);
  g_test_add_func ("/store/history/missing-row", test_history_missing_row);
  g_test_add_func ("/store/transaction/rollback", test_transaction_rollback);
  g_test_add_func ("/store/transaction/constraint", test_transaction_constraint);
  g_test_add_func ("/store/transaction/nested", test_transaction_nested);
  g_test_add_func ("/store/changed/once-per-table", test_changed_once_per_table);
  g_test_add_func ("/store/injection/values", test_injection_values);
  g_test_add_func ("/store/injection/identifiers", test_injection_identifiers);
  g_test_add_func ("/store/query/where-order-limit", test_query_where_order_limit);
  g_test_add_func ("/store/query/contains", test_query_contains);

  return g_test_run ();
}
