/* steward-record-list.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_RECORD_LIST (steward_record_list_get_type ())

G_DECLARE_FINAL_TYPE (StewardRecordList, steward_record_list, STEWARD, RECORD_LIST, GObject)

StewardRecordList *steward_record_list_new         (StewardDatabase   *db,
                                                    GType              record_type,
                                                    StewardQuery      *query);
StewardDatabase   *steward_record_list_get_database (StewardRecordList *self);
GType              steward_record_list_get_record_type (StewardRecordList *self);
void               steward_record_list_set_query   (StewardRecordList *self,
                                                    StewardQuery      *query);
gboolean           steward_record_list_refresh     (StewardRecordList *self,
                                                    GError           **error);
gpointer           steward_record_list_find        (StewardRecordList *self,
                                                    gint64             id,
                                                    guint             *position);

G_END_DECLS
