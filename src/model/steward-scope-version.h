/* steward-scope-version.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_SCOPE_VERSION (steward_scope_version_get_type ())

G_DECLARE_FINAL_TYPE (StewardScopeVersion, steward_scope_version, STEWARD, SCOPE_VERSION, StewardRecord)

gint64              steward_scope_version_get_version        (StewardScopeVersion *self);
GDate              *steward_scope_version_get_effective_from (StewardScopeVersion *self);
const char         *steward_scope_version_get_statement      (StewardScopeVersion *self);
StewardDecisionKind steward_scope_version_get_decision_kind  (StewardScopeVersion *self);
const char         *steward_scope_version_get_decision_ref   (StewardScopeVersion *self);
GDate              *steward_scope_version_get_decision_date  (StewardScopeVersion *self);

G_END_DECLS
