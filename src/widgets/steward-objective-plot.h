/* steward-objective-plot.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "logic/steward-objectives.h"
#include "model/steward-enums.h"
#include "steward-chart-plot.h"

G_BEGIN_DECLS

StewardChartPlot *steward_objective_plot_new (StewardEvaluation *evaluation,
                                              const GDate       *from,
                                              const GDate       *to,
                                              StewardCalendar    calendar,
                                              StewardChartStyle  style);

StewardChartPlot *steward_share_met_plot_new (GArray            *shares,
                                              StewardFrequency   frequency,
                                              StewardCalendar    calendar);

G_END_DECLS
