/* steward-measurement-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-measurement-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-measurement-editor.h"
#include "steward-objective-form.h"
#include "widgets/steward-form.h"

/* The form of one value of an objective's indicator for one period: a
 * row of the ISMS effectiveness measurement table (5.4.2.4.4). The due
 * periods come first; while the value is typed, the form says whether it
 * meets the target of the period. It edits a copy; a refused save says why
 * beside the field and keeps the typing. */
struct _StewardMeasurementEditor
{
  AdwWindow             parent_instance;

  StewardDatabase      *db;
  StewardEvaluation    *evaluation;
  StewardMeasurement   *original;
  StewardMeasurement   *measurement;
  GArray               *period_starts;  /* GDate, the period_row's choices */
  StewardCalendar       calendar;
  GtkFileChooserNative *chooser;

  AdwWindowTitle       *window_title;
  GtkWidget            *general_error;
  GtkWidget            *delete_button;
  AdwPreferencesGroup  *measurement_group;
  AdwComboRow          *period_row;
  AdwEntryRow          *value_row;
  AdwEntryRow          *evidence_row;
  AdwEntryRow          *notes_row;
  AdwEntryRow          *recorded_by_row;
  GtkWidget            *period_error_row;
  GtkLabel             *period_error;
  GtkWidget            *value_error_row;
  GtkLabel             *value_error;
  GtkWidget            *feedback_row;
  GtkLabel             *feedback;
  GtkWidget            *recorded_by_error_row;
  GtkLabel             *recorded_by_error;

  StewardFormField      fields[3];
};

G_DEFINE_FINAL_TYPE (StewardMeasurementEditor, steward_measurement_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static StewardObjective *
get_objective (StewardMeasurementEditor *self)
{
  return steward_evaluation_get_objective (self->evaluation);
}

static const GDate *
get_period (StewardMeasurementEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->period_row);

  return selected < self->period_starts->len ? &g_array_index (self->period_starts, GDate, selected) : NULL;
}

static char *
describe_period (StewardMeasurementEditor  *self,
                 const StewardPeriodResult *result)
{
  StewardObjective *objective = get_objective (self);
  g_autofree char *name = steward_period_format (steward_objective_get_frequency (objective),
                                                 &result->start, self->calendar);
  gint64 own_id = steward_record_get_id (STEWARD_RECORD (self->measurement));

  if (result->due)
    /* Translators: a period of measurement, such as “2026-03”, that has
     * ended without a value. Keep it short: it is shown in a narrow row. */
    return g_strdup_printf (_("%s — due"), name);

  if (result->has_value && result->measurement_id != own_id)
    /* Translators: a period of measurement, such as “2026-03”, that
     * already has a value. Keep it short: it is shown in a narrow row. */
    return g_strdup_printf (_("%s — recorded"), name);

  return g_steal_pointer (&name);
}

/* The due periods first, the oldest first since it is the latest; then the
 * others, the newest first. A measurement whose period is no longer among
 * the objective's keeps it, so that the form can say what is wrong. */
static void
fill_periods (StewardMeasurementEditor *self,
              const GDate              *preselect)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  GDate *own = steward_measurement_get_period_start (self->measurement);
  guint n = steward_evaluation_get_n_periods (self->evaluation);
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    if (steward_evaluation_get_period (self->evaluation, i)->due)
      g_array_append_val (order, i);
  for (guint i = n; i > 0; i--)
    if (!steward_evaluation_get_period (self->evaluation, i - 1)->due)
      {
        guint index = i - 1;

        g_array_append_val (order, index);
      }

  g_array_set_size (self->period_starts, 0);
  if (own != NULL && g_date_valid (own) && steward_evaluation_find_period (self->evaluation, own) < 0)
    {
      g_autofree char *name = steward_period_format (steward_objective_get_frequency (get_objective (self)),
                                                     own, self->calendar);

      gtk_string_list_append (labels, name);
      g_array_append_val (self->period_starts, *own);
    }

  for (guint i = 0; i < order->len; i++)
    {
      const StewardPeriodResult *result = steward_evaluation_get_period (self->evaluation,
                                                                         g_array_index (order, guint, i));
      g_autofree char *label = describe_period (self, result);

      gtk_string_list_append (labels, label);
      g_array_append_val (self->period_starts, result->start);
    }

  if (preselect == NULL || !g_date_valid (preselect))
    preselect = own;
  for (guint i = 0; preselect != NULL && g_date_valid (preselect) && i < self->period_starts->len; i++)
    if (g_date_compare (&g_array_index (self->period_starts, GDate, i), preselect) == 0)
      selected = i;

  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->period_row, self->period_starts->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
}

/* What the value typed means against the period's target, while it is
 * typed: the user sees a miss before saving it. */
static void
update_feedback (StewardMeasurementEditor *self)
{
  GtkWidget *label = GTK_WIDGET (self->feedback);
  const GDate *period = get_period (self);
  StewardObjective *objective = get_objective (self);
  g_autofree char *message = NULL;
  double value, low, high;

  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_remove_css_class (label, "dim-label");

  if (period == NULL || !steward_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->value_row)), &value))
    {
      gtk_widget_set_visible (self->feedback_row, FALSE);
      return;
    }

  if (!steward_evaluation_get_target_on (self->evaluation, period, &low, &high))
    {
      message = g_strdup (_("No target holds for this period yet."));
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    {
      g_autofree char *target = steward_evaluation_dup_target_text (self->evaluation, period);

      switch (steward_judge_value (steward_objective_get_direction (objective), low, high, value))
        {
        case STEWARD_VERDICT_MET:
          /* Translators: %s is the target, such as “≥ 99.5 %”. */
          message = g_strdup_printf (_("Meets the target %s"), target);
          gtk_widget_add_css_class (label, "success");
          break;

        case STEWARD_VERDICT_NOT_MET:
          /* Translators: %s is the target, such as “≥ 99.5 %”. */
          message = g_strdup_printf (_("Misses the target %s"), target);
          gtk_widget_add_css_class (label, "warning");
          break;

        case STEWARD_VERDICT_NO_DATA:
        case STEWARD_VERDICT_INCOMPLETE:
        default:
          break;
        }
    }

  gtk_label_set_label (self->feedback, message ? message : "");
  gtk_widget_set_visible (self->feedback_row, message != NULL);
}

static void
write_form (StewardMeasurementEditor *self,
            const GDate              *period,
            const char               *recorded_by)
{
  StewardMeasurement *m = self->measurement;
  g_autofree char *value = NULL;

  fill_periods (self, period);
  if (steward_record_get_id (STEWARD_RECORD (m)) != 0)
    value = steward_objective_form_format_number (steward_measurement_get_value (m));
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), value ? value : "");
  gtk_editable_set_text (GTK_EDITABLE (self->evidence_row), steward_measurement_get_evidence (m) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), steward_measurement_get_notes (m) ?: "");

  /* Who records it now; a stored name stays when nobody is known. */
  if (recorded_by == NULL || recorded_by[0] == '\0')
    recorded_by = steward_measurement_get_recorded_by (m);
  gtk_editable_set_text (GTK_EDITABLE (self->recorded_by_row), recorded_by ? recorded_by : "");

  update_feedback (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardMeasurementEditor *self,
           GPtrArray                *problems)
{
  g_autofree char *evidence = steward_objective_form_dup_text (GTK_EDITABLE (self->evidence_row));
  g_autofree char *notes = steward_objective_form_dup_text (GTK_EDITABLE (self->notes_row));
  g_autofree char *recorded_by = steward_objective_form_dup_text (GTK_EDITABLE (self->recorded_by_row));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  double value;

  if (steward_objective_form_read_number (GTK_EDITABLE (self->value_row), "value",
                                          _("Enter the measured value."), &value, problems))
    g_object_set (self->measurement, "value", value, NULL);

  g_object_set (self->measurement,
                "objective-id", steward_record_get_id (STEWARD_RECORD (get_objective (self))),
                "period-start", get_period (self),
                "evidence", evidence,
                "notes", notes,
                "recorded-by", recorded_by,
                "recorded-at", now,
                NULL);
}

/**
 * steward_measurement_editor_save:
 *
 * Saves the value. A value that is not a number or out of range, a period
 * outside the objective's or already measured: refused, said beside the
 * field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_measurement_editor_save (StewardMeasurementEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) record_problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean have_value;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_MEASUREMENT_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  problems = steward_objective_form_new_problems ();
  read_form (self, problems);
  have_value = !steward_objective_form_has_problem (problems, "value");

  record_problems = steward_record_validate (STEWARD_RECORD (self->measurement));
  steward_evaluation_check_measurement (self->evaluation, self->measurement, record_problems);
  /* Without a number typed, what the record says about its value is about
   * an older one. */
  if (!have_value)
    steward_objective_form_drop_problems (record_problems, "value");
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

  saved = steward_record_save (STEWARD_RECORD (self->measurement), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_measurement_editor_get_measurement:
 *
 * Returns: (transfer none): the measurement as last read from the form;
 *   once saved it has its id
 */
StewardMeasurement *
steward_measurement_editor_get_measurement (StewardMeasurementEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_MEASUREMENT_EDITOR (self), NULL);

  return self->measurement;
}

static void
on_entry_changed_cb (GtkEditable              *editable,
                     StewardMeasurementEditor *self)
{
  if (editable == GTK_EDITABLE (self->value_row))
    update_feedback (self);

  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow              *row,
                       StewardMeasurementEditor *self)
{
  steward_measurement_editor_save (self);
}

static void
on_selected_changed_cb (AdwComboRow              *row,
                        GParamSpec               *pspec,
                        StewardMeasurementEditor *self)
{
  update_feedback (self);
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
}

static void
on_chooser_response_cb (GtkNativeDialog          *dialog,
                        int                       response,
                        StewardMeasurementEditor *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autofree char *uri = file != NULL && path == NULL ? g_file_get_uri (file) : NULL;

      if (path != NULL || uri != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->evidence_row), path ? path : uri);
    }

  g_clear_object (&self->chooser);
}

static void
on_choose_file_clicked_cb (GtkButton                *button,
                           StewardMeasurementEditor *self)
{
  if (self->chooser == NULL)
    {
      self->chooser = gtk_file_chooser_native_new (_("Choose the Evidence"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
      g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
    }

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_measurement_editor_save (STEWARD_MEASUREMENT_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardMeasurementEditor *self = STEWARD_MEASUREMENT_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_measurement_editor_dispose (GObject *object)
{
  StewardMeasurementEditor *self = (StewardMeasurementEditor *)object;

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_MEASUREMENT_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->original);
  g_clear_pointer (&self->period_starts, g_array_unref);

  G_OBJECT_CLASS (steward_measurement_editor_parent_class)->dispose (object);
}

static void
steward_measurement_editor_finalize (GObject *object)
{
  StewardMeasurementEditor *self = (StewardMeasurementEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->measurement);

  G_OBJECT_CLASS (steward_measurement_editor_parent_class)->finalize (object);
}

static void
steward_measurement_editor_class_init (StewardMeasurementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_measurement_editor_dispose;
  object_class->finalize = steward_measurement_editor_finalize;

  /**
   * StewardMeasurementEditor::delete-requested:
   * @measurement: the measurement as stored
   *
   * The user asked to delete the measurement; the page that opened the
   * editor deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_MEASUREMENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-measurement-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardMeasurementEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (measurement_group);
  CHILD (period_row);
  CHILD (value_row);
  CHILD (evidence_row);
  CHILD (notes_row);
  CHILD (recorded_by_row);
  CHILD (period_error_row);
  CHILD (period_error);
  CHILD (value_error_row);
  CHILD (value_error);
  CHILD (feedback_row);
  CHILD (feedback);
  CHILD (recorded_by_error_row);
  CHILD (recorded_by_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_measurement_editor_init (StewardMeasurementEditor *self)
{
  GtkWidget *button;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->period_starts = g_array_new (FALSE, TRUE, sizeof (GDate));

  adw_entry_row_set_input_purpose (self->value_row, GTK_INPUT_PURPOSE_NUMBER);

  button = gtk_button_new_from_icon_name ("document-open-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a File"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_choose_file_clicked_cb), self);
  adw_entry_row_add_suffix (self->evidence_row, button);

  self->fields[0] = (StewardFormField) { "period-start", GTK_WIDGET (self->period_row), self->period_error_row, self->period_error };
  self->fields[1] = (StewardFormField) { "value", GTK_WIDGET (self->value_row), self->value_error_row, self->value_error };
  self->fields[2] = (StewardFormField) { "recorded-by", GTK_WIDGET (self->recorded_by_row), self->recorded_by_error_row, self->recorded_by_error };
}

/**
 * steward_measurement_editor_new:
 * @evaluation: the objective with its targets and measurements as stored
 * @measurement: (nullable): the measurement to edit, or %NULL for a new one
 * @period: (nullable): for a new measurement, the period to choose first
 * @recorded_by: (nullable): the user's name, from the preferences
 */
StewardMeasurementEditor *
steward_measurement_editor_new (StewardDatabase    *db,
                                StewardEvaluation  *evaluation,
                                StewardMeasurement *measurement,
                                const GDate        *period,
                                const char         *recorded_by)
{
  StewardMeasurementEditor *self;
  StewardObjective *objective;
  g_autofree char *value_title = NULL;
  const char *method;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_EVALUATION (evaluation), NULL);
  g_return_val_if_fail (measurement == NULL || STEWARD_IS_MEASUREMENT (measurement), NULL);

  self = g_object_new (STEWARD_TYPE_MEASUREMENT_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->evaluation = g_object_ref (evaluation);
  self->calendar = steward_objective_form_get_calendar ();
  /* Its messages name periods and dates as the form does. */
  steward_evaluation_set_calendar (evaluation, self->calendar);
  objective = get_objective (self);

  if (measurement != NULL)
    {
      self->original = g_object_ref (measurement);
      self->measurement = STEWARD_MEASUREMENT (steward_record_copy (STEWARD_RECORD (measurement)));
    }
  else
    self->measurement = g_object_new (STEWARD_TYPE_MEASUREMENT,
                                      "objective-id", steward_record_get_id (STEWARD_RECORD (objective)),
                                      NULL);

  title = measurement != NULL ? _("Edit Measurement") : _("New Measurement");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, steward_objective_get_kpi_name (objective));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, measurement != NULL);

  method = steward_objective_get_kpi_method (objective);
  if (method != NULL && method[0] != '\0')
    {
      /* Translators: %s says how an indicator is measured. */
      g_autofree char *description = g_strdup_printf (_("Measured as follows: %s"), method);

      adw_preferences_group_set_description (self->measurement_group, description);
    }

  value_title = steward_objective_form_title_with_unit (_("Value"), steward_objective_get_kpi_unit (objective));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row), value_title);

  write_form (self, period, recorded_by);

  return self;
}
