/* steward-chart-json.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart-json"

#include "config.h"

#include <math.h>

#include "steward-bar-layer.h"
#include "steward-chart-json.h"
#include "steward-line-layer.h"
#include "steward-target-layer.h"

/* A chart block of the minutes (the format is in logic/steward-minutes.h)
 * as a plot. The document keeps numbers and words only, so that issued
 * minutes draw the same chart whatever the app's chart code becomes. */

/* A document is data from a file: a chart of a million labels is a
 * broken document, not a chart to draw. */
#define MAX_LABELS 240

static double
number_at (JsonArray *array,
           guint      i)
{
  JsonNode *node;

  if (array == NULL || i >= json_array_get_length (array))
    return NAN;

  node = json_array_get_element (array, i);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || !JSON_NODE_HOLDS_VALUE (node))
    return NAN;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
    case G_TYPE_BOOLEAN:
      return json_node_get_double (node);

    default:
      return NAN;
    }
}

static const char *
string_at (JsonArray *array,
           guint      i)
{
  JsonNode *node;

  if (array == NULL || i >= json_array_get_length (array))
    return NULL;

  node = json_array_get_element (array, i);
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

static StewardChartPointState
state_from_string (const char *state)
{
  if (g_strcmp0 (state, "met") == 0)
    return STEWARD_CHART_POINT_MET;
  if (g_strcmp0 (state, "missed") == 0)
    return STEWARD_CHART_POINT_MISSED;
  return STEWARD_CHART_POINT_NORMAL;
}

/* The side of the target a good value lies on, open on the other, as
 * steward-objective-plot.c draws it. */
static void
target_bounds (const char *direction,
               double      low,
               double      high,
               double     *bound_low,
               double     *bound_high)
{
  if (g_strcmp0 (direction, "at-least") == 0)
    {
      *bound_low = isnan (low) ? high : low;
      *bound_high = INFINITY;
    }
  else if (g_strcmp0 (direction, "at-most") == 0)
    {
      *bound_low = -INFINITY;
      *bound_high = isnan (high) ? low : high;
    }
  else
    {
      *bound_low = isnan (low) ? -INFINITY : low;
      *bound_high = isnan (high) ? INFINITY : high;
    }
}

static StewardChartLayer *
new_target_layer (JsonObject *block,
                  guint       n_labels)
{
  JsonArray *lows = member_array (block, "target_low");
  JsonArray *highs = member_array (block, "target_high");
  const char *direction = member_string (block, "direction");
  g_autoptr(StewardChartLayer) layer = NULL;
  double last_low = NAN;
  double last_high = NAN;
  gboolean any = FALSE;

  if (lows == NULL && highs == NULL)
    return NULL;

  layer = steward_target_layer_new ();
  for (guint x = 0; x < n_labels; x++)
    {
      double low = number_at (lows, x);
      double high = number_at (highs, x);
      double bound_low = -INFINITY;
      double bound_high = INFINITY;

      if (!isnan (low) || !isnan (high))
        {
          target_bounds (direction, low, high, &bound_low, &bound_high);
          any = TRUE;
        }
      /* A document with its bounds the wrong way round: the band between. */
      if (bound_low > bound_high)
        {
          double swap = bound_low;

          bound_low = bound_high;
          bound_high = swap;
        }

      /* A step where the target changes; one without bounds where there
       * is none. */
      if (bound_low != last_low || bound_high != last_high)
        {
          steward_target_layer_add_step (STEWARD_TARGET_LAYER (layer), x, bound_low, bound_high);
          last_low = bound_low;
          last_high = bound_high;
        }
    }

  return any ? g_steal_pointer (&layer) : NULL;
}

/**
 * steward_chart_plot_new_from_json:
 * @block: a block of the minutes
 *
 * Returns: (transfer full) (nullable): the chart of @block: its target
 *   layer first (under the data), then a line or bar layer per series;
 *   the bars of several series side by side, with a legend
 */
StewardChartPlot *
steward_chart_plot_new_from_json (JsonObject *block)
{
  g_autoptr(StewardChartPlot) plot = NULL;
  g_autoptr(StewardChartLayer) target = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  JsonArray *label_array;
  JsonArray *series_array;
  const char *caption;
  const char *unit;
  gboolean bars;
  guint n_labels;
  guint n_bars = 0;
  guint bar_index = 0;
  /* Bars of counts: whole numbers from zero, never ticks of 0.2. */
  gboolean counts;
  double highest = 0;

  g_return_val_if_fail (block != NULL, NULL);

  if (g_strcmp0 (member_string (block, "type"), "chart") != 0)
    return NULL;

  label_array = member_array (block, "labels");
  series_array = member_array (block, "series");
  n_labels = label_array != NULL ? MIN (json_array_get_length (label_array), MAX_LABELS) : 0;
  bars = g_strcmp0 (member_string (block, "style"), "bar") == 0;
  counts = bars;

  plot = steward_chart_plot_new ();
  steward_chart_plot_set_style (plot, STEWARD_CHART_STYLE_FULL);

  caption = member_string (block, "caption");
  if (caption != NULL && *caption != '\0')
    steward_chart_plot_set_title (plot, caption);
  unit = member_string (block, "unit");
  if (unit != NULL && *unit != '\0')
    steward_chart_plot_set_y_unit (plot, unit);

  labels = g_ptr_array_new ();
  for (guint x = 0; x < n_labels; x++)
    {
      const char *label = string_at (label_array, x);

      g_ptr_array_add (labels, (gpointer)(label != NULL ? label : ""));
    }
  g_ptr_array_add (labels, NULL);
  steward_chart_plot_set_x_labels (plot, (const char * const *)labels->pdata);

  /* The bars of several series stand side by side, each in its colour. */
  for (guint s = 0; bars && series_array != NULL && s < json_array_get_length (series_array); s++)
    n_bars += JSON_NODE_HOLDS_OBJECT (json_array_get_element (series_array, s));

  target = new_target_layer (block, n_labels);
  if (target != NULL)
    steward_chart_plot_add_layer (plot, target);

  for (guint s = 0; series_array != NULL && s < json_array_get_length (series_array); s++)
    {
      JsonNode *node = json_array_get_element (series_array, s);
      g_autoptr(StewardChartSeries) series = NULL;
      g_autoptr(StewardChartLayer) layer = NULL;
      JsonObject *object;
      JsonArray *values;
      JsonArray *states;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      object = json_node_get_object (node);
      name = member_string (object, "name");
      values = member_array (object, "values");
      states = member_array (object, "states");

      series = steward_chart_series_new (name != NULL ? name : "");
      for (guint x = 0; x < n_labels; x++)
        {
          double value = number_at (values, x);

          steward_chart_series_add_point (series, x, value, g_ptr_array_index (labels, x),
                                          state_from_string (string_at (states, x)));
          if (!isnan (value))
            {
              counts = counts && value >= 0 && value == floor (value);
              highest = MAX (highest, value);
            }
        }

      if (bars)
        {
          layer = steward_bar_layer_new (series);
          steward_bar_layer_set_group (STEWARD_BAR_LAYER (layer), bar_index++, n_bars);
        }
      else
        layer = steward_line_layer_new (series);
      steward_chart_plot_add_layer (plot, layer);
    }

  /* A count too large for a double ("1e999") is infinite: no range. */
  if (counts && isfinite (highest) && target == NULL && (unit == NULL || *unit == '\0'))
    steward_chart_plot_set_y_range (plot, 0, MAX (highest, 4));

  return g_steal_pointer (&plot);
}
