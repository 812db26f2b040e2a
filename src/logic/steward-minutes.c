/* steward-minutes.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-action-item.h"
#include "model/steward-minutes.h"
#include "model/steward-person.h"
#include "model/steward-review-attendee.h"
#include "model/steward-review-decision.h"
#include "model/steward-review-item.h"
#include "steward-date.h"
#include "steward-minutes-private.h"
#include "steward-minutes.h"

/* The document of the minutes (see steward-minutes.h): the meeting, the
 * document control, the attendance with the quorum, every agenda item
 * with its data blocks and decisions, the general decisions and the
 * signatures. The agenda items' data blocks are built in
 * steward-minutes-items.c. */

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : "";
}

static char *
person_name (StewardDatabase *db,
             gint64           id)
{
  g_autoptr(StewardPerson) person = NULL;

  if (id <= 0)
    return g_strdup ("");
  person = steward_record_load (db, STEWARD_TYPE_PERSON, id, NULL);

  return g_strdup (person != NULL ? steward_person_get_name (person) : "");
}

static GPtrArray *
load_of_review (StewardDatabase  *db,
                GType             type,
                gint64            review_id,
                const char       *order,
                GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  steward_query_order_by (query, order, FALSE);
  steward_query_order_by (query, "id", FALSE);

  return steward_minutes_load_all (db, type, query, error);
}

/* The newest version of the minutes, NULL when there is none. */
static StewardMinutes *
load_latest_minutes (StewardDatabase  *db,
                     gint64            review_id,
                     GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) versions = NULL;

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  steward_query_order_by (query, "version", TRUE);
  steward_query_set_limit (query, 1);
  versions = steward_minutes_load_all (db, STEWARD_TYPE_MINUTES, query, error);
  if (versions == NULL)
    return NULL;
  if (versions->len == 0)
    {
      g_set_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
                   _("The meeting has no minutes."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (versions, 0));
}

const char *
steward_minutes_item_number (guint index)
{
  static const char *numbers[] = {
    /* TRANSLATORS: the numbers of the agenda items in the minutes: 一 … 八 */
    NC_ ("agenda item number", "1"),
    NC_ ("agenda item number", "2"),
    NC_ ("agenda item number", "3"),
    NC_ ("agenda item number", "4"),
    NC_ ("agenda item number", "5"),
    NC_ ("agenda item number", "6"),
    NC_ ("agenda item number", "7"),
    NC_ ("agenda item number", "8"),
  };

  g_return_val_if_fail (index < G_N_ELEMENTS (numbers), "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "agenda item number", numbers[index]);
}

/* @date_time in @zone, with its date written in @calendar. The minutes
 * write every time in the meeting's own offset, as it was stored: a
 * meeting held at 14:00 in Taipei reads 14:00 on whatever machine the
 * minutes are made, which steward_date_time_format() (local time) would
 * not. */
static char *
format_in_zone (GDateTime       *date_time,
                GTimeZone       *zone,
                StewardCalendar  calendar)
{
  g_autoptr(GDateTime) there = g_date_time_to_timezone (date_time, zone);
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (there),
                                         g_date_time_get_month (there),
                                         g_date_time_get_year (there));
  g_autofree char *date = steward_date_format (day, calendar);

  /* TRANSLATORS: a date followed by a time of day */
  return g_strdup_printf (_("%s %02d:%02d"), date,
                          g_date_time_get_hour (there), g_date_time_get_minute (there));
}

static JsonObject *
build_meeting (StewardDatabase *db,
               StewardReview   *review,
               StewardCalendar  calendar)
{
  JsonObject *meeting = json_object_new ();
  GDateTime *starts = steward_review_get_starts_at (review);
  GDateTime *ends = steward_review_get_ends_at (review);
  GTimeZone *zone = g_date_time_get_timezone (starts);
  g_autofree char *when = format_in_zone (starts, zone, calendar);
  g_autofree char *iso = g_date_time_format_iso8601 (starts);
  g_autofree char *chair = person_name (db, steward_review_get_chair_id (review));
  g_autofree char *secretary = person_name (db, steward_review_get_secretary_id (review));
  const char *place = steward_review_get_place (review);

  if (ends != NULL)
    {
      /* The end in the start's offset, should it have been stored in
       * another. */
      g_autoptr(GDateTime) end_there = g_date_time_to_timezone (ends, zone);
      char *both = g_strdup_printf ("%s–%02d:%02d", when, g_date_time_get_hour (end_there),
                                    g_date_time_get_minute (end_there));

      g_free (when);
      when = both;
    }

  json_object_set_string_member (meeting, "title", steward_review_get_title (review));
  json_object_set_string_member (meeting, "kind", steward_review_kind_to_string (steward_review_get_kind (review)));
  json_object_set_string_member (meeting, "kind_nick",
                                 enum_nick (STEWARD_TYPE_REVIEW_KIND, steward_review_get_kind (review)));
  json_object_set_string_member (meeting, "when", when);
  json_object_set_string_member (meeting, "starts_at", iso);
  json_object_set_string_member (meeting, "place", place != NULL ? place : "");
  json_object_set_string_member (meeting, "chair", chair);
  json_object_set_string_member (meeting, "secretary", secretary);

  return meeting;
}

static JsonObject *
build_document (StewardMinutes  *minutes,
                GTimeZone       *zone,
                StewardCalendar  calendar)
{
  JsonObject *document = json_object_new ();
  const char *number = steward_minutes_get_document_number (minutes);
  const char *issued_by = steward_minutes_get_issued_by (minutes);
  const char *reason = steward_minutes_get_reason (minutes);
  GDateTime *issued_at = steward_minutes_get_issued_at (minutes);
  g_autofree char *issued_text = issued_at != NULL ? format_in_zone (issued_at, zone, calendar) : g_strdup ("");
  StewardMinutesStatus status = steward_minutes_get_status (minutes);
  int version = steward_minutes_get_version (minutes);

  json_object_set_string_member (document, "number", number != NULL ? number : "");
  json_object_set_int_member (document, "version", version);
  json_object_set_string_member (document, "status", steward_minutes_status_to_string (status));
  json_object_set_string_member (document, "status_nick", enum_nick (STEWARD_TYPE_MINUTES_STATUS, status));
  json_object_set_string_member (document, "issued_by", issued_by != NULL ? issued_by : "");
  json_object_set_string_member (document, "issued_at", issued_text);
  if (steward_minutes_get_replaces_id (minutes) > 0)
    json_object_set_int_member (document, "replaces", version - 1);
  json_object_set_string_member (document, "reason", reason != NULL ? reason : "");

  return document;
}

static JsonObject *
build_attendance (StewardDatabase  *db,
                  gint64            review_id,
                  GError          **error)
{
  g_autoptr(GPtrArray) attendees = load_of_review (db, STEWARD_TYPE_REVIEW_ATTENDEE, review_id, "position", error);
  JsonObject *attendance;
  JsonArray *columns;
  JsonArray *rows;
  guint n_present = 0, n_needed;
  g_autofree char *quorum = NULL;

  if (attendees == NULL)
    return NULL;

  attendance = json_object_new ();
  columns = json_array_new ();
  /* TRANSLATORS: a column of the attendance table in the minutes */
  json_array_add_string_element (columns, _("Name"));
  /* TRANSLATORS: a column of the attendance table in the minutes: the
   * person's role in the committee (召集人, 委員) */
  json_array_add_string_element (columns, _("Role"));
  /* TRANSLATORS: a column of the attendance table: present, absent, on
   * leave, represented */
  json_array_add_string_element (columns, _("Attendance"));
  /* TRANSLATORS: a column of the attendance table: who represented the
   * member */
  json_array_add_string_element (columns, _("Represented by"));
  rows = json_array_new ();
  for (guint i = 0; i < attendees->len; i++)
    {
      StewardReviewAttendee *attendee = g_ptr_array_index (attendees, i);
      StewardAttendance how = steward_review_attendee_get_attendance (attendee);
      const char *role = steward_review_attendee_get_role_label (attendee);
      const char *deputy = steward_review_attendee_get_represented_by (attendee);
      g_autofree char *name = person_name (db, steward_review_attendee_get_person_id (attendee));
      JsonArray *row = json_array_new ();

      json_array_add_string_element (row, name);
      json_array_add_string_element (row, role != NULL ? role : "");
      json_array_add_string_element (row, steward_attendance_to_string (how));
      json_array_add_string_element (row, how == STEWARD_ATTENDANCE_REPRESENTED && deputy != NULL ? deputy : "");
      json_array_add_array_element (rows, row);
      if (how == STEWARD_ATTENDANCE_PRESENT || how == STEWARD_ATTENDANCE_REPRESENTED)
        n_present++;
    }

  n_needed = attendees->len / 2 + 1;
  if (n_present >= n_needed)
    /* TRANSLATORS: the quorum of the meeting: "9 of 11 present; quorum (6) met" */
    quorum = g_strdup_printf (_("%u of %u present; quorum (%u) met"), n_present, attendees->len, n_needed);
  else
    /* TRANSLATORS: the quorum of the meeting: "4 of 11 present; quorum (6) not met" */
    quorum = g_strdup_printf (_("%u of %u present; quorum (%u) not met"), n_present, attendees->len, n_needed);

  json_object_set_array_member (attendance, "columns", columns);
  json_object_set_array_member (attendance, "rows", rows);
  json_object_set_string_member (attendance, "quorum", quorum);

  return attendance;
}

static JsonObject *
build_decision (StewardDatabase       *db,
                StewardReviewDecision *decision,
                StewardCalendar        calendar)
{
  JsonObject *object = json_object_new ();
  gint64 action_id = steward_review_decision_get_action_id (decision);
  g_autoptr(StewardActionItem) action = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *due = NULL;

  if (action_id > 0)
    action = steward_record_load (db, STEWARD_TYPE_ACTION_ITEM, action_id, NULL);
  if (action != NULL)
    {
      owner = person_name (db, steward_action_item_get_owner_id (action));
      due = steward_date_format (steward_action_item_get_due_date (action), calendar);
    }

  json_object_set_string_member (object, "text", steward_review_decision_get_text (decision));
  json_object_set_string_member (object, "owner", owner != NULL ? owner : "");
  json_object_set_string_member (object, "due", due != NULL ? due : "");
  json_object_set_int_member (object, "action_id", action != NULL ? action_id : 0);

  return object;
}

static JsonArray *
build_decisions (StewardDatabase *db,
                 GPtrArray       *decisions,
                 const char      *nick,
                 StewardCalendar  calendar)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < decisions->len; i++)
    {
      StewardReviewDecision *decision = g_ptr_array_index (decisions, i);
      const char *item = steward_review_decision_get_item (decision);

      if (g_strcmp0 (item, nick) == 0)
        json_array_add_object_element (array, build_decision (db, decision, calendar));
    }

  return array;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  StewardReviewItem *item_a = *(StewardReviewItem **) a;
  StewardReviewItem *item_b = *(StewardReviewItem **) b;

  return (int) steward_review_item_get_item (item_a) - (int) steward_review_item_get_item (item_b);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static JsonArray *
build_items (StewardDatabase  *db,
             StewardReview    *review,
             GPtrArray        *decisions,
             StewardCalendar   calendar,
             GError          **error)
{
  gint64 review_id = steward_record_get_id (STEWARD_RECORD (review));
  g_autoptr(GPtrArray) items = load_of_review (db, STEWARD_TYPE_REVIEW_ITEM, review_id, "position", error);
  g_autoptr(JsonArray) array = NULL;

  if (items == NULL)
    return NULL;
  g_ptr_array_sort (items, compare_items);

  array = json_array_new ();
  for (guint i = 0; i < items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (items, i);
      StewardAgendaItem agenda = steward_review_item_get_item (item);
      const char *nick = steward_agenda_item_get_nick (agenda);
      JsonObject *object = json_object_new ();
      JsonArray *blocks = steward_minutes_build_item_blocks (db, review, agenda, calendar, error);

      if (blocks == NULL)
        {
          json_object_unref (object);
          return NULL;
        }
      json_object_set_string_member (object, "nick", nick);
      json_object_set_string_member (object, "number", steward_minutes_item_number (i));
      json_object_set_string_member (object, "title", steward_agenda_item_to_string (agenda));
      json_object_set_string_member (object, "clause", steward_agenda_item_get_clause (agenda));
      json_object_set_boolean_member (object, "nothing_to_report", steward_review_item_get_nothing_to_report (item));
      json_object_set_string_member (object, "reason", or_empty (steward_review_item_get_reason (item)));
      json_object_set_string_member (object, "discussion", or_empty (steward_review_item_get_discussion (item)));
      json_object_set_string_member (object, "conclusion", or_empty (steward_review_item_get_conclusion (item)));
      json_object_set_array_member (object, "blocks", blocks);
      json_object_set_array_member (object, "decisions", build_decisions (db, decisions, nick, calendar));
      json_array_add_object_element (array, object);
    }

  return g_steal_pointer (&array);
}

/**
 * steward_minutes_build:
 *
 * Returns: (transfer full) (nullable): the document, %NULL with @error set
 */
JsonObject *
steward_minutes_build (StewardDatabase  *db,
                       gint64            review_id,
                       StewardCalendar   calendar,
                       GError          **error)
{
  g_autoptr(StewardReview) review = NULL;
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(JsonObject) document = NULL;
  g_autofree char *title = NULL;
  JsonObject *attendance;
  JsonArray *items;
  JsonArray *signatures;
  GTimeZone *zone;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  review = steward_record_load (db, STEWARD_TYPE_REVIEW, review_id, error);
  if (review == NULL)
    return NULL;
  /* every time of the document in the meeting's own offset */
  zone = g_date_time_get_timezone (steward_review_get_starts_at (review));
  minutes = load_latest_minutes (db, review_id, error);
  if (minutes == NULL)
    return NULL;
  decisions = load_of_review (db, STEWARD_TYPE_REVIEW_DECISION, review_id, "position", error);
  if (decisions == NULL)
    return NULL;

  document = json_object_new ();
  json_object_set_int_member (document, "format", STEWARD_MINUTES_FORMAT);
  /* TRANSLATORS: the title of the minutes; %s is the meeting's title
   * (114年度第1次管理審查會議紀錄) */
  title = g_strdup_printf (_("Minutes of the %s"), steward_review_get_title (review));
  json_object_set_string_member (document, "title", title);
  json_object_set_object_member (document, "meeting", build_meeting (db, review, calendar));
  json_object_set_object_member (document, "document", build_document (minutes, zone, calendar));

  attendance = build_attendance (db, review_id, error);
  if (attendance == NULL)
    return NULL;
  json_object_set_object_member (document, "attendance", attendance);

  items = build_items (db, review, decisions, calendar, error);
  if (items == NULL)
    return NULL;
  json_object_set_array_member (document, "items", items);
  json_object_set_array_member (document, "decisions", build_decisions (db, decisions, NULL, calendar));

  signatures = json_array_new ();
  /* TRANSLATORS: a signature line of the minutes (主席) */
  json_array_add_string_element (signatures, _("Chair"));
  /* TRANSLATORS: the signature line of who took the minutes: 紀錄 on Taiwanese minutes */
  json_array_add_string_element (signatures, C_("signature", "Secretary"));
  json_object_set_array_member (document, "signatures", signatures);

  return g_steal_pointer (&document);
}

/**
 * steward_minutes_load:
 *
 * Returns: (transfer full) (nullable): the document, %NULL with @error set
 */
JsonObject *
steward_minutes_load (StewardDatabase  *db,
                      gint64            review_id,
                      StewardCalendar   calendar,
                      GError          **error)
{
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  minutes = load_latest_minutes (db, review_id, error);
  if (minutes == NULL)
    return NULL;
  if (steward_minutes_get_status (minutes) != STEWARD_MINUTES_ISSUED
      || steward_minutes_get_content (minutes) == NULL)
    return steward_minutes_build (db, review_id, calendar, error);

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, steward_minutes_get_content (minutes), -1, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
                   _("The issued minutes are not a document Steward can read."));
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}
