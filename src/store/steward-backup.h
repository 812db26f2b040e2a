/* steward-backup.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "steward-database.h"

G_BEGIN_DECLS

/**
 * StewardBackupKind:
 * @STEWARD_BACKUP_DAILY: the automatic backup of a day the app was used
 * @STEWARD_BACKUP_BEFORE_MIGRATION: made before the schema was updated
 * @STEWARD_BACKUP_BEFORE_RESTORE: the file as it was before a backup was
 *   restored over it
 * @STEWARD_BACKUP_MANUAL: asked for (Back Up Now, `steward --backup`)
 *
 * Why a backup was made; the kind is part of its file name.
 */
typedef enum
{
  STEWARD_BACKUP_DAILY,
  STEWARD_BACKUP_BEFORE_MIGRATION,
  STEWARD_BACKUP_BEFORE_RESTORE,
  STEWARD_BACKUP_MANUAL,
} StewardBackupKind;

/* Rotation of the daily backups: the newest of each of the last days and
 * of each of the last months are kept. Other kinds are never removed. */
#define STEWARD_BACKUP_KEEP_DAILY   7
#define STEWARD_BACKUP_KEEP_MONTHLY 12

#define STEWARD_TYPE_BACKUP (steward_backup_get_type ())

G_DECLARE_FINAL_TYPE (StewardBackup, steward_backup, STEWARD, BACKUP, GObject)

/* One backup file. Properties (read-only): "path", "kind", "time"
 * (GDateTime, local), "size" (guint64 bytes), "kind-label" (translated,
 * such as "Daily" or "Before update to a newer version"). */
const char        *steward_backup_get_path             (StewardBackup      *self);
StewardBackupKind  steward_backup_get_kind             (StewardBackup      *self);
GDateTime         *steward_backup_get_time             (StewardBackup      *self);
guint64            steward_backup_get_size             (StewardBackup      *self);
const char        *steward_backup_kind_get_label       (StewardBackupKind   kind);

/* The folder the backups go to: the one the user chose (a GSettings key
 * the application passes on with steward_backup_set_folder()), otherwise a
 * "backups" folder beside the database. */
void               steward_backup_set_folder           (const char         *folder);
char              *steward_backup_dup_folder           (const char         *database_path);

/* Backs up @db into the backup folder; returns the new file's path. The
 * async variant copies through a connection of its own in a thread. */
char              *steward_backup_make                 (StewardDatabase    *db,
                                                        StewardBackupKind   kind,
                                                        GError            **error);
void               steward_backup_make_async           (StewardDatabase    *db,
                                                        StewardBackupKind   kind,
                                                        GCancellable       *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer            user_data);
char              *steward_backup_make_finish          (StewardDatabase    *db,
                                                        GAsyncResult       *result,
                                                        GError            **error);
/* Backs up @db into @dest (`steward --backup FILE`), refusing to overwrite
 * an existing file. */
gboolean           steward_backup_make_to_file         (StewardDatabase    *db,
                                                        const char         *dest,
                                                        GError            **error);

/* Makes the daily backup of @now's day if there is none yet, then rotates.
 * Returns the new backup's path, or %NULL: not due (no error) or failed.
 * The async variant copies through a connection of its own in a thread, so
 * the window never waits. */
char              *steward_backup_make_daily_if_due    (StewardDatabase    *db,
                                                        GDateTime          *now,
                                                        GError            **error);
void               steward_backup_make_daily_async     (StewardDatabase    *db,
                                                        GCancellable       *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer            user_data);
char              *steward_backup_make_daily_finish    (StewardDatabase    *db,
                                                        GAsyncResult       *result,
                                                        GError            **error);

/* Removes the daily backups beyond STEWARD_BACKUP_KEEP_DAILY days and
 * STEWARD_BACKUP_KEEP_MONTHLY months, as of @now; returns how many. */
guint              steward_backup_rotate               (const char         *database_path,
                                                        GDateTime          *now,
                                                        GError            **error);

/* The backups of @database_path, newest first (a GListStore of
 * StewardBackup; a fresh list at each call). */
GListModel        *steward_backup_list                 (const char         *database_path);

/* Puts @backup_path in place of the (closed) database at @database_path.
 * Before that, the current file is kept: as a BEFORE_RESTORE backup when it
 * can still be read as a database, and in any case renamed beside itself;
 * @kept_path tells where its copy is. The backup is checked first (a
 * Steward database, not damaged, not newer than this Steward); nothing is
 * touched when it is refused. */
gboolean           steward_backup_restore              (const char         *database_path,
                                                        const char         *backup_path,
                                                        char              **kept_path,
                                                        GError            **error);

G_END_DECLS
