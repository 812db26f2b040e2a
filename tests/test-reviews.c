/* test-reviews.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules of the management review (5.4): numbering, the agenda and
 * the attendees of a new meeting, the roster check and the quorum, the
 * completeness of the minutes, issuing them and the database's refusal
 * to change them afterwards, corrections, decisions that become
 * follow-up items, their carry-over into the next review, and the
 * history of the registers between two reviews. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <sqlite3.h>

#include "logic/steward-follow-up.h"
#include "logic/steward-history.h"
#include "logic/steward-review.h"
#include "logic/steward-roster.h"
#include "model/steward-body.h"
#include "model/steward-context-issue.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "steward-test-util.h"

#define ID(record) steward_record_get_id (STEWARD_RECORD (record))

/* A small organization: a committee of three, a team member outside the
 * committee, a former member, and someone not in the organization. */
typedef struct
{
  StewardTestDb *t;
  StewardDatabase *db;
  gint64 committee_id;
  gint64 team_id;
  gint64 convener;
  gint64 member;
  gint64 other_member;
  gint64 team_member;
  gint64 former;
  gint64 outsider;
} Org;

static void
save (StewardDatabase *db,
      gpointer         record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (record, db, &error));
  g_assert_no_error (error);
}

static gint64
add_person (StewardDatabase *db,
            const char      *name)
{
  g_autoptr(StewardPerson) person = g_object_new (STEWARD_TYPE_PERSON, "name", name, NULL);

  save (db, person);

  return ID (person);
}

static gint64
add_body (StewardDatabase *db,
          StewardBodyKind  kind,
          const char      *name,
          int              position)
{
  g_autoptr(StewardBody) body = g_object_new (STEWARD_TYPE_BODY, "kind", kind, "name", name,
                                              "position", position, NULL);

  save (db, body);

  return ID (body);
}

static void
add_membership (StewardDatabase *db,
                gint64           person_id,
                gint64           body_id,
                StewardRole      role,
                const GDate     *end)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2025);
  g_autoptr(StewardMembership) membership = steward_membership_new (person_id, body_id, role, start);

  if (end != NULL)
    g_object_set (membership, "end-date", end, NULL);
  save (db, membership);
}

static Org *
org_new (void)
{
  Org *org = g_new0 (Org, 1);
  g_autoptr(GDate) left = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);

  org->t = steward_test_db_new ();
  org->db = org->t->db;
  org->committee_id = add_body (org->db, STEWARD_BODY_COMMITTEE, "資訊安全委員會", 0);
  org->team_id = add_body (org->db, STEWARD_BODY_MANAGEMENT_TEAM, "資訊安全管理小組", 1);
  org->convener = add_person (org->db, "王大明");
  org->member = add_person (org->db, "李小華");
  org->other_member = add_person (org->db, "陳志強");
  org->team_member = add_person (org->db, "林美玲");
  org->former = add_person (org->db, "張舊員");
  org->outsider = add_person (org->db, "外部訪客");

  add_membership (org->db, org->convener, org->committee_id, STEWARD_ROLE_CONVENER, NULL);
  add_membership (org->db, org->member, org->committee_id, STEWARD_ROLE_MEMBER, NULL);
  add_membership (org->db, org->other_member, org->committee_id, STEWARD_ROLE_MEMBER, NULL);
  /* The convener also leads the team: one line for them, the committee's. */
  add_membership (org->db, org->convener, org->team_id, STEWARD_ROLE_MEMBER, NULL);
  add_membership (org->db, org->team_member, org->team_id, STEWARD_ROLE_MEMBER, NULL);
  add_membership (org->db, org->former, org->committee_id, STEWARD_ROLE_MEMBER, left);

  return org;
}

static void
org_free (Org *org)
{
  steward_test_db_free (org->t);
  g_free (org);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Org, org_free)

static GDateTime *
at (const char *iso)
{
  GDateTime *date_time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (date_time);

  return date_time;
}

static StewardReview *
new_review_at (StewardReviewKind  kind,
               GDateTime         *starts,
               gint64             chair,
               gint64             secretary)
{
  return g_object_new (STEWARD_TYPE_REVIEW,
                       "kind", kind,
                       "title", kind == STEWARD_REVIEW_REGULAR ? "管理審查會議" : "臨時會議",
                       "starts-at", starts,
                       "place", "第一會議室",
                       "chair-id", chair,
                       "secretary-id", secretary,
                       NULL);
}

static GPtrArray *new_problems (void);

/* A regular review of the committee on @iso, chaired by the convener. */
static StewardReview *
create_regular (Org        *org,
                const char *iso)
{
  g_autoptr(GDateTime) starts = at (iso);
  StewardReview *review = new_review_at (STEWARD_REVIEW_REGULAR, starts, org->convener, org->member);
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_review_create (org->db, review, NULL, 0, NULL, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpint (ID (review), >, 0);

  return review;
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((StewardProblem *) g_ptr_array_index (problems, i))->property, property) == 0)
      return TRUE;

  return FALSE;
}

/* An empty array of problems, freed as the records free theirs. */
static GPtrArray *
new_problems (void)
{
  g_autoptr(StewardPerson) any = g_object_new (STEWARD_TYPE_PERSON, "name", "x", NULL);
  GPtrArray *problems = steward_record_validate (STEWARD_RECORD (any));

  g_assert_cmpuint (problems->len, ==, 0);

  return problems;
}

static GPtrArray *
load_of_review (StewardDatabase *db,
                GType            type,
                StewardReview   *review)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, ID (review));
  steward_query_order_by (query, "position", FALSE);
  steward_query_order_by (query, "id", FALSE);

  return steward_test_load_all (db, type, query);
}

static GListModel *
attendee_model (StewardDatabase *db,
                StewardReview   *review)
{
  g_autoptr(GPtrArray) attendees = load_of_review (db, STEWARD_TYPE_REVIEW_ATTENDEE, review);
  GListStore *store = g_list_store_new (STEWARD_TYPE_REVIEW_ATTENDEE);

  g_list_store_splice (store, 0, 0, attendees->pdata, attendees->len);

  return G_LIST_MODEL (store);
}

/* Numbering */

static void
test_numbering (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReview) first = NULL;
  g_autoptr(StewardReview) second = NULL;
  g_autoptr(StewardReview) next_year = NULL;
  g_autoptr(StewardReview) extraordinary = NULL;
  g_autoptr(GDateTime) starts = at ("2026-10-02T14:00:00+08:00");
  StewardAgendaItem risks = STEWARD_AGENDA_RISKS;
  g_autofree char *title = NULL;

  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_REGULAR, 2026, &error), ==, 1);
  g_assert_no_error (error);

  first = create_regular (org, "2026-03-12T09:30:00+08:00");
  g_assert_cmpint (steward_review_get_year (first), ==, 2026);
  g_assert_cmpint (steward_review_get_number (first), ==, 1);
  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_REGULAR, 2026, NULL), ==, 2);

  second = create_regular (org, "2026-09-10T09:30:00+08:00");
  g_assert_cmpint (steward_review_get_number (second), ==, 2);
  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_REGULAR, 2026, NULL), ==, 3);

  /* Per kind: the first extraordinary meeting of the year is No. 1. */
  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_EXTRAORDINARY, 2026, NULL), ==, 1);
  extraordinary = new_review_at (STEWARD_REVIEW_EXTRAORDINARY, starts, org->convener, org->member);
  g_assert_true (steward_review_create (org->db, extraordinary, &risks, 1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_review_get_number (extraordinary), ==, 1);
  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_EXTRAORDINARY, 2026, NULL), ==, 2);
  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_REGULAR, 2026, NULL), ==, 3);

  /* Per year. */
  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_REGULAR, 2027, NULL), ==, 1);
  next_year = create_regular (org, "2027-01-15T09:30:00+08:00");
  g_assert_cmpint (steward_review_get_year (next_year), ==, 2027);
  g_assert_cmpint (steward_review_get_number (next_year), ==, 1);
  g_assert_cmpint (steward_review_next_number (org->db, STEWARD_REVIEW_REGULAR, 2026, NULL), ==, 3);

  /* The default titles, the year in the chosen calendar. */
  title = steward_review_dup_default_title (STEWARD_REVIEW_REGULAR, 2026, 1, STEWARD_CALENDAR_GREGORIAN);
  g_assert_cmpstr (title, ==, "2026 Management Review No. 1");
  g_free (title);
  title = steward_review_dup_default_title (STEWARD_REVIEW_REGULAR, 2025, 2, STEWARD_CALENDAR_ROC);
  g_assert_cmpstr (title, ==, "114 Management Review No. 2");
  g_free (title);
  title = steward_review_dup_default_title (STEWARD_REVIEW_EXTRAORDINARY, 2026, 3, STEWARD_CALENDAR_ROC);
  g_assert_cmpstr (title, ==, "115 Extraordinary Meeting No. 3");
}

/* Creating */

static void
test_create_regular (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardReview) review = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(StewardMinutes) draft = NULL;
  g_autoptr(StewardMinutes) latest = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_database_set_meta (org->db, "minutes-document-number", "ISMS-R-007", NULL));
  review = create_regular (org, "2026-03-12T09:30:00+08:00");

  /* Every agenda item of 5.4.2, in order. */
  items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_assert_cmpuint (items->len, ==, STEWARD_N_AGENDA_ITEMS);
  for (guint i = 0; i < items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (items, i);

      g_assert_cmpint (steward_review_item_get_item (item), ==, i);
      g_assert_cmpint (steward_review_item_get_position (item), ==, i);
      g_assert_false (steward_review_item_is_done (item));
    }

  /* The committee on the day, convener first; not the team member, nor
   * the member who left. */
  attendees = load_of_review (org->db, STEWARD_TYPE_REVIEW_ATTENDEE, review);
  g_assert_cmpuint (attendees->len, ==, 3);
  g_assert_cmpint (steward_review_attendee_get_person_id (attendees->pdata[0]), ==, org->convener);
  g_assert_cmpstr (steward_review_attendee_get_role_label (attendees->pdata[0]), ==, "Convener");
  for (guint i = 0; i < attendees->len; i++)
    {
      gint64 person = steward_review_attendee_get_person_id (attendees->pdata[i]);

      g_assert_true (person == org->convener || person == org->member || person == org->other_member);
      g_assert_cmpint (steward_review_attendee_get_attendance (attendees->pdata[i]), ==, STEWARD_ATTENDANCE_PRESENT);
    }
  g_assert_cmpstr (steward_review_attendee_get_role_label (attendees->pdata[1]), ==, "Member");

  /* Version 1 of the minutes, a draft, filed under the document number. */
  draft = steward_review_get_draft (org->db, ID (review), &error);
  g_assert_no_error (error);
  g_assert_nonnull (draft);
  g_assert_cmpint (steward_minutes_get_version (draft), ==, 1);
  g_assert_cmpint (steward_minutes_get_status (draft), ==, STEWARD_MINUTES_DRAFT);
  g_assert_cmpint (steward_minutes_get_replaces_id (draft), ==, 0);
  g_assert_cmpstr (steward_minutes_get_document_number (draft), ==, "ISMS-R-007");
  latest = steward_review_get_latest_minutes (org->db, ID (review), NULL);
  g_assert_cmpint (ID (latest), ==, ID (draft));
  g_assert_false (steward_review_is_locked (org->db, ID (review)));
  g_assert_cmpint (steward_test_count_rows (org->db, "minutes"), ==, 1);
}

static void
test_create_refused (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(GDateTime) starts = at ("2026-05-20T10:00:00+08:00");
  g_autoptr(StewardReview) review = new_review_at (STEWARD_REVIEW_EXTRAORDINARY, starts, org->convener, 0);
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) items = NULL;
  StewardAgendaItem chosen[] = { STEWARD_AGENDA_RISKS, STEWARD_AGENDA_POLICY, STEWARD_AGENDA_RISKS };

  /* An extraordinary meeting without an agenda. */
  g_assert_false (steward_review_create (org->db, review, NULL, 0, NULL, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_true (has_problem (problems, "items"));
  g_assert_cmpint (ID (review), ==, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "review"), ==, 0);
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  /* Someone not on the roster among those invited: nothing is made. */
  g_array_append_val (people, org->member);
  g_array_append_val (people, org->outsider);
  g_assert_false (steward_review_create (org->db, review, chosen, G_N_ELEMENTS (chosen), people, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_true (has_problem (problems, "person-id"));
  g_assert_nonnull (strstr (error->message, "外部訪客"));
  g_assert_cmpint (ID (review), ==, 0);
  g_assert_cmpint (steward_review_get_number (review), ==, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "review"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "review_item"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "review_attendee"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "minutes"), ==, 0);
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  /* The chosen items, once each, in the order chosen; those invited. */
  g_array_remove_index (people, 1);
  g_array_append_val (people, org->team_member);
  g_assert_true (steward_review_create (org->db, review, chosen, G_N_ELEMENTS (chosen), people, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpint (steward_review_item_get_item (items->pdata[0]), ==, STEWARD_AGENDA_RISKS);
  g_assert_cmpint (steward_review_item_get_item (items->pdata[1]), ==, STEWARD_AGENDA_POLICY);
  g_assert_cmpint (steward_test_count_rows (org->db, "review_attendee"), ==, 2);
}

/* Attendance */

static void
test_attendees (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardReview) review = create_regular (org, "2026-03-12T09:30:00+08:00");
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReviewAttendee) refused = NULL;
  g_autoptr(StewardReviewAttendee) added = NULL;
  g_autoptr(StewardReviewAttendee) again = NULL;
  g_autoptr(GListModel) candidates = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_MARCH, 2026);
  gboolean seen_team_member = FALSE;

  /* Not in the organization. */
  refused = steward_review_add_attendee (org->db, review, org->outsider, problems, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_true (has_problem (problems, "person-id"));
  g_assert_nonnull (strstr (error->message, "外部訪客"));
  g_assert_nonnull (strstr (error->message, "roster"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  /* No longer in it on the meeting's day. */
  g_assert_null (steward_review_add_attendee (org->db, review, org->former, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_true (has_problem (problems, "person-id"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  /* Already invited. */
  g_assert_null (steward_review_add_attendee (org->db, review, org->member, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_true (has_problem (problems, "person-id"));
  g_assert_nonnull (strstr (error->message, "李小華"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "review_attendee"), ==, 3);

  /* A team member outside the committee: last, with role and body. */
  added = steward_review_add_attendee (org->db, review, org->team_member, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpint (steward_review_attendee_get_position (added), ==, 3);
  g_assert_cmpstr (steward_review_attendee_get_role_label (added), ==, "Member (資訊安全管理小組)");
  again = steward_review_add_attendee (org->db, review, org->team_member, problems, &error);
  g_assert_null (again);
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  /* The candidates: everyone on the roster once, the convener with the
   * committee's role; not the former member nor the outsider. */
  candidates = steward_review_list_candidates (org->db, day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (candidates, i);
      gint64 person = steward_roster_entry_get_person_id (entry);

      g_assert_true (person != org->former && person != org->outsider);
      if (person == org->convener)
        g_assert_cmpint (steward_roster_entry_get_body_id (entry), ==, org->committee_id);
      seen_team_member |= person == org->team_member;
    }
  g_assert_true (seen_team_member);
}

static void
test_quorum (void)
{
  g_autoptr(GListStore) attendees = g_list_store_new (STEWARD_TYPE_REVIEW_ATTENDEE);
  StewardAttendance five[] = { STEWARD_ATTENDANCE_PRESENT, STEWARD_ATTENDANCE_ABSENT, STEWARD_ATTENDANCE_REPRESENTED,
                               STEWARD_ATTENDANCE_ON_LEAVE, STEWARD_ATTENDANCE_PRESENT };
  StewardQuorum quorum;

  steward_review_get_quorum (G_LIST_MODEL (attendees), &quorum);
  g_assert_cmpuint (quorum.n_invited, ==, 0);
  g_assert_false (quorum.met);

  for (guint i = 0; i < G_N_ELEMENTS (five); i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE,
                                                                "person-id", (gint64) i + 1,
                                                                "attendance", five[i],
                                                                "represented-by", "代理人",
                                                                NULL);

      g_list_store_append (attendees, attendee);
    }

  /* Three of five, one of them represented: more than half. */
  steward_review_get_quorum (G_LIST_MODEL (attendees), &quorum);
  g_assert_cmpuint (quorum.n_invited, ==, 5);
  g_assert_cmpuint (quorum.n_present, ==, 3);
  g_assert_cmpuint (quorum.n_needed, ==, 3);
  g_assert_true (quorum.met);

  /* Two of four is half, not more. */
  g_list_store_remove (attendees, 0);
  steward_review_get_quorum (G_LIST_MODEL (attendees), &quorum);
  g_assert_cmpuint (quorum.n_invited, ==, 4);
  g_assert_cmpuint (quorum.n_present, ==, 2);
  g_assert_cmpuint (quorum.n_needed, ==, 3);
  g_assert_false (quorum.met);
}

/* Completeness */

static GPtrArray *
check_complete (StewardDatabase *db,
                StewardReview   *review)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *gaps = steward_review_check_complete (db, ID (review), &error);

  g_assert_no_error (error);
  g_assert_nonnull (gaps);

  return gaps;
}

/* Writes up every agenda item of @review. */
static void
write_up (StewardDatabase *db,
          StewardReview   *review)
{
  g_autoptr(GPtrArray) items = load_of_review (db, STEWARD_TYPE_REVIEW_ITEM, review);

  for (guint i = 0; i < items->len; i++)
    {
      if (i % 2 == 0)
        g_object_set (items->pdata[i], "discussion", "業務單位報告執行情形。", NULL);
      else
        g_object_set (items->pdata[i], "conclusion", "洽悉。", NULL);
      save (db, items->pdata[i]);
    }
}

static void
set_all_attendance (StewardDatabase   *db,
                    StewardReview     *review,
                    StewardAttendance  attendance)
{
  g_autoptr(GPtrArray) attendees = load_of_review (db, STEWARD_TYPE_REVIEW_ATTENDEE, review);

  for (guint i = 0; i < attendees->len; i++)
    {
      g_object_set (attendees->pdata[i], "attendance", attendance, NULL);
      save (db, attendees->pdata[i]);
    }
}

static void
test_completeness (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardReview) review = create_regular (org, "2026-03-12T09:30:00+08:00");
  g_autoptr(GPtrArray) items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GListModel) attendees = NULL;
  StewardReviewGap *gap;
  StewardQuorum quorum;

  /* A new meeting: every agenda item is missing, nothing else. */
  gaps = check_complete (org->db, review);
  g_assert_cmpuint (gaps->len, ==, STEWARD_N_AGENDA_ITEMS);
  for (guint i = 0; i < gaps->len; i++)
    {
      gap = g_ptr_array_index (gaps, i);
      g_assert_cmpstr (gap->page, ==, steward_agenda_item_get_nick (i));
      g_assert_nonnull (strstr (gap->message, steward_agenda_item_to_string (i)));
    }
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* Six written up; one marked nothing to report without a reason; the
   * last untouched. */
  for (guint i = 0; i < 6; i++)
    {
      g_object_set (items->pdata[i], i == 2 ? "conclusion" : "discussion", "已討論。", NULL);
      save (org->db, items->pdata[i]);
    }
  g_object_set (items->pdata[6], "nothing-to-report", TRUE, "reason", "  ", NULL);
  save (org->db, items->pdata[6]);

  gaps = check_complete (org->db, review);
  g_assert_cmpuint (gaps->len, ==, 2);
  gap = g_ptr_array_index (gaps, 0);
  g_assert_cmpstr (gap->page, ==, "risks");
  g_assert_nonnull (strstr (gap->message, "reason"));
  gap = g_ptr_array_index (gaps, 1);
  g_assert_cmpstr (gap->page, ==, "improvement");
  g_clear_pointer (&gaps, g_ptr_array_unref);

  g_object_set (items->pdata[6], "reason", "本期無風險評鑑。", NULL);
  save (org->db, items->pdata[6]);
  g_assert_true (steward_review_item_is_done (items->pdata[6]));
  g_object_set (items->pdata[7], "conclusion", "持續改善。", NULL);
  save (org->db, items->pdata[7]);
  gaps = check_complete (org->db, review);
  g_assert_cmpuint (gaps->len, ==, 0);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* The meeting itself: a chair, a secretary, someone present. */
  g_object_set (review, "chair-id", (gint64) 0, "secretary-id", (gint64) 0, NULL);
  save (org->db, review);
  attendees = attendee_model (org->db, review);
  steward_review_get_quorum (attendees, &quorum);
  g_assert_cmpuint (quorum.n_invited, ==, 3);
  g_assert_cmpuint (quorum.n_present, ==, 3);
  g_assert_true (quorum.met);
  g_clear_object (&attendees);
  set_all_attendance (org->db, review, STEWARD_ATTENDANCE_ABSENT);
  attendees = attendee_model (org->db, review);
  steward_review_get_quorum (attendees, &quorum);
  g_assert_cmpuint (quorum.n_present, ==, 0);
  g_assert_false (quorum.met);
  gaps = check_complete (org->db, review);
  g_assert_cmpuint (gaps->len, ==, 3);
  for (guint i = 0; i < gaps->len; i++)
    g_assert_cmpstr (((StewardReviewGap *) gaps->pdata[i])->page, ==, STEWARD_REVIEW_PAGE_MEETING);
  g_assert_nonnull (strstr (((StewardReviewGap *) gaps->pdata[0])->message, "chair"));
  g_assert_nonnull (strstr (((StewardReviewGap *) gaps->pdata[1])->message, "secretary"));
  g_assert_nonnull (strstr (((StewardReviewGap *) gaps->pdata[2])->message, "present"));
}

/* Issuing and immutability */

static JsonObject *
new_content (const char *title)
{
  JsonObject *content = json_object_new ();

  json_object_set_int_member (content, "format", 1);
  json_object_set_string_member (content, "title", title);

  return content;
}

static void
issue (StewardDatabase *db,
       StewardReview   *review,
       const char      *pdf_text)
{
  g_autoptr(JsonObject) content = new_content (steward_review_get_title (review));
  g_autoptr(GBytes) pdf = g_bytes_new (pdf_text, strlen (pdf_text));
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_review_issue (db, ID (review), "王大明", NULL, content, pdf, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Runs @sql on the database file behind the store's back. */
static int
raw_exec (StewardDatabase *db,
          const char      *sql)
{
  sqlite3 *raw = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (steward_database_get_path (db), &raw, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (raw, 5000);
  rc = sqlite3_exec (raw, sql, NULL, NULL, NULL);
  sqlite3_close (raw);

  return rc;
}

static void
test_issue (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardReview) review = create_regular (org, "2026-03-12T09:30:00+08:00");
  g_autoptr(JsonObject) content = new_content ("115年度第1次管理審查會議紀錄");
  g_autoptr(GBytes) pdf = g_bytes_new_static ("abc", 3);
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autoptr(GDateTime) issued_at = at ("2026-03-20T16:00:00+08:00");
  g_autoptr(JsonNode) stored = NULL;
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autoptr(StewardReviewAttendee) attendee = NULL;
  g_autofree char *sha = NULL;

  /* Incomplete minutes are refused, one problem per gap, keyed by page. */
  g_assert_false (steward_review_issue (org->db, ID (review), "王大明", issued_at, content, pdf, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, STEWARD_N_AGENDA_ITEMS);
  g_assert_true (has_problem (problems, "policy"));
  g_assert_true (has_problem (problems, "improvement"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);
  minutes = steward_review_get_latest_minutes (org->db, ID (review), NULL);
  g_assert_cmpint (steward_minutes_get_status (minutes), ==, STEWARD_MINUTES_DRAFT);
  g_assert_null (steward_minutes_get_content (minutes));
  g_assert_null (steward_minutes_get_pdf (minutes));
  g_clear_object (&minutes);

  /* Complete, but nobody issues them. */
  write_up (org->db, review);
  g_assert_false (steward_review_issue (org->db, ID (review), " ", issued_at, content, pdf, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (has_problem (problems, "issued-by"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);
  g_assert_false (steward_review_is_locked (org->db, ID (review)));

  g_assert_true (steward_review_issue (org->db, ID (review), "王大明", issued_at, content, pdf, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  minutes = steward_review_get_latest_minutes (org->db, ID (review), NULL);
  g_assert_cmpint (steward_minutes_get_status (minutes), ==, STEWARD_MINUTES_ISSUED);
  g_assert_cmpstr (steward_minutes_get_issued_by (minutes), ==, "王大明");
  g_assert_true (g_date_time_equal (steward_minutes_get_issued_at (minutes), issued_at));
  g_assert_true (g_bytes_equal (steward_minutes_get_pdf (minutes), pdf));
  /* SHA-256 ("abc"), FIPS 180-2's first example. */
  g_assert_cmpstr (steward_minutes_get_pdf_sha256 (minutes), ==,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  sha = steward_review_dup_sha256 (pdf);
  g_assert_cmpstr (sha, ==, steward_minutes_get_pdf_sha256 (minutes));
  stored = json_from_string (steward_minutes_get_content (minutes), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (stored), "title"), ==,
                   "115年度第1次管理審查會議紀錄");
  g_assert_true (steward_review_is_locked (org->db, ID (review)));
  g_assert_null (steward_review_get_draft (org->db, ID (review), NULL));

  /* The logic refuses to touch a locked meeting, and says why. */
  g_assert_false (steward_review_issue (org->db, ID (review), "王大明", issued_at, content, pdf, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "start a correction"));
  g_clear_error (&error);
  decision = steward_review_add_decision (org->db, review, -1, "追加決議", 0, NULL, problems, &error);
  g_assert_null (decision);
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY);
  g_clear_error (&error);
  attendee = steward_review_add_attendee (org->db, review, org->team_member, problems, &error);
  g_assert_null (attendee);
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* The database itself refuses, whoever asks. */
  g_assert_cmpint (raw_exec (org->db, "UPDATE minutes SET document_number = 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (org->db, "UPDATE review_item SET discussion = 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (org->db, "UPDATE review SET place = 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (org->db, "DELETE FROM minutes"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (org->db, "DELETE FROM review_attendee"), ==, SQLITE_CONSTRAINT);

  items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_object_set (items->pdata[0], "discussion", "事後修改", NULL);
  g_assert_false (steward_record_save (items->pdata[0], org->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_assert_cmpstr (steward_review_item_get_discussion (items->pdata[0]), ==, "業務單位報告執行情形。");
}

static void
test_correction (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardReview) review = create_regular (org, "2026-03-12T09:30:00+08:00");
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardMinutes) first = NULL;
  g_autoptr(StewardMinutes) correction = NULL;
  g_autoptr(StewardMinutes) draft = NULL;
  g_autoptr(StewardMinutes) refused = NULL;
  g_autoptr(StewardMinutes) latest = NULL;
  g_autofree char *update_first = NULL;

  /* A draft needs no correction. */
  refused = steward_review_start_correction (org->db, ID (review), "更正出席人員", problems, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  write_up (org->db, review);
  issue (org->db, review, "%PDF-1.5 version 1");
  first = steward_review_get_latest_minutes (org->db, ID (review), NULL);

  /* Without a reason. */
  refused = steward_review_start_correction (org->db, ID (review), "  ", problems, &error);
  g_assert_null (refused);
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (has_problem (problems, "reason"));
  g_assert_cmpint (steward_test_count_rows (org->db, "minutes"), ==, 1);
  g_assert_true (steward_review_is_locked (org->db, ID (review)));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  correction = steward_review_start_correction (org->db, ID (review), "更正出席人員", problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (correction);
  g_assert_cmpint (steward_minutes_get_version (correction), ==, 2);
  g_assert_cmpint (steward_minutes_get_status (correction), ==, STEWARD_MINUTES_DRAFT);
  g_assert_cmpint (steward_minutes_get_replaces_id (correction), ==, ID (first));
  g_assert_cmpstr (steward_minutes_get_reason (correction), ==, "更正出席人員");
  draft = steward_review_get_draft (org->db, ID (review), NULL);
  g_assert_cmpint (ID (draft), ==, ID (correction));
  latest = steward_review_get_latest_minutes (org->db, ID (review), NULL);
  g_assert_cmpint (ID (latest), ==, ID (correction));
  g_assert_false (steward_review_is_locked (org->db, ID (review)));

  /* A second correction while one is drafted is refused. */
  g_clear_object (&refused);
  refused = steward_review_start_correction (org->db, ID (review), "再次更正", problems, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (org->db, "minutes"), ==, 2);

  /* The meeting can be edited again; version 1 stays as issued. */
  items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_object_set (items->pdata[0], "discussion", "更正後之討論內容。", NULL);
  save (org->db, items->pdata[0]);
  update_first = g_strdup_printf ("UPDATE minutes SET document_number = 'x' WHERE id = %" G_GINT64_FORMAT, ID (first));
  g_assert_cmpint (raw_exec (org->db, update_first), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (org->db, "UPDATE review_item SET conclusion = '更正' WHERE item = 'policy'"), ==, SQLITE_OK);

  /* Issued in turn, the correction locks the meeting again. */
  issue (org->db, review, "%PDF-1.5 version 2");
  g_assert_true (steward_review_is_locked (org->db, ID (review)));
  g_clear_object (&latest);
  latest = steward_review_get_latest_minutes (org->db, ID (review), NULL);
  g_assert_cmpint (steward_minutes_get_version (latest), ==, 2);
  g_assert_cmpint (steward_minutes_get_status (latest), ==, STEWARD_MINUTES_ISSUED);
  g_assert_cmpstr (steward_minutes_get_pdf_sha256 (latest), !=, steward_minutes_get_pdf_sha256 (first));
  g_assert_cmpint (raw_exec (org->db, "UPDATE review_item SET discussion = 'x'"), ==, SQLITE_CONSTRAINT);
}

/* Decisions */

static void
test_decisions (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardReview) review = create_regular (org, "2026-03-12T09:30:00+08:00");
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) due = g_date_new_dmy (30, G_DATE_JUNE, 2026);
  g_autoptr(GDate) too_early = g_date_new_dmy (11, G_DATE_MARCH, 2026);
  g_autoptr(GDate) meeting_day = g_date_new_dmy (12, G_DATE_MARCH, 2026);
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autoptr(StewardReviewDecision) plain = NULL;
  g_autoptr(StewardReviewDecision) general = NULL;
  g_autoptr(StewardReviewDecision) touched = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(StewardActionItem) kept = NULL;
  StewardActionItem *action;

  /* An action without an owner, without a due date, due before the
   * meeting: nothing is stored. */
  g_assert_null (steward_review_add_decision (org->db, review, STEWARD_AGENDA_RISKS, "更新風險處理計畫", 0, due,
                                              problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (has_problem (problems, "owner-id"));
  g_assert_nonnull (strstr (((StewardProblem *) problems->pdata[0])->message, "owner"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  g_assert_null (steward_review_add_decision (org->db, review, STEWARD_AGENDA_RISKS, "更新風險處理計畫", org->member,
                                              NULL, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (has_problem (problems, "due-date"));
  g_assert_nonnull (strstr (((StewardProblem *) problems->pdata[0])->message, "due date"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  g_assert_null (steward_review_add_decision (org->db, review, STEWARD_AGENDA_RISKS, "更新風險處理計畫", org->member,
                                              too_early, problems, &error));
  g_assert_true (has_problem (problems, "due-date"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  g_assert_null (steward_review_add_decision (org->db, review, STEWARD_AGENDA_RISKS, " ", 0, NULL, problems, &error));
  g_assert_true (has_problem (problems, "text"));
  g_clear_error (&error);
  g_ptr_array_set_size (problems, 0);

  g_assert_cmpint (steward_test_count_rows (org->db, "review_decision"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "action_item"), ==, 0);

  /* With both: a decision and its follow-up item, from the review. */
  decision = steward_review_add_decision (org->db, review, STEWARD_AGENDA_RISKS, "更新風險處理計畫", org->member, due,
                                          problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (decision);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (steward_review_decision_get_item (decision), ==, "risks");
  g_assert_cmpint (steward_review_decision_get_review_id (decision), ==, ID (review));
  g_assert_cmpint (steward_review_decision_get_position (decision), ==, 0);
  g_assert_cmpint (steward_review_decision_get_action_id (decision), >, 0);

  actions = steward_actions_for_source (org->db, STEWARD_ACTION_SOURCE_REVIEW, ID (review), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (actions->len, ==, 1);
  action = g_ptr_array_index (actions, 0);
  g_assert_cmpint (ID (action), ==, steward_review_decision_get_action_id (decision));
  g_assert_cmpstr (steward_action_item_get_title (action), ==, "更新風險處理計畫");
  g_assert_cmpint (steward_action_item_get_owner_id (action), ==, org->member);
  g_assert_cmpint (g_date_compare (steward_action_item_get_created_on (action), meeting_day), ==, 0);
  g_assert_cmpint (g_date_compare (steward_action_item_get_due_date (action), due), ==, 0);
  g_assert_cmpint (steward_action_item_get_status (action), ==, STEWARD_ACTION_OPEN);
  g_assert_true (g_str_has_prefix (steward_action_item_get_source_label (action), "管理審查會議 — "));
  g_assert_nonnull (strstr (steward_action_item_get_source_label (action),
                            steward_agenda_item_to_string (STEWARD_AGENDA_RISKS)));
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* A decision that is no action; general decisions have no item. */
  plain = steward_review_add_decision (org->db, review, STEWARD_AGENDA_RISKS, "風險接受準則維持不變", 0, NULL,
                                       problems, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_review_decision_get_action_id (plain), ==, 0);
  g_assert_cmpint (steward_review_decision_get_position (plain), ==, 1);
  general = steward_review_add_decision (org->db, review, -1, "下次會議於九月召開", 0, NULL, problems, &error);
  g_assert_no_error (error);
  g_assert_null (steward_review_decision_get_item (general));
  g_assert_cmpint (steward_review_decision_get_position (general), ==, 0);
  g_assert_cmpint (steward_test_count_rows (org->db, "action_item"), ==, 1);

  /* Removed before anything was done: its action goes too. */
  g_assert_true (steward_review_remove_decision (org->db, decision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (org->db, "review_decision"), ==, 2);
  g_assert_cmpint (steward_test_count_rows (org->db, "action_item"), ==, 0);

  /* Removed once work began: the action stays, cancelled. */
  touched = steward_review_add_decision (org->db, review, -1, "辦理教育訓練", org->other_member, due, problems, &error);
  g_assert_no_error (error);
  kept = steward_record_load (org->db, STEWARD_TYPE_ACTION_ITEM, steward_review_decision_get_action_id (touched), NULL);
  g_object_set (kept, "status", STEWARD_ACTION_IN_PROGRESS, NULL);
  save (org->db, kept);
  g_assert_true (steward_review_remove_decision (org->db, touched, &error));
  g_assert_no_error (error);
  actions = steward_actions_for_source (org->db, STEWARD_ACTION_SOURCE_REVIEW, ID (review), NULL);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpint (ID (actions->pdata[0]), ==, ID (kept));
  g_assert_cmpint (steward_action_item_get_status (actions->pdata[0]), ==, STEWARD_ACTION_CANCELLED);
  g_assert_cmpint (steward_test_count_rows (org->db, "review_decision"), ==, 2);
}

/* Carry-over */

static gboolean
contains_action (GPtrArray *actions,
                 gint64     id)
{
  for (guint i = 0; i < actions->len; i++)
    if (ID (actions->pdata[i]) == id)
      return TRUE;

  return FALSE;
}

static GPtrArray *
previous_actions (StewardDatabase *db,
                  StewardReview   *review)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *actions = steward_review_list_previous_actions (db, review, &error);

  g_assert_no_error (error);
  g_assert_nonnull (actions);

  return actions;
}

static void
test_carry_over (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardReview) first = create_regular (org, "2026-03-12T09:30:00+08:00");
  g_autoptr(StewardReview) second = create_regular (org, "2026-09-10T09:30:00+08:00");
  g_autoptr(StewardReview) previous = NULL;
  g_autoptr(StewardReview) next = NULL;
  g_autoptr(GDate) due_early = g_date_new_dmy (30, G_DATE_APRIL, 2026);
  g_autoptr(GDate) due_late = g_date_new_dmy (31, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) done_on = g_date_new_dmy (1, G_DATE_OCTOBER, 2026);
  g_autoptr(StewardReviewDecision) open_late = NULL;
  g_autoptr(StewardReviewDecision) open_early = NULL;
  g_autoptr(StewardReviewDecision) own = NULL;
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GDateTime) june = at ("2026-06-01T00:00:00+08:00");
  g_autoptr(GDateTime) later = at ("2027-01-01T00:00:00+08:00");
  g_autoptr(GError) error = NULL;

  open_late = steward_review_add_decision (org->db, first, STEWARD_AGENDA_POLICY, "修訂資訊安全政策", org->member,
                                           due_late, NULL, &error);
  g_assert_no_error (error);
  open_early = steward_review_add_decision (org->db, first, -1, "完成弱點掃描", org->other_member, due_early, NULL,
                                            &error);
  g_assert_no_error (error);
  own = steward_review_add_decision (org->db, second, -1, "規劃年度稽核", org->member, due_late, NULL, &error);
  g_assert_no_error (error);

  /* The meetings in order. */
  previous = steward_review_get_previous (org->db, second, &error);
  g_assert_no_error (error);
  g_assert_nonnull (previous);
  g_assert_cmpint (ID (previous), ==, ID (first));
  g_clear_object (&previous);
  previous = steward_review_get_previous (org->db, first, &error);
  g_assert_no_error (error);
  g_assert_null (previous);
  next = steward_review_get_next (org->db, june, &error);
  g_assert_cmpint (ID (next), ==, ID (second));
  g_clear_object (&next);
  next = steward_review_get_next (org->db, later, &error);
  g_assert_no_error (error);
  g_assert_null (next);

  /* Both open actions of the first meeting, by due date; not the second
   * meeting's own. */
  actions = previous_actions (org->db, second);
  g_assert_cmpuint (actions->len, ==, 2);
  g_assert_cmpint (ID (actions->pdata[0]), ==, steward_review_decision_get_action_id (open_early));
  g_assert_cmpint (ID (actions->pdata[1]), ==, steward_review_decision_get_action_id (open_late));
  g_assert_false (contains_action (actions, steward_review_decision_get_action_id (own)));
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* The first meeting has nothing before it, not even its own. */
  actions = previous_actions (org->db, first);
  g_assert_cmpuint (actions->len, ==, 0);
  g_clear_pointer (&actions, g_ptr_array_unref);

  /* Closed with its evaluation, an action is no longer carried over. */
  action = steward_record_load (org->db, STEWARD_TYPE_ACTION_ITEM, steward_review_decision_get_action_id (open_early),
                                NULL);
  g_assert_true (steward_action_close (org->db, action, done_on, STEWARD_EFFECTIVENESS_EFFECTIVE, "王大明", done_on,
                                       "掃描完成，高風險弱點已修補", NULL, &error));
  g_assert_no_error (error);
  actions = previous_actions (org->db, second);
  g_assert_cmpuint (actions->len, ==, 1);
  g_assert_cmpint (ID (actions->pdata[0]), ==, steward_review_decision_get_action_id (open_late));
}

/* The history of the registers between two reviews */

/* A moment strictly between the writes before and after it. */
static GDateTime *
new_mark (void)
{
  GDateTime *mark;

  g_usleep (3000);
  mark = g_date_time_new_now_local ();
  g_usleep (3000);

  return mark;
}

static StewardContextIssue *
save_new_issue (StewardDatabase *db,
                const char      *description)
{
  g_autoptr(GDate) on = g_date_new_dmy (2, G_DATE_MARCH, 2026);
  StewardContextIssue *issue = g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                                             "scope", STEWARD_SCOPE_EXTERNAL,
                                             "category", STEWARD_ISSUE_DRIVERS_TRENDS,
                                             "description", description,
                                             "identified-on", on,
                                             NULL);

  save (db, issue);

  return issue;
}

static const StewardHistoryChange *
find_change (GPtrArray *changes,
             gint64     row_id)
{
  for (guint i = 0; i < changes->len; i++)
    if (((StewardHistoryChange *) changes->pdata[i])->row_id == row_id)
      return changes->pdata[i];

  return NULL;
}

static void
test_history_between_reviews (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(StewardContextIssue) changed = save_new_issue (org->db, "生成式AI使用風險");
  g_autoptr(StewardContextIssue) retired = save_new_issue (org->db, "Windows 10 停止支援");
  g_autoptr(StewardContextIssue) untouched = save_new_issue (org->db, "個資法修正");
  g_autoptr(StewardContextIssue) added = NULL;
  g_autoptr(StewardContextIssue) too_late = NULL;
  g_autoptr(GDateTime) first_at = new_mark ();
  g_autoptr(StewardReview) first = new_review_at (STEWARD_REVIEW_REGULAR, first_at, org->convener, org->member);
  g_autoptr(GDateTime) second_at = NULL;
  g_autoptr(StewardReview) second = NULL;
  g_autoptr(StewardReview) previous = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  const StewardHistoryChange *change;

  /* The reviews are held now, so that the history's times (those of the
   * writes) fall between them. */
  g_assert_true (steward_review_create (org->db, first, NULL, 0, NULL, NULL, &error));
  g_assert_no_error (error);

  g_usleep (3000);
  g_object_set (changed, "description", "生成式AI使用風險：公務資料外洩", NULL);
  save (org->db, changed);
  g_object_set (retired, "status", STEWARD_ISSUE_STATUS_RETIRED, NULL);
  save (org->db, retired);
  added = save_new_issue (org->db, "零信任架構");

  second_at = new_mark ();
  second = new_review_at (STEWARD_REVIEW_REGULAR, second_at, org->convener, org->member);
  g_assert_true (steward_review_create (org->db, second, NULL, 0, NULL, NULL, &error));
  g_assert_no_error (error);
  g_usleep (3000);
  too_late = save_new_issue (org->db, "會後新增之議題");

  /* The wizard's window: from the previous review to this one. */
  previous = steward_review_get_previous (org->db, second, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ID (previous), ==, ID (first));
  changes = steward_history_changes (org->db, "context_issue", steward_review_get_starts_at (previous),
                                     steward_review_get_starts_at (second), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);

  change = find_change (changes, ID (added));
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_ADDED);
  change = find_change (changes, ID (changed));
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_CHANGED);
  g_assert_true (steward_history_change_has_column (change, "description"));
  change = find_change (changes, ID (retired));
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_RETIRED);
  g_assert_null (find_change (changes, ID (untouched)));
  g_assert_null (find_change (changes, ID (too_late)));
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

  g_test_add_func ("/reviews/numbering", test_numbering);
  g_test_add_func ("/reviews/create/regular", test_create_regular);
  g_test_add_func ("/reviews/create/refused", test_create_refused);
  g_test_add_func ("/reviews/attendees", test_attendees);
  g_test_add_func ("/reviews/quorum", test_quorum);
  g_test_add_func ("/reviews/completeness", test_completeness);
  g_test_add_func ("/reviews/issue", test_issue);
  g_test_add_func ("/reviews/correction", test_correction);
  g_test_add_func ("/reviews/decisions", test_decisions);
  g_test_add_func ("/reviews/carry-over", test_carry_over);
  g_test_add_func ("/reviews/history-between-reviews", test_history_between_reviews);

  return g_test_run ();
}
