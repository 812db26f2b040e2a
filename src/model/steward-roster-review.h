/* steward-roster-review.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ROSTER_REVIEW (steward_roster_review_get_type ())

G_DECLARE_FINAL_TYPE (StewardRosterReview, steward_roster_review, STEWARD, ROSTER_REVIEW, StewardRecord)

GDate      *steward_roster_review_get_reviewed_on (StewardRosterReview *self);
const char *steward_roster_review_get_reviewer    (StewardRosterReview *self);
const char *steward_roster_review_get_note        (StewardRosterReview *self);
const char *steward_roster_review_get_snapshot    (StewardRosterReview *self);

G_END_DECLS
