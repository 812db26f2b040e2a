/* steward-chart-layer.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart-layer"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-chart-layer-private.h"

/* One thing a chart draws: a line, bars, a target. A layer maps its data
 * into the plot area of a StewardChartContext and draws with cairo alone,
 * so that the same code paints the widget and the PDF and PNG exports,
 * which run without a display. */

typedef struct
{
  StewardChartPlot *plot;   /* not owned */
} StewardChartLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StewardChartLayer, steward_chart_layer, G_TYPE_OBJECT)

/* The context */

double
steward_chart_context_map_x (const StewardChartContext *ctx,
                             double                     x)
{
  if (ctx->x_max <= ctx->x_min)
    return ctx->x + ctx->width / 2;

  return ctx->x + (x - ctx->x_min) / (ctx->x_max - ctx->x_min) * ctx->width;
}

/* Larger values higher up: cairo's y grows downwards. */
double
steward_chart_context_map_y (const StewardChartContext *ctx,
                             double                     y)
{
  if (ctx->y_max <= ctx->y_min)
    return ctx->y + ctx->height / 2;

  return ctx->y + ctx->height - (y - ctx->y_min) / (ctx->y_max - ctx->y_min) * ctx->height;
}

/* How wide one step of x (one period) is on the plot. */
double
steward_chart_context_slot_width (const StewardChartContext *ctx)
{
  if (ctx->x_max <= ctx->x_min)
    return ctx->width;

  return ctx->width / (ctx->x_max - ctx->x_min);
}

/**
 * steward_chart_format_value:
 * @unit: (nullable): "%", "小時", "天"
 *
 * Returns: (transfer full): @value with as few decimals as it needs (at
 *   most two), in the locale's way, and its unit: "99.2 %", "12 小時"
 */
char *
steward_chart_format_value (double      value,
                            const char *unit)
{
  int decimals = 2;
  char number[64];

  if (!isfinite (value))
    return g_strdup (_("no value"));

  for (int d = 0; d < 2; d++)
    {
      double scaled = value * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1, fabs (scaled)))
        {
          decimals = d;
          break;
        }
    }

  /* Not "-0". */
  if (value == 0)
    value = 0;

  /* The locale's decimal mark, on purpose. */
  g_snprintf (number, sizeof number, "%.*f", decimals, value);

  if (unit == NULL || unit[0] == '\0')
    return g_strdup (number);

  /* TRANSLATORS: a value and its unit: "99.2 %", "12 小時" */
  return g_strdup_printf (_("%s %s"), number, unit);
}

void
steward_chart_set_source (cairo_t       *cr,
                          const GdkRGBA *color,
                          double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Palettes: declared with the plot, which they are given to; here with
 * the context, which layers find them in. */

static void
set_rgba (GdkRGBA *color,
          double   red,
          double   green,
          double   blue,
          double   alpha)
{
  *color = (GdkRGBA) { red, green, blue, alpha };
}

static void
set_hex (GdkRGBA *color,
         guint32  rgb,
         double   alpha)
{
  set_rgba (color, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, alpha);
}

/**
 * steward_chart_palette_init_light:
 *
 * libadwaita's light colours, for exports and print.
 */
void
steward_chart_palette_init_light (StewardChartPalette *palette)
{
  set_rgba (&palette->foreground, 0, 0, 0, 0.8);
  set_hex (&palette->background, 0xffffff, 1);
  set_rgba (&palette->grid, 0, 0, 0, 0.1);
  set_hex (&palette->accent, 0x1c71d8, 1);
  set_hex (&palette->met, 0x1b8553, 1);
  set_hex (&palette->missed, 0xc01c28, 1);
  set_hex (&palette->band, 0x1b8553, 0.16);
  palette->font = STEWARD_CHART_DEFAULT_FONT;
}

/**
 * steward_chart_palette_init_dark:
 *
 * libadwaita's dark colours.
 */
void
steward_chart_palette_init_dark (StewardChartPalette *palette)
{
  set_rgba (&palette->foreground, 1, 1, 1, 1);
  set_hex (&palette->background, 0x1e1e1e, 1);
  set_rgba (&palette->grid, 1, 1, 1, 0.12);
  set_hex (&palette->accent, 0x78aeed, 1);
  set_hex (&palette->met, 0x8ff0a4, 1);
  set_hex (&palette->missed, 0xff7b63, 1);
  set_hex (&palette->band, 0x8ff0a4, 0.2);
  palette->font = STEWARD_CHART_DEFAULT_FONT;
}

/* What the line and bar layers share */

/**
 * steward_chart_layer_dup_point_text:
 *
 * Returns: (transfer full): a point's tooltip: the series, the period, the
 *   value, and whether it met its target, one a line
 */
char *
steward_chart_layer_dup_point_text (StewardChartSeries *series,
                                    guint               i,
                                    const char         *unit)
{
  g_autofree char *value = NULL;
  StewardChartPointState state;
  const char *label;
  const char *verdict = NULL;
  double y;

  steward_chart_series_get_point (series, i, NULL, &y, &label, &state);
  value = steward_chart_format_value (y, unit);

  if (state == STEWARD_CHART_POINT_MET)
    /* TRANSLATORS: in a chart's tooltip: the value reached its target */
    verdict = _("Met");
  else if (state == STEWARD_CHART_POINT_MISSED)
    /* TRANSLATORS: in a chart's tooltip: the value fell short of its target */
    verdict = _("Not met");

  return g_strjoin ("\n", steward_chart_series_get_name (series), label, value, verdict, NULL);
}

/**
 * steward_chart_layer_describe_series:
 *
 * Returns: (transfer full): a sentence for the summary: how many periods
 *   from when to when, the latest, lowest and highest values, and how many
 *   met their target
 */
char *
steward_chart_layer_describe_series (StewardChartSeries *series,
                                     const char         *unit)
{
  guint n_points = steward_chart_series_get_n_points (series);
  const char *name = steward_chart_series_get_name (series);
  const char *first_label = NULL, *last_label = NULL, *low_label = NULL, *high_label = NULL;
  double last = NAN, low = INFINITY, high = -INFINITY;
  guint n_values = 0, n_met = 0, n_missed = 0;
  g_autofree char *periods = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;
  g_autofree char *values = NULL;

  for (guint i = 0; i < n_points; i++)
    {
      StewardChartPointState state;
      const char *label;
      double y;

      steward_chart_series_get_point (series, i, NULL, &y, &label, &state);
      if (!isfinite (y))
        continue;

      n_values++;
      if (first_label == NULL)
        first_label = label;
      last_label = label;
      last = y;
      if (y < low)
        low = y, low_label = label;
      if (y > high)
        high = y, high_label = label;
      n_met += state == STEWARD_CHART_POINT_MET;
      n_missed += state == STEWARD_CHART_POINT_MISSED;
    }

  if (n_values == 0)
    /* TRANSLATORS: in a chart's summary; the %s is what the values are */
    return g_strdup_printf (_("%s: no values."), name);

  last_text = steward_chart_format_value (last, unit);
  if (n_values == 1)
    /* TRANSLATORS: in a chart's summary: "Availability: 99.2 % in 2024-12" */
    values = g_strdup_printf (_("%s: %s in %s"), name, last_text, last_label);
  else
    {
      low_text = steward_chart_format_value (low, unit);
      high_text = steward_chart_format_value (high, unit);
      periods = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u period", "%u periods", n_values),
                                 n_values);
      /* TRANSLATORS: in a chart's summary: "Availability: 36 periods from
       * 2022-01 to 2024-12; latest 99.2 %, lowest 98.1 % (2023-03),
       * highest 99.9 % (2024-07)" */
      values = g_strdup_printf (_("%s: %s from %s to %s; latest %s, lowest %s (%s), highest %s (%s)"),
                                name, periods, first_label, last_label, last_text,
                                low_text, low_label, high_text, high_label);
    }

  if (n_met + n_missed == 0)
    /* TRANSLATORS: ends a sentence of a chart's summary */
    return g_strdup_printf (_("%s."), values);

  /* TRANSLATORS: in a chart's summary: how many periods met their target,
   * and how many did not: "…; 30 met, 6 not met." */
  return g_strdup_printf (_("%s; %u met, %u not met."), values, n_met, n_missed);
}

/* The data range of a series, the periods without a value left out. */
gboolean
steward_chart_layer_series_extent (StewardChartSeries *series,
                                   double             *x_min,
                                   double             *x_max,
                                   double             *y_min,
                                   double             *y_max)
{
  guint n_points = steward_chart_series_get_n_points (series);
  gboolean found = FALSE;

  *x_min = *y_min = INFINITY;
  *x_max = *y_max = -INFINITY;

  for (guint i = 0; i < n_points; i++)
    {
      double x, y;

      steward_chart_series_get_point (series, i, &x, &y, NULL, NULL);
      if (!isfinite (x) || !isfinite (y))
        continue;

      *x_min = MIN (*x_min, x);
      *x_max = MAX (*x_max, x);
      *y_min = MIN (*y_min, y);
      *y_max = MAX (*y_max, y);
      found = TRUE;
    }

  return found;
}

/* The plot */

void
steward_chart_layer_set_plot (StewardChartLayer *self,
                              StewardChartPlot  *plot)
{
  StewardChartLayerPrivate *priv = steward_chart_layer_get_instance_private (self);

  priv->plot = plot;
}

StewardChartPlot *
steward_chart_layer_get_plot (StewardChartLayer *self)
{
  StewardChartLayerPrivate *priv = steward_chart_layer_get_instance_private (self);

  return priv->plot;
}

const char *
steward_chart_layer_get_y_unit (StewardChartLayer *self)
{
  StewardChartLayerPrivate *priv = steward_chart_layer_get_instance_private (self);

  return priv->plot != NULL ? steward_chart_plot_get_y_unit (priv->plot) : NULL;
}

/* The layer */

static gboolean
steward_chart_layer_real_get_extent (StewardChartLayer *self,
                                     double            *x_min,
                                     double            *x_max,
                                     double            *y_min,
                                     double            *y_max)
{
  return FALSE;
}

static void
steward_chart_layer_class_init (StewardChartLayerClass *klass)
{
  klass->get_extent = steward_chart_layer_real_get_extent;
}

static void
steward_chart_layer_init (StewardChartLayer *self)
{
}

/**
 * steward_chart_layer_get_extent:
 * @x_min: (out):
 * @x_max: (out):
 * @y_min: (out):
 * @y_max: (out):
 *
 * Returns: whether the layer has data; the extents are set only then
 */
gboolean
steward_chart_layer_get_extent (StewardChartLayer *self,
                                double            *x_min,
                                double            *x_max,
                                double            *y_min,
                                double            *y_max)
{
  double x0, x1, y0, y1;

  g_return_val_if_fail (STEWARD_IS_CHART_LAYER (self), FALSE);

  if (!STEWARD_CHART_LAYER_GET_CLASS (self)->get_extent (self, &x0, &x1, &y0, &y1))
    return FALSE;

  *x_min = x0;
  *x_max = x1;
  *y_min = y0;
  *y_max = y1;

  return TRUE;
}

/**
 * steward_chart_layer_draw:
 * @cr: where to draw; its state is kept
 * @ctx: the plot area and its data range
 */
void
steward_chart_layer_draw (StewardChartLayer         *self,
                          cairo_t                   *cr,
                          const StewardChartContext *ctx)
{
  StewardChartLayerClass *klass;

  g_return_if_fail (STEWARD_IS_CHART_LAYER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (ctx != NULL);

  klass = STEWARD_CHART_LAYER_GET_CLASS (self);
  if (klass->draw == NULL)
    return;

  cairo_save (cr);
  klass->draw (self, cr, ctx);
  cairo_restore (cr);
}

/**
 * steward_chart_layer_pick:
 * @x: the pointer, in the units of @ctx
 * @y:
 * @distance: (out): how far the pointer is from what it picked
 *
 * Returns: (transfer full) (nullable): the tooltip of what the layer draws
 *   nearest to @x, @y, within %STEWARD_CHART_PICK_DISTANCE; %NULL when
 *   nothing is that near
 */
char *
steward_chart_layer_pick (StewardChartLayer         *self,
                          const StewardChartContext *ctx,
                          double                     x,
                          double                     y,
                          double                    *distance)
{
  StewardChartLayerClass *klass;
  double d = G_MAXDOUBLE;
  char *text;

  g_return_val_if_fail (STEWARD_IS_CHART_LAYER (self), NULL);
  g_return_val_if_fail (ctx != NULL, NULL);

  klass = STEWARD_CHART_LAYER_GET_CLASS (self);
  if (klass->pick == NULL)
    return NULL;

  text = klass->pick (self, ctx, x, y, &d);
  if (distance != NULL)
    *distance = d;

  return text;
}

/**
 * steward_chart_layer_describe:
 *
 * Returns: (transfer full) (nullable): what the layer shows, in one or two
 *   sentences, for the chart's summary
 */
char *
steward_chart_layer_describe (StewardChartLayer *self)
{
  StewardChartLayerClass *klass;

  g_return_val_if_fail (STEWARD_IS_CHART_LAYER (self), NULL);

  klass = STEWARD_CHART_LAYER_GET_CLASS (self);

  return klass->describe != NULL ? klass->describe (self) : NULL;
}
