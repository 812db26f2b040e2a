/* steward-chart-axes.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart-axes"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "steward-chart-axes.h"
#include "steward-chart-layer-private.h"

/* The axes of a full chart. y has "nice" ticks (1, 2 or 5 × 10ⁿ) over the
 * range of every layer, the target included, with a grid line each and the
 * unit above them. x is the period (0 for the first) with category labels,
 * of which as many are shown as fit apart and inside the drawing: every
 * one, or every second, third, fourth, sixth, twelfth… from the first, so
 * that monthly labels fall on quarters or years.
 *
 * Text is laid out with PangoCairo's own font map, not a widget's: the
 * exports draw from the command line, without a display. The widest x
 * label is measured once per font and labels; each frame measures only the
 * labels it shows. */

#define AXIS_GAP          6.0    /* between the y labels and the plot */
#define TICK_LENGTH       4.0
#define X_LABEL_GAP       8.0    /* at least between two x labels */
#define RIGHT_MARGIN      10.0
#define MIN_TICK_SPACING  36.0   /* between two y grid lines */
#define LEGEND_GAP        12.0   /* between two series of the legend */
#define SWATCH_GAP        4.0    /* between a swatch and its name */

typedef struct
{
  guint  index;
  double left;
  double width;
} ShownLabel;

struct _StewardChartAxes
{
  PangoContext  *pango;
  PangoLayout   *layout;
  char          *font;
  double         line_height;      /* < 0: to measure */

  char         **x_labels;
  guint          n_x_labels;
  double         x_label_width;    /* the widest; < 0: to measure */

  GArray        *shown;            /* ShownLabel, of the last draw */

  char         **legend;           /* the series' names; NULL: none */
  GArray        *shown_legend;     /* ShownLabel, swatch and name */
};

/* Nice numbers */

/* The smallest 1, 2 or 5 × 10ⁿ at least @raw. */
static double
nice_step (double raw)
{
  double magnitude, fraction;

  if (!(raw > 0) || !isfinite (raw))
    return 1;

  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;

  if (fraction <= 1 + 1e-9)
    return magnitude;
  if (fraction <= 2 + 1e-9)
    return 2 * magnitude;
  if (fraction <= 5 + 1e-9)
    return 5 * magnitude;

  return 10 * magnitude;
}

/**
 * steward_chart_widen_range:
 *
 * Makes an empty range (one value, or none) a range around it.
 */
void
steward_chart_widen_range (double *min,
                           double *max)
{
  double pad;

  if (*max > *min)
    return;

  if (*min == 0)
    {
      *max = 1;
      return;
    }

  pad = fabs (*min) * 0.05;
  *min -= pad;
  *max += pad;
}

/**
 * steward_chart_nice_range:
 * @max_intervals: at most this many steps between @nice_min and @nice_max;
 *   2 at least, which any range fits in
 * @nice_min: (out): a multiple of @step at most @min
 * @nice_max: (out): a multiple of @step at least @max
 * @step: (out): 1, 2 or 5 × 10ⁿ
 *
 * The range an axis shows for data between @min and @max.
 */
void
steward_chart_nice_range (double  min,
                          double  max,
                          guint   max_intervals,
                          double *nice_min,
                          double *nice_max,
                          double *step)
{
  double s, lo = min, hi = max;

  max_intervals = MAX (max_intervals, 2);
  steward_chart_widen_range (&min, &max);
  s = nice_step ((max - min) / max_intervals);

  /* Rounding out to whole steps may need one more step than asked. */
  for (guint tries = 0; ; tries++)
    {
      lo = floor (min / s + 1e-9) * s;
      hi = ceil (max / s - 1e-9) * s;
      if ((hi - lo) / s <= max_intervals + 1e-9 || tries == 8)
        break;
      s = nice_step (s * 1.01);
    }

  *nice_min = lo;
  *nice_max = hi;
  *step = s;
}

/* How many decimals the labels of ticks @step apart need. */
static int
step_decimals (double step)
{
  if (step >= 1 - 1e-9)
    return 0;

  return MIN (6, (int)ceil (-log10 (step) - 1e-9));
}

/* Text */

StewardChartAxes *
steward_chart_axes_new (void)
{
  StewardChartAxes *axes = g_new0 (StewardChartAxes, 1);

  axes->line_height = -1;
  axes->x_label_width = -1;
  axes->shown = g_array_new (FALSE, FALSE, sizeof (ShownLabel));
  axes->shown_legend = g_array_new (FALSE, FALSE, sizeof (ShownLabel));

  return axes;
}

void
steward_chart_axes_free (StewardChartAxes *axes)
{
  g_clear_object (&axes->layout);
  g_clear_object (&axes->pango);
  g_free (axes->font);
  g_strfreev (axes->x_labels);
  g_array_unref (axes->shown);
  g_strfreev (axes->legend);
  g_array_unref (axes->shown_legend);
  g_free (axes);
}

const char *
steward_chart_axes_get_font (StewardChartAxes *axes)
{
  return axes->font;
}

/**
 * steward_chart_axes_set_font:
 * @font: a PangoFontDescription string, "Cantarell 9"
 *
 * Before anything is placed or drawn.
 */
void
steward_chart_axes_set_font (StewardChartAxes *axes,
                             const char       *font)
{
  PangoFontDescription *description;

  if (g_strcmp0 (font, axes->font) == 0)
    return;

  /* Made when first needed: a sparkline has no text, and a page of fifty
   * has no need of fifty Pango contexts. */
  if (axes->pango == NULL)
    {
      axes->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (axes->pango, 96);
      axes->layout = pango_layout_new (axes->pango);
    }

  g_free (axes->font);
  axes->font = g_strdup (font);
  description = pango_font_description_from_string (font);
  pango_layout_set_font_description (axes->layout, description);
  pango_font_description_free (description);
  axes->line_height = -1;
  axes->x_label_width = -1;
}

/* The font options and transformation of @cr, for text drawn on it. */
void
steward_chart_axes_update_context (StewardChartAxes *axes,
                                   cairo_t          *cr)
{
  pango_cairo_update_context (cr, axes->pango);
}

static void
measure_text (StewardChartAxes *axes,
              const char       *text,
              double           *width,
              double           *height)
{
  PangoRectangle logical;

  pango_layout_set_text (axes->layout, text, -1);
  pango_layout_get_extents (axes->layout, NULL, &logical);
  if (width != NULL)
    *width = (double)logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double)logical.height / PANGO_SCALE;
}

static double
get_line_height (StewardChartAxes *axes)
{
  if (axes->line_height < 0)
    measure_text (axes, "0Ag年", NULL, &axes->line_height);

  return axes->line_height;
}

static double
get_x_label_width (StewardChartAxes *axes)
{
  if (axes->x_label_width < 0)
    {
      axes->x_label_width = 0;
      for (guint i = 0; i < axes->n_x_labels; i++)
        {
          double width;

          measure_text (axes, axes->x_labels[i], &width, NULL);
          axes->x_label_width = MAX (axes->x_label_width, width);
        }
    }

  return axes->x_label_width;
}

static void
format_tick (char   *buffer,
             gsize   size,
             double  value,
             int     decimals)
{
  if (fabs (value) < 1e-12)
    value = 0;
  /* The locale's decimal mark, on purpose. */
  g_snprintf (buffer, size, "%.*f", decimals, value);
}

static void
show_text (StewardChartAxes *axes,
           cairo_t          *cr,
           const char       *text,
           double            x,
           double            y)
{
  pango_layout_set_text (axes->layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, axes->layout);
}

/* Labels */

void
steward_chart_axes_set_x_labels (StewardChartAxes   *axes,
                                 const char * const *labels)
{
  g_strfreev (axes->x_labels);
  axes->x_labels = g_strdupv ((char **)labels);
  axes->n_x_labels = axes->x_labels != NULL ? g_strv_length (axes->x_labels) : 0;
  axes->x_label_width = -1;
}

guint
steward_chart_axes_get_n_x_labels (StewardChartAxes *axes)
{
  return axes->n_x_labels;
}

const char *
steward_chart_axes_get_x_label (StewardChartAxes *axes,
                                double            x)
{
  if (!(x >= 0) || x >= axes->n_x_labels || x != floor (x))
    return NULL;

  return axes->x_labels[(guint)x];
}

/* Placing */

/**
 * steward_chart_axes_place:
 * @fixed_y: whether the y range of @ctx is to be kept as it is
 * @ctx: (inout): comes with the data range and the unit; gets the plot
 *   area, and the y range rounded out to whole ticks
 * @y_step: (out): between two y ticks
 *
 * Where the plot area of a full chart goes in @width × @height: room on
 * the left for the y labels, above for the unit, below for the x labels.
 *
 * Returns: whether there is room for it
 */
gboolean
steward_chart_axes_place (StewardChartAxes    *axes,
                          double               width,
                          double               height,
                          gboolean             fixed_y,
                          StewardChartContext *ctx,
                          double              *y_step)
{
  double top, bottom, left, plot_height, step;
  guint max_intervals;

  /* The unit and the legend share the line above the plot. */
  top = ctx->y_unit != NULL || axes->legend != NULL ? get_line_height (axes) * 1.5 + 2 : get_line_height (axes) / 2 + 2;
  bottom = axes->n_x_labels > 0 ? TICK_LENGTH + 2 + get_line_height (axes) + 2 : get_line_height (axes) / 2 + 2;
  plot_height = height - top - bottom;
  if (plot_height <= 0)
    return FALSE;

  max_intervals = CLAMP (floor (plot_height / MIN_TICK_SPACING), 2, 10);
  if (fixed_y)
    {
      steward_chart_widen_range (&ctx->y_min, &ctx->y_max);
      step = nice_step ((ctx->y_max - ctx->y_min) / max_intervals);
    }
  else
    steward_chart_nice_range (ctx->y_min, ctx->y_max, max_intervals, &ctx->y_min, &ctx->y_max, &step);

  /* As wide as the widest y label. */
  left = 0;
  for (guint i = 0; ; i++)
    {
      double value = ceil (ctx->y_min / step - 1e-9) * step + i * step;
      double label_width;
      char label[64];

      if (value > ctx->y_max + step * 1e-6)
        break;
      format_tick (label, sizeof label, value, step_decimals (step));
      measure_text (axes, label, &label_width, NULL);
      left = MAX (left, label_width);
    }
  left += AXIS_GAP;

  /* On whole units: clips to a rectangle on pixels are the fast ones. */
  ctx->x = ceil (left);
  ctx->y = ceil (top);
  ctx->width = floor (width - RIGHT_MARGIN) - ctx->x;
  ctx->height = floor (top + plot_height) - ctx->y;
  *y_step = step;

  return ctx->width > 0;
}

/* Drawing */

/* Behind the data: the grid, the y labels and unit, the x axis. */
void
steward_chart_axes_draw_back (StewardChartAxes          *axes,
                              cairo_t                   *cr,
                              const StewardChartContext *ctx,
                              double                     step)
{
  const StewardChartPalette *palette = ctx->palette;
  int decimals = step_decimals (step);
  double line_height = get_line_height (axes);

  cairo_set_line_width (cr, 1);
  for (guint i = 0; ; i++)
    {
      double value = ceil (ctx->y_min / step - 1e-9) * step + i * step;
      double y, label_width;
      char label[64];

      if (value > ctx->y_max + step * 1e-6)
        break;

      /* Grid lines on whole pixels, crisp. */
      y = floor (steward_chart_context_map_y (ctx, value)) + 0.5;
      steward_chart_set_source (cr, &palette->grid, 1);
      cairo_move_to (cr, ctx->x, y);
      cairo_line_to (cr, ctx->x + ctx->width, y);
      cairo_stroke (cr);

      format_tick (label, sizeof label, value, decimals);
      measure_text (axes, label, &label_width, NULL);
      steward_chart_set_source (cr, &palette->foreground, 0.7);
      show_text (axes, cr, label, ctx->x - AXIS_GAP - label_width, y - line_height / 2);
    }

  if (ctx->y_unit != NULL)
    {
      steward_chart_set_source (cr, &palette->foreground, 0.7);
      show_text (axes, cr, ctx->y_unit, 0, 0);
    }

  /* The x axis, under the data: a marker on it stays whole. */
  steward_chart_set_source (cr, &palette->foreground, 0.45);
  cairo_move_to (cr, ctx->x, floor (ctx->y + ctx->height) + 0.5);
  cairo_line_to (cr, ctx->x + ctx->width, floor (ctx->y + ctx->height) + 0.5);
  cairo_stroke (cr);
}

/* Labels per slot: whole quarters, halves, years of monthly periods. */
static guint
label_step (double slots_needed)
{
  static const guint steps[] = { 1, 2, 3, 4, 6, 12 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] >= slots_needed)
      return steps[i];

  return (guint)ceil (slots_needed / 12) * 12;
}

/* In front of the data: the x ticks and labels. */
void
steward_chart_axes_draw_front (StewardChartAxes          *axes,
                               cairo_t                   *cr,
                               const StewardChartContext *ctx,
                               double                     width)
{
  const StewardChartPalette *palette = ctx->palette;
  double bottom = floor (ctx->y + ctx->height) + 0.5;
  double last_right = -G_MAXDOUBLE;
  guint step;

  g_array_set_size (axes->shown, 0);
  if (axes->n_x_labels == 0)
    return;

  cairo_set_line_width (cr, 1);

  step = label_step ((get_x_label_width (axes) + X_LABEL_GAP) / steward_chart_context_slot_width (ctx));

  for (guint i = 0; i < axes->n_x_labels; i += step)
    {
      double center = steward_chart_context_map_x (ctx, i);
      double label_width, left;
      ShownLabel shown;

      if (i < ctx->x_min || i > ctx->x_max || axes->x_labels[i][0] == '\0')
        continue;

      /* Inside the drawing, and apart from the label before. */
      measure_text (axes, axes->x_labels[i], &label_width, NULL);
      if (label_width > width)
        continue;
      left = CLAMP (center - label_width / 2, 0, width - label_width);
      if (left < last_right + X_LABEL_GAP)
        continue;

      steward_chart_set_source (cr, &palette->foreground, 0.45);
      cairo_move_to (cr, round (center) + 0.5, bottom);
      cairo_line_to (cr, round (center) + 0.5, bottom + TICK_LENGTH);
      cairo_stroke (cr);

      steward_chart_set_source (cr, &palette->foreground, 0.7);
      show_text (axes, cr, axes->x_labels[i], left, bottom + TICK_LENGTH + 2);

      last_right = left + label_width;
      shown = (ShownLabel) { i, left, label_width };
      g_array_append_val (axes->shown, shown);
    }
}

guint
steward_chart_axes_get_n_shown (StewardChartAxes *axes)
{
  return axes->shown->len;
}

gboolean
steward_chart_axes_get_shown (StewardChartAxes *axes,
                              guint             nth,
                              guint            *index,
                              double           *left,
                              double           *width)
{
  const ShownLabel *shown;

  if (nth >= axes->shown->len)
    return FALSE;

  shown = &g_array_index (axes->shown, ShownLabel, nth);
  if (index != NULL)
    *index = shown->index;
  if (left != NULL)
    *left = shown->left;
  if (width != NULL)
    *width = shown->width;

  return TRUE;
}

/* The legend */

/**
 * steward_chart_axes_set_legend:
 * @names: (nullable) (array zero-terminated=1): the series' names, in the
 *   order of their colours; %NULL or empty for no legend
 *
 * Before the plot area is placed: the legend takes the line above it.
 */
void
steward_chart_axes_set_legend (StewardChartAxes   *axes,
                               const char * const *names)
{
  g_clear_pointer (&axes->legend, g_strfreev);
  if (names != NULL && names[0] != NULL)
    axes->legend = g_strdupv ((char **)names);
}

/* On the line above the plot, at its right, each name after a swatch of
 * its series' colour; what does not fit beside the unit is left out. */
void
steward_chart_axes_draw_legend (StewardChartAxes          *axes,
                                cairo_t                   *cr,
                                const StewardChartContext *ctx)
{
  const StewardChartPalette *palette = ctx->palette;
  double line_height = get_line_height (axes);
  double swatch = round (line_height * 0.6);
  double right = ctx->x + ctx->width;
  double min_left = 0;
  double total = 0;
  double x;

  g_array_set_size (axes->shown_legend, 0);
  if (axes->legend == NULL)
    return;

  if (ctx->y_unit != NULL)
    {
      measure_text (axes, ctx->y_unit, &min_left, NULL);
      min_left += LEGEND_GAP;
    }

  for (guint i = 0; axes->legend[i] != NULL; i++)
    {
      double name_width;

      measure_text (axes, axes->legend[i], &name_width, NULL);
      total += (i > 0 ? LEGEND_GAP : 0) + swatch + SWATCH_GAP + name_width;
    }

  x = MAX (min_left, right - total);
  for (guint i = 0; axes->legend[i] != NULL; i++)
    {
      double name_width;
      ShownLabel shown;

      measure_text (axes, axes->legend[i], &name_width, NULL);
      if (x + swatch + SWATCH_GAP + name_width > right + RIGHT_MARGIN)
        break;

      steward_chart_set_source (cr, steward_chart_palette_get_series_color (palette, i), 1);
      cairo_rectangle (cr, round (x), round ((line_height - swatch) / 2), swatch, swatch);
      cairo_fill (cr);

      steward_chart_set_source (cr, &palette->foreground, 0.7);
      show_text (axes, cr, axes->legend[i], x + swatch + SWATCH_GAP, 0);

      shown = (ShownLabel) { i, x, swatch + SWATCH_GAP + name_width };
      g_array_append_val (axes->shown_legend, shown);
      x += swatch + SWATCH_GAP + name_width + LEGEND_GAP;
    }
}

guint
steward_chart_axes_get_n_shown_legend (StewardChartAxes *axes)
{
  return axes->shown_legend->len;
}

/* @left, @width: of the swatch and the name together */
gboolean
steward_chart_axes_get_shown_legend (StewardChartAxes  *axes,
                                     guint              nth,
                                     const char       **name,
                                     double            *left,
                                     double            *width)
{
  const ShownLabel *shown;

  if (nth >= axes->shown_legend->len)
    return FALSE;

  shown = &g_array_index (axes->shown_legend, ShownLabel, nth);
  if (name != NULL)
    *name = axes->legend[shown->index];
  if (left != NULL)
    *left = shown->left;
  if (width != NULL)
    *width = shown->width;

  return TRUE;
}
