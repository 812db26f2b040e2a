/* steward-audit.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_AUDIT (steward_audit_get_type ())

G_DECLARE_FINAL_TYPE (StewardAudit, steward_audit, STEWARD, AUDIT, StewardRecord)

StewardAuditKind steward_audit_get_kind    (StewardAudit *self);
GDate           *steward_audit_get_held_on (StewardAudit *self);
const char      *steward_audit_get_scope   (StewardAudit *self);
const char      *steward_audit_get_auditor (StewardAudit *self);
const char      *steward_audit_get_notes   (StewardAudit *self);

G_END_DECLS
