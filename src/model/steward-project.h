/* steward-project.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PROJECT (steward_project_get_type ())

G_DECLARE_FINAL_TYPE (StewardProject, steward_project, STEWARD, PROJECT, StewardRecord)

const char *steward_project_get_name                     (StewardProject *self);
gint64      steward_project_get_owner_id                 (StewardProject *self);
GDate      *steward_project_get_start_date               (StewardProject *self);
GDate      *steward_project_get_end_date                 (StewardProject *self);
gboolean    steward_project_get_security_in_requirements (StewardProject *self);
const char *steward_project_get_requirements_ref         (StewardProject *self);
GDate      *steward_project_get_risk_assessed_on         (StewardProject *self);
const char *steward_project_get_risk_result              (StewardProject *self);
const char *steward_project_get_notes                    (StewardProject *self);

G_END_DECLS
