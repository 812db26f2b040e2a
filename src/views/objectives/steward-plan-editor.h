/* steward-plan-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-objective-plan.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PLAN_EDITOR (steward_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardPlanEditor, steward_plan_editor, STEWARD, PLAN_EDITOR, AdwWindow)

StewardPlanEditor    *steward_plan_editor_new      (StewardDatabase      *db,
                                                    gint64                objective_id,
                                                    StewardObjectivePlan *plan,
                                                    GListModel           *people);
gboolean              steward_plan_editor_save     (StewardPlanEditor    *self);
StewardObjectivePlan *steward_plan_editor_get_plan (StewardPlanEditor    *self);

G_END_DECLS
