/* steward-review-summary-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-review.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEW_SUMMARY_PAGE (steward_review_summary_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewSummaryPage, steward_review_summary_page, STEWARD, REVIEW_SUMMARY_PAGE, AdwBin)

GtkWidget *steward_review_summary_page_new         (StewardDatabase          *db,
                                                    StewardReview            *review);
void       steward_review_summary_page_refresh     (StewardReviewSummaryPage *self);
guint      steward_review_summary_page_get_n_gaps  (StewardReviewSummaryPage *self);
guint      steward_review_summary_page_get_n_pages (StewardReviewSummaryPage *self);
gboolean   steward_review_summary_page_issue       (StewardReviewSummaryPage *self,
                                                    const char               *issued_by);
void       steward_review_summary_page_start_correction (StewardReviewSummaryPage *self);

G_END_DECLS
