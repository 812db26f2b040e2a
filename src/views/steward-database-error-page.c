/* steward-database-error-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-database-error-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-application.h"
#include "steward-database-error-page.h"
#include "store/steward-backup.h"
#include "store/steward-database.h"

/* What the user sees instead of a crash when the database cannot be
 * opened: what is wrong, in words, and only the choices that can help. The
 * file itself is never written to from here; a restore sets it aside. */
struct _StewardDatabaseErrorPage
{
  AdwBin         parent_instance;

  char          *path;
  char          *newest_backup;

  AdwStatusPage *status_page;
  GtkWidget     *retry_button;
  GtkWidget     *restore_button;
  GtkWidget     *read_only_button;
};

G_DEFINE_FINAL_TYPE (StewardDatabaseErrorPage, steward_database_error_page, ADW_TYPE_BIN)

static StewardApplication *
get_application (StewardDatabaseErrorPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return STEWARD_APPLICATION (gtk_window_get_application (GTK_WINDOW (root)));
}

void
steward_database_error_page_set_error (StewardDatabaseErrorPage *self,
                                       const char               *path,
                                       const GError             *error)
{
  g_autoptr(GListModel) backups = NULL;
  g_autofree char *description = NULL;
  const char *title;
  gboolean retry = FALSE;
  gboolean read_only = FALSE;
  gboolean restore = FALSE;

  g_return_if_fail (STEWARD_IS_DATABASE_ERROR_PAGE (self));

  g_free (self->path);
  self->path = g_strdup (path);

  backups = steward_backup_list (path);
  g_clear_pointer (&self->newest_backup, g_free);
  if (g_list_model_get_n_items (backups) > 0)
    {
      g_autoptr(StewardBackup) newest = g_list_model_get_item (backups, 0);

      self->newest_backup = g_strdup (steward_backup_get_path (newest));
    }

  if (error->domain != STEWARD_DATABASE_ERROR)
    {
      title = _("The Database Could Not Be Opened");
      retry = TRUE;
    }
  else switch ((StewardDatabaseError)error->code)
    {
    case STEWARD_DATABASE_ERROR_NOT_A_DATABASE:
      title = _("This Is Not a Steward Database");
      restore = TRUE;
      break;

    case STEWARD_DATABASE_ERROR_CORRUPT:
      title = _("The Database Is Damaged");
      restore = TRUE;
      read_only = TRUE;
      break;

    case STEWARD_DATABASE_ERROR_TOO_NEW:
      title = _("Made by a Newer Steward");
      restore = TRUE;
      break;

    case STEWARD_DATABASE_ERROR_READ_ONLY:
      title = _("The Database Cannot Be Changed");
      read_only = TRUE;
      break;

    case STEWARD_DATABASE_ERROR_LOCKED:
      title = _("The Database Is in Use");
      retry = TRUE;
      read_only = TRUE;
      break;

    case STEWARD_DATABASE_ERROR_TOO_OLD:
      title = _("Made by an Older Steward");
      retry = TRUE;
      break;

    case STEWARD_DATABASE_ERROR_MIGRATION:
    case STEWARD_DATABASE_ERROR_CONSTRAINT:
    case STEWARD_DATABASE_ERROR_NOT_FOUND:
    case STEWARD_DATABASE_ERROR_IO:
    case STEWARD_DATABASE_ERROR_FAILED:
    default:
      title = _("The Database Could Not Be Opened");
      retry = TRUE;
      restore = TRUE;
      break;
    }

  restore = restore && self->newest_backup != NULL;

  description = g_strdup_printf ("%s\n\n%s", error->message,
                                 restore ? _("Nothing has been written to the file. You can put its newest backup in its place; the file itself is then kept beside it.")
                                         : _("Nothing has been written to the file."));

  /* The icon is set here, not in the template: a status page's 128-pixel
   * icon is loaded as soon as the page's style is known, shown or not, and
   * its scalable form brings in librsvg (10 MiB read at every start-up). */
  adw_status_page_set_icon_name (self->status_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_widget_set_visible (self->retry_button, retry);
  gtk_widget_set_visible (self->restore_button, restore);
  gtk_widget_set_visible (self->read_only_button, read_only);
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  StewardDatabaseErrorPage *self = STEWARD_DATABASE_ERROR_PAGE (widget);

  steward_application_open_database (get_application (self), self->path, STEWARD_DATABASE_OPEN_DEFAULT);
}

static void
open_read_only_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  StewardDatabaseErrorPage *self = STEWARD_DATABASE_ERROR_PAGE (widget);

  steward_application_open_database (get_application (self), self->path, STEWARD_DATABASE_OPEN_READ_ONLY);
}

static void
on_restore_response_cb (AdwMessageDialog         *dialog,
                        const char               *response,
                        StewardDatabaseErrorPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  if (g_strcmp0 (response, "restore") != 0)
    return;

  if (!steward_backup_restore (self->path, self->newest_backup, &kept, &error))
    {
      steward_database_error_page_set_error (self, self->path, error);
      return;
    }

  g_message ("Restored %s from %s; the previous file is kept as %s", self->path, self->newest_backup, kept);
  steward_application_open_database (get_application (self), self->path, STEWARD_DATABASE_OPEN_DEFAULT);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  StewardDatabaseErrorPage *self = STEWARD_DATABASE_ERROR_PAGE (widget);
  g_autofree char *backup_name = NULL;
  AdwMessageDialog *dialog;

  if (self->newest_backup == NULL)
    return;

  backup_name = g_path_get_basename (self->newest_backup);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Restore the Newest Backup?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” will be put in place of the database. The current file is not deleted: it is renamed and kept beside it."),
                                  backup_name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
steward_database_error_page_dispose (GObject *object)
{
  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_database_error_page_parent_class)->dispose (object);
}

static void
steward_database_error_page_finalize (GObject *object)
{
  StewardDatabaseErrorPage *self = (StewardDatabaseErrorPage *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->newest_backup, g_free);

  G_OBJECT_CLASS (steward_database_error_page_parent_class)->finalize (object);
}

static void
steward_database_error_page_class_init (StewardDatabaseErrorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_database_error_page_dispose;
  object_class->finalize = steward_database_error_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-database-error-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardDatabaseErrorPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, StewardDatabaseErrorPage, retry_button);
  gtk_widget_class_bind_template_child (widget_class, StewardDatabaseErrorPage, restore_button);
  gtk_widget_class_bind_template_child (widget_class, StewardDatabaseErrorPage, read_only_button);

  gtk_widget_class_install_action (widget_class, "error.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "error.open-read-only", NULL, open_read_only_action);
  gtk_widget_class_install_action (widget_class, "error.restore", NULL, restore_action);
}

static void
steward_database_error_page_init (StewardDatabaseErrorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
