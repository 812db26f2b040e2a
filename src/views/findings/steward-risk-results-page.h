/* steward-risk-results-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-risk-result.h"
#include "steward-risk-result-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_RISK_RESULTS_PAGE (steward_risk_results_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardRiskResultsPage, steward_risk_results_page, STEWARD, RISK_RESULTS_PAGE, StewardPage)

GtkWidget               *steward_risk_results_page_new               (void);
GListModel              *steward_risk_results_page_get_visible_model (StewardRiskResultsPage *self);
void                     steward_risk_results_page_set_search        (StewardRiskResultsPage *self,
                                                                      const char             *text);
void                     steward_risk_results_page_set_late_only     (StewardRiskResultsPage *self,
                                                                      gboolean                late_only);
StewardRiskResultEditor *steward_risk_results_page_open_editor       (StewardRiskResultsPage *self,
                                                                      StewardRiskResult      *result);
AdwToast                *steward_risk_results_page_delete_result     (StewardRiskResultsPage *self,
                                                                      StewardRiskResult      *result);

G_END_DECLS
