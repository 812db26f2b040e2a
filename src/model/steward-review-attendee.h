/* steward-review-attendee.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-review-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEW_ATTENDEE (steward_review_attendee_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewAttendee, steward_review_attendee, STEWARD, REVIEW_ATTENDEE, StewardRecord)

gint64            steward_review_attendee_get_review_id      (StewardReviewAttendee *self);
gint64            steward_review_attendee_get_person_id      (StewardReviewAttendee *self);
int               steward_review_attendee_get_position       (StewardReviewAttendee *self);
const char       *steward_review_attendee_get_role_label     (StewardReviewAttendee *self);
StewardAttendance steward_review_attendee_get_attendance     (StewardReviewAttendee *self);
const char       *steward_review_attendee_get_represented_by (StewardReviewAttendee *self);

G_END_DECLS
