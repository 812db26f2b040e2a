/* steward-review-decisions.h
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

#define STEWARD_TYPE_REVIEW_DECISIONS (steward_review_decisions_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewDecisions, steward_review_decisions, STEWARD, REVIEW_DECISIONS, GtkBox)

GtkWidget  *steward_review_decisions_new          (void);
void        steward_review_decisions_set_review   (StewardReviewDecisions *self,
                                                   StewardDatabase        *db,
                                                   StewardReview          *review,
                                                   int                     item);
void        steward_review_decisions_set_editable (StewardReviewDecisions *self,
                                                   gboolean                editable);
GtkWidget  *steward_review_decisions_new_page     (StewardReviewDecisions *self);
guint       steward_review_decisions_get_n_items  (StewardReviewDecisions *self);

G_END_DECLS
