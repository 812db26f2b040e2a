/* steward-requirement-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-party-requirement.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REQUIREMENT_EDITOR (steward_requirement_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardRequirementEditor, steward_requirement_editor, STEWARD, REQUIREMENT_EDITOR, AdwWindow)

StewardRequirementEditor *steward_requirement_editor_new             (StewardDatabase          *db,
                                                                      gint64                    party_id,
                                                                      StewardPartyRequirement  *requirement);
gboolean                  steward_requirement_editor_save            (StewardRequirementEditor *self);
StewardPartyRequirement  *steward_requirement_editor_get_requirement (StewardRequirementEditor *self);

G_END_DECLS
