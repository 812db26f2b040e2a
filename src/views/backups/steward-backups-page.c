/* steward-backups-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-backups-page"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "logic/steward-date.h"
#include "store/steward-backup.h"
#include "steward-backups-page.h"

/* Backups: where the backups of the open database go, when the last one
 * was made, and the backups themselves, newest first, each of which can
 * be restored after a confirmation. The page only lists files and asks:
 * the window's win.restore-backup closes the database, restores and
 * reopens it. */
struct _StewardBackupsPage
{
  StewardPage           parent_instance;

  GSettings            *settings;
  GListModel           *backups;
  GtkFileChooserNative *chooser;
  GCancellable         *backing_up;    /* while Back Up Now copies */

  AdwActionRow         *folder_row;
  GtkSpinner           *back_up_spinner;
  AdwActionRow         *last_row;
  GtkWidget            *default_folder_button;
  GtkStack             *stack;
  GtkListBox           *list_box;
};

G_DEFINE_FINAL_TYPE (StewardBackupsPage, steward_backups_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardBackupsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static StewardCalendar
get_calendar (StewardBackupsPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static gboolean
has_chosen_folder (StewardBackupsPage *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "backup-folder");

  return folder[0] != '\0';
}

/* The store reads the folder from a process-wide setting the application
 * keeps in step with the key; the page sets it too, so that what it shows
 * never depends on which handler of the key's change runs first. */
static void
apply_folder_setting (StewardBackupsPage *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "backup-folder");

  steward_backup_set_folder (folder[0] != '\0' ? folder : NULL);
}

static char *
dup_folder (StewardBackupsPage *self)
{
  StewardDatabase *db = get_database (self);

  if (db == NULL)
    return NULL;

  return steward_backup_dup_folder (steward_database_get_path (db));
}

static void
show_toast (StewardBackupsPage *self,
            const char         *message)
{
  /* A toast's title is markup; file names and errors are not. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  steward_show_message (GTK_WIDGET (self), escaped);
}

/* The rows */

static char *
dup_backup_time (StewardBackupsPage *self,
                 StewardBackup      *backup)
{
  return steward_date_time_format (steward_backup_get_time (backup), get_calendar (self));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  StewardBackupsPage *self = user_data;
  StewardBackup *backup = item;
  g_autofree char *time = dup_backup_time (self, backup);
  g_autofree char *size = g_format_size (steward_backup_get_size (backup));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  /* TRANSLATORS: a backup in the list: why it was made, and its size */
  subtitle = g_strdup_printf (_("%s · %s"), steward_backup_kind_get_label (steward_backup_get_kind (backup)), size);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), time);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_name (button, "restore_button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", steward_backup_get_path (backup));
  if (!steward_page_can_write (STEWARD_PAGE (self)))
    gtk_widget_set_tooltip_text (button, _("The database is open read-only: no backup can be restored over it."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/**
 * steward_backups_page_refresh:
 *
 * Lists the backups again, and says again where they go: after a backup
 * was made or restored elsewhere (the window, the daily backup).
 */
void
steward_backups_page_refresh (StewardBackupsPage *self)
{
  StewardDatabase *db;
  g_autofree char *folder = NULL;
  g_autoptr(StewardBackup) last = NULL;
  gboolean chosen;

  g_return_if_fail (STEWARD_IS_BACKUPS_PAGE (self));

  db = get_database (self);
  g_clear_object (&self->backups);
  if (db != NULL)
    self->backups = steward_backup_list (steward_database_get_path (db));
  else
    self->backups = G_LIST_MODEL (g_list_store_new (STEWARD_TYPE_BACKUP));
  gtk_list_box_bind_model (self->list_box, self->backups, create_row_cb, self, NULL);

  folder = dup_folder (self);
  chosen = has_chosen_folder (self);
  adw_action_row_set_subtitle (self->folder_row, folder != NULL ? folder : "");
  gtk_widget_set_visible (self->default_folder_button, chosen);

  last = g_list_model_get_item (self->backups, 0);
  if (last != NULL)
    {
      g_autofree char *time = dup_backup_time (self, last);
      g_autofree char *text = NULL;

      /* TRANSLATORS: the last backup: when, and why it was made */
      text = g_strdup_printf (_("%s, %s"), time, steward_backup_kind_get_label (steward_backup_get_kind (last)));
      adw_action_row_set_subtitle (self->last_row, text);
    }
  else
    adw_action_row_set_subtitle (self->last_row, _("None yet"));

  gtk_stack_set_visible_child_name (self->stack, last != NULL ? "list" : "empty");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", db != NULL && self->backing_up == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.open-folder", db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.use-default-folder", chosen);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore",
                                 steward_page_can_write (STEWARD_PAGE (self)));
}

/**
 * steward_backups_page_get_model:
 *
 * Returns: (transfer none): the backups as listed, newest first
 */
GListModel *
steward_backups_page_get_model (StewardBackupsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_BACKUPS_PAGE (self), NULL);

  return self->backups;
}

/* Back Up Now */

static void
on_backed_up_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(StewardBackupsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  path = steward_backup_make_finish (STEWARD_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->backing_up);
  gtk_spinner_stop (self->back_up_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->back_up_spinner), FALSE);

  if (path == NULL)
    {
      steward_backups_page_refresh (self);
      /* TRANSLATORS: a toast; %s is the reason */
      message = g_strdup_printf (_("Could not back up: %s"), error->message);
      show_toast (self, message);
      return;
    }

  steward_backups_page_refresh (self);

  {
    g_autofree char *name = g_filename_display_basename (path);

    /* TRANSLATORS: a toast; %s is the backup's file name */
    message = g_strdup_printf (_("Backed up as “%s”"), name);
    show_toast (self, message);
  }
}

/* The copy is made in a thread: ten years of records take a third of a
 * second to copy and sync, a hundred years seconds, and the window goes on
 * meanwhile. The button waits, with a spinner, until it is done. */
static void
back_up_now_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  StewardBackupsPage *self = STEWARD_BACKUPS_PAGE (widget);

  if (get_database (self) == NULL || self->backing_up != NULL)
    return;

  /* Reading is enough: a read-only database is backed up too. */
  self->backing_up = g_cancellable_new ();
  gtk_widget_action_set_enabled (widget, "backups.back-up-now", FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->back_up_spinner), TRUE);
  gtk_spinner_start (self->back_up_spinner);
  steward_backup_make_async (get_database (self), STEWARD_BACKUP_MANUAL, self->backing_up,
                             on_backed_up_cb, g_object_ref (self));
}

/* Restore */

static StewardBackup *
find_backup (StewardBackupsPage *self,
             const char         *path)
{
  guint n = self->backups != NULL ? g_list_model_get_n_items (self->backups) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardBackup) backup = g_list_model_get_item (self->backups, i);

      if (g_strcmp0 (steward_backup_get_path (backup), path) == 0)
        return g_steal_pointer (&backup);
    }

  return NULL;
}

static void
on_restore_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        StewardBackupsPage *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");

  if (g_strcmp0 (response, "restore") != 0 || !steward_page_can_write (STEWARD_PAGE (self)))
    return;

  /* The window closes the database, restores and opens it again. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.restore-backup", "s", path))
    show_toast (self, _("This window cannot restore backups."));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  StewardBackupsPage *self = STEWARD_BACKUPS_PAGE (widget);
  const char *path = g_variant_get_string (param, NULL);
  g_autoptr(StewardBackup) backup = NULL;
  g_autofree char *what = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return;

  backup = find_backup (self, path);
  what = backup != NULL ? dup_backup_time (self, backup) : g_filename_display_basename (path);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Restore This Backup?"), NULL));
  /* TRANSLATORS: %s is when the backup was made, such as 114-11-20 14:03 */
  adw_message_dialog_format_body (dialog, _("Restore the backup of %s? The current database is kept as a backup first, so nothing is lost."),
                                  what);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* The folder */

static void
on_chooser_response_cb (GtkNativeDialog    *chooser,
                        int                 response,
                        StewardBackupsPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      /* The key's change refreshes the page. */
      if (path != NULL)
        g_settings_set_string (self->settings, "backup-folder", path);
      else
        show_toast (self, _("Backups can only go to a folder on this computer or a mounted share."));
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
change_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardBackupsPage *self = STEWARD_BACKUPS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *folder = dup_folder (self);

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Choose a Folder for Backups"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), file, NULL);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
use_default_folder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  g_settings_reset (STEWARD_BACKUPS_PAGE (widget)->settings, "backup-folder");
}

static void
on_folder_launched_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(StewardBackupsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: a toast; %s is the reason */
      message = g_strdup_printf (_("Could not open the folder: %s"), error->message);
      show_toast (self, message);
    }
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  StewardBackupsPage *self = STEWARD_BACKUPS_PAGE (widget);
  g_autofree char *folder = dup_folder (self);
  g_autofree char *uri = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;

  if (folder == NULL)
    return;

  /* Before the first backup the folder may not be there yet. */
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: a toast; %s is the reason */
      message = g_strdup_printf (_("Could not open the folder: %s"), g_strerror (errno));
      show_toast (self, message);
      return;
    }

  uri = g_filename_to_uri (folder, NULL, NULL);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_folder_launched_cb, g_object_ref (self));
}

/* What changes the page */

static void
on_setting_changed_cb (GSettings          *settings,
                       const char         *key,
                       StewardBackupsPage *self)
{
  if (g_strcmp0 (key, "backup-folder") == 0)
    apply_folder_setting (self);

  steward_backups_page_refresh (self);
}

static void
steward_backups_page_database_changed (StewardPage     *page,
                                       StewardDatabase *db)
{
  steward_backups_page_refresh (STEWARD_BACKUPS_PAGE (page));
}

static void
steward_backups_page_map (GtkWidget *widget)
{
  /* The daily backup may have been made since the page was last shown. */
  steward_backups_page_refresh (STEWARD_BACKUPS_PAGE (widget));

  GTK_WIDGET_CLASS (steward_backups_page_parent_class)->map (widget);
}

static void
steward_backups_page_dispose (GObject *object)
{
  StewardBackupsPage *self = (StewardBackupsPage *)object;

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->chooser, on_chooser_response_cb, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  g_cancellable_cancel (self->backing_up);
  g_clear_object (&self->backing_up);
  g_clear_object (&self->backups);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (steward_backups_page_parent_class)->dispose (object);
}

static void
steward_backups_page_class_init (StewardBackupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_backups_page_dispose;
  widget_class->map = steward_backups_page_map;
  page_class->database_changed = steward_backups_page_database_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-backups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardBackupsPage, folder_row);
  gtk_widget_class_bind_template_child (widget_class, StewardBackupsPage, back_up_spinner);
  /* For the tests, which press it as a user would. */
  gtk_widget_class_bind_template_child_full (widget_class, "back_up_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, StewardBackupsPage, last_row);
  gtk_widget_class_bind_template_child (widget_class, StewardBackupsPage, default_folder_button);
  gtk_widget_class_bind_template_child (widget_class, StewardBackupsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardBackupsPage, list_box);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL, back_up_now_action);
  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "backups.change-folder", NULL, change_folder_action);
  gtk_widget_class_install_action (widget_class, "backups.use-default-folder", NULL, use_default_folder_action);
  gtk_widget_class_install_action (widget_class, "backups.open-folder", NULL, open_folder_action);
}

static void
steward_backups_page_init (StewardBackupsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->folder_row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->last_row), FALSE);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::backup-folder", G_CALLBACK (on_setting_changed_cb), self, 0);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_setting_changed_cb), self, 0);
  apply_folder_setting (self);
  steward_backups_page_refresh (self);
}

GtkWidget *
steward_backups_page_new (void)
{
  return g_object_new (STEWARD_TYPE_BACKUPS_PAGE, NULL);
}
