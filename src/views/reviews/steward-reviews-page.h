/* steward-reviews-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-enums.h"
#include "model/steward-review.h"
#include "steward-review-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEWS_PAGE (steward_reviews_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewsPage, steward_reviews_page, STEWARD, REVIEWS_PAGE, StewardPage)

GtkWidget           *steward_reviews_page_new               (void);
GListModel          *steward_reviews_page_get_visible_model (StewardReviewsPage *self);
void                 steward_reviews_page_set_search        (StewardReviewsPage *self,
                                                             const char         *text);
void                 steward_reviews_page_set_now           (StewardReviewsPage *self,
                                                             GDateTime          *now);
StewardCalendar      steward_reviews_page_get_calendar      (StewardReviewsPage *self);
gint64               steward_reviews_page_get_next_id       (StewardReviewsPage *self);
const char          *steward_reviews_page_get_status        (StewardReviewsPage *self,
                                                             StewardReview      *review);
const char          *steward_reviews_page_get_sha256        (StewardReviewsPage *self,
                                                             StewardReview      *review);
gboolean             steward_reviews_page_was_issued        (StewardReviewsPage *self,
                                                             StewardReview      *review);
StewardReviewEditor *steward_reviews_page_open_editor       (StewardReviewsPage *self,
                                                             StewardReview      *review);
GtkWindow           *steward_reviews_page_open_wizard       (StewardReviewsPage *self,
                                                             gint64              review_id);
AdwToast            *steward_reviews_page_delete_review     (StewardReviewsPage *self,
                                                             StewardReview      *review);
gboolean             steward_reviews_page_export_notice     (StewardReviewsPage *self,
                                                             StewardReview      *review,
                                                             const char         *path,
                                                             GError            **error);
gboolean             steward_reviews_page_export_minutes    (StewardReviewsPage *self,
                                                             StewardReview      *review,
                                                             const char         *path,
                                                             GError            **error);
GtkPrintOperation   *steward_reviews_page_make_print        (StewardReviewsPage *self,
                                                             StewardReview      *review,
                                                             GError            **error);
AdwMessageDialog    *steward_reviews_page_ask_correction    (StewardReviewsPage *self,
                                                             StewardReview      *review);

G_END_DECLS
