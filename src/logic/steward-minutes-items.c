/* steward-minutes-items.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-action-item.h"
#include "model/steward-audit.h"
#include "model/steward-context-enums.h"
#include "model/steward-finding.h"
#include "model/steward-follow-up-enums.h"
#include "model/steward-objective.h"
#include "model/steward-party-feedback.h"
#include "model/steward-party.h"
#include "model/steward-person.h"
#include "model/steward-project-review.h"
#include "model/steward-project.h"
#include "model/steward-risk-result.h"
#include "model/steward-scope-version.h"
#include "steward-context.h"
#include "steward-date.h"
#include "steward-follow-up.h"
#include "steward-history.h"
#include "steward-minutes-private.h"
#include "steward-minutes.h"
#include "steward-objectives.h"
#include "steward-review.h"

/* The data blocks of each agenda item (see steward-minutes.h), as of the
 * meeting's day, over the window since the previous review (or the year
 * before the meeting when there was none). */


typedef StewardMinutesWindow Window;

static void
window_clear (Window *w)
{
  g_free (w->day_iso);
  g_free (w->from_iso);
  g_free (w->since);
  g_clear_pointer (&w->from_time, g_date_time_unref);
  g_clear_pointer (&w->to_time, g_date_time_unref);
  g_clear_pointer (&w->names, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Window, window_clear)

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* The day of @time in @zone: the meeting's day is the one in its own
 * offset, not in the machine's. */
static void
date_of (GDateTime *time,
         GTimeZone *zone,
         GDate     *date)
{
  g_autoptr(GDateTime) there = g_date_time_to_timezone (time, zone);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (there),
                  g_date_time_get_month (there), g_date_time_get_year (there));
}

static GDateTime *
midnight (const GDate *date,
          GTimeZone   *zone)
{
  return g_date_time_new (zone, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), 0, 0, 0);
}

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));
  return TRUE;
}

/* Every record of @type that @query matches (NULL: all). */
GPtrArray *
steward_minutes_load_all (StewardDatabase  *db,
          GType             type,
          StewardQuery     *query,
          GError          **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) all = NULL;

  if (query == NULL)
    query = all = steward_query_new ();
  if (!steward_record_load_each (db, type, query, collect_cb, records, error))
    return NULL;

  return g_steal_pointer (&records);
}

/* @column between the window's first day and the meeting's day. */
StewardQuery *
steward_minutes_window_query (Window     *w,
                 const char *column)
{
  StewardQuery *query = steward_query_new ();

  steward_query_where_string (query, column, STEWARD_QUERY_GREATER_OR_EQUAL, w->from_iso);
  steward_query_where_string (query, column, STEWARD_QUERY_LESS_OR_EQUAL, w->day_iso);
  steward_query_order_by (query, column, FALSE);

  return query;
}

const char *
steward_minutes_window_person (Window *w,
             gint64  id)
{
  StewardPerson *person;
  const char *name;

  if (id <= 0)
    return "";
  name = g_hash_table_lookup (w->names, &id);
  if (name != NULL)
    return name;

  person = steward_record_load (w->db, STEWARD_TYPE_PERSON, id, NULL);
  name = person != NULL ? steward_person_get_name (person) : "";
  g_hash_table_insert (w->names, g_memdup2 (&id, sizeof id), g_strdup (name));
  g_clear_object (&person);

  return g_hash_table_lookup (w->names, &id);
}

static char *
format_date (Window      *w,
             const GDate *date)
{
  return steward_date_format (date, w->calendar);
}

static int
enum_value (GType       type,
            const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return value != NULL ? value->value : -1;
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : "";
}

/* Blocks */

void
steward_minutes_add_text (JsonArray  *blocks,
          const char *type,
          const char *text)
{
  JsonObject *block = json_object_new ();

  json_object_set_string_member (block, "type", type);
  json_object_set_string_member (block, "text", text);
  json_array_add_object_element (blocks, block);
}

/* An "empty" block of @text, which it takes. */
void
steward_minutes_add_empty_text (JsonArray *blocks,
                char      *text)
{
  steward_minutes_add_text (blocks, "empty", text);
  g_free (text);
}

JsonObject *
steward_minutes_add_table (JsonArray         *blocks,
           const char        *caption,
           guint              n_columns,
           const char *const *columns,
           const gboolean    *numeric)
{
  JsonObject *block = json_object_new ();
  JsonArray *header = json_array_new ();
  JsonArray *numbers = json_array_new ();

  for (guint i = 0; i < n_columns; i++)
    {
      json_array_add_string_element (header, columns[i]);
      json_array_add_boolean_element (numbers, numeric != NULL && numeric[i]);
    }
  json_object_set_string_member (block, "type", "table");
  json_object_set_string_member (block, "caption", caption);
  json_object_set_array_member (block, "columns", header);
  json_object_set_array_member (block, "rows", json_array_new ());
  json_object_set_array_member (block, "numeric", numbers);
  json_array_add_object_element (blocks, block);

  return block;
}

/* Adds a row of as many texts as the table has columns; NULL is "". */
void
steward_minutes_add_row (JsonObject *table,
         ...)
{
  guint n = json_array_get_length (json_object_get_array_member (table, "columns"));
  JsonArray *row = json_array_new ();
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < n; i++)
    {
      const char *cell = va_arg (args, const char *);

      json_array_add_string_element (row, cell != NULL ? cell : "");
    }
  va_end (args);
  json_array_add_array_element (json_object_get_array_member (table, "rows"), row);
}

guint
steward_minutes_table_n_rows (JsonObject *table)
{
  return json_array_get_length (json_object_get_array_member (table, "rows"));
}

/* 1. The policy */

static gboolean
item_policy (Window     *w,
             JsonArray  *blocks,
             GError    **error)
{
  g_autoptr(StewardScopeVersion) scope = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(StewardQuery) query = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *table;

  scope = steward_context_scope_version_at (w->db, &w->day, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (scope != NULL)
    {
      g_autofree char *from = format_date (w, steward_scope_version_get_effective_from (scope));
      g_autofree char *text =
        g_strdup_printf (_("Scope of the ISMS (version %d, in force since %s, %s): %s"),
                         (int) steward_scope_version_get_version (scope), from,
                         steward_scope_version_get_decision_ref (scope),
                         steward_scope_version_get_statement (scope));

      steward_minutes_add_text (blocks, "text", text);
    }
  else
    steward_minutes_add_text (blocks, "empty", _("No scope statement was in force on the meeting's day."));

  query = steward_query_new ();
  steward_query_where_string (query, "start_date", STEWARD_QUERY_LESS_OR_EQUAL, w->day_iso);
  steward_query_order_by (query, "id", FALSE);
  objectives = steward_minutes_load_all (w->db, STEWARD_TYPE_OBJECTIVE, query, error);
  if (objectives == NULL)
    return FALSE;
  {
    const char *columns[] = {
      /* TRANSLATORS: a column of the table of objectives in the minutes */
      _("Objective"),
      /* TRANSLATORS: a column of the table of objectives in the minutes: the
       * goal of the security policy it serves */
      _("Policy goal"),
      /* TRANSLATORS: a column of the table of objectives in the minutes */
      _("Indicator"),
    };

    table = steward_minutes_add_table (blocks, _("Security objectives and the policy goals they serve"),
                                       G_N_ELEMENTS (columns), columns, NULL);
    for (guint i = 0; i < objectives->len; i++)
      {
        StewardObjective *objective = g_ptr_array_index (objectives, i);
        GDate *end = steward_objective_get_end_date (objective);

        if (end != NULL && g_date_valid (end) && g_date_compare (end, &w->day) < 0)
          continue;
        steward_minutes_add_row (table, steward_objective_get_statement (objective),
                                 steward_objective_get_policy_goal (objective),
                                 steward_objective_get_kpi_name (objective));
      }
    if (steward_minutes_table_n_rows (table) == 0)
      {
        json_array_remove_element (blocks, json_array_get_length (blocks) - 1);
        steward_minutes_add_empty (w, blocks, _("No security objectives were in force on %s."));
      }
  }

  g_clear_pointer (&query, steward_query_unref);
  query = steward_minutes_window_query (w, "effective_from");
  versions = steward_minutes_load_all (w->db, STEWARD_TYPE_SCOPE_VERSION, query, error);
  if (versions == NULL)
    return FALSE;
  if (versions->len == 0)
    {
      steward_minutes_add_empty (w, blocks, _("No changes to the scope since %s."));
      return TRUE;
    }
  {
    const char *columns[] = {
      /* TRANSLATORS: a column of the table of scope changes in the minutes */
      _("Version"),
      /* TRANSLATORS: a column of the table of scope changes in the minutes */
      _("In force from"),
      /* TRANSLATORS: a column of the table of scope changes in the minutes:
       * the meeting or directive that decided it */
      _("Decided by"),
      /* TRANSLATORS: a column of the table of scope changes in the minutes */
      _("Scope"),
    };
    const gboolean numeric[] = { TRUE, FALSE, FALSE, FALSE };

    table = steward_minutes_add_table (blocks, _("Changes to the scope since the previous review"),
                                       G_N_ELEMENTS (columns), columns, numeric);
    for (guint i = 0; i < versions->len; i++)
      {
        StewardScopeVersion *version = g_ptr_array_index (versions, i);
        g_autofree char *number = g_strdup_printf ("%d", (int) steward_scope_version_get_version (version));
        g_autofree char *from = format_date (w, steward_scope_version_get_effective_from (version));

        steward_minutes_add_row (table, number, from, steward_scope_version_get_decision_ref (version),
                                 steward_scope_version_get_statement (version));
      }
  }

  return TRUE;
}

/* 2. The status of the actions of previous reviews */

static gboolean
item_previous_actions (Window     *w,
                       JsonArray  *blocks,
                       GError    **error)
{
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) closed = NULL;
  g_autoptr(StewardQuery) query = NULL;
  JsonObject *table;

  open = steward_review_list_previous_actions (w->db, w->review, error);
  if (open == NULL)
    return FALSE;
  if (open->len == 0)
    steward_minutes_add_text (blocks, "empty", _("No actions of earlier reviews are still open."));
  else
    {
      const char *columns[] = {
        /* TRANSLATORS: a column of the table of open actions in the minutes */
        _("Action"),
        /* TRANSLATORS: a column of the table of open actions in the minutes */
        _("Owner"),
        /* TRANSLATORS: a column of the table of open actions in the minutes */
        _("Due"),
        /* TRANSLATORS: a column of the table of open actions in the minutes */
        _("Status"),
        /* TRANSLATORS: a column of the table of open actions in the minutes:
         * "Overdue" or "On schedule" */
        _("Schedule"),
      };

      table = steward_minutes_add_table (blocks, _("Actions of earlier reviews still open"),
                                         G_N_ELEMENTS (columns), columns, NULL);
      for (guint i = 0; i < open->len; i++)
        {
          StewardActionItem *action = g_ptr_array_index (open, i);
          g_autofree char *due = format_date (w, steward_action_item_get_due_date (action));

          steward_minutes_add_row (table, steward_action_item_get_title (action),
                                   steward_minutes_window_person (w, steward_action_item_get_owner_id (action)), due,
                                   steward_action_status_to_string (steward_action_item_get_status (action)),
                                   steward_action_is_overdue (action, &w->day) ? _("Overdue") : _("On schedule"));
        }
    }
  /* The wizard shows its live, editable list in this block's place. */
  json_object_set_string_member (json_array_get_object_element (blocks, json_array_get_length (blocks) - 1),
                                 "role", "open-actions");

  query = steward_minutes_window_query (w, "done_on");
  steward_query_where_string (query, "source_kind", STEWARD_QUERY_EQUAL,
                              enum_nick (STEWARD_TYPE_ACTION_SOURCE, STEWARD_ACTION_SOURCE_REVIEW));
  steward_query_where_string (query, "status", STEWARD_QUERY_EQUAL,
                              enum_nick (STEWARD_TYPE_ACTION_STATUS, STEWARD_ACTION_DONE));
  closed = steward_minutes_load_all (w->db, STEWARD_TYPE_ACTION_ITEM, query, error);
  if (closed == NULL)
    return FALSE;
  if (closed->len == 0)
    {
      steward_minutes_add_empty (w, blocks, _("No actions of earlier reviews were completed since %s."));
      return TRUE;
    }
  {
    const char *columns[] = {
      /* TRANSLATORS: a column of the table of completed actions in the minutes */
      _("Action"),
      /* TRANSLATORS: a column of the table of completed actions in the minutes */
      _("Owner"),
      /* TRANSLATORS: a column of the table of completed actions in the minutes */
      _("Done on"),
      /* TRANSLATORS: a column of the table of completed actions in the minutes */
      _("Effectiveness"),
      /* TRANSLATORS: a column of the table of completed actions in the minutes */
      _("Evaluation"),
    };

    table = steward_minutes_add_table (blocks, _("Actions of earlier reviews completed since the previous review"),
                                       G_N_ELEMENTS (columns), columns, NULL);
    for (guint i = 0; i < closed->len; i++)
      {
        StewardActionItem *action = g_ptr_array_index (closed, i);
        g_autofree char *done = format_date (w, steward_action_item_get_done_on (action));

        steward_minutes_add_row (table, steward_action_item_get_title (action),
                                 steward_minutes_window_person (w, steward_action_item_get_owner_id (action)), done,
                                 steward_effectiveness_to_string (steward_action_item_get_effectiveness (action)),
                                 steward_action_item_get_evaluation_note (action));
      }
  }

  return TRUE;
}

/* 3. and 4. Changes in the registers, from the history */

static const struct
{
  const char *column;
  const char *label;
} column_labels[] = {
  { "scope", N_("internal or external") },
  { "category", N_("category") },
  { "description", N_("description") },
  { "effect", N_("effect") },
  { "source", N_("source") },
  { "source_ref", N_("source reference") },
  { "source_date", N_("source date") },
  { "status", N_("status") },
  { "identified_on", N_("identified on") },
  { "notes", N_("notes") },
  { "name", N_("name") },
  { "kind", N_("kind") },
  { "text", N_("text") },
  { "addressed_by", N_("addressed by") },
  { "decision_ref", N_("decision") },
  { "decision_date", N_("decision date") },
  { "retired_on", N_("retired on") },
  { "party_id", N_("party") },
};

static char *
describe_change (const StewardHistoryChange *change)
{
  g_autoptr(GString) text = NULL;

  switch (change->kind)
    {
    case STEWARD_HISTORY_ADDED:
      return g_strdup (_("Added"));
    case STEWARD_HISTORY_RETIRED:
      return g_strdup (_("Retired"));
    case STEWARD_HISTORY_DELETED:
      return g_strdup (_("Deleted"));
    case STEWARD_HISTORY_CHANGED:
    default:
      break;
    }

  text = g_string_new (NULL);
  for (guint i = 0; change->changed != NULL && change->changed[i] != NULL; i++)
    {
      const char *label = change->changed[i];

      for (guint j = 0; j < G_N_ELEMENTS (column_labels); j++)
        if (g_str_equal (column_labels[j].column, label))
          label = _(column_labels[j].label);
      if (text->len > 0)
        /* TRANSLATORS: between the names of changed columns */
        g_string_append (text, _(", "));
      g_string_append (text, label);
    }

  /* TRANSLATORS: %s lists what changed: "Changed: effect, status" */
  return g_strdup_printf (_("Changed: %s"), text->str);
}

/* The row's values at the end, or at the start when it was deleted. */
static JsonObject *
change_values (const StewardHistoryChange *change)
{
  return change->after != NULL ? change->after : change->before;
}

static const char *
member_string (JsonObject *values,
               const char *member)
{
  JsonNode *node = values != NULL ? json_object_get_member (values, member) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";

  return json_node_get_string (node);
}

static GPtrArray *
history_changes (Window      *w,
                 const char  *table,
                 GError     **error)
{
  return steward_history_changes (w->db, table, w->from_time, w->to_time, error);
}

static gboolean
item_issues (Window     *w,
             JsonArray  *blocks,
             GError    **error)
{
  g_autoptr(GPtrArray) changes = history_changes (w, "context_issue", error);
  const char *columns[] = {
    /* TRANSLATORS: a column of the table of changed issues: internal or external */
    _("Kind"),
    /* TRANSLATORS: a column of the table of changed issues */
    _("Category"),
    /* TRANSLATORS: a column of the table of changed issues */
    _("Issue"),
    /* TRANSLATORS: a column of the table of changed issues: added, changed, retired */
    _("Change"),
  };
  JsonObject *table;

  if (changes == NULL)
    return FALSE;
  if (changes->len == 0)
    {
      steward_minutes_add_empty (w, blocks, _("No changes to the issues since %s."));
      return TRUE;
    }

  table = steward_minutes_add_table (blocks, _("Changes in external and internal issues since the previous review"),
                                     G_N_ELEMENTS (columns), columns, NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      const StewardHistoryChange *change = g_ptr_array_index (changes, i);
      JsonObject *values = change_values (change);
      int scope = enum_value (STEWARD_TYPE_SCOPE, member_string (values, "scope"));
      int category = enum_value (STEWARD_TYPE_ISSUE_CATEGORY, member_string (values, "category"));
      g_autofree char *what = describe_change (change);

      steward_minutes_add_row (table, scope >= 0 ? steward_scope_to_string (scope) : "",
                               category >= 0 ? steward_issue_category_to_string (category) : "",
                               member_string (values, "description"), what);
    }

  return TRUE;
}

char *
steward_minutes_window_party (Window *w,
               gint64  party_id)
{
  g_autoptr(StewardParty) party = NULL;

  if (party_id <= 0)
    return g_strdup ("");
  party = steward_record_load (w->db, STEWARD_TYPE_PARTY, party_id, NULL);

  return g_strdup (party != NULL ? steward_party_get_name (party) : "");
}

static gboolean
item_parties (Window     *w,
              JsonArray  *blocks,
              GError    **error)
{
  g_autoptr(GPtrArray) parties = history_changes (w, "party", error);
  g_autoptr(GPtrArray) requirements = NULL;
  const char *columns[] = {
    /* TRANSLATORS: a column of the table of changed interested parties */
    _("Party"),
    /* TRANSLATORS: a column of the table of changed interested parties:
     * the party, a requirement, an expectation or a need */
    _("Kind"),
    /* TRANSLATORS: a column of the table of changed interested parties */
    _("Requirement"),
    /* TRANSLATORS: a column of the table of changed interested parties */
    _("Change"),
  };
  JsonObject *table;

  if (parties == NULL)
    return FALSE;
  requirements = history_changes (w, "party_requirement", error);
  if (requirements == NULL)
    return FALSE;
  if (parties->len == 0 && requirements->len == 0)
    {
      steward_minutes_add_empty (w, blocks, _("No changes to the interested parties or their requirements since %s."));
      return TRUE;
    }

  table = steward_minutes_add_table (blocks, _("Changes in interested parties' needs and expectations since the previous review"),
                                     G_N_ELEMENTS (columns), columns, NULL);
  for (guint i = 0; i < parties->len; i++)
    {
      const StewardHistoryChange *change = g_ptr_array_index (parties, i);
      JsonObject *values = change_values (change);
      int kind = enum_value (STEWARD_TYPE_PARTY_KIND, member_string (values, "kind"));
      g_autofree char *what = describe_change (change);

      steward_minutes_add_row (table, member_string (values, "name"),
                               kind >= 0 ? steward_party_kind_to_string (kind) : "", "", what);
    }
  for (guint i = 0; i < requirements->len; i++)
    {
      const StewardHistoryChange *change = g_ptr_array_index (requirements, i);
      JsonObject *values = change_values (change);
      int kind = enum_value (STEWARD_TYPE_REQUIREMENT_KIND, member_string (values, "kind"));
      gint64 party_id = values != NULL && json_object_has_member (values, "party_id")
                        ? json_object_get_int_member (values, "party_id") : 0;
      g_autofree char *party = steward_minutes_window_party (w, party_id);
      g_autofree char *what = describe_change (change);

      steward_minutes_add_row (table, party, kind >= 0 ? steward_requirement_kind_to_string (kind) : "",
                               member_string (values, "text"), what);
    }

  return TRUE;
}

/* The window */

static gboolean
load_previous (StewardDatabase  *db,
               StewardReview    *review,
               StewardReview   **previous,
               GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  *previous = steward_review_get_previous (db, review, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
window_init (Window           *w,
             StewardDatabase  *db,
             StewardReview    *review,
             StewardCalendar   calendar,
             GError          **error)
{
  g_autoptr(StewardReview) previous = NULL;
  GTimeZone *zone = g_date_time_get_timezone (steward_review_get_starts_at (review));
  GDate end;

  w->db = db;
  w->review = review;
  w->calendar = calendar;
  w->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  date_of (steward_review_get_starts_at (review), zone, &w->day);

  if (!load_previous (db, review, &previous, error))
    return FALSE;
  if (previous != NULL)
    {
      GDateTime *previous_starts = steward_review_get_starts_at (previous);

      /* the day its own minutes give */
      date_of (previous_starts, g_date_time_get_timezone (previous_starts), &w->from);
      w->since = format_date (w, &w->from);
      w->from_time = g_date_time_ref (previous_starts);
      g_date_add_days (&w->from, 1);
    }
  else
    {
      w->from = w->day;
      g_date_subtract_years (&w->from, 1);
      w->since = format_date (w, &w->from);
      w->from_time = midnight (&w->from, zone);
    }
  end = w->day;
  g_date_add_days (&end, 1);
  w->to_time = midnight (&end, zone);
  w->day_iso = iso_date (&w->day);
  w->from_iso = iso_date (&w->from);

  return TRUE;
}

/**
 * steward_minutes_build_item_blocks:
 *
 * Returns: (transfer full) (nullable): the blocks, %NULL with @error set
 */
JsonArray *
steward_minutes_build_item_blocks (StewardDatabase    *db,
                                   StewardReview      *review,
                                   StewardAgendaItem   item,
                                   StewardCalendar     calendar,
                                   GError            **error)
{
  g_auto(Window) w = { 0 };
  g_autoptr(JsonArray) blocks = json_array_new ();
  gboolean ok = FALSE;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);
  g_return_val_if_fail (steward_review_get_starts_at (review) != NULL, NULL);

  if (!window_init (&w, db, review, calendar, error))
    return NULL;

  switch (item)
    {
    case STEWARD_AGENDA_POLICY:
      ok = item_policy (&w, blocks, error);
      break;
    case STEWARD_AGENDA_PREVIOUS_ACTIONS:
      ok = item_previous_actions (&w, blocks, error);
      break;
    case STEWARD_AGENDA_ISSUES:
      ok = item_issues (&w, blocks, error);
      break;
    case STEWARD_AGENDA_PARTIES:
      ok = item_parties (&w, blocks, error);
      break;
    case STEWARD_AGENDA_PERFORMANCE:
      ok = steward_minutes_performance_blocks (db, &w.from, &w.day, w.since, calendar, blocks, error);
      break;
    case STEWARD_AGENDA_FEEDBACK:
      ok = steward_minutes_item_feedback (&w, blocks, error);
      break;
    case STEWARD_AGENDA_RISKS:
      ok = steward_minutes_item_risks (&w, blocks, error);
      break;
    case STEWARD_AGENDA_IMPROVEMENT:
      ok = steward_minutes_item_improvement (&w, blocks, error);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return ok ? g_steal_pointer (&blocks) : NULL;
}
