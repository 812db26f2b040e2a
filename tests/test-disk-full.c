/* test-disk-full.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full disk and a failing disk while writing through the store: the
 * error says so (STEWARD_DATABASE_ERROR_DISK_FULL or _IO, with a message a
 * user can read), the transaction is rolled back (no row of it, no
 * history), the file passes integrity_check, what was there before is
 * intact, and once there is room again the same write goes through.
 * The full disk is a file size limit (RLIMIT_FSIZE) and, where a user
 * namespace lets this test mount one, a small tmpfs; the failing disk is
 * an SQLite VFS over "unix" that fails the write or sync it is told to.
 */

#define G_LOG_DOMAIN "test-disk-full"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "model/steward-body.h"
#include "model/steward-person.h"
#include "steward-faulty-vfs.h"
#include "steward-test-util.h"

#define DISK_FULL_MESSAGE "The disk is full. Nothing of this change was saved; free some space and save again."
#define IO_MESSAGE "The disk could not be read or written. Nothing of this change was saved."

/* What a failed write must leave as it was. */
typedef struct
{
  gint64 people;
  gint64 bodies;
  gint64 history;
} Counts;

static Counts
count (StewardDatabase *db)
{
  Counts c = {
    steward_test_count_rows (db, "person"),
    steward_test_count_rows (db, "body"),
    steward_test_count_rows (db, "history"),
  };

  return c;
}

static void
assert_unchanged (StewardDatabase *db,
                  const char      *path,
                  Counts           before)
{
  Counts after = count (db);
  sqlite3 *raw = steward_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_autofree char *integrity = steward_test_raw_text (raw, "PRAGMA integrity_check");
  g_autofree char *first = steward_test_raw_text (raw, "SELECT name FROM person ORDER BY id LIMIT 1");

  g_assert_cmpint (after.people, ==, before.people);
  g_assert_cmpint (after.bodies, ==, before.bodies);
  g_assert_cmpint (after.history, ==, before.history);
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  /* The rows from before, with their values. */
  g_assert_cmpstr (first, ==, "王小明");
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM person WHERE name LIKE 'earlier-%' AND notes = 'kept'"),
                   ==, 20);
  sqlite3_close (raw);
}

static void
add_earlier_rows (StewardDatabase *db)
{
  g_autoptr(StewardPerson) first = steward_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (first, "name", "王小明", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (first), db, &error));
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(StewardPerson) person = steward_person_new ();
      g_autofree char *name = g_strdup_printf ("earlier-%u", i);

      g_object_set (person, "name", name, "notes", "kept", NULL);
      g_assert_true (steward_record_save (STEWARD_RECORD (person), db, &error));
      g_assert_no_error (error);
    }
}

/* One record with a long text. */
static StewardPerson *
new_long_person (gsize length)
{
  StewardPerson *person = steward_person_new ();
  g_autofree char *notes = g_strnfill (length, 'x');

  g_object_set (person, "name", "陳大文", "notes", notes, NULL);

  return person;
}

/* A committee and three people with long notes, in one transaction. */
static gboolean
write_body_cb (StewardDatabase  *db,
               gpointer          user_data,
               GError          **error)
{
  gsize length = GPOINTER_TO_SIZE (user_data);
  g_autoptr(StewardBody) body = steward_body_new (STEWARD_BODY_COMMITTEE, "資訊安全委員會");

  if (!steward_record_save (STEWARD_RECORD (body), db, error))
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(StewardPerson) person = new_long_person (length);

      if (!steward_record_save (STEWARD_RECORD (person), db, error))
        return FALSE;
    }

  return TRUE;
}

static void
assert_message (const GError *error,
                const char   *english)
{
  /* The message is the translated sentence, then SQLite's words. */
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, _(english)));
}

static goffset
file_size (const char *path,
           const char *suffix)
{
  g_autofree char *file = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  return g_stat (file, &st) == 0 ? st.st_size : 0;
}

/* A file size limit just above what the files take now. */
static void
test_file_size_limit (gconstpointer data)
{
  gboolean network = GPOINTER_TO_INT (data);
  g_autoptr(StewardTestDb) t = NULL;
  g_autoptr(StewardPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit saved;
  struct rlimit limit;
  Counts before;
  goffset largest;

  if (network)
    g_setenv ("STEWARD_NETWORK_FS", "1", TRUE);
  else
    g_unsetenv ("STEWARD_NETWORK_FS");
  t = steward_test_db_new ();
  g_assert_cmpstr (steward_database_get_journal_mode (t->db), ==, network ? "delete" : "wal");
  add_earlier_rows (t->db);
  before = count (t->db);

  largest = MAX (file_size (t->path, ""), file_size (t->path, "-wal"));
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = largest + 16384;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  /* One record with 2 MB of text. */
  person = new_long_person (2 * 1024 * 1024);
  g_assert_false (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_DISK_FULL);
  assert_message (error, DISK_FULL_MESSAGE);
  g_clear_error (&error);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (person)), ==, 0);
  g_assert_false (steward_database_in_transaction (t->db));
  assert_unchanged (t->db, t->path, before);

  /* Four rows in one transaction, the last ones past the limit. */
  g_assert_false (steward_database_transaction (t->db, write_body_cb, GSIZE_TO_POINTER (512 * 1024), &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_DISK_FULL);
  assert_message (error, DISK_FULL_MESSAGE);
  g_clear_error (&error);
  g_assert_false (steward_database_in_transaction (t->db));
  assert_unchanged (t->db, t->path, before);

  /* Room again: the same writes go through. */
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);
  g_assert_true (steward_database_transaction (t->db, write_body_cb, GSIZE_TO_POINTER (512 * 1024), &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, before.people + 4);
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, before.bodies + 1);
  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, before.history + 5);

  g_unsetenv ("STEWARD_NETWORK_FS");
}

/* The disk fails the next write (or sync) with EIO. */
static void
test_io_error (gconstpointer data)
{
  StewardFault fault = GPOINTER_TO_INT (data) & 1;
  gboolean network = (GPOINTER_TO_INT (data) & 2) != 0;
  g_autoptr(StewardTestDb) t = NULL;
  g_autoptr(StewardPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  Counts before;
  guint faults;

  if (network)
    g_setenv ("STEWARD_NETWORK_FS", "1", TRUE);
  else
    g_unsetenv ("STEWARD_NETWORK_FS");
  t = steward_test_db_new ();
  g_assert_cmpstr (steward_database_get_journal_mode (t->db), ==, network ? "delete" : "wal");
  add_earlier_rows (t->db);
  before = count (t->db);

  /* One row. */
  faults = steward_faulty_vfs_get_faults ();
  steward_faulty_vfs_fail_nth (fault, 1, EIO);
  person = new_long_person (100);
  g_assert_false (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_cmpuint (steward_faulty_vfs_get_faults (), ==, faults + 1);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO);
  assert_message (error, IO_MESSAGE);
  g_clear_error (&error);
  g_assert_false (steward_database_in_transaction (t->db));
  assert_unchanged (t->db, t->path, before);

  /* Four rows in one transaction. */
  steward_faulty_vfs_fail_nth (fault, 1, EIO);
  g_assert_false (steward_database_transaction (t->db, write_body_cb, GSIZE_TO_POINTER (100), &error));
  g_assert_cmpuint (steward_faulty_vfs_get_faults (), ==, faults + 2);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO);
  g_clear_error (&error);
  assert_unchanged (t->db, t->path, before);

  /* The next writes go through. */
  g_assert_true (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);
  g_assert_true (steward_database_transaction (t->db, write_body_cb, GSIZE_TO_POINTER (100), &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, before.people + 4);
  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, before.history + 5);

  g_unsetenv ("STEWARD_NETWORK_FS");
}

/* In a user and mount namespace of its own (unshare -Urm), on a tmpfs of
 * 1 MiB: writes until the disk is full, then checks, makes room and
 * writes again. Exits 0 when all held. */
static int
tmpfs_child (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "steward.db", NULL);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPerson) person = NULL;
  const char *remount[] = { "mount", "-o", "remount,size=8m", dir, NULL };
  Counts before = { 0 };
  int status = -1;
  guint saved = 0;

  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  add_earlier_rows (db);

  for (;;)
    {
      g_clear_object (&person);
      before = count (db);
      person = new_long_person (64 * 1024);
      if (!steward_record_save (STEWARD_RECORD (person), db, &error))
        break;
      saved++;
      g_assert_cmpuint (saved, <, 1000);
    }

  g_print ("%u records of 64 KiB saved, then: %s\n", saved, error->message);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_DISK_FULL);
  g_assert_true (g_str_has_prefix (error->message, _(DISK_FULL_MESSAGE)));
  g_clear_error (&error);
  assert_unchanged (db, path, before);

  g_assert_true (g_spawn_sync (NULL, (char **)remount, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, before.people + 1);

  return 0;
}

static void
test_tmpfs (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const char *argv[] = {
    unshare, "-Urm", "sh", "-c",
    "mount -t tmpfs -o size=1m steward-test \"$1\" || exit 77; exec \"$2\" --tmpfs-child \"$1\"",
    "sh", dir, NULL /* this program */, NULL
  };
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (unshare == NULL)
    {
      g_test_skip ("unshare(1) is not installed: no tmpfs can be mounted");
      steward_test_remove_tree (dir);
      return;
    }
  argv[7] = self;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);

  /* 77: unshare or mount refused, as in a container without user
   * namespaces. */
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_autofree char *reason = g_strdup_printf ("no tmpfs could be mounted in a user namespace: %s", err);

      g_test_skip (reason);
      steward_test_remove_tree (dir);
      return;
    }

  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "records of 64 KiB saved"));
  steward_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Every database of this program goes through the VFS that fails on
   * demand; it passes everything through until told. */
  steward_faulty_vfs_install ();

  if (argc == 3 && g_str_equal (argv[1], "--tmpfs-child"))
    return tmpfs_child (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/disk-full/file-size-limit/wal", GINT_TO_POINTER (FALSE), test_file_size_limit);
  g_test_add_data_func ("/disk-full/file-size-limit/rollback-journal", GINT_TO_POINTER (TRUE), test_file_size_limit);
  g_test_add_func ("/disk-full/tmpfs", test_tmpfs);
  g_test_add_data_func ("/io-error/write/wal", GINT_TO_POINTER (STEWARD_FAULT_WRITE), test_io_error);
  g_test_add_data_func ("/io-error/write/rollback-journal", GINT_TO_POINTER (STEWARD_FAULT_WRITE | 2), test_io_error);
  g_test_add_data_func ("/io-error/sync/rollback-journal", GINT_TO_POINTER (STEWARD_FAULT_SYNC | 2), test_io_error);

  return g_test_run ();
}
