/* steward-project-review-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-action-item.h"
#include "model/steward-project.h"
#include "model/steward-project-review.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PROJECT_REVIEW_EDITOR (steward_project_review_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardProjectReviewEditor, steward_project_review_editor, STEWARD, PROJECT_REVIEW_EDITOR, AdwWindow)

StewardProjectReviewEditor *steward_project_review_editor_new           (StewardDatabase            *db,
                                                                         StewardProject             *project,
                                                                         StewardProjectReview       *review);
gboolean                    steward_project_review_editor_save          (StewardProjectReviewEditor *self);
StewardProjectReview       *steward_project_review_editor_get_review    (StewardProjectReviewEditor *self);
StewardActionItem          *steward_project_review_editor_create_action (StewardProjectReviewEditor *self);

G_END_DECLS
