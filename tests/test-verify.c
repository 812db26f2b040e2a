/* test-verify.c: the tamper-evident history and `steward --verify`
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <sys/wait.h>

#include "logic/steward-sample-data.h"
#include "store/steward-verify.h"
#include "steward-test-util.h"

#if defined(__SANITIZE_ADDRESS__)
# define UNDER_SANITIZER 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define UNDER_SANITIZER 1
# endif
#endif
#ifndef UNDER_SANITIZER
# define UNDER_SANITIZER 0
#endif

static const char * const person_columns[] = { "name", "title" };

static gint64
add_person (StewardDatabase *db,
            const char      *name)
{
  g_autoptr(GError) error = NULL;
  GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };
  gint64 id;

  g_value_init (&values[0], G_TYPE_STRING);
  g_value_set_string (&values[0], name);
  g_value_init (&values[1], G_TYPE_STRING);
  g_value_set_static_string (&values[1], "委員");

  id = steward_database_insert (db, "person", 0, person_columns, values, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  g_value_unset (&values[0]);
  g_value_unset (&values[1]);

  return id;
}

/* Seven history rows: five inserts, an update (row 6), a delete (row 7). */
static void
fill (StewardDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };
  gint64 ids[5];
  const char *names[] = { "王大明", "李小華", "Ann O'Brien; DROP TABLE person;--", "陳 🙂", "林志玲" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ids[i] = add_person (db, names[i]);

  g_value_init (&values[0], G_TYPE_STRING);
  g_value_set_static_string (&values[0], "王大明");
  g_value_init (&values[1], G_TYPE_STRING);
  g_value_set_static_string (&values[1], "召集人");
  g_assert_true (steward_database_update (db, "person", ids[0], person_columns, values, 2, &error));
  g_assert_no_error (error);
  g_value_unset (&values[0]);
  g_value_unset (&values[1]);

  g_assert_true (steward_database_delete (db, "person", ids[4], person_columns, 2, &error));
  g_assert_no_error (error);
}

static StewardVerifyReport *
verify (StewardDatabase *db)
{
  g_autoptr(GError) error = NULL;
  StewardVerifyReport *report = NULL;

  g_assert_true (steward_database_verify (db, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

/* Verifies the file at @path on a read-only connection of its own, as
 * `steward --verify` does. */
static StewardVerifyReport *
verify_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardDatabase) db = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);

  return verify (db);
}

static void
test_intact (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) empty = verify (t->db);
  g_autoptr(StewardVerifyReport) report = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *first_prev = NULL;
  sqlite3 *raw;

  g_assert_true (steward_verify_report_is_intact (empty));
  g_assert_cmpuint (empty->n_history, ==, 0);

  fill (t->db);
  report = verify (t->db);
  g_assert_true (steward_verify_report_is_intact (report));
  g_assert_cmpuint (report->n_history, ==, 7);
  g_assert_cmpuint (report->n_minutes, ==, 0);
  g_assert_null (report->history_message);

  summary = steward_verify_report_dup_summary (report);
  g_assert_nonnull (strstr (summary, "7 rows, chain intact"));
  g_assert_nonnull (strstr (summary, "Issued minutes: 0, fingerprints match"));

  /* Each row is sealed onto the one before; the first onto zeros. */
  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READWRITE);
  first_prev = steward_test_raw_text (raw, "SELECT prev_sha256 FROM history WHERE id = 1");
  g_assert_cmpstr (first_prev, ==, STEWARD_HISTORY_GENESIS_SHA256);
  g_assert_cmpint (steward_test_raw_int (raw,
                                         "SELECT count(*) FROM history AS h JOIN history AS p ON p.id = h.id - 1"
                                         " WHERE h.prev_sha256 = p.sha256 AND length (h.sha256) = 64"), ==, 6);

  /* The history is append-only: changing, deleting or slipping in an
   * unsealed row is refused. */
  g_assert_cmpint (sqlite3_exec (raw, "UPDATE history SET user_name = 'mallory' WHERE id = 3", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM history WHERE id = 3", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO history (at, user_name, table_name, row_id, action)"
                                      " VALUES ('2026-01-01T00:00:00Z', 'mallory', 'person', 1, 'delete')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM history WHERE user_name = 'mallory'"), ==, 0);
  sqlite3_close (raw);
}

/* A write that is rolled back, in a savepoint or in the whole transaction,
 * leaves no digest behind: the next write links onto what is in the file. */
static gboolean
fail_after_insert (StewardDatabase  *db,
                   gpointer          user_data,
                   GError          **error)
{
  add_person (db, user_data);
  g_set_error_literal (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED, "refused on purpose");

  return FALSE;
}

static gboolean
nested_with_failure (StewardDatabase  *db,
                     gpointer          user_data,
                     GError          **error)
{
  add_person (db, "before the savepoint");
  g_assert_false (steward_database_transaction (db, fail_after_insert, (gpointer)"in the savepoint", NULL));
  add_person (db, "after the savepoint");

  return TRUE;
}

static void
test_rollback (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) report = NULL;
  g_autoptr(GError) error = NULL;

  add_person (t->db, "first");
  g_assert_false (steward_database_transaction (t->db, fail_after_insert, (gpointer)"rolled back", &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED);
  g_assert_true (steward_database_transaction (t->db, nested_with_failure, NULL, NULL));
  add_person (t->db, "last");

  report = verify (t->db);
  g_assert_true (steward_verify_report_is_intact (report));
  g_assert_cmpuint (report->n_history, ==, 4);
}

static void
test_content_changed (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) report = NULL;

  fill (t->db);
  steward_test_raw_exec_file (t->path,
                              "DROP TRIGGER history_sealed_update;"
                              "UPDATE history SET new_values = json_object ('id', 3, 'name', 'Mallory', 'title', '委員')"
                              " WHERE id = 3;");

  report = verify_file (t->path);
  g_assert_false (steward_verify_report_is_intact (report));
  g_assert_cmpint (report->history_problem, ==, STEWARD_VERIFY_HISTORY_CONTENT_CHANGED);
  g_assert_cmpint (report->history_id, ==, 3);
  g_assert_cmpstr (report->table_name, ==, "person");
  g_assert_cmpint (report->row_id, ==, 3);
  g_assert_cmpstr (report->user_name, ==, steward_database_get_user_name (t->db));
  g_assert_nonnull (report->at);
  g_assert_cmpuint (report->n_history, ==, 7);
  g_assert_nonnull (strstr (report->history_message, "row 3 (person 3,"));
  g_assert_nonnull (strstr (report->history_message, "changed after it was written"));
  g_test_message ("%s", report->history_message);
}

static void
test_row_deleted (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) report = NULL;

  fill (t->db);
  steward_test_raw_exec_file (t->path, "DROP TRIGGER history_delete; DELETE FROM history WHERE id = 4;");

  report = verify_file (t->path);
  g_assert_cmpint (report->history_problem, ==, STEWARD_VERIFY_HISTORY_ROW_MISSING);
  g_assert_cmpint (report->history_id, ==, 5);
  g_assert_cmpint (report->previous_id, ==, 3);
  g_assert_cmpuint (report->n_history, ==, 6);
  g_assert_nonnull (strstr (report->history_message, "History row 4 is missing before row 5"));
  g_test_message ("%s", report->history_message);
}

static void
test_first_row_deleted (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) report = NULL;

  fill (t->db);
  steward_test_raw_exec_file (t->path, "DROP TRIGGER history_delete; DELETE FROM history WHERE id = 1;");

  report = verify_file (t->path);
  g_assert_cmpint (report->history_problem, ==, STEWARD_VERIFY_HISTORY_ROW_MISSING);
  g_assert_cmpint (report->history_id, ==, 2);
  g_assert_cmpint (report->previous_id, ==, 0);
}

/* The newest rows deleted: no later row links to them, but the head kept
 * in meta (written with each row) still names the last one. */
static void
test_tail_deleted (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) report = NULL;

  fill (t->db);
  steward_test_raw_exec_file (t->path, "DROP TRIGGER history_delete; DELETE FROM history WHERE id >= 5;");

  report = verify_file (t->path);
  g_assert_cmpint (report->history_problem, ==, STEWARD_VERIFY_HISTORY_TAIL_MISSING);
  g_assert_cmpint (report->history_id, ==, 7);
  g_assert_cmpint (report->previous_id, ==, 4);
  g_assert_cmpuint (report->n_history, ==, 4);
  g_assert_false (steward_verify_report_is_intact (report));
  g_assert_nonnull (strstr (report->history_message, "History rows 5 to 7, the newest Steward wrote, are missing"));
  g_test_message ("%s", report->history_message);
}

/* The chain ends on another row than the one Steward wrote last (rows
 * added and sealed behind its back would do that): reported. */
static void
test_head_changed (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) report = NULL;

  fill (t->db);
  steward_test_raw_exec_file (t->path, "DROP TRIGGER history_delete;"
                                       "UPDATE meta SET value = '5 x' WHERE key = 'history_head';");

  report = verify_file (t->path);
  g_assert_cmpint (report->history_problem, ==, STEWARD_VERIFY_HISTORY_HEAD_CHANGED);
  g_assert_cmpint (report->history_id, ==, 5);
  g_assert_cmpint (report->previous_id, ==, 7);
  g_assert_false (steward_verify_report_is_intact (report));
}

/* Row 3 changed and re-sealed with Steward's own algorithm: it matches its
 * digest, but row 4 was sealed onto the old one. */
static void
test_resealed (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) report = NULL;
  g_autofree char *prev = NULL;
  g_autofree char *at = NULL;
  g_autofree char *user_name = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *sql = NULL;
  const char *forged = "{\"id\":3,\"name\":\"Mallory\",\"title\":\"委員\"}";
  sqlite3 *raw;

  fill (t->db);
  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READWRITE);
  prev = steward_test_raw_text (raw, "SELECT prev_sha256 FROM history WHERE id = 3");
  at = steward_test_raw_text (raw, "SELECT at FROM history WHERE id = 3");
  user_name = steward_test_raw_text (raw, "SELECT user_name FROM history WHERE id = 3");
  sha256 = _steward_history_compute_sha256 (prev, 3, at, user_name, "person", 3, "insert", NULL, forged);
  sql = g_strdup_printf ("DROP TRIGGER history_sealed_update;"
                         "UPDATE history SET new_values = '%s', sha256 = '%s' WHERE id = 3;", forged, sha256);
  steward_test_raw_exec (raw, sql);
  sqlite3_close (raw);

  report = verify_file (t->path);
  g_assert_cmpint (report->history_problem, ==, STEWARD_VERIFY_HISTORY_LINK_BROKEN);
  g_assert_cmpint (report->history_id, ==, 4);
  g_assert_cmpint (report->previous_id, ==, 3);
  g_assert_nonnull (strstr (report->history_message, "does not follow row 3"));
  g_test_message ("%s", report->history_message);
}

static void
test_minutes_pdf_changed (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardVerifyReport) before = NULL;
  g_autoptr(StewardVerifyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *sql = NULL;
  gint64 n_issued;
  gint64 id;
  int version;
  sqlite3 *raw;

  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);

  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READWRITE);
  n_issued = steward_test_raw_int (raw, "SELECT count(*) FROM minutes WHERE status = 'issued'");
  if (n_issued < 2)
    {
      sqlite3_close (raw);
      g_test_skip ("The small sample has fewer than two issued minutes");
      return;
    }

  before = verify (t->db);
  g_assert_true (steward_verify_report_is_intact (before));
  g_assert_cmpint (before->n_minutes, ==, n_issued);
  g_assert_cmpuint (before->n_history, >, 0);

  /* The second issued minutes get another PDF behind Steward's back. */
  id = steward_test_raw_int (raw, "SELECT id FROM minutes WHERE status = 'issued' ORDER BY id LIMIT 1 OFFSET 1");
  version = (int)steward_test_raw_int (raw, "SELECT version FROM minutes WHERE status = 'issued' ORDER BY id LIMIT 1 OFFSET 1");
  sql = g_strdup_printf ("SELECT r.title FROM review AS r JOIN minutes AS m ON m.review_id = r.id"
                         " WHERE m.id = %" G_GINT64_FORMAT, id);
  title = steward_test_raw_text (raw, sql);
  g_free (sql);
  sql = g_strdup_printf ("DROP TRIGGER minutes_issued_update;"
                         "UPDATE minutes SET pdf = CAST ('%%PDF-1.7 forged' AS BLOB) WHERE id = %" G_GINT64_FORMAT, id);
  steward_test_raw_exec (raw, sql);
  sqlite3_close (raw);

  report = verify_file (t->path);
  g_assert_false (steward_verify_report_is_intact (report));
  g_assert_cmpint (report->history_problem, ==, STEWARD_VERIFY_HISTORY_OK);
  g_assert_cmpint (report->minutes_id, ==, id);
  g_assert_cmpint (report->minutes_version, ==, version);
  g_assert_cmpstr (report->review_title, ==, title);
  g_assert_cmpint (report->n_minutes, ==, n_issued);
  g_assert_nonnull (strstr (report->minutes_message, title));
  g_test_message ("%s", report->minutes_message);
}

/* A database of version 6, with history, as Steward wrote it before 007. */
static char *
make_version_6 (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "v6.db", NULL);
  const char *migrations[] = { "001-initial.sql", "002-memberships.sql", "003-objectives.sql",
                               "004-context.sql", "005-follow-up.sql", "006-reviews.sql" };
  sqlite3 *raw;

  raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_PATH "/migrations/", migrations[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, &error);
      g_autofree char *sql = NULL;

      g_assert_no_error (error);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      steward_test_raw_exec (raw, sql);
    }
  g_assert_cmpint (steward_test_raw_int (raw, "PRAGMA user_version"), ==, 6);

  steward_test_raw_exec (raw,
                         "INSERT INTO person (id, name) VALUES (1, '王大明'), (2, '李小華');"
                         "INSERT INTO history (at, user_name, table_name, row_id, action, old_values, new_values) VALUES"
                         " ('2025-01-02T03:04:05Z', 'alice', 'person', 1, 'insert', NULL, '{\"id\":1,\"name\":\"王大明\"}'),"
                         " ('2025-01-02T03:05:00Z', 'alice', 'person', 2, 'insert', NULL, '{\"id\":2,\"name\":\"李小華\"}'),"
                         " ('2025-02-01T08:00:00Z', 'bob', 'person', 3, 'delete', '{\"id\":3,\"name\":\"X\"}', NULL);");
  sqlite3_close (raw);

  return g_steal_pointer (&path);
}

static void
test_migrated_from_6 (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = make_version_6 (dir);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(StewardVerifyReport) report = NULL;
  g_autoptr(StewardVerifyReport) after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw;

  /* Read-only, version 6 cannot be verified: it must be updated first. */
  read_only = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_TOO_OLD);
  g_assert_null (read_only);
  g_clear_error (&error);

  db = steward_database_open (path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_database_get_schema_version (db), >=, 7);

  raw = steward_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM history WHERE length (sha256) = 64"), ==, 3);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count(*) FROM history WHERE user_name = 'bob'"), ==, 1);
  sqlite3_close (raw);

  report = verify (db);
  g_assert_true (steward_verify_report_is_intact (report));
  g_assert_cmpuint (report->n_history, ==, 3);

  /* New rows follow the sealed old ones. */
  add_person (db, "陳美玲");
  after = verify (db);
  g_assert_true (steward_verify_report_is_intact (after));
  g_assert_cmpuint (after->n_history, ==, 4);

  g_clear_object (&db);
  steward_test_remove_tree (dir);
}

/* `steward --verify`: 0 intact, 1 broken, 2 cannot read. */
static int
run_verify (const char  *steward,
            const char  *path,
            char       **out)
{
  const char *argv[] = { steward, "-d", path, "--verify", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  if (err != NULL && err[0] != '\0')
    {
      char *both = g_strconcat (*out, err, NULL);

      g_free (*out);
      *out = both;
    }

  return WEXITSTATUS (status);
}

static void
test_command_line (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *steward = NULL;
  g_autofree char *out = NULL;
  g_autofree char *v6 = NULL;
  const char *output = g_getenv ("STEWARD_TEST_OUTPUT");

  if (output == NULL)
    {
      g_test_skip ("STEWARD_TEST_OUTPUT is not set: the built steward cannot be found");
      return;
    }
  steward = g_build_filename (output, "..", "src", "steward", NULL);
  if (!g_file_test (steward, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("steward is not built");
      return;
    }

  fill (t->db);
  g_assert_cmpint (run_verify (steward, t->path, &out), ==, 0);
  g_assert_nonnull (strstr (out, "History: 7 rows, chain intact."));
  g_assert_nonnull (strstr (out, "Issued minutes: 0, fingerprints match."));
  g_clear_pointer (&out, g_free);

  steward_test_raw_exec_file (t->path,
                              "DROP TRIGGER history_sealed_update;"
                              "UPDATE history SET user_name = 'mallory' WHERE id = 6;");
  g_assert_cmpint (run_verify (steward, t->path, &out), ==, 1);
  g_assert_nonnull (strstr (out, "History: 7 rows checked, chain broken."));
  g_assert_nonnull (strstr (out, "row 6 (person 1,"));
  g_test_message ("%s", out);
  g_clear_pointer (&out, g_free);

  v6 = make_version_6 (t->dir);
  g_assert_cmpint (run_verify (steward, v6, &out), ==, 2);
  g_assert_nonnull (strstr (out, "Cannot verify"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_verify (steward, "/nonexistent/steward.db", &out), ==, 2);
}

static void
test_large_sample (void)
{
  g_autoptr(StewardTestDb) t = NULL;
  g_autoptr(StewardVerifyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double fill_seconds;
  double verify_seconds;

  if (!g_test_slow () && g_getenv ("STEWARD_TEST_LARGE") == NULL && UNDER_SANITIZER)
    {
      g_test_skip ("The large sample takes minutes under the sanitizers; set STEWARD_TEST_LARGE=1");
      return;
    }

  t = steward_test_db_new ();
  start = g_get_monotonic_time ();
  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_LARGE, &error));
  g_assert_no_error (error);
  fill_seconds = (g_get_monotonic_time () - start) / 1e6;

  start = g_get_monotonic_time ();
  report = verify (t->db);
  verify_seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("Large sample: filled in %.2f s; verified %" G_GUINT64_FORMAT " history rows and %"
                  G_GUINT64_FORMAT " issued minutes in %.3f s",
                  fill_seconds, report->n_history, report->n_minutes, verify_seconds);
  g_printerr ("# Large sample: filled in %.2f s; verified %" G_GUINT64_FORMAT " history rows and %"
              G_GUINT64_FORMAT " issued minutes in %.3f s\n",
              fill_seconds, report->n_history, report->n_minutes, verify_seconds);

  g_assert_true (steward_verify_report_is_intact (report));
  g_assert_cmpuint (report->n_history, >, 10000);
  g_assert_cmpuint (report->n_minutes, >, 0);
  /* The time is printed, not asserted: a busy machine or valgrind would
   * fail a time limit without anything being wrong. */
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/verify/intact", test_intact);
  g_test_add_func ("/verify/rollback", test_rollback);
  g_test_add_func ("/verify/content-changed", test_content_changed);
  g_test_add_func ("/verify/row-deleted", test_row_deleted);
  g_test_add_func ("/verify/first-row-deleted", test_first_row_deleted);
  g_test_add_func ("/verify/tail-deleted", test_tail_deleted);
  g_test_add_func ("/verify/head-changed", test_head_changed);
  g_test_add_func ("/verify/resealed", test_resealed);
  g_test_add_func ("/verify/minutes-pdf-changed", test_minutes_pdf_changed);
  g_test_add_func ("/verify/migrated-from-6", test_migrated_from_6);
  g_test_add_func ("/verify/command-line", test_command_line);
  g_test_add_func ("/verify/large-sample", test_large_sample);

  return g_test_run ();
}
