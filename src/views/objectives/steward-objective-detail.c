/* steward-objective-detail.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objective-detail"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-chart-export.h"
#include "logic/steward-date.h"
#include "model/steward-measurement.h"
#include "model/steward-objective-plan.h"
#include "model/steward-objective-target.h"
#include "model/steward-person.h"
#include "steward-measurement-editor.h"
#include "steward-objective-detail.h"
#include "steward-objective-editor.h"
#include "steward-plan-editor.h"
#include "steward-target-editor.h"
#include "widgets/steward-chart.h"
#include "widgets/steward-objective-plot.h"
#include "widgets/steward-page.h"

/* One objective: where it stands (latest value, target, verdict, trend,
 * periods due), its trend chart against the target, every period with
 * its value or "due", the indicator, the target levels over time and the
 * plans. It follows the evaluation list: after a save the new evaluation
 * of the same objective is shown. */
struct _StewardObjectiveDetail
{
  GtkWidget              parent_instance;

  StewardDatabase       *db;
  StewardEvaluationList *evaluations;
  StewardRecordList     *people;
  StewardRecordList     *targets;
  StewardRecordList     *plans;
  StewardEvaluation     *evaluation;
  GSettings             *settings;
  GtkFileChooserNative  *chooser;
  gint64                 objective_id;

  /* Template widgets */
  GtkWidget             *box;
  GtkScrolledWindow     *scrolled;
  GtkLabel              *kpi_title;
  GtkLabel              *statement_label;
  GtkLabel              *goal_label;
  GtkFlowBox            *status_box;
  StewardChart          *trend_chart;
  GtkListBox            *measurements_list;
  GtkListBox            *indicator_list;
  GtkListBox            *targets_list;
  GtkListBox            *plans_list;
};

G_DEFINE_FINAL_TYPE (StewardObjectiveDetail, steward_objective_detail, GTK_TYPE_WIDGET)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static StewardCalendar
get_calendar (StewardObjectiveDetail *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static const char *
person_name (StewardObjectiveDetail *self,
             gint64                  id)
{
  StewardPerson *person = id > 0 && self->people != NULL ? steward_record_list_find (self->people, id, NULL) : NULL;

  return person != NULL ? steward_person_get_name (person) : NULL;
}

static char *
format_date (StewardObjectiveDetail *self,
             const GDate            *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");

  return steward_date_format (date, get_calendar (self));
}

static void
remove_all (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
    }
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
    }
  gtk_list_box_append (list, row);

  return row;
}

/* A card of the status: a big value and what it is. */
static void
add_status (StewardObjectiveDetail *self,
            const char             *value,
            const char             *caption,
            const char             *style)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *value_label = gtk_label_new (value);
  GtkWidget *caption_label = gtk_label_new (caption);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (value_label, "title-3");
  if (style != NULL)
    gtk_widget_add_css_class (value_label, style);
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (value_label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (value_label, 12);
  gtk_widget_set_margin_start (value_label, 6);
  gtk_widget_set_margin_end (value_label, 6);
  gtk_widget_set_margin_bottom (caption_label, 12);
  gtk_box_append (GTK_BOX (card), value_label);
  gtk_box_append (GTK_BOX (card), caption_label);
  gtk_flow_box_append (self->status_box, card);
}

static const char *
verdict_style (StewardVerdict verdict)
{
  switch (verdict)
    {
    case STEWARD_VERDICT_MET:     return "success";
    case STEWARD_VERDICT_NOT_MET: return "error";
    default:                      return "dim-label";
    }
}

static void
fill_status (StewardObjectiveDetail *self)
{
  StewardObjective *objective = steward_evaluation_get_objective (self->evaluation);
  const StewardPeriodResult *latest = steward_evaluation_get_latest (self->evaluation);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *target = steward_evaluation_dup_target_text (self->evaluation, today);
  StewardTrend trend = steward_evaluation_get_trend (self->evaluation, 6);
  guint n_due = steward_evaluation_count_due (self->evaluation);
  g_autofree char *due = NULL;

  remove_all (GTK_WIDGET (self->status_box));

  if (latest != NULL)
    {
      g_autofree char *value = steward_format_value (latest->value, steward_objective_get_kpi_unit (objective));
      g_autofree char *period = steward_period_format (steward_objective_get_frequency (objective),
                                                       &latest->start, get_calendar (self));
      /* TRANSLATORS: the latest value's caption; %s is its period */
      g_autofree char *caption = g_strdup_printf (_("Latest, %s"), period);

      add_status (self, value, caption, NULL);
      add_status (self, steward_verdict_to_string (latest->verdict), _("Against its target"),
                  verdict_style (latest->verdict));
    }
  else
    {
      add_status (self, "—", _("No value yet"), "dim-label");
      add_status (self, steward_verdict_to_string (STEWARD_VERDICT_NO_DATA), _("Against its target"), "dim-label");
    }

  add_status (self, target, _("Target now"), NULL);
  add_status (self, steward_trend_to_string (trend), _("Trend over the last six values"),
              trend == STEWARD_TREND_IMPROVING ? "success" :
              trend == STEWARD_TREND_WORSENING ? "error" : "dim-label");
  due = g_strdup_printf ("%u", n_due);
  if (n_due > 0)
    add_status (self, due, g_dngettext (GETTEXT_PACKAGE, "Period due", "Periods due", n_due), "warning");
}

static void
fill_measurements (StewardObjectiveDetail *self)
{
  StewardObjective *objective = steward_evaluation_get_objective (self->evaluation);
  const char *unit = steward_objective_get_kpi_unit (objective);
  guint n = steward_evaluation_get_n_periods (self->evaluation);

  remove_all (GTK_WIDGET (self->measurements_list));

  /* Newest first: the period to fill in is usually the last. */
  for (guint i = n; i-- > 0;)
    {
      const StewardPeriodResult *period = steward_evaluation_get_period (self->evaluation, i);
      g_autofree char *label = steward_period_format (steward_objective_get_frequency (objective),
                                                      &period->start, get_calendar (self));
      g_autofree char *target = steward_evaluation_dup_target_text (self->evaluation, &period->start);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *suffix;

      if (period->has_value)
        {
          g_autofree char *value = steward_format_value (period->value, unit);

          /* TRANSLATORS: a measured period: the value and the target it is judged against */
          subtitle = g_strdup_printf (_("%s, target %s"), value, target);
          suffix = gtk_label_new (steward_verdict_to_string (period->verdict));
          gtk_widget_add_css_class (suffix, verdict_style (period->verdict));
        }
      else if (period->due)
        {
          subtitle = g_strdup_printf (_("Not measured yet, target %s"), target);
          suffix = gtk_label_new (_("Due"));
          gtk_widget_add_css_class (suffix, "warning");
        }
      else
        {
          subtitle = g_strdup_printf (_("The period has not ended, target %s"), target);
          suffix = gtk_label_new (_("Running"));
          gtk_widget_add_css_class (suffix, "dim-label");
        }

      row = add_row (self->measurements_list, label, subtitle);
      gtk_widget_add_css_class (suffix, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "period-index", GUINT_TO_POINTER (i));
    }

  if (n == 0)
    {
      GtkWidget *row = add_row (self->measurements_list, _("No periods yet"),
                                _("The objective takes effect later; its periods appear here once they start."));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
    }
}

static void
fill_indicator (StewardObjectiveDetail *self)
{
  StewardObjective *objective = steward_evaluation_get_objective (self->evaluation);
  g_autofree char *start = format_date (self, steward_objective_get_start_date (objective));
  g_autofree char *end = NULL;
  g_autofree char *active = NULL;
  const char *owner = person_name (self, steward_objective_get_owner_id (objective));
  const char *unit = steward_objective_get_kpi_unit (objective);
  g_autofree char *direction = NULL;

  remove_all (GTK_WIDGET (self->indicator_list));

  if (steward_objective_get_end_date (objective) != NULL)
    {
      end = format_date (self, steward_objective_get_end_date (objective));
      /* TRANSLATORS: an active period, from a date to a date */
      active = g_strdup_printf (_("%s to %s"), start, end);
    }
  else
    /* TRANSLATORS: an active period with no end, from a date */
    active = g_strdup_printf (_("From %s"), start);

  /* TRANSLATORS: the direction of a good value, then the unit */
  direction = g_strdup_printf (_("%s, in %s"), steward_direction_to_string (steward_objective_get_direction (objective)),
                               unit != NULL && unit[0] != '\0' ? unit : _("plain numbers"));

  add_row (self->indicator_list, _("Indicator"), steward_objective_get_kpi_name (objective));
  add_row (self->indicator_list, _("Direction and unit"), direction);
  add_row (self->indicator_list, _("How it is measured"), steward_objective_get_kpi_method (objective));
  add_row (self->indicator_list, _("Data source"), steward_objective_get_kpi_source (objective));
  add_row (self->indicator_list, _("Frequency"),
           steward_frequency_to_string (steward_objective_get_frequency (objective)));
  add_row (self->indicator_list, _("Owner"), owner != NULL ? owner : _("Nobody"));
  add_row (self->indicator_list, _("Active period"), active);
  if (steward_objective_get_notes (objective) != NULL)
    add_row (self->indicator_list, _("Notes"), steward_objective_get_notes (objective));
}

static void
fill_targets (StewardObjectiveDetail *self)
{
  guint n = self->targets != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->targets)) : 0;

  remove_all (GTK_WIDGET (self->targets_list));

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(StewardObjectiveTarget) target = g_list_model_get_item (G_LIST_MODEL (self->targets), i);
      g_autofree char *from = format_date (self, steward_objective_target_get_valid_from (target));
      g_autofree char *level = steward_evaluation_dup_target_text (self->evaluation,
                                                                   steward_objective_target_get_valid_from (target));
      /* TRANSLATORS: a target level and the date from which it holds */
      g_autofree char *title = g_strdup_printf (_("%s from %s"), level, from);
      GtkWidget *row = add_row (self->targets_list, title, steward_objective_target_get_decision_ref (target));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "target", g_object_ref (target), g_object_unref);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }

  if (n == 0)
    {
      GtkWidget *row = add_row (self->targets_list, _("No target yet"),
                                _("Without a target the periods cannot be judged. Set one with Change Target."));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
    }
}

static void
fill_plans (StewardObjectiveDetail *self)
{
  guint n = self->plans != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->plans)) : 0;

  remove_all (GTK_WIDGET (self->plans_list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardObjectivePlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);
      const char *responsible = person_name (self, steward_objective_plan_get_responsible_id (plan));
      g_autofree char *due = format_date (self, steward_objective_plan_get_due_date (plan));
      g_autofree char *budget = steward_format_value (steward_objective_plan_get_budget_amount (plan),
                                                      steward_objective_plan_get_budget_currency (plan));
      /* TRANSLATORS: a plan's status, who is responsible, the due date and the budget */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s · due %s · budget %s"),
                                                   steward_plan_status_to_string (steward_objective_plan_get_status (plan)),
                                                   responsible != NULL ? responsible : _("Nobody"),
                                                   due, budget);
      GtkWidget *row = add_row (self->plans_list, steward_objective_plan_get_activities (plan), subtitle);

      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "plan", g_object_ref (plan), g_object_unref);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }

  if (n == 0)
    {
      GtkWidget *row = add_row (self->plans_list, _("No plan yet"),
                                _("Add the activities, resources, person responsible and due date that reach the objective."));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
    }
}

static void
fill (StewardObjectiveDetail *self)
{
  StewardObjective *objective;
  g_autoptr(StewardChartPlot) plot = NULL;

  if (self->evaluation == NULL)
    return;

  objective = steward_evaluation_get_objective (self->evaluation);
  gtk_label_set_label (self->kpi_title, steward_objective_get_kpi_name (objective));
  gtk_label_set_label (self->statement_label, steward_objective_get_statement (objective));
  gtk_label_set_label (self->goal_label, steward_objective_get_policy_goal (objective));
  gtk_widget_set_visible (GTK_WIDGET (self->goal_label), steward_objective_get_policy_goal (objective) != NULL);

  plot = steward_objective_plot_new (self->evaluation, NULL, NULL, get_calendar (self), STEWARD_CHART_STYLE_FULL);
  steward_chart_set_plot (self->trend_chart, plot);

  fill_status (self);
  fill_measurements (self);
  fill_indicator (self);
  fill_targets (self);
  fill_plans (self);
}

static void
on_evaluations_changed_cb (GListModel             *model,
                           guint                   position,
                           guint                   removed,
                           guint                   added,
                           StewardObjectiveDetail *self)
{
  StewardEvaluation *evaluation;

  if (self->objective_id == 0)
    return;

  evaluation = steward_evaluation_list_find (self->evaluations, self->objective_id);
  g_set_object (&self->evaluation, evaluation);
  if (evaluation == NULL)
    {
      self->objective_id = 0;
      g_signal_emit (self, signals[BACK], 0);
      return;
    }
  fill (self);
}

static void
on_parts_changed_cb (GListModel             *model,
                     guint                   position,
                     guint                   removed,
                     guint                   added,
                     StewardObjectiveDetail *self)
{
  if (self->evaluation == NULL)
    return;

  if (model == G_LIST_MODEL (self->targets))
    fill_targets (self);
  else
    fill_plans (self);
}

static StewardRecordList *
list_parts (StewardObjectiveDetail *self,
            GType                   type,
            const char             *order)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  StewardRecordList *list;

  steward_query_where_int64 (query, "objective_id", STEWARD_QUERY_EQUAL, self->objective_id);
  steward_query_order_by (query, order, FALSE);
  list = steward_record_list_new (self->db, type, query);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_parts_changed_cb), self);

  return list;
}

static void
drop_parts (StewardObjectiveDetail *self)
{
  if (self->targets != NULL)
    g_signal_handlers_disconnect_by_func (self->targets, on_parts_changed_cb, self);
  if (self->plans != NULL)
    g_signal_handlers_disconnect_by_func (self->plans, on_parts_changed_cb, self);
  g_clear_object (&self->targets);
  g_clear_object (&self->plans);
}

/**
 * steward_objective_detail_show:
 *
 * Shows the objective with @objective_id, from its statement down.
 */
void
steward_objective_detail_show (StewardObjectiveDetail *self,
                               gint64                  objective_id)
{
  g_return_if_fail (STEWARD_IS_OBJECTIVE_DETAIL (self));
  g_return_if_fail (self->evaluations != NULL);

  g_set_object (&self->evaluation, steward_evaluation_list_find (self->evaluations, objective_id));
  if (self->evaluation == NULL)
    return;

  drop_parts (self);
  self->objective_id = objective_id;
  self->targets = list_parts (self, STEWARD_TYPE_OBJECTIVE_TARGET, "valid_from");
  self->plans = list_parts (self, STEWARD_TYPE_OBJECTIVE_PLAN, "id");
  fill (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

/**
 * steward_objective_detail_get_evaluation:
 *
 * Returns: (transfer none) (nullable): what is shown
 */
StewardEvaluation *
steward_objective_detail_get_evaluation (StewardObjectiveDetail *self)
{
  g_return_val_if_fail (STEWARD_IS_OBJECTIVE_DETAIL (self), NULL);

  return self->evaluation;
}

/**
 * steward_objective_detail_set_database:
 *
 * What the view reads, or nothing (%NULL) while no database is shown.
 */
void
steward_objective_detail_set_database (StewardObjectiveDetail *self,
                                       StewardDatabase        *db,
                                       StewardEvaluationList  *evaluations,
                                       StewardRecordList      *people)
{
  g_return_if_fail (STEWARD_IS_OBJECTIVE_DETAIL (self));

  drop_parts (self);
  if (self->evaluations != NULL)
    g_signal_handlers_disconnect_by_func (self->evaluations, on_evaluations_changed_cb, self);
  g_clear_object (&self->evaluation);
  self->objective_id = 0;

  g_set_object (&self->db, db);
  g_set_object (&self->evaluations, evaluations);
  g_set_object (&self->people, people);
  if (evaluations != NULL)
    g_signal_connect (evaluations, "items-changed", G_CALLBACK (on_evaluations_changed_cb), self);
}

static GtkWindow *
get_parent_window (StewardObjectiveDetail *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static gboolean
can_edit (StewardObjectiveDetail *self)
{
  return self->evaluation != NULL && self->db != NULL && !steward_database_is_read_only (self->db);
}

static void
present_editor (StewardObjectiveDetail *self,
                gpointer                editor)
{
  gtk_window_set_transient_for (GTK_WINDOW (editor), get_parent_window (self));
  gtk_window_present (GTK_WINDOW (editor));
}

typedef struct
{
  StewardDatabase *db;
  GPtrArray       *records;   /* deleted, in order: restored backwards */
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->db);
  g_clear_pointer (&undo->records, g_ptr_array_unref);
  g_free (undo);
}

static gboolean
restore_all (StewardDatabase  *db,
             gpointer          user_data,
             GError          **error)
{
  GPtrArray *records = user_data;

  for (guint i = records->len; i-- > 0;)
    if (!steward_record_restore (g_ptr_array_index (records, i), db, error))
      return FALSE;

  return TRUE;
}

static void
on_undo_cb (AdwToast *toast,
            Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!steward_database_transaction (undo->db, restore_all, undo->records, &error))
    g_warning ("Could not undo the deletion: %s", error->message);
}

static gboolean
delete_all (StewardDatabase  *db,
            gpointer          user_data,
            GError          **error)
{
  GPtrArray *records = user_data;

  for (guint i = 0; i < records->len; i++)
    if (!steward_record_delete (g_ptr_array_index (records, i), db, error))
      return FALSE;

  return TRUE;
}

/* Deletes @records in one transaction, with a toast that undoes it. */
static void
delete_with_undo (StewardObjectiveDetail *self,
                  GPtrArray              *records,
                  const char             *done_message)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  Undo *undo;

  if (!steward_database_transaction (self->db, delete_all, records, &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  undo = g_new0 (Undo, 1);
  undo->db = g_object_ref (self->db);
  undo->records = g_ptr_array_ref (records);
  toast = adw_toast_new (done_message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  steward_show_toast (GTK_WIDGET (self), toast);
}

/* An objective with measurements is ended, not deleted: its record of
 * achievement stays. Without any, it goes with its targets and plans. */
static void
on_objective_delete_requested_cb (StewardObjectiveEditor *editor,
                                  StewardObjective       *objective,
                                  StewardObjectiveDetail *self)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *message = NULL;

  for (guint i = 0; i < steward_evaluation_get_n_periods (self->evaluation); i++)
    if (steward_evaluation_get_period (self->evaluation, i)->has_value)
      {
        steward_show_message (GTK_WIDGET (self),
                              _("This objective has measurements and cannot be deleted: give it an end date instead, so that its record stays."));
        return;
      }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
    g_ptr_array_add (records, g_list_model_get_item (G_LIST_MODEL (self->plans), i));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->targets)); i++)
    g_ptr_array_add (records, g_list_model_get_item (G_LIST_MODEL (self->targets), i));
  g_ptr_array_add (records, g_object_ref (objective));

  /* TRANSLATORS: a toast after deleting; %s is the objective's indicator */
  message = g_strdup_printf (_("“%s” deleted"), steward_objective_get_kpi_name (objective));
  delete_with_undo (self, records, message);
}

static void
on_measurement_delete_requested_cb (StewardMeasurementEditor *editor,
                                    StewardMeasurement       *measurement,
                                    StewardObjectiveDetail   *self)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, g_object_ref (measurement));
  delete_with_undo (self, records, _("Measurement deleted"));
}

static void
on_plan_delete_requested_cb (StewardPlanEditor      *editor,
                             StewardObjectivePlan   *plan,
                             StewardObjectiveDetail *self)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, g_object_ref (plan));
  delete_with_undo (self, records, _("Plan deleted"));
}

/* Who records a value: the name the history writes, by default the
 * login name. */
static char *
dup_user_name (StewardObjectiveDetail *self)
{
  return g_strdup (steward_database_get_user_name (self->db));
}

static void
open_measurement_editor (StewardObjectiveDetail *self,
                         const GDate            *period)
{
  g_autoptr(StewardMeasurement) measurement = NULL;
  g_autofree char *user = dup_user_name (self);
  StewardMeasurementEditor *editor;
  int index = period != NULL ? steward_evaluation_find_period (self->evaluation, period) : -1;

  if (index >= 0 && steward_evaluation_get_period (self->evaluation, index)->has_value)
    {
      g_autoptr(GError) error = NULL;

      measurement = steward_record_load (self->db, STEWARD_TYPE_MEASUREMENT,
                                         steward_evaluation_get_period (self->evaluation, index)->measurement_id,
                                         &error);
      if (measurement == NULL)
        {
          steward_show_message (GTK_WIDGET (self), error->message);
          return;
        }
    }

  editor = steward_measurement_editor_new (self->db, self->evaluation, measurement, period, user);
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_measurement_delete_requested_cb), self, 0);
  present_editor (self, editor);
}

static void
on_measurement_activated_cb (GtkListBox             *list,
                             GtkListBoxRow          *row,
                             StewardObjectiveDetail *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "period-index"));

  if (!can_edit (self) || index >= steward_evaluation_get_n_periods (self->evaluation))
    return;

  open_measurement_editor (self, &steward_evaluation_get_period (self->evaluation, index)->start);
}

static GPtrArray *
dup_targets (StewardObjectiveDetail *self)
{
  GPtrArray *targets = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->targets)); i++)
    g_ptr_array_add (targets, g_list_model_get_item (G_LIST_MODEL (self->targets), i));

  return targets;
}

static void
open_target_editor (StewardObjectiveDetail *self,
                    StewardObjectiveTarget *target)
{
  g_autoptr(GPtrArray) targets = dup_targets (self);
  StewardTargetEditor *editor;

  editor = steward_target_editor_new (self->db, steward_evaluation_get_objective (self->evaluation), target, targets);
  present_editor (self, editor);
}

static void
on_target_activated_cb (GtkListBox             *list,
                        GtkListBoxRow          *row,
                        StewardObjectiveDetail *self)
{
  StewardObjectiveTarget *target = g_object_get_data (G_OBJECT (row), "target");

  if (can_edit (self) && target != NULL)
    open_target_editor (self, target);
}

static void
open_plan_editor (StewardObjectiveDetail *self,
                  StewardObjectivePlan   *plan)
{
  StewardPlanEditor *editor;

  editor = steward_plan_editor_new (self->db, self->objective_id, plan, G_LIST_MODEL (self->people));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_plan_delete_requested_cb), self, 0);
  present_editor (self, editor);
}

static void
on_plan_activated_cb (GtkListBox             *list,
                      GtkListBoxRow          *row,
                      StewardObjectiveDetail *self)
{
  StewardObjectivePlan *plan = g_object_get_data (G_OBJECT (row), "plan");

  if (can_edit (self) && plan != NULL)
    open_plan_editor (self, plan);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  StewardObjectiveDetail *self = STEWARD_OBJECTIVE_DETAIL (widget);
  StewardObjectiveEditor *editor;

  if (!can_edit (self))
    return;

  editor = steward_objective_editor_new (self->db, steward_evaluation_get_objective (self->evaluation),
                                         G_LIST_MODEL (self->people));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_objective_delete_requested_cb), self, 0);
  present_editor (self, editor);
}

/* Records the first period due, or else the latest period. */
static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardObjectiveDetail *self = STEWARD_OBJECTIVE_DETAIL (widget);
  guint n;

  if (!can_edit (self))
    return;

  n = steward_evaluation_get_n_periods (self->evaluation);
  for (guint i = 0; i < n; i++)
    if (steward_evaluation_get_period (self->evaluation, i)->due)
      {
        open_measurement_editor (self, &steward_evaluation_get_period (self->evaluation, i)->start);
        return;
      }

  open_measurement_editor (self, n > 0 ? &steward_evaluation_get_period (self->evaluation, n - 1)->start : NULL);
}

static void
change_target_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardObjectiveDetail *self = STEWARD_OBJECTIVE_DETAIL (widget);

  if (can_edit (self))
    open_target_editor (self, NULL);
}

static void
add_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  StewardObjectiveDetail *self = STEWARD_OBJECTIVE_DETAIL (widget);

  if (can_edit (self))
    open_plan_editor (self, NULL);
}

/* The size of an exported chart: a half A4 page, in points. */
#define CHART_EXPORT_WIDTH  720
#define CHART_EXPORT_HEIGHT 360

static void
on_export_response_cb (GtkNativeDialog        *chooser,
                       int                     response,
                       StewardObjectiveDetail *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->evaluation != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      StewardChartPlot *plot = steward_chart_get_plot (self->trend_chart);
      g_autoptr(GError) error = NULL;

      if (path == NULL || plot == NULL ||
          !steward_chart_export (plot, path, CHART_EXPORT_WIDTH, CHART_EXPORT_HEIGHT, &error))
        steward_show_message (GTK_WIDGET (self), error ? error->message : _("The chart could not be exported."));
      else
        steward_show_message (GTK_WIDGET (self), _("The chart was exported."));
    }

  g_clear_object (&self->chooser);
}

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  StewardObjectiveDetail *self = STEWARD_OBJECTIVE_DETAIL (widget);
  StewardObjective *objective;
  g_autofree char *name = NULL;

  if (self->evaluation == NULL || self->chooser != NULL)
    return;

  objective = steward_evaluation_get_objective (self->evaluation);
  name = g_strdup_printf ("%s.png", steward_objective_get_kpi_name (objective));
  g_strdelimit (name, "/\\:", '-');
  self->chooser = gtk_file_chooser_native_new (_("Export the Chart"), get_parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_calendar_changed_cb (GSettings              *settings,
                        const char             *key,
                        StewardObjectiveDetail *self)
{
  fill (self);
}

static void
steward_objective_detail_dispose (GObject *object)
{
  StewardObjectiveDetail *self = (StewardObjectiveDetail *)object;

  steward_objective_detail_set_database (self, NULL, NULL, NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_OBJECTIVE_DETAIL);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (steward_objective_detail_parent_class)->dispose (object);
}

static void
steward_objective_detail_class_init (StewardObjectiveDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_objective_detail_dispose;

  /**
   * StewardObjectiveDetail::back:
   *
   * The user asked for the list of objectives again.
   */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (STEWARD_TYPE_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-objective-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, box);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, scrolled);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, kpi_title);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, statement_label);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, goal_label);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, status_box);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, measurements_list);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, indicator_list);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, targets_list);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectiveDetail, plans_list);
  gtk_widget_class_bind_template_callback (widget_class, on_measurement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_activated_cb);

  gtk_widget_class_install_action (widget_class, "objective.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "objective.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "objective.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "objective.change-target", NULL, change_target_action);
  gtk_widget_class_install_action (widget_class, "objective.add-plan", NULL, add_plan_action);
  gtk_widget_class_install_action (widget_class, "objective.export-chart", NULL, export_chart_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "objective.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "objective.record", NULL);
}

static void
steward_objective_detail_init (StewardObjectiveDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar",
                           G_CALLBACK (on_calendar_changed_cb), self, 0);
}
