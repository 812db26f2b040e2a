/* steward-template.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/steward-database.h"

G_BEGIN_DECLS

gboolean steward_template_apply        (StewardDatabase  *db,
                                        GError          **error);
gboolean steward_database_is_empty     (StewardDatabase  *db);

G_END_DECLS
