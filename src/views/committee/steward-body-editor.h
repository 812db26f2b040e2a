/* steward-body-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-body.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_BODY_EDITOR (steward_body_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardBodyEditor, steward_body_editor, STEWARD, BODY_EDITOR, AdwWindow)

StewardBodyEditor *steward_body_editor_new      (StewardDatabase   *db,
                                                 StewardBody       *body);
gboolean           steward_body_editor_save     (StewardBodyEditor *self);
void               steward_body_editor_add_duty (StewardBodyEditor *self,
                                                 const char        *text);
void               steward_body_editor_move_duty (StewardBodyEditor *self,
                                                  guint              from,
                                                  guint              to);
guint              steward_body_editor_get_n_duties (StewardBodyEditor *self);
gboolean           steward_body_editor_retire   (StewardBodyEditor *self,
                                                 GError           **error);

G_END_DECLS
