/* steward-issue-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-context-issue.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ISSUE_EDITOR (steward_issue_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardIssueEditor, steward_issue_editor, STEWARD, ISSUE_EDITOR, AdwWindow)

StewardIssueEditor  *steward_issue_editor_new       (StewardDatabase     *db,
                                                     StewardContextIssue *issue);
gboolean             steward_issue_editor_save      (StewardIssueEditor  *self);
StewardContextIssue *steward_issue_editor_get_issue (StewardIssueEditor  *self);

G_END_DECLS
