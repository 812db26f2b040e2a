/* steward-review-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-review.h"
#include "steward-attendee-list.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEW_EDITOR (steward_review_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewEditor, steward_review_editor, STEWARD, REVIEW_EDITOR, AdwWindow)

StewardReviewEditor *steward_review_editor_new               (StewardDatabase     *db,
                                                              StewardReview       *review);
gboolean             steward_review_editor_save              (StewardReviewEditor *self);
StewardReview       *steward_review_editor_get_review        (StewardReviewEditor *self);
StewardAttendeeList *steward_review_editor_get_attendee_list (StewardReviewEditor *self);
void                 steward_review_editor_set_now           (StewardReviewEditor *self,
                                                              GDateTime           *now);

G_END_DECLS
