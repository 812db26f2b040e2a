/* steward-objective-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objective-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-objectives.h"
#include "model/steward-objective-target.h"
#include "steward-objective-editor.h"
#include "steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of an information security objective (5.6.1): what it states,
 * the policy goal it serves, its owner, the indicator that measures it and
 * its active period. A new objective gets its first target level here and
 * both are saved in one transaction: an objective without a target cannot
 * be judged. Later target levels have a form of their own. It edits a
 * copy; a refused save says why beside the field and keeps the typing. */
struct _StewardObjectiveEditor
{
  AdwWindow               parent_instance;

  StewardDatabase        *db;
  StewardObjective       *original;
  StewardObjective       *objective;
  StewardObjectiveTarget *target;   /* the first target of a new objective */

  AdwWindowTitle         *window_title;
  GtkWidget              *general_error;
  GtkWidget              *delete_button;
  AdwEntryRow            *statement_row;
  AdwEntryRow            *policy_goal_row;
  AdwComboRow            *owner_row;
  AdwEntryRow            *kpi_name_row;
  AdwEntryRow            *kpi_unit_row;
  AdwEntryRow            *kpi_method_row;
  AdwEntryRow            *kpi_source_row;
  AdwComboRow            *direction_row;
  AdwComboRow            *frequency_row;
  GtkWidget              *target_group;
  AdwEntryRow            *level_row;
  AdwEntryRow            *low_row;
  AdwEntryRow            *high_row;
  AdwEntryRow            *decision_ref_row;
  StewardDateRow         *start_date_row;
  StewardDateRow         *end_date_row;
  AdwEntryRow            *notes_row;
  GtkWidget              *statement_error_row;
  GtkLabel               *statement_error;
  GtkWidget              *kpi_name_error_row;
  GtkLabel               *kpi_name_error;
  GtkWidget              *level_error_row;
  GtkLabel               *level_error;
  GtkWidget              *low_error_row;
  GtkLabel               *low_error;
  GtkWidget              *high_error_row;
  GtkLabel               *high_error;
  GtkWidget              *start_date_error_row;
  GtkLabel               *start_date_error;
  GtkWidget              *end_date_error_row;
  GtkLabel               *end_date_error;

  StewardTargetRows       target_rows;
  StewardFormField        fields[7];
};

G_DEFINE_FINAL_TYPE (StewardObjectiveEditor, steward_objective_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static StewardDirection
get_direction (StewardObjectiveEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->direction_row);

  return selected == GTK_INVALID_LIST_POSITION ? STEWARD_DIRECTION_AT_LEAST : (StewardDirection) selected;
}

static StewardFrequency
get_frequency (StewardObjectiveEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->frequency_row);

  return selected == GTK_INVALID_LIST_POSITION ? STEWARD_FREQUENCY_MONTHLY : (StewardFrequency) selected;
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* The target rows follow the direction, one level or both ends, and
 * name the unit. */
static void
update_target_rows (StewardObjectiveEditor *self)
{
  StewardDirection direction = get_direction (self);

  steward_target_rows_show (&self->target_rows, direction, gtk_editable_get_text (GTK_EDITABLE (self->kpi_unit_row)));
  if (direction == STEWARD_DIRECTION_WITHIN)
    steward_form_clear_problem (&self->fields[2]);
  else
    {
      steward_form_clear_problem (&self->fields[3]);
      steward_form_clear_problem (&self->fields[4]);
    }
}

static void
write_form (StewardObjectiveEditor *self)
{
  StewardObjective *o = self->objective;

  set_text (self->statement_row, steward_objective_get_statement (o));
  set_text (self->policy_goal_row, steward_objective_get_policy_goal (o));
  steward_objective_form_select_person (self->owner_row, steward_objective_get_owner_id (o));
  set_text (self->kpi_name_row, steward_objective_get_kpi_name (o));
  set_text (self->kpi_unit_row, steward_objective_get_kpi_unit (o));
  set_text (self->kpi_method_row, steward_objective_get_kpi_method (o));
  set_text (self->kpi_source_row, steward_objective_get_kpi_source (o));
  adw_combo_row_set_selected (self->direction_row, steward_objective_get_direction (o));
  adw_combo_row_set_selected (self->frequency_row, steward_objective_get_frequency (o));
  steward_date_row_set_date (self->start_date_row, steward_objective_get_start_date (o));
  steward_date_row_set_date (self->end_date_row, steward_objective_get_end_date (o));
  set_text (self->notes_row, steward_objective_get_notes (o));

  if (self->target != NULL)
    {
      steward_target_rows_write (&self->target_rows, steward_objective_get_direction (o), NULL);
      set_text (self->decision_ref_row, steward_objective_target_get_decision_ref (self->target));
    }
  update_target_rows (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardObjectiveEditor *self)
{
  g_autofree char *statement = steward_objective_form_dup_text (GTK_EDITABLE (self->statement_row));
  g_autofree char *policy_goal = steward_objective_form_dup_text (GTK_EDITABLE (self->policy_goal_row));
  g_autofree char *kpi_name = steward_objective_form_dup_text (GTK_EDITABLE (self->kpi_name_row));
  g_autofree char *kpi_unit = steward_objective_form_dup_text (GTK_EDITABLE (self->kpi_unit_row));
  g_autofree char *kpi_method = steward_objective_form_dup_text (GTK_EDITABLE (self->kpi_method_row));
  g_autofree char *kpi_source = steward_objective_form_dup_text (GTK_EDITABLE (self->kpi_source_row));
  g_autofree char *notes = steward_objective_form_dup_text (GTK_EDITABLE (self->notes_row));

  g_object_set (self->objective,
                "statement", statement,
                "policy-goal", policy_goal,
                "owner-id", steward_objective_form_get_person (self->owner_row),
                "kpi-name", kpi_name,
                "kpi-unit", kpi_unit,
                "kpi-method", kpi_method,
                "kpi-source", kpi_source,
                "direction", get_direction (self),
                "frequency", get_frequency (self),
                "start-date", steward_date_row_get_date (self->start_date_row),
                "end-date", steward_date_row_get_date (self->end_date_row),
                "notes", notes,
                NULL);

  if (self->target != NULL)
    {
      g_autofree char *decision_ref = steward_objective_form_dup_text (GTK_EDITABLE (self->decision_ref_row));

      g_object_set (self->target,
                    "valid-from", steward_date_row_get_date (self->start_date_row),
                    "decision-ref", decision_ref,
                    NULL);
    }
}

/* A date that cannot be read is not the same as no date: say so. */
static void
check_date_rows (StewardObjectiveEditor *self,
                 GPtrArray              *problems)
{
  static const char *message = N_("This is not a date: write it as 2026-11-24 or 115-11-24.");

  if (!steward_date_row_is_valid (self->start_date_row))
    steward_record_add_problem (problems, "start-date", _(message));
  if (!steward_date_row_is_valid (self->end_date_row))
    steward_record_add_problem (problems, "end-date", _(message));
}

static gboolean
save_in_transaction (StewardDatabase  *db,
                     gpointer          user_data,
                     GError          **error)
{
  StewardObjectiveEditor *self = user_data;

  if (!steward_record_save (STEWARD_RECORD (self->objective), db, error))
    return FALSE;

  if (self->target == NULL)
    return TRUE;

  /* The first target holds from the start of the objective. */
  g_object_set (self->target,
                "objective-id", steward_record_get_id (STEWARD_RECORD (self->objective)),
                "valid-from", steward_objective_get_start_date (self->objective),
                NULL);

  return steward_record_save (STEWARD_RECORD (self->target), db, error);
}

/**
 * steward_objective_editor_save:
 *
 * Saves the objective and, for a new one, its first target level in one
 * transaction. What cannot be saved is said beside its field, the focus
 * goes to the first, and nothing typed is lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_objective_editor_save (StewardObjectiveEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) record_problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_OBJECTIVE_EDITOR (self), FALSE);

  read_form (self);
  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  /* What the form finds first: it says more than the records can about
   * what was typed. */
  problems = steward_objective_form_new_problems ();
  check_date_rows (self, problems);
  if (self->target != NULL)
    steward_target_rows_read (&self->target_rows, get_direction (self), self->target, problems);

  record_problems = steward_record_validate (STEWARD_RECORD (self->objective));
  for (guint i = 0; i < record_problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (record_problems, i);

      steward_record_add_problem (problems, problem->property, problem->message);
    }

  if (self->target != NULL)
    {
      g_autoptr(GPtrArray) target_problems = steward_record_validate (STEWARD_RECORD (self->target));

      /* Only the levels: the objective is not saved yet, and the date is
       * the objective's start, checked with it. */
      for (guint i = 0; i < target_problems->len; i++)
        {
          StewardProblem *problem = g_ptr_array_index (target_problems, i);

          if (g_str_equal (problem->property, "low") || g_str_equal (problem->property, "high"))
            steward_record_add_problem (problems, problem->property, problem->message);
        }
    }

  steward_objective_form_keep_first_problem (problems);
  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_database_transaction (self->db, save_in_transaction, self, &error);

  /* Rolled back: the new rows were never stored, so the next try inserts
   * them again instead of updating rows that do not exist. */
  if (!saved && self->original == NULL)
    {
      g_object_set (self->objective, "id", (gint64) 0, NULL);
      g_object_set (self->target, "id", (gint64) 0, "objective-id", (gint64) 0, NULL);
    }

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_objective_editor_get_objective:
 *
 * The objective as last read from the form; once saved it has its id. It
 * stays readable after the window has closed, until the editor is
 * finalized.
 *
 * Returns: (transfer none): the objective being edited
 */
StewardObjective *
steward_objective_editor_get_objective (StewardObjectiveEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_OBJECTIVE_EDITOR (self), NULL);

  return self->objective;
}

static void
on_entry_changed_cb (GtkEditable            *editable,
                     StewardObjectiveEditor *self)
{
  if (editable == GTK_EDITABLE (self->kpi_unit_row))
    update_target_rows (self);

  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow            *row,
                       StewardObjectiveEditor *self)
{
  steward_objective_editor_save (self);
}

static void
on_direction_changed_cb (AdwComboRow            *row,
                         GParamSpec             *pspec,
                         StewardObjectiveEditor *self)
{
  update_target_rows (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_objective_editor_save (STEWARD_OBJECTIVE_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardObjectiveEditor *self = STEWARD_OBJECTIVE_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_objective_editor_dispose (GObject *object)
{
  StewardObjectiveEditor *self = (StewardObjectiveEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_OBJECTIVE_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (steward_objective_editor_parent_class)->dispose (object);
}

static void
steward_objective_editor_finalize (GObject *object)
{
  StewardObjectiveEditor *self = (StewardObjectiveEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->objective);

  G_OBJECT_CLASS (steward_objective_editor_parent_class)->finalize (object);
}

static void
steward_objective_editor_class_init (StewardObjectiveEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_objective_editor_dispose;
  object_class->finalize = steward_objective_editor_finalize;

  /**
   * StewardObjectiveEditor::delete-requested:
   * @objective: the objective as stored
   *
   * The user asked to delete the objective; the page that opened the
   * editor deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_OBJECTIVE);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-objective-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardObjectiveEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (statement_row);
  CHILD (policy_goal_row);
  CHILD (owner_row);
  CHILD (kpi_name_row);
  CHILD (kpi_unit_row);
  CHILD (kpi_method_row);
  CHILD (kpi_source_row);
  CHILD (direction_row);
  CHILD (frequency_row);
  CHILD (target_group);
  CHILD (level_row);
  CHILD (low_row);
  CHILD (high_row);
  CHILD (decision_ref_row);
  CHILD (start_date_row);
  CHILD (end_date_row);
  CHILD (notes_row);
  CHILD (statement_error_row);
  CHILD (statement_error);
  CHILD (kpi_name_error_row);
  CHILD (kpi_name_error);
  CHILD (level_error_row);
  CHILD (level_error);
  CHILD (low_error_row);
  CHILD (low_error);
  CHILD (high_error_row);
  CHILD (high_error);
  CHILD (start_date_error_row);
  CHILD (start_date_error);
  CHILD (end_date_error_row);
  CHILD (end_date_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_direction_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_objective_editor_init (StewardObjectiveEditor *self)
{
  g_autoptr(GtkStringList) directions = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) frequencies = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) direction_class = g_type_class_ref (STEWARD_TYPE_DIRECTION);
  g_autoptr(GEnumClass) frequency_class = g_type_class_ref (STEWARD_TYPE_FREQUENCY);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the direction's model: choosing a direction shows its rows. */
  steward_target_rows_init (&self->target_rows, self->level_row, self->low_row, self->high_row);

  self->fields[0] = (StewardFormField) { "statement", GTK_WIDGET (self->statement_row), self->statement_error_row, self->statement_error };
  self->fields[1] = (StewardFormField) { "kpi-name", GTK_WIDGET (self->kpi_name_row), self->kpi_name_error_row, self->kpi_name_error };
  self->fields[2] = (StewardFormField) { "level", GTK_WIDGET (self->level_row), self->level_error_row, self->level_error };
  self->fields[3] = (StewardFormField) { "low", GTK_WIDGET (self->low_row), self->low_error_row, self->low_error };
  self->fields[4] = (StewardFormField) { "high", GTK_WIDGET (self->high_row), self->high_error_row, self->high_error };
  self->fields[5] = (StewardFormField) { "start-date", GTK_WIDGET (self->start_date_row), self->start_date_error_row, self->start_date_error };
  self->fields[6] = (StewardFormField) { "end-date", GTK_WIDGET (self->end_date_row), self->end_date_error_row, self->end_date_error };

  /* The combos' positions are the enums' values. */
  for (guint i = 0; i < direction_class->n_values; i++)
    gtk_string_list_append (directions, steward_direction_to_string (direction_class->values[i].value));
  adw_combo_row_set_model (self->direction_row, G_LIST_MODEL (directions));
  for (guint i = 0; i < frequency_class->n_values; i++)
    gtk_string_list_append (frequencies, steward_frequency_to_string (frequency_class->values[i].value));
  adw_combo_row_set_model (self->frequency_row, G_LIST_MODEL (frequencies));
}

/**
 * steward_objective_editor_new:
 * @objective: (nullable): the objective to edit, or %NULL for a new one
 * @people: StewardPerson to choose the owner from
 */
StewardObjectiveEditor *
steward_objective_editor_new (StewardDatabase  *db,
                              StewardObjective *objective,
                              GListModel       *people)
{
  StewardObjectiveEditor *self;
  StewardCalendar calendar = steward_objective_form_get_calendar ();
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (objective == NULL || STEWARD_IS_OBJECTIVE (objective), NULL);

  self = g_object_new (STEWARD_TYPE_OBJECTIVE_EDITOR, NULL);
  self->db = g_object_ref (db);
  steward_objective_form_set_people (self->owner_row, people);
  steward_date_row_set_calendar (self->start_date_row, calendar);
  steward_date_row_set_calendar (self->end_date_row, calendar);

  if (objective != NULL)
    {
      self->original = g_object_ref (objective);
      self->objective = STEWARD_OBJECTIVE (steward_record_copy (STEWARD_RECORD (objective)));
    }
  else
    {
      g_autoptr(GDate) today = steward_date_new_today ();
      GDate start;

      g_date_clear (&start, 1);
      /* From the start of this month: no period is due before it is
       * created. */
      steward_period_start_of (STEWARD_FREQUENCY_MONTHLY, today, &start);
      self->objective = g_object_new (STEWARD_TYPE_OBJECTIVE, "start-date", &start, NULL);
      self->target = g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET, NULL);
    }

  title = objective != NULL ? _("Edit Objective") : _("New Objective");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, objective != NULL);
  gtk_widget_set_visible (self->target_group, objective == NULL);
  write_form (self);

  return self;
}
