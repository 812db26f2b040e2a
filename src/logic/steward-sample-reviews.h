/* steward-sample-reviews.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "store/steward-database.h"

G_BEGIN_DECLS

gboolean steward_sample_reviews_fill (StewardDatabase  *db,
                                      gboolean          large,
                                      const GDate      *today,
                                      GPtrArray        *people,
                                      GError          **error);

G_END_DECLS
