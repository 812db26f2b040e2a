/* steward-objectives-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-objective-detail.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_OBJECTIVES_PAGE (steward_objectives_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardObjectivesPage, steward_objectives_page, STEWARD, OBJECTIVES_PAGE, StewardPage)

StewardObjectiveDetail *steward_objectives_page_get_detail (StewardObjectivesPage *self);

G_END_DECLS
