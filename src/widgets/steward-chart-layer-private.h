/* steward-chart-layer-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-chart-layer.h"
#include "steward-chart-plot.h"
#include "steward-chart-series.h"

G_BEGIN_DECLS

/* The font of the axes when the palette names none. */
#define STEWARD_CHART_DEFAULT_FONT "Sans 9"

/* A layer knows the plot it is on, without a reference, to say its periods
 * and unit in its description; the plot sets and clears it. */
void              steward_chart_layer_set_plot       (StewardChartLayer   *self,
                                                      StewardChartPlot    *plot);
StewardChartPlot *steward_chart_layer_get_plot       (StewardChartLayer   *self);
const char       *steward_chart_layer_get_y_unit     (StewardChartLayer   *self);

/* What the line and the bar layers share: the words for a point and for a
 * whole series. */
char             *steward_chart_layer_dup_point_text (StewardChartSeries  *series,
                                                      guint                i,
                                                      const char          *unit);
char             *steward_chart_layer_describe_series (StewardChartSeries *series,
                                                       const char         *unit);
gboolean          steward_chart_layer_series_extent  (StewardChartSeries  *series,
                                                      double              *x_min,
                                                      double              *x_max,
                                                      double              *y_min,
                                                      double              *y_max);

/* The colour with its alpha multiplied. */
void              steward_chart_set_source           (cairo_t             *cr,
                                                      const GdkRGBA       *color,
                                                      double               alpha);

G_END_DECLS
