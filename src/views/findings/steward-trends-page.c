/* steward-trends-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-trends-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "logic/steward-objectives.h"
#include "model/steward-finding.h"
#include "model/steward-record-list.h"
#include "steward-trends-page.h"
#include "widgets/steward-bar-layer.h"
#include "widgets/steward-chart.h"
#include "widgets/steward-line-layer.h"

/* Findings > Trends: the trends of nonconformities and corrective actions
 * the management review looks at (5.4.2.4.1), per quarter of the last
 * three years: the findings raised, closed, and still open at each
 * quarter's end, a chart each, and the same by grading in a table. The
 * counts are steward_findings_trend()'s; the page follows the findings as
 * they change, and the calendar the quarters are named in. */

/* Twelve quarters: the one holding today and the eleven before. */
#define N_QUARTERS 12

struct _StewardTrendsPage
{
  StewardPage        parent_instance;

  StewardRecordList *findings;
  GSettings         *settings;
  GArray            *trend;   /* StewardFindingTrend */
  GDate             *today;   /* %NULL for the real today */

  GtkStack          *stack;
  GtkLabel          *summary_label;
  StewardChart      *opened_chart;
  StewardChart      *closed_chart;
  StewardChart      *open_chart;
  GtkGrid           *grading_grid;
};

G_DEFINE_FINAL_TYPE (StewardTrendsPage, steward_trends_page, STEWARD_TYPE_PAGE)

static StewardCalendar
get_calendar (StewardTrendsPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static guint
measure_of (const StewardFindingTrend *period,
            StewardTrendMeasure        measure)
{
  switch (measure)
    {
    case STEWARD_TREND_OPENED:
      return period->n_opened;
    case STEWARD_TREND_CLOSED:
      return period->n_closed;
    case STEWARD_TREND_OPEN_AT_END:
    default:
      return period->n_open_at_end;
    }
}

/* One measure over the quarters: bars for what happened in a quarter, a
 * line for what stands at its end. */
static StewardChartPlot *
make_plot (StewardTrendsPage   *self,
           StewardTrendMeasure  measure,
           const char          *title)
{
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new ();
  g_autoptr(StewardChartSeries) series = steward_chart_series_new (title);
  g_autoptr(StewardChartLayer) layer = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint highest = 0;

  steward_chart_plot_set_title (plot, title);

  for (guint i = 0; i < self->trend->len; i++)
    {
      const StewardFindingTrend *period = &g_array_index (self->trend, StewardFindingTrend, i);
      char *label = steward_period_format (STEWARD_FREQUENCY_QUARTERLY, &period->start, get_calendar (self));
      guint value = measure_of (period, measure);

      g_ptr_array_add (labels, label);
      steward_chart_series_add_point (series, i, value, label, STEWARD_CHART_POINT_NORMAL);
      highest = MAX (highest, value);
    }
  g_ptr_array_add (labels, NULL);
  steward_chart_plot_set_x_labels (plot, (const char * const *) labels->pdata);
  /* Counts: whole steps from zero, never a scale of tenths. */
  steward_chart_plot_set_y_range (plot, 0, MAX (highest, 4));

  if (measure == STEWARD_TREND_OPEN_AT_END)
    {
      layer = steward_line_layer_new (series);
      steward_line_layer_set_show_points (STEWARD_LINE_LAYER (layer), TRUE);
    }
  else
    layer = steward_bar_layer_new (series);
  steward_chart_plot_add_layer (plot, layer);

  return g_steal_pointer (&plot);
}

/* The table by grading */

static GtkWidget *
make_cell (const char *text,
           float       xalign,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);

  return label;
}

static GtkWidget *
make_count (guint count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  GtkWidget *label = make_cell (text, 1, "numeric");

  if (count == 0)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* A row of headings, then a row a quarter: raised, closed and open at
 * its end, each by grading. */
static void
fill_grading_grid (StewardTrendsPage *self)
{
  const char *groups[] = {
    /* TRANSLATORS: a heading of the table of findings by grading */
    C_("trend", "Raised"),
    /* TRANSLATORS: a heading of the table of findings by grading */
    C_("trend", "Closed"),
    /* TRANSLATORS: a heading of the table of findings by grading */
    C_("trend", "Open at Quarter End"),
  };
  /* Short, so that the table fits: the full name is the tooltip. */
  const char *short_names[STEWARD_N_GRADINGS] = {
    /* TRANSLATORS: a column of the table of findings by grading: major
     * nonconformities */
    C_("grading", "Major"),
    /* TRANSLATORS: a column of the table of findings by grading: minor
     * nonconformities */
    C_("grading", "Minor"),
    /* TRANSLATORS: a column of the table of findings by grading:
     * observations */
    C_("grading", "Obs."),
  };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grading_grid))) != NULL)
    gtk_grid_remove (self->grading_grid, child);

  /* TRANSLATORS: the heading of the first column of the table of
   * findings by grading */
  gtk_grid_attach (self->grading_grid, make_cell (C_("trend", "Quarter"), 0, "heading"), 0, 1, 1, 1);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      gtk_grid_attach (self->grading_grid, make_cell (groups[g], 0.5, "heading"), 1 + g * STEWARD_N_GRADINGS, 0,
                       STEWARD_N_GRADINGS, 1);
      for (StewardGrading grading = 0; grading < STEWARD_N_GRADINGS; grading++)
        {
          GtkWidget *heading = make_cell (short_names[grading], 1, "caption");

          gtk_widget_set_tooltip_text (heading, steward_grading_to_string (grading));
          gtk_grid_attach (self->grading_grid, heading, 1 + g * STEWARD_N_GRADINGS + grading, 1, 1, 1);
        }
    }

  for (guint i = 0; i < self->trend->len; i++)
    {
      const StewardFindingTrend *period = &g_array_index (self->trend, StewardFindingTrend, i);
      g_autofree char *name = steward_period_format (STEWARD_FREQUENCY_QUARTERLY, &period->start, get_calendar (self));
      const guint *counts[] = { period->opened, period->closed, period->open_at_end };

      gtk_grid_attach (self->grading_grid, make_cell (name, 0, "numeric"), 0, 2 + i, 1, 1);
      for (guint g = 0; g < G_N_ELEMENTS (counts); g++)
        for (guint grading = 0; grading < STEWARD_N_GRADINGS; grading++)
          gtk_grid_attach (self->grading_grid, make_count (counts[g][grading]),
                           1 + g * STEWARD_N_GRADINGS + grading, 2 + i, 1, 1);
    }
}

/* The whole page */

static void
update_summary (StewardTrendsPage *self)
{
  const StewardFindingTrend *last;
  guint n_opened = 0, n_closed = 0;
  g_autofree char *counts = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->trend->len; i++)
    {
      n_opened += g_array_index (self->trend, StewardFindingTrend, i).n_opened;
      n_closed += g_array_index (self->trend, StewardFindingTrend, i).n_closed;
    }

  last = self->trend->len > 0 ? &g_array_index (self->trend, StewardFindingTrend, self->trend->len - 1) : NULL;

  /* TRANSLATORS: the first half of the line above the trends of findings */
  counts = g_strdup_printf (_("In the last three years, %u findings were raised and %u closed."), n_opened, n_closed);
  /* TRANSLATORS: %s is “In the last three years, … closed.”; then how
   * many findings are still open, and how many of them are major */
  text = g_strdup_printf (_("%s Open now: %u, major: %u."), counts,
                          last != NULL ? last->n_open_at_end : 0,
                          last != NULL ? last->open_at_end[STEWARD_GRADING_MAJOR] : 0);
  gtk_label_set_label (self->summary_label, text);
}

static void
update (StewardTrendsPage *self)
{
  g_autoptr(GDate) today = self->today != NULL ? g_date_copy (self->today) : steward_date_new_today ();
  g_autoptr(StewardChartPlot) opened = NULL;
  g_autoptr(StewardChartPlot) closed = NULL;
  g_autoptr(StewardChartPlot) open = NULL;
  GDate from;

  g_clear_pointer (&self->trend, g_array_unref);

  steward_period_start_of (STEWARD_FREQUENCY_QUARTERLY, today, &from);
  g_date_subtract_months (&from, 3 * (N_QUARTERS - 1));

  if (self->findings != NULL)
    self->trend = steward_findings_trend (G_LIST_MODEL (self->findings), STEWARD_FREQUENCY_QUARTERLY, &from, today);
  else
    self->trend = g_array_new (FALSE, TRUE, sizeof (StewardFindingTrend));

  /* TRANSLATORS: the title of the chart of the findings raised per quarter */
  opened = make_plot (self, STEWARD_TREND_OPENED, _("Findings raised"));
  /* TRANSLATORS: the title of the chart of the findings closed per quarter */
  closed = make_plot (self, STEWARD_TREND_CLOSED, _("Findings closed"));
  /* TRANSLATORS: the title of the chart of the findings open at each quarter's end */
  open = make_plot (self, STEWARD_TREND_OPEN_AT_END, _("Findings open at quarter end"));
  steward_chart_set_plot (self->opened_chart, opened);
  steward_chart_set_plot (self->closed_chart, closed);
  steward_chart_set_plot (self->open_chart, open);

  fill_grading_grid (self);
  update_summary (self);

  gtk_stack_set_visible_child_name (self->stack,
                                    self->findings != NULL &&
                                    g_list_model_get_n_items (G_LIST_MODEL (self->findings)) > 0
                                    ? "trends" : "empty");
}

static void
on_findings_changed_cb (GListModel        *model,
                        guint              position,
                        guint              removed,
                        guint              added,
                        StewardTrendsPage *self)
{
  update (self);
}

/* A finding closed in place is the same object with new dates. */
static void
on_table_changed_cb (StewardDatabase    *db,
                     const char * const *tables,
                     StewardTrendsPage  *self)
{
  update (self);
}

static void
on_calendar_changed_cb (GSettings         *settings,
                        const char        *key,
                        StewardTrendsPage *self)
{
  update (self);
}

/* The database */

static void
drop_database (StewardTrendsPage *self)
{
  if (self->findings != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->findings, on_findings_changed_cb, self);
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->findings),
                                            on_table_changed_cb, self);
    }
  g_clear_object (&self->findings);
}

static void
steward_trends_page_database_changed (StewardPage     *page,
                                      StewardDatabase *db)
{
  StewardTrendsPage *self = STEWARD_TRENDS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      self->findings = steward_record_list_new (db, STEWARD_TYPE_FINDING, NULL);
      g_signal_connect (self->findings, "items-changed", G_CALLBACK (on_findings_changed_cb), self);
      /* After the list's own handler, which reads the rows again. */
      g_signal_connect_object (db, "changed::finding", G_CALLBACK (on_table_changed_cb), self, 0);
    }

  update (self);
}

/* The trends show every finding: there is no row to bring into view. */
static void
steward_trends_page_show_record (StewardPage *page,
                                 gint64       id)
{
}

/* For tests and for the window */

/**
 * steward_trends_page_set_today:
 * @today: (nullable): the day the trends end with, or %NULL for today
 *
 * For tests: the trends as they were, or will be, on @today.
 */
void
steward_trends_page_set_today (StewardTrendsPage *self,
                               const GDate       *today)
{
  g_return_if_fail (STEWARD_IS_TRENDS_PAGE (self));

  g_clear_pointer (&self->today, g_date_free);
  if (today != NULL)
    self->today = g_date_copy (today);
  update (self);
}

/**
 * steward_trends_page_get_trend:
 *
 * Returns: (transfer none) (element-type StewardFindingTrend): the
 *   quarters shown, oldest first
 */
GArray *
steward_trends_page_get_trend (StewardTrendsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_TRENDS_PAGE (self), NULL);

  return self->trend;
}

/**
 * steward_trends_page_get_plot:
 *
 * Returns: (transfer none): the chart of @measure
 */
StewardChartPlot *
steward_trends_page_get_plot (StewardTrendsPage   *self,
                              StewardTrendMeasure  measure)
{
  StewardChart *charts[] = { self->opened_chart, self->closed_chart, self->open_chart };

  g_return_val_if_fail (STEWARD_IS_TRENDS_PAGE (self), NULL);
  g_return_val_if_fail (measure <= STEWARD_TREND_OPEN_AT_END, NULL);

  return steward_chart_get_plot (charts[measure]);
}

GtkWidget *
steward_trends_page_new (void)
{
  return g_object_new (STEWARD_TYPE_TRENDS_PAGE, NULL);
}

static void
steward_trends_page_dispose (GObject *object)
{
  StewardTrendsPage *self = (StewardTrendsPage *)object;

  drop_database (self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_trends_page_parent_class)->dispose (object);
}

static void
steward_trends_page_finalize (GObject *object)
{
  StewardTrendsPage *self = (StewardTrendsPage *)object;

  g_clear_pointer (&self->trend, g_array_unref);
  g_clear_pointer (&self->today, g_date_free);

  G_OBJECT_CLASS (steward_trends_page_parent_class)->finalize (object);
}

static void
steward_trends_page_class_init (StewardTrendsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_trends_page_dispose;
  object_class->finalize = steward_trends_page_finalize;
  page_class->database_changed = steward_trends_page_database_changed;
  page_class->show_record = steward_trends_page_show_record;

  g_type_ensure (STEWARD_TYPE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-trends-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardTrendsPage, name)
  CHILD (stack);
  CHILD (summary_label);
  CHILD (opened_chart);
  CHILD (closed_chart);
  CHILD (open_chart);
  CHILD (grading_grid);
#undef CHILD
}

static void
steward_trends_page_init (StewardTrendsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  update (self);
}
