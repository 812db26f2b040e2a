/* steward-project-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-project.h"
#include "steward-project-review-editor.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PROJECT_EDITOR (steward_project_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardProjectEditor, steward_project_editor, STEWARD, PROJECT_EDITOR, AdwWindow)

StewardProjectEditor       *steward_project_editor_new          (StewardDatabase      *db,
                                                                 StewardProject       *project);
gboolean                    steward_project_editor_save         (StewardProjectEditor *self);
StewardProject             *steward_project_editor_get_project  (StewardProjectEditor *self);
StewardProjectReviewEditor *steward_project_editor_open_review  (StewardProjectEditor *self,
                                                                 StewardProjectReview *review);
gboolean                    steward_project_editor_add_role     (StewardProjectEditor *self);

G_END_DECLS
