/* steward-review-item-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-review.h"
#include "model/steward-review-item.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/**
 * StewardPageState:
 * @STEWARD_PAGE_STATE_NONE: nothing to say (a page with nothing required)
 * @STEWARD_PAGE_STATE_DONE: written up
 * @STEWARD_PAGE_STATE_NOTHING: "nothing to report", with its reason
 * @STEWARD_PAGE_STATE_MISSING: still keeps the minutes from being issued
 *
 * How far a page of the review wizard is, as its sidebar row shows.
 */
typedef enum
{
  STEWARD_PAGE_STATE_NONE,
  STEWARD_PAGE_STATE_DONE,
  STEWARD_PAGE_STATE_NOTHING,
  STEWARD_PAGE_STATE_MISSING,
} StewardPageState;

#define STEWARD_TYPE_REVIEW_ITEM_PAGE (steward_review_item_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewItemPage, steward_review_item_page, STEWARD, REVIEW_ITEM_PAGE, AdwBin)

GtkWidget         *steward_review_item_page_new            (StewardDatabase       *db,
                                                            StewardReview         *review,
                                                            StewardReviewItem     *item,
                                                            guint                  index);
StewardReviewItem *steward_review_item_page_get_item       (StewardReviewItemPage *self);
StewardPageState   steward_review_item_page_get_state      (StewardReviewItemPage *self);
StewardPageState   steward_review_item_page_state_of       (StewardReviewItem     *item);
void               steward_review_item_page_set_editable   (StewardReviewItemPage *self,
                                                            gboolean               editable);
gboolean           steward_review_item_page_flush          (StewardReviewItemPage *self);
const char        *steward_review_item_page_get_save_error (StewardReviewItemPage *self);

G_END_DECLS
