/* steward-chart-series.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Whether the value of a period reached its target. Charts draw the three
 * with different colours and different shapes. */
typedef enum
{
  STEWARD_CHART_POINT_NORMAL,
  STEWARD_CHART_POINT_MET,
  STEWARD_CHART_POINT_MISSED,
} StewardChartPointState;

#define STEWARD_TYPE_CHART_SERIES (steward_chart_series_get_type ())

G_DECLARE_FINAL_TYPE (StewardChartSeries, steward_chart_series, STEWARD, CHART_SERIES, GObject)

StewardChartSeries *steward_chart_series_new          (const char              *name);
const char         *steward_chart_series_get_name     (StewardChartSeries      *self);
void                steward_chart_series_add_point    (StewardChartSeries      *self,
                                                       double                   x,
                                                       double                   y,
                                                       const char              *label,
                                                       StewardChartPointState   state);
guint               steward_chart_series_get_n_points (StewardChartSeries      *self);
void                steward_chart_series_get_point    (StewardChartSeries      *self,
                                                       guint                    i,
                                                       double                  *x,
                                                       double                  *y,
                                                       const char             **label,
                                                       StewardChartPointState  *state);
void                steward_chart_series_clear        (StewardChartSeries      *self);

G_END_DECLS
