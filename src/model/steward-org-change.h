/* steward-org-change.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ORG_CHANGE (steward_org_change_get_type ())

G_DECLARE_FINAL_TYPE (StewardOrgChange, steward_org_change, STEWARD, ORG_CHANGE, StewardRecord)

GDate            *steward_org_change_get_occurred_on (StewardOrgChange *self);
StewardChangeKind steward_org_change_get_kind        (StewardOrgChange *self);
const char       *steward_org_change_get_description (StewardOrgChange *self);

G_END_DECLS
