/* steward-backup.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-backup"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "steward-backup.h"
#include "steward-database-private.h"

/* Backups */

static char *
dup_backup_dir (const char *database_path)
{
  g_autofree char *dir = g_path_get_dirname (database_path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
dup_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

/* Copies the open database page by page with SQLite's backup API, which
 * gives a consistent copy even while other readers are active. */
static gboolean
backup_to_new_file (sqlite3     *source,
                    const char  *dest_path,
                    GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  if (!_steward_database_create_private_file (dest_path, error))
    return FALSE;

  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
          sqlite3_backup_finish (backup);
        }
    }

  if (rc != SQLITE_OK)
    {
      _steward_database_set_sqlite_error (dest, rc, error);
      sqlite3_close (dest);
      g_unlink (dest_path);
      return FALSE;
    }

  sqlite3_close (dest);

  return TRUE;
}

char *
_steward_backup_make_before_migration (sqlite3     *db,
                                       const char  *database_path,
                                       int          from_version,
                                       GError     **error)
{
  g_autofree char *dir = dup_backup_dir (database_path);
  g_autofree char *stem = dup_stem (database_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = NULL;
      g_autofree char *dest = NULL;

      if (attempt == 0)
        name = g_strdup_printf ("%s-%s-v%d.db", stem, stamp, from_version);
      else
        name = g_strdup_printf ("%s-%s-v%d-%u.db", stem, stamp, from_version, attempt);
      dest = g_build_filename (dir, name, NULL);

      if (g_file_test (dest, G_FILE_TEST_EXISTS))
        continue;

      if (!backup_to_new_file (db, dest, error))
        return NULL;

      return g_steal_pointer (&dest);
    }

  g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO,
               _("Could not find a free name for a backup in “%s”."), dir);

  return NULL;
}

static int
compare_backups (gconstpointer a,
                 gconstpointer b)
{
  const char *path_a = *(const char * const *)a;
  const char *path_b = *(const char * const *)b;
  GStatBuf st_a, st_b;

  if (g_stat (path_a, &st_a) == 0 && g_stat (path_b, &st_b) == 0 &&
      st_a.st_mtime != st_b.st_mtime)
    return st_a.st_mtime < st_b.st_mtime ? 1 : -1;

  /* Names carry the time: a later name is newer. */
  return -g_strcmp0 (path_a, path_b);
}

/**
 * steward_database_list_backups:
 * @database_path: the database the backups were made of
 *
 * Returns: (transfer full) (element-type utf8): the backup files, newest first
 */
GPtrArray *
steward_database_list_backups (const char *database_path)
{
  g_autofree char *dir_path = dup_backup_dir (database_path);
  g_autofree char *stem = dup_stem (database_path);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (backups, g_build_filename (dir_path, name, NULL));

  g_ptr_array_sort (backups, compare_backups);

  return g_steal_pointer (&backups);
}

/**
 * steward_database_restore_backup:
 * @database_path: the database file to replace
 * @backup_path: the backup to put in its place
 * @set_aside_path: (out) (optional): where the replaced file now is
 *
 * Puts a backup in place of a database that cannot be used. The file being
 * replaced is never overwritten or deleted: it is renamed beside itself,
 * with its WAL files, so that nothing is lost.
 */
gboolean
steward_database_restore_backup (const char  *database_path,
                                 const char  *backup_path,
                                 char       **set_aside_path,
                                 GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.set-aside-%s", database_path, stamp);
  g_autoptr(GFile) source = g_file_new_for_path (backup_path);
  g_autoptr(GFile) dest = g_file_new_for_path (database_path);

  if (!_steward_database_check_header (backup_path, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (database_path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (aside, suffixes[i], NULL);

      if (!g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO,
                       _("Could not move “%s” aside: %s"), from, g_strerror (saved_errno));
          return FALSE;
        }
    }

  if (!_steward_database_create_private_file (database_path, error))
    return FALSE;

  if (!g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;

  g_chmod (database_path, 0600);

  if (set_aside_path != NULL)
    *set_aside_path = g_steal_pointer (&aside);

  return TRUE;
}
