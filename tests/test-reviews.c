/* test-reviews.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rules of the management review (5.4): numbering, the agenda and
 * the attendees of a new meeting, the roster check and the quorum,
 * decisions that become follow-up items, their carry-over into the next
 * review, and the history of the registers between two reviews. The
 * minutes themselves are tested in test-review-minutes.c. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "logic/steward-follow-up.h"
#include "logic/steward-history.h"
#include "logic/steward-roster.h"
#include "model/steward-context-issue.h"
#include "test-reviews-org.h"

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

/* The agenda of an extraordinary meeting sorts as the standard's order,
 * the items chosen when it was made and those the editor adds later
 * alike. */
static void
test_agenda_positions (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = at ("2026-10-02T14:00:00+08:00");
  g_autoptr(StewardReview) review = new_review_at (STEWARD_REVIEW_EXTRAORDINARY, starts, org->convener, org->member);
  g_autoptr(StewardReviewItem) added = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const StewardAgendaItem chosen[] = { STEWARD_AGENDA_PARTIES, STEWARD_AGENDA_RISKS };
  const StewardAgendaItem expected[] = { STEWARD_AGENDA_ISSUES, STEWARD_AGENDA_PARTIES, STEWARD_AGENDA_RISKS };

  g_assert_true (steward_review_create (org->db, review, chosen, G_N_ELEMENTS (chosen), NULL, NULL, &error));
  g_assert_no_error (error);

  /* As the meeting's editor adds an item. */
  added = g_object_new (STEWARD_TYPE_REVIEW_ITEM,
                        "review-id", ID (review),
                        "item", STEWARD_AGENDA_ISSUES,
                        "position", (int) STEWARD_AGENDA_ISSUES,
                        NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (added), org->db, &error));
  g_assert_no_error (error);

  items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (items, i);

      g_assert_cmpint (steward_review_item_get_item (item), ==, expected[i]);
      g_assert_cmpint (steward_review_item_get_position (item), ==, (int) expected[i]);
    }
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

  /* The chosen items, once each, in the standard's order (as the wizard
   * and the minutes number them); those invited, once each. */
  g_array_remove_index (people, 1);
  g_array_append_val (people, org->team_member);
  g_array_append_val (people, org->member);
  g_assert_true (steward_review_create (org->db, review, chosen, G_N_ELEMENTS (chosen), people, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  items = load_of_review (org->db, STEWARD_TYPE_REVIEW_ITEM, review);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpint (steward_review_item_get_item (items->pdata[0]), ==, STEWARD_AGENDA_POLICY);
  g_assert_cmpint (steward_review_item_get_item (items->pdata[1]), ==, STEWARD_AGENDA_RISKS);
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
  g_test_add_func ("/reviews/create/agenda-positions", test_agenda_positions);
  g_test_add_func ("/reviews/attendees", test_attendees);
  g_test_add_func ("/reviews/quorum", test_quorum);
  g_test_add_func ("/reviews/decisions", test_decisions);
  g_test_add_func ("/reviews/carry-over", test_carry_over);
  g_test_add_func ("/reviews/history-between-reviews", test_history_between_reviews);

  return g_test_run ();
}
