/* test-context.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of the context logic: when the registers are due for their yearly
 * review (5.2) and the contacts for verification (5.5), the change
 * trigger, the scope's versions; the record history read back at a moment
 * and as changes between two moments; the context of the sample data.
 */

#include "config.h"

#include <locale.h>
#include <time.h>

#include <glib.h>

#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "logic/steward-history.h"
#include "logic/steward-sample-context.h"
#include "logic/steward-sample-data.h"
#include "model/steward-context-issue.h"
#include "model/steward-party.h"
#include "model/steward-party-requirement.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "store/steward-database.h"

#include "steward-test-util.h"

static GDate *
new_days_after (const GDate *date,
                guint        days)
{
  GDate *later = g_date_copy (date);

  g_date_add_days (later, days);

  return later;
}

static StewardRegisterStatus *
get_status (StewardDatabase *db,
            StewardRegister  reg,
            const GDate     *today)
{
  g_autoptr(GError) error = NULL;
  StewardRegisterStatus *status = steward_context_register_status (db, reg, today,
                                                                   STEWARD_CALENDAR_GREGORIAN, &error);

  g_assert_no_error (error);
  g_assert_nonnull (status);

  return status;
}

static void
mark_reviewed (StewardDatabase *db,
               StewardRegister  reg,
               const GDate     *on)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_context_mark_reviewed (db, reg, "林怡君", on, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
record_change (StewardDatabase   *db,
               const GDate       *on,
               StewardChangeKind  kind,
               const char        *description)
{
  g_autoptr(StewardOrgChange) change = g_object_new (STEWARD_TYPE_ORG_CHANGE,
                                                     "occurred-on", on,
                                                     "kind", kind,
                                                     "description", description,
                                                     NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_context_record_change (db, change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (change)), >, 0);
}

static void
test_never_reviewed (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) today = g_date_new_dmy (24, G_DATE_NOVEMBER, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) statuses = steward_context_register_statuses (t->db, today,
                                                                     STEWARD_CALENDAR_GREGORIAN, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (statuses->len, ==, 4);
  g_assert_cmpuint (steward_context_count_registers_due (statuses), ==, 4);

  for (guint i = 0; i < statuses->len; i++)
    {
      StewardRegisterStatus *status = g_ptr_array_index (statuses, i);
      gboolean due = FALSE;

      g_assert_cmpint (steward_register_status_get_register (status), ==, (StewardRegister)i);
      g_assert_true (steward_register_status_get_due (status));
      g_assert_cmpint (steward_register_status_get_due_reason (status), ==, STEWARD_REGISTER_NEVER_REVIEWED);
      g_assert_cmpstr (steward_register_status_get_reason (status), ==, "Never reviewed");
      g_assert_null (steward_register_status_get_last_review (status));
      g_assert_null (steward_register_status_get_last_reviewed_on (status));
      g_assert_null (steward_register_status_get_due_on (status));
      g_object_get (status, "due", &due, NULL);
      g_assert_true (due);
    }
}

static void
test_year_edge (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) reviewed = g_date_new_dmy (10, G_DATE_MARCH, 2025);
  g_autoptr(GDate) day_364 = new_days_after (reviewed, 364);
  g_autoptr(GDate) day_365 = new_days_after (reviewed, 365);
  g_autoptr(GDate) day_366 = new_days_after (reviewed, 366);
  g_autoptr(StewardRegisterStatus) before = NULL;
  g_autoptr(StewardRegisterStatus) same_day = NULL;
  g_autoptr(StewardRegisterStatus) after = NULL;
  g_autoptr(StewardRegisterStatus) roc = NULL;
  g_autoptr(StewardRegisterStatus) other = NULL;
  g_autoptr(StewardRegisterStatus) leap = NULL;
  g_autoptr(GDate) leap_day = g_date_new_dmy (29, G_DATE_FEBRUARY, 2024);
  g_autoptr(GDate) feb_27 = g_date_new_dmy (27, G_DATE_FEBRUARY, 2025);
  g_autoptr(GError) error = NULL;

  mark_reviewed (t->db, STEWARD_REGISTER_ISSUES, reviewed);

  before = get_status (t->db, STEWARD_REGISTER_ISSUES, day_364);
  g_assert_false (steward_register_status_get_due (before));
  g_assert_cmpint (steward_register_status_get_due_reason (before), ==, STEWARD_REGISTER_NOT_DUE);
  g_assert_cmpstr (steward_register_status_get_reason (before), ==,
                   "Reviewed on 2025-03-10; the next review is due by 2026-03-10");
  g_assert_cmpint (g_date_compare (steward_register_status_get_last_reviewed_on (before), reviewed), ==, 0);
  g_assert_cmpint (g_date_compare (steward_register_status_get_due_on (before), day_365), ==, 0);
  g_assert_cmpstr (steward_register_review_get_reviewer (steward_register_status_get_last_review (before)),
                   ==, "林怡君");

  /* The same calendar day a year later is due. */
  same_day = get_status (t->db, STEWARD_REGISTER_ISSUES, day_365);
  g_assert_true (steward_register_status_get_due (same_day));
  g_assert_cmpint (steward_register_status_get_due_reason (same_day), ==, STEWARD_REGISTER_YEAR_PASSED);

  after = get_status (t->db, STEWARD_REGISTER_ISSUES, day_366);
  g_assert_true (steward_register_status_get_due (after));
  g_assert_cmpint (steward_register_status_get_due_reason (after), ==, STEWARD_REGISTER_YEAR_PASSED);
  g_assert_cmpstr (steward_register_status_get_reason (after), ==,
                   "Last reviewed on 2025-03-10, more than a year ago");

  roc = steward_context_register_status (t->db, STEWARD_REGISTER_ISSUES, day_366, STEWARD_CALENDAR_ROC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_register_status_get_reason (roc), ==,
                   "Last reviewed on ROC 114-03-10, more than a year ago");

  /* The other registers have their own reviews. */
  other = get_status (t->db, STEWARD_REGISTER_CONTACTS, day_364);
  g_assert_cmpint (steward_register_status_get_due_reason (other), ==, STEWARD_REGISTER_NEVER_REVIEWED);

  /* A review on 29 February is due again on 28 February. */
  mark_reviewed (t->db, STEWARD_REGISTER_SCOPE, leap_day);
  leap = get_status (t->db, STEWARD_REGISTER_SCOPE, feb_27);
  g_assert_false (steward_register_status_get_due (leap));
  g_assert_cmpint (g_date_get_day (steward_register_status_get_due_on (leap)), ==, 28);
  g_assert_cmpint (g_date_get_month (steward_register_status_get_due_on (leap)), ==, G_DATE_FEBRUARY);
}

static void
test_change_trigger (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) reviewed = g_date_new_dmy (2, G_DATE_MARCH, 2026);
  g_autoptr(GDate) changed = new_days_after (reviewed, 10);
  g_autoptr(GDate) today = new_days_after (reviewed, 20);
  g_autoptr(GDate) later = new_days_after (reviewed, 40);
  g_autoptr(GDate) reviewed_again = new_days_after (reviewed, 30);
  g_autoptr(GDate) future = new_days_after (reviewed, 100);
  g_autoptr(GPtrArray) none_due = NULL;
  g_autoptr(GPtrArray) all_due = NULL;
  g_autoptr(GPtrArray) after_review = NULL;
  g_autoptr(GError) error = NULL;

  for (StewardRegister reg = STEWARD_REGISTER_ISSUES; reg <= STEWARD_REGISTER_SCOPE; reg++)
    mark_reviewed (t->db, reg, reviewed);

  /* A change on the day of the review is part of it; one still to come
   * does not count yet. */
  record_change (t->db, reviewed, STEWARD_CHANGE_NEW_BUSINESS, "新增數位學習平台業務");
  record_change (t->db, future, STEWARD_CHANGE_ORGANIZATIONAL_CHANGE, "預定之組織調整");
  none_due = steward_context_register_statuses (t->db, today, STEWARD_CALENDAR_GREGORIAN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steward_context_count_registers_due (none_due), ==, 0);

  record_change (t->db, changed, STEWARD_CHANGE_ORGANIZATIONAL_CHANGE, "資訊中心改制為數位發展處");
  all_due = steward_context_register_statuses (t->db, today, STEWARD_CALENDAR_GREGORIAN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steward_context_count_registers_due (all_due), ==, 4);
  for (guint i = 0; i < all_due->len; i++)
    {
      StewardRegisterStatus *status = g_ptr_array_index (all_due, i);

      g_assert_cmpint (steward_register_status_get_due_reason (status), ==, STEWARD_REGISTER_CHANGE_TRIGGER);
      g_assert_cmpstr (steward_register_status_get_reason (status), ==,
                       "A major organizational change on 2026-03-12 (資訊中心改制為數位發展處) calls for a review");
      g_assert_cmpstr (steward_org_change_get_description (steward_register_status_get_trigger (status)),
                       ==, "資訊中心改制為數位發展處");
      g_assert_cmpint (g_date_compare (steward_register_status_get_due_on (status), changed), ==, 0);
    }

  /* A review after the change clears it, for that register only. */
  mark_reviewed (t->db, STEWARD_REGISTER_ISSUES, reviewed_again);
  after_review = steward_context_register_statuses (t->db, later, STEWARD_CALENDAR_GREGORIAN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steward_context_count_registers_due (after_review), ==, 3);
  g_assert_false (steward_register_status_get_due (g_ptr_array_index (after_review, STEWARD_REGISTER_ISSUES)));
  g_assert_null (steward_register_status_get_trigger (g_ptr_array_index (after_review, STEWARD_REGISTER_ISSUES)));
  g_assert_true (steward_register_status_get_due (g_ptr_array_index (after_review, STEWARD_REGISTER_SCOPE)));

  /* A new business line says so. */
  {
    g_autoptr(GDate) opened = new_days_after (reviewed, 35);
    g_autoptr(StewardRegisterStatus) status = NULL;

    record_change (t->db, opened, STEWARD_CHANGE_NEW_BUSINESS, "承接校園資安監控中心");
    status = get_status (t->db, STEWARD_REGISTER_ISSUES, later);
    g_assert_cmpstr (steward_register_status_get_reason (status), ==,
                     "A new business line on 2026-04-06 (承接校園資安監控中心) calls for a review");
  }
}

static StewardContact *
new_contact (const GDate *verified)
{
  return g_object_new (STEWARD_TYPE_CONTACT,
                       "organization", "教育部資安通報應變中心",
                       "phone", "07-500-0001",
                       "purpose", STEWARD_CONTACT_INCIDENT_REPORTING,
                       "verified-on", verified,
                       NULL);
}

static void
test_contacts_due (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) today = g_date_new_dmy (24, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) year_ago = g_date_new_dmy (24, G_DATE_NOVEMBER, 2025);
  g_autoptr(GDate) day_after = g_date_new_dmy (25, G_DATE_NOVEMBER, 2025);
  g_autoptr(StewardContact) exactly = new_contact (year_ago);
  g_autoptr(StewardContact) within = new_contact (day_after);
  g_autoptr(StewardContact) never = new_contact (NULL);
  g_autoptr(StewardRecordList) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_contact_is_due (exactly, today));
  g_assert_false (steward_contact_is_due (within, today));
  g_assert_true (steward_contact_is_due (never, today));

  g_assert_true (steward_record_save (STEWARD_RECORD (exactly), t->db, &error));
  g_assert_true (steward_record_save (STEWARD_RECORD (within), t->db, &error));
  g_assert_true (steward_record_save (STEWARD_RECORD (never), t->db, &error));
  g_assert_no_error (error);

  list = steward_record_list_new (t->db, STEWARD_TYPE_CONTACT, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (steward_context_count_contacts_due (G_LIST_MODEL (list), today), ==, 2);
  g_assert_cmpuint (steward_context_count_contacts_due (G_LIST_MODEL (list), year_ago), ==, 1);
}

static void
test_mark_reviewed (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) on = g_date_new_dmy (30, G_DATE_JUNE, 2026);
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_JULY, 2026);
  g_autoptr(StewardRegisterStatus) status = NULL;
  StewardRegisterReview *review;
  g_autoptr(GError) error = NULL;

  /* A review that changed something says what. */
  g_assert_false (steward_context_mark_reviewed (t->db, STEWARD_REGISTER_PARTIES, "林怡君", on,
                                                 FALSE, NULL, NULL, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (steward_context_mark_reviewed (t->db, STEWARD_REGISTER_PARTIES, "  ", on,
                                                 TRUE, NULL, NULL, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (t->db, "register_review"), ==, 0);

  g_assert_true (steward_context_mark_reviewed (t->db, STEWARD_REGISTER_PARTIES, "林怡君", on, FALSE,
                                                "新增家長會為關注方", "提管理審查會議報告", &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (t->db, "register_review"), ==, 1);

  status = get_status (t->db, STEWARD_REGISTER_PARTIES, today);
  review = steward_register_status_get_last_review (status);
  g_assert_nonnull (review);
  g_assert_false (steward_register_status_get_due (status));
  g_assert_cmpint (steward_register_review_get_register (review), ==, STEWARD_REGISTER_PARTIES);
  g_assert_cmpint (g_date_compare (steward_register_review_get_reviewed_on (review), on), ==, 0);
  g_assert_false (steward_register_review_get_no_change (review));
  g_assert_cmpstr (steward_register_review_get_changes (review), ==, "新增家長會為關注方");
  g_assert_cmpstr (steward_register_review_get_note (review), ==, "提管理審查會議報告");
}

static void
save_scope (StewardDatabase *db,
            gint64           version,
            const GDate     *effective,
            const char      *statement)
{
  g_autoptr(StewardScopeVersion) scope = g_object_new (STEWARD_TYPE_SCOPE_VERSION,
                                                       "version", version,
                                                       "effective-from", effective,
                                                       "statement", statement,
                                                       "decision-ref", "113年第2次資訊安全委員會決議",
                                                       NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (scope), db, &error));
  g_assert_no_error (error);
}

static void
test_scope_versions (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 2024);
  g_autoptr(GDate) second = g_date_new_dmy (1, G_DATE_JUNE, 2025);
  g_autoptr(GDate) before = g_date_new_dmy (31, G_DATE_DECEMBER, 2023);
  g_autoptr(GDate) between = g_date_new_dmy (31, G_DATE_MAY, 2025);
  g_autoptr(StewardScopeVersion) none = NULL;
  g_autoptr(StewardScopeVersion) at_first = NULL;
  g_autoptr(StewardScopeVersion) at_second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (steward_context_next_scope_version (t->db, &error), ==, 1);
  g_assert_no_error (error);

  /* Saved out of order: the dates decide. */
  save_scope (t->db, 2, second, "核心機房服務");
  save_scope (t->db, 1, first, "全中心");
  g_assert_cmpint (steward_context_next_scope_version (t->db, &error), ==, 3);

  none = steward_context_scope_version_at (t->db, before, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  at_first = steward_context_scope_version_at (t->db, between, &error);
  g_assert_no_error (error);
  g_assert_nonnull (at_first);
  g_assert_cmpint (steward_scope_version_get_version (at_first), ==, 1);
  g_assert_cmpstr (steward_scope_version_get_statement (at_first), ==, "全中心");

  at_second = steward_context_scope_version_at (t->db, second, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_scope_version_get_version (at_second), ==, 2);
}

/* History */

/* A moment strictly between the writes before and after it. */
static GDateTime *
new_mark (void)
{
  GDateTime *mark;

  g_usleep (3000);
  mark = g_date_time_new_now_utc ();
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
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (issue), db, &error));
  g_assert_no_error (error);

  return issue;
}

static void
save_record (StewardDatabase *db,
             gpointer         record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (record, db, &error));
  g_assert_no_error (error);
}

static void
delete_record (StewardDatabase *db,
               gpointer         record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_delete (record, db, &error));
  g_assert_no_error (error);
}

static JsonObject *
state_at (StewardDatabase *db,
          const char      *table,
          gint64           id,
          GDateTime       *at)
{
  g_autoptr(GError) error = NULL;
  JsonObject *state = steward_history_state_at (db, table, id, at, &error);

  g_assert_no_error (error);

  return state;
}

static void
test_history_state_at (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDateTime) before_all = new_mark ();
  g_autoptr(StewardContextIssue) issue = save_new_issue (t->db, "勒索軟體攻擊趨勢");
  gint64 id = steward_record_get_id (STEWARD_RECORD (issue));
  g_autoptr(GDateTime) created = new_mark ();
  g_autoptr(GDateTime) changed = NULL;
  g_autoptr(GDateTime) deleted = NULL;
  g_autoptr(JsonObject) nothing = NULL;
  g_autoptr(JsonObject) first = NULL;
  g_autoptr(JsonObject) second = NULL;
  g_autoptr(JsonObject) gone = NULL;

  g_object_set (issue,
                "description", "勒索軟體攻擊趨勢：雙重勒索增加",
                "status", STEWARD_ISSUE_STATUS_MONITORED,
                NULL);
  save_record (t->db, issue);
  changed = new_mark ();
  delete_record (t->db, issue);
  deleted = new_mark ();

  nothing = state_at (t->db, "context_issue", id, before_all);
  g_assert_null (nothing);

  first = state_at (t->db, "context_issue", id, created);
  g_assert_nonnull (first);
  g_assert_cmpint (json_object_get_int_member (first, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (first, "description"), ==, "勒索軟體攻擊趨勢");
  g_assert_cmpstr (json_object_get_string_member (first, "status"), ==, "open");
  g_assert_cmpstr (json_object_get_string_member (first, "identified_on"), ==, "2026-03-02");

  second = state_at (t->db, "context_issue", id, changed);
  g_assert_nonnull (second);
  g_assert_cmpstr (json_object_get_string_member (second, "description"), ==, "勒索軟體攻擊趨勢：雙重勒索增加");
  g_assert_cmpstr (json_object_get_string_member (second, "status"), ==, "monitored");

  gone = state_at (t->db, "context_issue", id, deleted);
  g_assert_null (gone);

  /* Another table, or another row, has no such past. */
  g_assert_null (steward_history_state_at (t->db, "party", id, changed, NULL));
  g_assert_null (steward_history_state_at (t->db, "context_issue", id + 1, changed, NULL));
}

static const StewardHistoryChange *
find_change (GPtrArray *changes,
             gint64     row_id)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const StewardHistoryChange *change = g_ptr_array_index (changes, i);

      if (change->row_id == row_id)
        return change;
    }

  return NULL;
}

static GPtrArray *
changes_between (StewardDatabase *db,
                 const char      *table,
                 GDateTime       *from,
                 GDateTime       *to)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = steward_history_changes (db, table, from, to, &error);

  g_assert_no_error (error);
  g_assert_nonnull (changes);

  return changes;
}

#define ID(record) steward_record_get_id (STEWARD_RECORD (record))

static void
test_history_changes (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardContextIssue) changed = save_new_issue (t->db, "生成式AI使用風險");
  g_autoptr(StewardContextIssue) retired = save_new_issue (t->db, "Windows 7 停止支援");
  g_autoptr(StewardContextIssue) deleted = save_new_issue (t->db, "重複登錄之議題");
  g_autoptr(StewardContextIssue) restored = save_new_issue (t->db, "雲端服務採用");
  g_autoptr(StewardContextIssue) added = NULL;
  g_autoptr(StewardContextIssue) fleeting = NULL;
  g_autoptr(StewardParty) party = g_object_new (STEWARD_TYPE_PARTY, "name", "委外廠商", NULL);
  g_autoptr(StewardPartyRequirement) requirement = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) from_start = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autoptr(GPtrArray) after_end = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GDate) retired_on = g_date_new_dmy (1, G_DATE_NOVEMBER, 2026);
  const StewardHistoryChange *change;

  save_record (t->db, party);
  requirement = g_object_new (STEWARD_TYPE_PARTY_REQUIREMENT,
                              "party-id", ID (party),
                              "text", "遠端維護須申請",
                              NULL);
  save_record (t->db, requirement);

  start = new_mark ();

  g_object_set (changed, "description", "生成式AI使用風險：公務資料外洩", NULL);
  save_record (t->db, changed);
  g_object_set (retired, "status", STEWARD_ISSUE_STATUS_RETIRED, "notes", "端點已汰換", NULL);
  save_record (t->db, retired);
  delete_record (t->db, deleted);
  /* Deleted and restored (undo): as it was, so not a change. */
  delete_record (t->db, restored);
  g_assert_true (steward_record_restore (STEWARD_RECORD (restored), t->db, NULL));
  added = save_new_issue (t->db, "零信任架構");
  g_object_set (added, "effect", "須規劃身分鑑別", NULL);
  save_record (t->db, added);
  fleeting = save_new_issue (t->db, "誤登之議題");
  delete_record (t->db, fleeting);
  g_object_set (requirement, "retired-on", retired_on, NULL);
  save_record (t->db, requirement);

  end = new_mark ();

  /* After the window: not counted. */
  g_object_set (changed, "description", "生成式AI使用風險（第三版）", NULL);
  save_record (t->db, changed);
  later = new_mark ();

  changes = changes_between (t->db, "context_issue", start, end);
  g_assert_cmpuint (changes->len, ==, 4);
  /* By row id. */
  for (guint i = 1; i < changes->len; i++)
    g_assert_cmpint (((StewardHistoryChange *)changes->pdata[i - 1])->row_id, <,
                     ((StewardHistoryChange *)changes->pdata[i])->row_id);

  change = find_change (changes, ID (changed));
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_CHANGED);
  g_assert_cmpstr (json_object_get_string_member (change->before, "description"), ==, "生成式AI使用風險");
  g_assert_cmpstr (json_object_get_string_member (change->after, "description"), ==,
                   "生成式AI使用風險：公務資料外洩");
  g_assert_cmpuint (g_strv_length (change->changed), ==, 1);
  g_assert_cmpstr (change->changed[0], ==, "description");
  g_assert_nonnull (change->at);
  g_assert_cmpint (g_date_time_compare (change->at, start), >, 0);
  g_assert_cmpint (g_date_time_compare (change->at, end), <=, 0);
  g_assert_nonnull (change->user_name);

  change = find_change (changes, ID (retired));
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_RETIRED);
  g_assert_true (steward_history_change_has_column (change, "status"));
  g_assert_true (steward_history_change_has_column (change, "notes"));
  g_assert_false (steward_history_change_has_column (change, "description"));

  change = find_change (changes, ID (deleted));
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_DELETED);
  g_assert_nonnull (change->before);
  g_assert_null (change->after);
  g_assert_cmpstr (json_object_get_string_member (change->before, "description"), ==, "重複登錄之議題");

  change = find_change (changes, ID (added));
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_ADDED);
  g_assert_null (change->before);
  g_assert_cmpstr (json_object_get_string_member (change->after, "effect"), ==, "須規劃身分鑑別");
  g_assert_cmpuint (g_strv_length (change->changed), ==, 0);

  g_assert_null (find_change (changes, ID (restored)));
  g_assert_null (find_change (changes, ID (fleeting)));

  /* A copy is as good as the original. */
  {
    g_autoptr(StewardHistoryChange) copy = steward_history_change_copy (change);

    g_assert_cmpint (copy->kind, ==, STEWARD_HISTORY_ADDED);
    g_assert_cmpstr (json_object_get_string_member (copy->after, "description"), ==, "零信任架構");
  }

  /* A requirement whose retired_on was set is retired. */
  requirements = changes_between (t->db, "party_requirement", start, end);
  g_assert_cmpuint (requirements->len, ==, 1);
  change = g_ptr_array_index (requirements, 0);
  g_assert_cmpint (change->row_id, ==, ID (requirement));
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_RETIRED);
  g_assert_cmpstr (change->changed[0], ==, "retired_on");

  /* From the beginning: everything there at the start is new. */
  from_start = changes_between (t->db, "context_issue", NULL, start);
  g_assert_cmpuint (from_start->len, ==, 4);
  for (guint i = 0; i < from_start->len; i++)
    g_assert_cmpint (((StewardHistoryChange *)from_start->pdata[i])->kind, ==, STEWARD_HISTORY_ADDED);
  change = find_change (from_start, ID (changed));
  g_assert_cmpstr (json_object_get_string_member (change->after, "description"), ==, "生成式AI使用風險");

  /* The window excludes its start and includes its end. */
  after_end = changes_between (t->db, "context_issue", end, later);
  g_assert_cmpuint (after_end->len, ==, 1);
  change = g_ptr_array_index (after_end, 0);
  g_assert_cmpint (change->row_id, ==, ID (changed));
  g_assert_cmpint (change->kind, ==, STEWARD_HISTORY_CHANGED);
  g_assert_cmpstr (json_object_get_string_member (change->before, "description"), ==,
                   "生成式AI使用風險：公務資料外洩");
  nothing = changes_between (t->db, "context_issue", later, later);
  g_assert_cmpuint (nothing->len, ==, 0);

  g_assert_cmpstr (steward_history_change_kind_to_string (STEWARD_HISTORY_RETIRED), ==, "Retired");
}

/* Sample data */

static void
test_sample_small (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardTestDb) again = steward_test_db_new ();
  g_autoptr(GDate) today = NULL;
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(StewardRecordList) contacts = NULL;
  g_autoptr(StewardScopeVersion) scope = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *dump_again = NULL;
  static const char *dump_sql =
    "SELECT group_concat (category || description || source_ref || status || identified_on, ';') "
    "FROM (SELECT * FROM context_issue ORDER BY id)";
  /* Checked in SQL, from the columns themselves. */
  static const struct { const char *sql; gint64 min, max; } expected[] = {
    { "SELECT count (*) FROM context_issue", 18, 24 },
    { "SELECT count (*) FROM context_issue WHERE status = 'retired'", 2, 2 },
    { "SELECT count (*) FROM context_issue WHERE status = 'monitored'", 3, 24 },
    { "SELECT count (*) FROM context_issue WHERE scope = 'internal'", 5, 24 },
    { "SELECT count (*) FROM context_issue WHERE scope = 'external'", 10, 24 },
    { "SELECT count (DISTINCT category) FROM context_issue", 15, 15 },
    { "SELECT count (*) FROM context_issue WHERE source_ref LIKE '%資訊安全委員會決議'", 5, 24 },
    { "SELECT count (*) FROM context_issue WHERE source_ref LIKE '%號函'", 5, 24 },
    { "SELECT count (*) FROM context_issue WHERE identified_on > date ('now', 'localtime')", 0, 0 },
    { "SELECT count (*) FROM party", 10, 10 },
    { "SELECT count (*) FROM party p WHERE (SELECT count (*) FROM party_requirement r "
      "WHERE r.party_id = p.id) BETWEEN 1 AND 3", 10, 10 },
    { "SELECT count (DISTINCT party_id) FROM party_feedback", 5, 10 },
    { "SELECT count (*) FROM party_requirement WHERE addressed_by IS NULL", 0, 0 },
    { "SELECT count (*) FROM party_requirement WHERE retired_on IS NOT NULL", 1, 1 },
    { "SELECT count (*) FROM party_feedback WHERE responded_on < received_on", 0, 0 },
    { "SELECT count (*) FROM contact", 15, 15 },
    { "SELECT count (*) FROM contact WHERE email IS NOT NULL AND email NOT LIKE '%example%'", 0, 0 },
    { "SELECT count (*) FROM register_review", 4, 4 },
    { "SELECT count (DISTINCT register) FROM register_review", 4, 4 },
    /* One reorganization, before the reviews that took it in. */
    { "SELECT count (*) FROM org_change", 1, 1 },
    { "SELECT count (*) FROM org_change WHERE occurred_on < (SELECT min (reviewed_on) FROM register_review)", 1, 1 },
    { "SELECT count (*) FROM scope_version", 2, 2 },
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
  sqlite3_close (raw);

  /* Nothing due on the Overview but the contacts not verified for a year. */
  statuses = steward_context_register_statuses (t->db, today, STEWARD_CALENDAR_GREGORIAN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steward_context_count_registers_due (statuses), ==, 0);

  contacts = steward_record_list_new (t->db, STEWARD_TYPE_CONTACT, NULL);
  g_assert_cmpuint (steward_context_count_contacts_due (G_LIST_MODEL (contacts), today), >=, 2);
  g_assert_cmpuint (steward_context_count_contacts_due (G_LIST_MODEL (contacts), today), <=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (contacts)); i++)
    {
      g_autoptr(StewardContact) contact = g_list_model_get_item (G_LIST_MODEL (contacts), i);
      g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (contact));

      g_assert_cmpuint (problems->len, ==, 0);
    }

  scope = steward_context_scope_version_at (t->db, today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (scope);
  g_assert_cmpint (steward_scope_version_get_version (scope), ==, 2);
  g_assert_cmpint (steward_context_next_scope_version (t->db, NULL), ==, 3);

  /* The same every time. */
  g_assert_true (steward_sample_data_fill (again->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);
  dump = steward_test_raw_text (raw, dump_sql);
  sqlite3_close (raw);
  raw = steward_test_raw_open (again->path, SQLITE_OPEN_READONLY);
  dump_again = steward_test_raw_text (raw, dump_sql);
  sqlite3_close (raw);
  g_assert_cmpstr (dump, ==, dump_again);
}

static gboolean
fill_context_cb (StewardDatabase  *db,
                 gpointer          user_data,
                 GError          **error)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  return steward_sample_context_fill (db, TRUE, today, user_data, error);
}

static void
test_sample_large (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardPerson) ciso = steward_person_new ();
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started;
  double seconds;
  sqlite3 *raw;

  g_object_set (ciso, "name", "林怡君", "unit", "資訊安全組", "title", "組長", NULL);
  g_ptr_array_add (people, g_object_ref (ciso));

  /* The context alone, in one transaction: what it adds to a large fill. */
  started = g_get_monotonic_time ();
  g_assert_true (steward_database_transaction (t->db, fill_context_cb, people, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - started) / (double)G_USEC_PER_SEC;

  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM context_issue"), ==, 3000);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM context_issue WHERE status = 'retired'"), >, 100);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM party"), ==, 300);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM party_requirement"), ==, 900);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM party_feedback"), ==, 1500);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM contact"), ==, 2000);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM register_review"), ==, 40);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM register_review WHERE reviewer = '林怡君'"), ==, 40);
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (DISTINCT version) FROM scope_version"), ==, 5);
  /* Every row written through the records, with its history. */
  g_assert_cmpint (steward_test_raw_int (raw, "SELECT count (*) FROM history WHERE table_name = 'contact'"), ==, 2000);
  sqlite3_close (raw);
  g_test_message ("Large sample context (3000 issues, 300 parties with 900 requirements and 1500 "
                  "feedback, 2000 contacts, 40 reviews) filled in %.2f s", seconds);

  /* Ten years of reviews, the last within the year. */
  statuses = steward_context_register_statuses (t->db, today, STEWARD_CALENDAR_GREGORIAN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steward_context_count_registers_due (statuses), ==, 0);
}

/* The numbers of an external contacts list: short service numbers, desks
 * with extensions, numbers abroad; and what cannot be one. */
static void
test_phone_numbers (void)
{
  const char * const good[] = { "110", "165", "1911", "0800-000-111", "(02) 2720-8889 #123",
                                "02-2720-8889 轉 501", "+886 2 2720 8889", "02-2720-8889 ext. 12" };
  const char * const bad[] = { "call me", "12", "02-2720-8889 or 0912", "電話", "02_2720_8889",
                               "123456789012345678901" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (steward_contact_phone_is_valid (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (steward_contact_phone_is_valid (bad[i]));

  g_assert_true (steward_contact_email_is_valid ("soc@example.gov.tw"));
  g_assert_false (steward_contact_email_is_valid ("soc at example"));
  g_assert_false (steward_contact_email_is_valid ("soc@example"));
  g_assert_false (steward_contact_email_is_valid ("a@b@example.tw"));
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

  g_test_add_func ("/context/contact/phone-numbers", test_phone_numbers);
  g_test_add_func ("/context/due/never-reviewed", test_never_reviewed);
  g_test_add_func ("/context/due/year-edge", test_year_edge);
  g_test_add_func ("/context/due/change-trigger", test_change_trigger);
  g_test_add_func ("/context/contacts-due", test_contacts_due);
  g_test_add_func ("/context/mark-reviewed", test_mark_reviewed);
  g_test_add_func ("/context/scope-versions", test_scope_versions);
  g_test_add_func ("/history/state-at", test_history_state_at);
  g_test_add_func ("/history/changes", test_history_changes);
  g_test_add_func ("/sample-context/small", test_sample_small);
  g_test_add_func ("/sample-context/large", test_sample_large);

  return g_test_run ();
}
