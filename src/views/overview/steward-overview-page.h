/* steward-overview-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_OVERVIEW_PAGE (steward_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardOverviewPage, steward_overview_page, STEWARD, OVERVIEW_PAGE, StewardPage)

guint steward_overview_page_get_n_attention (StewardOverviewPage *self);

G_END_DECLS
