/* steward-register-reviews-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "logic/steward-context.h"
#include "steward-scope-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REGISTER_REVIEWS_PAGE (steward_register_reviews_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardRegisterReviewsPage, steward_register_reviews_page, STEWARD, REGISTER_REVIEWS_PAGE, StewardPage)

GtkWidget             *steward_register_reviews_page_new               (void);
StewardRegisterStatus *steward_register_reviews_page_get_status        (StewardRegisterReviewsPage *self,
                                                                        StewardRegister             reg);
GtkWindow             *steward_register_reviews_page_mark_reviewed     (StewardRegisterReviewsPage *self,
                                                                        StewardRegister             reg);
GtkWindow             *steward_register_reviews_page_record_change     (StewardRegisterReviewsPage *self);
StewardScopeEditor    *steward_register_reviews_page_edit_scope        (StewardRegisterReviewsPage *self,
                                                                        StewardScopeVersion        *version);

G_END_DECLS
