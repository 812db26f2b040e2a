/* steward-party-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-party.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PARTY_EDITOR (steward_party_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardPartyEditor, steward_party_editor, STEWARD, PARTY_EDITOR, AdwWindow)

StewardPartyEditor *steward_party_editor_new       (StewardDatabase    *db,
                                                    StewardParty       *party);
gboolean            steward_party_editor_save      (StewardPartyEditor *self);
StewardParty       *steward_party_editor_get_party (StewardPartyEditor *self);

G_END_DECLS
