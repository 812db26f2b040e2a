/* steward-backup-scheduler.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_BACKUP_SCHEDULER (steward_backup_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (StewardBackupScheduler, steward_backup_scheduler, STEWARD, BACKUP_SCHEDULER, GObject)

StewardBackupScheduler *steward_backup_scheduler_new          (void);
void                    steward_backup_scheduler_set_database (StewardBackupScheduler *self,
                                                               StewardDatabase        *db);
void                    steward_backup_scheduler_check_now    (StewardBackupScheduler *self);
gboolean                steward_backup_scheduler_is_busy      (StewardBackupScheduler *self);

G_END_DECLS
