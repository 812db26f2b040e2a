/* steward-risk-result.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_RISK_RESULT (steward_risk_result_get_type ())

G_DECLARE_FINAL_TYPE (StewardRiskResult, steward_risk_result, STEWARD, RISK_RESULT, StewardRecord)

GDate      *steward_risk_result_get_assessed_on  (StewardRiskResult *self);
const char *steward_risk_result_get_scope        (StewardRiskResult *self);
const char *steward_risk_result_get_summary      (StewardRiskResult *self);
int         steward_risk_result_get_n_high       (StewardRiskResult *self);
int         steward_risk_result_get_n_medium     (StewardRiskResult *self);
int         steward_risk_result_get_n_low        (StewardRiskResult *self);
int         steward_risk_result_get_plan_planned (StewardRiskResult *self);
int         steward_risk_result_get_plan_done    (StewardRiskResult *self);
int         steward_risk_result_get_plan_late    (StewardRiskResult *self);
const char *steward_risk_result_get_notes        (StewardRiskResult *self);

G_END_DECLS
