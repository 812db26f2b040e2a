/* steward-review-status.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-review.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

char *steward_review_dup_status_text (StewardDatabase *db,
                                      StewardReview   *review);

G_END_DECLS
