/* steward-target-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-objective.h"
#include "model/steward-objective-target.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_TARGET_EDITOR (steward_target_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardTargetEditor, steward_target_editor, STEWARD, TARGET_EDITOR, AdwWindow)

StewardTargetEditor    *steward_target_editor_new        (StewardDatabase        *db,
                                                          StewardObjective       *objective,
                                                          StewardObjectiveTarget *target,
                                                          GPtrArray              *existing_targets);
gboolean                steward_target_editor_save       (StewardTargetEditor    *self);
StewardObjectiveTarget *steward_target_editor_get_target (StewardTargetEditor    *self);

G_END_DECLS
