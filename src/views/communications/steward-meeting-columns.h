/* steward-meeting-columns.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-meetings-page.h"
#include "widgets/steward-register-util.h"

G_BEGIN_DECLS

/**
 * StewardMeetingColumns:
 *
 * The columns of the meetings page's column view, from its template,
 * whose cells are more than one stored property.
 */
typedef struct
{
  GtkColumnViewColumn *starts;
  GtkColumnViewColumn *attendees;
  GtkColumnViewColumn *decisions;
  GtkColumnViewColumn *actions;
} StewardMeetingColumns;

void steward_meeting_columns_set_up (const StewardMeetingColumns *columns,
                                     StewardCells                *cells,
                                     StewardMeetingsPage         *page);

G_END_DECLS
