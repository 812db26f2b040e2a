/* bench-charts.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long the charts take to draw, as the app draws them, into a cairo
 * image surface the size of a window (1000 × 700), without a display:
 *
 *   overview  50 sparklines of 120 months, each with its target, and one
 *             bar chart of 120 values (the share of objectives met);
 *   trend     one full chart of 120 months, a target band that changes
 *             twice, met and missed points, axes and labels.
 *
 * Each is drawn N times after a warm-up; the median and 95th percentile
 * are printed beside the 60 Hz frame budget and our goal. The data are
 * made up here (a fixed seed); the database comes later.
 *
 *   bench-charts [--frames N] [--png DIR]
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib.h>

#include "widgets/steward-bar-layer.h"
#include "widgets/steward-chart-plot.h"
#include "widgets/steward-line-layer.h"
#include "widgets/steward-target-layer.h"

#define WIDTH         1000
#define HEIGHT        700
#define N_MONTHS      120
#define N_SPARKLINES  50
#define WARM_UP       10
#define BUDGET_60HZ   16.7
#define GOAL          4.0

typedef struct
{
  StewardChartPlot *sparklines[N_SPARKLINES];
  StewardChartPlot *bars;
  StewardChartPlot *trend;
} Charts;

static char **
month_labels (void)
{
  char **labels = g_new0 (char *, N_MONTHS + 1);

  for (guint i = 0; i < N_MONTHS; i++)
    labels[i] = g_strdup_printf ("%04u-%02u", 2015 + i / 12, 1 + i % 12);

  return labels;
}

/* A measure that wanders around @level, met when within the target of its
 * month. */
static StewardChartSeries *
make_series (GRand              *rand,
             const char         *name,
             char              **labels,
             double              level,
             double              spread,
             StewardTargetLayer *target)
{
  StewardChartSeries *series = steward_chart_series_new (name);
  double value = level;

  for (guint i = 0; i < N_MONTHS; i++)
    {
      StewardChartPointState state = STEWARD_CHART_POINT_NORMAL;
      double low, high;

      value += g_rand_double_range (rand, -spread, spread);
      value = CLAMP (value, level - 4 * spread, level + 2 * spread);
      if (steward_target_layer_get_target (target, i, &low, &high))
        state = value >= low && value <= high ? STEWARD_CHART_POINT_MET : STEWARD_CHART_POINT_MISSED;
      steward_chart_series_add_point (series, i, value, labels[i], state);
    }

  return series;
}

static void
charts_init (Charts *charts)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240601);
  g_auto(GStrv) labels = month_labels ();
  g_autoptr(StewardChartSeries) share = steward_chart_series_new ("Objectives met");

  for (guint i = 0; i < N_SPARKLINES; i++)
    {
      g_autofree char *name = g_strdup_printf ("Objective %u", i + 1);
      double target = 90 + i % 9;
      g_autoptr(StewardChartLayer) goal = steward_target_layer_new ();
      g_autoptr(StewardChartSeries) series = NULL;
      g_autoptr(StewardChartLayer) line = NULL;

      steward_target_layer_add_step (STEWARD_TARGET_LAYER (goal), 0, target, INFINITY);
      series = make_series (rand, name, labels, target + 0.5, 0.4, STEWARD_TARGET_LAYER (goal));
      line = steward_line_layer_new (series);
      steward_line_layer_set_show_points (STEWARD_LINE_LAYER (line), FALSE);
      charts->sparklines[i] = steward_chart_plot_new ();
      steward_chart_plot_set_style (charts->sparklines[i], STEWARD_CHART_STYLE_SPARKLINE);
      steward_chart_plot_set_y_unit (charts->sparklines[i], "%");
      steward_chart_plot_add_layer (charts->sparklines[i], goal);
      steward_chart_plot_add_layer (charts->sparklines[i], line);
    }

  for (guint i = 0; i < N_MONTHS; i++)
    {
      double value = round (g_rand_double_range (rand, 55, 100));

      steward_chart_series_add_point (share, i, value, labels[i],
                                      value >= 80 ? STEWARD_CHART_POINT_MET : STEWARD_CHART_POINT_MISSED);
    }

  {
    g_autoptr(StewardChartLayer) bars = steward_bar_layer_new (share);
    g_autoptr(StewardChartLayer) goal = steward_target_layer_new ();

    steward_target_layer_add_step (STEWARD_TARGET_LAYER (goal), 0, 80, INFINITY);
    charts->bars = steward_chart_plot_new ();
    steward_chart_plot_set_x_labels (charts->bars, (const char * const *)labels);
    steward_chart_plot_set_y_unit (charts->bars, "%");
    steward_chart_plot_set_y_range (charts->bars, 0, 100);
    steward_chart_plot_add_layer (charts->bars, goal);
    steward_chart_plot_add_layer (charts->bars, bars);
  }

  {
    g_autoptr(StewardChartLayer) goal = steward_target_layer_new ();
    g_autoptr(StewardChartSeries) series = NULL;
    g_autoptr(StewardChartLayer) line = NULL;

    /* At least 99 %, then within a range, then at least 99.5 %. */
    steward_target_layer_add_step (STEWARD_TARGET_LAYER (goal), 0, 99.0, INFINITY);
    steward_target_layer_add_step (STEWARD_TARGET_LAYER (goal), 42, 99.2, 99.8);
    steward_target_layer_add_step (STEWARD_TARGET_LAYER (goal), 84, 99.5, INFINITY);
    series = make_series (rand, "Availability", labels, 99.4, 0.12, STEWARD_TARGET_LAYER (goal));
    line = steward_line_layer_new (series);
    charts->trend = steward_chart_plot_new ();
    steward_chart_plot_set_title (charts->trend, "Availability");
    steward_chart_plot_set_x_labels (charts->trend, (const char * const *)labels);
    steward_chart_plot_set_y_unit (charts->trend, "%");
    steward_chart_plot_add_layer (charts->trend, goal);
    steward_chart_plot_add_layer (charts->trend, line);
  }
}

static void
charts_clear (Charts *charts)
{
  for (guint i = 0; i < N_SPARKLINES; i++)
    g_clear_object (&charts->sparklines[i]);
  g_clear_object (&charts->bars);
  g_clear_object (&charts->trend);
}

static void
clear_surface (cairo_t                   *cr,
               const StewardChartPalette *palette)
{
  cairo_set_source_rgba (cr, palette->background.red, palette->background.green,
                         palette->background.blue, 1);
  cairo_paint (cr);
}

/* The objectives page: the bar chart on top, then one row of sparklines
 * per objective, five to a row. */
static void
draw_overview (Charts                    *charts,
               cairo_t                   *cr,
               const StewardChartPalette *palette)
{
  clear_surface (cr, palette);
  steward_chart_plot_draw (charts->bars, cr, WIDTH, 240, palette);

  for (guint i = 0; i < N_SPARKLINES; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, 40 + (i % 5) * 192, 260 + (i / 5) * 44);
      steward_chart_plot_draw (charts->sparklines[i], cr, 120, 24, palette);
      cairo_restore (cr);
    }
}

static void
draw_trend (Charts                    *charts,
            cairo_t                   *cr,
            const StewardChartPalette *palette)
{
  clear_surface (cr, palette);
  steward_chart_plot_draw (charts->trend, cr, WIDTH, HEIGHT, palette);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
run (const char                *name,
     Charts                    *charts,
     void                     (*draw) (Charts *, cairo_t *, const StewardChartPalette *),
     guint                      n_frames,
     const char                *png_dir)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autofree double *times = g_new (double, n_frames);
  StewardChartPalette palette;

  steward_chart_palette_init_light (&palette);
  palette.font = "Noto Sans CJK TC 9";

  for (guint i = 0; i < WARM_UP; i++)
    draw (charts, cr, &palette);
  cairo_surface_flush (surface);

  for (guint i = 0; i < n_frames; i++)
    {
      gint64 start = g_get_monotonic_time ();

      draw (charts, cr, &palette);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, n_frames, sizeof (double), compare_doubles);
  g_print ("%s: median %.2f ms, p95 %.2f ms (60 Hz frame budget %.1f ms; goal %.0f ms)\n",
           name, times[n_frames / 2], times[MIN (n_frames - 1, (guint)ceil (n_frames * 0.95) - 1)],
           BUDGET_60HZ, GOAL);

  if (png_dir != NULL)
    {
      g_autofree char *file = g_strdup_printf ("bench-%s.png", name);
      g_autofree char *path = g_build_filename (png_dir, file, NULL);

      cairo_surface_write_to_png (surface, path);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *png_dir = NULL;
  int n_frames = 200;
  GOptionEntry entries[] = {
    { "frames", 'n', 0, G_OPTION_ARG_INT, &n_frames, "Frames to time (200)", "N" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_dir, "Write the last frames as PNG there", "DIR" },
    { NULL }
  };
  Charts charts = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  n_frames = MAX (n_frames, 1);

  charts_init (&charts);
  run ("overview", &charts, draw_overview, n_frames, png_dir);
  run ("trend", &charts, draw_trend, n_frames, png_dir);
  charts_clear (&charts);

  return EXIT_SUCCESS;
}
