/* steward-handover-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-handover.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_HANDOVER_EDITOR (steward_handover_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardHandoverEditor, steward_handover_editor, STEWARD, HANDOVER_EDITOR, AdwWindow)

StewardHandoverEditor *steward_handover_editor_new          (StewardDatabase       *db,
                                                             StewardHandover       *handover);
gboolean               steward_handover_editor_save         (StewardHandoverEditor *self);
StewardHandover       *steward_handover_editor_get_handover (StewardHandoverEditor *self);
GtkWidget             *steward_handover_editor_add_item     (StewardHandoverEditor *self);
guint                  steward_handover_editor_get_n_items  (StewardHandoverEditor *self);
gboolean               steward_handover_editor_write_form   (StewardHandoverEditor  *self,
                                                             const char             *path,
                                                             GError                **error);

G_END_DECLS
