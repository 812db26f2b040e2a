/* steward-audits-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-audit.h"
#include "steward-audit-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_AUDITS_PAGE (steward_audits_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardAuditsPage, steward_audits_page, STEWARD, AUDITS_PAGE, StewardPage)

GtkWidget          *steward_audits_page_new               (void);
GListModel         *steward_audits_page_get_visible_model (StewardAuditsPage *self);
void                steward_audits_page_set_search        (StewardAuditsPage *self,
                                                           const char        *text);
void                steward_audits_page_set_kind_filter   (StewardAuditsPage *self,
                                                           int                kind);
void                steward_audits_page_count_findings    (StewardAuditsPage *self,
                                                           StewardAudit      *audit,
                                                           guint             *n_findings,
                                                           guint             *n_open);
StewardAuditEditor *steward_audits_page_open_editor       (StewardAuditsPage *self,
                                                           StewardAudit      *audit);
AdwToast           *steward_audits_page_delete_audit      (StewardAuditsPage *self,
                                                           StewardAudit      *audit);

G_END_DECLS
