/* steward-chart-export.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-chart-plot.h"

G_BEGIN_DECLS

gboolean steward_chart_export (StewardChartPlot  *plot,
                               const char        *path,
                               double             width,
                               double             height,
                               GError           **error);

G_END_DECLS
