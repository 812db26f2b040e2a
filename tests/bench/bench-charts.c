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
 * the large sample (50 objectives, ten years of monthly values), read
 * and evaluated by the app's own code.
 *
 *   bench-charts [--frames N] [--png DIR]
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib.h>

#include <glib/gstdio.h>

#include "logic/steward-date.h"
#include "logic/steward-objectives.h"
#include "logic/steward-sample-data.h"
#include "widgets/steward-chart-plot.h"
#include "widgets/steward-objective-plot.h"

#define WIDTH         1000
#define HEIGHT        700
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

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* The charts of the Objectives place, made as the app makes them, from
 * the large sample data in a temporary database. */
static void
charts_init (Charts *charts)
{
  g_autofree char *dir = g_dir_make_tmp ("steward-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.db", NULL);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GDate) from = g_date_copy (today);
  g_autoptr(GArray) shares = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  if (db == NULL || !steward_sample_data_fill (db, STEWARD_SAMPLE_LARGE, &error))
    g_error ("The large sample data could not be made: %s", error->message);

  start = g_get_monotonic_time ();
  evaluations = steward_evaluations_load (db, today, &error);
  if (evaluations == NULL)
    g_error ("The objectives could not be read: %s", error->message);
  g_print ("load: %u objectives evaluated in %.1f ms\n", evaluations->len,
           (g_get_monotonic_time () - start) / 1000.0);
  g_assert (evaluations->len >= N_SPARKLINES);

  /* Every value of the ten years, as the tracker's rows show them. */
  for (guint i = 0; i < N_SPARKLINES; i++)
    charts->sparklines[i] = steward_objective_plot_new (g_ptr_array_index (evaluations, i), NULL, NULL,
                                                        STEWARD_CALENDAR_ROC, STEWARD_CHART_STYLE_SPARKLINE);

  g_date_subtract_years (from, 10);
  shares = steward_evaluations_share_met (evaluations, STEWARD_FREQUENCY_MONTHLY, from, today);
  charts->bars = steward_share_met_plot_new (shares, STEWARD_FREQUENCY_MONTHLY, STEWARD_CALENDAR_ROC);
  charts->trend = steward_objective_plot_new (g_ptr_array_index (evaluations, 0), NULL, NULL,
                                              STEWARD_CALENDAR_ROC, STEWARD_CHART_STYLE_FULL);

  steward_database_close (db);
  remove_tree (dir);
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
