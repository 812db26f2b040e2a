/* steward-objective-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-objective.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_OBJECTIVE_EDITOR (steward_objective_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardObjectiveEditor, steward_objective_editor, STEWARD, OBJECTIVE_EDITOR, AdwWindow)

StewardObjectiveEditor *steward_objective_editor_new           (StewardDatabase        *db,
                                                                StewardObjective       *objective,
                                                                GListModel             *people);
gboolean                steward_objective_editor_save          (StewardObjectiveEditor *self);
StewardObjective       *steward_objective_editor_get_objective (StewardObjectiveEditor *self);

G_END_DECLS
