/* test-backup-scheduler.c: the daily backup while the app is used
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "steward-backup-scheduler.h"
#include "steward-test-util.h"
#include "model/steward-person.h"
#include "store/steward-backup.h"

typedef struct
{
  guint  n_made;
  guint  n_failed;
  char  *last_path;
  char  *last_message;
} Events;

static void
on_made_cb (StewardBackupScheduler *scheduler,
            const char             *path,
            Events                 *events)
{
  events->n_made++;
  g_free (events->last_path);
  events->last_path = g_strdup (path);
}

static void
on_failed_cb (StewardBackupScheduler *scheduler,
              const char             *message,
              Events                 *events)
{
  events->n_failed++;
  g_free (events->last_message);
  events->last_message = g_strdup (message);
}

static void
events_clear (Events *events)
{
  g_clear_pointer (&events->last_path, g_free);
  g_clear_pointer (&events->last_message, g_free);
}

/* Runs the main loop until the scheduler's copy has finished. */
static void
wait_idle (StewardBackupScheduler *scheduler)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (steward_backup_scheduler_is_busy (scheduler) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (steward_backup_scheduler_is_busy (scheduler));
}

static StewardBackupScheduler *
new_scheduler (Events *events)
{
  StewardBackupScheduler *scheduler = steward_backup_scheduler_new ();

  g_signal_connect (scheduler, "made", G_CALLBACK (on_made_cb), events);
  g_signal_connect (scheduler, "failed", G_CALLBACK (on_failed_cb), events);

  return scheduler;
}

static void
add_person (StewardDatabase *db,
            const char      *name)
{
  g_autoptr(StewardPerson) person = g_object_new (STEWARD_TYPE_PERSON, "name", name, NULL);
  g_autoptr(GError) error = NULL;

  steward_record_save (STEWARD_RECORD (person), db, &error);
  g_assert_no_error (error);
}

/* Once a day: the first look makes today's backup, which holds what the
 * database held; the next look that day makes none. */
static void
test_daily_once (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardBackupScheduler) scheduler = NULL;
  g_autoptr(GListModel) backups = NULL;
  g_autoptr(StewardDatabase) copy = NULL;
  Events events = { 0 };

  steward_backup_set_folder (NULL);
  add_person (t->db, "王小明");
  scheduler = new_scheduler (&events);
  steward_backup_scheduler_set_database (scheduler, t->db);

  steward_backup_scheduler_check_now (scheduler);
  g_assert_true (steward_backup_scheduler_is_busy (scheduler));
  wait_idle (scheduler);
  g_assert_cmpuint (events.n_failed, ==, 0);
  g_assert_cmpuint (events.n_made, ==, 1);
  g_assert_true (g_file_test (events.last_path, G_FILE_TEST_IS_REGULAR));

  backups = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);
  {
    g_autoptr(StewardBackup) backup = g_list_model_get_item (backups, 0);

    g_assert_cmpint (steward_backup_get_kind (backup), ==, STEWARD_BACKUP_DAILY);
    g_assert_cmpstr (steward_backup_get_path (backup), ==, events.last_path);
  }

  copy = steward_test_open_database (events.last_path);
  g_assert_cmpint (steward_test_count_rows (copy, "person"), ==, 1);

  /* The same day again: not due, no news. */
  steward_backup_scheduler_check_now (scheduler);
  wait_idle (scheduler);
  g_assert_cmpuint (events.n_made, ==, 1);
  g_assert_cmpuint (events.n_failed, ==, 0);
  g_clear_object (&backups);
  backups = steward_backup_list (t->path);
  g_assert_cmpuint (g_list_model_get_n_items (backups), ==, 1);

  events_clear (&events);
}

/* A backup that cannot be made says why, for the window's toast. */
static void
test_failure_reported (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardBackupScheduler) scheduler = NULL;
  g_autofree char *blocker = g_build_filename (t->dir, "not-a-folder", NULL);
  Events events = { 0 };

  /* The folder asked for is a file: nothing can be made inside it. */
  g_assert_true (g_file_set_contents (blocker, "x", -1, NULL));
  steward_backup_set_folder (blocker);

  scheduler = new_scheduler (&events);
  steward_backup_scheduler_set_database (scheduler, t->db);
  steward_backup_scheduler_check_now (scheduler);
  wait_idle (scheduler);
  steward_backup_set_folder (NULL);

  g_assert_cmpuint (events.n_made, ==, 0);
  g_assert_cmpuint (events.n_failed, ==, 1);
  g_assert_nonnull (events.last_message);
  g_assert_cmpstr (events.last_message, !=, "");

  events_clear (&events);
}

/* A database closed while its copy is made: the result is not news. */
static void
test_closed_meanwhile (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardBackupScheduler) scheduler = NULL;
  Events events = { 0 };

  steward_backup_set_folder (NULL);
  scheduler = new_scheduler (&events);
  steward_backup_scheduler_set_database (scheduler, t->db);
  steward_backup_scheduler_check_now (scheduler);
  steward_backup_scheduler_set_database (scheduler, NULL);
  g_assert_false (steward_backup_scheduler_is_busy (scheduler));

  /* Let the thread finish and its result arrive. */
  steward_test_iterate (2000);
  g_assert_cmpuint (events.n_made, ==, 0);
  g_assert_cmpuint (events.n_failed, ==, 0);

  events_clear (&events);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup-scheduler/daily-once", test_daily_once);
  g_test_add_func ("/backup-scheduler/failure-reported", test_failure_reported);
  g_test_add_func ("/backup-scheduler/closed-meanwhile", test_closed_meanwhile);

  return g_test_run ();
}
