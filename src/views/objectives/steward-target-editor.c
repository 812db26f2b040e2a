/* steward-target-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-target-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-objectives.h"
#include "steward-objective-form.h"
#include "steward-target-editor.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of a target level of an objective from a date on, and the
 * decision that set it (5.4.2.4.4.3: the measurement items and their target
 * levels). A target that changes is a new row from a later date: the past
 * periods keep being judged against the target that held then. It edits a
 * copy; a refused save says why beside the field and keeps the typing. */
struct _StewardTargetEditor
{
  AdwWindow               parent_instance;

  StewardDatabase        *db;
  StewardObjective       *objective;
  StewardObjectiveTarget *target;
  GPtrArray              *existing;   /* StewardObjectiveTarget of the objective, as stored */
  StewardCalendar         calendar;

  AdwWindowTitle         *window_title;
  GtkWidget              *general_error;
  AdwPreferencesGroup    *target_group;
  StewardDateRow         *valid_from_row;
  AdwEntryRow            *level_row;
  AdwEntryRow            *low_row;
  AdwEntryRow            *high_row;
  AdwEntryRow            *decision_ref_row;
  GtkWidget              *valid_from_error_row;
  GtkLabel               *valid_from_error;
  GtkWidget              *level_error_row;
  GtkLabel               *level_error;
  GtkWidget              *low_error_row;
  GtkLabel               *low_error;
  GtkWidget              *high_error_row;
  GtkLabel               *high_error;

  StewardTargetRows       target_rows;
  StewardFormField        fields[4];
};

G_DEFINE_FINAL_TYPE (StewardTargetEditor, steward_target_editor, ADW_TYPE_WINDOW)

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static void
read_form (StewardTargetEditor *self,
           GPtrArray           *problems)
{
  g_autofree char *decision_ref = steward_objective_form_dup_text (GTK_EDITABLE (self->decision_ref_row));

  g_object_set (self->target,
                "valid-from", steward_date_row_get_date (self->valid_from_row),
                "decision-ref", decision_ref,
                NULL);
  steward_target_rows_read (&self->target_rows, steward_objective_get_direction (self->objective),
                            self->target, problems);
}

/* The date must fall in the objective's active period, and no other
 * target may start on the same day: which one would hold? */
static void
check_valid_from (StewardTargetEditor *self,
                  GPtrArray           *problems)
{
  GDate *from = steward_objective_target_get_valid_from (self->target);
  GDate *start = steward_objective_get_start_date (self->objective);
  GDate *end = steward_objective_get_end_date (self->objective);
  gint64 own_id = steward_record_get_id (STEWARD_RECORD (self->target));

  if (!steward_date_row_is_valid (self->valid_from_row))
    {
      steward_record_add_problem (problems, "valid-from",
                                  _("This is not a date: write it as 2026-11-24 or 115-11-24."));
      return;
    }

  if (!date_set (from))
    return;

  if (date_set (start) && g_date_compare (from, start) < 0)
    {
      g_autofree char *text = steward_date_format (start, self->calendar);
      /* Translators: %s is a date. */
      g_autofree char *message = g_strdup_printf (_("The objective starts on %s: a target cannot hold before it."), text);

      steward_record_add_problem (problems, "valid-from", message);
    }
  else if (date_set (end) && g_date_compare (from, end) > 0)
    {
      g_autofree char *text = steward_date_format (end, self->calendar);
      /* Translators: %s is a date. */
      g_autofree char *message = g_strdup_printf (_("The objective ends on %s: a target from a later date would never hold."), text);

      steward_record_add_problem (problems, "valid-from", message);
    }

  for (guint i = 0; self->existing != NULL && i < self->existing->len; i++)
    {
      StewardObjectiveTarget *other = g_ptr_array_index (self->existing, i);
      GDate *other_from = steward_objective_target_get_valid_from (other);

      if (steward_record_get_id (STEWARD_RECORD (other)) == own_id && own_id != 0)
        continue;

      if (date_set (other_from) && g_date_compare (other_from, from) == 0)
        {
          g_autofree char *text = steward_date_format (from, self->calendar);
          /* Translators: %s is a date. */
          g_autofree char *message = g_strdup_printf (_("Another target already holds from %s. Change that one, or choose another date."), text);

          steward_record_add_problem (problems, "valid-from", message);
          break;
        }
    }
}

/**
 * steward_target_editor_save:
 *
 * Saves the target level. A date outside the objective's active period, a
 * second target on the same date, a level that is not a number, a range
 * upside down: refused, said beside the field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_target_editor_save (StewardTargetEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) record_problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_TARGET_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  /* What the form finds first: it says more than the record can about
   * what was typed. */
  problems = steward_objective_form_new_problems ();
  read_form (self, problems);
  check_valid_from (self, problems);

  record_problems = steward_record_validate (STEWARD_RECORD (self->target));
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

  saved = steward_record_save (STEWARD_RECORD (self->target), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_target_editor_get_target:
 *
 * Returns: (transfer none): the target as last read from the form; once
 *   saved it has its id
 */
StewardObjectiveTarget *
steward_target_editor_get_target (StewardTargetEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_TARGET_EDITOR (self), NULL);

  return self->target;
}

static void
on_entry_changed_cb (GtkEditable         *editable,
                     StewardTargetEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow         *row,
                       StewardTargetEditor *self)
{
  steward_target_editor_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_target_editor_save (STEWARD_TARGET_EDITOR (widget));
}

static void
steward_target_editor_dispose (GObject *object)
{
  StewardTargetEditor *self = (StewardTargetEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_TARGET_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->objective);
  g_clear_pointer (&self->existing, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_target_editor_parent_class)->dispose (object);
}

static void
steward_target_editor_finalize (GObject *object)
{
  StewardTargetEditor *self = (StewardTargetEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->target);

  G_OBJECT_CLASS (steward_target_editor_parent_class)->finalize (object);
}

static void
steward_target_editor_class_init (StewardTargetEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_target_editor_dispose;
  object_class->finalize = steward_target_editor_finalize;

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-target-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardTargetEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (target_group);
  CHILD (valid_from_row);
  CHILD (level_row);
  CHILD (low_row);
  CHILD (high_row);
  CHILD (decision_ref_row);
  CHILD (valid_from_error_row);
  CHILD (valid_from_error);
  CHILD (level_error_row);
  CHILD (level_error);
  CHILD (low_error_row);
  CHILD (low_error);
  CHILD (high_error_row);
  CHILD (high_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_target_editor_init (StewardTargetEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  steward_target_rows_init (&self->target_rows, self->level_row, self->low_row, self->high_row);

  self->fields[0] = (StewardFormField) { "valid-from", GTK_WIDGET (self->valid_from_row), self->valid_from_error_row, self->valid_from_error };
  self->fields[1] = (StewardFormField) { "level", GTK_WIDGET (self->level_row), self->level_error_row, self->level_error };
  self->fields[2] = (StewardFormField) { "low", GTK_WIDGET (self->low_row), self->low_error_row, self->low_error };
  self->fields[3] = (StewardFormField) { "high", GTK_WIDGET (self->high_row), self->high_error_row, self->high_error };
}

/* The target that holds last, to start a change of target from. */
static StewardObjectiveTarget *
find_latest (GPtrArray *targets)
{
  StewardObjectiveTarget *latest = NULL;

  for (guint i = 0; targets != NULL && i < targets->len; i++)
    {
      StewardObjectiveTarget *target = g_ptr_array_index (targets, i);
      GDate *from = steward_objective_target_get_valid_from (target);

      if (date_set (from) &&
          (latest == NULL || g_date_compare (from, steward_objective_target_get_valid_from (latest)) > 0))
        latest = target;
    }

  return latest;
}

/* A change of target usually holds from the next period on; the first
 * target from the objective's start. */
static StewardObjectiveTarget *
new_target (StewardObjective       *objective,
            StewardObjectiveTarget *latest)
{
  GDate *start = steward_objective_get_start_date (objective);
  StewardFrequency frequency = steward_objective_get_frequency (objective);
  g_autoptr(GDate) today = steward_date_new_today ();
  GDate from;

  g_date_clear (&from, 1);
  steward_period_start_of (frequency, today, &from);
  steward_period_next (frequency, &from);
  if (latest == NULL || (date_set (start) && g_date_compare (&from, start) < 0))
    {
      if (date_set (start))
        from = *start;
    }

  return g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET,
                       "objective-id", steward_record_get_id (STEWARD_RECORD (objective)),
                       "valid-from", date_set (&from) ? &from : NULL,
                       "low", latest != NULL ? steward_objective_target_get_low (latest) : 0.0,
                       "high", latest != NULL ? steward_objective_target_get_high (latest) : 0.0,
                       NULL);
}

static char *
describe_objective (StewardTargetEditor *self)
{
  GDate *start = steward_objective_get_start_date (self->objective);
  GDate *end = steward_objective_get_end_date (self->objective);
  g_autofree char *start_text = date_set (start) ? steward_date_format (start, self->calendar) : g_strdup ("");
  g_autofree char *end_text = date_set (end) ? steward_date_format (end, self->calendar) : NULL;
  g_autofree char *period = NULL;

  if (end_text != NULL)
    /* Translators: the active period of an objective, from a date to a date. */
    period = g_strdup_printf (_("The objective runs from %s to %s."), start_text, end_text);
  else
    /* Translators: %s is the date an objective starts. */
    period = g_strdup_printf (_("The objective runs from %s."), start_text);

  return g_strjoin (" ", period, _("Each period is judged against the target that holds on its first day."), NULL);
}

/**
 * steward_target_editor_new:
 * @objective: the objective, as stored
 * @target: (nullable): the target to edit, or %NULL for a change of target
 * @existing_targets: (nullable) (element-type StewardObjectiveTarget): the
 *   objective's targets as stored, to refuse two on one date
 */
StewardTargetEditor *
steward_target_editor_new (StewardDatabase        *db,
                           StewardObjective       *objective,
                           StewardObjectiveTarget *target,
                           GPtrArray              *existing_targets)
{
  StewardTargetEditor *self;
  StewardDirection direction;
  StewardObjectiveTarget *latest;
  g_autofree char *description = NULL;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_OBJECTIVE (objective), NULL);
  g_return_val_if_fail (target == NULL || STEWARD_IS_OBJECTIVE_TARGET (target), NULL);

  self = g_object_new (STEWARD_TYPE_TARGET_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->objective = g_object_ref (objective);
  self->existing = existing_targets != NULL ? g_ptr_array_ref (existing_targets) : NULL;
  self->calendar = steward_objective_form_get_calendar ();
  direction = steward_objective_get_direction (objective);
  latest = find_latest (existing_targets);

  if (target != NULL)
    self->target = STEWARD_OBJECTIVE_TARGET (steward_record_copy (STEWARD_RECORD (target)));
  else
    self->target = new_target (objective, latest);

  title = target != NULL ? _("Edit Target") : _("Change of Target");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, steward_objective_get_kpi_name (objective));
  gtk_window_set_title (GTK_WINDOW (self), title);

  description = describe_objective (self);
  adw_preferences_group_set_description (self->target_group, description);

  steward_date_row_set_calendar (self->valid_from_row, self->calendar);
  steward_date_row_set_date (self->valid_from_row, steward_objective_target_get_valid_from (self->target));
  steward_target_rows_show (&self->target_rows, direction, steward_objective_get_kpi_unit (objective));
  steward_target_rows_write (&self->target_rows, direction,
                             target != NULL || latest != NULL ? self->target : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->decision_ref_row),
                         steward_objective_target_get_decision_ref (self->target) ?: "");
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  return self;
}
