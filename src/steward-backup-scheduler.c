/* steward-backup-scheduler.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-backup-scheduler"

#include "config.h"

#include "steward-backup-scheduler.h"
#include "store/steward-backup.h"

/* The first look a little after a database is opened, so that the copy
 * does not compete with the first frame; then once an hour, so that a
 * window left open over midnight makes the next day's backup too. */
#define FIRST_DELAY_SECONDS 10
#define INTERVAL_SECONDS    3600

/**
 * StewardBackupScheduler:
 *
 * Makes the daily backup of the open database while the app is used: the
 * copy runs in a thread (steward_backup_make_daily_async()), and says so
 * with ::made or ::failed, which the window turns into a toast.
 */
struct _StewardBackupScheduler
{
  GObject          parent_instance;

  StewardDatabase *db;
  GCancellable    *cancellable;
  guint            timeout_id;
  gboolean         running;
};

G_DEFINE_FINAL_TYPE (StewardBackupScheduler, steward_backup_scheduler, G_TYPE_OBJECT)

enum {
  MADE,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
stop (StewardBackupScheduler *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->running = FALSE;
}

static void
steward_backup_scheduler_dispose (GObject *object)
{
  StewardBackupScheduler *self = (StewardBackupScheduler *)object;

  stop (self);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_backup_scheduler_parent_class)->dispose (object);
}

static void
steward_backup_scheduler_class_init (StewardBackupSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_backup_scheduler_dispose;

  /**
   * StewardBackupScheduler::made:
   * @path: the new backup
   */
  signals[MADE] = g_signal_new ("made", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * StewardBackupScheduler::failed:
   * @message: why, for the user
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
steward_backup_scheduler_init (StewardBackupScheduler *self)
{
}

StewardBackupScheduler *
steward_backup_scheduler_new (void)
{
  return g_object_new (STEWARD_TYPE_BACKUP_SCHEDULER, NULL);
}

static void
on_daily_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(StewardBackupScheduler) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  path = steward_backup_make_daily_finish (STEWARD_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->running = FALSE;

  /* A database closed meanwhile: its result is no longer news. */
  if ((gpointer)source != (gpointer)self->db)
    return;

  if (path != NULL)
    g_signal_emit (self, signals[MADE], 0, path);
  else if (error != NULL)
    g_signal_emit (self, signals[FAILED], 0, error->message);
}

/**
 * steward_backup_scheduler_check_now:
 *
 * Makes today's backup now if it is due (and none is being made).
 */
void
steward_backup_scheduler_check_now (StewardBackupScheduler *self)
{
  g_return_if_fail (STEWARD_IS_BACKUP_SCHEDULER (self));

  if (self->db == NULL || self->running)
    return;

  self->running = TRUE;
  steward_backup_make_daily_async (self->db, self->cancellable, on_daily_done_cb, g_object_ref (self));
}

/**
 * steward_backup_scheduler_is_busy:
 *
 * Whether a backup is being made now.
 */
gboolean
steward_backup_scheduler_is_busy (StewardBackupScheduler *self)
{
  g_return_val_if_fail (STEWARD_IS_BACKUP_SCHEDULER (self), FALSE);

  return self->running;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  StewardBackupScheduler *self = user_data;

  steward_backup_scheduler_check_now (self);

  /* After the first look, every hour. */
  self->timeout_id = g_timeout_add_seconds (INTERVAL_SECONDS, on_timeout_cb, self);

  return G_SOURCE_REMOVE;
}

/**
 * steward_backup_scheduler_set_database:
 * @db: (nullable): the database to back up daily, or %NULL (none open,
 *   read-only, or the sample, which is made again at will)
 */
void
steward_backup_scheduler_set_database (StewardBackupScheduler *self,
                                       StewardDatabase        *db)
{
  g_return_if_fail (STEWARD_IS_BACKUP_SCHEDULER (self));
  g_return_if_fail (db == NULL || STEWARD_IS_DATABASE (db));

  if (self->db == db)
    return;

  stop (self);
  g_set_object (&self->db, db);

  if (db == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  self->timeout_id = g_timeout_add_seconds (FIRST_DELAY_SECONDS, on_timeout_cb, self);
}
