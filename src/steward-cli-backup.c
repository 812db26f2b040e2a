/* steward-cli-backup.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-cli-backup"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "store/steward-backup.h"
#include "store/steward-database.h"
#include "steward-application-private.h"

/* `steward --backup FILE` and `steward --restore FILE`: they run before the
 * application starts, need no display, print what they did and quit. */

/* The backup folder of the preferences, as the application would use it,
 * when this build's settings schema is installed. */
static void
apply_backup_folder_setting (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *folder = NULL;

  if (source == NULL)
    return;

  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "backup-folder"))
    return;

  settings = g_settings_new (APP_ID);
  folder = g_settings_get_string (settings, "backup-folder");
  steward_backup_set_folder (folder);
}

/* Whether a program has @path open. Taking the file's lock for this
 * connection alone fails while any other connection holds one: a writer,
 * in any journal mode, and in WAL mode any connection that has read it,
 * such as Steward's window. */
static gboolean
check_not_in_use (const char  *path,
                  GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "PRAGMA locking_mode=EXCLUSIVE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }
  sqlite3_close (db);

  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_LOCKED,
                   _("“%s” is open in Steward or in another program. Close it, then restore again."), path);
      return FALSE;
    }

  /* Any other failure (a damaged file, not a database) is the restore's
   * to judge. */
  return TRUE;
}

static int
run_backup (const char *database_path,
            const char *dest)
{
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    {
      /* TRANSLATORS: %s is a file name */
      g_printerr (_("“%s” already exists. Steward does not write a backup over a file; choose a new name.\n"), dest);
      return 1;
    }

  /* Read-only: the window may have the file open, and a backup never
   * changes what it copies. */
  db = steward_database_open (database_path,
                              STEWARD_DATABASE_OPEN_READ_ONLY | STEWARD_DATABASE_OPEN_DEFER_CHECK, &error);
  if (db == NULL || !steward_backup_make_to_file (db, dest, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* TRANSLATORS: two file names: the database, then its backup */
  g_print (_("Backed up “%s” to “%s”.\n"), steward_database_get_path (db), dest);

  return 0;
}

static int
run_restore (const char *database_path,
             const char *backup)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  if (!check_not_in_use (database_path, &error) ||
      !steward_backup_restore (database_path, backup, &kept, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* TRANSLATORS: two file names: the database, then the backup */
  g_print (_("Restored “%s” from “%s”.\n"), database_path, backup);
  if (kept != NULL)
    /* TRANSLATORS: a file name */
    g_print (_("The file as it was before is kept in “%s”.\n"), kept);

  return 0;
}

/**
 * _steward_application_run_backup:
 * @options: the command line's options, with "backup" or "restore"
 *
 * Returns: the process's exit status
 */
int
_steward_application_run_backup (GVariantDict *options)
{
  g_autofree char *option_path = _steward_application_dup_option_database (options);
  g_autofree char *database_path = NULL;
  g_autofree char *backup_arg = NULL;
  g_autofree char *restore_arg = NULL;
  g_autofree char *file = NULL;
  gboolean backup;

  g_variant_dict_lookup (options, "backup", "^ay", &backup_arg);
  g_variant_dict_lookup (options, "restore", "^ay", &restore_arg);

  if (backup_arg != NULL && restore_arg != NULL)
    {
      g_printerr (_("Give either --backup or --restore, not both.\n"));
      return 1;
    }

  backup = backup_arg != NULL;
  if ((backup ? backup_arg : restore_arg)[0] == '\0')
    {
      /* TRANSLATORS: %s is the option, --backup or --restore */
      g_printerr (_("%s needs a file name.\n"), backup ? "--backup" : "--restore");
      return 1;
    }

  database_path = option_path != NULL ? g_canonicalize_filename (option_path, NULL)
                                      : steward_database_dup_default_path ();
  file = g_canonicalize_filename (backup ? backup_arg : restore_arg, NULL);

  apply_backup_folder_setting ();

  return backup ? run_backup (database_path, file) : run_restore (database_path, file);
}
