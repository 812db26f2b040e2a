/* steward-review.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-review-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEW (steward_review_get_type ())

G_DECLARE_FINAL_TYPE (StewardReview, steward_review, STEWARD, REVIEW, StewardRecord)

StewardReviewKind steward_review_get_kind         (StewardReview *self);
int               steward_review_get_year         (StewardReview *self);
int               steward_review_get_number       (StewardReview *self);
const char       *steward_review_get_title        (StewardReview *self);
GDateTime        *steward_review_get_starts_at    (StewardReview *self);
GDateTime        *steward_review_get_ends_at      (StewardReview *self);
const char       *steward_review_get_place        (StewardReview *self);
gint64            steward_review_get_chair_id     (StewardReview *self);
gint64            steward_review_get_secretary_id (StewardReview *self);
const char       *steward_review_get_wizard_page  (StewardReview *self);
const char       *steward_review_get_notes        (StewardReview *self);

G_END_DECLS
