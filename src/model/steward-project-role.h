/* steward-project-role.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PROJECT_ROLE (steward_project_role_get_type ())

G_DECLARE_FINAL_TYPE (StewardProjectRole, steward_project_role, STEWARD, PROJECT_ROLE, StewardRecord)

gint64      steward_project_role_get_project_id (StewardProjectRole *self);
gint64      steward_project_role_get_person_id  (StewardProjectRole *self);
const char *steward_project_role_get_role       (StewardProjectRole *self);

G_END_DECLS
