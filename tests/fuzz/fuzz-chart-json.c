/* fuzz-chart-json.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A chart block of the minutes (widgets/steward-chart-json.c) with any
 * bytes: parsed, made into a plot, its extent and its axes measured and
 * the plot drawn, large and as a sparkline, on a recording surface; its
 * tooltip and its summary for screen readers written. */

#include "config.h"

#include <cairo.h>
#include <json-glib/json-glib.h>

#include "widgets/steward-chart-json.h"
#include "steward-fuzz.h"

static void
draw (StewardChartPlot *plot,
      double            width,
      double            height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  StewardChartPalette palette;

  steward_chart_palette_init_light (&palette);
  palette.font = "Sans 8";
  steward_chart_plot_draw (plot, cr, width, height, &palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
steward_fuzz_chart_json (const guint8 *data,
                         gsize         size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(StewardChartPlot) plot = NULL;
  double x_min, x_max, y_min, y_max;
  JsonNode *root;

  steward_fuzz_init ();
  if (!json_parser_load_from_data (parser, (const char *)data, (gssize)size, NULL))
    return 0;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  plot = steward_chart_plot_new_from_json (json_node_get_object (root));
  if (plot == NULL)
    return 0;

  if (steward_chart_plot_get_extent (plot, &x_min, &x_max, &y_min, &y_max))
    {
      g_assert_true (x_min <= x_max);
      g_assert_true (y_min <= y_max);
    }
  draw (plot, 480, 260);
  draw (plot, 60, 16);
  g_free (steward_chart_plot_dup_tooltip (plot, 480, 260, 240, 130));
  g_free (steward_chart_plot_dup_summary (plot));

  return 0;
}
