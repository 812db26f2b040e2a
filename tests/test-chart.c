/* test-chart.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The charts: nice ticks and extents; the drawing on a plain cairo image
 * surface in both palettes, read back pixel by pixel (met and missed
 * markers, a target band that changes, bars, the bars of two series side
 * by side with their legend, a sparkline without text);
 * tooltips and the summary; a PDF; the same drawing in a child process
 * without any display; and the widget in a real window, light and dark,
 * with its screenshots (chart-light.png, chart-dark.png) in the build
 * folder (STEWARD_TEST_OUTPUT). Runs under xvfb-run. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <cairo-pdf.h>

#include "steward-test-util.h"
#include "widgets/steward-bar-layer.h"
#include "widgets/steward-chart.h"
#include "widgets/steward-chart-json.h"
#include "widgets/steward-chart-plot.h"
#include "widgets/steward-line-layer.h"
#include "widgets/steward-target-layer.h"

#define WIDTH  640
#define HEIGHT 360

static const char *self_path;

/* Data */

/* 36 months of availability, 2022-01 to 2024-12, against "at least
 * 99.5 %": every sixth month 99.2 % and missed, the others 99.6 % and
 * met: 30 met, 6 not met, the last one missed. */
static StewardChartPlot *
make_trend_plot (void)
{
  g_autoptr(StewardChartSeries) series = steward_chart_series_new ("Availability");
  g_autoptr(StewardChartLayer) line = NULL;
  g_autoptr(StewardChartLayer) target = steward_target_layer_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  StewardChartPlot *plot = steward_chart_plot_new ();

  for (guint i = 0; i < 36; i++)
    {
      char *label = g_strdup_printf ("%u-%02u", 2022 + i / 12, 1 + i % 12);
      gboolean missed = i % 6 == 5;

      steward_chart_series_add_point (series, i, missed ? 99.2 : 99.6, label,
                                      missed ? STEWARD_CHART_POINT_MISSED : STEWARD_CHART_POINT_MET);
      g_ptr_array_add (labels, label);
    }
  g_ptr_array_add (labels, NULL);

  line = steward_line_layer_new (series);
  steward_target_layer_add_step (STEWARD_TARGET_LAYER (target), 0, 99.5, INFINITY);
  steward_chart_plot_set_title (plot, "Availability");
  steward_chart_plot_set_y_unit (plot, "%");
  steward_chart_plot_set_x_labels (plot, (const char * const *)labels->pdata);
  steward_chart_plot_add_layer (plot, target);
  steward_chart_plot_add_layer (plot, line);

  return plot;
}

static StewardChartPlot *
make_bar_plot (void)
{
  static const double values[] = { 80, 0, 50, 100, 30, 90 };
  static const char * const labels[] = { "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", NULL };
  g_autoptr(StewardChartSeries) series = steward_chart_series_new ("Objectives met");
  g_autoptr(StewardChartLayer) bars = NULL;
  StewardChartPlot *plot = steward_chart_plot_new ();

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    steward_chart_series_add_point (series, i, values[i], labels[i],
                                    values[i] >= 75 ? STEWARD_CHART_POINT_MET : STEWARD_CHART_POINT_MISSED);

  bars = steward_bar_layer_new (series);
  steward_chart_plot_set_x_labels (plot, labels);
  steward_chart_plot_set_y_unit (plot, "%");
  steward_chart_plot_add_layer (plot, bars);

  return plot;
}

/* Findings opened and closed per quarter, as the minutes keep them: two
 * series of bars, the first mostly the taller. */
static StewardChartPlot *
make_grouped_plot (void)
{
  static const char *json =
    "{ \"type\": \"chart\", \"caption\": \"Findings per quarter\", \"style\": \"bar\","
    "  \"unit\": \"\", \"labels\": [\"2024-Q3\", \"2024-Q4\", \"2025-Q1\", \"2025-Q2\"],"
    "  \"series\": [ { \"name\": \"Opened\", \"values\": [6, 4, 8, 3],"
    "                  \"states\": [\"normal\", \"normal\", \"normal\", \"normal\"] },"
    "                { \"name\": \"Closed\", \"values\": [2, 5, 3, 1],"
    "                  \"states\": [\"normal\", \"normal\", \"normal\", \"normal\"] } ] }";
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  StewardChartPlot *plot;

  g_assert_nonnull (node);
  plot = steward_chart_plot_new_from_json (json_node_get_object (node));
  g_assert_nonnull (plot);

  return plot;
}

/* Pixels */

typedef struct
{
  double red, green, blue, alpha;
} Pixel;

/* CAIRO_FORMAT_ARGB32: premultiplied, native endian. */
static Pixel
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  guint32 value;
  Pixel pixel;

  cairo_surface_flush (surface);
  memcpy (&value, cairo_image_surface_get_data (surface) + (int)y * cairo_image_surface_get_stride (surface) +
          (int)x * 4, sizeof value);
  pixel.alpha = (value >> 24) / 255.0;
  pixel.red = ((value >> 16) & 0xff) / 255.0 / MAX (pixel.alpha, 1e-9);
  pixel.green = ((value >> 8) & 0xff) / 255.0 / MAX (pixel.alpha, 1e-9);
  pixel.blue = (value & 0xff) / 255.0 / MAX (pixel.alpha, 1e-9);

  return pixel;
}

static double
distance (Pixel          pixel,
          const GdkRGBA *color)
{
  return MAX (fabs (pixel.red - color->red), MAX (fabs (pixel.green - color->green), fabs (pixel.blue - color->blue)));
}

/* Opaque pixels of @color; with %NULL, pixels of a magenta hue whatever
 * their alpha, as antialiased text drawn in magenta leaves. */
static guint
count_pixels (cairo_surface_t *surface,
              const GdkRGBA   *color)
{
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        Pixel pixel = pixel_at (surface, x, y);

        if (color != NULL)
          n += pixel.alpha > 0.99 && distance (pixel, color) < 0.04;
        else
          n += pixel.alpha > 0 && pixel.red - pixel.green > 0.3 && pixel.blue - pixel.green > 0.3;
      }

  return n;
}

/* @png: (nullable): kept in the test output folder */
static cairo_surface_t *
draw_plot (StewardChartPlot          *plot,
           int                        width,
           int                        height,
           const StewardChartPalette *palette,
           const char                *png)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  steward_chart_plot_draw (plot, cr, width, height, palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  if (png != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT") ?: ".", png, NULL);

      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("Drawing: %s", path);
    }

  return surface;
}

/* Where the value @y of the period @x is drawn in @width × @height. */
static void
map_point (StewardChartPlot *plot,
           int               width,
           int               height,
           double            x,
           double            y,
           double           *px,
           double           *py)
{
  StewardChartContext ctx;

  g_assert_true (steward_chart_plot_get_context (plot, width, height, &ctx, NULL));
  *px = steward_chart_context_map_x (&ctx, x);
  *py = steward_chart_context_map_y (&ctx, y);
}

/* The pixel there, on the drawing of @plot. */
static Pixel
point_pixel (cairo_surface_t  *surface,
             StewardChartPlot *plot,
             double            x,
             double            y)
{
  double px, py;

  map_point (plot, cairo_image_surface_get_width (surface), cairo_image_surface_get_height (surface),
             x, y, &px, &py);

  return pixel_at (surface, px, py);
}

/* Tests without widgets */

static gboolean
is_nice_step (double step)
{
  double mantissa = step / pow (10, floor (log10 (step) + 1e-9));

  return G_APPROX_VALUE (mantissa, 1, 1e-6) || G_APPROX_VALUE (mantissa, 2, 1e-6) ||
         G_APPROX_VALUE (mantissa, 5, 1e-6);
}

static void
assert_nice_range (double min,
                   double max,
                   guint  intervals,
                   double nice_min,
                   double nice_max,
                   double nice_step)
{
  double lo, hi, step;

  steward_chart_nice_range (min, max, intervals, &lo, &hi, &step);
  g_assert_cmpfloat_with_epsilon (lo, nice_min, 1e-9);
  g_assert_cmpfloat_with_epsilon (hi, nice_max, 1e-9);
  g_assert_cmpfloat_with_epsilon (step, nice_step, 1e-12);
}

static void
test_nice_range (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  double lo, hi, step;

  assert_nice_range (0, 97, 5, 0, 100, 20);
  assert_nice_range (98.1, 99.9, 5, 98, 100, 0.5);
  assert_nice_range (-7, 12, 4, -10, 20, 10);
  /* Across zero, one step cannot do: two. */
  assert_nice_range (-16, 78, 1, -100, 100, 100);
  /* One value, or only zeros: still a range. */
  assert_nice_range (0, 0, 5, 0, 1, 0.2);
  steward_chart_nice_range (3, 3, 5, &lo, &hi, &step);
  g_assert_true (lo < 3 && hi > 3);

  for (guint i = 0; i < 2000; i++)
    {
      double min = g_rand_double_range (rand, -1e4, 1e4) * pow (10, g_rand_int_range (rand, -4, 3));
      double max = min + g_rand_double_range (rand, 1e-6, 1e3) * pow (10, g_rand_int_range (rand, -4, 3));
      guint intervals = g_rand_int_range (rand, 2, 11);

      steward_chart_nice_range (min, max, intervals, &lo, &hi, &step);
      g_assert_true (is_nice_step (step));
      g_assert_true (lo <= min && hi >= max);
      g_assert_cmpfloat ((hi - lo) / step, <=, intervals + 1e-6);
      g_assert_cmpfloat (fabs (lo / step - round (lo / step)), <, 1e-6 * MAX (1, fabs (lo / step)));
    }
}

static void
test_extent (void)
{
  g_autoptr(StewardChartPlot) plot = make_trend_plot ();
  g_autoptr(StewardChartPlot) bars = make_bar_plot ();
  g_autoptr(StewardChartLayer) high_target = steward_target_layer_new ();
  g_autoptr(StewardChartLayer) no_target = steward_target_layer_new ();
  StewardChartContext ctx;
  double x_min, x_max, y_min, y_max, step;

  g_assert_true (steward_chart_plot_get_extent (plot, &x_min, &x_max, &y_min, &y_max));
  g_assert_true (x_min == 0 && x_max == 35 && y_min == 99.2 && y_max == 99.6);

  /* The axis takes in the target, even above every value; not a target
   * without bounds. */
  steward_target_layer_add_step (STEWARD_TARGET_LAYER (high_target), 0, 99.95, INFINITY);
  steward_chart_plot_add_layer (plot, high_target);
  steward_target_layer_add_step (STEWARD_TARGET_LAYER (no_target), 0, -INFINITY, INFINITY);
  steward_chart_plot_add_layer (plot, no_target);
  g_assert_true (steward_chart_plot_get_extent (plot, &x_min, &x_max, &y_min, &y_max));
  g_assert_true (y_min == 99.2 && y_max == 99.95);

  g_assert_true (steward_chart_plot_get_context (plot, WIDTH, HEIGHT, &ctx, &step));
  g_assert_true (is_nice_step (step));
  g_assert_true (ctx.y_min <= 99.2 && ctx.y_max >= 99.95 && ctx.y_max - ctx.y_min < 2);
  g_assert_cmpfloat (fabs (ctx.y_min / step - round (ctx.y_min / step)), <, 1e-6);
  /* Half a period either side; the plot inside the drawing. */
  g_assert_true (ctx.x_min == -0.5 && ctx.x_max == 35.5);
  g_assert_true (ctx.x > 0 && ctx.x + ctx.width <= WIDTH && ctx.y + ctx.height < HEIGHT);
  g_assert_cmpfloat (steward_chart_context_map_y (&ctx, ctx.y_min), ==, ctx.y + ctx.height);
  g_assert_cmpfloat (steward_chart_context_map_y (&ctx, ctx.y_max), ==, ctx.y);

  /* A fixed range wins. */
  steward_chart_plot_set_y_range (plot, 90, 100);
  g_assert_true (steward_chart_plot_get_context (plot, WIDTH, HEIGHT, &ctx, &step));
  g_assert_true (ctx.y_min == 90 && ctx.y_max == 100);
  steward_chart_plot_unset_y_range (plot);

  /* Bars start at zero. */
  g_assert_true (steward_chart_plot_get_extent (bars, &x_min, &x_max, &y_min, &y_max));
  g_assert_true (y_min == 0 && y_max == 100);

  /* Nothing to show. */
  steward_chart_plot_clear (plot);
  steward_chart_plot_set_x_labels (plot, NULL);
  g_assert_false (steward_chart_plot_get_extent (plot, &x_min, &x_max, &y_min, &y_max));
}

static void
test_format_value (void)
{
  static const struct
  {
    double      value;
    const char *unit;
    const char *text;
  } cases[] = {
    { 99.2, "%", "99.2 %" }, { 12, "小時", "12 小時" }, { 75, NULL, "75" },
    { 1.0 / 3, "天", "0.33 天" }, { 99.95, "%", "99.95 %" }, { -0.0, "", "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = steward_chart_format_value (cases[i].value, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Met points are filled circles of the "met" colour; missed ones, hollow
 * diamonds outlined in the "missed" colour, their centre the background. */
static void
check_markers (const StewardChartPalette *palette,
               const char                *png)
{
  g_autoptr(StewardChartPlot) plot = make_trend_plot ();
  cairo_surface_t *surface = draw_plot (plot, WIDTH, HEIGHT, palette, png);

  /* The background, in the corner away from any text. */
  g_assert_cmpfloat (pixel_at (surface, WIDTH - 3, 3).alpha, ==, 1);
  g_assert_cmpfloat (distance (pixel_at (surface, WIDTH - 3, 3), &palette->background), <, 0.01);
  g_assert_cmpuint (count_pixels (surface, &palette->background), >, WIDTH * HEIGHT / 4);
  g_assert_cmpuint (count_pixels (surface, &palette->met), >, 30 * 4);
  g_assert_cmpuint (count_pixels (surface, &palette->missed), >, 6 * 4);

  g_assert_cmpfloat (distance (point_pixel (surface, plot, 0, 99.6), &palette->met), <, 0.02);
  g_assert_cmpfloat (distance (point_pixel (surface, plot, 5, 99.2), &palette->background), <, 0.02);

  cairo_surface_destroy (surface);
}

static void
test_draw (void)
{
  StewardChartPalette palette;

  /* In the child of test_no_display(), nothing opened one. */
  if (g_getenv ("STEWARD_TEST_CHART_NO_DISPLAY") != NULL)
    g_assert_null (gdk_display_get_default ());

  steward_chart_palette_init_light (&palette);
  check_markers (&palette, "chart-plot-light.png");

  steward_chart_palette_init_dark (&palette);
  palette.font = "Noto Sans CJK TC 9";
  check_markers (&palette, "chart-plot-dark.png");
}

/* A range of 2 to 4 hours in the first half year, at most 3 hours from the
 * seventh month: a band, then a line with its good side shaded. */
static void
test_target_band (void)
{
  static const double values[] = { 3.2, 3.0, 3.4, 3.1, 3.3, 3.0, 2.5, 2.4, 2.6, 2.5, 2.4, 2.6 };
  g_autoptr(StewardChartSeries) series = steward_chart_series_new ("修復時間");
  g_autoptr(StewardChartLayer) layer = steward_target_layer_new ();
  g_autoptr(StewardChartLayer) line = steward_line_layer_new (series);
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  StewardTargetLayer *target = STEWARD_TARGET_LAYER (layer);
  g_autofree char *summary = NULL;
  StewardChartPalette palette;
  cairo_surface_t *surface;
  double low, high, band, shaded;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_ptr_array_add (labels, g_strdup_printf ("113年%02u月", i + 1));
      steward_chart_series_add_point (series, i, values[i], labels->pdata[i], STEWARD_CHART_POINT_NORMAL);
    }
  g_ptr_array_add (labels, NULL);

  /* In any order. */
  steward_target_layer_add_step (target, 6, -INFINITY, 3);
  steward_target_layer_add_step (target, 0, 2, 4);
  g_assert_cmpuint (steward_target_layer_get_n_steps (target), ==, 2);
  g_assert_true (steward_target_layer_get_target (target, 5, &low, &high) && low == 2 && high == 4);
  g_assert_true (steward_target_layer_get_target (target, 6, &low, &high) && low == -INFINITY && high == 3);
  g_assert_false (steward_target_layer_get_target (target, -1, NULL, NULL));

  steward_chart_plot_set_x_labels (plot, (const char * const *)labels->pdata);
  steward_chart_plot_set_y_unit (plot, "小時");
  steward_chart_plot_add_layer (plot, layer);
  steward_chart_plot_add_layer (plot, line);

  steward_chart_palette_init_light (&palette);
  palette.font = "Noto Sans CJK TC 9";
  surface = draw_plot (plot, WIDTH, HEIGHT, &palette, "chart-plot-target.png");

  /* Inside the band, below the line; below "at most 3", below the line;
   * above "at most 3", nothing. */
  band = distance (point_pixel (surface, plot, 2, 2.3), &palette.background);
  shaded = distance (point_pixel (surface, plot, 9, 2.1), &palette.background);
  g_assert_cmpfloat (distance (point_pixel (surface, plot, 9, 3.7), &palette.background), <, 0.01);
  g_assert_cmpfloat (band, >, 0.05);
  g_assert_cmpfloat (point_pixel (surface, plot, 2, 2.3).green, >, point_pixel (surface, plot, 2, 2.3).red);
  /* The good side of a bound is lighter than a band. */
  g_assert_cmpfloat (shaded, >, 0.02);
  g_assert_cmpfloat (shaded, <, band);

  /* The band stops half-way between the sixth and the seventh month. */
  g_assert_cmpfloat (distance (point_pixel (surface, plot, 5.25, 3.7), &palette.background), >, 0.05);
  g_assert_cmpfloat (distance (point_pixel (surface, plot, 5.75, 3.7), &palette.background), <, 0.01);

  summary = steward_chart_plot_dup_summary (plot);
  g_assert_nonnull (strstr (summary, "Target: between 2 小時 and 4 小時 from 113年01月, at most 3 小時 from 113年07月."));

  cairo_surface_destroy (surface);
}

static void
assert_tooltip (StewardChartPlot *plot,
                int               width,
                int               height,
                double            x,
                double            y,
                double            dx,
                double            dy,
                const char       *expected)
{
  g_autofree char *text = NULL;
  double px, py;

  map_point (plot, width, height, x, y, &px, &py);
  text = steward_chart_plot_dup_tooltip (plot, width, height, px + dx, py + dy);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_tooltip (void)
{
  g_autoptr(StewardChartPlot) plot = make_trend_plot ();
  StewardChartPalette palette;

  steward_chart_palette_init_light (&palette);

  /* Before any draw, and after one. */
  for (guint drawn = 0; drawn < 2; drawn++)
    {
      assert_tooltip (plot, WIDTH, HEIGHT, 5, 99.2, 4, -3, "Availability\n2022-06\n99.2 %\nNot met");
      assert_tooltip (plot, WIDTH, HEIGHT, 6, 99.6, 0, 2, "Availability\n2022-07\n99.6 %\nMet");
      /* 20 pixels away from the last point, and far from all. */
      assert_tooltip (plot, WIDTH, HEIGHT, 35, 99.2, 20, 0, NULL);
      g_assert_null (steward_chart_plot_dup_tooltip (plot, WIDTH, HEIGHT, 3, HEIGHT - 3));

      cairo_surface_destroy (draw_plot (plot, WIDTH, HEIGHT, &palette, NULL));
    }

  /* At another size, the points are elsewhere. */
  assert_tooltip (plot, WIDTH / 2, HEIGHT / 2, 35, 99.2, 0, 0, "Availability\n2024-12\n99.2 %\nNot met");
}

static void
test_summary (void)
{
  g_autoptr(StewardChartPlot) plot = make_trend_plot ();
  g_autoptr(StewardChartPlot) empty = steward_chart_plot_new ();
  g_autofree char *summary = steward_chart_plot_dup_summary (plot);
  g_autofree char *nothing = steward_chart_plot_dup_summary (empty);
  g_autofree char *titled = NULL;
  g_autofree char *retitled = NULL;

  g_assert_cmpstr (summary, ==,
                   "Availability: 36 periods from 2022-01 to 2024-12; latest 99.2 %, "
                   "lowest 99.2 % (2022-06), highest 99.6 % (2022-01); 30 met, 6 not met. "
                   "Target: at least 99.5 %.");
  g_assert_cmpstr (nothing, ==, "No data.");

  steward_chart_plot_set_title (empty, "Incidents");
  titled = steward_chart_plot_dup_summary (empty);
  g_assert_cmpstr (titled, ==, "Incidents: no data.");

  /* A title that the series does not say comes first. */
  steward_chart_plot_set_title (plot, "Data centre");
  retitled = steward_chart_plot_dup_summary (plot);
  g_assert_true (g_str_has_prefix (retitled, "Data centre. Availability: 36 periods"));
}

static void
test_bars (void)
{
  g_autoptr(StewardChartPlot) plot = make_bar_plot ();
  g_autofree char *summary = steward_chart_plot_dup_summary (plot);
  StewardChartPalette palette;
  cairo_surface_t *surface;
  Pixel missed;

  steward_chart_palette_init_light (&palette);
  surface = draw_plot (plot, 400, 300, &palette, "chart-plot-bars.png");

  /* 80 %: solid "met" colour half-way up; above it, the background. */
  g_assert_cmpfloat (distance (point_pixel (surface, plot, 0, 40), &palette.met), <, 0.02);
  g_assert_cmpfloat (distance (point_pixel (surface, plot, 0, 90), &palette.background), <, 0.01);

  /* 50 %: pale red inside, outlined in the "missed" colour. */
  missed = point_pixel (surface, plot, 2, 25);
  g_assert_cmpfloat (distance (missed, &palette.background), >, 0.1);
  g_assert_cmpfloat (distance (missed, &palette.missed), >, 0.2);
  g_assert_cmpfloat (missed.red, >, missed.green);
  g_assert_cmpuint (count_pixels (surface, &palette.missed), >, 100);

  /* Zero shows, on the axis; the tooltip finds it. */
  g_assert_cmpfloat (distance (point_pixel (surface, plot, 1, 0), &palette.background), >, 0.2);
  assert_tooltip (plot, 400, 300, 1, 0, 0, -5, "Objectives met\n2024-Q2\n0 %\nNot met");

  g_assert_nonnull (strstr (summary, "6 periods from 2024-Q1 to 2025-Q2; latest 90 %"));
  g_assert_nonnull (strstr (summary, "3 met, 3 not met."));

  cairo_surface_destroy (surface);
}

/* In each period, at the height both reach, pixels of the first series'
 * colour and of the second; the legend names both, each after a swatch
 * of its colour. */
static void
check_grouped (StewardChartPlot *plot,
               cairo_surface_t  *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  static const char * const names[] = { "Opened", "Closed" };
  StewardChartContext ctx;
  double slot;

  g_assert_true (steward_chart_plot_get_context (plot, width, height, &ctx, NULL));
  slot = steward_chart_context_slot_width (&ctx);
  g_assert_cmpfloat (distance (pixel_at (surface, 1, height - 2), &ctx.palette->background), <, 0.01);
  g_assert_cmpfloat (distance ((Pixel) { ctx.palette->series2.red, ctx.palette->series2.green, ctx.palette->series2.blue, 1 },
                               &ctx.palette->accent), >, 0.3);

  for (guint x = 0; x < 4; x++)
    {
      double center = steward_chart_context_map_x (&ctx, x);
      double y = steward_chart_context_map_y (&ctx, 0.5);
      guint first = 0, second = 0;
      double first_right = 0, second_left = G_MAXDOUBLE;

      for (double px = center - slot / 2; px < center + slot / 2; px++)
        {
          Pixel pixel = pixel_at (surface, px, y);

          if (distance (pixel, steward_chart_palette_get_series_color (ctx.palette, 0)) < 0.02)
            first++, first_right = px;
          if (distance (pixel, steward_chart_palette_get_series_color (ctx.palette, 1)) < 0.02)
            second++, second_left = MIN (second_left, px);
        }
      g_test_message ("Period %u: %u pixels of the first series, %u of the second", x, first, second);
      /* Side by side, the first on the left, each nearly half the group. */
      g_assert_cmpuint (first, >, slot * 0.25);
      g_assert_cmpuint (second, >, slot * 0.25);
      g_assert_cmpfloat (first_right, <, second_left);
    }

  g_assert_cmpuint (steward_chart_plot_get_n_shown_legend (plot), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const char *name;
      double left, legend_width;
      guint ink = 0;

      g_assert_true (steward_chart_plot_get_shown_legend (plot, i, &name, &left, &legend_width));
      g_assert_cmpstr (name, ==, names[i]);
      g_assert_cmpfloat (left + legend_width, <=, width);
      g_assert_cmpfloat (left, >, 0);
      /* Above the plot, not over the bars. */
      g_assert_cmpfloat (distance (pixel_at (surface, left + 3, ctx.y / 3 + 2),
                                   steward_chart_palette_get_series_color (ctx.palette, i)), <, 0.02);
      for (double px = left + 12; px < left + legend_width; px++)
        for (double py = 0; py < ctx.y - 2; py++)
          ink += distance (pixel_at (surface, px, py), &ctx.palette->background) > 0.3;
      g_assert_cmpuint (ink, >, 10);
    }
  g_assert_false (steward_chart_plot_get_shown_legend (plot, 2, NULL, NULL, NULL));
}

static void
test_grouped_bars (void)
{
  g_autoptr(StewardChartPlot) plot = make_grouped_plot ();
  g_autoptr(StewardChartPlot) single = make_bar_plot ();
  g_autofree char *summary = steward_chart_plot_dup_summary (plot);
  StewardChartPalette palette;
  cairo_surface_t *surface;

  steward_chart_palette_init_light (&palette);
  surface = draw_plot (plot, 400, 300, &palette, "chart-plot-grouped-light.png");
  check_grouped (plot, surface);
  cairo_surface_destroy (surface);

  steward_chart_palette_init_dark (&palette);
  surface = draw_plot (plot, 400, 300, &palette, "chart-plot-grouped-dark.png");
  check_grouped (plot, surface);
  cairo_surface_destroy (surface);

  /* The tooltip of each bar, the summary of each series. */
  assert_tooltip (plot, 400, 300, 2, 4, -8, 0, "Opened\n2025-Q1\n8");
  assert_tooltip (plot, 400, 300, 2, 1, 8, 0, "Closed\n2025-Q1\n3");
  g_test_message ("%s", summary);
  g_assert_true (g_str_has_prefix (summary, "Findings per quarter. "));
  g_assert_nonnull (strstr (summary, "Opened: 4 periods"));
  g_assert_nonnull (strstr (summary, "Closed: 4 periods"));

  /* One series: no legend. */
  cairo_surface_destroy (draw_plot (single, 400, 300, &palette, NULL));
  g_assert_cmpuint (steward_chart_plot_get_n_shown_legend (single), ==, 0);
}

/* The x labels shown never overlap nor leave the drawing, at any width;
 * the wider, the more. */
static void
test_x_labels (void)
{
  static const int widths[] = { 260, 400, 640, 1000, 4000, 9000 };
  g_autoptr(StewardChartSeries) series = steward_chart_series_new ("Availability");
  g_autoptr(StewardChartLayer) line = steward_line_layer_new (series);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new ();
  StewardChartPalette palette;
  guint previous = 0;

  for (guint i = 0; i < 120; i++)
    {
      g_ptr_array_add (labels, g_strdup_printf ("%u年%02u月", 104 + i / 12, 1 + i % 12));
      steward_chart_series_add_point (series, i, 99 + (i % 7) * 0.1, labels->pdata[i], STEWARD_CHART_POINT_NORMAL);
    }
  g_ptr_array_add (labels, NULL);
  steward_chart_plot_set_x_labels (plot, (const char * const *)labels->pdata);
  steward_chart_plot_add_layer (plot, line);
  steward_chart_palette_init_light (&palette);
  palette.font = "Noto Sans CJK TC 9";

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      double left, width, last_right = 0;
      guint n, index;

      cairo_surface_destroy (draw_plot (plot, widths[w], 240, &palette,
                                        widths[w] == 640 ? "chart-plot-labels.png" : NULL));
      n = steward_chart_plot_get_n_shown_x_labels (plot);
      g_test_message ("%d pixels: %u labels", widths[w], n);
      g_assert_cmpuint (n, >=, MAX (2, previous));
      for (guint i = 0; i < n; i++)
        {
          g_assert_true (steward_chart_plot_get_shown_x_label (plot, i, &index, &left, &width));
          g_assert_true (index < 120 && width > 20);
          g_assert_true (left >= 0 && left + width <= widths[w]);
          if (i > 0)
            g_assert_cmpfloat (left, >, last_right + 4);
          last_right = left + width;
        }
      g_assert_false (steward_chart_plot_get_shown_x_label (plot, n, NULL, NULL, NULL));
      previous = n;
    }

  /* Every label, when there is room. */
  g_assert_cmpuint (previous, ==, 120);
}

/* A sparkline has no text, no background and stays in its bounds: drawn
 * at (40, 40) in a larger surface, with the text colour magenta. A full
 * chart with the same palette does show it. */
static void
test_sparkline (void)
{
  g_autoptr(StewardChartPlot) plot = make_trend_plot ();
  StewardChartLayer *line = steward_chart_plot_get_layer (plot, 1);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 104);
  cairo_t *cr = cairo_create (surface);
  StewardChartPalette palette;
  guint inside = 0;
  double px, py;

  /* The line alone, its last point marked. */
  g_object_ref (line);
  steward_chart_plot_clear (plot);
  steward_line_layer_set_show_points (STEWARD_LINE_LAYER (line), FALSE);
  steward_chart_plot_add_layer (plot, line);
  g_object_unref (line);
  steward_chart_plot_set_style (plot, STEWARD_CHART_STYLE_SPARKLINE);

  steward_chart_palette_init_light (&palette);
  palette.foreground = (GdkRGBA) { 1, 0, 1, 1 };
  cairo_translate (cr, 40, 40);
  steward_chart_plot_draw (plot, cr, 120, 24, &palette);
  cairo_destroy (cr);

  g_assert_cmpuint (steward_chart_plot_get_n_shown_x_labels (plot), ==, 0);
  g_assert_cmpuint (count_pixels (surface, NULL), ==, 0);
  for (int y = 0; y < 104; y++)
    for (int x = 0; x < 200; x++)
      {
        if (x < 40 || x >= 160 || y < 40 || y >= 64)
          g_assert_cmpfloat (pixel_at (surface, x, y).alpha, ==, 0);
        else
          inside += pixel_at (surface, x, y).alpha > 0;
      }
  /* The line, and not a background: most of the box stays clear. */
  g_assert_cmpuint (inside, >, 120);
  g_assert_cmpuint (inside, <, 120 * 24 / 2);

  /* Only the last point is marked: missed, a diamond. */
  g_assert_cmpuint (count_pixels (surface, &palette.met), ==, 0);
  g_assert_cmpuint (count_pixels (surface, &palette.missed), >, 4);
  map_point (plot, 120, 24, 35, 99.2, &px, &py);
  g_assert_cmpfloat (pixel_at (surface, 40 + px, 40 + py).alpha, >, 0);
  cairo_surface_destroy (surface);

  steward_chart_plot_set_style (plot, STEWARD_CHART_STYLE_FULL);
  surface = draw_plot (plot, 400, 200, &palette, NULL);
  g_assert_cmpuint (steward_chart_plot_get_n_shown_x_labels (plot), >, 0);
  g_assert_cmpuint (count_pixels (surface, NULL), >, 100);
  cairo_surface_destroy (surface);
}

/* The export's way: a PDF surface, vector text. */
static void
test_pdf (void)
{
  g_autoptr(StewardChartPlot) plot = make_trend_plot ();
  g_autoptr(StewardChartPlot) grouped = make_grouped_plot ();
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 500, 300);
  cairo_t *cr = cairo_create (surface);
  StewardChartPalette palette;
  int status;

  steward_chart_palette_init_light (&palette);
  palette.font = "Noto Sans CJK TC 9";
  steward_chart_plot_draw (plot, cr, 500, 300, &palette);
  /* As the minutes print two series of bars: with their legend. */
  cairo_show_page (cr);
  steward_chart_plot_draw (grouped, cr, 500, 300, &palette);
  g_assert_cmpuint (steward_chart_plot_get_n_shown_legend (grouped), ==, 2);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (pdftotext == NULL)
    g_test_message ("No pdftotext: the PDF's text is not read back");
  else
    {
      g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    &text, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, "2022-01"));
      g_assert_nonnull (strstr (text, "99.5"));
      g_assert_nonnull (strstr (text, "Opened"));
      g_assert_nonnull (strstr (text, "Closed"));
    }

  steward_test_remove_tree (dir);
}

/* The drawing again, in a child that has no display at all, as the exports
 * from the command line run. */
static void
test_no_display (void)
{
  const char *argv[] = { self_path, "--tap", "-p", "/chart/plot/draw", "-p", "/chart/plot/pdf", NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "STEWARD_TEST_CHART_NO_DISPLAY", "1", TRUE);

  g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("Child: %s", out);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "ok 1 /chart/plot/draw\n"));
  g_assert_nonnull (strstr (out, "ok 2 /chart/plot/pdf\n"));
}

/* The widget */

typedef struct
{
  GtkWindow        *window;
  GtkWidget        *box;
  StewardChart     *chart;
  StewardChart     *bars;
  StewardChart     *sparkline;
  StewardChartPlot *plot;
} Fixture;

static void
iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static StewardChart *
add_chart (GtkWidget        *box,
           StewardChartPlot *plot)
{
  GtkWidget *chart = steward_chart_new ();

  steward_chart_set_plot (STEWARD_CHART (chart), plot);
  gtk_box_append (GTK_BOX (box), chart);

  return STEWARD_CHART (chart);
}

/* A trend, bars, and a sparkline beside its label, as the objectives
 * page will show them. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardChartPlot) bars = make_bar_plot ();
  g_autoptr(StewardChartPlot) sparkline = make_trend_plot ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new ("機房可用率（近三年）");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

  f->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (f->box, "view");
  f->plot = make_trend_plot ();
  f->chart = add_chart (f->box, f->plot);
  gtk_widget_set_vexpand (GTK_WIDGET (f->chart), TRUE);
  f->bars = add_chart (f->box, bars);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (row), label);
  steward_chart_plot_set_style (sparkline, STEWARD_CHART_STYLE_SPARKLINE);
  f->sparkline = add_chart (row, sparkline);
  gtk_box_append (GTK_BOX (f->box), row);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (f->window, f->box);
  gtk_window_set_default_size (f->window, 760, 640);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  iterate (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  iterate (50);
  g_clear_object (&f->plot);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* The theme's "met" and "missed" colours are on the screenshot; its
 * background is as bright as @light says. */
static void
check_screenshot (Fixture  *f,
                  gboolean  light)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (f->chart));
  g_autoptr(GdkTexture) texture = steward_test_render_png (f->box, light ? "chart-light.png" : "chart-dark.png");
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc (width * height * 4);
  cairo_surface_t *surface;
  GdkRGBA met, missed;
  Pixel corner;

  g_assert_true (gtk_style_context_lookup_color (style, "success_color", &met));
  g_assert_true (gtk_style_context_lookup_color (style, "error_color", &missed));
  gdk_texture_download (texture, data, width * 4);
  surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, width, height, width * 4);

  g_assert_cmpuint (count_pixels (surface, &met), >, 100);
  g_assert_cmpuint (count_pixels (surface, &missed), >, 20);
  corner = pixel_at (surface, width - 3, 3);
  g_test_message ("Background luminance: %.2f", 0.2126 * corner.red + 0.7152 * corner.green + 0.0722 * corner.blue);
  if (light)
    g_assert_cmpfloat (0.2126 * corner.red + 0.7152 * corner.green + 0.0722 * corner.blue, >, 0.8);
  else
    g_assert_cmpfloat (0.2126 * corner.red + 0.7152 * corner.green + 0.0722 * corner.blue, <, 0.3);

  cairo_surface_destroy (surface);
}

static void
test_widget (Fixture       *f,
             gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->chart)), >=, 240);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->chart)), >=, 160);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->sparkline)), >=, 24);

  g_assert_false (adw_style_manager_get_dark (style));
  check_screenshot (f, TRUE);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate (300);
  g_assert_true (adw_style_manager_get_dark (style));
  check_screenshot (f, FALSE);
}

static void
test_widget_accessible (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *summary = steward_chart_plot_dup_summary (f->plot);
  g_autofree char *bar_summary = NULL;
  g_autoptr(StewardChartPlot) bars = make_bar_plot ();

  gtk_test_accessible_assert_role (f->chart, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (f->chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Availability");
  gtk_test_accessible_assert_property (f->chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
  gtk_test_accessible_assert_property (f->bars, GTK_ACCESSIBLE_PROPERTY_LABEL, "Chart");

  /* The caller changes the layers, then asks for an update. */
  steward_chart_plot_clear (f->plot);
  steward_chart_plot_add_layer (f->plot, steward_chart_plot_get_layer (bars, 0));
  steward_chart_plot_set_title (f->plot, "Objectives");
  steward_chart_queue_update (f->chart);
  bar_summary = steward_chart_plot_dup_summary (f->plot);
  g_assert_cmpstr (bar_summary, !=, summary);
  gtk_test_accessible_assert_property (f->chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Objectives");
  gtk_test_accessible_assert_property (f->chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, bar_summary);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->chart));

  /* Without a plot, nothing is described. */
  steward_chart_set_plot (f->chart, NULL);
  g_assert_null (steward_chart_get_plot (f->chart));
  gtk_test_accessible_assert_property (f->chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");
}

/* The bars of two series side by side in the theme's colours, with the
 * legend, light and dark; the description names both series. */
static void
test_widget_grouped (void)
{
  g_autoptr(StewardChartPlot) plot = make_grouped_plot ();
  g_autofree char *summary = steward_chart_plot_dup_summary (plot);
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *chart = steward_chart_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  steward_chart_set_plot (STEWARD_CHART (chart), plot);
  gtk_widget_add_css_class (chart, "view");
  gtk_window_set_child (window, chart);
  gtk_window_set_default_size (window, 480, 320);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate (100);

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree guchar *data = NULL;
      cairo_surface_t *surface;
      StewardChartContext ctx;
      int width, height;

      if (dark)
        {
          adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
          iterate (300);
        }
      texture = steward_test_render_png (chart, dark ? "chart-grouped-dark.png" : "chart-grouped-light.png");
      width = gdk_texture_get_width (texture);
      height = gdk_texture_get_height (texture);
      data = g_malloc (width * height * 4);
      gdk_texture_download (texture, data, width * 4);
      surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, width, height, width * 4);

      g_assert_true (steward_chart_plot_get_context (plot, width, height, &ctx, NULL));
      g_assert_cmpuint (count_pixels (surface, steward_chart_palette_get_series_color (ctx.palette, 0)), >, 200);
      g_assert_cmpuint (count_pixels (surface, steward_chart_palette_get_series_color (ctx.palette, 1)), >, 200);
      g_assert_cmpuint (steward_chart_plot_get_n_shown_legend (plot), ==, 2);
      cairo_surface_destroy (surface);
    }

  g_assert_nonnull (strstr (summary, "Opened: "));
  g_assert_nonnull (strstr (summary, "Closed: "));
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);

  gtk_window_destroy (window);
  iterate (50);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_widget_measure (void)
{
  StewardChart *chart = g_object_ref_sink (STEWARD_CHART (steward_chart_new ()));
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new ();
  int min_width, min_height;

  g_assert_cmpstr (gtk_widget_get_css_name (GTK_WIDGET (chart)), ==, "chart");
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
  g_assert_true (min_width == 240 && min_height == 160);

  steward_chart_plot_set_style (plot, STEWARD_CHART_STYLE_SPARKLINE);
  g_object_set (chart, "plot", plot, NULL);
  g_assert_true (steward_chart_get_plot (chart) == plot);
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
  g_assert_true (min_width == 80 && min_height == 24);

  g_object_unref (chart);
}

int
main (int   argc,
      char *argv[])
{
  /* The expected sentences are the untranslated ones. */
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  self_path = argv[0];

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/plot/draw", test_draw);
  g_test_add_func ("/chart/plot/pdf", test_pdf);
  g_test_add_func ("/chart/plot/nice-range", test_nice_range);
  g_test_add_func ("/chart/plot/extent", test_extent);
  g_test_add_func ("/chart/plot/format-value", test_format_value);
  g_test_add_func ("/chart/plot/target-band", test_target_band);
  g_test_add_func ("/chart/plot/tooltip", test_tooltip);
  g_test_add_func ("/chart/plot/summary", test_summary);
  g_test_add_func ("/chart/plot/bars", test_bars);
  g_test_add_func ("/chart/plot/grouped-bars", test_grouped_bars);
  g_test_add_func ("/chart/plot/x-labels", test_x_labels);
  g_test_add_func ("/chart/plot/sparkline", test_sparkline);

  /* The child of test_no_display() draws without GTK. */
  if (g_getenv ("STEWARD_TEST_CHART_NO_DISPLAY") == NULL)
    {
      /* GTK's own test backend keeps the accessible properties to read
       * back, without the accessibility bus. */
      g_setenv ("GTK_A11Y", "test", TRUE);

      /* No display is a failure, not a skip: run under xvfb-run. */
      if (!gtk_init_check ())
        g_error ("No display: run the widget tests under xvfb-run");
      adw_init ();
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

      g_test_add_func ("/chart/plot/no-display", test_no_display);
      g_test_add ("/chart/widget/screenshots", Fixture, NULL, fixture_set_up, test_widget, fixture_tear_down);
      g_test_add ("/chart/widget/accessible", Fixture, NULL, fixture_set_up, test_widget_accessible,
                  fixture_tear_down);
      g_test_add_func ("/chart/widget/measure", test_widget_measure);
      g_test_add_func ("/chart/widget/grouped-bars", test_widget_grouped);
    }

  return g_test_run ();
}
