/* steward-database-error-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_DATABASE_ERROR_PAGE (steward_database_error_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardDatabaseErrorPage, steward_database_error_page, STEWARD, DATABASE_ERROR_PAGE, AdwBin)

void steward_database_error_page_set_error (StewardDatabaseErrorPage *self,
                                            const char               *path,
                                            const GError             *error);

G_END_DECLS
