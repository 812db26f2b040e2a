/* steward-contact-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-contact.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CONTACT_EDITOR (steward_contact_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardContactEditor, steward_contact_editor, STEWARD, CONTACT_EDITOR, AdwWindow)

StewardContactEditor *steward_contact_editor_new         (StewardDatabase      *db,
                                                          StewardContact       *contact);
gboolean              steward_contact_editor_save        (StewardContactEditor *self);
StewardContact       *steward_contact_editor_get_contact (StewardContactEditor *self);

G_END_DECLS
