/* steward-communication-columns.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-communications-page.h"
#include "widgets/steward-register-util.h"

G_BEGIN_DECLS

/**
 * StewardCommunicationColumns:
 *
 * The columns of the communications page's column view, from its
 * template, whose cells are more than one stored property.
 */
typedef struct
{
  GtkColumnViewColumn *date;
  GtkColumnViewColumn *kind;
  GtkColumnViewColumn *channel;
  GtkColumnViewColumn *officer;
  GtkColumnViewColumn *follow_up;
  GtkColumnViewColumn *evaluation;
  GtkColumnViewColumn *approval;
} StewardCommunicationColumns;

void steward_communication_columns_set_up (const StewardCommunicationColumns *columns,
                                           StewardCells                      *cells,
                                           StewardCommunicationsPage         *page);

G_END_DECLS
