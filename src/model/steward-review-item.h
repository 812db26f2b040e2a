/* steward-review-item.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-review-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEW_ITEM (steward_review_item_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewItem, steward_review_item, STEWARD, REVIEW_ITEM, StewardRecord)

gint64            steward_review_item_get_review_id         (StewardReviewItem *self);
StewardAgendaItem steward_review_item_get_item              (StewardReviewItem *self);
int               steward_review_item_get_position          (StewardReviewItem *self);
const char       *steward_review_item_get_discussion        (StewardReviewItem *self);
const char       *steward_review_item_get_conclusion        (StewardReviewItem *self);
gboolean          steward_review_item_get_nothing_to_report (StewardReviewItem *self);
const char       *steward_review_item_get_reason            (StewardReviewItem *self);

G_END_DECLS
