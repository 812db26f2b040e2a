/* steward-measurement-table-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-measurement-table-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-measurement-table-export.h"
#include "logic/steward-date.h"
#include "logic/steward-evaluation-list.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-measurement-table-page.h"
#include "widgets/steward-register-util.h"

#define DOCUMENT_NUMBER_KEY "measurement-table-document-number"
#define VERSION_KEY         "measurement-table-version"

/* The ISMS effectiveness measurement table (ISMS有效性量測表, procedure
 * 5.4.2.4.4) for a chosen year: a row per objective active in the year,
 * the value of each period under the month the period ends in (a quarter
 * under its third month, a year under December), coloured by whether it
 * met the target that held then, and the verdict for the year. */
struct _StewardMeasurementTablePage
{
  StewardPage            parent_instance;

  StewardEvaluationList *evaluations;
  StewardRecordList     *people;
  GtkFilterListModel    *filtered;
  GtkCustomFilter       *filter;
  GtkStringList         *years;
  GSettings             *settings;
  GtkFileChooserNative  *chooser;
  int                    year;

  /* Template widgets */
  GtkDropDown           *year_dropdown;
  GtkLabel              *summary_label;
  GtkStack              *stack;
  GtkColumnView         *column_view;
};

G_DEFINE_FINAL_TYPE (StewardMeasurementTablePage, steward_measurement_table_page, STEWARD_TYPE_PAGE)

enum {
  COLUMN_OBJECTIVE,
  COLUMN_INDICATOR,
  COLUMN_TARGET,
  COLUMN_MONTH_1,
  COLUMN_MONTH_12 = COLUMN_MONTH_1 + 11,
  COLUMN_YEAR,
  COLUMN_OWNER,
  COLUMN_NOTES,
  N_COLUMNS
};

static const char * const month_titles[] = {
  N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
  N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
};

static StewardCalendar
get_calendar (StewardMeasurementTablePage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

/* The period of @evaluation that ends in @month of the page's year. */
static const StewardPeriodResult *
find_period (StewardMeasurementTablePage *self,
             StewardEvaluation           *evaluation,
             guint                        month)
{
  guint n = steward_evaluation_get_n_periods (evaluation);

  for (guint i = 0; i < n; i++)
    {
      const StewardPeriodResult *period = steward_evaluation_get_period (evaluation, i);

      if (g_date_get_year (&period->end) == self->year && g_date_get_month (&period->end) == month)
        return period;
    }

  return NULL;
}

static gboolean
active_in_year (StewardEvaluation *evaluation,
                int                year)
{
  StewardObjective *objective = steward_evaluation_get_objective (evaluation);
  GDate *start = steward_objective_get_start_date (objective);
  GDate *end = steward_objective_get_end_date (objective);

  return start != NULL && g_date_valid (start) && g_date_get_year (start) <= year &&
         (end == NULL || !g_date_valid (end) || g_date_get_year (end) >= year);
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  StewardMeasurementTablePage *self = user_data;

  return active_in_year (item, self->year);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          StewardMeasurementTablePage *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  if (column == COLUMN_OBJECTIVE || column == COLUMN_NOTES)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_width_chars (GTK_LABEL (label), column == COLUMN_OBJECTIVE ? 18 : 10);
      gtk_label_set_max_width_chars (GTK_LABEL (label), column == COLUMN_OBJECTIVE ? 24 : 16);
    }
  else if (column >= COLUMN_MONTH_1 && column <= COLUMN_MONTH_12)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_width_chars (GTK_LABEL (label), 5);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
    }
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
set_style (GtkWidget  *label,
           const char *style)
{
  static const char * const styles[] = { "success", "error", "warning", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (label, styles[i]);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
}

static void
bind_month (StewardMeasurementTablePage *self,
            GtkLabel                    *label,
            StewardEvaluation           *evaluation,
            guint                        month)
{
  StewardObjective *objective = steward_evaluation_get_objective (evaluation);
  const StewardPeriodResult *period = find_period (self, evaluation, month);
  g_autofree char *name = NULL;
  g_autofree char *tooltip = NULL;

  if (period == NULL)
    {
      gtk_label_set_label (label, "");
      steward_cell_set_tooltip (GTK_WIDGET (label), NULL);
      set_style (GTK_WIDGET (label), NULL);
      return;
    }

  name = steward_period_format (steward_objective_get_frequency (objective), &period->start, get_calendar (self));
  if (period->has_value)
    {
      g_autofree char *value = steward_format_value (period->value, NULL);
      g_autofree char *with_unit = steward_format_value (period->value, steward_objective_get_kpi_unit (objective));

      gtk_label_set_label (label, value);
      /* TRANSLATORS: a cell's tooltip: the period, the value, and met or not */
      tooltip = g_strdup_printf (_("%s: %s, %s"), name, with_unit, steward_verdict_to_string (period->verdict));
      set_style (GTK_WIDGET (label), period->verdict == STEWARD_VERDICT_MET ? "success" :
                                     period->verdict == STEWARD_VERDICT_NOT_MET ? "error" : NULL);
    }
  else if (period->due)
    {
      gtk_label_set_label (label, _("due"));
      tooltip = g_strdup_printf (_("%s: not measured yet"), name);
      set_style (GTK_WIDGET (label), "warning");
    }
  else
    {
      gtk_label_set_label (label, "…");
      tooltip = g_strdup_printf (_("%s: the period has not ended"), name);
      set_style (GTK_WIDGET (label), "dim-label");
    }
  steward_cell_set_tooltip (GTK_WIDGET (label), tooltip);
}

static void
bind_cb (GtkSignalListItemFactory    *factory,
         GtkListItem                 *item,
         StewardMeasurementTablePage *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  StewardEvaluation *evaluation = gtk_list_item_get_item (item);
  StewardObjective *objective = steward_evaluation_get_objective (evaluation);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autoptr(GDate) year_end = g_date_new_dmy (31, G_DATE_DECEMBER, self->year);
  g_autofree char *text = NULL;
  StewardPerson *owner;
  StewardVerdict verdict;

  switch (column)
    {
    case COLUMN_OBJECTIVE:
      gtk_label_set_label (label, steward_objective_get_statement (objective));
      break;

    case COLUMN_INDICATOR:
      gtk_label_set_label (label, steward_objective_get_kpi_name (objective));
      break;

    case COLUMN_TARGET:
      text = steward_evaluation_dup_target_text (evaluation, year_end);
      gtk_label_set_label (label, text);
      break;

    case COLUMN_YEAR:
      verdict = steward_evaluation_get_year_verdict (evaluation, self->year);
      gtk_label_set_label (label, steward_verdict_to_string (verdict));
      set_style (GTK_WIDGET (label), verdict == STEWARD_VERDICT_MET ? "success" :
                                     verdict == STEWARD_VERDICT_NOT_MET ? "error" :
                                     verdict == STEWARD_VERDICT_INCOMPLETE ? "warning" : "dim-label");
      break;

    case COLUMN_OWNER:
      owner = steward_objective_get_owner_id (objective) > 0 && self->people != NULL
            ? steward_record_list_find (self->people, steward_objective_get_owner_id (objective), NULL) : NULL;
      gtk_label_set_label (label, owner != NULL ? steward_person_get_name (owner) : "");
      break;

    case COLUMN_NOTES:
      gtk_label_set_label (label, steward_objective_get_notes (objective));
      break;

    default:
      bind_month (self, label, evaluation, column - COLUMN_MONTH_1 + 1);
      break;
    }
}

static void
add_columns (StewardMeasurementTablePage *self)
{
  static const char * const titles[] = {
    [COLUMN_OBJECTIVE] = N_("Objective"),
    [COLUMN_INDICATOR] = N_("Indicator"),
    [COLUMN_TARGET] = N_("Target"),
    [COLUMN_YEAR] = N_("Year"),
    [COLUMN_OWNER] = N_("Owner"),
    [COLUMN_NOTES] = N_("Notes"),
  };

  for (guint column = 0; column < N_COLUMNS; column++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      const char *title = column >= COLUMN_MONTH_1 && column <= COLUMN_MONTH_12
                        ? month_titles[column - COLUMN_MONTH_1] : titles[column];

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
      view_column = gtk_column_view_column_new (_(title), factory);
      gtk_column_view_column_set_expand (view_column, column == COLUMN_OBJECTIVE);
      gtk_column_view_column_set_resizable (view_column, column < COLUMN_MONTH_1 || column > COLUMN_MONTH_12);
      gtk_column_view_append_column (self->column_view, view_column);
    }
}

static void
update_summary (StewardMeasurementTablePage *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);
  guint met = 0, not_met = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardEvaluation) evaluation = g_list_model_get_item (model, i);
      StewardVerdict verdict = steward_evaluation_get_year_verdict (evaluation, self->year);

      met += verdict == STEWARD_VERDICT_MET;
      not_met += verdict == STEWARD_VERDICT_NOT_MET;
    }

  /* TRANSLATORS: the table's summary for a year */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u objective: %u met the year, %u did not",
                                          "%u objectives: %u met the year, %u did not", n),
                             n, met, not_met);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");
}

static void
refresh (StewardMeasurementTablePage *self)
{
  if (self->filtered == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* Rows that stay are bound again for the other year. */
  gtk_column_view_set_model (self->column_view, NULL);
  gtk_column_view_set_model (self->column_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))));
  update_summary (self);
}

static void
fill_years (StewardMeasurementTablePage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  int first = g_date_get_year (today);
  int last = g_date_get_year (today);
  GListModel *model = G_LIST_MODEL (self->evaluations);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StewardEvaluation) evaluation = g_list_model_get_item (model, i);
      GDate *start = steward_objective_get_start_date (steward_evaluation_get_objective (evaluation));

      if (start != NULL && g_date_valid (start))
        first = MIN (first, (int) g_date_get_year (start));
    }

  g_signal_handlers_block_matched (self->year_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_string_list_splice (self->years, 0, g_list_model_get_n_items (G_LIST_MODEL (self->years)), NULL);
  for (int year = last; year >= first; year--)
    {
      g_autofree char *text = get_calendar (self) == STEWARD_CALENDAR_ROC
                            /* TRANSLATORS: a year in the ROC calendar, 民國 */
                            ? g_strdup_printf (_("%d (ROC %d)"), year, steward_date_roc_year (year))
                            : g_strdup_printf ("%d", year);

      gtk_string_list_append (self->years, text);
      if (year == self->year)
        selected = last - year;
    }
  if (self->year < first || self->year > last)
    self->year = last;
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  g_signal_handlers_unblock_matched (self->year_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
on_year_changed_cb (GtkDropDown                 *dropdown,
                    GParamSpec                  *pspec,
                    StewardMeasurementTablePage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  self->year = g_date_get_year (today) - (int) selected;
  refresh (self);
}

static void
on_evaluations_changed_cb (GListModel                  *model,
                           guint                        position,
                           guint                        removed,
                           guint                        added,
                           StewardMeasurementTablePage *self)
{
  fill_years (self);
  refresh (self);
}

/**
 * steward_measurement_table_page_set_year:
 *
 * Shows the table of @year.
 */
void
steward_measurement_table_page_set_year (StewardMeasurementTablePage *self,
                                         int                          year)
{
  g_return_if_fail (STEWARD_IS_MEASUREMENT_TABLE_PAGE (self));

  self->year = year;
  if (self->evaluations != NULL)
    fill_years (self);
  refresh (self);
}

int
steward_measurement_table_page_get_year (StewardMeasurementTablePage *self)
{
  g_return_val_if_fail (STEWARD_IS_MEASUREMENT_TABLE_PAGE (self), 0);

  return self->year;
}

static GHashTable *
dup_owner_names (StewardMeasurementTablePage *self)
{
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->people)); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);
      gint64 *id = g_new (gint64, 1);

      *id = steward_record_get_id (STEWARD_RECORD (person));
      g_hash_table_insert (names, id, g_strdup (steward_person_get_name (person)));
    }

  return names;
}

/* The options of an export or a print, with the strings they point to. */
typedef struct
{
  StewardMeasurementTableOptions  options;
  char                           *document_number;
  char                           *version;
  GHashTable                     *owner_names;
} Options;

static void
options_init (StewardMeasurementTablePage *self,
              Options                     *options)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));

  *options = (Options) { 0 };
  options->document_number = steward_database_dup_meta (db, DOCUMENT_NUMBER_KEY);
  options->version = steward_database_dup_meta (db, VERSION_KEY);
  options->owner_names = dup_owner_names (self);
  options->options.document_number = options->document_number;
  options->options.version = options->version;
  options->options.year = self->year;
  options->options.calendar = get_calendar (self);
  options->options.owner_names = options->owner_names;
}

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->document_number, g_free);
  g_clear_pointer (&options->version, g_free);
  g_clear_pointer (&options->owner_names, g_hash_table_unref);
}

static void
on_export_response_cb (GtkNativeDialog             *chooser,
                       int                          response,
                       StewardMeasurementTablePage *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->evaluations != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GPtrArray) all = steward_evaluation_list_dup_all (self->evaluations);
      g_autoptr(GError) error = NULL;
      Options options;

      options_init (self, &options);
      if (path == NULL || !steward_measurement_table_export (all, path, &options.options, &error))
        steward_show_message (GTK_WIDGET (self), error ? error->message : _("The table could not be exported."));
      else
        steward_show_message (GTK_WIDGET (self), _("The table was exported."));
      options_clear (&options);
    }

  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardMeasurementTablePage *self = STEWARD_MEASUREMENT_TABLE_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->evaluations == NULL)
    return;

  /* TRANSLATORS: the file name of the exported table; %d is the year */
  name = g_strdup_printf (_("ISMS effectiveness measurement table %d.%s"), self->year,
                          g_variant_get_string (param, NULL));
  self->chooser = gtk_file_chooser_native_new (_("Export the Measurement Table"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  StewardMeasurementTablePage *self = STEWARD_MEASUREMENT_TABLE_PAGE (widget);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  Options options;

  if (self->evaluations == NULL)
    return;

  all = steward_evaluation_list_dup_all (self->evaluations);
  options_init (self, &options);
  if (!steward_measurement_table_print (GTK_WINDOW (gtk_widget_get_root (widget)), all, &options.options, &error))
    steward_show_message (widget, error->message);
  options_clear (&options);
}

static void
drop_database (StewardMeasurementTablePage *self)
{
  if (self->evaluations != NULL)
    g_signal_handlers_disconnect_by_func (self->evaluations, on_evaluations_changed_cb, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->evaluations);
  g_clear_object (&self->people);
}

static void
steward_measurement_table_page_database_changed (StewardPage     *page,
                                                 StewardDatabase *db)
{
  StewardMeasurementTablePage *self = STEWARD_MEASUREMENT_TABLE_PAGE (page);

  drop_database (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.export", db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.print", db != NULL);
  if (db == NULL)
    return;

  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  self->evaluations = steward_evaluation_list_new (db);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->evaluations)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect (self->evaluations, "items-changed", G_CALLBACK (on_evaluations_changed_cb), self);
  fill_years (self);
  refresh (self);
}

static void
on_calendar_changed_cb (GSettings                   *settings,
                        const char                  *key,
                        StewardMeasurementTablePage *self)
{
  if (self->evaluations == NULL)
    return;

  fill_years (self);
  refresh (self);
}

static void
steward_measurement_table_page_dispose (GObject *object)
{
  StewardMeasurementTablePage *self = (StewardMeasurementTablePage *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  drop_database (self);
  g_clear_object (&self->filter);
  g_clear_object (&self->years);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (steward_measurement_table_page_parent_class)->dispose (object);
}

static void
steward_measurement_table_page_class_init (StewardMeasurementTablePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_measurement_table_page_dispose;
  page_class->database_changed = steward_measurement_table_page_database_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-measurement-table-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardMeasurementTablePage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StewardMeasurementTablePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StewardMeasurementTablePage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardMeasurementTablePage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_year_changed_cb);

  gtk_widget_class_install_action (widget_class, "table.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "table.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "table.print", NULL);
}

static void
steward_measurement_table_page_init (StewardMeasurementTablePage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->year = g_date_get_year (today);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->years = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (self->years));
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar",
                           G_CALLBACK (on_calendar_changed_cb), self, 0);
  add_columns (self);
}
