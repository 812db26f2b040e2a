/* test-backup-cli.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `steward --backup FILE` and `steward --restore FILE`, run as the program
 * of this build: the round trip, the exit codes, and the refusals (a file
 * that exists, a file that is not a backup or is newer, a database the
 * window has open) with nothing touched.
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "backup-test-util.h"
#include "steward-test-util.h"

/* The command line */

/* Runs the steward program of this build; returns its exit status. */
static int
run_steward (char **out,
             char **err,
             ...)
{
  const char *tests_dir = g_getenv ("STEWARD_TEST_OUTPUT");
  g_autofree char *build_dir = NULL;
  g_autofree char *exe = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status = -1;

  g_assert_nonnull (tests_dir);
  build_dir = g_path_get_dirname (tests_dir);
  exe = g_build_filename (build_dir, "src", "steward", NULL);
  g_assert_true (g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE));

  /* It runs before the application starts: no display, in English. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "STEWARD_DATABASE");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);

  g_ptr_array_add (argv, exe);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("steward %s %s → %d\nout: %s\nerr: %s",
                  (const char *)g_ptr_array_index (argv, 3), (const char *)g_ptr_array_index (argv, 4),
                  status, *out, *err);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

static gboolean
has_set_aside (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, ".set-aside-") != NULL)
      return TRUE;

  return FALSE;
}

static void
test_command_line (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *outside = g_build_filename (g_get_tmp_dir (), "steward-test-cli-XXXXXX", NULL);
  g_autofree char *copy = NULL;
  g_autofree char *not_db = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *tree = NULL;
  g_autofree char *tree_after = NULL;
  char *out = NULL;
  char *err = NULL;

  g_assert_nonnull (g_mkdtemp (outside));
  copy = g_build_filename (outside, "copy.db", NULL);
  not_db = g_build_filename (outside, "notes.db", NULL);
  newer = g_build_filename (outside, "newer.db", NULL);

  add_person (t->db, "王小明");

  /* --backup while the window has the file open. */
  g_assert_cmpint (run_steward (&out, &err, "--database", t->path, "--backup", copy, NULL), ==, 0);
  g_assert_nonnull (strstr (out, copy));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (count_people_named (copy, "王小明"), ==, 1);

  /* Never over a file. */
  g_assert_cmpint (run_steward (&out, &err, "--database", t->path, "--backup", copy, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already exists"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* --restore while the window has the file open: refused. */
  add_person (t->db, "陳志豪");
  g_assert_cmpint (run_steward (&out, &err, "--database", t->path, "--restore", copy, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "is open"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_false (has_set_aside (t->dir));
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, 2);
  steward_database_close (t->db);
  g_clear_object (&t->db);

  /* Not a backup, or from a newer Steward: refused with the reason,
   * nothing touched. */
  g_assert_true (g_file_set_contents (not_db, "minutes, not a database", -1, NULL));
  make_bad_backup (copy, newer, BAD_NEWER);
  tree = dup_tree (t->dir);

  g_assert_cmpint (run_steward (&out, &err, "--database", t->path, "--restore", not_db, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "not a database"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_steward (&out, &err, "--database", t->path, "--restore", newer, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "newer version"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_steward (&out, &err, "--database", t->path, "--backup", newer, "--restore", copy, NULL), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  tree_after = dup_tree (t->dir);
  g_assert_cmpstr (tree_after, ==, tree);

  /* The round trip: the copy back in place, the file before kept. */
  g_assert_cmpint (run_steward (&out, &err, "--database", t->path, "--restore", copy, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "-before-restore.db"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (has_set_aside (t->dir));
  g_assert_cmpint (count_people_named (t->path, "王小明"), ==, 1);
  g_assert_cmpint (count_people_named (t->path, "陳志豪"), ==, 0);

  steward_test_remove_tree (outside);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/command-line", test_command_line);

  return g_test_run ();
}
