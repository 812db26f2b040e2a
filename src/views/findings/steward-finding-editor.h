/* steward-finding-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-action-item.h"
#include "model/steward-finding.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_FINDING_EDITOR (steward_finding_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardFindingEditor, steward_finding_editor, STEWARD, FINDING_EDITOR, AdwWindow)

StewardFindingEditor *steward_finding_editor_new                (StewardDatabase      *db,
                                                                 StewardFinding       *finding);
void                  steward_finding_editor_set_audit          (StewardFindingEditor *self,
                                                                 gint64                audit_id);
gboolean              steward_finding_editor_save               (StewardFindingEditor *self);
StewardActionItem    *steward_finding_editor_create_follow_up   (StewardFindingEditor *self);
StewardFinding       *steward_finding_editor_get_finding        (StewardFindingEditor *self);
GListModel           *steward_finding_editor_get_follow_ups     (StewardFindingEditor *self);

G_END_DECLS
