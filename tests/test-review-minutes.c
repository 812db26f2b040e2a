/* test-review-minutes.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The minutes of a management review under document control (5.4.3):
 * what keeps them from being issued, issuing them, the database's
 * refusal to change issued minutes and what they show, whoever asks,
 * and corrections as new versions. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <sqlite3.h>

#include "test-reviews-org.h"

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

int
main (int   argc,
      char *argv[])
{
  /* A fixed local time zone (UTC+8, POSIX form, no tzdata needed). */
  setlocale (LC_ALL, "C");
  g_setenv ("TZ", "CST-8", TRUE);
  tzset ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reviews/completeness", test_completeness);
  g_test_add_func ("/reviews/issue", test_issue);
  g_test_add_func ("/reviews/correction", test_correction);

  return g_test_run ();
}
