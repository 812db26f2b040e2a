/* steward-previous-actions.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/steward-review.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PREVIOUS_ACTIONS (steward_previous_actions_get_type ())

G_DECLARE_FINAL_TYPE (StewardPreviousActions, steward_previous_actions, STEWARD, PREVIOUS_ACTIONS, GtkBox)

GtkWidget *steward_previous_actions_new        (void);
void       steward_previous_actions_set_review (StewardPreviousActions *self,
                                                StewardDatabase        *db,
                                                StewardReview          *review,
                                                gboolean                editable);

G_END_DECLS
