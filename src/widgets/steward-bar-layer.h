/* steward-bar-layer.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-chart-layer.h"
#include "steward-chart-series.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_BAR_LAYER (steward_bar_layer_get_type ())

G_DECLARE_FINAL_TYPE (StewardBarLayer, steward_bar_layer, STEWARD, BAR_LAYER, StewardChartLayer)

StewardChartLayer  *steward_bar_layer_new        (StewardChartSeries *series);
StewardChartSeries *steward_bar_layer_get_series (StewardBarLayer    *self);
void                steward_bar_layer_set_group  (StewardBarLayer    *self,
                                                  guint               index,
                                                  guint               size);
void                steward_bar_layer_get_group  (StewardBarLayer    *self,
                                                  guint              *index,
                                                  guint              *size);

G_END_DECLS
