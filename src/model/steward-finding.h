/* steward-finding.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_FINDING (steward_finding_get_type ())

G_DECLARE_FINAL_TYPE (StewardFinding, steward_finding, STEWARD, FINDING, StewardRecord)

StewardFindingSource steward_finding_get_source            (StewardFinding *self);
gint64               steward_finding_get_audit_id          (StewardFinding *self);
const char          *steward_finding_get_clause            (StewardFinding *self);
const char          *steward_finding_get_description       (StewardFinding *self);
StewardGrading       steward_finding_get_grading           (StewardFinding *self);
GDate               *steward_finding_get_raised_on         (StewardFinding *self);
const char          *steward_finding_get_root_cause        (StewardFinding *self);
const char          *steward_finding_get_correction        (StewardFinding *self);
const char          *steward_finding_get_corrective_action (StewardFinding *self);
gint64               steward_finding_get_owner_id          (StewardFinding *self);
GDate               *steward_finding_get_due_date          (StewardFinding *self);
const char          *steward_finding_get_verified_by       (StewardFinding *self);
GDate               *steward_finding_get_verified_on       (StewardFinding *self);
const char          *steward_finding_get_verification_note (StewardFinding *self);
StewardEffectiveness steward_finding_get_effectiveness     (StewardFinding *self);
GDate               *steward_finding_get_closed_on         (StewardFinding *self);

G_END_DECLS
