/* steward-feedback-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-feedback-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-party.h"
#include "steward-feedback-editor.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of feedback from an interested party (the management review
 * looks at it, 5.4.2): when it came, what was said, what the centre
 * answered and when. It edits a copy; a refused save says why beside the
 * field and keeps the typing. */
struct _StewardFeedbackEditor
{
  AdwWindow             parent_instance;

  StewardDatabase      *db;
  StewardPartyFeedback *original;
  StewardPartyFeedback *feedback;

  AdwWindowTitle       *window_title;
  GtkWidget            *general_error;
  GtkWidget            *delete_button;
  StewardDateRow       *received_on_row;
  GtkWidget            *received_on_error_row;
  GtkLabel             *received_on_error;
  GtkTextView          *content_view;
  GtkLabel             *content_error;
  GtkTextView          *response_view;
  StewardDateRow       *responded_on_row;
  GtkWidget            *responded_on_error_row;
  GtkLabel             *responded_on_error;

  StewardFormField      fields[3];
};

G_DEFINE_FINAL_TYPE (StewardFeedbackEditor, steward_feedback_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
write_form (StewardFeedbackEditor *self)
{
  StewardPartyFeedback *f = self->feedback;

  steward_date_row_set_date (self->received_on_row, steward_party_feedback_get_received_on (f));
  steward_register_set_text (GTK_WIDGET (self->content_view), steward_party_feedback_get_content (f));
  steward_register_set_text (GTK_WIDGET (self->response_view), steward_party_feedback_get_response (f));
  steward_date_row_set_date (self->responded_on_row, steward_party_feedback_get_responded_on (f));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardFeedbackEditor *self)
{
  g_autofree char *content = steward_register_dup_text (GTK_WIDGET (self->content_view));
  g_autofree char *response = steward_register_dup_text (GTK_WIDGET (self->response_view));

  g_object_set (self->feedback,
                "received-on", steward_date_row_get_date (self->received_on_row),
                "content", content,
                "response", response,
                "responded-on", steward_date_row_get_date (self->responded_on_row),
                NULL);
}

/**
 * steward_feedback_editor_save:
 *
 * Saves what the form holds. No date received, nothing said, a response
 * before the feedback, a date that is none: refused, said beside the
 * field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_feedback_editor_save (StewardFeedbackEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_FEEDBACK_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->feedback));
  steward_register_check_date (self->received_on_row, "received-on", problems);
  steward_register_check_date (self->responded_on_row, "responded-on", problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->feedback), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_feedback_editor_get_feedback:
 *
 * Returns: (transfer none): the feedback as last read from the form; once
 *   saved it has its id
 */
StewardPartyFeedback *
steward_feedback_editor_get_feedback (StewardFeedbackEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_FEEDBACK_EDITOR (self), NULL);

  return self->feedback;
}

static void
on_entry_changed_cb (GtkEditable           *editable,
                     StewardFeedbackEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow           *row,
                       StewardFeedbackEditor *self)
{
  steward_feedback_editor_save (self);
}

static void
on_content_changed_cb (GtkTextBuffer         *buffer,
                       StewardFeedbackEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->content_view));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_feedback_editor_save (STEWARD_FEEDBACK_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardFeedbackEditor *self = STEWARD_FEEDBACK_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_feedback_editor_dispose (GObject *object)
{
  StewardFeedbackEditor *self = (StewardFeedbackEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_FEEDBACK_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_feedback_editor_parent_class)->dispose (object);
}

static void
steward_feedback_editor_finalize (GObject *object)
{
  StewardFeedbackEditor *self = (StewardFeedbackEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->feedback);

  G_OBJECT_CLASS (steward_feedback_editor_parent_class)->finalize (object);
}

static void
steward_feedback_editor_class_init (StewardFeedbackEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_feedback_editor_dispose;
  object_class->finalize = steward_feedback_editor_finalize;

  /**
   * StewardFeedbackEditor::delete-requested:
   * @feedback: the feedback as stored
   *
   * The user asked to delete the feedback; the window that opened the
   * editor deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_PARTY_FEEDBACK);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-feedback-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardFeedbackEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (received_on_row);
  CHILD (received_on_error_row);
  CHILD (received_on_error);
  CHILD (content_view);
  CHILD (content_error);
  CHILD (response_view);
  CHILD (responded_on_row);
  CHILD (responded_on_error_row);
  CHILD (responded_on_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_feedback_editor_init (StewardFeedbackEditor *self)
{
  StewardCalendar calendar = steward_register_get_calendar ();

  gtk_widget_init_template (GTK_WIDGET (self));

  steward_date_row_set_calendar (self->received_on_row, calendar);
  steward_date_row_set_calendar (self->responded_on_row, calendar);
  g_signal_connect_object (gtk_text_view_get_buffer (self->content_view), "changed",
                           G_CALLBACK (on_content_changed_cb), self, G_CONNECT_DEFAULT);

  self->fields[0] = (StewardFormField) { "received-on", GTK_WIDGET (self->received_on_row), self->received_on_error_row, self->received_on_error };
  self->fields[1] = (StewardFormField) { "content", GTK_WIDGET (self->content_view), GTK_WIDGET (self->content_error), self->content_error };
  self->fields[2] = (StewardFormField) { "responded-on", GTK_WIDGET (self->responded_on_row), self->responded_on_error_row, self->responded_on_error };
}

/**
 * steward_feedback_editor_new:
 * @party_id: the interested party the feedback came from
 * @feedback: (nullable): the feedback to edit, or %NULL for new feedback,
 *   received today
 */
StewardFeedbackEditor *
steward_feedback_editor_new (StewardDatabase      *db,
                             gint64                party_id,
                             StewardPartyFeedback *feedback)
{
  StewardFeedbackEditor *self;
  g_autoptr(StewardParty) party = NULL;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (feedback == NULL || STEWARD_IS_PARTY_FEEDBACK (feedback), NULL);

  self = g_object_new (STEWARD_TYPE_FEEDBACK_EDITOR, NULL);
  self->db = g_object_ref (db);
  if (feedback != NULL)
    {
      self->original = g_object_ref (feedback);
      self->feedback = STEWARD_PARTY_FEEDBACK (steward_record_copy (STEWARD_RECORD (feedback)));
      party_id = steward_party_feedback_get_party_id (feedback);
    }
  else
    {
      g_autoptr(GDate) today = steward_date_new_today ();

      self->feedback = g_object_new (STEWARD_TYPE_PARTY_FEEDBACK,
                                     "party-id", party_id,
                                     "received-on", today,
                                     NULL);
    }

  /* The party only names the window: without it the form still works. */
  if (party_id > 0)
    party = steward_record_load (db, STEWARD_TYPE_PARTY, party_id, NULL);

  title = feedback != NULL ? _("Edit Feedback") : _("New Feedback");
  adw_window_title_set_title (self->window_title, title);
  if (party != NULL)
    adw_window_title_set_subtitle (self->window_title, steward_party_get_name (party));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, feedback != NULL);
  write_form (self);

  return self;
}
