/* backup-test-util.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers of test-backup and test-backup-cli: people in a database, the
 * files of a folder with their checksums (what "nothing touched" compares),
 * and backups that must be refused.
 */

#pragma once

#include <string.h>

#include <glib.h>
#include <sqlite3.h>

#include "model/steward-person.h"
#include "store/steward-database.h"

#include "steward-test-util.h"

G_BEGIN_DECLS

static inline void
add_person (StewardDatabase *db,
            const char      *name)
{
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (person, "name", name, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), db, &error));
  g_assert_no_error (error);
}

/* The number of people named @name in the Steward database at @path, read
 * through steward_database_open(). */
static inline gint64
count_people_named (const char *path,
                    const char *name)
{
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GError) error = NULL;
  gint64 n;

  steward_query_where_string (query, "name", STEWARD_QUERY_EQUAL, name);
  n = steward_database_count (db, "person", query, &error);
  g_assert_no_error (error);

  return n;
}

static inline int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Every file under @dir with its bytes' checksum, in order: what "nothing
 * touched" compares. */
static inline void
add_tree (GString    *out,
          const char *dir,
          const char *relative)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *child = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, child, NULL);
      g_autofree char *rel = g_build_filename (relative, child, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        add_tree (out, path, rel);
      else
        {
          g_autofree char *contents = NULL;
          gsize length = 0;
          g_autofree char *sum = NULL;

          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
          g_string_append_printf (out, "%s %s\n", rel, sum);
        }
    }
}

static inline char *
dup_tree (const char *dir)
{
  GString *out = g_string_new (NULL);

  add_tree (out, dir, "");

  return g_string_free (out, FALSE);
}

typedef enum
{
  BAD_TEXT,
  BAD_EMPTY,
  BAD_TRUNCATED,
  BAD_DAMAGED,
  BAD_NEWER,
  BAD_FOREIGN,
  BAD_PLAIN_SQLITE,
} BadBackup;

static inline void
make_bad_backup (const char *good,
                 const char *path,
                 BadBackup   how)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *raw;

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));

  switch (how)
    {
    case BAD_TEXT:
      g_assert_true (g_file_set_contents (path, "會議紀錄, not a database\n", -1, NULL));
      break;

    case BAD_EMPTY:
      g_assert_true (g_file_set_contents (path, "", 0, NULL));
      break;

    case BAD_TRUNCATED:
      g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
      break;

    case BAD_DAMAGED:
      /* Every page after the first overwritten: the schema points at
       * garbage. */
      g_assert_cmpuint (length, >, 8192);
      memset (contents + 4096, 0x5a, length - 4096);
      g_assert_true (g_file_set_contents (path, contents, length, NULL));
      break;

    case BAD_NEWER:
      g_assert_true (g_file_set_contents (path, contents, length, NULL));
      raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE);
      {
        g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                                steward_database_get_latest_version () + 1);

        steward_test_raw_exec (raw, sql);
      }
      steward_test_raw_exec (raw, "PRAGMA journal_mode = DELETE");
      sqlite3_close (raw);
      break;

    case BAD_FOREIGN:
      g_assert_true (g_file_set_contents (path, contents, length, NULL));
      raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE);
      steward_test_raw_exec (raw, "PRAGMA application_id = 1234");
      steward_test_raw_exec (raw, "PRAGMA journal_mode = DELETE");
      sqlite3_close (raw);
      break;

    case BAD_PLAIN_SQLITE:
      raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      steward_test_raw_exec (raw, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')");
      sqlite3_close (raw);
      break;

    default:
      g_assert_not_reached ();
    }
}

G_END_DECLS
