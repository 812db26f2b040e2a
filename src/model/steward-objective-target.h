/* steward-objective-target.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_OBJECTIVE_TARGET (steward_objective_target_get_type ())

G_DECLARE_FINAL_TYPE (StewardObjectiveTarget, steward_objective_target, STEWARD, OBJECTIVE_TARGET, StewardRecord)

gint64      steward_objective_target_get_objective_id (StewardObjectiveTarget *self);
GDate      *steward_objective_target_get_valid_from   (StewardObjectiveTarget *self);
double      steward_objective_target_get_low          (StewardObjectiveTarget *self);
double      steward_objective_target_get_high         (StewardObjectiveTarget *self);
const char *steward_objective_target_get_decision_ref (StewardObjectiveTarget *self);

G_END_DECLS
