/* steward-risk-results-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-risk-results-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-record-list.h"
#include "steward-findings-util.h"
#include "steward-risk-results-page.h"
#include "widgets/steward-register-util.h"

/* Findings > Risks: the results of the risk assessments and where their
 * treatment plans stand (5.4.2.6), for the management review: the risks
 * by level, and the plan's items done and late on a bar. A plan with
 * late items is marked; the latest assessment is summed up above the
 * list. */
struct _StewardRiskResultsPage
{
  StewardPage          parent_instance;

  StewardRecordList   *results;
  GSettings           *settings;
  StewardCells        *cells;

  GtkSearchEntry      *search_entry;
  GtkToggleButton     *late_button;
  GtkWidget           *add_button;
  GtkWidget           *export_button;
  GtkWidget           *summary_bar;
  GtkLabel            *summary_label;
  GtkLabel            *due_badge;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkStringFilter     *search_filter;
  GtkCustomFilter     *choice_filter;
  GtkCustomSorter     *assessed_sorter;
  GtkCustomSorter     *plan_sorter;
  GtkColumnViewColumn *assessed_column;
  GtkColumnViewColumn *high_column;
  GtkColumnViewColumn *medium_column;
  GtkColumnViewColumn *low_column;
  GtkColumnViewColumn *plan_column;
};

G_DEFINE_FINAL_TYPE (StewardRiskResultsPage, steward_risk_results_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardRiskResultsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static StewardCalendar
get_calendar (StewardRiskResultsPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static char *
format_date (StewardRiskResultsPage *self,
             const GDate            *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return steward_date_format (date, get_calendar (self));
}

/* The search and the filter */

static char *
result_search_text (GObject    *item,
                    const char *scope,
                    const char *summary,
                    const char *notes)
{
  return g_strjoin ("\n", scope ?: "", summary ?: "", notes ?: "", NULL);
}

static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardRiskResultsPage *self = user_data;

  return !gtk_toggle_button_get_active (self->late_button) || steward_risk_result_get_plan_late (item) > 0;
}

static int
assessed_sorter_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  GDate *date_a = steward_risk_result_get_assessed_on (STEWARD_RISK_RESULT ((gpointer) a));
  GDate *date_b = steward_risk_result_get_assessed_on (STEWARD_RISK_RESULT ((gpointer) b));

  if (date_a == NULL || date_b == NULL)
    return (date_a == NULL) - (date_b == NULL);

  return g_date_compare (date_a, date_b);
}

static double
share_done (StewardRiskResult *result)
{
  int planned = steward_risk_result_get_plan_planned (result);

  return planned > 0 ? CLAMP ((double) steward_risk_result_get_plan_done (result) / planned, 0, 1) : 0;
}

/* By the share of the plan done. */
static int
plan_sorter_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  double share_a = share_done (STEWARD_RISK_RESULT ((gpointer) a));
  double share_b = share_done (STEWARD_RISK_RESULT ((gpointer) b));

  return (share_a > share_b) - (share_a < share_b);
}

/* Cells */

static GtkWidget *
setup_label_cell (gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static GtkWidget *
setup_count_cell (gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
update_assessed_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  g_autofree char *text = format_date (user_data, steward_risk_result_get_assessed_on (item));

  gtk_label_set_label (GTK_LABEL (child), text);
}

static void
set_count (GtkWidget *label,
           int        count)
{
  g_autofree char *text = g_strdup_printf ("%d", count);

  gtk_label_set_label (GTK_LABEL (label), text);
}

static void
update_high_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  set_count (child, steward_risk_result_get_n_high (item));
  if (steward_risk_result_get_n_high (item) > 0)
    gtk_widget_add_css_class (child, "error");
  else
    gtk_widget_remove_css_class (child, "error");
}

static void
update_medium_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  set_count (child, steward_risk_result_get_n_medium (item));
}

static void
update_low_cell (GtkWidget *child,
                 gpointer   item,
                 gpointer   user_data)
{
  set_count (child, steward_risk_result_get_n_low (item));
}

/* A bar of the share done, "7/10", and a badge while items are late. */
static GtkWidget *
setup_plan_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, "warning");
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_plan_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  GtkWidget *bar = gtk_widget_get_first_child (child);
  GtkWidget *label = gtk_widget_get_next_sibling (bar);
  GtkWidget *badge = gtk_widget_get_next_sibling (label);
  int late = steward_risk_result_get_plan_late (item);
  g_autofree char *text = NULL;
  g_autofree char *late_text = NULL;
  g_autofree char *tooltip = NULL;

  text = g_strdup_printf ("%d/%d", steward_risk_result_get_plan_done (item), steward_risk_result_get_plan_planned (item));
  /* TRANSLATORS: a badge: how many items of a risk treatment plan are late */
  late_text = g_strdup_printf (_("%d late"), late);
  /* TRANSLATORS: where the risk treatment plan stands */
  tooltip = g_strdup_printf (_("%d of %d done, %d late"), steward_risk_result_get_plan_done (item),
                             steward_risk_result_get_plan_planned (item), late);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), share_done (item));
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_label_set_label (GTK_LABEL (badge), late_text);
  gtk_widget_set_visible (badge, late > 0);
  steward_cell_set_tooltip (child, tooltip);
}

/* What the page shows around the list */

/* The latest assessment, summed up. */
static void
update_summary (StewardRiskResultsPage *self)
{
  GListModel *results = G_LIST_MODEL (self->results);
  guint n = results != NULL ? g_list_model_get_n_items (results) : 0;
  g_autoptr(StewardRiskResult) latest = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->summary_bar, n > 0);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardRiskResult) result = g_list_model_get_item (results, i);

      if (latest == NULL || assessed_sorter_cb (result, latest, NULL) > 0)
        g_set_object (&latest, result);
    }

  date = format_date (self, steward_risk_result_get_assessed_on (latest));
  /* TRANSLATORS: the line above the risk assessment results; %s is a date */
  text = g_strdup_printf (_("Latest assessment, %s: %d high, %d medium and %d low risks; treatment plan %d of %d done, %d late."),
                          date, steward_risk_result_get_n_high (latest), steward_risk_result_get_n_medium (latest),
                          steward_risk_result_get_n_low (latest), steward_risk_result_get_plan_done (latest),
                          steward_risk_result_get_plan_planned (latest), steward_risk_result_get_plan_late (latest));
  gtk_label_set_label (self->summary_label, text);

  /* TRANSLATORS: a badge: the latest risk treatment plan has late items */
  gtk_label_set_label (self->due_badge, _("Late"));
  gtk_widget_set_visible (GTK_WIDGET (self->due_badge), steward_risk_result_get_plan_late (latest) > 0);
}

static void
update_stack (StewardRiskResultsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->results),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardRiskResultsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks.delete-selected", writable && selected);
  steward_findings_update_export (GTK_WIDGET (self), "risks.export", self->export_button);
}

static void
on_items_changed_cb (GListModel             *model,
                     guint                   position,
                     guint                   removed,
                     guint                   added,
                     StewardRiskResultsPage *self)
{
  update_stack (self);
}

static void
on_results_changed_cb (GListModel             *model,
                       guint                   position,
                       guint                   removed,
                       guint                   added,
                       StewardRiskResultsPage *self)
{
  update_summary (self);
  update_stack (self);
}

/* A result edited in place is the same object with new values. */
static void
on_table_changed_cb (StewardDatabase        *db,
                     const char * const     *tables,
                     StewardRiskResultsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_late_toggled_cb (GtkToggleButton        *button,
                    StewardRiskResultsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_selection_changed_cb (GtkSingleSelection     *selection,
                         GParamSpec             *pspec,
                         StewardRiskResultsPage *self)
{
  update_actions (self);
}

static void
on_calendar_changed_cb (GSettings              *settings,
                        const char             *key,
                        StewardRiskResultsPage *self)
{
  steward_cells_refresh (self->cells);
  update_summary (self);
}

/* Deleting, with undo */

/**
 * steward_risk_results_page_delete_result:
 *
 * Deletes @result and shows a toast that can undo it.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the
 *   result could not be deleted (a toast then says why)
 */
AdwToast *
steward_risk_results_page_delete_result (StewardRiskResultsPage *self,
                                         StewardRiskResult      *result)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  g_return_val_if_fail (STEWARD_IS_RISK_RESULTS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_RISK_RESULT (result), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  g_ptr_array_add (records, result);

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records,
                                            _("Risk assessment result deleted"));
}

/* The editor */

static void
on_delete_requested_cb (StewardRiskResultEditor *editor,
                        StewardRiskResult       *result,
                        StewardRiskResultsPage  *self)
{
  steward_risk_results_page_delete_result (self, result);
}

/**
 * steward_risk_results_page_open_editor:
 * @result: (nullable): the result to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the editor, shown; %NULL when the
 *   database cannot be written
 */
StewardRiskResultEditor *
steward_risk_results_page_open_editor (StewardRiskResultsPage *self,
                                       StewardRiskResult      *result)
{
  StewardRiskResultEditor *editor;

  g_return_val_if_fail (STEWARD_IS_RISK_RESULTS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_risk_result_editor_new (get_database (self), result);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView          *column_view,
                guint                   position,
                StewardRiskResultsPage *self)
{
  g_autoptr(StewardRiskResult) result = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (result != NULL)
    steward_risk_results_page_open_editor (self, result);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_risk_results_page_open_editor (STEWARD_RISK_RESULTS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardRiskResultsPage *self = STEWARD_RISK_RESULTS_PAGE (widget);
  StewardRiskResult *result = gtk_single_selection_get_selected_item (self->selection);

  if (result != NULL)
    steward_risk_results_page_delete_result (self, result);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_RISK_RESULTS_PAGE (widget)->search_entry));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  steward_findings_ask_export (widget, "risk-results", _("Export the Risk Assessment Results"),
                               /* TRANSLATORS: the name of the exported file, without extension */
                               _("Risk assessment results"), g_variant_get_string (param, NULL));
}

/* The database */

static void
drop_database (StewardRiskResultsPage *self)
{
  if (self->results != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->results, on_results_changed_cb, self);
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->results),
                                            on_table_changed_cb, self);
    }
  g_clear_object (&self->results);
}

static void
steward_risk_results_page_database_changed (StewardPage     *page,
                                            StewardDatabase *db)
{
  StewardRiskResultsPage *self = STEWARD_RISK_RESULTS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_query_order_by (query, "assessed_on", TRUE);
      self->results = steward_record_list_new (db, STEWARD_TYPE_RISK_RESULT, query);
      g_signal_connect (self->results, "items-changed", G_CALLBACK (on_results_changed_cb), self);
      /* After the list's own handler, which reads the rows again. */
      g_signal_connect_object (db, "changed::risk_result", G_CALLBACK (on_table_changed_cb), self, 0);
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->results));
  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardRiskResultsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_toggle_button_set_active (self->late_button, FALSE);
}

/* Brings a result into view: the filters that hide it are cleared, the
 * row is selected and scrolled to; nothing opens. */
static void
steward_risk_results_page_show_record (StewardPage *page,
                                       gint64       id)
{
  StewardRiskResultsPage *self = STEWARD_RISK_RESULTS_PAGE (page);

  if (self->results == NULL || steward_record_list_find (self->results, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_risk_results_page_get_visible_model:
 *
 * Returns: (transfer none): the results as shown: searched, filtered and
 *   sorted
 */
GListModel *
steward_risk_results_page_get_visible_model (StewardRiskResultsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_RISK_RESULTS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_risk_results_page_set_search (StewardRiskResultsPage *self,
                                      const char             *text)
{
  g_return_if_fail (STEWARD_IS_RISK_RESULTS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

void
steward_risk_results_page_set_late_only (StewardRiskResultsPage *self,
                                         gboolean                late_only)
{
  g_return_if_fail (STEWARD_IS_RISK_RESULTS_PAGE (self));

  gtk_toggle_button_set_active (self->late_button, late_only);
}

GtkWidget *
steward_risk_results_page_new (void)
{
  return g_object_new (STEWARD_TYPE_RISK_RESULTS_PAGE, NULL);
}

static void
steward_risk_results_page_dispose (GObject *object)
{
  StewardRiskResultsPage *self = (StewardRiskResultsPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  /* The selection empties as the column view goes, after the buttons. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_risk_results_page_parent_class)->dispose (object);
}

static void
steward_risk_results_page_finalize (GObject *object)
{
  StewardRiskResultsPage *self = (StewardRiskResultsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);

  G_OBJECT_CLASS (steward_risk_results_page_parent_class)->finalize (object);
}

static void
steward_risk_results_page_class_init (StewardRiskResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_risk_results_page_dispose;
  object_class->finalize = steward_risk_results_page_finalize;
  page_class->database_changed = steward_risk_results_page_database_changed;
  page_class->show_record = steward_risk_results_page_show_record;

  g_type_ensure (STEWARD_TYPE_RISK_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-risk-results-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardRiskResultsPage, name)
  CHILD (search_entry);
  CHILD (late_button);
  CHILD (add_button);
  CHILD (export_button);
  CHILD (summary_bar);
  CHILD (summary_label);
  CHILD (due_badge);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (search_filter);
  CHILD (choice_filter);
  CHILD (assessed_sorter);
  CHILD (plan_sorter);
  CHILD (assessed_column);
  CHILD (high_column);
  CHILD (medium_column);
  CHILD (low_column);
  CHILD (plan_column);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_late_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "risks.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "risks.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "risks.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "risks.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "risks.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "risks.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "risks.delete-selected", NULL);
}

static void
steward_risk_results_page_init (StewardRiskResultsPage *self)
{
  g_autoptr(GtkExpression) search = NULL;
  GtkExpression *params[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  params[0] = gtk_property_expression_new (STEWARD_TYPE_RISK_RESULT, NULL, "scope");
  params[1] = gtk_property_expression_new (STEWARD_TYPE_RISK_RESULT, NULL, "summary");
  params[2] = gtk_property_expression_new (STEWARD_TYPE_RISK_RESULT, NULL, "notes");
  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 3, params,
                                        G_CALLBACK (result_search_text), NULL, NULL);
  gtk_string_filter_set_expression (self->search_filter, search);
  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);
  gtk_custom_sorter_set_sort_func (self->assessed_sorter, assessed_sorter_cb, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->plan_sorter, plan_sorter_cb, NULL, NULL);

  self->cells = steward_cells_new (self);
  steward_cells_set_column (self->cells, self->assessed_column, setup_label_cell, update_assessed_cell);
  steward_cells_set_column (self->cells, self->high_column, setup_count_cell, update_high_cell);
  steward_cells_set_column (self->cells, self->medium_column, setup_count_cell, update_medium_cell);
  steward_cells_set_column (self->cells, self->low_column, setup_count_cell, update_low_cell);
  steward_cells_set_column (self->cells, self->plan_column, setup_plan_cell, update_plan_cell);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->assessed_column, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  update_actions (self);
  update_stack (self);
}
