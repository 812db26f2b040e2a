/* steward-database-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "steward-database.h"

G_BEGIN_DECLS

/* Shared by the files of the store; not for the rest of Steward. */
gboolean  _steward_database_check_header          (const char  *path,
                                                   GError     **error);
gboolean  _steward_database_create_private_file   (const char  *path,
                                                   GError     **error);
gboolean  _steward_database_set_sqlite_error      (sqlite3     *db,
                                                   int          rc,
                                                   GError     **error);
gboolean  _steward_database_set_write_error       (const char  *path,
                                                   int          saved_errno,
                                                   GError     **error);
sqlite3  *_steward_database_get_connection        (StewardDatabase *self);

/* Copies the open database @db, before a migration from @from_version,
 * into the backup folder. */
char     *_steward_backup_make_before_migration   (sqlite3     *db,
                                                   const char  *database_path,
                                                   int          from_version,
                                                   GError     **error);

G_END_DECLS
