/* fuzz-database-open.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The database opener (store/steward-database.c) with any bytes as the
 * file: opened read-only, which must never write to it, then as the app
 * opens it, which may migrate it but must leave a file it refused as it
 * was; once open, a few reads: the schema, counts, the people as a list,
 * the objectives' evaluations, the history. */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "logic/steward-objectives.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "store/steward-database.h"
#include "steward-fuzz.h"

static void
assert_file_is (const char   *path,
                const guint8 *data,
                gsize         size)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, data, size);
}

static void
read_some (StewardDatabase *db)
{
  const char *tables[] = { "person", "body", "objective", "review", "history" };
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardRecordList) people = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (24, 11, 2026);

  g_assert_cmpint (steward_database_get_schema_version (db), >=, 0);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      gint64 n = steward_database_count (db, tables[i], NULL, &error);

      g_assert_true ((n >= 0) == (error == NULL));
      g_clear_error (&error);
    }

  /* A list logs what it cannot read: only over a table that is there. */
  if (steward_database_count (db, "person", NULL, NULL) < 0)
    return;

  people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (people)); i < n && i < 50; i++)
    {
      g_autoptr(GObject) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      g_assert_nonnull (person);
    }

  evaluations = steward_evaluations_load (db, day, &error);
  g_assert_true ((evaluations != NULL) == (error == NULL));
}

int
steward_fuzz_database_open (const guint8 *data,
                            gsize         size)
{
  g_autofree char *path = g_build_filename (steward_fuzz_get_work_dir (), "steward.db", NULL);
  g_autoptr(GError) error = NULL;
  StewardDatabase *db;

  steward_fuzz_init ();
  steward_fuzz_clear_dir (steward_fuzz_get_work_dir (), FALSE);
  g_assert_true (g_file_set_contents (path, (const char *)data, size, NULL));

  /* Read-only: never a byte written, opened or not. */
  db = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_true ((db != NULL) == (error == NULL));
  if (db != NULL)
    {
      g_assert_true (steward_database_is_read_only (db));
      read_some (db);
      steward_database_close (db);
      g_object_unref (db);
    }
  else
    g_assert_true (error->domain == STEWARD_DATABASE_ERROR);
  g_clear_error (&error);
  assert_file_is (path, data, size);

  /* As the app opens it: a file refused is left as it was. */
  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_true ((db != NULL) == (error == NULL));
  if (db != NULL)
    {
      read_some (db);
      steward_database_close (db);
      g_object_unref (db);
    }
  else
    {
      g_assert_true (error->domain == STEWARD_DATABASE_ERROR);
      assert_file_is (path, data, size);
    }

  steward_fuzz_clear_dir (steward_fuzz_get_work_dir (), FALSE);

  return 0;
}
