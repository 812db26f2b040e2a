/* steward-context-issue.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CONTEXT_ISSUE (steward_context_issue_get_type ())

G_DECLARE_FINAL_TYPE (StewardContextIssue, steward_context_issue, STEWARD, CONTEXT_ISSUE, StewardRecord)

StewardScope         steward_context_issue_get_scope         (StewardContextIssue *self);
StewardIssueCategory steward_context_issue_get_category      (StewardContextIssue *self);
const char          *steward_context_issue_get_description   (StewardContextIssue *self);
const char          *steward_context_issue_get_effect        (StewardContextIssue *self);
StewardIssueSource   steward_context_issue_get_source        (StewardContextIssue *self);
const char          *steward_context_issue_get_source_ref    (StewardContextIssue *self);
GDate               *steward_context_issue_get_source_date   (StewardContextIssue *self);
StewardIssueStatus   steward_context_issue_get_status        (StewardContextIssue *self);
GDate               *steward_context_issue_get_identified_on (StewardContextIssue *self);
const char          *steward_context_issue_get_notes         (StewardContextIssue *self);

G_END_DECLS
