/* steward-handover-columns.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-enums.h"
#include "model/steward-handover.h"
#include "widgets/steward-register-util.h"

G_BEGIN_DECLS

/* The hand-overs, with their items, which the rows show and the search
 * reads. Kept up to date from the store's change signals. */
typedef struct _StewardHandoverIndex StewardHandoverIndex;

typedef void (*StewardHandoverIndexFunc) (gpointer user_data);

StewardHandoverIndex *steward_handover_index_new              (StewardDatabase          *db);
void                  steward_handover_index_free             (StewardHandoverIndex     *self);
void                  steward_handover_index_set_changed_func (StewardHandoverIndex     *self,
                                                               StewardHandoverIndexFunc  func,
                                                               gpointer                  user_data);
GListModel           *steward_handover_index_get_handovers    (StewardHandoverIndex     *self);
gboolean              steward_handover_index_has_handover     (StewardHandoverIndex     *self,
                                                               gint64                    id);
GPtrArray            *steward_handover_index_get_items        (StewardHandoverIndex     *self,
                                                               gint64                    handover_id);
char                 *steward_handover_index_dup_item_text    (StewardHandoverIndex     *self,
                                                               gint64                    handover_id);
GPtrArray            *steward_handover_index_dup_records      (StewardHandoverIndex     *self,
                                                               StewardHandover          *handover);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardHandoverIndex, steward_handover_index_free)

/* The columns of the hand-overs page whose cells and order are computed. */
typedef struct
{
  StewardHandoverIndex *index;
  StewardCalendar       calendar;

  GtkColumnViewColumn  *date_column;
  GtkColumnViewColumn  *reason_column;
  GtkColumnViewColumn  *from_column;
  GtkColumnViewColumn  *to_column;
  GtkColumnViewColumn  *items_column;
  GtkColumnViewColumn  *authorised_column;
  GtkColumnViewColumn  *accepted_column;
  GtkColumnViewColumn  *state_column;
} StewardHandoverColumns;

void steward_handover_columns_init (StewardHandoverColumns *columns,
                                    StewardCells           *cells);

G_END_DECLS
