/* steward-plan-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-plan-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-objectives.h"
#include "model/steward-objective.h"
#include "steward-objective-form.h"
#include "steward-plan-editor.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of the plan that reaches an objective (5.6.2): the activities;
 * the resources (people, budget, equipment and technology, procedures and
 * forms); who is responsible; when it is due; how achievement is
 * evaluated. It edits a copy; a refused save says why beside the field and
 * keeps the typing. */
struct _StewardPlanEditor
{
  AdwWindow             parent_instance;

  StewardDatabase      *db;
  StewardObjectivePlan *original;
  StewardObjectivePlan *plan;

  AdwWindowTitle       *window_title;
  GtkWidget            *general_error;
  GtkWidget            *delete_button;
  GtkTextView          *activities_view;
  GtkLabel             *activities_error;
  AdwEntryRow          *resource_people_row;
  AdwEntryRow          *budget_row;
  AdwEntryRow          *currency_row;
  AdwEntryRow          *equipment_row;
  AdwEntryRow          *procedures_row;
  AdwComboRow          *responsible_row;
  StewardDateRow       *due_date_row;
  AdwEntryRow          *evaluation_row;
  AdwComboRow          *status_row;
  GtkWidget            *budget_error_row;
  GtkLabel             *budget_error;
  GtkWidget            *currency_error_row;
  GtkLabel             *currency_error;
  GtkWidget            *due_date_error_row;
  GtkLabel             *due_date_error;

  StewardFormField      fields[4];
};

G_DEFINE_FINAL_TYPE (StewardPlanEditor, steward_plan_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static char *
dup_activities (StewardPlanEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->activities_view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* The budget's title names the currency typed below it. */
static void
update_budget_title (StewardPlanEditor *self)
{
  g_autofree char *currency = steward_objective_form_dup_text (GTK_EDITABLE (self->currency_row));
  g_autofree char *title = steward_objective_form_title_with_unit (_("Budget"), currency);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->budget_row), title);
}

static void
write_form (StewardPlanEditor *self)
{
  StewardObjectivePlan *p = self->plan;
  g_autofree char *budget = NULL;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->activities_view),
                            steward_objective_plan_get_activities (p) ?: "", -1);
  set_text (self->resource_people_row, steward_objective_plan_get_resource_people (p));
  /* No budget is an empty field rather than a zero to delete first. */
  if (steward_objective_plan_get_budget_amount (p) != 0)
    budget = steward_objective_form_format_number (steward_objective_plan_get_budget_amount (p));
  set_text (self->budget_row, budget);
  set_text (self->currency_row, steward_objective_plan_get_budget_currency (p));
  set_text (self->equipment_row, steward_objective_plan_get_resource_equipment (p));
  set_text (self->procedures_row, steward_objective_plan_get_resource_procedures (p));
  steward_objective_form_select_person (self->responsible_row, steward_objective_plan_get_responsible_id (p));
  steward_date_row_set_date (self->due_date_row, steward_objective_plan_get_due_date (p));
  set_text (self->evaluation_row, steward_objective_plan_get_evaluation (p));
  adw_combo_row_set_selected (self->status_row, steward_objective_plan_get_status (p));
  update_budget_title (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

/* An empty budget is none; anything else must be an amount. */
static void
read_budget (StewardPlanEditor *self,
             GPtrArray         *problems)
{
  g_autofree char *text = steward_objective_form_dup_text (GTK_EDITABLE (self->budget_row));
  double amount = 0;

  if (text != NULL && !steward_parse_number (text, &amount))
    {
      g_autofree char *excerpt = steward_objective_form_dup_excerpt (text);
      /* Translators: %s is what the user typed as the budget. */
      g_autofree char *message = g_strdup_printf (_("“%s” is not an amount. Enter an amount such as 120,000."), excerpt);

      steward_record_add_problem (problems, "budget-amount", message);
      return;
    }

  g_object_set (self->plan, "budget-amount", amount, NULL);
}

static void
read_form (StewardPlanEditor *self,
           GPtrArray         *problems)
{
  g_autofree char *activities = dup_activities (self);
  g_autofree char *people = steward_objective_form_dup_text (GTK_EDITABLE (self->resource_people_row));
  g_autofree char *currency = steward_objective_form_dup_text (GTK_EDITABLE (self->currency_row));
  g_autofree char *equipment = steward_objective_form_dup_text (GTK_EDITABLE (self->equipment_row));
  g_autofree char *procedures = steward_objective_form_dup_text (GTK_EDITABLE (self->procedures_row));
  g_autofree char *evaluation = steward_objective_form_dup_text (GTK_EDITABLE (self->evaluation_row));
  guint status = adw_combo_row_get_selected (self->status_row);

  read_budget (self, problems);
  if (!steward_date_row_is_valid (self->due_date_row))
    steward_record_add_problem (problems, "due-date", _("This is not a date: write it as 2026-11-24 or 115-11-24."));

  g_object_set (self->plan,
                "activities", activities,
                "resource-people", people,
                "budget-currency", currency,
                "resource-equipment", equipment,
                "resource-procedures", procedures,
                "responsible-id", steward_objective_form_get_person (self->responsible_row),
                "due-date", steward_date_row_get_date (self->due_date_row),
                "evaluation", evaluation,
                "status", status == GTK_INVALID_LIST_POSITION ? STEWARD_PLAN_PLANNED : (StewardPlanStatus) status,
                NULL);
}

/**
 * steward_plan_editor_save:
 *
 * Saves the plan. No activities, a budget that is not an amount or below
 * zero, no currency, a due date that is not a date: refused, said beside
 * the field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_plan_editor_save (StewardPlanEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) record_problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_PLAN_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  problems = steward_objective_form_new_problems ();
  read_form (self, problems);

  record_problems = steward_record_validate (STEWARD_RECORD (self->plan));
  for (guint i = 0; i < record_problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (record_problems, i);

      steward_record_add_problem (problems, problem->property, problem->message);
    }

  steward_objective_form_keep_first_problem (problems);
  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->plan), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_plan_editor_get_plan:
 *
 * Returns: (transfer none): the plan as last read from the form; once
 *   saved it has its id
 */
StewardObjectivePlan *
steward_plan_editor_get_plan (StewardPlanEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PLAN_EDITOR (self), NULL);

  return self->plan;
}

static void
on_entry_changed_cb (GtkEditable       *editable,
                     StewardPlanEditor *self)
{
  if (editable == GTK_EDITABLE (self->currency_row))
    update_budget_title (self);

  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow       *row,
                       StewardPlanEditor *self)
{
  steward_plan_editor_save (self);
}

static void
on_activities_changed_cb (GtkTextBuffer     *buffer,
                          StewardPlanEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->activities_view));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_plan_editor_save (STEWARD_PLAN_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardPlanEditor *self = STEWARD_PLAN_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_plan_editor_dispose (GObject *object)
{
  StewardPlanEditor *self = (StewardPlanEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_PLAN_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_plan_editor_parent_class)->dispose (object);
}

static void
steward_plan_editor_finalize (GObject *object)
{
  StewardPlanEditor *self = (StewardPlanEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (steward_plan_editor_parent_class)->finalize (object);
}

static void
steward_plan_editor_class_init (StewardPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_plan_editor_dispose;
  object_class->finalize = steward_plan_editor_finalize;

  /**
   * StewardPlanEditor::delete-requested:
   * @plan: the plan as stored
   *
   * The user asked to delete the plan; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_OBJECTIVE_PLAN);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-plan-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardPlanEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (activities_view);
  CHILD (activities_error);
  CHILD (resource_people_row);
  CHILD (budget_row);
  CHILD (currency_row);
  CHILD (equipment_row);
  CHILD (procedures_row);
  CHILD (responsible_row);
  CHILD (due_date_row);
  CHILD (evaluation_row);
  CHILD (status_row);
  CHILD (budget_error_row);
  CHILD (budget_error);
  CHILD (currency_error_row);
  CHILD (currency_error);
  CHILD (due_date_error_row);
  CHILD (due_date_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_plan_editor_init (StewardPlanEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) status_class = g_type_class_ref (STEWARD_TYPE_PLAN_STATUS);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  for (guint i = 0; i < status_class->n_values; i++)
    gtk_string_list_append (statuses, steward_plan_status_to_string (status_class->values[i].value));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect_object (gtk_text_view_get_buffer (self->activities_view), "changed",
                           G_CALLBACK (on_activities_changed_cb), self, G_CONNECT_DEFAULT);

  self->fields[0] = (StewardFormField) { "activities", GTK_WIDGET (self->activities_view), GTK_WIDGET (self->activities_error), self->activities_error };
  self->fields[1] = (StewardFormField) { "budget-amount", GTK_WIDGET (self->budget_row), self->budget_error_row, self->budget_error };
  self->fields[2] = (StewardFormField) { "budget-currency", GTK_WIDGET (self->currency_row), self->currency_error_row, self->currency_error };
  self->fields[3] = (StewardFormField) { "due-date", GTK_WIDGET (self->due_date_row), self->due_date_error_row, self->due_date_error };
}

/**
 * steward_plan_editor_new:
 * @objective_id: the objective the plan reaches
 * @plan: (nullable): the plan to edit, or %NULL for a new one
 * @people: StewardPerson to choose who is responsible from
 */
StewardPlanEditor *
steward_plan_editor_new (StewardDatabase      *db,
                         gint64                objective_id,
                         StewardObjectivePlan *plan,
                         GListModel           *people)
{
  StewardPlanEditor *self;
  g_autoptr(StewardObjective) objective = NULL;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (plan == NULL || STEWARD_IS_OBJECTIVE_PLAN (plan), NULL);

  self = g_object_new (STEWARD_TYPE_PLAN_EDITOR, NULL);
  self->db = g_object_ref (db);
  steward_objective_form_set_people (self->responsible_row, people);
  steward_date_row_set_calendar (self->due_date_row, steward_objective_form_get_calendar ());

  if (plan != NULL)
    {
      self->original = g_object_ref (plan);
      self->plan = STEWARD_OBJECTIVE_PLAN (steward_record_copy (STEWARD_RECORD (plan)));
      if (objective_id <= 0)
        objective_id = steward_objective_plan_get_objective_id (plan);
    }
  else
    self->plan = g_object_new (STEWARD_TYPE_OBJECTIVE_PLAN,
                               "objective-id", objective_id,
                               "budget-currency", "TWD",
                               NULL);

  /* The objective only names the window: without it the form still
   * works. */
  if (objective_id > 0)
    objective = steward_record_load (db, STEWARD_TYPE_OBJECTIVE, objective_id, NULL);

  title = plan != NULL ? _("Edit Plan") : _("New Plan");
  adw_window_title_set_title (self->window_title, title);
  if (objective != NULL)
    adw_window_title_set_subtitle (self->window_title, steward_objective_get_kpi_name (objective));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, plan != NULL);
  write_form (self);

  return self;
}
