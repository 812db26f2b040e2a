/* steward-trends-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-chart-plot.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

/**
 * StewardTrendMeasure:
 * @STEWARD_TREND_OPENED: findings raised in each period
 * @STEWARD_TREND_CLOSED: findings closed in each period
 * @STEWARD_TREND_OPEN_AT_END: findings still open at each period's end
 *
 * The measures the trends page draws, a chart each.
 */
typedef enum
{
  STEWARD_TREND_OPENED,
  STEWARD_TREND_CLOSED,
  STEWARD_TREND_OPEN_AT_END,
} StewardTrendMeasure;

#define STEWARD_TYPE_TRENDS_PAGE (steward_trends_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardTrendsPage, steward_trends_page, STEWARD, TRENDS_PAGE, StewardPage)

GtkWidget        *steward_trends_page_new       (void);
void              steward_trends_page_set_today (StewardTrendsPage   *self,
                                                 const GDate         *today);
GArray           *steward_trends_page_get_trend (StewardTrendsPage   *self);
StewardChartPlot *steward_trends_page_get_plot  (StewardTrendsPage   *self,
                                                 StewardTrendMeasure  measure);

G_END_DECLS
