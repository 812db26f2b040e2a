/* steward-target-layer.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-chart-layer.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_TARGET_LAYER (steward_target_layer_get_type ())

G_DECLARE_FINAL_TYPE (StewardTargetLayer, steward_target_layer, STEWARD, TARGET_LAYER, StewardChartLayer)

StewardChartLayer *steward_target_layer_new         (void);
void               steward_target_layer_add_step    (StewardTargetLayer *self,
                                                     double              x_from,
                                                     double              low,
                                                     double              high);
guint              steward_target_layer_get_n_steps (StewardTargetLayer *self);
gboolean           steward_target_layer_get_target  (StewardTargetLayer *self,
                                                     double              x,
                                                     double             *low,
                                                     double             *high);
void               steward_target_layer_clear       (StewardTargetLayer *self);

G_END_DECLS
