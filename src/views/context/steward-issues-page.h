/* steward-issues-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-context-issue.h"
#include "steward-issue-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

/**
 * StewardIssueStatusFilter:
 * @STEWARD_ISSUE_FILTER_CURRENT: open and monitored issues (the default)
 * @STEWARD_ISSUE_FILTER_OPEN: open issues only
 * @STEWARD_ISSUE_FILTER_MONITORED: monitored issues only
 * @STEWARD_ISSUE_FILTER_RETIRED: retired issues only
 * @STEWARD_ISSUE_FILTER_ALL: every issue, retired ones too
 *
 * The choices of the page's status filter, in their order.
 */
typedef enum
{
  STEWARD_ISSUE_FILTER_CURRENT,
  STEWARD_ISSUE_FILTER_OPEN,
  STEWARD_ISSUE_FILTER_MONITORED,
  STEWARD_ISSUE_FILTER_RETIRED,
  STEWARD_ISSUE_FILTER_ALL,
} StewardIssueStatusFilter;

#define STEWARD_TYPE_ISSUES_PAGE (steward_issues_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardIssuesPage, steward_issues_page, STEWARD, ISSUES_PAGE, StewardPage)

GtkWidget          *steward_issues_page_new               (void);
GListModel         *steward_issues_page_get_visible_model (StewardIssuesPage        *self);
void                steward_issues_page_set_search        (StewardIssuesPage        *self,
                                                           const char               *text);
void                steward_issues_page_set_status_filter (StewardIssuesPage        *self,
                                                           StewardIssueStatusFilter  filter);
StewardIssueEditor *steward_issues_page_open_editor       (StewardIssuesPage        *self,
                                                           StewardContextIssue      *issue);
AdwToast           *steward_issues_page_delete_issue      (StewardIssuesPage        *self,
                                                           StewardContextIssue      *issue);
gboolean            steward_issues_page_export            (StewardIssuesPage        *self,
                                                           const char               *path,
                                                           GError                  **error);

G_END_DECLS
