/* steward-person-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-person.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PERSON_EDITOR (steward_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardPersonEditor, steward_person_editor, STEWARD, PERSON_EDITOR, AdwWindow)

StewardPersonEditor *steward_person_editor_new  (StewardDatabase     *db,
                                                 StewardPerson       *person);
gboolean             steward_person_editor_save (StewardPersonEditor *self);
StewardPerson       *steward_person_editor_get_person (StewardPersonEditor *self);

G_END_DECLS
