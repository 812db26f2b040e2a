/* steward-action-columns.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-action-progress.h"
#include "model/steward-enums.h"
#include "store/steward-database.h"
#include "widgets/steward-register-util.h"

G_BEGIN_DECLS

/**
 * StewardActionColumns:
 *
 * The columns of the actions page's column view, from its template.
 */
typedef struct
{
  GtkColumnViewColumn *title;
  GtkColumnViewColumn *owner;
  GtkColumnViewColumn *due;
  GtkColumnViewColumn *status;
  GtkColumnViewColumn *source;
  GtkColumnViewColumn *progress;
  GtkColumnViewColumn *effectiveness;
} StewardActionColumns;

/**
 * StewardActionLookup:
 * @db: (nullable): the database the actions come from
 * @people: person id → name (char *)
 * @progress: action id → its latest #StewardActionProgress
 * @calendar: the calendar of the dates
 *
 * What the cells show besides the action's own properties; the page
 * keeps it up to date and refreshes the cells.
 */
typedef struct
{
  StewardDatabase *db;
  GHashTable      *people;
  GHashTable      *progress;
  StewardCalendar  calendar;
} StewardActionLookup;

void           steward_action_columns_set_up                (const StewardActionColumns *columns,
                                                             StewardCells               *cells,
                                                             StewardActionLookup        *lookup);
const char    *steward_action_lookup_owner                  (StewardActionLookup        *lookup,
                                                             gint64                      owner_id);
void           steward_action_lookup_set_people             (StewardActionLookup        *lookup,
                                                             GListModel                 *people);
void           steward_action_lookup_set_progress           (StewardActionLookup        *lookup,
                                                             GListModel                 *progress);
GtkExpression *steward_action_columns_new_search_expression (StewardActionLookup        *lookup);
char          *steward_action_columns_dup_summary           (GListModel                 *actions,
                                                             const GDate                *today);
GtkWidget     *steward_action_progress_row_new              (StewardActionProgress      *progress,
                                                             StewardCalendar             calendar);

G_END_DECLS
