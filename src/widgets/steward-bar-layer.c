/* steward-bar-layer.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-bar-layer"

#include "config.h"

#include <math.h>

#include "steward-bar-layer.h"
#include "steward-chart-layer-private.h"

/* A series as bars from zero, one per period: the share of objectives met,
 * the number of incidents. A bar that met its target is solid in the "met"
 * colour; one that did not is pale and outlined in the "missed" colour, so
 * that the two differ in grey print and to those who do not see colours.
 * (Hatching would say it better, but its hundreds of little lines took ten
 * times as long as the rest of the chart.) A value of zero still shows, as
 * a line on the axis.
 *
 * Several series of one chart stand side by side in each period's slot,
 * as a group, each in its own colour (steward_bar_layer_set_group()):
 * drawn over each other, only the tallest would show. */

struct _StewardBarLayer
{
  StewardChartLayer   parent_instance;

  StewardChartSeries *series;
  guint               group_index;
  guint               group_size;
};

G_DEFINE_FINAL_TYPE (StewardBarLayer, steward_bar_layer, STEWARD_TYPE_CHART_LAYER)

enum {
  PROP_0,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} Rect;

static gboolean
steward_bar_layer_get_extent (StewardChartLayer *layer,
                              double            *x_min,
                              double            *x_max,
                              double            *y_min,
                              double            *y_max)
{
  StewardBarLayer *self = STEWARD_BAR_LAYER (layer);

  if (!steward_chart_layer_series_extent (self->series, x_min, x_max, y_min, y_max))
    return FALSE;

  /* The bars start at zero. */
  *y_min = MIN (*y_min, 0);
  *y_max = MAX (*y_max, 0);

  return TRUE;
}

/* The bar of point @i; FALSE when it has no value. */
static gboolean
bar_rect (StewardBarLayer           *self,
          const StewardChartContext *ctx,
          guint                      i,
          StewardChartPointState    *state,
          Rect                      *rect)
{
  double slot = steward_chart_context_slot_width (ctx);
  double group_width = MAX (1, slot * (ctx->style == STEWARD_CHART_STYLE_FULL ? 0.64 : 0.75));
  double width = group_width / self->group_size;
  double base = steward_chart_context_map_y (ctx, CLAMP (0, ctx->y_min, ctx->y_max));
  double x, y, top, left;

  steward_chart_series_get_point (self->series, i, &x, &y, NULL, state);
  if (!isfinite (x) || !isfinite (y))
    return FALSE;

  top = steward_chart_context_map_y (ctx, y);
  left = steward_chart_context_map_x (ctx, x) - group_width / 2 + self->group_index * width;
  /* A hairline between the bars of a group, while they are wide enough
   * to spare it. */
  if (self->group_size > 1 && width >= 4)
    {
      left += 0.5;
      width -= 1;
    }
  rect->x = left;
  rect->width = MAX (1, width);
  rect->y = MIN (top, base);
  rect->height = fabs (top - base);
  if (rect->height < 1)
    {
      rect->y = base - 0.5;
      rect->height = 1;
    }

  return TRUE;
}

/* Adds the bars in @state to the path. */
static gboolean
add_bars (StewardBarLayer           *self,
          cairo_t                   *cr,
          const StewardChartContext *ctx,
          StewardChartPointState     state)
{
  guint n_points = steward_chart_series_get_n_points (self->series);
  gboolean any = FALSE;

  for (guint i = 0; i < n_points; i++)
    {
      StewardChartPointState bar_state;
      Rect rect;

      if (!bar_rect (self, ctx, i, &bar_state, &rect) || bar_state != state)
        continue;

      cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
      any = TRUE;
    }

  return any;
}

/* Adds the outlines of the missed bars to the path, inside them so that
 * narrow bars stay apart. */
static void
add_outlines (StewardBarLayer           *self,
              cairo_t                   *cr,
              const StewardChartContext *ctx)
{
  guint n_points = steward_chart_series_get_n_points (self->series);

  for (guint i = 0; i < n_points; i++)
    {
      StewardChartPointState state;
      Rect rect;

      if (!bar_rect (self, ctx, i, &state, &rect) || state != STEWARD_CHART_POINT_MISSED)
        continue;

      /* Too low to be pale inside: a solid line. */
      if (rect.width >= 3 && rect.height >= 3)
        cairo_rectangle (cr, rect.x + 0.75, rect.y + 0.75, rect.width - 1.5, rect.height - 1.5);
      else
        cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
    }
}

static void
steward_bar_layer_draw (StewardChartLayer         *layer,
                        cairo_t                   *cr,
                        const StewardChartContext *ctx)
{
  StewardBarLayer *self = STEWARD_BAR_LAYER (layer);
  const StewardChartPalette *palette = ctx->palette;

  /* Bars stay inside the plot: no marker crosses its edge here. */
  cairo_rectangle (cr, ctx->x, ctx->y, ctx->width, ctx->height);
  cairo_clip (cr);

  if (add_bars (self, cr, ctx, STEWARD_CHART_POINT_NORMAL))
    {
      steward_chart_set_source (cr, steward_chart_palette_get_series_color (palette, self->group_index), 1);
      cairo_fill (cr);
    }

  if (add_bars (self, cr, ctx, STEWARD_CHART_POINT_MET))
    {
      steward_chart_set_source (cr, &palette->met, 1);
      cairo_fill (cr);
    }

  if (add_bars (self, cr, ctx, STEWARD_CHART_POINT_MISSED))
    {
      steward_chart_set_source (cr, &palette->missed, 0.25);
      cairo_fill (cr);
      add_outlines (self, cr, ctx);
      cairo_set_line_width (cr, 1.5);
      steward_chart_set_source (cr, &palette->missed, 1);
      cairo_stroke (cr);
    }
}

static char *
steward_bar_layer_pick (StewardChartLayer         *layer,
                        const StewardChartContext *ctx,
                        double                     x,
                        double                     y,
                        double                    *distance)
{
  StewardBarLayer *self = STEWARD_BAR_LAYER (layer);
  guint n_points = steward_chart_series_get_n_points (self->series);
  double best_distance = G_MAXDOUBLE;
  guint best = G_MAXUINT;

  for (guint i = 0; i < n_points; i++)
    {
      Rect rect;
      double dx, dy, d;

      if (!bar_rect (self, ctx, i, NULL, &rect))
        continue;

      /* Zero inside the bar. */
      dx = MAX (0, MAX (rect.x - x, x - rect.x - rect.width));
      dy = MAX (0, MAX (rect.y - y, y - rect.y - rect.height));
      d = hypot (dx, dy);
      if (d < best_distance)
        {
          best_distance = d;
          best = i;
        }
    }

  if (best == G_MAXUINT || best_distance > STEWARD_CHART_PICK_DISTANCE)
    return NULL;

  *distance = best_distance;

  return steward_chart_layer_dup_point_text (self->series, best, ctx->y_unit);
}

static char *
steward_bar_layer_describe (StewardChartLayer *layer)
{
  StewardBarLayer *self = STEWARD_BAR_LAYER (layer);

  return steward_chart_layer_describe_series (self->series, steward_chart_layer_get_y_unit (layer));
}

static void
steward_bar_layer_dispose (GObject *object)
{
  StewardBarLayer *self = (StewardBarLayer *)object;

  g_clear_object (&self->series);

  G_OBJECT_CLASS (steward_bar_layer_parent_class)->dispose (object);
}

static void
steward_bar_layer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StewardBarLayer *self = STEWARD_BAR_LAYER (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_bar_layer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StewardBarLayer *self = STEWARD_BAR_LAYER (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_set_object (&self->series, g_value_get_object (value));
      if (self->series == NULL)
        self->series = steward_chart_series_new (NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_bar_layer_class_init (StewardBarLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StewardChartLayerClass *layer_class = STEWARD_CHART_LAYER_CLASS (klass);

  object_class->dispose = steward_bar_layer_dispose;
  object_class->get_property = steward_bar_layer_get_property;
  object_class->set_property = steward_bar_layer_set_property;

  layer_class->get_extent = steward_bar_layer_get_extent;
  layer_class->draw = steward_bar_layer_draw;
  layer_class->pick = steward_bar_layer_pick;
  layer_class->describe = steward_bar_layer_describe;

  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, STEWARD_TYPE_CHART_SERIES,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_bar_layer_init (StewardBarLayer *self)
{
  self->group_size = 1;
}

/**
 * steward_bar_layer_new:
 * @series: the values; the layer keeps a reference and reads them at
 *   each draw
 */
StewardChartLayer *
steward_bar_layer_new (StewardChartSeries *series)
{
  g_return_val_if_fail (STEWARD_IS_CHART_SERIES (series), NULL);

  return g_object_new (STEWARD_TYPE_BAR_LAYER, "series", series, NULL);
}

/**
 * steward_bar_layer_get_series:
 *
 * Returns: (transfer none):
 */
StewardChartSeries *
steward_bar_layer_get_series (StewardBarLayer *self)
{
  g_return_val_if_fail (STEWARD_IS_BAR_LAYER (self), NULL);

  return self->series;
}

/**
 * steward_bar_layer_set_group:
 * @index: which of the group this layer is, from the left; also which
 *   series colour its bars without a target take
 * @size: how many bar layers of the plot share each period's slot
 *
 * Puts the bars beside those of the other layers of the group instead of
 * over them. The plot's legend names the series of a group of two or more.
 */
void
steward_bar_layer_set_group (StewardBarLayer *self,
                             guint            index,
                             guint            size)
{
  g_return_if_fail (STEWARD_IS_BAR_LAYER (self));
  g_return_if_fail (size > 0 && index < size);

  self->group_index = index;
  self->group_size = size;
}

/**
 * steward_bar_layer_get_group:
 * @index: (out) (optional):
 * @size: (out) (optional): 1 for a layer alone in its slot
 */
void
steward_bar_layer_get_group (StewardBarLayer *self,
                             guint           *index,
                             guint           *size)
{
  g_return_if_fail (STEWARD_IS_BAR_LAYER (self));

  if (index != NULL)
    *index = self->group_index;
  if (size != NULL)
    *size = self->group_size;
}
