/* steward-handover-item-list.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-handover-item.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_HANDOVER_ITEM_LIST (steward_handover_item_list_get_type ())

G_DECLARE_FINAL_TYPE (StewardHandoverItemList, steward_handover_item_list, STEWARD, HANDOVER_ITEM_LIST, GtkBox)

GtkWidget *steward_handover_item_list_new            (void);
void       steward_handover_item_list_append         (StewardHandoverItemList *self,
                                                      StewardHandoverItem     *item);
GtkWidget *steward_handover_item_list_add_item       (StewardHandoverItemList *self);
guint      steward_handover_item_list_get_n_items    (StewardHandoverItemList *self);
GPtrArray *steward_handover_item_list_dup_items      (StewardHandoverItemList *self);
GPtrArray *steward_handover_item_list_get_removed    (StewardHandoverItemList *self);
void       steward_handover_item_list_set_saved      (StewardHandoverItemList *self,
                                                      GPtrArray               *items);
void       steward_handover_item_list_clear_problems (StewardHandoverItemList *self);
GtkWidget *steward_handover_item_list_show_problems  (StewardHandoverItemList *self);

G_END_DECLS
