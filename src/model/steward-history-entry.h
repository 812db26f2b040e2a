/* steward-history-entry.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_HISTORY_ENTRY (steward_history_entry_get_type ())

G_DECLARE_FINAL_TYPE (StewardHistoryEntry, steward_history_entry, STEWARD, HISTORY_ENTRY, StewardRecord)

GDateTime   *steward_history_entry_get_at         (StewardHistoryEntry *self);
const char  *steward_history_entry_get_user_name  (StewardHistoryEntry *self);
const char  *steward_history_entry_get_table_name (StewardHistoryEntry *self);
gint64       steward_history_entry_get_row_id     (StewardHistoryEntry *self);
const char  *steward_history_entry_get_action     (StewardHistoryEntry *self);
const char  *steward_history_entry_get_old_values (StewardHistoryEntry *self);
const char  *steward_history_entry_get_new_values (StewardHistoryEntry *self);

G_END_DECLS
