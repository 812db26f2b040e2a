/* steward-objective-plot.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objective-plot"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-bar-layer.h"
#include "steward-line-layer.h"
#include "steward-objective-plot.h"
#include "steward-target-layer.h"

/* The one place that turns an objective's evaluation into a chart: the
 * Objectives views draw it in a widget, the measurement table in its PDF
 * and on paper, the review minutes in theirs. So they all show the same
 * periods, the same targets and the same verdicts. */

/* Ten years of months: a wrong date must not make a chart of a thousand
 * years. */
#define MAX_PERIODS 120

static void
clamp_to_objective (StewardObjective *objective,
                    StewardFrequency  frequency,
                    GDate            *first,
                    GDate            *last)
{
  GDate *start = steward_objective_get_start_date (objective);
  GDate *end = steward_objective_get_end_date (objective);
  GDate bound;

  if (start != NULL && g_date_valid (start))
    {
      steward_period_start_of (frequency, start, &bound);
      if (g_date_compare (first, &bound) < 0)
        *first = bound;
    }

  if (end != NULL && g_date_valid (end))
    {
      steward_period_start_of (frequency, end, &bound);
      if (g_date_compare (last, &bound) > 0)
        *last = bound;
    }
}

/* The first and last period the chart shows: @from and @to when given,
 * otherwise the evaluated periods, and never outside the objective's
 * active period. FALSE when there is nothing to show. */
static gboolean
find_range (StewardEvaluation *evaluation,
            StewardFrequency   frequency,
            const GDate       *from,
            const GDate       *to,
            GDate             *first,
            GDate             *last)
{
  guint n_periods = steward_evaluation_get_n_periods (evaluation);

  g_date_clear (first, 1);
  g_date_clear (last, 1);

  if (from != NULL && g_date_valid (from))
    steward_period_start_of (frequency, from, first);
  else if (n_periods > 0)
    *first = steward_evaluation_get_period (evaluation, 0)->start;

  if (to != NULL && g_date_valid (to))
    steward_period_start_of (frequency, to, last);
  else if (n_periods > 0)
    *last = steward_evaluation_get_period (evaluation, n_periods - 1)->start;

  if (!g_date_valid (first) || !g_date_valid (last))
    return FALSE;

  clamp_to_objective (steward_evaluation_get_objective (evaluation), frequency, first, last);

  return g_date_compare (first, last) <= 0;
}

/* The target as the chart draws it: the side a good value lies on, open
 * on the other. */
static void
target_bounds (StewardDirection  direction,
               double            low,
               double            high,
               double           *bound_low,
               double           *bound_high)
{
  switch (direction)
    {
    case STEWARD_DIRECTION_AT_LEAST:
      *bound_low = low;
      *bound_high = INFINITY;
      break;

    case STEWARD_DIRECTION_AT_MOST:
      *bound_low = -INFINITY;
      *bound_high = high;
      break;

    case STEWARD_DIRECTION_WITHIN:
    default:
      *bound_low = low;
      *bound_high = high;
      break;
    }
}

static StewardChartPointState
state_of (const StewardPeriodResult *result)
{
  switch (result->verdict)
    {
    case STEWARD_VERDICT_MET:
      return STEWARD_CHART_POINT_MET;

    case STEWARD_VERDICT_NOT_MET:
      return STEWARD_CHART_POINT_MISSED;

    case STEWARD_VERDICT_NO_DATA:
    case STEWARD_VERDICT_INCOMPLETE:
    default:
      return STEWARD_CHART_POINT_NORMAL;
    }
}

/**
 * steward_objective_plot_new:
 * @evaluation: the objective with its periods
 * @from: (nullable): a day in the first period to show; the first
 *   evaluated period with %NULL
 * @to: (nullable): a day in the last period to show; the last evaluated
 *   period (the one holding today) with %NULL
 * @calendar: how the periods are named on the x axis
 * @style: a full chart or a sparkline
 *
 * The measured values as a line, each marked met or missed, over the
 * target of each period; a period without a value breaks the line. The
 * periods of @from to @to that are not evaluated yet (after today) are
 * shown empty, with their target, so that a year's chart is a year wide.
 *
 * Returns: (transfer full): the chart, titled with the KPI's name
 */
StewardChartPlot *
steward_objective_plot_new (StewardEvaluation *evaluation,
                            const GDate       *from,
                            const GDate       *to,
                            StewardCalendar    calendar,
                            StewardChartStyle  style)
{
  StewardObjective *objective;
  StewardFrequency frequency;
  StewardDirection direction;
  const char *unit;
  g_autoptr(StewardChartPlot) plot = NULL;
  g_autoptr(StewardChartSeries) series = NULL;
  g_autoptr(StewardChartLayer) line = NULL;
  g_autoptr(StewardChartLayer) target = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  double last_low = NAN;
  double last_high = NAN;
  GDate first, last, start;
  guint x = 0;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (evaluation), NULL);

  objective = steward_evaluation_get_objective (evaluation);
  frequency = steward_objective_get_frequency (objective);
  direction = steward_objective_get_direction (objective);
  unit = steward_objective_get_kpi_unit (objective);

  plot = steward_chart_plot_new ();
  steward_chart_plot_set_style (plot, style);
  steward_chart_plot_set_title (plot, steward_objective_get_kpi_name (objective));
  if (unit != NULL && *unit != '\0')
    steward_chart_plot_set_y_unit (plot, unit);

  series = steward_chart_series_new (steward_objective_get_kpi_name (objective));
  target = steward_target_layer_new ();

  if (find_range (evaluation, frequency, from, to, &first, &last))
    {
      for (start = first; g_date_compare (&start, &last) <= 0 && x < MAX_PERIODS; x++)
        {
          int index = steward_evaluation_find_period (evaluation, &start);
          const StewardPeriodResult *result = index >= 0 ? steward_evaluation_get_period (evaluation, index) : NULL;
          char *label = steward_period_format (frequency, &start, calendar);
          double low, high, bound_low = -INFINITY, bound_high = INFINITY;
          gboolean has_target;

          g_ptr_array_add (labels, label);

          if (result != NULL && result->has_value)
            steward_chart_series_add_point (series, x, result->value, label, state_of (result));
          else
            steward_chart_series_add_point (series, x, NAN, label, STEWARD_CHART_POINT_NORMAL);

          if (result != NULL)
            {
              has_target = result->has_target;
              low = result->low;
              high = result->high;
            }
          else
            has_target = steward_evaluation_get_target_on (evaluation, &start, &low, &high);

          if (has_target)
            target_bounds (direction, low, high, &bound_low, &bound_high);

          /* A step where the target changes, and one with no bounds where
           * there is none (before the first target was set). */
          if (bound_low != last_low || bound_high != last_high)
            {
              steward_target_layer_add_step (STEWARD_TARGET_LAYER (target), x, bound_low, bound_high);
              last_low = bound_low;
              last_high = bound_high;
            }

          steward_period_next (frequency, &start);
        }
    }

  g_ptr_array_add (labels, NULL);
  steward_chart_plot_set_x_labels (plot, (const char * const *)labels->pdata);

  line = steward_line_layer_new (series);
  /* A sparkline marks its latest value only: a row's status says the rest,
   * and a hundred markers in 120 pixels say nothing. */
  steward_line_layer_set_show_points (STEWARD_LINE_LAYER (line), style != STEWARD_CHART_STYLE_SPARKLINE);
  steward_chart_plot_add_layer (plot, target);
  steward_chart_plot_add_layer (plot, line);

  return g_steal_pointer (&plot);
}

/**
 * steward_share_met_plot_new:
 * @shares: (element-type StewardShareMet): from
 *   steward_evaluations_share_met()
 * @frequency: the frequency @shares was counted by
 *
 * The share of the measured objectives that met their target, a bar per
 * period, on a scale of 0 to 100 %; a period where nothing was measured
 * has no bar. The bars are all of one colour: the share has no target of
 * its own.
 *
 * Returns: (transfer full): the chart
 */
StewardChartPlot *
steward_share_met_plot_new (GArray           *shares,
                            StewardFrequency  frequency,
                            StewardCalendar   calendar)
{
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new ();
  g_autoptr(StewardChartSeries) series = NULL;
  g_autoptr(StewardChartLayer) bars = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  /* TRANSLATORS: the title of the chart of the share of objectives that
   * met their target in each period */
  const char *title = _("Objectives met");

  g_return_val_if_fail (shares != NULL, NULL);

  steward_chart_plot_set_title (plot, title);
  steward_chart_plot_set_y_unit (plot, "%");
  steward_chart_plot_set_y_range (plot, 0, 100);

  series = steward_chart_series_new (title);
  for (guint i = 0; i < shares->len && i < MAX_PERIODS; i++)
    {
      const StewardShareMet *share = &g_array_index (shares, StewardShareMet, i);
      char *label = steward_period_format (frequency, &share->start, calendar);
      double percent = share->n_measured > 0 ? 100.0 * share->n_met / share->n_measured : NAN;

      g_ptr_array_add (labels, label);
      steward_chart_series_add_point (series, i, percent, label, STEWARD_CHART_POINT_NORMAL);
    }

  g_ptr_array_add (labels, NULL);
  steward_chart_plot_set_x_labels (plot, (const char * const *)labels->pdata);

  bars = steward_bar_layer_new (series);
  steward_chart_plot_add_layer (plot, bars);

  return g_steal_pointer (&plot);
}
