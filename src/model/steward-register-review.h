/* steward-register-review.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REGISTER_REVIEW (steward_register_review_get_type ())

G_DECLARE_FINAL_TYPE (StewardRegisterReview, steward_register_review, STEWARD, REGISTER_REVIEW, StewardRecord)

StewardRegister steward_register_review_get_register    (StewardRegisterReview *self);
GDate          *steward_register_review_get_reviewed_on (StewardRegisterReview *self);
const char     *steward_register_review_get_reviewer    (StewardRegisterReview *self);
gboolean        steward_register_review_get_no_change   (StewardRegisterReview *self);
const char     *steward_register_review_get_changes     (StewardRegisterReview *self);
const char     *steward_register_review_get_note        (StewardRegisterReview *self);

G_END_DECLS
