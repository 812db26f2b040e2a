/* steward-risk-result-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-risk-result-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-risk-result-editor.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of the results of a risk assessment (5.4.2.6): when, of what,
 * a summary, the risks by level, and where the treatment plan stands,
 * with a bar that follows the counts as they are typed. It edits a copy:
 * a refused save (more items done or late than planned) keeps everything
 * typed, with the reason beside the field. */
struct _StewardRiskResultEditor
{
  AdwWindow          parent_instance;

  StewardDatabase   *db;
  StewardRiskResult *original;
  StewardRiskResult *result;

  AdwWindowTitle    *window_title;
  GtkWidget         *general_error;
  GtkWidget         *delete_button;
  StewardDateRow    *assessed_on_row;
  AdwEntryRow       *scope_row;
  GtkTextView       *summary_view;
  GtkSpinButton     *n_high_spin;
  GtkSpinButton     *n_medium_spin;
  GtkSpinButton     *n_low_spin;
  GtkSpinButton     *plan_planned_spin;
  GtkSpinButton     *plan_done_spin;
  GtkSpinButton     *plan_late_spin;
  GtkProgressBar    *progress_bar;
  GtkTextView       *notes_view;
  GtkWidget         *assessed_on_error_row;
  GtkLabel          *assessed_on_error;
  GtkWidget         *scope_error_row;
  GtkLabel          *scope_error;
  GtkWidget         *plan_done_error_row;
  GtkLabel          *plan_done_error;

  StewardFormField   fields[3];
};

G_DEFINE_FINAL_TYPE (StewardRiskResultEditor, steward_risk_result_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
get_count (GtkSpinButton *spin)
{
  /* What was typed counts, even before the field is left. */
  gtk_spin_button_update (spin);

  return gtk_spin_button_get_value_as_int (spin);
}

/* "7 of 10 done, 2 late" on a bar of the share done. */
static void
update_progress (StewardRiskResultEditor *self)
{
  int planned = get_count (self->plan_planned_spin);
  int done = get_count (self->plan_done_spin);
  int late = get_count (self->plan_late_spin);
  g_autofree char *text = NULL;

  /* TRANSLATORS: where the risk treatment plan stands */
  text = g_strdup_printf (_("%d of %d done, %d late"), done, planned, late);
  gtk_progress_bar_set_fraction (self->progress_bar, planned > 0 ? CLAMP ((double) done / planned, 0, 1) : 0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_show_text (self->progress_bar, TRUE);
}

static void
write_form (StewardRiskResultEditor *self)
{
  StewardRiskResult *r = self->result;

  steward_date_row_set_date (self->assessed_on_row, steward_risk_result_get_assessed_on (r));
  steward_register_set_text (GTK_WIDGET (self->scope_row), steward_risk_result_get_scope (r));
  steward_register_set_text (GTK_WIDGET (self->summary_view), steward_risk_result_get_summary (r));
  gtk_spin_button_set_value (self->n_high_spin, steward_risk_result_get_n_high (r));
  gtk_spin_button_set_value (self->n_medium_spin, steward_risk_result_get_n_medium (r));
  gtk_spin_button_set_value (self->n_low_spin, steward_risk_result_get_n_low (r));
  gtk_spin_button_set_value (self->plan_planned_spin, steward_risk_result_get_plan_planned (r));
  gtk_spin_button_set_value (self->plan_done_spin, steward_risk_result_get_plan_done (r));
  gtk_spin_button_set_value (self->plan_late_spin, steward_risk_result_get_plan_late (r));
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_risk_result_get_notes (r));
  update_progress (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardRiskResultEditor *self)
{
  g_autofree char *scope = steward_register_dup_text (GTK_WIDGET (self->scope_row));
  g_autofree char *summary = steward_register_dup_text (GTK_WIDGET (self->summary_view));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));

  g_object_set (self->result,
                "assessed-on", steward_date_row_get_date (self->assessed_on_row),
                "scope", scope,
                "summary", summary,
                "n-high", get_count (self->n_high_spin),
                "n-medium", get_count (self->n_medium_spin),
                "n-low", get_count (self->n_low_spin),
                "plan-planned", get_count (self->plan_planned_spin),
                "plan-done", get_count (self->plan_done_spin),
                "plan-late", get_count (self->plan_late_spin),
                "notes", notes,
                NULL);
}

/**
 * steward_risk_result_editor_save:
 *
 * Saves what the form holds. No date, no scope, more treatment items done
 * or late than planned: refused, the reason beside the field, nothing
 * typed lost.
 *
 * Returns: whether the result was saved (the window then closes)
 */
gboolean
steward_risk_result_editor_save (StewardRiskResultEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_RISK_RESULT_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->result));
  steward_register_check_date (self->assessed_on_row, "assessed-on", problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->result), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_risk_result_editor_get_result:
 *
 * Returns: (transfer none): the result as last read from the form; once
 *   saved it has its id
 */
StewardRiskResult *
steward_risk_result_editor_get_result (StewardRiskResultEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_RISK_RESULT_EDITOR (self), NULL);

  return self->result;
}

static void
on_entry_changed_cb (GtkEditable             *editable,
                     StewardRiskResultEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow             *row,
                       StewardRiskResultEditor *self)
{
  steward_risk_result_editor_save (self);
}

/* The plan's counts answer together what was said beside them. */
static void
on_spin_changed_cb (GtkSpinButton           *spin,
                    StewardRiskResultEditor *self)
{
  if (spin == self->plan_planned_spin || spin == self->plan_done_spin || spin == self->plan_late_spin)
    {
      steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->plan_done_spin));
      update_progress (self);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_risk_result_editor_save (STEWARD_RISK_RESULT_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardRiskResultEditor *self = STEWARD_RISK_RESULT_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_risk_result_editor_dispose (GObject *object)
{
  StewardRiskResultEditor *self = (StewardRiskResultEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_RISK_RESULT_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_risk_result_editor_parent_class)->dispose (object);
}

static void
steward_risk_result_editor_finalize (GObject *object)
{
  StewardRiskResultEditor *self = (StewardRiskResultEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->result);

  G_OBJECT_CLASS (steward_risk_result_editor_parent_class)->finalize (object);
}

static void
steward_risk_result_editor_class_init (StewardRiskResultEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_risk_result_editor_dispose;
  object_class->finalize = steward_risk_result_editor_finalize;

  /**
   * StewardRiskResultEditor::delete-requested:
   * @result: the result as stored
   *
   * The user asked to delete the result; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_RISK_RESULT);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-risk-result-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardRiskResultEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (assessed_on_row);
  CHILD (scope_row);
  CHILD (summary_view);
  CHILD (n_high_spin);
  CHILD (n_medium_spin);
  CHILD (n_low_spin);
  CHILD (plan_planned_spin);
  CHILD (plan_done_spin);
  CHILD (plan_late_spin);
  CHILD (progress_bar);
  CHILD (notes_view);
  CHILD (assessed_on_error_row);
  CHILD (assessed_on_error);
  CHILD (scope_error_row);
  CHILD (scope_error);
  CHILD (plan_done_error_row);
  CHILD (plan_done_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_risk_result_editor_init (StewardRiskResultEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  steward_date_row_set_calendar (self->assessed_on_row, steward_register_get_calendar ());

  self->fields[0] = (StewardFormField) { "assessed-on", GTK_WIDGET (self->assessed_on_row), self->assessed_on_error_row, self->assessed_on_error };
  self->fields[1] = (StewardFormField) { "scope", GTK_WIDGET (self->scope_row), self->scope_error_row, self->scope_error };
  self->fields[2] = (StewardFormField) { "plan-done", GTK_WIDGET (self->plan_done_spin), self->plan_done_error_row, self->plan_done_error };
}

/**
 * steward_risk_result_editor_new:
 * @result: (nullable): the result to edit, or %NULL for a new one
 */
StewardRiskResultEditor *
steward_risk_result_editor_new (StewardDatabase   *db,
                                StewardRiskResult *result)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardRiskResultEditor *self;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (result == NULL || STEWARD_IS_RISK_RESULT (result), NULL);

  self = g_object_new (STEWARD_TYPE_RISK_RESULT_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = result != NULL ? g_object_ref (result) : NULL;
  self->result = result != NULL ? STEWARD_RISK_RESULT (steward_record_copy (STEWARD_RECORD (result)))
                                : g_object_new (STEWARD_TYPE_RISK_RESULT, "assessed-on", today, NULL);

  title = result != NULL ? _("Edit Risk Assessment Result") : _("New Risk Assessment Result");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Risk Assessment Results"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, result != NULL);
  write_form (self);

  return self;
}
