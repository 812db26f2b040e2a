/* test-network-fs.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A database on a network file system (NFS, SMB/CIFS, AFS…), where the
 * write-ahead log is unsafe, is opened with the rollback journal: told by
 * STEWARD_NETWORK_FS=1 and by the magic number statfs(2) gives, which
 * this test fakes by putting a statfs() of its own before the C
 * library's, so that no mount is needed.
 */

#define G_LOG_DOMAIN "test-network-fs"

#include "config.h"

#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "model/steward-person.h"
#include "steward-test-util.h"

/* 0: the real statfs(); else the f_type it reports for every path. */
static unsigned long fake_fs_type;
static guint n_statfs_calls;

/* With _FILE_OFFSET_BITS=64 the C library's header names this statfs64,
 * the symbol steward-database.c calls: this definition comes first. */
int
statfs (const char    *path,
        struct statfs *buf)
{
  int rc = (int)syscall (SYS_statfs, path, buf);

  n_statfs_calls++;
  if (rc == 0 && fake_fs_type != 0)
    buf->f_type = fake_fs_type;

  return rc;
}

static void
save_person (StewardDatabase *db,
             const char      *name)
{
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (person, "name", name, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), db, &error));
  g_assert_no_error (error);
}

static StewardDatabase *
open_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  StewardDatabase *db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);

  return db;
}

static char *
dup_file_journal_mode (const char *path)
{
  sqlite3 *raw = steward_test_raw_open (path, SQLITE_OPEN_READONLY);
  char *mode = steward_test_raw_text (raw, "PRAGMA journal_mode");

  sqlite3_close (raw);

  return mode;
}

static void
test_local_is_wal (void)
{
  g_autoptr(StewardTestDb) t = NULL;

  g_unsetenv ("STEWARD_NETWORK_FS");
  t = steward_test_db_new ();
  g_assert_false (steward_database_is_on_network (t->db));
  g_assert_cmpstr (steward_database_get_journal_mode (t->db), ==, "wal");
  g_assert_false (steward_database_path_is_on_network (t->path));
}

static void
test_new_on_network (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "steward.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *mode = NULL;
  StewardDatabase *db;

  g_setenv ("STEWARD_NETWORK_FS", "1", TRUE);
  g_assert_true (steward_database_path_is_on_network (path));

  db = open_database (path);
  g_assert_true (steward_database_is_on_network (db));
  g_assert_cmpstr (steward_database_get_journal_mode (db), ==, "delete");
  save_person (db, "王小明");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  steward_database_close (db);
  g_object_unref (db);

  mode = dup_file_journal_mode (path);
  g_assert_cmpstr (mode, ==, "delete");

  db = open_database (path);
  g_assert_cmpstr (steward_database_get_journal_mode (db), ==, "delete");
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 1);
  save_person (db, "林美玲");
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 2);
  g_object_unref (db);

  g_unsetenv ("STEWARD_NETWORK_FS");
  steward_test_remove_tree (dir);
}

/* A file made in WAL mode, then reached over the network: its log is
 * checkpointed into it and it goes on with the rollback journal; back on
 * a local disk, WAL again. */
static void
test_existing_wal_on_network (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "steward.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *mode = NULL;
  StewardDatabase *db;

  g_unsetenv ("STEWARD_NETWORK_FS");
  db = open_database (path);
  g_assert_cmpstr (steward_database_get_journal_mode (db), ==, "wal");
  save_person (db, "王小明");
  steward_database_close (db);
  g_object_unref (db);
  mode = dup_file_journal_mode (path);
  g_assert_cmpstr (mode, ==, "wal");
  g_clear_pointer (&mode, g_free);

  g_setenv ("STEWARD_NETWORK_FS", "1", TRUE);
  db = open_database (path);
  g_assert_true (steward_database_is_on_network (db));
  g_assert_cmpstr (steward_database_get_journal_mode (db), ==, "delete");
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 1);
  save_person (db, "林美玲");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  steward_database_close (db);
  g_object_unref (db);
  mode = dup_file_journal_mode (path);
  g_assert_cmpstr (mode, ==, "delete");
  g_clear_pointer (&mode, g_free);

  db = open_database (path);
  g_assert_cmpstr (steward_database_get_journal_mode (db), ==, "delete");
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 2);
  g_object_unref (db);

  g_unsetenv ("STEWARD_NETWORK_FS");
  db = open_database (path);
  g_assert_false (steward_database_is_on_network (db));
  g_assert_cmpstr (steward_database_get_journal_mode (db), ==, "wal");
  g_assert_cmpint (steward_test_count_rows (db, "person"), ==, 2);
  g_object_unref (db);

  steward_test_remove_tree (dir);
}

/* The magic numbers statfs(2) gives, faked. */
static void
test_statfs_magic (void)
{
  const struct
  {
    unsigned long type;
    const char *name;
    gboolean network;
  } cases[] = {
    { 0x6969, "NFS", TRUE },
    { 0x517b, "SMB", TRUE },
    { 0xff534d42, "CIFS", TRUE },
    { 0xfe534d42, "SMB2", TRUE },
    { 0x6b414653, "AFS", TRUE },
    { 0xef53, "ext4", FALSE },
    { 0x9123683e, "Btrfs", FALSE },
    { 0x58465342, "XFS", FALSE },
    { 0x01021994, "tmpfs", FALSE },
    { 0x794c7630, "overlayfs", FALSE },
  };
  g_autoptr(StewardTestDb) t = NULL;
  g_autofree char *missing = NULL;

  g_unsetenv ("STEWARD_NETWORK_FS");
  t = steward_test_db_new ();
  missing = g_build_filename (t->dir, "not-yet.db", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint calls = n_statfs_calls;

      fake_fs_type = cases[i].type;
      g_test_message ("%s (0x%lx)", cases[i].name, cases[i].type);
      g_assert_true (steward_database_path_is_on_network (t->path) == cases[i].network);
      /* The function asked statfs(), not something else. */
      g_assert_cmpuint (n_statfs_calls, >, calls);
      /* A file not made yet: its folder's file system. */
      g_assert_true (steward_database_path_is_on_network (missing) == cases[i].network);
    }

  /* Opened on NFS: the rollback journal, and the window can tell why. */
  fake_fs_type = 0x6969;
  {
    g_autoptr(StewardDatabase) db = open_database (missing);

    g_assert_true (steward_database_is_on_network (db));
    g_assert_cmpstr (steward_database_get_journal_mode (db), ==, "delete");
    save_person (db, "王小明");
  }
  fake_fs_type = 0;
  g_assert_false (steward_database_path_is_on_network (t->path));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/network-fs/local-is-wal", test_local_is_wal);
  g_test_add_func ("/network-fs/new", test_new_on_network);
  g_test_add_func ("/network-fs/existing-wal", test_existing_wal_on_network);
  g_test_add_func ("/network-fs/statfs-magic", test_statfs_magic);

  return g_test_run ();
}
