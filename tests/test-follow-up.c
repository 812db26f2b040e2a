/* test-follow-up.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of the follow-up logic: when an action is overdue or due this
 * month (at the edges of the month), the Actions page's filters, the
 * links back to the sources, closing an action with and without its
 * effectiveness evaluation, the actions reviews carry over, the trends of
 * findings and actions, what needs attention, the rules the database
 * itself keeps, and the sample follow-up.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "logic/steward-sample-data.h"
#include "logic/steward-sample-follow-up.h"
#include "model/steward-action-item.h"
#include "model/steward-communication.h"
#include "model/steward-finding.h"
#include "model/steward-handover.h"
#include "model/steward-person.h"
#include "model/steward-project-review.h"
#include "model/steward-project.h"
#include "model/steward-record-list.h"
#include "store/steward-database.h"

#include "steward-test-util.h"

static GDate *
ymd (int year,
     int month,
     int day)
{
  return g_date_new_dmy (day, month, year);
}

static StewardActionItem *
new_action (StewardActionStatus  status,
            const GDate         *created,
            const GDate         *due)
{
  return g_object_new (STEWARD_TYPE_ACTION_ITEM,
                       "title", "更新個資檔案清冊",
                       "owner-id", (gint64)1,
                       "created-on", created,
                       "due-date", due,
                       "status", status,
                       NULL);
}

/* Overdue and due this month */

typedef struct
{
  int                  year, month, day;
  StewardActionStatus  status;
  gboolean             overdue;
  gboolean             this_month;
} DueCase;

static void
check_due_cases (const GDate   *today,
                 const DueCase *cases,
                 guint          n_cases)
{
  g_autoptr(GDate) created = ymd (2020, 1, 1);

  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GDate) due = ymd (cases[i].year, cases[i].month, cases[i].day);
      g_autoptr(StewardActionItem) action = new_action (cases[i].status, created, due);

      g_test_message ("due %d-%02d-%02d, status %d", cases[i].year, cases[i].month, cases[i].day, cases[i].status);
      g_assert_cmpint (steward_action_is_overdue (action, today), ==, cases[i].overdue);
      g_assert_cmpint (steward_action_is_due_this_month (action, today), ==, cases[i].this_month);
    }
}

static void
test_due_edges (void)
{
  g_autoptr(GDate) mid_march = ymd (2025, 3, 15);
  g_autoptr(GDate) first_of_march = ymd (2025, 3, 1);
  g_autoptr(GDate) new_year = ymd (2025, 12, 31);
  static const DueCase mid_march_cases[] = {
    { 2025, 3, 1, STEWARD_ACTION_OPEN, TRUE, TRUE },            /* the first day of the month */
    { 2025, 3, 31, STEWARD_ACTION_OPEN, FALSE, TRUE },          /* its last day */
    { 2025, 3, 15, STEWARD_ACTION_OPEN, FALSE, TRUE },          /* due today: not overdue */
    { 2025, 3, 14, STEWARD_ACTION_IN_PROGRESS, TRUE, TRUE },    /* due yesterday */
    { 2025, 2, 28, STEWARD_ACTION_OPEN, TRUE, FALSE },          /* last month */
    { 2025, 4, 1, STEWARD_ACTION_IN_PROGRESS, FALSE, FALSE },   /* next month */
    { 2024, 3, 20, STEWARD_ACTION_OPEN, TRUE, FALSE },          /* March, but last year */
    { 2025, 3, 14, STEWARD_ACTION_DONE, FALSE, FALSE },         /* done: never overdue */
    { 2025, 3, 1, STEWARD_ACTION_CANCELLED, FALSE, FALSE },     /* cancelled: never overdue */
    { 2025, 3, 31, STEWARD_ACTION_DONE, FALSE, FALSE },
  };
  static const DueCase first_cases[] = {
    { 2025, 2, 28, STEWARD_ACTION_OPEN, TRUE, FALSE },          /* the day before: last month */
    { 2025, 3, 1, STEWARD_ACTION_OPEN, FALSE, TRUE },           /* today, the first */
    { 2025, 3, 31, STEWARD_ACTION_OPEN, FALSE, TRUE },
  };
  static const DueCase new_year_cases[] = {
    { 2025, 12, 31, STEWARD_ACTION_OPEN, FALSE, TRUE },         /* today, the last day of the year */
    { 2025, 12, 1, STEWARD_ACTION_OPEN, TRUE, TRUE },
    { 2026, 1, 1, STEWARD_ACTION_OPEN, FALSE, FALSE },
  };

  check_due_cases (mid_march, mid_march_cases, G_N_ELEMENTS (mid_march_cases));
  check_due_cases (first_of_march, first_cases, G_N_ELEMENTS (first_cases));
  check_due_cases (new_year, new_year_cases, G_N_ELEMENTS (new_year_cases));
}

/* Filters */

static StewardActionItem *
new_filtered_action (gint64               owner,
                     StewardActionSource  source,
                     StewardActionStatus  status,
                     int                  due_month,
                     int                  due_day)
{
  g_autoptr(GDate) created = ymd (2025, 1, 1);
  g_autoptr(GDate) due = ymd (2025, due_month, due_day);

  return g_object_new (STEWARD_TYPE_ACTION_ITEM,
                       "title", "跟催事項",
                       "owner-id", owner,
                       "created-on", created,
                       "due-date", due,
                       "status", status,
                       "source-kind", source,
                       NULL);
}

static guint
count_matches (const StewardActionFilter *filter,
               GListStore                *actions,
               const GDate               *today)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (actions)); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (G_LIST_MODEL (actions), i);

      n += steward_action_filter_match (filter, action, today);
    }

  return n;
}

static void
test_filters (void)
{
  g_autoptr(GListStore) actions = g_list_store_new (STEWARD_TYPE_ACTION_ITEM);
  g_autoptr(GDate) today = ymd (2025, 3, 15);
  StewardActionFilter filter;
  struct
  {
    gint64 owner;
    StewardActionSource source;
    StewardActionStatus status;
    int month, day;
  } specs[] = {
    { 7, STEWARD_ACTION_SOURCE_FINDING, STEWARD_ACTION_OPEN, 2, 1 },          /* overdue */
    { 7, STEWARD_ACTION_SOURCE_MEETING, STEWARD_ACTION_IN_PROGRESS, 3, 20 },  /* this month */
    { 7, STEWARD_ACTION_SOURCE_FINDING, STEWARD_ACTION_DONE, 2, 1 },          /* done */
    { 8, STEWARD_ACTION_SOURCE_FINDING, STEWARD_ACTION_OPEN, 3, 2 },          /* overdue, this month */
    { 8, STEWARD_ACTION_SOURCE_REVIEW, STEWARD_ACTION_OPEN, 6, 30 },
    { 9, STEWARD_ACTION_SOURCE_OTHER, STEWARD_ACTION_CANCELLED, 3, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(StewardActionItem) action = new_filtered_action (specs[i].owner, specs[i].source, specs[i].status,
                                                                 specs[i].month, specs[i].day);

      g_list_store_append (actions, action);
    }

  steward_action_filter_init (&filter);
  g_assert_cmpint (filter.source_kind, ==, -1);
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 6);

  filter.mine_person_id = 7;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 3);
  filter.only_overdue = TRUE;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 1);

  steward_action_filter_init (&filter);
  filter.only_overdue = TRUE;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 2);
  filter.only_due_this_month = TRUE;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 1);

  steward_action_filter_init (&filter);
  filter.only_due_this_month = TRUE;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 2);

  steward_action_filter_init (&filter);
  filter.source_kind = STEWARD_ACTION_SOURCE_FINDING;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 3);
  filter.owner_id = 8;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 1);
  /* Mine and another owner: nothing is both. */
  filter.mine_person_id = 7;
  g_assert_cmpuint (count_matches (&filter, actions, today), ==, 0);

  g_assert_cmpuint (steward_actions_count_overdue (G_LIST_MODEL (actions), today), ==, 2);
}

/* Source links */

static StewardActionItem *
new_sourced_action (StewardActionSource  kind,
                    gint64               source_id,
                    const char          *label)
{
  g_autoptr(GDate) created = ymd (2025, 1, 1);
  g_autoptr(GDate) due = ymd (2025, 2, 1);

  return g_object_new (STEWARD_TYPE_ACTION_ITEM,
                       "title", "跟催事項",
                       "owner-id", (gint64)1,
                       "created-on", created,
                       "due-date", due,
                       "source-kind", kind,
                       "source-id", source_id,
                       "source-label", label,
                       NULL);
}

static gint64
save_person (StewardDatabase *db,
             const char      *name)
{
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (person, "name", name, "unit", "資訊安全組", "title", "組長", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), db, &error));
  g_assert_no_error (error);

  return steward_record_get_id (STEWARD_RECORD (person));
}

static void
test_source_links (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) start = ymd (2025, 1, 1);
  g_autoptr(GDate) reviewed = ymd (2025, 2, 1);
  g_autoptr(StewardProject) project = NULL;
  g_autoptr(StewardProjectReview) review = NULL;
  static const struct
  {
    StewardActionSource kind;
    gint64 id;
    const char *link;
  } cases[] = {
    { STEWARD_ACTION_SOURCE_COMMUNICATION, 12, "communications/communications#12" },
    { STEWARD_ACTION_SOURCE_MEETING, 3, "communications/meetings#3" },
    { STEWARD_ACTION_SOURCE_FINDING, 7, "findings/findings#7" },
    { STEWARD_ACTION_SOURCE_REVIEW, 4, "reviews/reviews#4" },
    { STEWARD_ACTION_SOURCE_OTHER, 5, NULL },
    { STEWARD_ACTION_SOURCE_FINDING, 0, NULL },   /* no record to go to */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StewardActionItem) action = new_sourced_action (cases[i].kind, cases[i].id, NULL);
      g_autofree char *link = steward_action_dup_source_link (action);
      g_autofree char *with_db = steward_action_dup_source_link_with_db (t->db, action);

      g_assert_cmpstr (link, ==, cases[i].link);
      g_assert_cmpstr (with_db, ==, cases[i].link);
    }

  /* A project review links to its project. */
  project = g_object_new (STEWARD_TYPE_PROJECT, "name", "校務行政系統主機遷移專案", "start-date", start, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (project), t->db, &error));
  g_assert_no_error (error);
  /* Another project first, so that the review's id is not the project's. */
  {
    g_autoptr(StewardProject) other = g_object_new (STEWARD_TYPE_PROJECT, "name", "教育雲端服務單一登入升級",
                                                    "start-date", start, NULL);

    g_assert_true (steward_record_save (STEWARD_RECORD (other), t->db, &error));
    review = g_object_new (STEWARD_TYPE_PROJECT_REVIEW,
                           "project-id", steward_record_get_id (STEWARD_RECORD (other)),
                           "reviewed-on", reviewed, NULL);
    g_assert_true (steward_record_save (STEWARD_RECORD (review), t->db, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(StewardActionItem) action = new_sourced_action (STEWARD_ACTION_SOURCE_PROJECT_REVIEW,
                                                              steward_record_get_id (STEWARD_RECORD (review)), NULL);
    g_autofree char *expected = g_strdup_printf ("projects/projects#%" G_GINT64_FORMAT,
                                                 steward_project_review_get_project_id (review));
    g_autofree char *with_db = steward_action_dup_source_link_with_db (t->db, action);
    g_autofree char *without = steward_action_dup_source_link (action);

    g_assert_cmpint (steward_project_review_get_project_id (review), ==, 2);
    g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (review)), ==, 1);
    g_assert_cmpstr (with_db, ==, expected);
    g_assert_cmpstr (without, ==, "projects/projects");
  }

  /* The label: its own, else the kind, translated (C locale here). */
  {
    g_autoptr(StewardActionItem) labelled = new_sourced_action (STEWARD_ACTION_SOURCE_REVIEW, 0, "114年度管理審查會議");
    g_autoptr(StewardActionItem) blank = new_sourced_action (STEWARD_ACTION_SOURCE_FINDING, 7, "  ");
    g_autofree char *label = steward_action_dup_source_label (labelled);
    g_autofree char *kind = steward_action_dup_source_label (blank);

    g_assert_cmpstr (label, ==, "114年度管理審查會議");
    g_assert_cmpstr (kind, ==, "Finding");
  }
}

/* Closing */

static gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((StewardProblem *)g_ptr_array_index (problems, i))->property, property) == 0)
      return TRUE;

  return FALSE;
}

static StewardActionItem *
save_action (StewardDatabase     *db,
             gint64               owner,
             StewardActionStatus  status,
             StewardActionSource  source,
             const GDate         *created,
             const GDate         *due)
{
  g_autoptr(GError) error = NULL;
  StewardActionItem *action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                                            "title", "修訂個資事故應變程序",
                                            "owner-id", owner,
                                            "created-on", created,
                                            "due-date", due,
                                            "status", status,
                                            "source-kind", source,
                                            NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (action), db, &error));
  g_assert_no_error (error);

  return action;
}

static void
test_close (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) created = ymd (2025, 1, 10);
  g_autoptr(GDate) due = ymd (2025, 3, 31);
  g_autoptr(GDate) done = ymd (2025, 3, 20);
  g_autoptr(GDate) evaluated = ymd (2025, 3, 25);
  g_autoptr(GDate) too_early = ymd (2025, 1, 5);
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(StewardActionItem) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 owner = save_person (t->db, "林怡君");
  gint64 id;

  action = save_action (t->db, owner, STEWARD_ACTION_IN_PROGRESS, STEWARD_ACTION_SOURCE_MEETING, created, due);
  id = steward_record_get_id (STEWARD_RECORD (action));

  /* Without an evaluation: refused, field by field, and nothing changes. */
  {
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (action));

    g_assert_cmpuint (problems->len, ==, 0);
    g_assert_false (steward_action_close (t->db, action, done, STEWARD_EFFECTIVENESS_NOT_EVALUATED,
                                          NULL, NULL, NULL, problems, &error));
    g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_true (has_problem (problems, "effectiveness"));
    g_assert_true (has_problem (problems, "evaluated-by"));
    g_assert_true (has_problem (problems, "evaluated-on"));
    g_assert_false (has_problem (problems, "done-on"));
    g_assert_cmpint (steward_action_item_get_status (action), ==, STEWARD_ACTION_IN_PROGRESS);
    g_assert_null (steward_action_item_get_done_on (action));

    stored = steward_record_load (t->db, STEWARD_TYPE_ACTION_ITEM, id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (steward_action_item_get_status (stored), ==, STEWARD_ACTION_IN_PROGRESS);
    g_clear_object (&stored);
  }

  /* Dates out of order: done before it was decided, evaluated before done. */
  {
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (action));

    g_assert_false (steward_action_close (t->db, action, too_early, STEWARD_EFFECTIVENESS_EFFECTIVE,
                                          "張志明", too_early, NULL, problems, &error));
    g_clear_error (&error);
    g_assert_true (has_problem (problems, "done-on"));
    g_assert_false (has_problem (problems, "effectiveness"));
  }
  {
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (action));

    g_assert_false (steward_action_close (t->db, action, evaluated, STEWARD_EFFECTIVENESS_EFFECTIVE,
                                          "張志明", done, NULL, problems, &error));
    g_clear_error (&error);
    g_assert_true (has_problem (problems, "evaluated-on"));
  }
  /* Without a problems array, the error still says why. */
  g_assert_false (steward_action_close (t->db, action, done, STEWARD_EFFECTIVENESS_EFFECTIVE, "  ", evaluated,
                                        NULL, NULL, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Enter who evaluated the effectiveness.");
  g_clear_error (&error);

  /* With it: done, evaluated, in one save. */
  {
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (action));

    g_assert_true (steward_action_close (t->db, action, done, STEWARD_EFFECTIVENESS_EFFECTIVE, "張志明", evaluated,
                                         "清冊已完整。", problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 0);
  }
  g_assert_cmpint (steward_action_item_get_status (action), ==, STEWARD_ACTION_DONE);

  stored = steward_record_load (t->db, STEWARD_TYPE_ACTION_ITEM, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_action_item_get_status (stored), ==, STEWARD_ACTION_DONE);
  g_assert_cmpint (g_date_compare (steward_action_item_get_done_on (stored), done), ==, 0);
  g_assert_cmpint (steward_action_item_get_effectiveness (stored), ==, STEWARD_EFFECTIVENESS_EFFECTIVE);
  g_assert_cmpstr (steward_action_item_get_evaluated_by (stored), ==, "張志明");
  g_assert_cmpint (g_date_compare (steward_action_item_get_evaluated_on (stored), evaluated), ==, 0);
  g_assert_cmpstr (steward_action_item_get_evaluation_note (stored), ==, "清冊已完整。");
  /* One save: one row of history after the insert. */
  {
    g_autoptr(GPtrArray) history = steward_test_load_history (t->db, "action_item");

    g_assert_cmpuint (history->len, ==, 2);
  }

  /* A cancelled action is not closed as done. */
  {
    g_autoptr(StewardActionItem) cancelled = save_action (t->db, owner, STEWARD_ACTION_CANCELLED,
                                                          STEWARD_ACTION_SOURCE_OTHER, created, due);
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (cancelled));

    g_assert_false (steward_action_close (t->db, cancelled, done, STEWARD_EFFECTIVENESS_EFFECTIVE, "張志明",
                                          evaluated, NULL, problems, &error));
    g_clear_error (&error);
    g_assert_true (has_problem (problems, "status"));
    g_assert_cmpint (steward_action_item_get_status (cancelled), ==, STEWARD_ACTION_CANCELLED);
  }
}

/* Carry-over */

static void
test_carry_over (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) last_review = ymd (2024, 5, 1);
  g_autoptr(GDate) this_review = ymd (2025, 5, 1);
  g_autoptr(GDate) due_late = ymd (2024, 12, 31);
  g_autoptr(GDate) due_early = ymd (2024, 8, 31);
  g_autoptr(GDate) due_next = ymd (2025, 9, 30);
  g_autoptr(GDate) done = ymd (2024, 7, 1);
  g_autoptr(GPtrArray) carried = NULL;
  g_autoptr(GPtrArray) for_source = NULL;
  g_autoptr(GError) error = NULL;
  gint64 owner = save_person (t->db, "林怡君");
  g_autoptr(StewardActionItem) open = save_action (t->db, owner, STEWARD_ACTION_OPEN, STEWARD_ACTION_SOURCE_REVIEW,
                                                   last_review, due_late);
  g_autoptr(StewardActionItem) in_progress = save_action (t->db, owner, STEWARD_ACTION_IN_PROGRESS,
                                                          STEWARD_ACTION_SOURCE_REVIEW, last_review, due_early);
  g_autoptr(StewardActionItem) cancelled = save_action (t->db, owner, STEWARD_ACTION_CANCELLED,
                                                        STEWARD_ACTION_SOURCE_REVIEW, last_review, due_early);
  g_autoptr(StewardActionItem) from_meeting = save_action (t->db, owner, STEWARD_ACTION_OPEN,
                                                           STEWARD_ACTION_SOURCE_MEETING, last_review, due_early);
  /* Decided at this review: not carried over to it. */
  g_autoptr(StewardActionItem) new_one = save_action (t->db, owner, STEWARD_ACTION_OPEN, STEWARD_ACTION_SOURCE_REVIEW,
                                                      this_review, due_next);
  g_autoptr(StewardActionItem) finished = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                                                        "title", "資訊安全政策年度檢視",
                                                        "owner-id", owner,
                                                        "created-on", last_review,
                                                        "due-date", due_early,
                                                        "status", STEWARD_ACTION_DONE,
                                                        "done-on", done,
                                                        "source-kind", STEWARD_ACTION_SOURCE_REVIEW,
                                                        NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (finished), t->db, &error));
  g_assert_no_error (error);

  carried = steward_actions_open_from_reviews (t->db, this_review, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (carried->len, ==, 2);
  /* By due date. */
  g_assert_cmpint (steward_record_get_id (g_ptr_array_index (carried, 0)), ==,
                   steward_record_get_id (STEWARD_RECORD (in_progress)));
  g_assert_cmpint (steward_record_get_id (g_ptr_array_index (carried, 1)), ==,
                   steward_record_get_id (STEWARD_RECORD (open)));

  /* The next day, this review's own action is carried over too. */
  g_date_add_days (this_review, 1);
  g_clear_pointer (&carried, g_ptr_array_unref);
  carried = steward_actions_open_from_reviews (t->db, this_review, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (carried->len, ==, 3);
  g_assert_cmpint (steward_record_get_id (g_ptr_array_index (carried, 2)), ==,
                   steward_record_get_id (STEWARD_RECORD (new_one)));

  /* The actions of one source. */
  g_object_set (from_meeting, "source-id", (gint64)42, NULL);
  g_object_set (cancelled, "source-kind", STEWARD_ACTION_SOURCE_MEETING, "source-id", (gint64)42, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (from_meeting), t->db, &error));
  g_assert_true (steward_record_save (STEWARD_RECORD (cancelled), t->db, &error));
  g_assert_no_error (error);
  for_source = steward_actions_for_source (t->db, STEWARD_ACTION_SOURCE_MEETING, 42, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (for_source->len, ==, 2);
  g_clear_pointer (&for_source, g_ptr_array_unref);
  for_source = steward_actions_for_source (t->db, STEWARD_ACTION_SOURCE_FINDING, 42, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (for_source->len, ==, 0);
}

/* Trends */

/* Takes @raised and @closed. */
static void
add_finding (GListStore     *findings,
             StewardGrading  grading,
             GDate          *raised,
             GDate          *closed)
{
  g_autoptr(GDate) raised_on = raised;
  g_autoptr(GDate) closed_on = closed;
  g_autoptr(StewardFinding) finding = g_object_new (STEWARD_TYPE_FINDING,
                                                    "description", "稽核發現",
                                                    "grading", grading,
                                                    "raised-on", raised_on,
                                                    "closed-on", closed_on,
                                                    NULL);

  g_list_store_append (findings, finding);
}

static void
test_findings_trend (void)
{
  g_autoptr(GListStore) findings = g_list_store_new (STEWARD_TYPE_FINDING);
  g_autoptr(GDate) from = ymd (2024, 1, 1);
  g_autoptr(GDate) to = ymd (2024, 9, 30);
  g_autoptr(GArray) trend = NULL;
  const StewardFindingTrend *q1, *q2, *q3;

  /* A major one opened in Q1, closed in Q2. */
  add_finding (findings, STEWARD_GRADING_MAJOR, ymd (2024, 2, 10), ymd (2024, 5, 5));
  /* A minor one opened on the last day of Q1, still open. */
  add_finding (findings, STEWARD_GRADING_MINOR, ymd (2024, 3, 31), NULL);
  /* An observation opened and closed in Q2. */
  add_finding (findings, STEWARD_GRADING_OBSERVATION, ymd (2024, 5, 20), ymd (2024, 5, 30));
  /* Raised before the range, closed on the first day of Q1. */
  add_finding (findings, STEWARD_GRADING_MINOR, ymd (2023, 12, 1), ymd (2024, 1, 1));
  /* Raised before, closed after the range: open at every end. */
  add_finding (findings, STEWARD_GRADING_MAJOR, ymd (2023, 11, 1), ymd (2024, 12, 1));
  /* Raised after the range. */
  add_finding (findings, STEWARD_GRADING_MINOR, ymd (2024, 10, 1), NULL);

  trend = steward_findings_trend (G_LIST_MODEL (findings), STEWARD_FREQUENCY_QUARTERLY, from, to);
  g_assert_cmpuint (trend->len, ==, 3);
  q1 = &g_array_index (trend, StewardFindingTrend, 0);
  q2 = &g_array_index (trend, StewardFindingTrend, 1);
  q3 = &g_array_index (trend, StewardFindingTrend, 2);

  g_assert_cmpint (g_date_get_month (&q2->start), ==, 4);
  g_assert_cmpint (g_date_get_day (&q2->end), ==, 30);
  g_assert_cmpint (g_date_get_month (&q2->end), ==, 6);

  g_assert_cmpuint (q1->n_opened, ==, 2);
  g_assert_cmpuint (q1->n_closed, ==, 1);
  g_assert_cmpuint (q1->n_open_at_end, ==, 3);
  g_assert_cmpuint (q1->opened[STEWARD_GRADING_MAJOR], ==, 1);
  g_assert_cmpuint (q1->opened[STEWARD_GRADING_MINOR], ==, 1);
  g_assert_cmpuint (q1->closed[STEWARD_GRADING_MINOR], ==, 1);
  g_assert_cmpuint (q1->open_at_end[STEWARD_GRADING_MAJOR], ==, 2);
  g_assert_cmpuint (q1->open_at_end[STEWARD_GRADING_MINOR], ==, 1);
  g_assert_cmpuint (q1->open_at_end[STEWARD_GRADING_OBSERVATION], ==, 0);

  g_assert_cmpuint (q2->n_opened, ==, 1);
  g_assert_cmpuint (q2->n_closed, ==, 2);
  g_assert_cmpuint (q2->n_open_at_end, ==, 2);
  g_assert_cmpuint (q2->closed[STEWARD_GRADING_MAJOR], ==, 1);
  g_assert_cmpuint (q2->closed[STEWARD_GRADING_OBSERVATION], ==, 1);
  g_assert_cmpuint (q2->open_at_end[STEWARD_GRADING_MAJOR], ==, 1);
  g_assert_cmpuint (q2->open_at_end[STEWARD_GRADING_MINOR], ==, 1);

  g_assert_cmpuint (q3->n_opened, ==, 0);
  g_assert_cmpuint (q3->n_closed, ==, 0);
  g_assert_cmpuint (q3->n_open_at_end, ==, 2);

  /* Monthly: nine periods; the sums agree. */
  g_clear_pointer (&trend, g_array_unref);
  trend = steward_findings_trend (G_LIST_MODEL (findings), STEWARD_FREQUENCY_MONTHLY, from, to);
  g_assert_cmpuint (trend->len, ==, 9);
  g_assert_cmpuint (g_array_index (trend, StewardFindingTrend, 2).n_open_at_end, ==, 3);   /* March */
  g_assert_cmpuint (g_array_index (trend, StewardFindingTrend, 4).n_opened, ==, 1);        /* May */
  g_assert_cmpuint (g_array_index (trend, StewardFindingTrend, 4).n_closed, ==, 2);
  g_assert_cmpuint (g_array_index (trend, StewardFindingTrend, 4).n_open_at_end, ==, 2);
}

/* Takes @created and @done. */
static void
add_trend_action (GListStore          *actions,
                  StewardActionStatus  status,
                  GDate               *created,
                  GDate               *done)
{
  g_autoptr(GDate) created_on = created;
  g_autoptr(GDate) done_on = done;
  g_autoptr(GDate) due = g_date_copy (created);
  g_autoptr(StewardActionItem) action = NULL;

  g_date_add_months (due, 6);
  action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                         "title", "跟催事項",
                         "owner-id", (gint64)1,
                         "created-on", created_on,
                         "due-date", due,
                         "status", status,
                         "done-on", done_on,
                         NULL);
  g_list_store_append (actions, action);
}

static void
test_actions_trend (void)
{
  g_autoptr(GListStore) actions = g_list_store_new (STEWARD_TYPE_ACTION_ITEM);
  g_autoptr(GDate) from = ymd (2024, 1, 1);
  g_autoptr(GDate) to = ymd (2024, 12, 31);
  g_autoptr(GArray) trend = NULL;
  const StewardActionTrend *h1, *h2;

  add_trend_action (actions, STEWARD_ACTION_DONE, ymd (2024, 2, 1), ymd (2024, 8, 1));
  add_trend_action (actions, STEWARD_ACTION_OPEN, ymd (2024, 3, 1), NULL);
  add_trend_action (actions, STEWARD_ACTION_IN_PROGRESS, ymd (2024, 9, 1), NULL);
  /* Cancelled with a date: open until then. */
  add_trend_action (actions, STEWARD_ACTION_CANCELLED, ymd (2024, 4, 1), ymd (2024, 10, 1));
  /* Cancelled without one: withdrawn the day it was decided. */
  add_trend_action (actions, STEWARD_ACTION_CANCELLED, ymd (2024, 5, 1), NULL);
  add_trend_action (actions, STEWARD_ACTION_DONE, ymd (2024, 6, 1), ymd (2024, 6, 30));

  trend = steward_actions_trend (G_LIST_MODEL (actions), STEWARD_FREQUENCY_HALF_YEARLY, from, to);
  g_assert_cmpuint (trend->len, ==, 2);
  h1 = &g_array_index (trend, StewardActionTrend, 0);
  h2 = &g_array_index (trend, StewardActionTrend, 1);

  g_assert_cmpuint (h1->n_opened, ==, 5);
  g_assert_cmpuint (h1->n_closed, ==, 1);       /* done only */
  g_assert_cmpuint (h1->n_cancelled, ==, 1);
  g_assert_cmpuint (h1->n_open_at_end, ==, 3);  /* done in Aug, open, cancelled in Oct */

  g_assert_cmpuint (h2->n_opened, ==, 1);
  g_assert_cmpuint (h2->n_closed, ==, 1);
  g_assert_cmpuint (h2->n_cancelled, ==, 1);
  g_assert_cmpuint (h2->n_open_at_end, ==, 2);  /* the open one and the one in progress */
}

/* What needs attention */

static void
test_markers (void)
{
  g_autoptr(GDate) today = ymd (2025, 3, 15);
  g_autoptr(GDate) tomorrow = ymd (2025, 3, 16);
  g_autoptr(GDate) last_week = ymd (2025, 3, 8);
  g_autoptr(StewardCommunication) media = g_object_new (STEWARD_TYPE_COMMUNICATION,
                                                        "kind", STEWARD_COMMUNICATION_MEDIA,
                                                        "occurred-on", today, "subject", "新聞稿", NULL);
  g_autoptr(StewardCommunication) notice = g_object_new (STEWARD_TYPE_COMMUNICATION,
                                                         "kind", STEWARD_COMMUNICATION_ANNOUNCEMENT,
                                                         "occurred-on", today, "subject", "公告", NULL);
  g_autoptr(StewardProject) project = g_object_new (STEWARD_TYPE_PROJECT, "name", "專案", "start-date", today, NULL);
  g_autoptr(StewardHandover) handover = g_object_new (STEWARD_TYPE_HANDOVER,
                                                      "handed-on", today, "from-party", "行政組",
                                                      "to-party", "林怡君", NULL);

  /* A media statement is blocked until the deputy director approved it: who and when. */
  g_assert_true (steward_communication_is_blocked (media));
  g_object_set (media, "approved-on", last_week, NULL);
  g_assert_true (steward_communication_is_blocked (media));
  g_object_set (media, "approved-by", " ", NULL);
  g_assert_true (steward_communication_is_blocked (media));
  g_object_set (media, "approved-by", "王志明（協理）", NULL);
  g_assert_false (steward_communication_is_blocked (media));
  g_assert_false (steward_communication_is_blocked (notice));

  /* A project that started today without a risk assessment is due; one
   * that starts tomorrow is not yet; an assessed one is not. */
  g_assert_true (steward_project_is_risk_due (project, today));
  g_assert_false (steward_project_is_risk_due (project, last_week));
  g_object_set (project, "start-date", tomorrow, NULL);
  g_assert_false (steward_project_is_risk_due (project, today));
  g_object_set (project, "start-date", last_week, "risk-assessed-on", today, NULL);
  g_assert_false (steward_project_is_risk_due (project, today));

  /* A hand-over is open until authorised and accepted. */
  g_assert_true (steward_handover_is_open (handover));
  g_object_set (handover, "authorised-by", "張家豪", "authorised-on", last_week, NULL);
  g_assert_true (steward_handover_is_open (handover));
  g_object_set (handover, "accepted-on", today, NULL);
  g_assert_true (steward_handover_is_open (handover));
  g_object_set (handover, "accepted-by", "林怡君", NULL);
  g_assert_false (steward_handover_is_open (handover));
  g_object_set (handover, "authorised-by", "", NULL);
  g_assert_true (steward_handover_is_open (handover));
}

/* The database refuses what the records refuse */

static gint64
raw_insert (StewardDatabase     *db,
            const char          *table,
            const char * const  *columns,
            const char * const  *texts,
            guint                n,
            GError             **error)
{
  g_autofree GValue *values = g_new0 (GValue, n);
  gint64 id;

  for (guint i = 0; i < n; i++)
    if (texts[i] != NULL)
      {
        g_value_init (&values[i], G_TYPE_STRING);
        g_value_set_string (&values[i], texts[i]);
      }

  id = steward_database_insert (db, table, 0, columns, values, n, error);

  for (guint i = 0; i < n; i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);

  return id;
}

static void
test_database_refuses (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  static const char * const communication_columns[] = {
    "kind", "occurred_on", "channel", "subject", "approved_by", "approved_on", "released_on",
  };
  static const char * const unapproved[] = { "media", "2025-03-01", "notice", "新聞稿", NULL, NULL, "2025-03-02" };
  static const char * const approved[] = { "media", "2025-03-01", "notice", "新聞稿", "協理", "2025-03-01", "2025-03-02" };
  static const char * const released_early[] = { "media", "2025-03-01", "notice", "新聞稿", "協理", "2025-03-05", "2025-03-02" };
  static const char * const finding_columns[] = {
    "source", "description", "grading", "raised_on", "verified_by", "verified_on", "effectiveness", "closed_on",
  };
  static const char * const unverified[] = {
    "internal-audit", "備份未測試", "minor", "2025-01-10", NULL, NULL, "not-evaluated", "2025-03-01",
  };
  static const char * const ineffective[] = {
    "internal-audit", "備份未測試", "minor", "2025-01-10", "稽核小組", "2025-02-01", "not-effective", "2025-03-01",
  };
  static const char * const verified[] = {
    "internal-audit", "備份未測試", "minor", "2025-01-10", "稽核小組", "2025-02-01", "effective", "2025-03-01",
  };

  /* A media statement released without the deputy director's approval. */
  g_assert_cmpint (raw_insert (t->db, "communication", communication_columns, unapproved, 7, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (raw_insert (t->db, "communication", communication_columns, released_early, 7, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (raw_insert (t->db, "communication", communication_columns, approved, 7, &error), >, 0);
  g_assert_no_error (error);

  /* A finding closed without verification, or not found effective. */
  g_assert_cmpint (raw_insert (t->db, "finding", finding_columns, unverified, 8, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (raw_insert (t->db, "finding", finding_columns, ineffective, 8, &error), ==, 0);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (raw_insert (t->db, "finding", finding_columns, verified, 8, &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (steward_test_count_rows (t->db, "communication"), ==, 1);
  g_assert_cmpint (steward_test_count_rows (t->db, "finding"), ==, 1);

  /* The records say why before anything is written. */
  {
    g_autoptr(GDate) on = ymd (2025, 3, 2);
    g_autoptr(StewardCommunication) media = g_object_new (STEWARD_TYPE_COMMUNICATION,
                                                          "kind", STEWARD_COMMUNICATION_MEDIA,
                                                          "occurred-on", on, "subject", "新聞稿",
                                                          "released-on", on, NULL);

    g_assert_false (steward_record_save (STEWARD_RECORD (media), t->db, &error));
    g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "5.7.3"));
    g_clear_error (&error);
  }
}

/* The sample */

static void
validate_all (StewardDatabase *db,
              GType            type)
{
  g_autoptr(StewardRecordList) records = steward_record_list_new (db, type, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (records)), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
    {
      g_autoptr(StewardRecord) record = g_list_model_get_item (G_LIST_MODEL (records), i);
      g_autoptr(GPtrArray) problems = steward_record_validate (record);

      if (problems->len > 0)
        g_error ("%s %" G_GINT64_FORMAT ": %s", G_OBJECT_TYPE_NAME (record), steward_record_get_id (record),
                 ((StewardProblem *)g_ptr_array_index (problems, 0))->message);
    }
}

static void
test_sample_small (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardTestDb) again = steward_test_db_new ();
  g_autoptr(GDate) today = NULL;
  g_autoptr(StewardRecordList) actions = NULL;
  g_autoptr(StewardRecordList) communications = NULL;
  g_autoptr(StewardRecordList) projects = NULL;
  g_autoptr(StewardRecordList) handovers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_again = NULL;
  guint n_overdue = 0, n_this_month = 0, n_blocked = 0, n_due = 0, n_open = 0;
  static const char *dump_sql =
    "SELECT group_concat (title || status || due_date || source_kind || coalesce (source_id, ''), ';') "
    "FROM (SELECT * FROM action_item ORDER BY id)";
  /* Checked in SQL, from the columns themselves. */
  static const struct { const char *sql; gint64 min, max; } expected[] = {
    { "SELECT count (*) FROM action_item", 28, 36 },
    { "SELECT count (*) FROM action_item WHERE status = 'open'", 4, 36 },
    { "SELECT count (*) FROM action_item WHERE status = 'in-progress'", 4, 36 },
    { "SELECT count (*) FROM action_item WHERE status = 'done'", 6, 36 },
    { "SELECT count (*) FROM action_item WHERE status = 'cancelled'", 1, 5 },
    /* Every action done was evaluated (成效評估), effective or not. */
    { "SELECT count (*) FROM action_item WHERE status = 'done' AND effectiveness = 'not-evaluated'", 0, 0 },
    { "SELECT count (*) FROM action_item WHERE effectiveness = 'not-effective'", 1, 5 },
    { "SELECT count (DISTINCT source_kind) FROM action_item", 6, 6 },
    { "SELECT count (*) FROM action_item WHERE created_on > date ('now', 'localtime')", 0, 0 },
    /* Every link back goes to a record that exists. */
    { "SELECT count (*) FROM action_item a WHERE source_kind = 'communication' "
      "AND NOT EXISTS (SELECT 1 FROM communication c WHERE c.id = a.source_id)", 0, 0 },
    { "SELECT count (*) FROM action_item a WHERE source_kind = 'meeting' "
      "AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = a.source_id)", 0, 0 },
    { "SELECT count (*) FROM action_item a WHERE source_kind = 'finding' "
      "AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.id = a.source_id)", 0, 0 },
    { "SELECT count (*) FROM action_item a WHERE source_kind = 'project-review' "
      "AND NOT EXISTS (SELECT 1 FROM project_review r WHERE r.id = a.source_id)", 0, 0 },
    { "SELECT count (*) FROM action_progress", 8, 40 },
    { "SELECT count (*) FROM communication", 15, 24 },
    { "SELECT count (DISTINCT kind) FROM communication", 5, 5 },
    { "SELECT count (*) FROM communication WHERE kind = 'media' AND released_on IS NOT NULL "
      "AND approved_on <= released_on AND approved_by LIKE '%協理%'", 1, 1 },
    { "SELECT count (*) FROM communication WHERE parties LIKE '%教育部%'", 2, 24 },
    { "SELECT count (*) FROM communication WHERE parties LIKE '%TACERT%'", 1, 24 },
    { "SELECT count (*) FROM meeting", 3, 6 },
    { "SELECT count (*) FROM meeting WHERE decisions IS NOT NULL AND communication_id IS NOT NULL", 3, 6 },
    { "SELECT count (*) FROM audit", 2, 2 },
    { "SELECT count (DISTINCT kind) FROM audit", 2, 2 },
    { "SELECT count (DISTINCT audit_id) FROM finding", 2, 2 },
    { "SELECT count (DISTINCT grading) FROM finding", 3, 3 },
    { "SELECT count (*) FROM finding WHERE closed_on IS NOT NULL", 3, 10 },
    { "SELECT count (*) FROM finding WHERE closed_on IS NULL", 3, 10 },
    { "SELECT count (*) FROM risk_result", 2, 2 },
    { "SELECT CAST (max (julianday (assessed_on)) - min (julianday (assessed_on)) AS INTEGER) FROM risk_result",
      330, 400 },
    { "SELECT count (*) FROM project", 3, 3 },
    { "SELECT count (*) FROM project_review", 2, 6 },
    { "SELECT count (DISTINCT project_id) FROM project_role", 3, 3 },
    { "SELECT count (*) FROM handover", 5, 5 },
    { "SELECT min (n) FROM (SELECT count (*) AS n FROM handover_item GROUP BY handover_id)", 1, 1 },
    { "SELECT max (n) FROM (SELECT count (*) AS n FROM handover_item GROUP BY handover_id)", 4, 4 },
    { "SELECT count (DISTINCT handover_id) FROM handover_item", 5, 5 },
  };
  sqlite3 *raw;

  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  today = steward_date_new_today ();

  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gint64 n = steward_test_raw_int (raw, expected[i].sql);

      if (n < expected[i].min || n > expected[i].max)
        g_error ("%s: %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                 expected[i].sql, n, expected[i].min, expected[i].max);
    }
  dump = steward_test_raw_text (raw, dump_sql);
  sqlite3_close (raw);

  /* What the Overview and the pages show, by the rules. */
  actions = steward_record_list_new (t->db, STEWARD_TYPE_ACTION_ITEM, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (actions)); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (G_LIST_MODEL (actions), i);

      n_overdue += steward_action_is_overdue (action, today);
      n_this_month += steward_action_is_due_this_month (action, today);
    }
  g_assert_cmpuint (n_overdue, >=, 4);
  g_assert_cmpuint (n_this_month, >=, 5);

  communications = steward_record_list_new (t->db, STEWARD_TYPE_COMMUNICATION, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (communications)); i++)
    {
      g_autoptr(StewardCommunication) communication = g_list_model_get_item (G_LIST_MODEL (communications), i);

      n_blocked += steward_communication_is_blocked (communication);
    }
  g_assert_cmpuint (n_blocked, ==, 1);

  projects = steward_record_list_new (t->db, STEWARD_TYPE_PROJECT, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (projects)); i++)
    {
      g_autoptr(StewardProject) project = g_list_model_get_item (G_LIST_MODEL (projects), i);

      n_due += steward_project_is_risk_due (project, today);
    }
  g_assert_cmpuint (n_due, ==, 1);

  handovers = steward_record_list_new (t->db, STEWARD_TYPE_HANDOVER, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (handovers)); i++)
    {
      g_autoptr(StewardHandover) handover = g_list_model_get_item (G_LIST_MODEL (handovers), i);

      n_open += steward_handover_is_open (handover);
    }
  g_assert_cmpuint (n_open, ==, 1);

  /* Everything as a form would save it. */
  validate_all (t->db, STEWARD_TYPE_ACTION_ITEM);
  validate_all (t->db, STEWARD_TYPE_COMMUNICATION);
  validate_all (t->db, STEWARD_TYPE_FINDING);
  validate_all (t->db, STEWARD_TYPE_PROJECT);
  validate_all (t->db, STEWARD_TYPE_HANDOVER);

  /* The same every time. */
  g_assert_true (steward_sample_data_fill (again->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  raw = steward_test_raw_open (again->path, SQLITE_OPEN_READONLY);
  dump_again = steward_test_raw_text (raw, dump_sql);
  sqlite3_close (raw);
  g_assert_cmpstr (dump, ==, dump_again);
}

static gboolean
fill_follow_up_cb (StewardDatabase  *db,
                   gpointer          user_data,
                   GError          **error)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  return steward_sample_follow_up_fill (db, TRUE, today, user_data, error);
}

static void
test_sample_large (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  clock_t started;
  double seconds;
  sqlite3 *raw;

  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(StewardPerson) person = steward_person_new ();
      g_autofree char *name = g_strdup_printf ("同仁%02u", i);

      g_object_set (person, "name", name, "unit", i % 2 ? "系統管理組" : "網路管理組", "title", "工程師", NULL);
      g_assert_true (steward_record_save (STEWARD_RECORD (person), t->db, &error));
      g_ptr_array_add (people, g_steal_pointer (&person));
    }

  /* The follow-up alone, in one transaction: what it adds to a large fill,
   * in processor time, which other programs on the machine do not stretch. */
  started = clock ();
  g_assert_true (steward_database_transaction (t->db, fill_follow_up_cb, people, &error));
  g_assert_no_error (error);
  seconds = (double)(clock () - started) / CLOCKS_PER_SEC;
  g_test_message ("Large sample follow-up filled in %.2f s of processor time", seconds);
#if !defined (__SANITIZE_ADDRESS__)
  g_assert_cmpfloat (seconds, <, 1.5 * steward_test_slowdown ());
#endif

  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM action_item"), ==, 5000);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (DISTINCT status) FROM action_item"), ==, 4);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM communication"), ==, 2000);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM meeting"), >, 100);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM finding"), ==, 1000);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM audit"), ==, 20);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM risk_result"), ==, 10);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM handover"), ==, 500);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM handover_item"), >=, 500);
  /* Ten years. */
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT CAST (julianday ('now') - julianday (min (created_on)) "
                                              "AS INTEGER) FROM action_item"), >, 3000);
  /* Every row written through the records, with its history. */
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM history WHERE table_name = 'action_item'"), ==,
                   5000);
  sqlite3_close (raw);
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

  g_test_add_func ("/follow-up/due/edges", test_due_edges);
  g_test_add_func ("/follow-up/filters", test_filters);
  g_test_add_func ("/follow-up/source-links", test_source_links);
  g_test_add_func ("/follow-up/close", test_close);
  g_test_add_func ("/follow-up/carry-over", test_carry_over);
  g_test_add_func ("/follow-up/trend/findings", test_findings_trend);
  g_test_add_func ("/follow-up/trend/actions", test_actions_trend);
  g_test_add_func ("/follow-up/markers", test_markers);
  g_test_add_func ("/follow-up/database-refuses", test_database_refuses);
  g_test_add_func ("/sample-follow-up/small", test_sample_small);
  g_test_add_func ("/sample-follow-up/large", test_sample_large);

  return g_test_run ();
}
