/* steward-bodies-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_BODIES_PAGE (steward_bodies_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardBodiesPage, steward_bodies_page, STEWARD, BODIES_PAGE, StewardPage)

void steward_bodies_page_show_body (StewardBodiesPage *self,
                                    gint64             body_id);

G_END_DECLS
