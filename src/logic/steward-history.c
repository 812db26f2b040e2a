/* steward-history.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-history"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-history-entry.h"
#include "steward-history.h"

/* The store stamps each history entry with g_date_time_format_iso8601() in
 * UTC: "2026-11-24T04:15:01.123456Z", or "2026-11-24T04:15:01Z" when the
 * microseconds are zero. Such strings sort in time order only down to the
 * second ('.' sorts before 'Z'), so the query asks for whole seconds, which
 * the text compares right, and the exact bounds are applied to the parsed
 * times. */

G_DEFINE_BOXED_TYPE (StewardHistoryChange, steward_history_change,
                     steward_history_change_copy, steward_history_change_free)

/**
 * steward_history_change_copy:
 *
 * Returns: (transfer full): a copy; the JSON objects, sealed, are shared
 */
StewardHistoryChange *
steward_history_change_copy (const StewardHistoryChange *change)
{
  StewardHistoryChange *copy;

  g_return_val_if_fail (change != NULL, NULL);

  copy = g_new0 (StewardHistoryChange, 1);
  copy->row_id = change->row_id;
  copy->kind = change->kind;
  copy->before = change->before != NULL ? json_object_ref (change->before) : NULL;
  copy->after = change->after != NULL ? json_object_ref (change->after) : NULL;
  copy->changed = g_strdupv (change->changed);
  copy->at = change->at != NULL ? g_date_time_ref (change->at) : NULL;
  copy->user_name = g_strdup (change->user_name);

  return copy;
}

void
steward_history_change_free (StewardHistoryChange *change)
{
  if (change == NULL)
    return;

  g_clear_pointer (&change->before, json_object_unref);
  g_clear_pointer (&change->after, json_object_unref);
  g_strfreev (change->changed);
  g_clear_pointer (&change->at, g_date_time_unref);
  g_free (change->user_name);
  g_free (change);
}

/**
 * steward_history_change_has_column:
 *
 * Returns: whether @column is among the columns that changed
 */
gboolean
steward_history_change_has_column (const StewardHistoryChange *change,
                                   const char                 *column)
{
  g_return_val_if_fail (change != NULL, FALSE);

  return change->changed != NULL && g_strv_contains ((const char * const *)change->changed, column);
}

/**
 * steward_history_change_kind_to_string:
 *
 * Returns: the kind as a short word, translated
 */
const char *
steward_history_change_kind_to_string (StewardHistoryChangeKind kind)
{
  switch (kind)
    {
    /* TRANSLATORS: how a record changed between two reviews */
    case STEWARD_HISTORY_ADDED:   return _("Added");
    /* TRANSLATORS: how a record changed between two reviews */
    case STEWARD_HISTORY_CHANGED: return _("Changed");
    /* TRANSLATORS: how a record changed between two reviews: it is kept,
     * but no longer in force */
    case STEWARD_HISTORY_RETIRED: return _("Retired");
    /* TRANSLATORS: how a record changed between two reviews */
    case STEWARD_HISTORY_DELETED: return _("Deleted");
    default:                      return _("Changed");
    }
}

/* @time to the second, as the history writes its first 19 characters. */
static char *
format_second (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
}

/* Entries in [the second of @from, the second of @to] pass the text
 * comparison; either bound may be NULL. */
static void
where_within_seconds (StewardQuery *query,
                      GDateTime    *from,
                      GDateTime    *to)
{
  if (from != NULL)
    {
      g_autofree char *lower = format_second (from);

      /* Every stamp of that second is longer than @lower, so greater. */
      steward_query_where_string (query, "at", STEWARD_QUERY_GREATER, lower);
    }

  if (to != NULL)
    {
      g_autoptr(GDateTime) next = g_date_time_add_seconds (to, 1);
      g_autofree char *upper = format_second (next);

      steward_query_where_string (query, "at", STEWARD_QUERY_LESS, upper);
    }
}

/* Parses a history entry's values; NULL (without error) for no values. */
static JsonObject *
parse_values (const char  *json,
              GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  if (json == NULL)
    return NULL;

  root = json_from_string (json, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           _("A history entry does not hold the values of a record."));
      return NULL;
    }

  object = json_node_dup_object (root);
  json_object_seal (object);

  return object;
}

typedef struct
{
  GDateTime           *at;
  StewardHistoryEntry *latest;
} StateData;

static gboolean
find_latest_cb (StewardRecord *record,
                gpointer       user_data)
{
  StateData *data = user_data;
  StewardHistoryEntry *entry = STEWARD_HISTORY_ENTRY (record);
  GDateTime *at = steward_history_entry_get_at (entry);

  /* Entries come in the order they were written, by id. */
  if (at != NULL && g_date_time_compare (at, data->at) <= 0)
    g_set_object (&data->latest, entry);

  return TRUE;
}

/**
 * steward_history_state_at:
 * @table: the table of the record
 * @row_id: the record's id
 * @at: the moment
 *
 * The values of a record as they were at @at: the new values of the last
 * history entry written at or before @at.
 *
 * Returns: (transfer full) (nullable): the values, sealed; %NULL without
 *   @error when the record did not exist yet at @at or had been deleted
 */
JsonObject *
steward_history_state_at (StewardDatabase  *db,
                          const char       *table,
                          gint64            row_id,
                          GDateTime        *at,
                          GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  StateData data = { at, NULL };
  JsonObject *values = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (at != NULL, NULL);

  steward_query_where_string (query, "table_name", STEWARD_QUERY_EQUAL, table);
  steward_query_where_int64 (query, "row_id", STEWARD_QUERY_EQUAL, row_id);
  where_within_seconds (query, NULL, at);

  if (!steward_record_load_each (db, STEWARD_TYPE_HISTORY_ENTRY, query, find_latest_cb, &data, error))
    return NULL;

  if (data.latest != NULL &&
      g_strcmp0 (steward_history_entry_get_action (data.latest), "delete") != 0)
    values = parse_values (steward_history_entry_get_new_values (data.latest), error);

  g_clear_object (&data.latest);

  return values;
}

/* The history entries of one row within the window: the first and the last
 * are all that is needed. */
typedef struct
{
  GDateTime           *from;
  GDateTime           *to;
  GPtrArray           *changes;
  GError              *error;
  StewardHistoryEntry *first;
  StewardHistoryEntry *last;
} ChangesData;

static gboolean
json_values_equal (JsonObject *a,
                   JsonObject *b,
                   const char *member)
{
  JsonNode *x = json_object_get_member (a, member);
  JsonNode *y = json_object_get_member (b, member);

  if (x == NULL || y == NULL)
    return x == y;

  return json_node_equal (x, y);
}

static char **
dup_changed_columns (JsonObject *before,
                     JsonObject *after)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GList) after_members = json_object_get_members (after);
  g_autoptr(GList) before_members = json_object_get_members (before);

  for (GList *l = after_members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "id") && !json_values_equal (before, after, l->data))
      g_strv_builder_add (builder, l->data);

  /* A column the row no longer has (a later schema step dropped it). */
  for (GList *l = before_members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "id") && !json_object_has_member (after, l->data))
      g_strv_builder_add (builder, l->data);

  return g_strv_builder_end (builder);
}

static gboolean
member_is_null (JsonObject *object,
                const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
became_retired (JsonObject *before,
                JsonObject *after)
{
  if (json_object_has_member (after, "status") &&
      g_strcmp0 (json_object_get_string_member_with_default (after, "status", NULL), "retired") == 0 &&
      g_strcmp0 (json_object_get_string_member_with_default (before, "status", NULL), "retired") != 0)
    return TRUE;

  return json_object_has_member (after, "retired_on") &&
         !member_is_null (after, "retired_on") &&
         member_is_null (before, "retired_on");
}

/* Turns the first and last entries of a row into a change, or into nothing
 * when the row ends as it began. */
static gboolean
finish_row (ChangesData  *data,
            GError      **error)
{
  g_autoptr(StewardHistoryEntry) first = g_steal_pointer (&data->first);
  g_autoptr(StewardHistoryEntry) last = g_steal_pointer (&data->last);
  g_autoptr(JsonObject) before = NULL;
  g_autoptr(JsonObject) after = NULL;
  g_auto(GStrv) changed = NULL;
  GError *local_error = NULL;
  StewardHistoryChange *change;
  StewardHistoryChangeKind kind;

  if (first == NULL)
    return TRUE;

  if (g_strcmp0 (steward_history_entry_get_action (first), "insert") != 0)
    {
      before = parse_values (steward_history_entry_get_old_values (first), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }

  if (g_strcmp0 (steward_history_entry_get_action (last), "delete") != 0)
    {
      after = parse_values (steward_history_entry_get_new_values (last), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }

  if (before == NULL && after == NULL)
    /* Added and deleted within the window. */
    return TRUE;

  if (before == NULL)
    {
      kind = STEWARD_HISTORY_ADDED;
      changed = g_new0 (char *, 1);
    }
  else if (after == NULL)
    {
      kind = STEWARD_HISTORY_DELETED;
      changed = g_new0 (char *, 1);
    }
  else
    {
      changed = dup_changed_columns (before, after);
      if (changed[0] == NULL)
        /* Changed, then changed back. */
        return TRUE;
      kind = became_retired (before, after) ? STEWARD_HISTORY_RETIRED : STEWARD_HISTORY_CHANGED;
    }

  change = g_new0 (StewardHistoryChange, 1);
  change->row_id = steward_history_entry_get_row_id (last);
  change->kind = kind;
  change->before = g_steal_pointer (&before);
  change->after = g_steal_pointer (&after);
  change->changed = g_steal_pointer (&changed);
  change->at = g_date_time_ref (steward_history_entry_get_at (last));
  change->user_name = g_strdup (steward_history_entry_get_user_name (last));
  g_ptr_array_add (data->changes, change);

  return TRUE;
}

static gboolean
collect_change_cb (StewardRecord *record,
                   gpointer       user_data)
{
  ChangesData *data = user_data;
  StewardHistoryEntry *entry = STEWARD_HISTORY_ENTRY (record);
  GDateTime *at = steward_history_entry_get_at (entry);

  if (at == NULL ||
      (data->from != NULL && g_date_time_compare (at, data->from) <= 0) ||
      g_date_time_compare (at, data->to) > 0)
    return TRUE;

  if (data->first != NULL &&
      steward_history_entry_get_row_id (data->first) != steward_history_entry_get_row_id (entry) &&
      !finish_row (data, &data->error))
    return FALSE;

  if (data->first == NULL)
    data->first = g_object_ref (entry);
  g_set_object (&data->last, entry);

  return TRUE;
}

/**
 * steward_history_changes:
 * @table: the table of the records
 * @from: (nullable): the start of the window, excluded; %NULL for the
 *   beginning of the history
 * @to: the end of the window, included
 *
 * What happened to the rows of @table in (@from, @to]: for each row that
 * differs, how (a row added and then changed is ADDED, with its latest
 * values), its values at both ends and the columns that differ. Rows added
 * and deleted within the window, and rows changed and changed back, are
 * left out. Reads the window's entries in one query.
 *
 * Returns: (transfer full) (element-type StewardHistoryChange): the
 *   changes, by row id, or %NULL with @error set
 */
GPtrArray *
steward_history_changes (StewardDatabase  *db,
                         const char       *table,
                         GDateTime        *from,
                         GDateTime        *to,
                         GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify)steward_history_change_free);
  ChangesData data = { from, to, changes, NULL, NULL, NULL };
  gboolean ok;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  steward_query_where_string (query, "table_name", STEWARD_QUERY_EQUAL, table);
  where_within_seconds (query, from, to);
  /* By row, and within a row in the order written. */
  steward_query_order_by (query, "row_id", FALSE);

  ok = steward_record_load_each (db, STEWARD_TYPE_HISTORY_ENTRY, query, collect_change_cb, &data, error);

  if (ok && data.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&data.error));
      ok = FALSE;
    }
  if (ok)
    ok = finish_row (&data, error);

  g_clear_error (&data.error);
  g_clear_object (&data.first);
  g_clear_object (&data.last);

  return ok ? g_steal_pointer (&changes) : NULL;
}
