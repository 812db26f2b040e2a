/* steward-close-action-dialog.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-close-action-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "steward-close-action-dialog.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* "Close Action…": an action is closed as done only with the evaluation
 * of its effectiveness (成效評估): effective or not, by whom, when
 * (procedure 5.7.1.2: by the chair of the meeting; 5.7.2.1: by the
 * officer in charge). Without it, nothing is saved and the reason shows
 * beside the field. */
struct _StewardCloseActionDialog
{
  AdwWindow           parent_instance;

  StewardDatabase    *db;
  StewardActionItem  *action;

  AdwWindowTitle     *window_title;
  GtkWidget          *general_error;
  AdwPreferencesGroup *action_group;
  StewardDateRow     *done_on_row;
  AdwActionRow       *effectiveness_row;
  GtkCheckButton     *effective_check;
  GtkCheckButton     *not_effective_check;
  AdwEntryRow        *evaluated_by_row;
  StewardDateRow     *evaluated_on_row;
  GtkTextView        *note_view;

#define ERROR_FIELD(name) GtkWidget *name##_error_row; GtkLabel *name##_error
  ERROR_FIELD (done_on);
  ERROR_FIELD (effectiveness);
  ERROR_FIELD (evaluated_by);
  ERROR_FIELD (evaluated_on);
#undef ERROR_FIELD

  StewardFormField    fields[4];
};

G_DEFINE_FINAL_TYPE (StewardCloseActionDialog, steward_close_action_dialog, ADW_TYPE_WINDOW)

static StewardEffectiveness
get_effectiveness (StewardCloseActionDialog *self)
{
  if (gtk_check_button_get_active (self->effective_check))
    return STEWARD_EFFECTIVENESS_EFFECTIVE;
  if (gtk_check_button_get_active (self->not_effective_check))
    return STEWARD_EFFECTIVENESS_NOT_EFFECTIVE;

  return STEWARD_EFFECTIVENESS_NOT_EVALUATED;
}

/**
 * steward_close_action_dialog_close:
 *
 * Closes the action as done with the evaluation the dialog holds. Not
 * said whether it was effective, no evaluator, dates out of order or
 * that are none: refused, the reason beside the field, nothing saved,
 * nothing typed lost.
 *
 * Returns: whether the action was closed (the dialog then closes too)
 */
gboolean
steward_close_action_dialog_close (StewardCloseActionDialog *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *evaluated_by = NULL;
  g_autofree char *note = NULL;
  GtkWidget *first_bad;
  gboolean closed;

  g_return_val_if_fail (STEWARD_IS_CLOSE_ACTION_DIALOG (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  evaluated_by = steward_register_dup_text (GTK_WIDGET (self->evaluated_by_row));
  note = steward_register_dup_text (GTK_WIDGET (self->note_view));

  /* An empty array that frees its problems as the record's do. */
  problems = steward_record_validate (STEWARD_RECORD (self->action));
  g_ptr_array_set_size (problems, 0);
  steward_register_check_date (self->done_on_row, "done-on", problems);
  steward_register_check_date (self->evaluated_on_row, "evaluated-on", problems);
  if (problems->len == 0)
    closed = steward_action_close (self->db, self->action,
                                   steward_date_row_get_date (self->done_on_row),
                                   get_effectiveness (self),
                                   evaluated_by,
                                   steward_date_row_get_date (self->evaluated_on_row),
                                   note, problems, &error);
  else
    closed = FALSE;

  if (closed)
    {
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    }

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);
  else
    /* What concerns no field: a cancelled action, or the store's refusal. */
    steward_form_show_message (self->general_error,
                               problems->len > 0 ? ((StewardProblem *) g_ptr_array_index (problems, 0))->message
                                                 : error != NULL ? error->message : "");

  return FALSE;
}

static void
on_entry_changed_cb (GtkEditable              *editable,
                     StewardCloseActionDialog *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
  /* "Evaluated before it was done" is answered by either date. */
  if (editable == GTK_EDITABLE (self->done_on_row))
    steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->evaluated_on_row));
}

static void
on_entry_activated_cb (AdwEntryRow              *row,
                       StewardCloseActionDialog *self)
{
  steward_close_action_dialog_close (self);
}

static void
on_effectiveness_toggled_cb (GtkCheckButton           *button,
                             StewardCloseActionDialog *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->effectiveness_row));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  steward_close_action_dialog_close (STEWARD_CLOSE_ACTION_DIALOG (widget));
}

static void
steward_close_action_dialog_dispose (GObject *object)
{
  StewardCloseActionDialog *self = (StewardCloseActionDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_CLOSE_ACTION_DIALOG);

  g_clear_object (&self->db);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (steward_close_action_dialog_parent_class)->dispose (object);
}

static void
steward_close_action_dialog_class_init (StewardCloseActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_close_action_dialog_dispose;

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-close-action-dialog.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardCloseActionDialog, name)
#define ERROR_CHILD(name) CHILD (name##_error_row); CHILD (name##_error)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (action_group);
  CHILD (done_on_row);
  CHILD (effectiveness_row);
  CHILD (effective_check);
  CHILD (not_effective_check);
  CHILD (evaluated_by_row);
  CHILD (evaluated_on_row);
  CHILD (note_view);
  ERROR_CHILD (done_on);
  ERROR_CHILD (effectiveness);
  ERROR_CHILD (evaluated_by);
  ERROR_CHILD (evaluated_on);
#undef ERROR_CHILD
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_effectiveness_toggled_cb);

  gtk_widget_class_install_action (widget_class, "dialog.close-action", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.close-action", NULL);
}

static void
steward_close_action_dialog_init (StewardCloseActionDialog *self)
{
  StewardCalendar calendar = steward_register_get_calendar ();

  gtk_widget_init_template (GTK_WIDGET (self));

  steward_date_row_set_calendar (self->done_on_row, calendar);
  steward_date_row_set_calendar (self->evaluated_on_row, calendar);

  self->fields[0] = (StewardFormField) { "done-on", GTK_WIDGET (self->done_on_row), self->done_on_error_row, self->done_on_error };
  self->fields[1] = (StewardFormField) { "effectiveness", GTK_WIDGET (self->effectiveness_row), self->effectiveness_error_row, self->effectiveness_error };
  self->fields[2] = (StewardFormField) { "evaluated-by", GTK_WIDGET (self->evaluated_by_row), self->evaluated_by_error_row, self->evaluated_by_error };
  self->fields[3] = (StewardFormField) { "evaluated-on", GTK_WIDGET (self->evaluated_on_row), self->evaluated_on_error_row, self->evaluated_on_error };
}

/**
 * steward_close_action_dialog_new:
 * @action: a saved action; closing changes it once the database has
 *
 * Starts from today, and from the user of @db as the evaluator.
 */
StewardCloseActionDialog *
steward_close_action_dialog_new (StewardDatabase   *db,
                                 StewardActionItem *action)
{
  StewardCloseActionDialog *self;
  g_autoptr(GDate) today = steward_date_new_today ();
  GDate *done_on;
  StewardEffectiveness effectiveness;
  g_autofree char *markup = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), NULL);

  self = g_object_new (STEWARD_TYPE_CLOSE_ACTION_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->action = g_object_ref (action);

  /* An action done already is evaluated again from what it has. */
  done_on = steward_action_item_get_done_on (action);
  steward_date_row_set_date (self->done_on_row, done_on != NULL ? done_on : today);
  steward_date_row_set_date (self->evaluated_on_row, today);
  steward_register_set_text (GTK_WIDGET (self->evaluated_by_row), steward_database_get_user_name (db));
  effectiveness = steward_action_item_get_effectiveness (action);
  gtk_check_button_set_active (self->effective_check, effectiveness == STEWARD_EFFECTIVENESS_EFFECTIVE);
  gtk_check_button_set_active (self->not_effective_check, effectiveness == STEWARD_EFFECTIVENESS_NOT_EFFECTIVE);
  steward_register_set_text (GTK_WIDGET (self->note_view), steward_action_item_get_evaluation_note (action));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  adw_window_title_set_title (self->window_title, _("Close Action"));
  adw_window_title_set_subtitle (self->window_title, _("Follow-up"));
  /* The group's description is markup; the title is what the user typed. */
  markup = g_markup_escape_text (steward_action_item_get_title (action) ?: "", -1);
  adw_preferences_group_set_description (self->action_group, markup);
  gtk_window_set_title (GTK_WINDOW (self), _("Close Action"));

  return self;
}
