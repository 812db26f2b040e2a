/* steward-scope-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-scope-version.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_SCOPE_EDITOR (steward_scope_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardScopeEditor, steward_scope_editor, STEWARD, SCOPE_EDITOR, AdwWindow)

StewardScopeEditor  *steward_scope_editor_new         (StewardDatabase     *db,
                                                       StewardScopeVersion *version);
gboolean             steward_scope_editor_save        (StewardScopeEditor  *self);
StewardScopeVersion *steward_scope_editor_get_version (StewardScopeEditor  *self);

G_END_DECLS
