/* fuzz-csv-import.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The CSV importer (logic/steward-csv-import.c, steward-csv-decode.c) with
 * any bytes as a file: the encoding guessed (UTF-8 with or without a BOM,
 * UTF-16, Big5), the header row mapped to each kind's columns, every row
 * made into a record and checked, the preview's text of every field. The
 * first byte chooses the kind (contacts, issues, interested parties); the
 * rest is the file. Nothing is committed: the database stays empty, so
 * that every input meets the same one. */

#include "config.h"

#include <stdlib.h>

#include "logic/steward-csv-import.h"
#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-party.h"
#include "steward-fuzz.h"

static StewardDatabase *db;
static char *db_dir;

/* Nothing left behind in the temporary folder. */
static void
remove_database (void)
{
  g_clear_object (&db);
  steward_fuzz_clear_dir (db_dir, TRUE);
  g_clear_pointer (&db_dir, g_free);
}

static StewardDatabase *
get_database (void)
{
  if (db == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;

      db_dir = g_dir_make_tmp ("steward-fuzz-csv-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (db_dir, "steward.db", NULL);
      db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      atexit (remove_database);
    }

  return db;
}

static void
check_import (StewardCsvImport *import)
{
  const char * const *fields = steward_csv_import_get_preview_fields (import);
  guint n_rows = steward_csv_import_get_n_rows (import);
  GPtrArray *notes = steward_csv_import_get_notes (import);

  g_assert_nonnull (steward_csv_import_get_encoding (import));
  g_assert_cmpuint (steward_csv_import_get_n_good (import) + steward_csv_import_get_n_bad (import), ==, n_rows);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    g_assert_true (g_utf8_validate (g_ptr_array_index (notes, i), -1, NULL));

  for (guint i = 0; i < n_rows; i++)
    {
      const StewardImportRow *row = steward_csv_import_get_row (import, i);
      g_autofree char *problems = steward_import_row_dup_problems_text (row);

      g_assert_nonnull (row);
      g_assert_cmpuint (row->line, >=, 1);
      g_assert_true (problems == NULL || g_utf8_validate (problems, -1, NULL));
      for (guint j = 0; row->cells != NULL && row->cells[j] != NULL; j++)
        g_assert_true (g_utf8_validate (row->cells[j], -1, NULL));

      for (guint j = 0; fields != NULL && fields[j] != NULL; j++)
        {
          g_autofree char *text = steward_csv_import_dup_field_text (import, row, fields[j]);

          g_assert_nonnull (steward_csv_import_get_field_title (import, fields[j]));
          g_assert_true (text == NULL || g_utf8_validate (text, -1, NULL));
        }
    }
}

int
steward_fuzz_csv_import (const guint8 *data,
                         gsize         size)
{
  GType types[] = { STEWARD_TYPE_CONTACT, STEWARD_TYPE_CONTEXT_ISSUE, STEWARD_TYPE_PARTY };
  g_autoptr(StewardCsvImport) import = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  steward_fuzz_init ();
  if (size < 1)
    return 0;

  import = steward_csv_import_new (get_database (), types[data[0] % G_N_ELEMENTS (types)]);
  bytes = g_bytes_new (data + 1, size - 1);
  if (!steward_csv_import_load_bytes (import, bytes, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == STEWARD_CSV_IMPORT_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);
  check_import (import);

  return 0;
}
