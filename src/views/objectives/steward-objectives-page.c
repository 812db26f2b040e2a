/* steward-objectives-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objectives-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-evaluation-list.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-objective-detail.h"
#include "steward-objective-editor.h"
#include "steward-objectives-page.h"
#include "widgets/steward-chart.h"
#include "widgets/steward-objective-plot.h"
#include "widgets/steward-progressive.h"

/* The objectives tracker (procedure 5.6): a glance at how many are on
 * target, a row per objective with its sparkline, latest value and
 * status, and the share of objectives met per quarter. A row opens the
 * objective with its trend chart, measurements, targets and plans. */
struct _StewardObjectivesPage
{
  StewardPage            parent_instance;

  StewardEvaluationList *evaluations;
  StewardRecordList     *people;
  GtkFilterListModel    *filtered;
  GtkCustomFilter       *filter;
  GSettings             *settings;

  /* Template widgets */
  GtkStack              *stack;
  GtkStack              *list_stack;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *status_dropdown;
  GtkListBox            *list_box;
  GtkLabel              *met_count;
  GtkLabel              *missed_count;
  GtkLabel              *due_count;
  StewardChart          *share_chart;
  StewardObjectiveDetail *detail;
};

G_DEFINE_FINAL_TYPE (StewardObjectivesPage, steward_objectives_page, STEWARD_TYPE_PAGE)

enum {
  SHOW_ALL,
  SHOW_OFF_TARGET,
  SHOW_DUE,
  SHOW_ON_TARGET,
};

static StewardCalendar
get_calendar (StewardObjectivesPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static const char *
owner_name (StewardObjectivesPage *self,
            StewardObjective      *objective)
{
  StewardPerson *owner = NULL;

  if (self->people != NULL && steward_objective_get_owner_id (objective) > 0)
    owner = steward_record_list_find (self->people, steward_objective_get_owner_id (objective), NULL);

  return owner != NULL ? steward_person_get_name (owner) : NULL;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;

  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  StewardObjectivesPage *self = user_data;
  StewardEvaluation *evaluation = item;
  StewardObjective *objective = steward_evaluation_get_objective (evaluation);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const StewardPeriodResult *latest = steward_evaluation_get_latest (evaluation);

  switch (gtk_drop_down_get_selected (self->status_dropdown))
    {
    case SHOW_OFF_TARGET:
      if (!steward_evaluation_is_off_target (evaluation))
        return FALSE;
      break;

    case SHOW_DUE:
      if (steward_evaluation_count_due (evaluation) == 0)
        return FALSE;
      break;

    case SHOW_ON_TARGET:
      if (latest == NULL || latest->verdict != STEWARD_VERDICT_MET)
        return FALSE;
      break;

    default:
      break;
    }

  if (text != NULL && text[0] != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);

      return contains_casefold (steward_objective_get_statement (objective), needle) ||
             contains_casefold (steward_objective_get_kpi_name (objective), needle) ||
             contains_casefold (steward_objective_get_policy_goal (objective), needle) ||
             contains_casefold (owner_name (self, objective), needle);
    }

  return TRUE;
}

/* The status of an objective as a short word in a coloured pill. */
static GtkWidget *
make_status_label (StewardEvaluation *evaluation)
{
  const StewardPeriodResult *latest = steward_evaluation_get_latest (evaluation);
  guint n_due = steward_evaluation_count_due (evaluation);
  GtkWidget *label;

  if (latest != NULL && latest->verdict == STEWARD_VERDICT_NOT_MET)
    {
      label = gtk_label_new (_("Off target"));
      gtk_widget_add_css_class (label, "error");
    }
  else if (latest != NULL && latest->verdict == STEWARD_VERDICT_MET)
    {
      label = gtk_label_new (_("On target"));
      gtk_widget_add_css_class (label, "success");
    }
  else
    {
      label = gtk_label_new (_("No data"));
      gtk_widget_add_css_class (label, "dim-label");
    }
  gtk_widget_add_css_class (label, "caption-heading");

  if (n_due > 0)
    {
      g_autofree char *due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u due", "%u due", n_due), n_due);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *due_label = gtk_label_new (due);

      gtk_widget_add_css_class (due_label, "warning");
      gtk_widget_add_css_class (due_label, "caption");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), due_label);
      return box;
    }

  return label;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  StewardObjectivesPage *self = user_data;
  StewardEvaluation *evaluation = item;
  StewardObjective *objective = steward_evaluation_get_objective (evaluation);
  const StewardPeriodResult *latest = steward_evaluation_get_latest (evaluation);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GDate) from = g_date_copy (today);
  g_autoptr(StewardChartPlot) plot = NULL;
  g_autofree char *target = steward_evaluation_dup_target_text (evaluation, today);
  g_autofree char *subtitle = NULL;
  g_autofree char *value = NULL;
  const char *owner = owner_name (self, objective);
  GtkWidget *row, *chart, *value_label, *status_box;

  row = adw_action_row_new ();
  gtk_widget_set_name (row, "objective-row");
  g_object_set_data (G_OBJECT (row), "objective-id",
                     GINT_TO_POINTER (steward_record_get_id (STEWARD_RECORD (objective))));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_objective_get_statement (objective));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  /* TRANSLATORS: the indicator, its target, and the objective's owner */
  subtitle = owner != NULL ? g_strdup_printf (_("%s · target %s · %s"),
                                              steward_objective_get_kpi_name (objective), target, owner)
                           : g_strdup_printf (_("%s · target %s"),
                                              steward_objective_get_kpi_name (objective), target);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  /* The last three years at a glance. */
  g_date_subtract_years (from, 3);
  plot = steward_objective_plot_new (evaluation, from, today, get_calendar (self), STEWARD_CHART_STYLE_SPARKLINE);
  chart = steward_chart_new ();
  steward_chart_set_plot (STEWARD_CHART (chart), plot);
  gtk_widget_set_size_request (chart, 120, 36);
  gtk_widget_set_valign (chart, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chart);

  value = latest != NULL ? steward_format_value (latest->value, steward_objective_get_kpi_unit (objective))
                         : g_strdup ("—");
  value_label = gtk_label_new (value);
  gtk_label_set_width_chars (GTK_LABEL (value_label), 8);
  gtk_label_set_xalign (GTK_LABEL (value_label), 1);
  gtk_widget_add_css_class (value_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);

  status_box = make_status_label (evaluation);
  gtk_widget_set_size_request (status_box, 72, -1);
  gtk_widget_set_valign (status_box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_box);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
update_glance (StewardObjectivesPage *self)
{
  GListModel *model = G_LIST_MODEL (self->evaluations);
  guint n = g_list_model_get_n_items (model);
  guint met = 0, missed = 0, due = 0;
  g_autofree char *met_text = NULL, *missed_text = NULL, *due_text = NULL;
  g_autoptr(GPtrArray) all = steward_evaluation_list_dup_all (self->evaluations);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GDate) from = g_date_copy (today);
  g_autoptr(GArray) shares = NULL;
  g_autoptr(StewardChartPlot) plot = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardEvaluation) evaluation = g_list_model_get_item (model, i);
      const StewardPeriodResult *latest = steward_evaluation_get_latest (evaluation);

      if (latest != NULL && latest->verdict == STEWARD_VERDICT_MET)
        met++;
      else if (latest != NULL && latest->verdict == STEWARD_VERDICT_NOT_MET)
        missed++;
      due += steward_evaluation_count_due (evaluation);
    }

  met_text = g_strdup_printf ("%u", met);
  missed_text = g_strdup_printf ("%u", missed);
  due_text = g_strdup_printf ("%u", due);
  gtk_label_set_label (self->met_count, met_text);
  gtk_label_set_label (self->missed_count, missed_text);
  gtk_label_set_label (self->due_count, due_text);

  g_date_subtract_years (from, 3);
  shares = steward_evaluations_share_met (all, STEWARD_FREQUENCY_QUARTERLY, from, today);
  plot = steward_share_met_plot_new (shares, STEWARD_FREQUENCY_QUARTERLY, get_calendar (self));
  steward_chart_set_plot (self->share_chart, plot);
}

static void
update_list_stack (StewardObjectivesPage *self)
{
  if (self->evaluations == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->evaluations)) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "objectives");
}

static void
on_evaluations_changed_cb (GListModel            *model,
                           guint                  position,
                           guint                  removed,
                           guint                  added,
                           StewardObjectivesPage *self)
{
  update_glance (self);
  update_list_stack (self);
}

static void
on_filtered_changed_cb (GListModel            *model,
                        guint                  position,
                        guint                  removed,
                        guint                  added,
                        StewardObjectivesPage *self)
{
  update_list_stack (self);
}

static void
refilter (StewardObjectivesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed_cb (GtkSearchEntry        *entry,
                      StewardObjectivesPage *self)
{
  refilter (self);
}

static void
on_status_changed_cb (GtkDropDown           *dropdown,
                      GParamSpec            *pspec,
                      StewardObjectivesPage *self)
{
  refilter (self);
}

static void
show_objective (StewardObjectivesPage *self,
                gint64                 objective_id)
{
  if (self->evaluations == NULL || steward_evaluation_list_find (self->evaluations, objective_id) == NULL)
    return;

  steward_objective_detail_show (self->detail, objective_id);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
on_row_activated_cb (GtkListBox            *list,
                     GtkListBoxRow         *row,
                     StewardObjectivesPage *self)
{
  show_objective (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "objective-id")));
}

static void
on_detail_back_cb (StewardObjectiveDetail *detail,
                   StewardObjectivesPage  *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_box));
}

static void
on_editor_close_cb (GtkWindow             *editor,
                    StewardObjectivesPage *self)
{
  StewardObjective *objective = steward_objective_editor_get_objective (STEWARD_OBJECTIVE_EDITOR (editor));
  gint64 id = steward_record_get_id (STEWARD_RECORD (objective));

  if (id > 0)
    show_objective (self, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  StewardObjectivesPage *self = STEWARD_OBJECTIVES_PAGE (widget);
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));
  StewardObjectiveEditor *editor;

  if (db == NULL || steward_database_is_read_only (db))
    return;

  editor = steward_objective_editor_new (db, NULL, G_LIST_MODEL (self->people));
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (editor, "close-request", G_CALLBACK (on_editor_close_cb), self, G_CONNECT_AFTER);
  gtk_window_present (GTK_WINDOW (editor));
}

/* A row with its subtitle is 56 pixels at least; two rows, with their
 * charts, are made in well under a frame. */
#define ROW_HEIGHT 56
#define ROWS_PER_FRAME 2

/* The rows that fill the screen come in the first frame, the others in
 * the frames after it: each row, with its chart, costs a few milliseconds. */
static void
bind_rows (StewardObjectivesPage *self)
{
  g_autoptr(GListModel) rows = steward_progressive_model_new (GTK_WIDGET (self->list_box),
                                                              G_LIST_MODEL (self->filtered),
                                                              ROW_HEIGHT, ROWS_PER_FRAME, G_MAXUINT);

  gtk_list_box_bind_model (self->list_box, rows, create_row_cb, self, NULL);
}

static void
drop_database (StewardObjectivesPage *self)
{
  if (self->evaluations != NULL)
    g_signal_handlers_disconnect_by_func (self->evaluations, on_evaluations_changed_cb, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_func (self->filtered, on_filtered_changed_cb, self);
  steward_progressive_finish (GTK_WIDGET (self->list_box));
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->filtered);
  g_clear_object (&self->evaluations);
  g_clear_object (&self->people);
}

static void
steward_objectives_page_database_changed (StewardPage     *page,
                                          StewardDatabase *db)
{
  StewardObjectivesPage *self = STEWARD_OBJECTIVES_PAGE (page);

  drop_database (self);
  steward_objective_detail_set_database (self->detail, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (db == NULL)
    return;

  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  self->evaluations = steward_evaluation_list_new (db);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->evaluations)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect (self->evaluations, "items-changed", G_CALLBACK (on_evaluations_changed_cb), self);
  g_signal_connect (self->filtered, "items-changed", G_CALLBACK (on_filtered_changed_cb), self);
  bind_rows (self);
  steward_objective_detail_set_database (self->detail, db, self->evaluations, self->people);

  update_glance (self);
  update_list_stack (self);
}

static void
steward_objectives_page_show_record (StewardPage *page,
                                     gint64       id)
{
  show_objective (STEWARD_OBJECTIVES_PAGE (page), id);
}

static void
on_calendar_changed_cb (GSettings             *settings,
                        const char            *key,
                        StewardObjectivesPage *self)
{
  if (self->evaluations == NULL)
    return;

  /* The rows show periods in the calendar: make them again. */
  update_glance (self);
  bind_rows (self);
}

/**
 * steward_objectives_page_get_detail:
 *
 * Returns: (transfer none): the view of one objective
 */
StewardObjectiveDetail *
steward_objectives_page_get_detail (StewardObjectivesPage *self)
{
  g_return_val_if_fail (STEWARD_IS_OBJECTIVES_PAGE (self), NULL);

  return self->detail;
}

static void
steward_objectives_page_dispose (GObject *object)
{
  StewardObjectivesPage *self = (StewardObjectivesPage *)object;

  drop_database (self);
  g_clear_object (&self->filter);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (steward_objectives_page_parent_class)->dispose (object);
}

static void
steward_objectives_page_class_init (StewardObjectivesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_objectives_page_dispose;
  page_class->database_changed = steward_objectives_page_database_changed;
  page_class->show_record = steward_objectives_page_show_record;

  g_type_ensure (STEWARD_TYPE_CHART);
  g_type_ensure (STEWARD_TYPE_OBJECTIVE_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-objectives-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, met_count);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, missed_count);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, due_count);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, share_chart);
  gtk_widget_class_bind_template_child (widget_class, StewardObjectivesPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_back_cb);

  gtk_widget_class_install_action (widget_class, "objectives.new", NULL, new_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "objectives.new", NULL);
}

static void
steward_objectives_page_init (StewardObjectivesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar",
                           G_CALLBACK (on_calendar_changed_cb), self, 0);
}
