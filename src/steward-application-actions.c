/* steward-application-actions.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-application-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-application-private.h"
#include "steward-preferences-window.h"
#include "steward-window.h"
#include "store/steward-backup.h"

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing the windows saves their state; then the application ends. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (l->data);
    }

  g_application_quit (G_APPLICATION (app));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  StewardApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  StewardPreferencesWindow *preferences;

  preferences = steward_preferences_window_new (steward_application_get_settings (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  StewardApplication *self = user_data;
  static const char *developers[] = { "The Steward authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Steward"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Steward authors"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/ismssteward/steward",
                         "issue-url", "https://github.com/ismssteward/steward/issues",
                         "comments", _("Runs the information security organization of an ISMS: the committee and its roster, management reviews, objectives and the registers of the procedure."),
                         "developers", developers,
                         /* TRANSLATORS: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Steward authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

/**
 * steward_application_restore_backup:
 * @window: the window whose database the backup is of
 * @backup_path: a backup of the database open in @window
 *
 * Puts the backup in place of the open database: the window closes it
 * (its review wizards save first), steward_backup_restore() keeps the
 * current file as a backup and moves it aside, and the file is opened
 * again. A refused backup leaves everything as it was, and says why; a
 * restore that failed half-way (the file moved aside, the copy refused)
 * shows the error page rather than opening an empty database there.
 */
void
steward_application_restore_backup (StewardApplication *self,
                                    StewardWindow      *window,
                                    const char         *backup_path)
{
  StewardDatabase *db;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (STEWARD_IS_APPLICATION (self));
  g_return_if_fail (STEWARD_IS_WINDOW (window));
  g_return_if_fail (backup_path != NULL);

  db = steward_window_get_database (window);
  if (db == NULL)
    return;

  path = g_strdup (steward_database_get_path (db));
  steward_window_close_database (window);

  if (steward_backup_restore (path, backup_path, &kept, &error))
    {
      g_autofree char *kept_name = kept != NULL ? g_path_get_basename (kept) : NULL;

      if (kept_name != NULL)
        /* TRANSLATORS: %s is the file name of the copy kept of the database as it was */
        message = g_strdup_printf (_("Backup restored. The database as it was is kept as %s."), kept_name);
      else
        message = g_strdup (_("Backup restored."));
    }
  else if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      steward_window_show_error (window, path, error);
      return;
    }
  else
    message = g_strdup (error->message);

  steward_application_open_database (self, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_window_show_toast (window, message);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

void
_steward_application_add_actions (StewardApplication *self)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open-database", { "<Control>o", NULL } },
    { "win.show-place::overview", { "<Alt>1", NULL } },
    { "win.show-place::committee", { "<Alt>2", NULL } },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}
