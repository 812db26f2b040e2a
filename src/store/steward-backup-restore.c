/* steward-backup-restore.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "steward-backup.h"
#include "steward-backup-private.h"
#include "steward-database-private.h"

/* Every Steward file carries this application id (migration 001), as
 * steward-database.c checks it on opening. */
#define APPLICATION_ID 0x53545744 /* "STWD" */

/* The database and the files SQLite keeps beside it: its WAL files, and
 * the rollback journal of rollback-journal mode (on a network file system).
 * They go together: a journal left beside another file would be played
 * back into it. */
static const char * const database_suffixes[] = { "", "-wal", "-shm", "-journal" };

static sqlite3 *
open_read_only (const char  *path,
                gboolean     immutable,
                GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro%s", escaped, immutable ? "&immutable=1" : "");
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _steward_database_set_sqlite_error (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, 5000);

  return db;
}

/* The single value of @sql, as text; %NULL with @error set when SQLite
 * refuses (which, on the first read of a file, says it is damaged or not a
 * database). */
static char *
query_text (sqlite3     *db,
            const char  *sql,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  else if (rc == SQLITE_DONE)
    rc = SQLITE_OK;

  if (rc != SQLITE_OK)
    _steward_database_set_sqlite_error (db, rc, error);
  sqlite3_finalize (stmt);

  if (rc == SQLITE_OK && text == NULL)
    text = g_strdup ("");

  return text;
}

/* Whether @db passes PRAGMA quick_check. */
static gboolean
check_pages (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *result = query_text (db, "PRAGMA quick_check(1)", &local_error);

  if (result != NULL && strcmp (result, "ok") == 0)
    return TRUE;

  if (local_error != NULL && local_error->code == STEWARD_DATABASE_ERROR_NOT_A_DATABASE)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CORRUPT,
               _("“%s” is damaged (%s)."), path,
               result != NULL ? result : local_error->message);

  return FALSE;
}

/* Refuses, with the reason, a backup that is not a whole Steward database
 * of a version this Steward can open. It is read without being written:
 * immutable, SQLite makes no file beside it. */
static gboolean
check_backup (const char  *backup_path,
              GError     **error)
{
  g_autofree char *wal_path = g_strconcat (backup_path, "-wal", NULL);
  g_autofree char *application_id = NULL;
  g_autofree char *version_text = NULL;
  int latest = steward_database_get_latest_version ();
  sqlite3 *db;
  GStatBuf st;
  int version;

  if (!_steward_database_check_header (backup_path, error))
    return FALSE;

  if (g_stat (backup_path, &st) == 0 && st.st_size == 0)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is empty: it is not a backup."), backup_path);
      return FALSE;
    }

  /* Changes still in its WAL would be lost by a copy of the file alone. */
  if (g_stat (wal_path, &st) == 0 && st.st_size > 0)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_LOCKED,
                   _("“%s” is open in a program, or was not closed: some of its content is still in “%s”. Close it, or open it in Steward once, then restore it."),
                   backup_path, wal_path);
      return FALSE;
    }

  db = open_read_only (backup_path, TRUE, error);
  if (db == NULL)
    return FALSE;

  if (!check_pages (db, backup_path, error) ||
      (application_id = query_text (db, "PRAGMA application_id", error)) == NULL ||
      (version_text = query_text (db, "PRAGMA user_version", error)) == NULL)
    {
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_close (db);

  version = (int)g_ascii_strtoll (version_text, NULL, 10);

  if (g_ascii_strtoll (application_id, NULL, 10) != APPLICATION_ID || version < 1)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Steward database."), backup_path);
      return FALSE;
    }

  if (version > latest)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Steward (database version %d; this version knows up to %d)."),
                   backup_path, version, latest);
      return FALSE;
    }

  return TRUE;
}

/* A hot rollback journal left by a crash mid-transaction (rollback-journal
 * mode) holds the pages the file had before that transaction. SQLite plays
 * it back into the file at the first read by a connection that can write;
 * done here, the file is back to its last committed state before it is
 * backed up and moved aside. When it cannot be done (a read-only file), the
 * journal moves aside with the file, which still has it played back when
 * opened. */
static void
roll_back_hot_journal (const char *database_path)
{
  g_autofree char *journal_path = g_strconcat (database_path, "-journal", NULL);
  sqlite3 *db = NULL;
  char *message = NULL;
  GStatBuf st;
  int rc;

  if (g_stat (journal_path, &st) != 0 || st.st_size == 0)
    return;

  if (g_access (database_path, R_OK | W_OK) != 0)
    {
      g_debug ("%s has a journal but cannot be written: it moves aside with it", database_path);
      return;
    }

  rc = sqlite3_open_v2 (database_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      rc = sqlite3_exec (db, "BEGIN IMMEDIATE; ROLLBACK", NULL, NULL, &message);
    }

  if (rc != SQLITE_OK)
    g_debug ("Could not roll back the journal of %s: %s", database_path,
             message != NULL ? message : sqlite3_errstr (rc));
  else
    g_debug ("Rolled back the journal of %s", database_path);

  sqlite3_free (message);
  sqlite3_close (db);
}

/* A BEFORE_RESTORE backup of the current file, when it reads as a whole
 * database (its WAL included). %TRUE with *@made_path NULL when it cannot be
 * read: then only its renamed self keeps it. %FALSE when it could be read but
 * the copy failed, such as on a full disk. */
static gboolean
back_up_current (const char  *database_path,
                 char       **made_path,
                 GError     **error)
{
  g_autofree char *folder = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GDateTime) now = NULL;
  sqlite3 *db;

  *made_path = NULL;

  if (!_steward_database_check_header (database_path, &read_error) ||
      (db = open_read_only (database_path, FALSE, &read_error)) == NULL)
    {
      g_debug ("No backup of %s before the restore: %s", database_path, read_error->message);
      return TRUE;
    }

  if (!check_pages (db, database_path, &read_error))
    {
      g_debug ("No backup of %s before the restore: %s", database_path, read_error->message);
      sqlite3_close (db);
      return TRUE;
    }

  folder = steward_backup_dup_folder (database_path);
  now = g_date_time_new_now_local ();
  *made_path = _steward_backup_make_in_folder (db, folder, database_path, STEWARD_BACKUP_BEFORE_RESTORE,
                                               0, now, error);
  sqlite3_close (db);

  return *made_path != NULL;
}

/* Renames the database, its WAL files and its journal to @aside (and its
 * suffixes), or back. */
static gboolean
move_database (const char  *from,
               const char  *to,
               GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *from_path = g_strconcat (from, database_suffixes[i], NULL);
      g_autofree char *to_path = g_strconcat (to, database_suffixes[i], NULL);

      if (!g_file_test (from_path, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from_path, to_path) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO,
                       _("Could not move “%s” aside: %s"), from_path, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

static char *
dup_free_aside_path (const char *database_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *aside = attempt == 0
        ? g_strdup_printf ("%s.set-aside-%s", database_path, stamp)
        : g_strdup_printf ("%s.set-aside-%s-%u", database_path, stamp, attempt);
      gboolean taken = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
        {
          g_autofree char *path = g_strconcat (aside, database_suffixes[i], NULL);

          taken = taken || g_file_test (path, G_FILE_TEST_EXISTS);
        }

      if (!taken)
        return g_steal_pointer (&aside);
    }
}

/* Copies the bytes of @from into the new file @to (mode 0600), to the disk. */
static gboolean
copy_into_new_file (const char  *from,
                    const char  *to,
                    GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize done = 0;
  int saved_errno = 0;
  int fd;

  if (!g_file_get_contents (from, &contents, &length, error))
    return FALSE;

  if (!_steward_database_create_private_file (to, error))
    return FALSE;

  fd = g_open (to, O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    saved_errno = errno;

  while (fd >= 0 && saved_errno == 0 && done < length)
    {
      gssize n = write (fd, contents + done, length - done);

      if (n < 0 && errno != EINTR)
        saved_errno = errno;
      else if (n > 0)
        done += n;
    }

  if (fd >= 0 && saved_errno == 0 && fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    {
      _steward_database_set_write_error (to, saved_errno, error);
      g_unlink (to);
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_backup_restore:
 * @database_path: the database to replace; no connection may have it open
 * @backup_path: the backup to put in its place
 * @kept_path: (out) (optional) (nullable): where the current file is kept:
 *   its BEFORE_RESTORE backup, or, when it could not be read, its renamed
 *   self; %NULL when there was no file
 *
 * The backup is checked first, and nothing is touched when it is refused:
 * %STEWARD_DATABASE_ERROR_NOT_A_DATABASE, _CORRUPT or _TOO_NEW tell why.
 * The current file is never deleted: backed up when it can be read, then
 * renamed beside itself with its WAL files and journal. A hot journal (of a
 * crash in rollback-journal mode) is rolled back first, so that what is
 * kept is the file's last committed state.
 */
gboolean
steward_backup_restore (const char  *database_path,
                        const char  *backup_path,
                        char       **kept_path,
                        GError     **error)
{
  g_autofree char *database = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *before_restore = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GError) copy_error = NULL;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  database = g_canonicalize_filename (database_path, NULL);
  backup = g_canonicalize_filename (backup_path, NULL);

  if (kept_path != NULL)
    *kept_path = NULL;

  if (strcmp (database, backup) == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is the database itself, not a backup of it."), backup);
      return FALSE;
    }

  if (!check_backup (backup, error))
    return FALSE;

  if (g_file_test (database, G_FILE_TEST_EXISTS))
    {
      roll_back_hot_journal (database);

      if (!back_up_current (database, &before_restore, error))
        return FALSE;

      aside = dup_free_aside_path (database);
      if (!move_database (database, aside, error))
        {
          /* Put back what moved before the one that did not. */
          move_database (aside, database, NULL);
          return FALSE;
        }
    }
  else
    {
      /* Stale WAL files and journal of a file that is gone belong to
       * nothing (a journal would be played back into the backup). */
      for (guint i = 1; i < G_N_ELEMENTS (database_suffixes); i++)
        {
          g_autofree char *path = g_strconcat (database, database_suffixes[i], NULL);

          g_unlink (path);
        }
    }

  if (!copy_into_new_file (backup, database, &copy_error))
    {
      if (aside != NULL && !move_database (aside, database, NULL))
        g_warning ("The database %s is now %s", database, aside);
      g_propagate_error (error, g_steal_pointer (&copy_error));
      return FALSE;
    }

  g_debug ("Restored %s from %s; the file before is %s%s%s", database, backup,
             aside != NULL ? aside : "(none)",
             before_restore != NULL ? ", backed up as " : "",
             before_restore != NULL ? before_restore : "");

  if (kept_path != NULL)
    *kept_path = before_restore != NULL ? g_steal_pointer (&before_restore) : g_steal_pointer (&aside);

  return TRUE;
}
