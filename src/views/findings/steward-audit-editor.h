/* steward-audit-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-audit.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_AUDIT_EDITOR (steward_audit_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardAuditEditor, steward_audit_editor, STEWARD, AUDIT_EDITOR, AdwWindow)

StewardAuditEditor *steward_audit_editor_new          (StewardDatabase    *db,
                                                       StewardAudit       *audit);
gboolean            steward_audit_editor_save         (StewardAuditEditor *self);
StewardAudit       *steward_audit_editor_get_audit    (StewardAuditEditor *self);
GListModel         *steward_audit_editor_get_findings (StewardAuditEditor *self);

G_END_DECLS
