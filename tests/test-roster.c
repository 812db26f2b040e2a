/* test-roster.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules of the organization (5.3): memberships and their dates, one
 * convener at a time, leads, the yearly review of the roster, the roster
 * as of a day and its snapshot. */

#include "config.h"

#include <locale.h>

#include "logic/steward-date.h"
#include "logic/steward-roster.h"
#include "logic/steward-sample-data.h"
#include "logic/steward-template.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "model/steward-roster-review.h"
#include "steward-test-util.h"

static GDate *
ymd (int year,
     int month,
     int day)
{
  return g_date_new_dmy (day, month, year);
}

static StewardTestDb *
sample_db (void)
{
  StewardTestDb *t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;

  steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error);
  g_assert_no_error (error);

  return t;
}

static GListModel *
list_of (StewardTestDb *t,
         GType          type)
{
  return G_LIST_MODEL (steward_record_list_new (t->db, type, NULL));
}

static StewardBody *
body_of_kind (GListModel      *bodies,
              StewardBodyKind  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (bodies, i);

      if (steward_body_get_kind (body) == kind)
        return g_steal_pointer (&body);
    }

  g_assert_not_reached ();
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (((StewardProblem *) g_ptr_array_index (problems, i))->property, property))
      return TRUE;

  return FALSE;
}

static void
test_membership_dates (void)
{
  g_autoptr(GDate) start = ymd (2025, 3, 1);
  g_autoptr(GDate) before = ymd (2025, 2, 28);
  g_autoptr(GDate) same = ymd (2025, 3, 1);
  g_autoptr(StewardMembership) membership = steward_membership_new (1, 1, STEWARD_ROLE_MEMBER, start);
  g_autoptr(GPtrArray) problems = NULL;

  problems = steward_record_validate (STEWARD_RECORD (membership));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An end before the start is refused; the same day is one day in office. */
  g_object_set (membership, "end-date", before, NULL);
  problems = steward_record_validate (STEWARD_RECORD (membership));
  g_assert_true (has_problem (problems, "end-date"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_object_set (membership, "end-date", same, NULL);
  problems = steward_record_validate (STEWARD_RECORD (membership));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (steward_membership_is_active_on (membership, same));
  g_assert_false (steward_membership_is_active_on (membership, before));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A key business process owner names the process. */
  g_object_set (membership, "role", STEWARD_ROLE_PROCESS_OWNER, "process-name", "  ", NULL);
  problems = steward_record_validate (STEWARD_RECORD (membership));
  g_assert_true (has_problem (problems, "process-name"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* No person, no body, no start. */
  {
    g_autoptr(StewardMembership) empty = g_object_new (STEWARD_TYPE_MEMBERSHIP, NULL);

    problems = steward_record_validate (STEWARD_RECORD (empty));
    g_assert_true (has_problem (problems, "person-id"));
    g_assert_true (has_problem (problems, "body-id"));
    g_assert_true (has_problem (problems, "start-date"));
  }
}

static void
test_end_before_start_refused_by_database (void)
{
  g_autoptr(StewardTestDb) t = sample_db ();
  g_autoptr(GListModel) memberships = list_of (t, STEWARD_TYPE_MEMBERSHIP);
  g_autoptr(StewardMembership) membership = g_list_model_get_item (memberships, 0);
  g_autoptr(GDate) end = ymd (2000, 1, 1);
  g_autoptr(GError) error = NULL;
  gint64 history = steward_test_count_rows (t->db, "history");

  g_object_set (membership, "end-date", end, NULL);
  g_assert_false (steward_record_save (STEWARD_RECORD (membership), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, history);
}

static void
test_one_convener_at_a_time (void)
{
  g_autoptr(StewardTestDb) t = sample_db ();
  g_autoptr(GListModel) bodies = list_of (t, STEWARD_TYPE_BODY);
  g_autoptr(GListModel) people = list_of (t, STEWARD_TYPE_PERSON);
  g_autoptr(GListModel) memberships = list_of (t, STEWARD_TYPE_MEMBERSHIP);
  g_autoptr(StewardBody) committee = body_of_kind (bodies, STEWARD_BODY_COMMITTEE);
  g_autoptr(StewardPerson) someone = g_list_model_get_item (people, 5);
  g_autoptr(GDate) start = ymd (2025, 1, 1);
  g_autoptr(GDate) long_ago = ymd (2020, 1, 1);
  g_autoptr(GDate) long_ago_end = ymd (2020, 12, 31);
  g_autoptr(StewardMembership) second = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (NULL);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (memberships);

  second = steward_membership_new (steward_record_get_id (STEWARD_RECORD (someone)),
                                   steward_record_get_id (STEWARD_RECORD (committee)),
                                   STEWARD_ROLE_CONVENER, start);

  /* The logic says why... */
  g_ptr_array_unref (problems);
  problems = steward_record_validate (STEWARD_RECORD (second));
  steward_membership_check_conflicts (second, memberships, problems);
  g_assert_true (has_problem (problems, "role"));

  /* ...and the database refuses it anyway. */
  g_assert_false (steward_record_save (STEWARD_RECORD (second), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (memberships), ==, n);

  /* Before the first convener's time, it is allowed. */
  g_object_set (second, "start-date", long_ago, "end-date", long_ago_end, NULL);
  g_ptr_array_unref (problems);
  problems = steward_record_validate (STEWARD_RECORD (second));
  steward_membership_check_conflicts (second, memberships, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (steward_record_save (STEWARD_RECORD (second), t->db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (memberships), ==, n + 1);

  /* Two members at once are fine. */
  {
    g_autoptr(StewardMembership) member = steward_membership_new (steward_record_get_id (STEWARD_RECORD (someone)),
                                                                  steward_record_get_id (STEWARD_RECORD (committee)),
                                                                  STEWARD_ROLE_MEMBER, start);

    g_ptr_array_unref (problems);
    problems = g_ptr_array_new ();
    steward_membership_check_conflicts (member, memberships, problems);
    g_assert_cmpuint (problems->len, ==, 0);
  }
}

static void
test_person_with_roles_cannot_be_deleted (void)
{
  g_autoptr(StewardTestDb) t = sample_db ();
  g_autoptr(GListModel) people = list_of (t, STEWARD_TYPE_PERSON);
  g_autoptr(GListModel) memberships = list_of (t, STEWARD_TYPE_MEMBERSHIP);
  g_autoptr(GError) error = NULL;
  StewardPerson *holder = NULL;
  StewardPerson *free_person = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      StewardPerson *person = g_list_model_get_item (people, i);
      guint n = steward_person_count_memberships (memberships, steward_record_get_id (STEWARD_RECORD (person)));

      if (n > 0 && holder == NULL)
        holder = g_object_ref (person);
      else if (n == 0 && free_person == NULL)
        free_person = g_object_ref (person);
      g_object_unref (person);
    }
  g_assert_nonnull (holder);
  g_assert_nonnull (free_person);

  g_assert_false (steward_record_delete (STEWARD_RECORD (holder), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (steward_record_delete (STEWARD_RECORD (free_person), t->db, &error));
  g_assert_no_error (error);

  g_object_unref (holder);
  g_object_unref (free_person);
}

static void
test_roster_as_of (void)
{
  g_autoptr(StewardTestDb) t = sample_db ();
  g_autoptr(GListModel) bodies = list_of (t, STEWARD_TYPE_BODY);
  g_autoptr(GListModel) people = list_of (t, STEWARD_TYPE_PERSON);
  g_autoptr(GListModel) memberships = list_of (t, STEWARD_TYPE_MEMBERSHIP);
  g_autoptr(GDate) before_change = ymd (2024, 1, 1);
  g_autoptr(GDate) after_change = ymd (2025, 8, 1);
  g_autoptr(GListModel) then = steward_roster_build (bodies, people, memberships, before_change);
  g_autoptr(GListModel) now = steward_roster_build (bodies, people, memberships, after_change);
  g_autoptr(StewardRosterEntry) first_then = g_list_model_get_item (then, 0);
  g_autoptr(StewardRosterEntry) first_now = g_list_model_get_item (now, 0);
  g_autofree char *json = NULL;
  g_autoptr(GListModel) back = NULL;
  g_autoptr(GError) error = NULL;

  /* The convener changed in August 2024: the roster of each day says who. */
  g_assert_cmpint (steward_roster_entry_get_role (first_then), ==, STEWARD_ROLE_CONVENER);
  g_assert_cmpint (steward_roster_entry_get_role (first_now), ==, STEWARD_ROLE_CONVENER);
  g_assert_cmpstr (steward_roster_entry_get_field (first_then, STEWARD_ROSTER_FIELD_BODY), ==,
                   steward_roster_entry_get_field (first_now, STEWARD_ROSTER_FIELD_BODY));
  g_assert_cmpstr (steward_roster_entry_get_field (first_then, STEWARD_ROSTER_FIELD_NAME), !=,
                   steward_roster_entry_get_field (first_now, STEWARD_ROSTER_FIELD_NAME));

  /* The member who left in June 2025 is in the first roster, not the second. */
  g_assert_cmpuint (g_list_model_get_n_items (then), ==, g_list_model_get_n_items (now));
  {
    g_autoptr(GDate) before_leaving = ymd (2025, 6, 30);
    g_autoptr(GListModel) june = steward_roster_build (bodies, people, memberships, before_leaving);

    g_assert_cmpuint (g_list_model_get_n_items (june), ==, g_list_model_get_n_items (now) + 1);
  }

  /* Every line has a body, a role and a name. */
  for (guint i = 0; i < g_list_model_get_n_items (now); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (now, i);

      for (StewardRosterField f = STEWARD_ROSTER_FIELD_BODY; f <= STEWARD_ROSTER_FIELD_NAME; f++)
        g_assert_cmpstr (steward_roster_entry_get_field (entry, f), !=, "");
    }

  /* The snapshot reads back the same. */
  json = steward_roster_to_json (now);
  back = steward_roster_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (back), ==, g_list_model_get_n_items (now));
  for (guint i = 0; i < g_list_model_get_n_items (now); i++)
    {
      g_autoptr(StewardRosterEntry) a = g_list_model_get_item (now, i);
      g_autoptr(StewardRosterEntry) b = g_list_model_get_item (back, i);

      g_assert_cmpint (steward_roster_entry_get_role (a), ==, steward_roster_entry_get_role (b));
      g_assert_cmpint (steward_roster_entry_get_person_id (a), ==, steward_roster_entry_get_person_id (b));
      for (StewardRosterField f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        g_assert_cmpstr (steward_roster_entry_get_field (a, f), ==, steward_roster_entry_get_field (b, f));
    }

  g_assert_null (steward_roster_new_from_json ("{\"not\": \"a list\"}", &error));
  g_assert_nonnull (error);
}

static void
test_review_due (void)
{
  g_autoptr(GListStore) reviews = g_list_store_new (STEWARD_TYPE_ROSTER_REVIEW);
  g_autoptr(GDate) today = ymd (2026, 11, 24);
  g_autoptr(GDate) last = NULL;
  g_autoptr(GDate) year_and_a_day = ymd (2025, 11, 23);
  g_autoptr(GDate) a_year = ymd (2025, 11, 24);
  g_autoptr(StewardRosterReview) old = g_object_new (STEWARD_TYPE_ROSTER_REVIEW, "reviewed-on", year_and_a_day, NULL);
  g_autoptr(StewardRosterReview) recent = g_object_new (STEWARD_TYPE_ROSTER_REVIEW, "reviewed-on", a_year, NULL);

  /* Never reviewed: due. */
  g_assert_true (steward_roster_review_is_due (G_LIST_MODEL (reviews), today, &last));
  g_assert_null (last);

  /* A year and a day ago: due. */
  g_list_store_append (reviews, old);
  g_assert_true (steward_roster_review_is_due (G_LIST_MODEL (reviews), today, NULL));

  /* Exactly a year ago: still in time; the latest review counts. */
  g_list_store_append (reviews, recent);
  g_assert_false (steward_roster_review_is_due (G_LIST_MODEL (reviews), today, &last));
  g_assert_cmpint (g_date_compare (last, a_year), ==, 0);
}

static void
test_bodies_without_lead (void)
{
  g_autoptr(StewardTestDb) t = sample_db ();
  g_autoptr(GListModel) bodies = list_of (t, STEWARD_TYPE_BODY);
  g_autoptr(GListModel) memberships = list_of (t, STEWARD_TYPE_MEMBERSHIP);
  g_autoptr(GDate) today = ymd (2026, 11, 24);
  g_autoptr(GDate) end = ymd (2026, 6, 30);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardBody) audit = body_of_kind (bodies, STEWARD_BODY_AUDIT_TEAM);

  /* The sample's organization is complete. */
  missing = steward_roster_bodies_without_lead (bodies, memberships, today);
  g_assert_cmpuint (missing->len, ==, 0);
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* The audit lead's term ends: the audit team has no lead. */
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(StewardMembership) membership = g_list_model_get_item (memberships, i);

      if (steward_membership_get_role (membership) == STEWARD_ROLE_AUDIT_LEAD)
        {
          g_object_set (membership, "end-date", end, NULL);
          g_assert_true (steward_record_save (STEWARD_RECORD (membership), t->db, &error));
          g_assert_no_error (error);
        }
    }

  missing = steward_roster_bodies_without_lead (bodies, memberships, today);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpint (steward_record_get_id (g_ptr_array_index (missing, 0)), ==,
                   steward_record_get_id (STEWARD_RECORD (audit)));
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* A retired body needs no lead. */
  g_object_set (audit, "retired-on", end, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (audit), t->db, &error));
  g_assert_no_error (error);
  missing = steward_roster_bodies_without_lead (bodies, memberships, today);
  g_assert_cmpuint (missing->len, ==, 0);
}

static void
test_sample_review (void)
{
  g_autoptr(StewardTestDb) t = sample_db ();
  g_autoptr(GListModel) reviews = list_of (t, STEWARD_TYPE_ROSTER_REVIEW);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now));
  g_autoptr(StewardRosterReview) review = NULL;
  g_autoptr(GListModel) snapshot = NULL;
  g_autoptr(GError) error = NULL;

  /* The sample's roster was reviewed last month, with a snapshot. */
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  g_assert_false (steward_roster_review_is_due (reviews, today, NULL));
  review = g_list_model_get_item (reviews, 0);
  snapshot = steward_roster_new_from_json (steward_roster_review_get_snapshot (review), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (snapshot), >=, 20);
}

static void
test_date_parse (void)
{
  static const struct { const char *text; int year, month, day; } good[] = {
    { "2026-11-24", 2026, 11, 24 },
    { " 2026/11/24 ", 2026, 11, 24 },
    { "2026.1.5", 2026, 1, 5 },
    { "115-11-24", 2026, 11, 24 },
    { "115/2/28", 2026, 2, 28 },
    { "民國115年11月24日", 2026, 11, 24 },
    { "115年1月1日", 2026, 1, 1 },
    { "ROC 115-11-24", 2026, 11, 24 },
    { "2024-02-29", 2024, 2, 29 },
  };
  static const char * const bad[] = {
    "", "   ", "2026-13-01", "2026-02-30", "2025-02-29", "2026-11", "2026-11-24x",
    "2026/11-24", "tomorrow", "0000-00-00", "99999-01-01", "民國115年13月1日", NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GDate) date = steward_date_parse (good[i].text);

      g_assert_nonnull (date);
      g_assert_cmpint (g_date_get_year (date), ==, good[i].year);
      g_assert_cmpint (g_date_get_month (date), ==, good[i].month);
      g_assert_cmpint (g_date_get_day (date), ==, good[i].day);
    }

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GDate) date = steward_date_parse (bad[i]);

      if (date != NULL)
        g_error ("“%s” was read as a date", bad[i]);
    }

  g_assert_null (steward_date_parse (NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/logic/date/parse", test_date_parse);
  g_test_add_func ("/logic/roster/membership-dates", test_membership_dates);
  g_test_add_func ("/logic/roster/end-before-start-refused", test_end_before_start_refused_by_database);
  g_test_add_func ("/logic/roster/one-convener-at-a-time", test_one_convener_at_a_time);
  g_test_add_func ("/logic/roster/person-with-roles-not-deleted", test_person_with_roles_cannot_be_deleted);
  g_test_add_func ("/logic/roster/as-of", test_roster_as_of);
  g_test_add_func ("/logic/roster/review-due", test_review_due);
  g_test_add_func ("/logic/roster/bodies-without-lead", test_bodies_without_lead);
  g_test_add_func ("/logic/roster/sample-review", test_sample_review);

  return g_test_run ();
}
