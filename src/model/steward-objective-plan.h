/* steward-objective-plan.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_OBJECTIVE_PLAN (steward_objective_plan_get_type ())

G_DECLARE_FINAL_TYPE (StewardObjectivePlan, steward_objective_plan, STEWARD, OBJECTIVE_PLAN, StewardRecord)

gint64            steward_objective_plan_get_objective_id        (StewardObjectivePlan *self);
const char       *steward_objective_plan_get_activities          (StewardObjectivePlan *self);
const char       *steward_objective_plan_get_resource_people     (StewardObjectivePlan *self);
double            steward_objective_plan_get_budget_amount       (StewardObjectivePlan *self);
const char       *steward_objective_plan_get_budget_currency     (StewardObjectivePlan *self);
const char       *steward_objective_plan_get_resource_equipment  (StewardObjectivePlan *self);
const char       *steward_objective_plan_get_resource_procedures (StewardObjectivePlan *self);
gint64            steward_objective_plan_get_responsible_id      (StewardObjectivePlan *self);
GDate            *steward_objective_plan_get_due_date            (StewardObjectivePlan *self);
const char       *steward_objective_plan_get_evaluation          (StewardObjectivePlan *self);
StewardPlanStatus steward_objective_plan_get_status              (StewardObjectivePlan *self);

G_END_DECLS
