/* steward-line-layer.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-line-layer"

#include "config.h"

#include <math.h>

#include "steward-chart-layer-private.h"
#include "steward-line-layer.h"

/* A series as a line through its values, with a marker on each. A marker
 * says whether its period met the target twice over, for those who do not
 * tell the colours apart: a filled circle when met, a hollow diamond when
 * not. A period without a value breaks the line.
 *
 * The markers of one kind are one path, filled or stroked once: a trend of
 * ten years of months is 120 markers, and cairo is fastest with few large
 * operations. */

struct _StewardLineLayer
{
  StewardChartLayer   parent_instance;

  StewardChartSeries *series;
  gboolean            show_points;
};

G_DEFINE_FINAL_TYPE (StewardLineLayer, steward_line_layer, STEWARD_TYPE_CHART_LAYER)

enum {
  PROP_0,
  PROP_SERIES,
  PROP_SHOW_POINTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  MARKER_HALO,
  MARKER_NORMAL,
  MARKER_MET,
  MARKER_MISSED,
} Marker;

static gboolean
steward_line_layer_get_extent (StewardChartLayer *layer,
                               double            *x_min,
                               double            *x_max,
                               double            *y_min,
                               double            *y_max)
{
  StewardLineLayer *self = STEWARD_LINE_LAYER (layer);

  return steward_chart_layer_series_extent (self->series, x_min, x_max, y_min, y_max);
}

static double
marker_radius (const StewardChartContext *ctx)
{
  if (ctx->style == STEWARD_CHART_STYLE_SPARKLINE)
    return 2.5;

  return CLAMP (steward_chart_context_slot_width (ctx) * 0.32, 2.5, 4.5);
}

/* Adds the markers of @kind, of the points from @first on, to the path. */
static gboolean
add_markers (StewardLineLayer          *self,
             cairo_t                   *cr,
             const StewardChartContext *ctx,
             guint                      first,
             Marker                     kind,
             double                     radius)
{
  guint n_points = steward_chart_series_get_n_points (self->series);
  gboolean any = FALSE;

  for (guint i = first; i < n_points; i++)
    {
      StewardChartPointState state;
      double x, y, px, py;

      steward_chart_series_get_point (self->series, i, &x, &y, NULL, &state);
      if (!isfinite (x) || !isfinite (y))
        continue;
      if ((kind == MARKER_NORMAL && state != STEWARD_CHART_POINT_NORMAL) ||
          (kind == MARKER_MET && state != STEWARD_CHART_POINT_MET) ||
          (kind == MARKER_MISSED && state != STEWARD_CHART_POINT_MISSED))
        continue;

      px = steward_chart_context_map_x (ctx, x);
      py = steward_chart_context_map_y (ctx, y);
      cairo_new_sub_path (cr);
      if (kind == MARKER_MISSED)
        {
          double r = radius * 1.35;

          cairo_move_to (cr, px, py - r);
          cairo_line_to (cr, px + r, py);
          cairo_line_to (cr, px, py + r);
          cairo_line_to (cr, px - r, py);
          cairo_close_path (cr);
        }
      else
        cairo_arc (cr, px, py, kind == MARKER_HALO ? radius + 1.5 : radius, 0, 2 * G_PI);
      any = TRUE;
    }

  return any;
}

/* The last point with a value, which a sparkline marks alone. */
static guint
last_point (StewardLineLayer *self)
{
  for (guint i = steward_chart_series_get_n_points (self->series); i > 0; i--)
    {
      double y;

      steward_chart_series_get_point (self->series, i - 1, NULL, &y, NULL, NULL);
      if (isfinite (y))
        return i - 1;
    }

  return 0;
}

static void
steward_line_layer_draw (StewardChartLayer         *layer,
                         cairo_t                   *cr,
                         const StewardChartContext *ctx)
{
  StewardLineLayer *self = STEWARD_LINE_LAYER (layer);
  const StewardChartPalette *palette = ctx->palette;
  guint n_points = steward_chart_series_get_n_points (self->series);
  gboolean full = ctx->style == STEWARD_CHART_STYLE_FULL;
  gboolean pen_down = FALSE;
  double radius = marker_radius (ctx);
  guint first;

  if (n_points == 0)
    return;

  for (guint i = 0; i < n_points; i++)
    {
      double x, y;

      steward_chart_series_get_point (self->series, i, &x, &y, NULL, NULL);
      if (!isfinite (x) || !isfinite (y))
        {
          pen_down = FALSE;
          continue;
        }

      if (pen_down)
        cairo_line_to (cr, steward_chart_context_map_x (ctx, x), steward_chart_context_map_y (ctx, y));
      else
        cairo_move_to (cr, steward_chart_context_map_x (ctx, x), steward_chart_context_map_y (ctx, y));
      pen_down = TRUE;
    }

  /* Round joins and full antialiasing show only where the points are far
   * enough apart, and cost twice as much: a sparkline of ten years of
   * months has a point per pixel, and a page has fifty of them. */
  cairo_save (cr);
  if (steward_chart_context_slot_width (ctx) >= 3)
    cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  else
    {
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, full ? 2 : 1.5);
  steward_chart_set_source (cr, &palette->accent, 1);
  cairo_stroke (cr);
  cairo_restore (cr);

  first = self->show_points ? 0 : last_point (self);

  /* A ring of the background sets the markers apart from the line; a
   * sparkline has no background of its own. */
  if (full && add_markers (self, cr, ctx, first, MARKER_HALO, radius))
    {
      steward_chart_set_source (cr, &palette->background, 1);
      cairo_fill (cr);
    }

  if (add_markers (self, cr, ctx, first, MARKER_NORMAL, radius))
    {
      steward_chart_set_source (cr, &palette->accent, 1);
      cairo_fill (cr);
    }

  if (add_markers (self, cr, ctx, first, MARKER_MET, radius))
    {
      steward_chart_set_source (cr, &palette->met, 1);
      cairo_fill (cr);
    }

  if (add_markers (self, cr, ctx, first, MARKER_MISSED, radius))
    {
      if (full)
        {
          steward_chart_set_source (cr, &palette->background, 1);
          cairo_fill_preserve (cr);
        }
      cairo_set_line_width (cr, full ? 2 : 1.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      steward_chart_set_source (cr, &palette->missed, 1);
      cairo_stroke (cr);
    }
}

static char *
steward_line_layer_pick (StewardChartLayer         *layer,
                         const StewardChartContext *ctx,
                         double                     x,
                         double                     y,
                         double                    *distance)
{
  StewardLineLayer *self = STEWARD_LINE_LAYER (layer);
  guint n_points = steward_chart_series_get_n_points (self->series);
  double best_distance = G_MAXDOUBLE;
  guint best = G_MAXUINT;

  for (guint i = 0; i < n_points; i++)
    {
      double px, py, d;

      steward_chart_series_get_point (self->series, i, &px, &py, NULL, NULL);
      if (!isfinite (px) || !isfinite (py))
        continue;

      d = hypot (steward_chart_context_map_x (ctx, px) - x, steward_chart_context_map_y (ctx, py) - y);
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
steward_line_layer_describe (StewardChartLayer *layer)
{
  StewardLineLayer *self = STEWARD_LINE_LAYER (layer);

  return steward_chart_layer_describe_series (self->series, steward_chart_layer_get_y_unit (layer));
}

static void
steward_line_layer_dispose (GObject *object)
{
  StewardLineLayer *self = (StewardLineLayer *)object;

  g_clear_object (&self->series);

  G_OBJECT_CLASS (steward_line_layer_parent_class)->dispose (object);
}

static void
steward_line_layer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StewardLineLayer *self = STEWARD_LINE_LAYER (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;

    case PROP_SHOW_POINTS:
      g_value_set_boolean (value, self->show_points);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_line_layer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  StewardLineLayer *self = STEWARD_LINE_LAYER (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_set_object (&self->series, g_value_get_object (value));
      if (self->series == NULL)
        self->series = steward_chart_series_new (NULL);
      break;

    case PROP_SHOW_POINTS:
      steward_line_layer_set_show_points (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_line_layer_class_init (StewardLineLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StewardChartLayerClass *layer_class = STEWARD_CHART_LAYER_CLASS (klass);

  object_class->dispose = steward_line_layer_dispose;
  object_class->get_property = steward_line_layer_get_property;
  object_class->set_property = steward_line_layer_set_property;

  layer_class->get_extent = steward_line_layer_get_extent;
  layer_class->draw = steward_line_layer_draw;
  layer_class->pick = steward_line_layer_pick;
  layer_class->describe = steward_line_layer_describe;

  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, STEWARD_TYPE_CHART_SERIES,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * StewardLineLayer:show-points:
   *
   * Whether every value has its marker; without, only the last has one,
   * as sparklines do.
   */
  properties[PROP_SHOW_POINTS] =
    g_param_spec_boolean ("show-points", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_line_layer_init (StewardLineLayer *self)
{
  self->show_points = TRUE;
}

/**
 * steward_line_layer_new:
 * @series: the values; the layer keeps a reference and reads them at
 *   each draw
 */
StewardChartLayer *
steward_line_layer_new (StewardChartSeries *series)
{
  g_return_val_if_fail (STEWARD_IS_CHART_SERIES (series), NULL);

  return g_object_new (STEWARD_TYPE_LINE_LAYER, "series", series, NULL);
}

/**
 * steward_line_layer_get_series:
 *
 * Returns: (transfer none):
 */
StewardChartSeries *
steward_line_layer_get_series (StewardLineLayer *self)
{
  g_return_val_if_fail (STEWARD_IS_LINE_LAYER (self), NULL);

  return self->series;
}

gboolean
steward_line_layer_get_show_points (StewardLineLayer *self)
{
  g_return_val_if_fail (STEWARD_IS_LINE_LAYER (self), FALSE);

  return self->show_points;
}

void
steward_line_layer_set_show_points (StewardLineLayer *self,
                                    gboolean          show_points)
{
  g_return_if_fail (STEWARD_IS_LINE_LAYER (self));

  show_points = !!show_points;
  if (show_points == self->show_points)
    return;

  self->show_points = show_points;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_POINTS]);
}
