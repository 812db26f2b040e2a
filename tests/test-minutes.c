/* test-minutes.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "export/steward-minutes-export.h"
#include "logic/steward-date.h"
#include "logic/steward-minutes.h"
#include "logic/steward-sample-data.h"
#include "model/steward-action-item.h"
#include "model/steward-measurement.h"
#include "model/steward-meeting.h"
#include "model/steward-minutes.h"
#include "model/steward-objective-target.h"
#include "model/steward-objective.h"
#include "model/steward-party-feedback.h"
#include "model/steward-party.h"
#include "model/steward-person.h"
#include "model/steward-review-attendee.h"
#include "model/steward-review-decision.h"
#include "model/steward-review-item.h"
#include "model/steward-review.h"
#include "model/steward-context-enums.h"
#include "model/steward-context-issue.h"
#include "store/steward-database.h"

#include "steward-test-util.h"

/* The minutes' document (logic/steward-minutes.h) of meetings on a small
 * database. */

static void
save (gpointer         record,
      StewardDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (record, db, &error));
  g_assert_no_error (error);
}

static gint64
id_of (gpointer record)
{
  return steward_record_get_id (STEWARD_RECORD (record));
}

static gint64
add_person (StewardDatabase *db,
            const char      *name)
{
  g_autoptr(StewardPerson) person = g_object_new (STEWARD_TYPE_PERSON, "name", name, NULL);

  save (person, db);
  return id_of (person);
}

/* A meeting on @year-@month-@day at 14:00 in Taipei, with the items
 * @items (NULL: all eight) and version 1 of its minutes, a draft. */
static StewardReview *
add_review (StewardDatabase         *db,
            StewardReviewKind        kind,
            int                      year,
            int                      month,
            int                      day,
            const StewardAgendaItem *items,
            guint                    n_items,
            gint64                   chair_id)
{
  g_autoptr(GDateTime) starts = g_date_time_new_local (year, month, day, 14, 0, 0);
  static int serial;
  int number = ++serial;  /* unique within any one database */
  g_autofree char *title = g_strdup_printf ("%d年度第%d次管理審查會議", year - 1911, number);
  StewardReview *review = g_object_new (STEWARD_TYPE_REVIEW,
                                        "kind", kind,
                                        "year", year,
                                        "number", number,
                                        "title", title,
                                        "starts-at", starts,
                                        "place", "本中心 3 樓會議室",
                                        "chair-id", chair_id,
                                        "secretary-id", chair_id,
                                        NULL);
  g_autoptr(StewardMinutes) minutes = NULL;

  save (review, db);
  for (guint i = 0; i < (items != NULL ? n_items : STEWARD_N_AGENDA_ITEMS); i++)
    {
      StewardAgendaItem item = items != NULL ? items[i] : (StewardAgendaItem) (STEWARD_N_AGENDA_ITEMS - 1 - i);
      g_autoptr(StewardReviewItem) record = g_object_new (STEWARD_TYPE_REVIEW_ITEM,
                                                          "review-id", id_of (review),
                                                          "item", item,
                                                          /* stored in reverse: the document
                                                           * must still follow the agenda */
                                                          "position", (int) i,
                                                          "discussion", "討論內容",
                                                          NULL);

      save (record, db);
    }
  minutes = g_object_new (STEWARD_TYPE_MINUTES, "review-id", id_of (review), "version", 1,
                          "status", STEWARD_MINUTES_DRAFT, "document-number", "ISMS-R-001", NULL);
  save (minutes, db);

  return review;
}

static JsonObject *
build (StewardDatabase *db,
       gint64           review_id,
       StewardCalendar  calendar)
{
  g_autoptr(GError) error = NULL;
  JsonObject *document = steward_minutes_build (db, review_id, calendar, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static JsonObject *
find_item (JsonObject *document,
           const char *nick)
{
  JsonArray *items = json_object_get_array_member (document, "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "nick"), nick))
        return item;
    }
  g_assert_not_reached ();
}

/* Every text of the item's blocks, joined, to look for a record's text. */
static char *
item_text (JsonObject *document,
           const char *nick)
{
  JsonObject *item = find_item (document, nick);
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  char *text;

  json_node_set_object (node, item);
  text = json_to_string (node, FALSE);
  json_node_unref (node);

  return text;
}

static void
test_agenda (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_autoptr(JsonObject) document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  JsonArray *items = json_object_get_array_member (document, "items");
  JsonObject *meeting = json_object_get_object_member (document, "meeting");
  JsonObject *control = json_object_get_object_member (document, "document");
  JsonArray *signatures = json_object_get_array_member (document, "signatures");

  g_assert_cmpint (json_object_get_int_member (document, "format"), ==, STEWARD_MINUTES_FORMAT);
  g_assert_nonnull (strstr (json_object_get_string_member (document, "title"), "114年度第"));
  g_assert_nonnull (strstr (json_object_get_string_member (document, "title"), steward_review_get_title (review)));
  g_assert_cmpstr (json_object_get_string_member (meeting, "chair"), ==, "王大明");
  g_assert_cmpstr (json_object_get_string_member (meeting, "kind_nick"), ==, "regular");
  g_assert_cmpstr (json_object_get_string_member (meeting, "place"), ==, "本中心 3 樓會議室");
  g_assert_cmpstr (json_object_get_string_member (control, "status_nick"), ==, "draft");
  g_assert_cmpint (json_object_get_int_member (control, "version"), ==, 1);
  g_assert_false (json_object_has_member (control, "replaces"));
  g_assert_cmpint (json_array_get_length (signatures), ==, 2);

  g_assert_cmpuint (json_array_get_length (items), ==, STEWARD_N_AGENDA_ITEMS);
  for (guint i = 0; i < STEWARD_N_AGENDA_ITEMS; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_cmpstr (json_object_get_string_member (item, "nick"), ==, steward_agenda_item_get_nick (i));
      g_assert_cmpstr (json_object_get_string_member (item, "clause"), ==, steward_agenda_item_get_clause (i));
      g_assert_cmpstr (json_object_get_string_member (item, "number"), ==, number);
      g_assert_cmpstr (json_object_get_string_member (item, "discussion"), ==, "討論內容");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (item, "blocks")), >, 0);
    }
}

static void
test_extraordinary (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  static const StewardAgendaItem chosen[] = { STEWARD_AGENDA_RISKS, STEWARD_AGENDA_ISSUES };
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_EXTRAORDINARY, 2025, 6, 2,
                                                chosen, G_N_ELEMENTS (chosen), chair);
  g_autoptr(JsonObject) document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  JsonArray *items = json_object_get_array_member (document, "items");

  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  /* in agenda order, numbered from one */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "nick"), ==, "issues");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "number"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1), "nick"), ==, "risks");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1), "number"), ==, "2");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (document, "meeting"), "kind_nick"),
                   ==, "extraordinary");
}

static void
add_attendee (StewardDatabase   *db,
              StewardReview     *review,
              gint64             person_id,
              int                position,
              StewardAttendance  attendance,
              const char        *deputy)
{
  g_autoptr(StewardReviewAttendee) attendee = g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE,
                                                            "review-id", id_of (review),
                                                            "person-id", person_id,
                                                            "position", position,
                                                            "role-label", position == 0 ? "召集人" : "委員",
                                                            "attendance", attendance,
                                                            "represented-by", deputy,
                                                            NULL);

  save (attendee, db);
}

static void
test_attendance_and_decisions (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  gint64 member = add_person (t->db, "李小華");
  gint64 absent = add_person (t->db, "陳志明");
  gint64 represented = add_person (t->db, "林美玲");
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_autoptr(GDate) created = g_date_new_dmy (12, 3, 2025);
  g_autoptr(GDate) due = g_date_new_dmy (30, 6, 2025);
  g_autoptr(StewardActionItem) action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                                                      "title", "修訂資通安全政策",
                                                      "owner-id", member,
                                                      "created-on", created,
                                                      "due-date", due,
                                                      "status", STEWARD_ACTION_OPEN,
                                                      "source-kind", STEWARD_ACTION_SOURCE_REVIEW,
                                                      "source-id", id_of (review),
                                                      NULL);
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autoptr(StewardReviewDecision) general = NULL;
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(JsonObject) roc = NULL;
  JsonObject *attendance;
  JsonArray *rows;
  JsonArray *decisions;
  JsonObject *first;

  add_attendee (t->db, review, chair, 0, STEWARD_ATTENDANCE_PRESENT, NULL);
  add_attendee (t->db, review, member, 1, STEWARD_ATTENDANCE_PRESENT, NULL);
  add_attendee (t->db, review, absent, 2, STEWARD_ATTENDANCE_ABSENT, NULL);
  add_attendee (t->db, review, represented, 3, STEWARD_ATTENDANCE_REPRESENTED, "張主任");
  save (action, t->db);
  decision = g_object_new (STEWARD_TYPE_REVIEW_DECISION, "review-id", id_of (review), "item", "policy",
                           "text", "政策依新版標準修訂", "action-id", id_of (action), NULL);
  save (decision, t->db);
  general = g_object_new (STEWARD_TYPE_REVIEW_DECISION, "review-id", id_of (review),
                          "text", "下次會議於明年三月召開", NULL);
  save (general, t->db);

  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  attendance = json_object_get_object_member (document, "attendance");
  rows = json_object_get_array_member (attendance, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (attendance, "columns")), ==, 4);
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (rows, 0), 0), ==, "王大明");
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (rows, 0), 1), ==, "召集人");
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (rows, 2), 2), ==, "Absent");
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (rows, 3), 3), ==, "張主任");
  /* present or represented: 3 of 4, more than half is 3 */
  g_assert_cmpstr (json_object_get_string_member (attendance, "quorum"), ==, "3 of 4 present; quorum (3) met");

  decisions = json_object_get_array_member (find_item (document, "policy"), "decisions");
  g_assert_cmpuint (json_array_get_length (decisions), ==, 1);
  first = json_array_get_object_element (decisions, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==, "政策依新版標準修訂");
  g_assert_cmpstr (json_object_get_string_member (first, "owner"), ==, "李小華");
  g_assert_cmpstr (json_object_get_string_member (first, "due"), ==, "2025-06-30");
  g_assert_cmpint (json_object_get_int_member (first, "action_id"), ==, id_of (action));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (find_item (document, "risks"), "decisions")),
                    ==, 0);

  decisions = json_object_get_array_member (document, "decisions");
  g_assert_cmpuint (json_array_get_length (decisions), ==, 1);
  first = json_array_get_object_element (decisions, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==, "下次會議於明年三月召開");
  g_assert_cmpstr (json_object_get_string_member (first, "owner"), ==, "");
  g_assert_cmpint (json_object_get_int_member (first, "action_id"), ==, 0);

  /* The ROC calendar */
  roc = build (t->db, id_of (review), STEWARD_CALENDAR_ROC);
  first = json_array_get_object_element (json_object_get_array_member (find_item (roc, "policy"), "decisions"), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "due"), ==, "ROC 114-06-30");
  g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (roc, "meeting"), "when"),
                            "114"));
}

static void
add_feedback (StewardDatabase *db,
              gint64           party_id,
              int              year,
              int              month,
              int              day,
              const char      *content)
{
  g_autoptr(GDate) received = g_date_new_dmy (day, month, year);
  g_autoptr(StewardPartyFeedback) feedback = g_object_new (STEWARD_TYPE_PARTY_FEEDBACK,
                                                           "party-id", party_id,
                                                           "received-on", received,
                                                           "content", content,
                                                           NULL);

  save (feedback, db);
}

static void
test_as_of_the_day (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(StewardReview) first = add_review (t->db, STEWARD_REVIEW_REGULAR, 2024, 3, 12, NULL, 0, chair);
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_autoptr(StewardParty) party = g_object_new (STEWARD_TYPE_PARTY, "name", "教育部", "scope", STEWARD_SCOPE_EXTERNAL,
                                                "kind", STEWARD_PARTY_SUPERIOR_AGENCY, NULL);
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(JsonObject) first_document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first_text = NULL;
  JsonArray *blocks;
  JsonObject *block;

  /* Nothing yet: an empty block that names the window's start, the
   * previous review's day. */
  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  blocks = json_object_get_array_member (find_item (document, "feedback"), "blocks");
  g_assert_cmpuint (json_array_get_length (blocks), ==, 1);
  block = json_array_get_object_element (blocks, 0);
  g_assert_cmpstr (json_object_get_string_member (block, "type"), ==, "empty");
  g_assert_cmpstr (json_object_get_string_member (block, "text"), ==,
                   "No feedback from interested parties was received since 2024-03-12.");
  g_clear_pointer (&document, json_object_unref);

  save (party, t->db);
  add_feedback (t->db, id_of (party), 2024, 2, 1, "去年的意見");            /* before the window */
  add_feedback (t->db, id_of (party), 2024, 9, 1, "請加強校園網路防護");      /* in it */
  add_feedback (t->db, id_of (party), 2025, 3, 12, "當日收到的意見");          /* on the day */
  add_feedback (t->db, id_of (party), 2025, 3, 13, "會後才收到的意見");        /* after the day */

  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  blocks = json_object_get_array_member (find_item (document, "feedback"), "blocks");
  g_assert_cmpuint (json_array_get_length (blocks), ==, 1);
  block = json_array_get_object_element (blocks, 0);
  g_assert_cmpstr (json_object_get_string_member (block, "type"), ==, "table");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (block, "rows")), ==, 2);
  text = item_text (document, "feedback");
  g_assert_nonnull (strstr (text, "請加強校園網路防護"));
  g_assert_nonnull (strstr (text, "當日收到的意見"));
  g_assert_nonnull (strstr (text, "教育部"));
  g_assert_null (strstr (text, "會後才收到的意見"));
  g_assert_null (strstr (text, "去年的意見"));

  /* The first review has no previous one: the year before it. */
  first_document = build (t->db, id_of (first), STEWARD_CALENDAR_GREGORIAN);
  first_text = item_text (first_document, "feedback");
  g_assert_nonnull (strstr (first_text, "去年的意見"));
  g_assert_null (strstr (first_text, "請加強校園網路防護"));
}

static void
check_chart (JsonObject *block)
{
  guint n = json_array_get_length (json_object_get_array_member (block, "labels"));
  JsonArray *series = json_object_get_array_member (block, "series");

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (json_array_get_length (series), >, 0);
  for (guint i = 0; i < json_array_get_length (series); i++)
    {
      JsonObject *one = json_array_get_object_element (series, i);

      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (one, "values")), ==, n);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (one, "states")), ==, n);
    }
  if (json_object_has_member (block, "target_low"))
    {
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (block, "target_low")), ==, n);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (block, "target_high")), ==, n);
    }
}

static guint
check_all_charts (JsonObject *document)
{
  JsonArray *items = json_object_get_array_member (document, "items");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonArray *blocks = json_object_get_array_member (json_array_get_object_element (items, i), "blocks");

      for (guint j = 0; j < json_array_get_length (blocks); j++)
        {
          JsonObject *block = json_array_get_object_element (blocks, j);

          if (g_str_equal (json_object_get_string_member (block, "type"), "chart"))
            {
              check_chart (block);
              n++;
            }
        }
    }

  return n;
}

static void
test_empty_registers_and_charts (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_autoptr(JsonObject) document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  JsonArray *blocks = json_object_get_array_member (find_item (document, "issues"), "blocks");
  JsonObject *block = json_array_get_object_element (blocks, 0);
  guint n_charts = 0;

  g_assert_cmpstr (json_object_get_string_member (block, "type"), ==, "empty");
  g_assert_cmpstr (json_object_get_string_member (block, "text"), ==, "No changes to the issues since 2024-03-12.");
  block = json_array_get_object_element (json_object_get_array_member (find_item (document, "risks"), "blocks"), 0);
  g_assert_cmpstr (json_object_get_string_member (block, "type"), ==, "empty");

  blocks = json_object_get_array_member (find_item (document, "performance"), "blocks");
  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      block = json_array_get_object_element (blocks, i);
      if (g_str_equal (json_object_get_string_member (block, "type"), "chart"))
        {
          check_chart (block);
          n_charts++;
        }
    }
  /* the findings and the actions, per quarter, even when there are none */
  g_assert_cmpuint (n_charts, >=, 2);
}

/* An objective missed in the window has a line chart of its own, with its
 * target band per label; one met shares the bar chart of the others. */
static void
test_objective_charts (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2024);
  g_autoptr(GDateTime) recorded = g_date_time_new_local (2025, 1, 5, 9, 0, 0);
  g_autoptr(JsonObject) document = NULL;
  static const struct { const char *name; double values[4]; } objectives[] = {
    { "核心系統可用率", { 99.9, 99.2, 99.8, 99.9 } },   /* missed in 2024 Q2 */
    { "備份還原測試成功率", { 100, 100, 100, 100 } },    /* met */
  };
  JsonArray *blocks;
  JsonObject *line = NULL;
  guint n_bar = 0;

  for (guint o = 0; o < G_N_ELEMENTS (objectives); o++)
    {
      g_autoptr(StewardObjective) objective = g_object_new (STEWARD_TYPE_OBJECTIVE,
                                                            "statement", objectives[o].name,
                                                            "kpi-name", objectives[o].name,
                                                            "kpi-unit", "%",
                                                            "direction", STEWARD_DIRECTION_AT_LEAST,
                                                            "frequency", STEWARD_FREQUENCY_QUARTERLY,
                                                            "start-date", start,
                                                            NULL);
      g_autoptr(StewardObjectiveTarget) target = NULL;

      save (objective, t->db);
      target = g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET, "objective-id", id_of (objective),
                             "valid-from", start, "low", 99.5, "high", 100.0, NULL);
      save (target, t->db);
      for (guint q = 0; q < 4; q++)
        {
          g_autoptr(GDate) period = g_date_new_dmy (1, 1 + 3 * q, 2024);
          g_autoptr(StewardMeasurement) measurement = g_object_new (STEWARD_TYPE_MEASUREMENT,
                                                                    "objective-id", id_of (objective),
                                                                    "period-start", period,
                                                                    "value", objectives[o].values[q],
                                                                    "recorded-by", "李小華",
                                                                    "recorded-at", recorded,
                                                                    NULL);

          save (measurement, t->db);
        }
    }

  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  blocks = json_object_get_array_member (find_item (document, "performance"), "blocks");
  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      JsonObject *block = json_array_get_object_element (blocks, i);

      if (!g_str_equal (json_object_get_string_member (block, "type"), "chart"))
        continue;
      check_chart (block);
      if (g_str_equal (json_object_get_string_member (block, "style"), "line"))
        {
          g_assert_null (line);
          line = block;
        }
      else
        n_bar++;
    }

  g_assert_nonnull (line);
  g_assert_cmpstr (json_object_get_string_member (line, "caption"), ==, "核心系統可用率");
  g_assert_cmpstr (json_object_get_string_member (line, "direction"), ==, "at-least");
  g_assert_true (json_object_has_member (line, "target_low"));
  {
    JsonArray *labels = json_object_get_array_member (line, "labels");
    JsonObject *series = json_array_get_object_element (json_object_get_array_member (line, "series"), 0);
    JsonArray *states = json_object_get_array_member (series, "states");
    gboolean any_missed = FALSE;

    g_assert_cmpuint (json_array_get_length (labels), >=, 3);
    for (guint i = 0; i < json_array_get_length (states); i++)
      any_missed |= g_str_equal (json_array_get_string_element (states, i), "missed");
    g_assert_true (any_missed);
    g_assert_cmpfloat (json_array_get_double_element (json_object_get_array_member (line, "target_low"), 0), ==, 99.5);
  }
  /* the findings, the actions and the share of the objectives met */
  g_assert_cmpuint (n_bar, ==, 3);
}

/* Changes in the issues come from the history: what changed after the
 * previous review began, with the columns that changed. */
static void
test_issue_changes (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_seconds (now, 1);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 10);
  g_autoptr(StewardContextIssue) old = g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                                                     "scope", STEWARD_SCOPE_EXTERNAL,
                                                     "category", STEWARD_ISSUE_LEGAL_REGULATORY,
                                                     "description", "資通安全管理法修正",
                                                     "source", STEWARD_ISSUE_SOURCE_OTHER,
                                                     "status", STEWARD_ISSUE_STATUS_OPEN,
                                                     "identified-on", today,
                                                     NULL);
  g_autoptr(StewardContextIssue) added = NULL;
  g_autoptr(StewardReview) previous = NULL;
  g_autoptr(StewardReview) review = NULL;
  g_autoptr(JsonObject) document = NULL;
  JsonObject *table;
  JsonArray *rows;

  save (old, t->db);
  /* the previous review begins after the issue was recorded */
  previous = add_review (t->db, STEWARD_REVIEW_REGULAR, g_date_time_get_year (now), g_date_time_get_month (now),
                         g_date_time_get_day_of_month (now), NULL, 0, chair);
  g_object_set (previous, "starts-at", soon, NULL);
  save (previous, t->db);
  review = add_review (t->db, STEWARD_REVIEW_REGULAR, g_date_time_get_year (later), g_date_time_get_month (later),
                       g_date_time_get_day_of_month (later), NULL, 0, chair);
  g_usleep (1500 * 1000);

  g_object_set (old, "effect", "須於期限內完成資安長指派", NULL);
  save (old, t->db);
  added = g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                        "scope", STEWARD_SCOPE_INTERNAL,
                        "category", STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE,
                        "description", "資安專職人力不足",
                        "source", STEWARD_ISSUE_SOURCE_REVIEW,
                        "status", STEWARD_ISSUE_STATUS_OPEN,
                        "identified-on", today,
                        NULL);
  save (added, t->db);

  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  table = json_array_get_object_element (json_object_get_array_member (find_item (document, "issues"), "blocks"), 0);
  g_assert_cmpstr (json_object_get_string_member (table, "type"), ==, "table");
  rows = json_object_get_array_member (table, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonArray *row = json_array_get_array_element (rows, i);
      const char *issue = json_array_get_string_element (row, 2);
      const char *change = json_array_get_string_element (row, 3);

      if (g_str_equal (issue, "資通安全管理法修正"))
        {
          g_assert_cmpstr (json_array_get_string_element (row, 0), ==, "External");
          g_assert_cmpstr (change, ==, "Changed: effect");
        }
      else
        {
          g_assert_cmpstr (issue, ==, "資安專職人力不足");
          g_assert_cmpstr (json_array_get_string_element (row, 0), ==, "Internal");
          g_assert_cmpstr (change, ==, "Added");
        }
    }
}

static void
test_load_issued (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_autoptr(JsonObject) draft = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.5", 8);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) loaded = NULL;
  g_autoptr(JsonObject) rebuilt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;
  g_autofree char *loaded_text = NULL;
  StewardMinutes *minutes;
  gint64 other = add_person (t->db, "後來的人");

  /* A draft is built anew */
  loaded = steward_minutes_load (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (loaded, "document"), "status_nick"),
                   ==, "draft");
  g_clear_pointer (&loaded, json_object_unref);

  /* Issued: the stored content, even after the data changed */
  json_node_set_object (node, draft);
  content = json_to_string (node, FALSE);
  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, id_of (review));
  g_assert_true (steward_record_load_each (t->db, STEWARD_TYPE_MINUTES, query, steward_test_collect_record_cb,
                                           versions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  minutes = g_ptr_array_index (versions, 0);
  g_object_set (minutes, "status", STEWARD_MINUTES_ISSUED, "issued-by", "文管人員", "issued-at", now,
                "content", content, "pdf", pdf,
                "pdf-sha256", "0000000000000000000000000000000000000000000000000000000000000000", NULL);
  save (minutes, t->db);

  /* the chair's name changes after the minutes were issued */
  {
    g_autoptr(StewardPerson) person = steward_record_load (t->db, STEWARD_TYPE_PERSON, chair, &error);

    g_assert_no_error (error);
    g_object_set (person, "name", "王大同", NULL);
    save (person, t->db);
  }
  (void) other;

  loaded = steward_minutes_load (t->db, id_of (review), STEWARD_CALENDAR_ROC, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (loaded, "meeting"), "chair"),
                   ==, "王大明");
  json_node_set_object (node, loaded);
  loaded_text = json_to_string (node, FALSE);
  g_assert_cmpstr (loaded_text, ==, content);

  rebuilt = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (rebuilt, "meeting"), "chair"),
                   ==, "王大同");
}

static void
test_item_numbers (void)
{
  g_assert_cmpstr (steward_minutes_item_number (0), ==, "1");
  g_assert_cmpstr (steward_minutes_item_number (7), ==, "8");
}

/* The small sample: two reviews with issued minutes and the coming one in
 * draft, whose previous actions are those the two left open. */
static void
test_sample (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(JsonObject) draft = NULL;
  g_autoptr(JsonObject) issued = NULL;
  g_autofree char *text = NULL;
  gint64 draft_id = 0, issued_id = 0;
  guint n_issued = 0, n_draft = 0;
  gboolean ok;
  JsonArray *blocks;
  JsonObject *table;

  ok = steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  reviews = steward_test_load_all (t->db, STEWARD_TYPE_REVIEW, NULL);
  g_assert_cmpuint (reviews->len, ==, 3);
  versions = steward_test_load_all (t->db, STEWARD_TYPE_MINUTES, NULL);
  g_assert_cmpuint (versions->len, ==, 3);
  for (guint i = 0; i < versions->len; i++)
    {
      StewardMinutes *minutes = g_ptr_array_index (versions, i);

      /* every meeting's minutes are numbered, so the header is not
       * the version alone */
      g_assert_cmpstr (steward_minutes_get_document_number (minutes), ==, "ISMS-R-010");
      if (steward_minutes_get_status (minutes) == STEWARD_MINUTES_ISSUED)
        {
          n_issued++;
          issued_id = steward_minutes_get_review_id (minutes);
          g_assert_nonnull (steward_minutes_get_pdf (minutes));
          g_assert_cmpuint (strlen (steward_minutes_get_pdf_sha256 (minutes)), ==, 64);
        }
      else
        {
          n_draft++;
          draft_id = steward_minutes_get_review_id (minutes);
        }
    }
  g_assert_cmpuint (n_issued, ==, 2);
  g_assert_cmpuint (n_draft, ==, 1);

  issued = steward_minutes_load (t->db, issued_id, STEWARD_CALENDAR_ROC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (issued, "document"), "status_nick"),
                   ==, "issued");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (issued, "document"), "number"),
                   ==, "ISMS-R-010");
  g_assert_cmpstr (json_object_get_string_member (find_item (issued, "policy"), "conclusion"), !=, "");

  {
    g_autoptr(StewardReview) coming = steward_record_load (t->db, STEWARD_TYPE_REVIEW, draft_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (steward_review_get_wizard_page (coming), ==, "issues");
  }
  draft = steward_minutes_load (t->db, draft_id, STEWARD_CALENDAR_ROC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (draft, "document"), "status_nick"),
                   ==, "draft");
  g_assert_cmpstr (json_object_get_string_member (find_item (draft, "policy"), "discussion"), !=, "");
  g_assert_cmpstr (json_object_get_string_member (find_item (draft, "risks"), "discussion"), ==, "");
  blocks = json_object_get_array_member (find_item (draft, "previous-actions"), "blocks");
  table = json_array_get_object_element (blocks, 0);
  g_assert_cmpstr (json_object_get_string_member (table, "type"), ==, "table");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (table, "rows")), >=, 2);
  text = item_text (draft, "previous-actions");
  /* left open by the reviews of two years and one year ago */
  g_assert_nonnull (strstr (text, "機房門禁系統汰換"));
  g_assert_nonnull (strstr (text, "提報資安人力需求"));
  g_assert_nonnull (strstr (text, "評估導入零信任架構之經費"));
  /* done and evaluated since the previous review */
  g_assert_nonnull (strstr (text, "資訊安全政策年度檢視"));
  /* done before the previous review: not in this window */
  g_assert_null (strstr (text, "檢討弱點修補流程"));

  /* Every chart's arrays are as long as its labels */
  g_assert_cmpuint (check_all_charts (draft), >=, 3);
  g_assert_cmpuint (check_all_charts (issued), >=, 3);

  /* The draft on paper, to look at (STEWARD_TEST_OUTPUT) */
  {
    g_autofree char *path = g_build_filename (t->dir, "draft-minutes.pdf", NULL);

    g_assert_true (steward_minutes_export (draft, path, &error));
    g_assert_no_error (error);
    if (steward_test_have_program ("pdfinfo"))
      g_assert_cmpuint (steward_test_pdf_pages (path), >=, 3);
    steward_test_keep_for_inspection (path, "minutes-sample-draft.pdf");
  }
  {
    g_autofree char *path = g_build_filename (t->dir, "issued-minutes.pdf", NULL);

    g_assert_true (steward_minutes_export_review (t->db, issued_id, STEWARD_CALENDAR_ROC, path, &error));
    g_assert_no_error (error);
    steward_test_keep_for_inspection (path, "minutes-sample-issued.pdf");
  }
}

/* Sets the machine's time zone for the rest of a test: a POSIX form, so
 * that no tzdata is needed. */
static void
set_local_zone (const char *tz)
{
  g_setenv ("TZ", tz, TRUE);
  tzset ();
}

/* A meeting held 14:00–16:00 in Taipei reads so on a machine that runs
 * UTC: the minutes write times in the meeting's own offset, start and end
 * alike, and count its day in it. */
static void
test_meeting_offset (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(StewardReview) review = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_from_iso8601 ("2025-03-12T14:00:00+08:00", NULL);
  g_autoptr(GDateTime) ends = g_date_time_new_from_iso8601 ("2025-03-12T16:00:00+08:00", NULL);
  g_autoptr(GDateTime) early = g_date_time_new_from_iso8601 ("2025-03-12T07:30:00+08:00", NULL);
  g_autoptr(GDateTime) early_end = g_date_time_new_from_iso8601 ("2025-03-12T09:30:00+08:00", NULL);
  g_autoptr(GDateTime) issued_at = g_date_time_new_from_iso8601 ("2025-03-20T09:00:00+08:00", NULL);
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) versions = NULL;
  JsonObject *meeting;
  JsonObject *block;

  set_local_zone ("UTC0");

  review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_object_set (review, "starts-at", starts, "ends-at", ends, NULL);
  save (review, t->db);
  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  meeting = json_object_get_object_member (document, "meeting");
  g_assert_cmpstr (json_object_get_string_member (meeting, "when"), ==, "2025-03-12 14:00–16:00");
  g_clear_pointer (&document, json_object_unref);

  /* Early in the morning in Taipei is the day before in UTC: the day is
   * still the meeting's, and so is the window's first day, a year
   * before it. */
  g_object_set (review, "starts-at", early, "ends-at", early_end, NULL);
  save (review, t->db);
  document = build (t->db, id_of (review), STEWARD_CALENDAR_ROC);
  meeting = json_object_get_object_member (document, "meeting");
  g_assert_cmpstr (json_object_get_string_member (meeting, "when"), ==, "ROC 114-03-12 07:30–09:30");
  block = json_array_get_object_element (json_object_get_array_member (find_item (document, "feedback"), "blocks"), 0);
  g_assert_cmpstr (json_object_get_string_member (block, "text"), ==,
                   "No feedback from interested parties was received since ROC 113-03-12.");
  g_clear_pointer (&document, json_object_unref);

  /* Any other time of the document too */
  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, id_of (review));
  versions = steward_test_load_all (t->db, STEWARD_TYPE_MINUTES, query);
  g_assert_cmpuint (versions->len, ==, 1);
  g_object_set (versions->pdata[0], "issued-at", issued_at, NULL);
  save (versions->pdata[0], t->db);
  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (document, "document"), "issued_at"),
                   ==, "2025-03-20 09:00");

  set_local_zone ("CST-8");
}

/* The table of objectives gives, beside the latest value, the verdict on
 * that value, as the objectives page does: an availability of 99.85 %
 * against "at least 99.5 %" is met, though a month of the window missed
 * (which its chart shows). */
static void
test_objective_latest_verdict (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  gint64 chair = add_person (t->db, "王大明");
  g_autoptr(StewardReview) review = add_review (t->db, STEWARD_REVIEW_REGULAR, 2025, 3, 12, NULL, 0, chair);
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2024);
  g_autoptr(GDateTime) recorded = g_date_time_new_local (2025, 3, 5, 9, 0, 0);
  g_autoptr(StewardObjective) objective = g_object_new (STEWARD_TYPE_OBJECTIVE,
                                                        "statement", "核心系統可用率維持 99.5% 以上",
                                                        "kpi-name", "核心系統可用率",
                                                        "kpi-unit", "%",
                                                        "direction", STEWARD_DIRECTION_AT_LEAST,
                                                        "frequency", STEWARD_FREQUENCY_MONTHLY,
                                                        "start-date", start,
                                                        NULL);
  g_autoptr(StewardObjectiveTarget) target = NULL;
  g_autoptr(JsonObject) document = NULL;
  /* April 2024 to February 2025, the months that ended in the window */
  static const double values[] = { 99.9, 99.88, 99.92, 99.9, 99.13, 99.87, 99.9, 99.91, 99.89, 99.9, 99.85 };
  JsonArray *blocks;
  JsonArray *row = NULL;
  gboolean charted = FALSE;

  save (objective, t->db);
  target = g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET, "objective-id", id_of (objective),
                         "valid-from", start, "low", 99.5, "high", 99.5, NULL);
  save (target, t->db);
  for (guint m = 0; m < G_N_ELEMENTS (values); m++)
    {
      g_autoptr(GDate) period = g_date_new_dmy (1, 4, 2024);
      g_autoptr(StewardMeasurement) measurement = NULL;

      g_date_add_months (period, m);
      measurement = g_object_new (STEWARD_TYPE_MEASUREMENT,
                                  "objective-id", id_of (objective),
                                  "period-start", period,
                                  "value", values[m],
                                  "recorded-by", "李小華",
                                  "recorded-at", recorded,
                                  NULL);
      save (measurement, t->db);
    }

  document = build (t->db, id_of (review), STEWARD_CALENDAR_GREGORIAN);
  blocks = json_object_get_array_member (find_item (document, "performance"), "blocks");
  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      JsonObject *block = json_array_get_object_element (blocks, i);
      const char *type = json_object_get_string_member (block, "type");

      if (g_str_equal (type, "table")
          && g_strcmp0 (json_object_get_string_member (block, "caption"),
                        "Objectives met and missed since the previous review") == 0)
        {
          JsonArray *rows = json_object_get_array_member (block, "rows");

          g_assert_cmpuint (json_array_get_length (rows), ==, 1);
          row = json_array_get_array_element (rows, 0);
        }
      else if (g_str_equal (type, "chart") && g_str_equal (json_object_get_string_member (block, "style"), "line"))
        charted = g_str_equal (json_object_get_string_member (block, "caption"), "核心系統可用率");
    }

  g_assert_nonnull (row);
  g_assert_cmpstr (json_array_get_string_element (row, 0), ==, "核心系統可用率");
  g_assert_cmpstr (json_array_get_string_element (row, 1), ==, "99.85 %");
  g_assert_cmpstr (json_array_get_string_element (row, 2), ==, "≥ 99.5 %");
  g_assert_cmpstr (json_array_get_string_element (row, 3), ==, "Met");
  /* the month missed in the window keeps its chart */
  g_assert_true (charted);
}

/* The sample is of a centre in Taipei: made on a machine that runs UTC,
 * its meetings are still held at their hours in Taipei. */
static void
test_sample_in_utc (void)
{
  g_autoptr(StewardTestDb) t = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  gboolean ok;

  set_local_zone ("UTC0");
  t = steward_test_db_new ();
  ok = steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  reviews = steward_test_load_all (t->db, STEWARD_TYPE_REVIEW, NULL);
  g_assert_cmpuint (reviews->len, >, 0);
  for (guint i = 0; i < reviews->len; i++)
    {
      GDateTime *starts = steward_review_get_starts_at (reviews->pdata[i]);
      g_autoptr(JsonObject) document = NULL;
      const char *when;

      g_assert_cmpint (g_date_time_get_utc_offset (starts), ==, 8 * G_TIME_SPAN_HOUR);
      g_assert_cmpint (g_date_time_get_hour (starts), ==, 14);
      document = steward_minutes_load (t->db, id_of (reviews->pdata[i]), STEWARD_CALENDAR_ROC, &error);
      g_assert_no_error (error);
      when = json_object_get_string_member (json_object_get_object_member (document, "meeting"), "when");
      g_assert_true (g_str_has_suffix (when, " 14:00–16:00"));
    }

  meetings = steward_test_load_all (t->db, STEWARD_TYPE_MEETING, NULL);
  g_assert_cmpuint (meetings->len, >, 0);
  for (guint i = 0; i < meetings->len; i++)
    {
      GDateTime *starts = steward_meeting_get_starts_at (meetings->pdata[i]);

      g_assert_cmpint (g_date_time_get_utc_offset (starts), ==, 8 * G_TIME_SPAN_HOUR);
      /* in office hours in Taipei */
      g_assert_cmpint (g_date_time_get_hour (starts), >=, 8);
      g_assert_cmpint (g_date_time_get_hour (starts), <=, 17);
    }

  set_local_zone ("CST-8");
}

int
main (int   argc,
      char *argv[])
{
  /* A fixed local time zone (UTC+8, POSIX form, no tzdata needed). */
  setlocale (LC_ALL, "C");
  g_setenv ("TZ", "CST-8", TRUE);
  tzset ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/minutes/agenda", test_agenda);
  g_test_add_func ("/minutes/extraordinary", test_extraordinary);
  g_test_add_func ("/minutes/attendance-and-decisions", test_attendance_and_decisions);
  g_test_add_func ("/minutes/as-of-the-day", test_as_of_the_day);
  g_test_add_func ("/minutes/empty-registers-and-charts", test_empty_registers_and_charts);
  g_test_add_func ("/minutes/objective-charts", test_objective_charts);
  g_test_add_func ("/minutes/issue-changes", test_issue_changes);
  g_test_add_func ("/minutes/load-issued", test_load_issued);
  g_test_add_func ("/minutes/item-numbers", test_item_numbers);
  g_test_add_func ("/minutes/sample", test_sample);
  g_test_add_func ("/minutes/meeting-offset", test_meeting_offset);
  g_test_add_func ("/minutes/objective-latest-verdict", test_objective_latest_verdict);
  g_test_add_func ("/minutes/sample-in-utc", test_sample_in_utc);

  return g_test_run ();
}
