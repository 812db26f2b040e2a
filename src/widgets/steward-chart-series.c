/* steward-chart-series.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart-series"

#include "config.h"

#include "steward-chart-series.h"

/* The values a chart layer draws: one per period, in the order added. The
 * points live in one array of structs, so that drawing walks memory in
 * order and adding a point allocates only its label. */

typedef struct
{
  double                  x;
  double                  y;
  char                   *label;
  StewardChartPointState  state;
} Point;

struct _StewardChartSeries
{
  GObject  parent_instance;

  char    *name;
  GArray  *points;
};

G_DEFINE_FINAL_TYPE (StewardChartSeries, steward_chart_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_point (gpointer data)
{
  Point *point = data;

  g_clear_pointer (&point->label, g_free);
}

static void
steward_chart_series_finalize (GObject *object)
{
  StewardChartSeries *self = (StewardChartSeries *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (steward_chart_series_parent_class)->finalize (object);
}

static void
steward_chart_series_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StewardChartSeries *self = STEWARD_CHART_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_chart_series_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  StewardChartSeries *self = STEWARD_CHART_SERIES (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_chart_series_class_init (StewardChartSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_chart_series_finalize;
  object_class->get_property = steward_chart_series_get_property;
  object_class->set_property = steward_chart_series_set_property;

  /**
   * StewardChartSeries:name:
   *
   * What the values are, as tooltips and summaries say it: "Availability".
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_chart_series_init (StewardChartSeries *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  g_array_set_clear_func (self->points, clear_point);
}

/**
 * steward_chart_series_new:
 * @name: (nullable): what the values are
 */
StewardChartSeries *
steward_chart_series_new (const char *name)
{
  return g_object_new (STEWARD_TYPE_CHART_SERIES, "name", name, NULL);
}

/**
 * steward_chart_series_get_name:
 *
 * Returns: (transfer none): the name, never %NULL
 */
const char *
steward_chart_series_get_name (StewardChartSeries *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_SERIES (self), NULL);

  return self->name != NULL ? self->name : "";
}

/**
 * steward_chart_series_add_point:
 * @x: where the period is on the x axis: its index, 0 for the first
 * @y: the value; NAN for a period without one (the line breaks there)
 * @label: (nullable): the period, as people write it: "113/03", "2024-Q1"
 * @state: whether the value met its target
 */
void
steward_chart_series_add_point (StewardChartSeries     *self,
                                double                  x,
                                double                  y,
                                const char             *label,
                                StewardChartPointState  state)
{
  Point point = { x, y, g_strdup (label), state };

  g_return_if_fail (STEWARD_IS_CHART_SERIES (self));

  g_array_append_val (self->points, point);
}

guint
steward_chart_series_get_n_points (StewardChartSeries *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_SERIES (self), 0);

  return self->points->len;
}

/**
 * steward_chart_series_get_point:
 * @i: less than steward_chart_series_get_n_points()
 * @x: (out) (optional):
 * @y: (out) (optional):
 * @label: (out) (optional) (transfer none): the period, "" when none was given
 * @state: (out) (optional):
 */
void
steward_chart_series_get_point (StewardChartSeries      *self,
                                guint                    i,
                                double                  *x,
                                double                  *y,
                                const char             **label,
                                StewardChartPointState  *state)
{
  const Point *point;

  g_return_if_fail (STEWARD_IS_CHART_SERIES (self));
  g_return_if_fail (i < self->points->len);

  point = &g_array_index (self->points, Point, i);
  if (x != NULL)
    *x = point->x;
  if (y != NULL)
    *y = point->y;
  if (label != NULL)
    *label = point->label != NULL ? point->label : "";
  if (state != NULL)
    *state = point->state;
}

void
steward_chart_series_clear (StewardChartSeries *self)
{
  g_return_if_fail (STEWARD_IS_CHART_SERIES (self));

  g_array_set_size (self->points, 0);
}
