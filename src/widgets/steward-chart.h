/* steward-chart.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "steward-chart-plot.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CHART (steward_chart_get_type ())

G_DECLARE_FINAL_TYPE (StewardChart, steward_chart, STEWARD, CHART, GtkWidget)

GtkWidget        *steward_chart_new          (void);
StewardChartPlot *steward_chart_get_plot     (StewardChart     *self);
void              steward_chart_set_plot     (StewardChart     *self,
                                              StewardChartPlot *plot);
void              steward_chart_queue_update (StewardChart     *self);

G_END_DECLS
