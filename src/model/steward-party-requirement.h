/* steward-party-requirement.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PARTY_REQUIREMENT (steward_party_requirement_get_type ())

G_DECLARE_FINAL_TYPE (StewardPartyRequirement, steward_party_requirement, STEWARD, PARTY_REQUIREMENT, StewardRecord)

gint64                 steward_party_requirement_get_party_id      (StewardPartyRequirement *self);
StewardRequirementKind steward_party_requirement_get_kind          (StewardPartyRequirement *self);
const char            *steward_party_requirement_get_text          (StewardPartyRequirement *self);
const char            *steward_party_requirement_get_addressed_by  (StewardPartyRequirement *self);
const char            *steward_party_requirement_get_decision_ref  (StewardPartyRequirement *self);
GDate                 *steward_party_requirement_get_decision_date (StewardPartyRequirement *self);
GDate                 *steward_party_requirement_get_retired_on    (StewardPartyRequirement *self);

G_END_DECLS
