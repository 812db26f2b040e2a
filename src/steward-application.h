/* steward-application.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_APPLICATION (steward_application_get_type ())

G_DECLARE_FINAL_TYPE (StewardApplication, steward_application, STEWARD, APPLICATION, AdwApplication)

StewardApplication *steward_application_new               (void);
GSettings          *steward_application_get_settings      (StewardApplication       *self);
const char         *steward_application_get_main_path     (StewardApplication       *self);
void                steward_application_open_database     (StewardApplication       *self,
                                                           const char               *path,
                                                           StewardDatabaseOpenFlags  flags);
void                steward_application_open_sample       (StewardApplication       *self);

G_END_DECLS
