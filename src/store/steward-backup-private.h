/* steward-backup-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "steward-backup.h"

G_BEGIN_DECLS

/* Shared by steward-backup.c and steward-backup-restore.c. */
char *_steward_backup_make_in_folder (sqlite3            *source,
                                      const char         *folder,
                                      const char         *database_path,
                                      StewardBackupKind   kind,
                                      int                 from_version,
                                      GDateTime          *when,
                                      GError            **error);

G_END_DECLS
