/* steward-action-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-action-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-action-progress.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-action-columns.h"
#include "steward-action-editor.h"
#include "steward-close-action-dialog.h"
#include "widgets/steward-register-util.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of a follow-up item (跟催): what, who, decided when, due when,
 * where it stands and where it came from, its dated progress notes, and
 * once done its effectiveness evaluation (成效評估, procedure 5.7). It
 * edits a copy: a refused save keeps everything typed, with the reason
 * beside the field at fault (no owner, a due date before the decision, a
 * done action without its evaluation). Progress notes are records of
 * their own, added at once. */
struct _StewardActionEditor
{
  AdwWindow           parent_instance;

  StewardDatabase    *db;
  StewardActionItem  *original;
  StewardActionItem  *action;
  StewardRecordList  *people;
  StewardRecordList  *notes;

  AdwWindowTitle     *window_title;
  GtkWidget          *general_error;
  GtkWidget          *delete_button;
  GtkWidget          *close_action_button;
  AdwEntryRow        *title_row;
  AdwComboRow        *owner_row;
  StewardDateRow     *created_on_row;
  StewardDateRow     *due_date_row;
  AdwComboRow        *status_row;
  AdwActionRow       *source_link_row;
  AdwComboRow        *source_kind_row;
  AdwEntryRow        *source_label_row;
  GtkTextView        *notes_view;
  AdwPreferencesGroup *progress_group;
  GtkListBox         *progress_list;
  GtkWidget          *add_note_button;
  GtkRevealer        *note_revealer;
  StewardDateRow     *noted_on_row;
  AdwEntryRow        *note_row;
  GtkWidget          *evaluation_group;
  StewardDateRow     *done_on_row;
  AdwComboRow        *effectiveness_row;
  AdwEntryRow        *evaluated_by_row;
  StewardDateRow     *evaluated_on_row;
  GtkTextView        *evaluation_note_view;

#define ERROR_FIELD(name) GtkWidget *name##_error_row; GtkLabel *name##_error
  ERROR_FIELD (title);
  ERROR_FIELD (owner);
  ERROR_FIELD (created_on);
  ERROR_FIELD (due_date);
  ERROR_FIELD (status);
  ERROR_FIELD (done_on);
  ERROR_FIELD (effectiveness);
  ERROR_FIELD (evaluated_by);
  ERROR_FIELD (evaluated_on);
  ERROR_FIELD (noted_on);
  ERROR_FIELD (note);
#undef ERROR_FIELD

  StewardFormField    fields[9];
  StewardFormField    note_fields[2];
};

G_DEFINE_FINAL_TYPE (StewardActionEditor, steward_action_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((StewardProblem *) g_ptr_array_index (problems, i))->property, property) == 0)
      return TRUE;

  return FALSE;
}

static void
add_problem_once (GPtrArray  *problems,
                  const char *property,
                  const char *message)
{
  if (!has_problem (problems, property))
    steward_record_add_problem (problems, property, message);
}

static StewardActionStatus
get_status (StewardActionEditor *self)
{
  guint status = adw_combo_row_get_selected (self->status_row);

  return status == GTK_INVALID_LIST_POSITION ? STEWARD_ACTION_OPEN : (StewardActionStatus) status;
}

static StewardEffectiveness
get_effectiveness (StewardActionEditor *self)
{
  guint effectiveness = adw_combo_row_get_selected (self->effectiveness_row);

  return effectiveness == GTK_INVALID_LIST_POSITION ? STEWARD_EFFECTIVENESS_NOT_EVALUATED
                                                    : (StewardEffectiveness) effectiveness;
}

/* The evaluation shows once the action is done, or was evaluated. */
static void
update_evaluation (StewardActionEditor *self)
{
  gboolean done = get_status (self) == STEWARD_ACTION_DONE;

  gtk_widget_set_visible (self->evaluation_group,
                          done || get_effectiveness (self) != STEWARD_EFFECTIVENESS_NOT_EVALUATED);
  gtk_widget_set_visible (GTK_WIDGET (self->done_on_row), done);
  if (!done)
    steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->done_on_row));
}

static void
update_actions (StewardActionEditor *self)
{
  gboolean saved = self->original != NULL;
  StewardActionStatus status = saved ? steward_action_item_get_status (self->original) : STEWARD_ACTION_OPEN;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.close-action",
                                 saved && status != STEWARD_ACTION_CANCELLED);
  gtk_widget_set_visible (self->delete_button, saved);
  gtk_widget_set_visible (self->close_action_button, saved);
  gtk_widget_set_sensitive (self->add_note_button, saved);
  adw_preferences_group_set_description (self->progress_group,
                                         saved ? NULL : _("Progress notes can be added once the action is saved."));
}

/* The source: chosen by hand for an action of its own; for one that came
 * from a record, a link to it that cannot be changed here. */
static void
write_source (StewardActionEditor *self)
{
  StewardActionItem *a = self->action;
  gboolean from_record = steward_action_item_get_source_id (a) > 0 &&
                         steward_action_item_get_source_kind (a) != STEWARD_ACTION_SOURCE_OTHER;

  adw_combo_row_set_selected (self->source_kind_row, steward_action_item_get_source_kind (a));
  steward_register_set_text (GTK_WIDGET (self->source_label_row), steward_action_item_get_source_label (a));
  gtk_widget_set_visible (GTK_WIDGET (self->source_link_row), from_record);
  gtk_widget_set_visible (GTK_WIDGET (self->source_kind_row), !from_record);
  gtk_widget_set_visible (GTK_WIDGET (self->source_label_row), !from_record);
  if (from_record)
    {
      g_autofree char *label = steward_action_dup_source_label (a);
      g_autofree char *link = steward_action_dup_source_link (a);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->source_link_row), label);
      adw_action_row_set_subtitle (self->source_link_row,
                                   steward_action_source_to_string (steward_action_item_get_source_kind (a)));
      gtk_widget_set_sensitive (GTK_WIDGET (self->source_link_row), link != NULL);
    }
}

static void
write_form (StewardActionEditor *self)
{
  StewardActionItem *a = self->action;

  steward_register_set_text (GTK_WIDGET (self->title_row), steward_action_item_get_title (a));
  steward_objective_form_select_person (self->owner_row, steward_action_item_get_owner_id (a));
  steward_date_row_set_date (self->created_on_row, steward_action_item_get_created_on (a));
  steward_date_row_set_date (self->due_date_row, steward_action_item_get_due_date (a));
  adw_combo_row_set_selected (self->status_row, steward_action_item_get_status (a));
  write_source (self);
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_action_item_get_notes (a));
  steward_date_row_set_date (self->done_on_row, steward_action_item_get_done_on (a));
  adw_combo_row_set_selected (self->effectiveness_row, steward_action_item_get_effectiveness (a));
  steward_register_set_text (GTK_WIDGET (self->evaluated_by_row), steward_action_item_get_evaluated_by (a));
  steward_date_row_set_date (self->evaluated_on_row, steward_action_item_get_evaluated_on (a));
  steward_register_set_text (GTK_WIDGET (self->evaluation_note_view), steward_action_item_get_evaluation_note (a));
  update_evaluation (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

/* Copies the form into the record. */
static void
read_form (StewardActionEditor *self)
{
  g_autofree char *title = steward_register_dup_text (GTK_WIDGET (self->title_row));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));
  g_autofree char *evaluated_by = steward_register_dup_text (GTK_WIDGET (self->evaluated_by_row));
  g_autofree char *evaluation_note = steward_register_dup_text (GTK_WIDGET (self->evaluation_note_view));
  StewardActionStatus status = get_status (self);

  g_object_set (self->action,
                "title", title,
                "owner-id", steward_objective_form_get_person (self->owner_row),
                "created-on", steward_date_row_get_date (self->created_on_row),
                "due-date", steward_date_row_get_date (self->due_date_row),
                "status", status,
                /* A reopened action is not done on any day. */
                "done-on", status == STEWARD_ACTION_DONE ? steward_date_row_get_date (self->done_on_row) : NULL,
                "effectiveness", get_effectiveness (self),
                "evaluated-by", evaluated_by,
                "evaluated-on", steward_date_row_get_date (self->evaluated_on_row),
                "evaluation-note", evaluation_note,
                "notes", notes,
                NULL);

  /* The source of an action that came from a record stays as it is. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->source_kind_row)))
    {
      g_autofree char *label = steward_register_dup_text (GTK_WIDGET (self->source_label_row));
      guint kind = adw_combo_row_get_selected (self->source_kind_row);

      g_object_set (self->action,
                    "source-kind", kind == GTK_INVALID_LIST_POSITION ? STEWARD_ACTION_SOURCE_OTHER
                                                                     : (StewardActionSource) kind,
                    "source-label", label,
                    NULL);
    }
}

/* What only the form can tell: dates typed that are none, and a done
 * action without its effectiveness evaluation. */
static void
check_form (StewardActionEditor *self,
            GPtrArray           *problems)
{
  if (get_status (self) == STEWARD_ACTION_DONE)
    {
      g_autofree char *evaluated_by = steward_register_dup_text (GTK_WIDGET (self->evaluated_by_row));
      GDate *done_on = steward_date_row_get_date (self->done_on_row);
      GDate *evaluated_on = steward_date_row_get_date (self->evaluated_on_row);

      if (get_effectiveness (self) == STEWARD_EFFECTIVENESS_NOT_EVALUATED)
        add_problem_once (problems, "effectiveness",
                          _("Say whether the action was effective: a done action is closed with its effectiveness evaluation."));
      if (evaluated_by == NULL)
        add_problem_once (problems, "evaluated-by", _("Enter who evaluated the effectiveness."));
      if (evaluated_on == NULL)
        add_problem_once (problems, "evaluated-on", _("Enter the date of the evaluation."));
      else if (done_on != NULL && g_date_compare (evaluated_on, done_on) < 0)
        add_problem_once (problems, "evaluated-on",
                          _("The effectiveness cannot be evaluated before the action was done."));
    }

  steward_register_check_date (self->created_on_row, "created-on", problems);
  steward_register_check_date (self->due_date_row, "due-date", problems);
  if (get_status (self) == STEWARD_ACTION_DONE)
    steward_register_check_date (self->done_on_row, "done-on", problems);
  steward_register_check_date (self->evaluated_on_row, "evaluated-on", problems);
}

static gboolean
save_form (StewardActionEditor *self,
           gboolean             close)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->action));
  check_form (self, problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }
  if (problems->len > 0)
    {
      steward_form_show_message (self->general_error, ((StewardProblem *) g_ptr_array_index (problems, 0))->message);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->action), self->db, &error);
  if (!close || !saved)
    return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error) || saved;

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_action_editor_save:
 *
 * Saves what the form holds. No title, no owner, a due date before the
 * decision, a done action without its effectiveness evaluation, a date
 * that is none: refused, the reason beside the field, the focus on the
 * first, nothing typed lost.
 *
 * Returns: whether the action was saved (the window then closes)
 */
gboolean
steward_action_editor_save (StewardActionEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_ACTION_EDITOR (self), FALSE);

  return save_form (self, TRUE);
}

/**
 * steward_action_editor_get_action:
 *
 * Returns: (transfer none): the action as last read from the form; once
 *   saved it has its id
 */
StewardActionItem *
steward_action_editor_get_action (StewardActionEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_ACTION_EDITOR (self), NULL);

  return self->action;
}

/**
 * steward_action_editor_get_notes:
 *
 * Returns: (transfer none) (nullable): the progress notes of the action
 *   (#StewardActionProgress), oldest first; %NULL for a new action
 */
GListModel *
steward_action_editor_get_notes (StewardActionEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_ACTION_EDITOR (self), NULL);

  return self->notes != NULL ? G_LIST_MODEL (self->notes) : NULL;
}

/* Progress notes */

static GtkWidget *
create_note_row (gpointer item,
                 gpointer user_data)
{
  return steward_action_progress_row_new (item, steward_register_get_calendar ());
}

static void
on_add_note_clicked_cb (GtkButton           *button,
                        StewardActionEditor *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  gboolean reveal = !gtk_revealer_get_reveal_child (self->note_revealer);

  gtk_revealer_set_reveal_child (self->note_revealer, reveal);
  if (reveal)
    {
      if (steward_date_row_get_date (self->noted_on_row) == NULL)
        steward_date_row_set_date (self->noted_on_row, today);
      gtk_widget_grab_focus (GTK_WIDGET (self->note_row));
    }
}

/**
 * steward_action_editor_add_note:
 *
 * Adds the progress note of the small form under the notes, by the user
 * of the database, at once (the action is saved). A note without text or
 * with a date that is none is refused beside its field.
 *
 * Returns: whether the note was added
 */
gboolean
steward_action_editor_add_note (StewardActionEditor *self)
{
  g_autofree char *text = NULL;
  g_autoptr(StewardActionProgress) note = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;

  g_return_val_if_fail (STEWARD_IS_ACTION_EDITOR (self), FALSE);

  if (self->original == NULL)
    return FALSE;

  steward_form_clear_problems (self->note_fields, G_N_ELEMENTS (self->note_fields));
  text = steward_register_dup_text (GTK_WIDGET (self->note_row));
  note = g_object_new (STEWARD_TYPE_ACTION_PROGRESS,
                       "action-id", steward_record_get_id (STEWARD_RECORD (self->original)),
                       "noted-on", steward_date_row_get_date (self->noted_on_row),
                       "note", text,
                       "noted-by", steward_database_get_user_name (self->db),
                       NULL);
  problems = steward_record_validate (STEWARD_RECORD (note));
  steward_register_check_date (self->noted_on_row, "noted-on", problems);
  first_bad = steward_form_show_problems (self->note_fields, G_N_ELEMENTS (self->note_fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  if (!steward_record_save (STEWARD_RECORD (note), self->db, &error))
    {
      steward_form_show_message (self->general_error, error->message);
      return FALSE;
    }

  steward_register_set_text (GTK_WIDGET (self->note_row), NULL);
  gtk_revealer_set_reveal_child (self->note_revealer, FALSE);
  steward_show_message (GTK_WIDGET (self->window_title), _("Progress note added"));

  return TRUE;
}

static void
on_save_note_clicked_cb (GtkButton           *button,
                         StewardActionEditor *self)
{
  steward_action_editor_add_note (self);
}

static void
on_note_activated_cb (AdwEntryRow         *row,
                      StewardActionEditor *self)
{
  steward_action_editor_add_note (self);
}

/* The form's signals */

static void
on_entry_changed_cb (GtkEditable         *editable,
                     StewardActionEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
  steward_form_clear_edited (self->note_fields, G_N_ELEMENTS (self->note_fields), GTK_WIDGET (editable));
  /* "The due date cannot be before the decision" is answered by either date. */
  if (editable == GTK_EDITABLE (self->created_on_row))
    steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->due_date_row));
}

static void
on_entry_activated_cb (AdwEntryRow         *row,
                       StewardActionEditor *self)
{
  steward_action_editor_save (self);
}

static void
on_combo_changed_cb (AdwComboRow         *row,
                     GParamSpec          *pspec,
                     StewardActionEditor *self)
{
  if (self->fields[0].row == NULL)
    return;

  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));

  /* Done now: the day and the evaluator to start from; whether it was
   * effective is for the user to say. */
  if (row == self->status_row && get_status (self) == STEWARD_ACTION_DONE)
    {
      g_autoptr(GDate) today = steward_date_new_today ();
      g_autofree char *evaluated_by = steward_register_dup_text (GTK_WIDGET (self->evaluated_by_row));

      if (steward_date_row_get_date (self->done_on_row) == NULL && steward_date_row_is_valid (self->done_on_row))
        steward_date_row_set_date (self->done_on_row, today);
      if (steward_date_row_get_date (self->evaluated_on_row) == NULL &&
          steward_date_row_is_valid (self->evaluated_on_row))
        steward_date_row_set_date (self->evaluated_on_row, today);
      if (evaluated_by == NULL)
        steward_register_set_text (GTK_WIDGET (self->evaluated_by_row), steward_database_get_user_name (self->db));
    }

  if (row == self->status_row || row == self->effectiveness_row)
    update_evaluation (self);
}

static void
on_today_clicked_cb (GtkButton           *button,
                     StewardActionEditor *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), STEWARD_TYPE_DATE_ROW);

  if (row != NULL)
    steward_date_row_set_date (STEWARD_DATE_ROW (row), today);
}

static void
on_source_link_clicked_cb (GtkButton           *button,
                           StewardActionEditor *self)
{
  g_autofree char *link = steward_action_dup_source_link_with_db (self->db, self->action);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The place shows behind the form, which stays open. */
  if (link != NULL && parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-place", "s", link);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_action_editor_save (STEWARD_ACTION_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardActionEditor *self = STEWARD_ACTION_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

/* Closing with the evaluation: what was typed is saved first (or the form
 * says why not and stays), then the dialog takes the form's place. */
static void
close_action_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  StewardActionEditor *self = STEWARD_ACTION_EDITOR (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  StewardCloseActionDialog *dialog;

  if (self->original == NULL || !save_form (self, FALSE))
    return;

  dialog = steward_close_action_dialog_new (self->db, self->action);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_action_editor_dispose (GObject *object)
{
  StewardActionEditor *self = (StewardActionEditor *)object;

  if (self->progress_list != NULL)
    gtk_list_box_bind_model (self->progress_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_ACTION_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);
  g_clear_object (&self->people);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (steward_action_editor_parent_class)->dispose (object);
}

static void
steward_action_editor_finalize (GObject *object)
{
  StewardActionEditor *self = (StewardActionEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->action);

  G_OBJECT_CLASS (steward_action_editor_parent_class)->finalize (object);
}

static void
steward_action_editor_class_init (StewardActionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_action_editor_dispose;
  object_class->finalize = steward_action_editor_finalize;

  /**
   * StewardActionEditor::delete-requested:
   * @action: the action as stored
   *
   * The user asked to delete the action; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_ACTION_ITEM);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-action-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardActionEditor, name)
#define ERROR_CHILD(name) CHILD (name##_error_row); CHILD (name##_error)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (close_action_button);
  CHILD (title_row);
  CHILD (owner_row);
  CHILD (created_on_row);
  CHILD (due_date_row);
  CHILD (status_row);
  CHILD (source_link_row);
  CHILD (source_kind_row);
  CHILD (source_label_row);
  CHILD (notes_view);
  CHILD (progress_group);
  CHILD (progress_list);
  CHILD (add_note_button);
  CHILD (note_revealer);
  CHILD (noted_on_row);
  CHILD (note_row);
  CHILD (evaluation_group);
  CHILD (done_on_row);
  CHILD (effectiveness_row);
  CHILD (evaluated_by_row);
  CHILD (evaluated_on_row);
  CHILD (evaluation_note_view);
  ERROR_CHILD (title);
  ERROR_CHILD (owner);
  ERROR_CHILD (created_on);
  ERROR_CHILD (due_date);
  ERROR_CHILD (status);
  ERROR_CHILD (done_on);
  ERROR_CHILD (effectiveness);
  ERROR_CHILD (evaluated_by);
  ERROR_CHILD (evaluated_on);
  ERROR_CHILD (noted_on);
  ERROR_CHILD (note);
#undef ERROR_CHILD
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_today_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_source_link_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_note_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_note_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_note_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.close-action", NULL, close_action_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static const char *
enum_to_string (GType type,
                int   value)
{
  if (type == STEWARD_TYPE_ACTION_STATUS)
    return steward_action_status_to_string (value);
  if (type == STEWARD_TYPE_ACTION_SOURCE)
    return steward_action_source_to_string (value);

  return steward_effectiveness_to_string (value);
}

/* The combo's positions are the enum's values. */
static void
set_enum_choices (AdwComboRow *row,
                  GType        enum_type)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (names, enum_to_string (enum_type, enum_class->values[i].value));
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
steward_action_editor_init (StewardActionEditor *self)
{
  StewardCalendar calendar = steward_register_get_calendar ();

  gtk_widget_init_template (GTK_WIDGET (self));

  set_enum_choices (self->status_row, STEWARD_TYPE_ACTION_STATUS);
  set_enum_choices (self->source_kind_row, STEWARD_TYPE_ACTION_SOURCE);
  set_enum_choices (self->effectiveness_row, STEWARD_TYPE_EFFECTIVENESS);

  steward_date_row_set_calendar (self->created_on_row, calendar);
  steward_date_row_set_calendar (self->due_date_row, calendar);
  steward_date_row_set_calendar (self->done_on_row, calendar);
  steward_date_row_set_calendar (self->evaluated_on_row, calendar);
  steward_date_row_set_calendar (self->noted_on_row, calendar);

#define FIELD(i, property, name) \
  self->fields[i] = (StewardFormField) { property, GTK_WIDGET (self->name##_row), self->name##_error_row, self->name##_error }
  FIELD (0, "title", title);
  FIELD (1, "owner-id", owner);
  FIELD (2, "created-on", created_on);
  FIELD (3, "due-date", due_date);
  FIELD (4, "status", status);
  FIELD (5, "done-on", done_on);
  FIELD (6, "effectiveness", effectiveness);
  FIELD (7, "evaluated-by", evaluated_by);
  FIELD (8, "evaluated-on", evaluated_on);
#undef FIELD
  self->note_fields[0] = (StewardFormField) { "noted-on", GTK_WIDGET (self->noted_on_row), self->noted_on_error_row, self->noted_on_error };
  self->note_fields[1] = (StewardFormField) { "note", GTK_WIDGET (self->note_row), self->note_error_row, self->note_error };
}

/**
 * steward_action_editor_new:
 * @action: (nullable): the action to edit, or %NULL for a new one
 */
StewardActionEditor *
steward_action_editor_new (StewardDatabase   *db,
                           StewardActionItem *action)
{
  StewardActionEditor *self;
  g_autoptr(StewardQuery) people_query = steward_query_new ();
  g_autoptr(GDate) today = steward_date_new_today ();
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (action == NULL || STEWARD_IS_ACTION_ITEM (action), NULL);

  self = g_object_new (STEWARD_TYPE_ACTION_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = action != NULL ? g_object_ref (action) : NULL;
  self->action = action != NULL ? STEWARD_ACTION_ITEM (steward_record_copy (STEWARD_RECORD (action)))
                                : g_object_new (STEWARD_TYPE_ACTION_ITEM,
                                                "created-on", today,
                                                "status", STEWARD_ACTION_OPEN,
                                                "source-kind", STEWARD_ACTION_SOURCE_OTHER,
                                                NULL);

  steward_query_order_by (people_query, "name", FALSE);
  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);
  steward_objective_form_set_people (self->owner_row, G_LIST_MODEL (self->people));

  if (action != NULL)
    {
      g_autoptr(StewardQuery) notes_query = steward_query_new ();
      GtkWidget *placeholder;

      steward_query_where_int64 (notes_query, "action_id", STEWARD_QUERY_EQUAL, steward_record_get_id (STEWARD_RECORD (action)));
      steward_query_order_by (notes_query, "noted_on", FALSE);
      steward_query_order_by (notes_query, "id", FALSE);
      self->notes = steward_record_list_new (db, STEWARD_TYPE_ACTION_PROGRESS, notes_query);
      gtk_list_box_bind_model (self->progress_list, G_LIST_MODEL (self->notes), create_note_row, self, NULL);
      placeholder = gtk_label_new (_("No progress noted yet."));
      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_widget_set_margin_top (placeholder, 12);
      gtk_widget_set_margin_bottom (placeholder, 12);
      gtk_list_box_set_placeholder (self->progress_list, placeholder);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->progress_list), action != NULL);

  title = action != NULL ? _("Edit Action") : _("New Action");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Follow-up"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  write_form (self);
  update_actions (self);

  return self;
}
