/* steward-action-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-action-item.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ACTION_EDITOR (steward_action_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardActionEditor, steward_action_editor, STEWARD, ACTION_EDITOR, AdwWindow)

StewardActionEditor *steward_action_editor_new        (StewardDatabase     *db,
                                                       StewardActionItem   *action);
gboolean             steward_action_editor_save       (StewardActionEditor *self);
gboolean             steward_action_editor_add_note   (StewardActionEditor *self);
StewardActionItem   *steward_action_editor_get_action (StewardActionEditor *self);
GListModel          *steward_action_editor_get_notes  (StewardActionEditor *self);

G_END_DECLS
