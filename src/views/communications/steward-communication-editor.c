/* steward-communication-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-communication-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-communication-editor.h"
#include "steward-source-actions.h"
#include "widgets/steward-register-util.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of a communication (procedure 5.7): internal, across units,
 * external, with the media or an announcement; what was agreed, the
 * officer in charge, the follow-up actions and, once they are done, the
 * effectiveness evaluation. A statement to the media shows the deputy
 * director's approval (5.7.3): a release date without it is refused beside
 * the field, as the database would refuse it. The form edits a copy: what
 * is typed stays when a save is refused. */
struct _StewardCommunicationEditor
{
  AdwWindow              parent_instance;

  StewardDatabase       *db;
  StewardCommunication  *original;
  StewardCommunication  *communication;

  AdwWindowTitle        *window_title;
  GtkWidget             *general_error;
  GtkWidget             *delete_button;
  AdwComboRow           *kind_row;
  StewardDateRow        *occurred_on_row;
  AdwComboRow           *channel_row;
  AdwEntryRow           *subject_row;
  AdwEntryRow           *parties_row;
  AdwComboRow           *officer_row;
  GtkTextView           *outcome_view;
  GtkWidget             *approval_group;
  AdwEntryRow           *approved_by_row;
  StewardDateRow        *approved_on_row;
  StewardDateRow        *released_on_row;
  GtkLabel              *approval_state;
  GtkSwitch             *follow_up_switch;
  StewardSourceActions  *actions_group;
  AdwComboRow           *effectiveness_row;
  AdwEntryRow           *evaluated_by_row;
  StewardDateRow        *evaluated_on_row;
  GtkTextView           *evaluation_note_view;
  GtkWidget             *occurred_on_error_row;
  GtkLabel              *occurred_on_error;
  GtkWidget             *subject_error_row;
  GtkLabel              *subject_error;
  GtkWidget             *approved_by_error_row;
  GtkLabel              *approved_by_error;
  GtkWidget             *approved_on_error_row;
  GtkLabel              *approved_on_error;
  GtkWidget             *released_on_error_row;
  GtkLabel              *released_on_error;
  GtkWidget             *evaluated_by_error_row;
  GtkLabel              *evaluated_by_error;
  GtkWidget             *evaluated_on_error_row;
  GtkLabel              *evaluated_on_error;

  StewardFormField       fields[7];
};

G_DEFINE_FINAL_TYPE (StewardCommunicationEditor, steward_communication_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_media (StewardCommunicationEditor *self)
{
  return adw_combo_row_get_selected (self->kind_row) == STEWARD_COMMUNICATION_MEDIA;
}

/* The deputy director's approval, as the form holds it: a media
 * statement without it is blocked. */
static void
update_approval (StewardCommunicationEditor *self)
{
  g_autofree char *approved_by = steward_register_dup_text (GTK_WIDGET (self->approved_by_row));
  gboolean approved = approved_by != NULL && steward_date_row_get_date (self->approved_on_row) != NULL;

  gtk_widget_set_visible (self->approval_group, is_media (self));
  gtk_label_set_label (self->approval_state,
                       approved ? _("Approved: the statement may be released.")
                                : _("Blocked: not to be released until the deputy director approves it."));
  gtk_widget_remove_css_class (GTK_WIDGET (self->approval_state), approved ? "warning" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->approval_state), approved ? "success" : "warning");
}

static void
write_form (StewardCommunicationEditor *self)
{
  StewardCommunication *c = self->communication;

  adw_combo_row_set_selected (self->kind_row, steward_communication_get_kind (c));
  steward_date_row_set_date (self->occurred_on_row, steward_communication_get_occurred_on (c));
  adw_combo_row_set_selected (self->channel_row, steward_communication_get_channel (c));
  steward_register_set_text (GTK_WIDGET (self->subject_row), steward_communication_get_subject (c));
  steward_register_set_text (GTK_WIDGET (self->parties_row), steward_communication_get_parties (c));
  steward_objective_form_select_person (self->officer_row, steward_communication_get_officer_id (c));
  steward_register_set_text (GTK_WIDGET (self->outcome_view), steward_communication_get_outcome (c));
  steward_register_set_text (GTK_WIDGET (self->approved_by_row), steward_communication_get_approved_by (c));
  steward_date_row_set_date (self->approved_on_row, steward_communication_get_approved_on (c));
  steward_date_row_set_date (self->released_on_row, steward_communication_get_released_on (c));
  gtk_switch_set_active (self->follow_up_switch, steward_communication_get_follow_up_needed (c));
  adw_combo_row_set_selected (self->effectiveness_row, steward_communication_get_effectiveness (c));
  steward_register_set_text (GTK_WIDGET (self->evaluated_by_row), steward_communication_get_evaluated_by (c));
  steward_date_row_set_date (self->evaluated_on_row, steward_communication_get_evaluated_on (c));
  steward_register_set_text (GTK_WIDGET (self->evaluation_note_view), steward_communication_get_evaluation_note (c));
  update_approval (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static guint
get_choice (AdwComboRow *row,
            guint        fallback)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected == GTK_INVALID_LIST_POSITION ? fallback : selected;
}

/* Copies the form into the record. Only a media statement keeps an
 * approval: the rows of another kind are hidden, and their text stays in
 * the form should the kind be changed back. */
static void
read_form (StewardCommunicationEditor *self)
{
  g_autofree char *subject = steward_register_dup_text (GTK_WIDGET (self->subject_row));
  g_autofree char *parties = steward_register_dup_text (GTK_WIDGET (self->parties_row));
  g_autofree char *outcome = steward_register_dup_text (GTK_WIDGET (self->outcome_view));
  g_autofree char *approved_by = steward_register_dup_text (GTK_WIDGET (self->approved_by_row));
  g_autofree char *evaluated_by = steward_register_dup_text (GTK_WIDGET (self->evaluated_by_row));
  g_autofree char *note = steward_register_dup_text (GTK_WIDGET (self->evaluation_note_view));
  gboolean media = is_media (self);

  g_object_set (self->communication,
                "kind", get_choice (self->kind_row, STEWARD_COMMUNICATION_INTERNAL),
                "occurred-on", steward_date_row_get_date (self->occurred_on_row),
                "channel", get_choice (self->channel_row, STEWARD_CHANNEL_MEETING),
                "subject", subject,
                "parties", parties,
                "officer-id", steward_objective_form_get_person (self->officer_row),
                "outcome", outcome,
                "approved-by", media ? approved_by : NULL,
                "approved-on", media ? steward_date_row_get_date (self->approved_on_row) : NULL,
                "released-on", media ? steward_date_row_get_date (self->released_on_row) : NULL,
                "follow-up-needed", gtk_switch_get_active (self->follow_up_switch),
                "effectiveness", get_choice (self->effectiveness_row, STEWARD_EFFECTIVENESS_NOT_EVALUATED),
                "evaluated-by", evaluated_by,
                "evaluated-on", steward_date_row_get_date (self->evaluated_on_row),
                "evaluation-note", note,
                NULL);
}

/* What the record does not check: dates typed that are none, an approval
 * without its day or its approver, an evaluation without who and when. */
static void
check_form (StewardCommunicationEditor *self,
            GPtrArray                  *problems)
{
  StewardCommunication *c = self->communication;
  gboolean media = is_media (self);

  if (media)
    {
      if (steward_communication_get_approved_on (c) != NULL && steward_communication_get_approved_by (c) == NULL)
        steward_record_add_problem (problems, "approved-by", _("Name the deputy director who approved the statement."));
      if (steward_communication_get_approved_by (c) != NULL && steward_communication_get_approved_on (c) == NULL)
        steward_record_add_problem (problems, "approved-on", _("Enter the day the statement was approved."));
    }

  if (steward_communication_get_effectiveness (c) != STEWARD_EFFECTIVENESS_NOT_EVALUATED)
    {
      if (steward_communication_get_evaluated_by (c) == NULL)
        steward_record_add_problem (problems, "evaluated-by",
                                    _("Say who evaluated the effectiveness: the chair or the officer in charge."));
      if (steward_communication_get_evaluated_on (c) == NULL)
        steward_record_add_problem (problems, "evaluated-on", _("Enter the day of the evaluation."));
    }

  steward_register_check_date (self->occurred_on_row, "occurred-on", problems);
  steward_register_check_date (self->evaluated_on_row, "evaluated-on", problems);
  if (media)
    {
      steward_register_check_date (self->approved_on_row, "approved-on", problems);
      steward_register_check_date (self->released_on_row, "released-on", problems);
    }
}

/* The record as stored now: what Delete deletes, and the source of the
 * actions added from here on. */
static void
stored (StewardCommunicationEditor *self)
{
  g_clear_object (&self->original);
  self->original = STEWARD_COMMUNICATION (steward_record_copy (STEWARD_RECORD (self->communication)));
  steward_source_actions_set_source (self->actions_group, self->db, STEWARD_ACTION_SOURCE_COMMUNICATION,
                                     steward_record_get_id (STEWARD_RECORD (self->communication)),
                                     steward_communication_get_subject (self->communication));
  adw_window_title_set_title (self->window_title, _("Edit Communication"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Communication"));
  gtk_widget_set_visible (self->delete_button, TRUE);
}

/* Reads, checks and saves the form, which stays open. */
static gboolean
store (StewardCommunicationEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->communication));
  check_form (self, problems);
  steward_objective_form_keep_first_problem (problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  if (!steward_record_save (STEWARD_RECORD (self->communication), self->db, &error))
    return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, FALSE, error);

  stored (self);

  return TRUE;
}

static gint64
store_for_action (gpointer user_data)
{
  StewardCommunicationEditor *self = user_data;

  return store (self) ? steward_record_get_id (STEWARD_RECORD (self->communication)) : 0;
}

/**
 * steward_communication_editor_save:
 *
 * Saves what the form holds. No date or subject, a media statement
 * released without the deputy director's approval, an evaluation without
 * who and when: refused, the reason beside the field, the focus on the
 * first, nothing typed lost.
 *
 * Returns: whether the communication was saved (the window then closes)
 */
gboolean
steward_communication_editor_save (StewardCommunicationEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_COMMUNICATION_EDITOR (self), FALSE);

  if (!store (self))
    return FALSE;

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, TRUE, NULL);
}

/**
 * steward_communication_editor_get_communication:
 *
 * Returns: (transfer none): the communication as last read from the form;
 *   once saved it has its id
 */
StewardCommunication *
steward_communication_editor_get_communication (StewardCommunicationEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_COMMUNICATION_EDITOR (self), NULL);

  return self->communication;
}

static void
on_entry_changed_cb (GtkEditable                *editable,
                     StewardCommunicationEditor *self)
{
  GtkWidget *edited = GTK_WIDGET (editable);

  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), edited);
  if (edited == GTK_WIDGET (self->approved_by_row) || edited == GTK_WIDGET (self->approved_on_row))
    {
      /* Approving answers what is said of the release. */
      steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->released_on_row));
      update_approval (self);
    }
}

static void
on_entry_activated_cb (AdwEntryRow                *row,
                       StewardCommunicationEditor *self)
{
  steward_communication_editor_save (self);
}

static void
on_combo_changed_cb (AdwComboRow                *row,
                     GParamSpec                 *pspec,
                     StewardCommunicationEditor *self)
{
  if (row == self->kind_row)
    update_approval (self);
  else if (row == self->effectiveness_row)
    {
      steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->evaluated_by_row));
      steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->evaluated_on_row));
    }
}

/* An action added is a follow-up that was needed. */
static void
on_action_added_cb (StewardSourceActions       *actions,
                    StewardActionItem          *action,
                    StewardCommunicationEditor *self)
{
  gtk_switch_set_active (self->follow_up_switch, TRUE);
  steward_show_message (GTK_WIDGET (self->window_title), _("Follow-up action added"));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_communication_editor_save (STEWARD_COMMUNICATION_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardCommunicationEditor *self = STEWARD_COMMUNICATION_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_communication_editor_dispose (GObject *object)
{
  StewardCommunicationEditor *self = (StewardCommunicationEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_COMMUNICATION_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_communication_editor_parent_class)->dispose (object);
}

static void
steward_communication_editor_finalize (GObject *object)
{
  StewardCommunicationEditor *self = (StewardCommunicationEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->communication);

  G_OBJECT_CLASS (steward_communication_editor_parent_class)->finalize (object);
}

static void
steward_communication_editor_class_init (StewardCommunicationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_communication_editor_dispose;
  object_class->finalize = steward_communication_editor_finalize;

  /**
   * StewardCommunicationEditor::delete-requested:
   * @communication: the communication as stored
   *
   * The user asked to delete the communication; the page that opened the
   * editor deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_COMMUNICATION);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);
  g_type_ensure (STEWARD_TYPE_SOURCE_ACTIONS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-communication-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardCommunicationEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (kind_row);
  CHILD (occurred_on_row);
  CHILD (channel_row);
  CHILD (subject_row);
  CHILD (parties_row);
  CHILD (officer_row);
  CHILD (outcome_view);
  CHILD (approval_group);
  CHILD (approved_by_row);
  CHILD (approved_on_row);
  CHILD (released_on_row);
  CHILD (approval_state);
  CHILD (follow_up_switch);
  CHILD (actions_group);
  CHILD (effectiveness_row);
  CHILD (evaluated_by_row);
  CHILD (evaluated_on_row);
  CHILD (evaluation_note_view);
  CHILD (occurred_on_error_row);
  CHILD (occurred_on_error);
  CHILD (subject_error_row);
  CHILD (subject_error);
  CHILD (approved_by_error_row);
  CHILD (approved_by_error);
  CHILD (approved_on_error_row);
  CHILD (approved_on_error);
  CHILD (released_on_error_row);
  CHILD (released_on_error);
  CHILD (evaluated_by_error_row);
  CHILD (evaluated_by_error);
  CHILD (evaluated_on_error_row);
  CHILD (evaluated_on_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static const char *
choice_name (GType type,
             int   value)
{
  if (type == STEWARD_TYPE_COMMUNICATION_KIND)
    return steward_communication_kind_to_string (value);
  if (type == STEWARD_TYPE_CHANNEL)
    return steward_channel_to_string (value);

  return steward_effectiveness_to_string (value);
}

/* The combo's positions are the enum's values. */
static void
set_choices (AdwComboRow *row,
             GType        enum_type)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (names, choice_name (enum_type, enum_class->values[i].value));
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
steward_communication_editor_init (StewardCommunicationEditor *self)
{
  StewardCalendar calendar = steward_register_get_calendar ();
  StewardDateRow *date_rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  set_choices (self->kind_row, STEWARD_TYPE_COMMUNICATION_KIND);
  set_choices (self->channel_row, STEWARD_TYPE_CHANNEL);
  set_choices (self->effectiveness_row, STEWARD_TYPE_EFFECTIVENESS);

  date_rows[0] = self->occurred_on_row;
  date_rows[1] = self->approved_on_row;
  date_rows[2] = self->released_on_row;
  date_rows[3] = self->evaluated_on_row;
  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    steward_date_row_set_calendar (date_rows[i], calendar);

  g_signal_connect (self->actions_group, "action-added", G_CALLBACK (on_action_added_cb), self);
  steward_source_actions_set_save_func (self->actions_group, store_for_action, self);

  self->fields[0] = (StewardFormField) { "occurred-on", GTK_WIDGET (self->occurred_on_row), self->occurred_on_error_row, self->occurred_on_error };
  self->fields[1] = (StewardFormField) { "subject", GTK_WIDGET (self->subject_row), self->subject_error_row, self->subject_error };
  self->fields[2] = (StewardFormField) { "approved-by", GTK_WIDGET (self->approved_by_row), self->approved_by_error_row, self->approved_by_error };
  self->fields[3] = (StewardFormField) { "approved-on", GTK_WIDGET (self->approved_on_row), self->approved_on_error_row, self->approved_on_error };
  self->fields[4] = (StewardFormField) { "released-on", GTK_WIDGET (self->released_on_row), self->released_on_error_row, self->released_on_error };
  self->fields[5] = (StewardFormField) { "evaluated-by", GTK_WIDGET (self->evaluated_by_row), self->evaluated_by_error_row, self->evaluated_by_error };
  self->fields[6] = (StewardFormField) { "evaluated-on", GTK_WIDGET (self->evaluated_on_row), self->evaluated_on_error_row, self->evaluated_on_error };
}

/**
 * steward_communication_editor_new:
 * @communication: (nullable): the communication to edit, or %NULL for a
 *   new one
 * @people: (nullable): StewardPerson, to choose the officer in charge and
 *   the owners of the actions from
 */
StewardCommunicationEditor *
steward_communication_editor_new (StewardDatabase      *db,
                                  StewardCommunication *communication,
                                  GListModel           *people)
{
  StewardCommunicationEditor *self;
  g_autoptr(GDate) today = steward_date_new_today ();
  const char *title;
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (communication == NULL || STEWARD_IS_COMMUNICATION (communication), NULL);
  g_return_val_if_fail (people == NULL || G_IS_LIST_MODEL (people), NULL);

  self = g_object_new (STEWARD_TYPE_COMMUNICATION_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = communication != NULL ? g_object_ref (communication) : NULL;
  self->communication = communication != NULL
                        ? STEWARD_COMMUNICATION (steward_record_copy (STEWARD_RECORD (communication)))
                        : g_object_new (STEWARD_TYPE_COMMUNICATION, "occurred-on", today, NULL);

  steward_objective_form_set_people (self->officer_row, people);
  steward_source_actions_set_people (self->actions_group, people);
  id = steward_record_get_id (STEWARD_RECORD (self->communication));
  steward_source_actions_set_source (self->actions_group, db, STEWARD_ACTION_SOURCE_COMMUNICATION, id,
                                     steward_communication_get_subject (self->communication));

  title = communication != NULL ? _("Edit Communication") : _("New Communication");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Communication"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, communication != NULL);
  write_form (self);

  return self;
}
