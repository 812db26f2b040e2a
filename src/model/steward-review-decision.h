/* steward-review-decision.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-review-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEW_DECISION (steward_review_decision_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewDecision, steward_review_decision, STEWARD, REVIEW_DECISION, StewardRecord)

gint64     steward_review_decision_get_review_id (StewardReviewDecision *self);
const char*steward_review_decision_get_item      (StewardReviewDecision *self);
int        steward_review_decision_get_position  (StewardReviewDecision *self);
const char*steward_review_decision_get_text      (StewardReviewDecision *self);
gint64     steward_review_decision_get_action_id (StewardReviewDecision *self);

G_END_DECLS
