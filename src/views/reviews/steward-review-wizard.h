/* steward-review-wizard.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "steward-review-item-page.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_REVIEW_WIZARD (steward_review_wizard_get_type ())

G_DECLARE_FINAL_TYPE (StewardReviewWizard, steward_review_wizard, STEWARD, REVIEW_WIZARD, AdwWindow)

GtkWindow        *steward_review_wizard_new            (GtkWindow           *parent,
                                                        StewardDatabase     *db,
                                                        gint64               review_id);
const char       *steward_review_wizard_get_page       (StewardReviewWizard *self);
gboolean          steward_review_wizard_show_page      (StewardReviewWizard *self,
                                                        const char          *page);
GtkWidget        *steward_review_wizard_get_page_widget (StewardReviewWizard *self,
                                                        const char          *page);
StewardPageState  steward_review_wizard_get_page_state (StewardReviewWizard *self,
                                                        const char          *page);
gboolean          steward_review_wizard_is_editable    (StewardReviewWizard *self);
gboolean          steward_review_wizard_flush          (StewardReviewWizard *self);

G_END_DECLS
