/* steward-project-review.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PROJECT_REVIEW (steward_project_review_get_type ())

G_DECLARE_FINAL_TYPE (StewardProjectReview, steward_project_review, STEWARD, PROJECT_REVIEW, StewardRecord)

gint64      steward_project_review_get_project_id  (StewardProjectReview *self);
GDate      *steward_project_review_get_reviewed_on (StewardProjectReview *self);
const char *steward_project_review_get_findings    (StewardProjectReview *self);
const char *steward_project_review_get_actions     (StewardProjectReview *self);

G_END_DECLS
