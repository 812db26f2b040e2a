/* steward-chart-json.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "steward-chart-plot.h"

G_BEGIN_DECLS

/* A chart block of the minutes (see logic/steward-minutes.h) as a plot:
 * its series as lines or bars, met and missed points in their shapes, the
 * target band or line per label, the unit and the caption as title. The
 * wizard shows it in a StewardChart, the PDF draws it with
 * steward_chart_plot_draw(). NULL when @block is not a chart. */
StewardChartPlot *steward_chart_plot_new_from_json (JsonObject *block);

G_END_DECLS
