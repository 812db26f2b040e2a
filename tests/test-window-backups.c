/* test-window-backups.c: the window's Backups place, restoring a backup,
 * and a database on a network drive
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "model/steward-person.h"
#include "steward-application.h"
#include "steward-test-util.h"
#include "steward-window.h"
#include "store/steward-backup.h"
#include "views/backups/steward-backups-page.h"

static StewardApplication *app;
static const char *language;
static char *tmp_dir;

static StewardWindow *
get_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (STEWARD_IS_WINDOW (window));

  return STEWARD_WINDOW (window);
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

static gboolean
has_person (StewardDatabase *db,
            const char      *name)
{
  g_autoptr(GPtrArray) people = steward_test_load_all (db, STEWARD_TYPE_PERSON, NULL);

  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *person_name = NULL;

      g_object_get (g_ptr_array_index (people, i), "name", &person_name, NULL);
      if (g_strcmp0 (person_name, name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A new database with one person, so that the window shows its places. */
static char *
make_database (const char *name,
               const char *person)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(StewardDatabase) db = steward_test_open_database (path);

  add_person (db, person);
  steward_database_close (db);

  return g_steal_pointer (&path);
}

/* On a network drive the file is opened with a rollback journal, and the
 * window says why. */
static void
test_network_drive (void)
{
  g_autofree char *path = make_database ("network.db", "陳美玲");
  StewardWindow *window;
  GtkInfoBar *info_bar;
  GtkLabel *label;

  g_setenv ("STEWARD_NETWORK_FS", "1", TRUE);
  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_test_iterate (200);
  g_unsetenv ("STEWARD_NETWORK_FS");

  window = get_window ();
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "places");
  g_assert_true (steward_database_is_on_network (steward_window_get_database (window)));
  g_assert_cmpstr (steward_database_get_journal_mode (steward_window_get_database (window)), ==, "delete");

  info_bar = steward_test_template_child (window, "info_bar");
  label = steward_test_template_child (window, "info_label");
  g_assert_true (gtk_info_bar_get_revealed (info_bar));
  g_assert_cmpstr (gtk_label_get_label (label), ==,
                   _("This database is on a network drive, where the faster way of saving (a write-ahead log) is not safe. Steward saves with a rollback journal instead: saving is a little slower, and nothing is at risk."));
  steward_test_save_png (GTK_WIDGET (window), "window", "network-drive", language);

  /* The same file on a local disk: the write-ahead log, and no word. */
  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_test_iterate (200);
  window = get_window ();
  g_assert_false (steward_database_is_on_network (steward_window_get_database (window)));
  g_assert_cmpstr (steward_database_get_journal_mode (steward_window_get_database (window)), ==, "wal");
  g_assert_false (gtk_info_bar_get_revealed (info_bar));
}

/* The Backups place lists the backups; restoring one puts it in place of
 * the open database, which is kept as a backup first, and the window goes
 * on with the restored file. */
static void
test_place_and_restore (void)
{
  g_autofree char *path = make_database ("restore.db", "王小明");
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GListModel) backups = NULL;
  StewardWindow *window;
  StewardDatabase *db;
  StewardPage *page;
  gboolean kept = FALSE;

  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_test_iterate (200);
  window = get_window ();
  db = steward_window_get_database (window);

  backup = steward_backup_make (db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  add_person (db, "林志強");
  g_assert_true (has_person (db, "林志強"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-place", "s", "backups"));
  steward_test_iterate (200);
  page = steward_window_get_page (window, "backups/backups");
  g_assert_true (STEWARD_IS_BACKUPS_PAGE (page));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpuint (g_list_model_get_n_items (steward_backups_page_get_model (STEWARD_BACKUPS_PAGE (page))), ==, 1);
  steward_test_save_png (GTK_WIDGET (window), "window", "backups", language);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", "s", backup));
  steward_test_iterate (300);

  /* The restored file is open: the person added after the backup is gone. */
  window = get_window ();
  db = steward_window_get_database (window);
  g_assert_nonnull (db);
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "places");
  g_assert_true (has_person (db, "王小明"));
  g_assert_false (has_person (db, "林志強"));

  /* The file as it was is kept, and the page lists it beside the backup. */
  backups = steward_backup_list (path);
  for (guint i = 0; i < g_list_model_get_n_items (backups); i++)
    {
      g_autoptr(StewardBackup) item = g_list_model_get_item (backups, i);

      if (steward_backup_get_kind (item) == STEWARD_BACKUP_BEFORE_RESTORE)
        {
          g_autoptr(StewardDatabase) copy = steward_test_open_database (steward_backup_get_path (item));

          g_assert_true (has_person (copy, "林志強"));
          kept = TRUE;
        }
    }
  g_assert_true (kept);
  g_assert_cmpuint (g_list_model_get_n_items (steward_backups_page_get_model (STEWARD_BACKUPS_PAGE (page))),
                    ==, g_list_model_get_n_items (backups));
  steward_test_save_png (GTK_WIDGET (window), "window", "backups-restored", language);
}

/* A backup that is not a database is refused: the open file stays, whole. */
static void
test_restore_refused (void)
{
  g_autofree char *path = make_database ("refused.db", "張雅婷");
  g_autofree char *bogus = g_build_filename (tmp_dir, "bogus.db", NULL);
  StewardWindow *window;
  StewardDatabase *db;

  g_assert_true (g_file_set_contents (bogus, "not a database at all, but long enough to have a header of a hundred bytes............................", -1, NULL));

  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_test_iterate (200);
  window = get_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", "s", bogus));
  steward_test_iterate (300);

  db = steward_window_get_database (window);
  g_assert_nonnull (db);
  g_assert_cmpstr (steward_database_get_path (db), ==, path);
  g_assert_true (has_person (db, "張雅婷"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  tmp_dir = steward_test_make_tmp_dir ();
  {
    const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

    for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
      {
        g_autofree char *dir = g_build_filename (tmp_dir, dirs[i], NULL);

        g_setenv (dirs[i], dir, TRUE);
      }
  }
  g_unsetenv ("STEWARD_NETWORK_FS");

  language = steward_test_init_ui (&argc, &argv, "window");

  app = steward_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/window-backups/network-drive", test_network_drive);
  g_test_add_func ("/window-backups/place-and-restore", test_place_and_restore);
  g_test_add_func ("/window-backups/restore-refused", test_restore_refused);

  ret = g_test_run ();

  {
    GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

    while (windows != NULL)
      {
        gtk_window_destroy (windows->data);
        windows = gtk_application_get_windows (GTK_APPLICATION (app));
      }
  }
  g_clear_object (&app);
  steward_test_remove_tree (tmp_dir);
  g_free (tmp_dir);

  return ret;
}
