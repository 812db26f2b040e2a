/* steward-findings-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-finding.h"
#include "steward-finding-editor.h"
#include "steward-findings-util.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_FINDINGS_PAGE (steward_findings_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardFindingsPage, steward_findings_page, STEWARD, FINDINGS_PAGE, StewardPage)

GtkWidget            *steward_findings_page_new                (void);
GListModel           *steward_findings_page_get_visible_model  (StewardFindingsPage *self);
StewardFindingState   steward_findings_page_get_state          (StewardFindingsPage *self,
                                                                StewardFinding      *finding);
void                  steward_findings_page_set_search         (StewardFindingsPage *self,
                                                                const char          *text);
void                  steward_findings_page_set_source_filter  (StewardFindingsPage *self,
                                                                int                  source);
void                  steward_findings_page_set_grading_filter (StewardFindingsPage *self,
                                                                int                  grading);
void                  steward_findings_page_set_state_filter   (StewardFindingsPage *self,
                                                                int                  state);
StewardFindingEditor *steward_findings_page_open_editor        (StewardFindingsPage *self,
                                                                StewardFinding      *finding);
AdwToast             *steward_findings_page_delete_finding     (StewardFindingsPage *self,
                                                                StewardFinding      *finding);

G_END_DECLS
