/* steward-history.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "store/steward-database.h"

G_BEGIN_DECLS

/* What the history says about records over time: a row as it was at a
 * moment, and what changed between two moments (the "changes since the
 * last review" of the review wizard). The values are the JSON objects the
 * store writes with every change: column names as members, values as
 * stored (enums as their nick, dates as ISO 8601 text), and "id". */

/**
 * StewardHistoryChangeKind:
 * @STEWARD_HISTORY_ADDED: the row did not exist at the start
 * @STEWARD_HISTORY_CHANGED: the row existed at both ends, with other values
 * @STEWARD_HISTORY_RETIRED: as CHANGED, and its status column became
 *   "retired" or its retired_on column was set
 * @STEWARD_HISTORY_DELETED: the row no longer exists at the end
 */
typedef enum
{
  STEWARD_HISTORY_ADDED,
  STEWARD_HISTORY_CHANGED,
  STEWARD_HISTORY_RETIRED,
  STEWARD_HISTORY_DELETED,
} StewardHistoryChangeKind;

/**
 * StewardHistoryChange:
 * @row_id: the row's id
 * @kind: how the row changed
 * @before: (nullable): the values at the start; %NULL for ADDED
 * @after: (nullable): the values at the end; %NULL for DELETED
 * @changed: (array zero-terminated=1): the columns whose values differ,
 *   in the order of the row's columns; empty for ADDED and DELETED
 * @at: when the row was last changed within the window, in UTC
 * @user_name: who changed it last
 */
typedef struct
{
  gint64                    row_id;
  StewardHistoryChangeKind  kind;
  JsonObject               *before;
  JsonObject               *after;
  char                    **changed;
  GDateTime                *at;
  char                     *user_name;
} StewardHistoryChange;

#define STEWARD_TYPE_HISTORY_CHANGE (steward_history_change_get_type ())

GType                  steward_history_change_get_type        (void) G_GNUC_CONST;
StewardHistoryChange  *steward_history_change_copy            (const StewardHistoryChange *change);
void                   steward_history_change_free            (StewardHistoryChange       *change);
gboolean               steward_history_change_has_column      (const StewardHistoryChange *change,
                                                               const char                 *column);
const char            *steward_history_change_kind_to_string  (StewardHistoryChangeKind    kind);

JsonObject            *steward_history_state_at               (StewardDatabase            *db,
                                                               const char                 *table,
                                                               gint64                      row_id,
                                                               GDateTime                  *at,
                                                               GError                    **error);
GPtrArray             *steward_history_changes                (StewardDatabase            *db,
                                                               const char                 *table,
                                                               GDateTime                  *from,
                                                               GDateTime                  *to,
                                                               GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardHistoryChange, steward_history_change_free)

G_END_DECLS
