/* steward-chart-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-org-chart.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CHART_PAGE (steward_chart_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardChartPage, steward_chart_page, STEWARD, CHART_PAGE, StewardPage)

StewardOrgChart *steward_chart_page_get_chart (StewardChartPage *self);

G_END_DECLS
