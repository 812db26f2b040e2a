/* steward-finding-columns.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "steward-findings-util.h"
#include "widgets/steward-register-util.h"

G_BEGIN_DECLS

/**
 * StewardFindingColumns:
 *
 * The columns of the findings page whose cells are more than one stored
 * property, and their sorters, from the page's template.
 */
typedef struct
{
  GtkColumnViewColumn *raised;
  GtkColumnViewColumn *source;
  GtkColumnViewColumn *audit;
  GtkColumnViewColumn *grading;
  GtkColumnViewColumn *owner;
  GtkColumnViewColumn *due;
  GtkColumnViewColumn *state;
  GtkCustomSorter     *raised_sorter;
  GtkCustomSorter     *audit_sorter;
  GtkCustomSorter     *owner_sorter;
  GtkCustomSorter     *due_sorter;
  GtkCustomSorter     *state_sorter;
} StewardFindingColumns;

StewardCells *steward_finding_columns_set_up   (const StewardFindingColumns *columns,
                                                StewardFindingsContext      *context);
char         *steward_finding_dup_search_text  (StewardFinding              *finding,
                                                StewardFindingsContext      *context);

G_END_DECLS
