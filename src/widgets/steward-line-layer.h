/* steward-line-layer.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-chart-layer.h"
#include "steward-chart-series.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_LINE_LAYER (steward_line_layer_get_type ())

G_DECLARE_FINAL_TYPE (StewardLineLayer, steward_line_layer, STEWARD, LINE_LAYER, StewardChartLayer)

StewardChartLayer  *steward_line_layer_new             (StewardChartSeries *series);
StewardChartSeries *steward_line_layer_get_series      (StewardLineLayer   *self);
gboolean            steward_line_layer_get_show_points (StewardLineLayer   *self);
void                steward_line_layer_set_show_points (StewardLineLayer   *self,
                                                        gboolean            show_points);

G_END_DECLS
