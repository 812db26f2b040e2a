/* steward-objective.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_OBJECTIVE (steward_objective_get_type ())

G_DECLARE_FINAL_TYPE (StewardObjective, steward_objective, STEWARD, OBJECTIVE, StewardRecord)

const char      *steward_objective_get_statement   (StewardObjective *self);
const char      *steward_objective_get_policy_goal (StewardObjective *self);
gint64           steward_objective_get_owner_id    (StewardObjective *self);
const char      *steward_objective_get_kpi_name    (StewardObjective *self);
const char      *steward_objective_get_kpi_unit    (StewardObjective *self);
const char      *steward_objective_get_kpi_method  (StewardObjective *self);
const char      *steward_objective_get_kpi_source  (StewardObjective *self);
StewardDirection steward_objective_get_direction   (StewardObjective *self);
StewardFrequency steward_objective_get_frequency   (StewardObjective *self);
GDate           *steward_objective_get_start_date  (StewardObjective *self);
GDate           *steward_objective_get_end_date    (StewardObjective *self);
const char      *steward_objective_get_notes       (StewardObjective *self);

G_END_DECLS
