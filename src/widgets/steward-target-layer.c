/* steward-target-layer.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-target-layer"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-chart-layer-private.h"
#include "steward-target-layer.h"

/* The target of a measure over time, as steps: from a period on, the value
 * should be at least, at most, or between two levels, until the next step
 * (a target changed in the middle of a year). "At least 99.5 %" is a dashed
 * line with its good side lightly shaded; "between 2 and 4 hours" is a
 * band. Steps change half-way between two periods, as the bars do. */

typedef struct
{
  double x_from;
  double low;     /* -INFINITY: no lower bound */
  double high;    /* +INFINITY: no upper bound */
} Step;

struct _StewardTargetLayer
{
  StewardChartLayer  parent_instance;

  GArray            *steps;  /* Step, by x_from */
};

G_DEFINE_FINAL_TYPE (StewardTargetLayer, steward_target_layer, STEWARD_TYPE_CHART_LAYER)

static gboolean
steward_target_layer_get_extent (StewardChartLayer *layer,
                                 double            *x_min,
                                 double            *x_max,
                                 double            *y_min,
                                 double            *y_max)
{
  StewardTargetLayer *self = STEWARD_TARGET_LAYER (layer);
  gboolean found = FALSE;

  *x_min = *y_min = INFINITY;
  *x_max = *y_max = -INFINITY;

  for (guint i = 0; i < self->steps->len; i++)
    {
      const Step *step = &g_array_index (self->steps, Step, i);

      if (isfinite (step->x_from))
        {
          *x_min = MIN (*x_min, step->x_from);
          *x_max = MAX (*x_max, step->x_from);
        }
      if (isfinite (step->low))
        {
          *y_min = MIN (*y_min, step->low);
          *y_max = MAX (*y_max, step->low);
          found = TRUE;
        }
      if (isfinite (step->high))
        {
          *y_min = MIN (*y_min, step->high);
          *y_max = MAX (*y_max, step->high);
          found = TRUE;
        }
    }

  /* Before the first step, the axis is the data's to choose: a step from
   * -INFINITY says nothing of x. */
  return found;
}

static void
draw_level (cairo_t                   *cr,
            const StewardChartContext *ctx,
            double                     left,
            double                     right,
            double                     y)
{
  static const double dashes[] = { 5, 3 };
  gboolean full = ctx->style == STEWARD_CHART_STYLE_FULL;

  cairo_set_line_width (cr, full ? 1.5 : 1);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  steward_chart_set_source (cr, &ctx->palette->foreground, 0.6);
  cairo_move_to (cr, left, y);
  cairo_line_to (cr, right, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
steward_target_layer_draw (StewardChartLayer         *layer,
                           cairo_t                   *cr,
                           const StewardChartContext *ctx)
{
  StewardTargetLayer *self = STEWARD_TARGET_LAYER (layer);
  const StewardChartPalette *palette = ctx->palette;
  double area_left = ctx->x, area_right = ctx->x + ctx->width;
  double area_top = ctx->y, area_bottom = ctx->y + ctx->height;

  cairo_rectangle (cr, ctx->x, ctx->y, ctx->width, ctx->height);
  cairo_clip (cr);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const Step *step = &g_array_index (self->steps, Step, i);
      double left = CLAMP (steward_chart_context_map_x (ctx, step->x_from - 0.5), area_left, area_right);
      double right = area_right;
      double y_low, y_high;

      if (i + 1 < self->steps->len)
        right = CLAMP (steward_chart_context_map_x (ctx, g_array_index (self->steps, Step, i + 1).x_from - 0.5),
                       area_left, area_right);
      if (right <= left || (!isfinite (step->low) && !isfinite (step->high)))
        continue;

      y_low = isfinite (step->low) ? steward_chart_context_map_y (ctx, step->low) : area_bottom;
      y_high = isfinite (step->high) ? steward_chart_context_map_y (ctx, step->high) : area_top;

      if (isfinite (step->low) && isfinite (step->high) && step->high > step->low)
        {
          /* Within a range: the band, and its edges. */
          steward_chart_set_source (cr, &palette->band, 1);
          cairo_rectangle (cr, left, y_high, right - left, y_low - y_high);
          cairo_fill (cr);

          cairo_set_line_width (cr, 1);
          steward_chart_set_source (cr, &palette->band, 3);
          cairo_move_to (cr, left, y_high);
          cairo_line_to (cr, right, y_high);
          cairo_move_to (cr, left, y_low);
          cairo_line_to (cr, right, y_low);
          cairo_stroke (cr);
          continue;
        }

      /* At least or at most: the good side, lighter than a band. */
      if (!isfinite (step->low) || !isfinite (step->high))
        {
          steward_chart_set_source (cr, &palette->band, 0.6);
          cairo_rectangle (cr, left, y_high, right - left, y_low - y_high);
          cairo_fill (cr);
        }

      draw_level (cr, ctx, left, right, isfinite (step->low) ? y_low : y_high);
    }
}

/* The target of one step in words: "at least 99.5 %". */
static char *
describe_step (const Step *step,
               const char *unit)
{
  g_autofree char *low = steward_chart_format_value (step->low, unit);
  g_autofree char *high = steward_chart_format_value (step->high, unit);

  if (!isfinite (step->low) && !isfinite (step->high))
    /* TRANSLATORS: in a chart's summary: for a time, there was no target */
    return g_strdup (_("none"));
  if (!isfinite (step->high))
    /* TRANSLATORS: in a chart's summary: a target "at least 99.5 %" */
    return g_strdup_printf (_("at least %s"), low);
  if (!isfinite (step->low))
    /* TRANSLATORS: in a chart's summary: a target "at most 4 小時" */
    return g_strdup_printf (_("at most %s"), high);
  if (step->low == step->high)
    return g_steal_pointer (&low);

  /* TRANSLATORS: in a chart's summary: a target "between 2 and 4 小時" */
  return g_strdup_printf (_("between %s and %s"), low, high);
}

static char *
steward_target_layer_describe (StewardChartLayer *layer)
{
  StewardTargetLayer *self = STEWARD_TARGET_LAYER (layer);
  StewardChartPlot *plot = steward_chart_layer_get_plot (layer);
  const char *unit = steward_chart_layer_get_y_unit (layer);
  g_autoptr(GString) steps = g_string_new (NULL);

  if (self->steps->len == 0)
    return NULL;

  for (guint i = 0; i < self->steps->len; i++)
    {
      const Step *step = &g_array_index (self->steps, Step, i);
      g_autofree char *target = describe_step (step, unit);
      const char *from = plot != NULL ? steward_chart_plot_get_x_label (plot, step->x_from) : NULL;

      if (i > 0)
        g_string_append (steps, _(", "));
      if (self->steps->len > 1 && from != NULL)
        /* TRANSLATORS: in a chart's summary: a target and when it started,
         * "at least 99.5 % from 2023-07" */
        g_string_append_printf (steps, _("%s from %s"), target, from);
      else
        g_string_append (steps, target);
    }

  /* TRANSLATORS: in a chart's summary: "Target: at least 99.5 %." */
  return g_strdup_printf (_("Target: %s."), steps->str);
}

static void
steward_target_layer_finalize (GObject *object)
{
  StewardTargetLayer *self = (StewardTargetLayer *)object;

  g_array_unref (self->steps);

  G_OBJECT_CLASS (steward_target_layer_parent_class)->finalize (object);
}

static void
steward_target_layer_class_init (StewardTargetLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  StewardChartLayerClass *layer_class = STEWARD_CHART_LAYER_CLASS (klass);

  object_class->finalize = steward_target_layer_finalize;

  layer_class->get_extent = steward_target_layer_get_extent;
  layer_class->draw = steward_target_layer_draw;
  layer_class->describe = steward_target_layer_describe;
}

static void
steward_target_layer_init (StewardTargetLayer *self)
{
  self->steps = g_array_new (FALSE, FALSE, sizeof (Step));
}

StewardChartLayer *
steward_target_layer_new (void)
{
  return g_object_new (STEWARD_TYPE_TARGET_LAYER, NULL);
}

/**
 * steward_target_layer_add_step:
 * @x_from: the first period with this target; -INFINITY for all
 * @low: the value should be at least this; -INFINITY for no lower bound
 * @high: and at most this; +INFINITY for no upper bound
 *
 * The target holds until the step with the next @x_from. A step from the
 * same period replaces the one there.
 */
void
steward_target_layer_add_step (StewardTargetLayer *self,
                               double              x_from,
                               double              low,
                               double              high)
{
  Step step = { x_from, low, high };
  guint i;

  g_return_if_fail (STEWARD_IS_TARGET_LAYER (self));
  g_return_if_fail (!isnan (x_from) && !isnan (low) && !isnan (high));
  g_return_if_fail (low <= high);

  for (i = 0; i < self->steps->len; i++)
    {
      Step *other = &g_array_index (self->steps, Step, i);

      if (other->x_from == x_from)
        {
          *other = step;
          return;
        }
      if (other->x_from > x_from)
        break;
    }

  g_array_insert_val (self->steps, i, step);
}

guint
steward_target_layer_get_n_steps (StewardTargetLayer *self)
{
  g_return_val_if_fail (STEWARD_IS_TARGET_LAYER (self), 0);

  return self->steps->len;
}

/**
 * steward_target_layer_get_target:
 * @x: a period
 * @low: (out) (optional):
 * @high: (out) (optional):
 *
 * Returns: whether there is a target at @x (a step from @x or before)
 */
gboolean
steward_target_layer_get_target (StewardTargetLayer *self,
                                 double              x,
                                 double             *low,
                                 double             *high)
{
  const Step *found = NULL;

  g_return_val_if_fail (STEWARD_IS_TARGET_LAYER (self), FALSE);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const Step *step = &g_array_index (self->steps, Step, i);

      if (step->x_from > x)
        break;
      found = step;
    }

  if (found == NULL)
    return FALSE;

  if (low != NULL)
    *low = found->low;
  if (high != NULL)
    *high = found->high;

  return TRUE;
}

void
steward_target_layer_clear (StewardTargetLayer *self)
{
  g_return_if_fail (STEWARD_IS_TARGET_LAYER (self));

  g_array_set_size (self->steps, 0);
}
