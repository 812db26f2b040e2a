/* steward-issue-columns.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * StewardIssueColumns:
 *
 * The columns of the issues page's column view, from its template.
 */
typedef struct
{
  GtkColumnViewColumn *identified;
  GtkColumnViewColumn *scope;
  GtkColumnViewColumn *category;
  GtkColumnViewColumn *description;
  GtkColumnViewColumn *effect;
  GtkColumnViewColumn *source;
  GtkColumnViewColumn *status;
} StewardIssueColumns;

void steward_issue_columns_set_up (const StewardIssueColumns *columns,
                                   GObject                   *calendar_owner);

G_END_DECLS
