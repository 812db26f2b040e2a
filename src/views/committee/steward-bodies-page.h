/* steward-bodies-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_BODIES_PAGE (steward_bodies_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardBodiesPage, steward_bodies_page, STEWARD, BODIES_PAGE, AdwBin)

G_END_DECLS
