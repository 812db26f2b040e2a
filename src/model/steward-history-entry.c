/* steward-history-entry.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-history-entry"

#include "config.h"

#include "steward-history-entry.h"

/* A row of the history the store writes with every change. Read-only: only
 * the store writes history, in the transaction of the change itself. */
struct _StewardHistoryEntry
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardHistoryEntry, steward_history_entry, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AT,
  PROP_USER_NAME,
  PROP_TABLE_NAME,
  PROP_ROW_ID,
  PROP_ACTION,
  PROP_OLD_VALUES,
  PROP_NEW_VALUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_history_entry_class_init (StewardHistoryEntryClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);
  static const struct { guint id; const char *name; } strings[] = {
    { PROP_USER_NAME, "user-name" },
    { PROP_TABLE_NAME, "table-name" },
    { PROP_ACTION, "action" },
    { PROP_OLD_VALUES, "old-values" },
    { PROP_NEW_VALUES, "new-values" },
  };

  steward_record_class_set_table (record_class, "history");
  steward_record_class_set_read_only (record_class);

  properties[PROP_AT] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("at", NULL, NULL, G_TYPE_DATE_TIME, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ROW_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("row-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].id] = steward_record_class_install_column (
      record_class,
      g_param_spec_string (strings[i].name, NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
      STEWARD_COLUMN_DEFAULT);
}

static void
steward_history_entry_init (StewardHistoryEntry *self)
{
}

/**
 * steward_history_entry_get_at:
 *
 * Returns: (transfer none): when the change was made, in UTC
 */
GDateTime *
steward_history_entry_get_at (StewardHistoryEntry *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_AT]);
}

const char *
steward_history_entry_get_user_name (StewardHistoryEntry *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_USER_NAME]);
}

const char *
steward_history_entry_get_table_name (StewardHistoryEntry *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TABLE_NAME]);
}

gint64
steward_history_entry_get_row_id (StewardHistoryEntry *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_ROW_ID]);
}

const char *
steward_history_entry_get_action (StewardHistoryEntry *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ACTION]);
}

const char *
steward_history_entry_get_old_values (StewardHistoryEntry *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_OLD_VALUES]);
}

const char *
steward_history_entry_get_new_values (StewardHistoryEntry *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NEW_VALUES]);
}
