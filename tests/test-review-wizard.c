/* test-review-wizard.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The review wizard in a real window on a temporary database: a regular
 * review after an earlier one, with a context issue added between them
 * and an action of the earlier one still open. The walk goes from the
 * first page to the summary with Next, writes every agenda item up (one
 * as "nothing to report" with its reason), adds a decision with an
 * action (refused without an owner, with the typing kept), finds the gap
 * of the item left empty on the summary and goes to it, fills it, and
 * issues the minutes: issued with their SHA-256, the wizard read-only.
 * Closed half-way, a second review reopens with what was typed, on the
 * page it was left on. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT). In English by default; with LANGUAGE=zh_TW
 * LANG=zh_TW.UTF-8 in Traditional Chinese. Runs under xvfb-run. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-review.h"
#include "model/steward-action-item.h"
#include "model/steward-body.h"
#include "model/steward-context-issue.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "steward-test-util.h"
#include "views/reviews/steward-review-decisions.h"
#include "views/reviews/steward-review-item-page.h"
#include "views/reviews/steward-review-summary-page.h"
#include "views/reviews/steward-review-wizard.h"
#include "widgets/steward-date-row.h"

#define ID(record) steward_record_get_id (STEWARD_RECORD (record))

static const char *language;

typedef struct
{
  StewardTestDb *t;
  StewardDatabase *db;
  GSettings *settings;
  gint64 convener;
  gint64 member;
  gint64 other;
  StewardReview *earlier;
  StewardReview *review;
  GtkWindow *wizard;
} Fixture;

static void
save (StewardDatabase *db,
      gpointer         record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (record, db, &error));
  g_assert_no_error (error);
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(StewardPerson) person = g_object_new (STEWARD_TYPE_PERSON, "name", name, NULL);

  save (f->db, person);

  return ID (person);
}

static void
add_member (Fixture     *f,
            gint64       person_id,
            gint64       body_id,
            StewardRole  role)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2025);
  g_autoptr(StewardMembership) membership = steward_membership_new (person_id, body_id, role, start);

  save (f->db, membership);
}

static StewardReview *
create_review (Fixture   *f,
               GDateTime *starts)
{
  StewardReview *review = g_object_new (STEWARD_TYPE_REVIEW,
                                        "kind", STEWARD_REVIEW_REGULAR,
                                        "title", "管理審查會議",
                                        "starts-at", starts,
                                        "place", "第一會議室",
                                        "chair-id", f->convener,
                                        "secretary-id", f->member,
                                        NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_review_create (f->db, review, NULL, 0, NULL, problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((StewardProblem *) g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, 0);

  return review;
}

static void
add_issue (Fixture    *f,
           const char *description)
{
  g_autoptr(GDate) identified = g_date_new_dmy (2, G_DATE_OCTOBER, 2026);
  g_autoptr(StewardContextIssue) issue = g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                                                       "scope", STEWARD_SCOPE_EXTERNAL,
                                                       "category", STEWARD_ISSUE_LEGAL_REGULATORY,
                                                       "description", description,
                                                       "identified-on", identified,
                                                       NULL);

  save (f->db, issue);
}

/* A committee of three; an earlier review whose action is still open; a
 * context issue added since; the review of next week. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) earlier_at = g_date_time_new_from_iso8601 ("2026-03-10T09:30:00+08:00", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 7);
  g_autoptr(GDate) due = g_date_new_dmy (30, G_DATE_JUNE, 2026);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autoptr(StewardBody) committee = NULL;
  g_autoptr(GError) error = NULL;

  f->t = steward_test_db_new ();
  f->db = f->t->db;
  steward_database_set_user_name (f->db, "王大明");
  f->settings = g_settings_new (APP_ID);
  g_settings_reset (f->settings, "calendar");

  committee = g_object_new (STEWARD_TYPE_BODY, "kind", STEWARD_BODY_COMMITTEE, "name", "資訊安全委員會", NULL);
  save (f->db, committee);
  f->convener = add_person (f, "王大明");
  f->member = add_person (f, "李小華");
  f->other = add_person (f, "陳志強");
  add_member (f, f->convener, ID (committee), STEWARD_ROLE_CONVENER);
  add_member (f, f->member, ID (committee), STEWARD_ROLE_MEMBER);
  add_member (f, f->other, ID (committee), STEWARD_ROLE_MEMBER);
  g_settings_set_int64 (f->settings, "my-person-id", f->convener);

  f->earlier = create_review (f, earlier_at);
  decision = steward_review_add_decision (f->db, f->earlier, STEWARD_AGENDA_RISKS, "更新風險評鑑方法",
                                          f->other, due, problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (decision);
  g_assert_cmpint (steward_review_decision_get_action_id (decision), >, 0);

  add_issue (f, "資通安全管理法修正");

  f->review = create_review (f, next_week);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->wizard != NULL)
    gtk_window_destroy (f->wizard);
  steward_test_iterate (50);
  g_settings_reset (f->settings, "my-person-id");
  g_clear_object (&f->settings);
  g_clear_object (&f->earlier);
  g_clear_object (&f->review);
  g_clear_pointer (&f->t, steward_test_db_free);
}

static StewardReviewWizard *
open_wizard (Fixture *f)
{
  f->wizard = steward_review_wizard_new (NULL, f->db, ID (f->review));
  gtk_window_present (f->wizard);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->wizard));
  steward_test_iterate (50);

  return STEWARD_REVIEW_WIZARD (f->wizard);
}

static void
close_wizard (Fixture *f)
{
  gtk_window_close (f->wizard);
  steward_test_iterate (50);
  f->wizard = NULL;
}

static void
save_png (Fixture    *f,
          const char *name)
{
  steward_test_save_png (GTK_WIDGET (f->wizard), "review-wizard", name, language);
}

static StewardReviewItem *
load_item (Fixture           *f,
           StewardAgendaItem  agenda)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) items = NULL;

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, ID (f->review));
  steward_query_where_string (query, "item", STEWARD_QUERY_EQUAL, steward_agenda_item_get_nick (agenda));
  items = steward_test_load_all (f->db, STEWARD_TYPE_REVIEW_ITEM, query);
  g_assert_cmpuint (items->len, ==, 1);

  return g_object_ref (g_ptr_array_index (items, 0));
}

static GtkWidget *
current_page (StewardReviewWizard *wizard)
{
  return steward_review_wizard_get_page_widget (wizard, steward_review_wizard_get_page (wizard));
}

static void
write_item (GtkWidget  *page,
            const char *discussion,
            const char *conclusion)
{
  steward_test_type_into (steward_test_template_child (page, "discussion_view"), discussion);
  steward_test_type_into (steward_test_template_child (page, "conclusion_view"), conclusion);
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  steward_test_iterate (30);
}

/* The decision form of @page: first without an owner (refused, the text
 * kept), then with one and a due date. */
static void
add_decision_with_action (Fixture   *f,
                          GtkWidget *page)
{
  GtkWidget *decisions = steward_test_template_child (page, "decisions");
  GtkWidget *text_row = steward_test_must_find_named (decisions, "decision_text_row");
  GtkWidget *owner_row = steward_test_must_find_named (decisions, "decision_owner_row");
  GtkWidget *due_row = steward_test_must_find_named (decisions, "decision_due_row");
  GtkWidget *owner_error = steward_test_must_find_named (decisions, "decision_owner_error");
  g_autoptr(GDate) due = g_date_new_dmy (31, G_DATE_MARCH, 2027);
  gint64 n_actions = steward_test_count_rows (f->db, "action_item");

  steward_test_type_into (text_row, "修訂資訊安全政策並公告");
  gtk_switch_set_active (steward_test_must_find_named (decisions, "decision_action_switch"), TRUE);
  g_assert_true (gtk_widget_get_visible (owner_row));
  click (steward_test_must_find_named (decisions, "decision_add_button"));

  g_assert_true (gtk_widget_is_visible (owner_error));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (owner_error)), !=, "");
  g_assert_true (gtk_widget_has_css_class (owner_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_row)), ==, "修訂資訊安全政策並公告");
  g_assert_cmpint (steward_test_count_rows (f->db, "review_decision"), ==, 1);
  g_assert_cmpint (steward_test_count_rows (f->db, "action_item"), ==, n_actions);

  adw_combo_row_set_selected (ADW_COMBO_ROW (owner_row), 2);
  steward_date_row_set_date (STEWARD_DATE_ROW (due_row), due);
  click (steward_test_must_find_named (decisions, "decision_add_button"));

  g_assert_false (gtk_widget_is_visible (owner_error));
  g_assert_cmpint (steward_test_count_rows (f->db, "review_decision"), ==, 2);
  g_assert_cmpint (steward_test_count_rows (f->db, "action_item"), ==, n_actions + 1);
  g_assert_cmpuint (steward_review_decisions_get_n_items (STEWARD_REVIEW_DECISIONS (decisions)), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_row)), ==, "");
}

/* Whether a label under @widget shows @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL &&
      strstr (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;

  return FALSE;
}

/* How many shown labels under @widget show @text: the same data twice
 * counts twice. */
static guint
count_text (GtkWidget  *widget,
            const char *text)
{
  guint n = 0;

  if (!gtk_widget_get_visible (widget))
    return 0;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    n++;
  if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL &&
      strstr (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) != NULL)
    n++;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_text (c, text);

  return n;
}

/* The message dialog the wizard has just opened, which offers @response. */
static GtkWidget *
find_message_dialog (const char *response)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        adw_message_dialog_has_response (l->data, response))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  return dialog;
}

static void
test_walk (Fixture       *f,
           gconstpointer  data)
{
  StewardReviewWizard *wizard = open_wizard (f);
  StewardReviewSummaryPage *summary;
  g_autoptr(StewardReviewItem) stored = NULL;
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autoptr(StewardReview) reloaded = NULL;
  StewardReviewWizard *again;
  GtkWidget *dialog = NULL;
  GtkWidget *page;
  guint n_pages = 1;

  g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, STEWARD_REVIEW_PAGE_MEETING);
  g_assert_true (steward_review_wizard_is_editable (wizard));
  g_assert_cmpint (steward_review_wizard_get_page_state (wizard, STEWARD_REVIEW_PAGE_MEETING), ==,
                   STEWARD_PAGE_STATE_DONE);
  save_png (f, "meeting");

  /* From the first page to the summary with Next. */
  while (g_strcmp0 (steward_review_wizard_get_page (wizard), STEWARD_REVIEW_PAGE_SUMMARY) != 0)
    {
      const char *key;

      steward_test_activate (wizard, "wizard.next");
      n_pages++;
      g_assert_cmpuint (n_pages, <=, 11);
      key = steward_review_wizard_get_page (wizard);
      page = current_page (wizard);
      g_assert_true (gtk_widget_get_mapped (page));

      if (!STEWARD_IS_REVIEW_ITEM_PAGE (page))
        continue;

      g_assert_cmpint (steward_review_wizard_get_page_state (wizard, key), ==, STEWARD_PAGE_STATE_MISSING);
      if (g_str_equal (key, "feedback"))
        {
          GtkWidget *reason_row = steward_test_template_child (page, "reason_row");

          gtk_switch_set_active (steward_test_template_child (page, "nothing_switch"), TRUE);
          steward_test_iterate (20);
          /* The reason is asked for beside its field. */
          g_assert_true (steward_test_is_shown (steward_test_template_child (page, "reason_error_row")));
          g_assert_cmpint (steward_review_wizard_get_page_state (wizard, key), ==, STEWARD_PAGE_STATE_MISSING);
          steward_test_type_into (reason_row, "本期間未收到關注方回饋");
          g_assert_false (steward_test_is_shown (steward_test_template_child (page, "reason_error_row")));
          g_assert_cmpint (steward_review_wizard_get_page_state (wizard, key), ==, STEWARD_PAGE_STATE_NOTHING);
        }
      else if (!g_str_equal (key, "improvement"))
        {
          write_item (page, "討論內容", "結論內容");
          g_assert_cmpint (steward_review_wizard_get_page_state (wizard, key), ==, STEWARD_PAGE_STATE_DONE);
        }

      if (g_str_equal (key, "policy"))
        {
          save_png (f, "item");
          add_decision_with_action (f, page);
          save_png (f, "item-decisions");
        }
      else if (g_str_equal (key, "previous-actions"))
        {
          GtkWidget *list = steward_test_must_find_named (page, "previous_actions");

          g_assert_true (steward_test_is_shown (list));
          /* The open action once: in the live list, where it is updated,
           * not also in the minutes' table of open actions. */
          g_assert_cmpuint (count_text (page, "更新風險評鑑方法"), ==, 1);
          g_assert_cmpuint (count_text (list, "更新風險評鑑方法"), ==, 1);
          save_png (f, "previous-actions");
        }
      else if (g_str_equal (key, "performance"))
        save_png (f, "performance");
    }
  /* Meeting, eight items, decisions, summary. */
  g_assert_cmpuint (n_pages, ==, 11);
  g_assert_false (gtk_widget_is_sensitive (steward_test_template_child (wizard, "next_button")));

  /* Saved after the pause in typing, through the record. */
  stored = load_item (f, STEWARD_AGENDA_POLICY);
  g_assert_cmpstr (steward_review_item_get_discussion (stored), ==, "討論內容");
  g_clear_object (&stored);
  stored = load_item (f, STEWARD_AGENDA_FEEDBACK);
  g_assert_true (steward_review_item_get_nothing_to_report (stored));
  g_assert_cmpstr (steward_review_item_get_reason (stored), ==, "本期間未收到關注方回饋");

  /* The item left empty is a gap, and Go To jumps to it. */
  summary = STEWARD_REVIEW_SUMMARY_PAGE (current_page (wizard));
  g_assert_cmpuint (steward_review_summary_page_get_n_gaps (summary), ==, 1);
  g_assert_false (gtk_widget_is_sensitive (steward_test_template_child (summary, "issue_button")));
  click (steward_test_must_find_named (summary, "gap_go_to_button"));
  g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, "improvement");
  write_item (current_page (wizard), "持續改善機會", "列入下年度計畫");

  g_assert_true (steward_review_wizard_show_page (wizard, STEWARD_REVIEW_PAGE_SUMMARY));
  steward_test_iterate (50);
  g_assert_cmpuint (steward_review_summary_page_get_n_gaps (summary), ==, 0);
  g_assert_true (steward_test_is_shown (steward_test_must_find_named (summary, "ready_row")));
  g_assert_cmpuint (steward_review_summary_page_get_n_pages (summary), >=, 2);
  g_assert_cmpint (steward_review_wizard_get_page_state (wizard, STEWARD_REVIEW_PAGE_SUMMARY), ==,
                   STEWARD_PAGE_STATE_DONE);
  save_png (f, "summary");

  /* Issue: who issues is asked, prefilled with "You are". */
  steward_test_activate (summary, "summary.issue");
  dialog = find_message_dialog ("issue");
  g_assert_cmpstr (gtk_editable_get_text (steward_test_must_find_named (dialog, "issuer_entry")), ==, "王大明");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "issue");
  /* As its button does. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  steward_test_iterate (100);

  minutes = steward_review_get_latest_minutes (f->db, ID (f->review), NULL);
  g_assert_nonnull (minutes);
  g_assert_cmpint (steward_minutes_get_status (minutes), ==, STEWARD_MINUTES_ISSUED);
  g_assert_cmpstr (steward_minutes_get_issued_by (minutes), ==, "王大明");
  g_assert_cmpuint (strlen (steward_minutes_get_pdf_sha256 (minutes)), ==, 64);
  g_assert_true (steward_test_is_shown (steward_test_template_child (summary, "sha_label")));
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (summary, "sha_label")), ==,
                   steward_minutes_get_pdf_sha256 (minutes));

  /* Read-only everywhere, with the banner that says how to change it. */
  g_assert_false (steward_review_wizard_is_editable (wizard));
  g_assert_true (steward_test_is_shown (steward_test_template_child (wizard, "banner")));
  g_assert_nonnull (strstr (gtk_label_get_label (steward_test_template_child (wizard, "banner_label")), "王大明"));
  g_assert_false (gtk_widget_is_sensitive (steward_test_template_child (summary, "issue_button")));
  save_png (f, "issued");
  g_assert_true (steward_review_wizard_show_page (wizard, "previous-actions"));
  steward_test_iterate (50);
  g_assert_null (steward_test_find_named (current_page (wizard), "previous_actions"));
  g_assert_cmpuint (count_text (current_page (wizard), "更新風險評鑑方法"), ==, 1);
  save_png (f, "previous-actions-issued");
  page = steward_review_wizard_get_page_widget (wizard, "policy");
  g_assert_false (gtk_text_view_get_editable (steward_test_template_child (page, "discussion_view")));
  g_assert_false (gtk_widget_is_sensitive (steward_test_template_child (page, "nothing_switch")));
  g_assert_false (gtk_widget_is_visible (steward_test_must_find_named (page, "decision_add_button")));
  /* Opened again, issued minutes show the data they were issued with. */
  add_issue (f, "發布後才登錄的議題");
  again = STEWARD_REVIEW_WIZARD (steward_review_wizard_new (NULL, f->db, ID (f->review)));
  gtk_window_present (GTK_WINDOW (again));
  g_assert_true (steward_review_wizard_show_page (again, "issues"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (again));
  steward_test_iterate (50);
  g_assert_false (steward_review_wizard_is_editable (again));
  g_assert_true (shows_text (steward_review_wizard_get_page_widget (again, "issues"), "資通安全管理法修正"));
  g_assert_false (shows_text (steward_review_wizard_get_page_widget (again, "issues"), "發布後才登錄的議題"));
  /* The open actions as they were issued, once, without the live list. */
  g_assert_true (steward_review_wizard_show_page (again, "previous-actions"));
  steward_test_iterate (50);
  g_assert_null (steward_test_find_named (steward_review_wizard_get_page_widget (again, "previous-actions"),
                                          "previous_actions"));
  g_assert_cmpuint (count_text (steward_review_wizard_get_page_widget (again, "previous-actions"), "更新風險評鑑方法"),
                    ==, 1);
  gtk_window_destroy (GTK_WINDOW (again));
  steward_test_iterate (20);

  /* A locked review is never written, not even the page it is on. */
  g_assert_true (steward_review_wizard_show_page (wizard, "policy"));
  steward_test_iterate (50);
  reloaded = steward_record_load (f->db, STEWARD_TYPE_REVIEW, ID (f->review), NULL);
  g_assert_cmpstr (steward_review_get_wizard_page (reloaded), ==, STEWARD_REVIEW_PAGE_SUMMARY);

  /* A correction asks why, then makes the wizard writable again. */
  steward_test_activate (wizard, "wizard.start-correction");
  dialog = find_message_dialog ("start");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "start"));
  g_assert_true (steward_test_is_shown (steward_test_must_find_named (dialog, "reason_error")));
  steward_test_type_into (steward_test_must_find_named (dialog, "reason_entry"), "出席人員職稱誤植");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "start"));
  g_assert_false (steward_test_is_shown (steward_test_must_find_named (dialog, "reason_error")));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "start");
  /* As its button does. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  steward_test_iterate (100);
  g_clear_object (&minutes);
  minutes = steward_review_get_latest_minutes (f->db, ID (f->review), NULL);
  g_assert_cmpint (steward_minutes_get_version (minutes), ==, 2);
  g_assert_cmpint (steward_minutes_get_status (minutes), ==, STEWARD_MINUTES_DRAFT);
  g_assert_true (steward_review_wizard_is_editable (wizard));
  g_assert_false (steward_test_is_shown (steward_test_template_child (wizard, "banner")));
  g_assert_true (gtk_text_view_get_editable (steward_test_template_child (page, "discussion_view")));

  /* Issued, the open actions were the table the minutes keep; corrected,
   * the live list again, the actions still once. */
  g_assert_true (steward_review_wizard_show_page (wizard, "previous-actions"));
  steward_test_iterate (50);
  page = current_page (wizard);
  g_assert_true (steward_test_is_shown (steward_test_must_find_named (page, "previous_actions")));
  g_assert_cmpuint (count_text (page, "更新風險評鑑方法"), ==, 1);
}

/* What the window's shortcut for @key does, as pressing it would. */
static void
press (gpointer        window,
       guint           key,
       GdkModifierType mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (key, mods);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            continue;
          found = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, window, NULL);
        }
    }
  g_assert_true (found);
  steward_test_iterate (20);
}

/* Closing half-way loses nothing, and the wizard reopens there. */
static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  StewardReviewWizard *wizard = open_wizard (f);
  g_autoptr(StewardReview) reloaded = NULL;
  g_autoptr(StewardReviewItem) stored = NULL;
  GtkWidget *page;
  g_autofree char *discussion = NULL;

  g_assert_true (steward_review_wizard_show_page (wizard, "issues"));
  steward_test_iterate (20);
  page = current_page (wizard);
  steward_test_type_into (steward_test_template_child (page, "discussion_view"), "新增資通安全管理法修正議題");
  /* Closed before the pause is over. */
  close_wizard (f);

  stored = load_item (f, STEWARD_AGENDA_ISSUES);
  g_assert_cmpstr (steward_review_item_get_discussion (stored), ==, "新增資通安全管理法修正議題");
  reloaded = steward_record_load (f->db, STEWARD_TYPE_REVIEW, ID (f->review), NULL);
  g_assert_cmpstr (steward_review_get_wizard_page (reloaded), ==, "issues");

  wizard = open_wizard (f);
  g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, "issues");
  page = current_page (wizard);
  discussion = steward_test_dup_text (steward_test_template_child (page, "discussion_view"));
  g_assert_cmpstr (discussion, ==, "新增資通安全管理法修正議題");
  g_assert_cmpint (steward_review_wizard_get_page_state (wizard, "issues"), ==, STEWARD_PAGE_STATE_DONE);
  g_assert_cmpint (steward_review_wizard_get_page_state (wizard, "policy"), ==, STEWARD_PAGE_STATE_MISSING);

  /* Keyboard: Alt+Right and Ctrl+Page Up. */
  press (wizard, GDK_KEY_Right, GDK_ALT_MASK);
  g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, "parties");
  press (wizard, GDK_KEY_Page_Up, GDK_CONTROL_MASK);
  g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, "issues");
}

/* A save the database refuses says why, and the text stays. */
static void
test_save_refused (Fixture       *f,
                   gconstpointer  data)
{
  StewardReviewWizard *wizard = open_wizard (f);
  g_autoptr(StewardReviewItem) stored = NULL;
  g_autofree char *text = NULL;
  GtkWidget *page;
  GtkWidget *message;

  steward_test_raw_exec_file (f->t->path,
                              "CREATE TRIGGER refuse BEFORE UPDATE ON review_item "
                              "BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;");
  g_assert_true (steward_review_wizard_show_page (wizard, "policy"));
  page = current_page (wizard);
  message = steward_test_template_child (page, "message_label");
  steward_test_type_into (steward_test_template_child (page, "discussion_view"), "不會遺失的文字");
  g_assert_false (steward_review_wizard_flush (wizard));

  g_assert_true (steward_test_is_shown (message));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "the disk is full"));
  text = steward_test_dup_text (steward_test_template_child (page, "discussion_view"));
  g_assert_cmpstr (text, ==, "不會遺失的文字");
  stored = load_item (f, STEWARD_AGENDA_POLICY);
  g_assert_null (steward_review_item_get_discussion (stored));

  /* Once the database takes it again, the next pause saves it. */
  steward_test_raw_exec_file (f->t->path, "DROP TRIGGER refuse;");
  steward_test_type_into (steward_test_template_child (page, "conclusion_view"), "結論");
  steward_test_iterate (600);
  g_assert_false (steward_test_is_shown (message));
  g_clear_object (&stored);
  stored = load_item (f, STEWARD_AGENDA_POLICY);
  g_assert_cmpstr (steward_review_item_get_discussion (stored), ==, "不會遺失的文字");
}

/* A save refused by the timer, then on close: the wizard stays open with
 * the text and says why; once the database takes it, closing saves it. */
static void
test_close_refused (Fixture       *f,
                    gconstpointer  data)
{
  StewardReviewWizard *wizard = open_wizard (f);
  g_autoptr(StewardReviewWizard) held = g_object_ref (wizard);
  g_autoptr(StewardReviewItem) stored = NULL;
  g_autofree char *text = NULL;
  GtkWidget *page;
  GtkWidget *dialog;

  steward_test_raw_exec_file (f->t->path,
                              "CREATE TRIGGER refuse BEFORE UPDATE ON review_item "
                              "BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;");
  g_assert_true (steward_review_wizard_show_page (wizard, "policy"));
  page = current_page (wizard);
  steward_test_type_into (steward_test_template_child (page, "discussion_view"), "關閉時不會遺失");
  /* The pause is over and its save refused. */
  steward_test_iterate (600);
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "message_label")));

  gtk_window_close (GTK_WINDOW (wizard));
  steward_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (wizard)));
  g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, "policy");
  text = steward_test_dup_text (steward_test_template_child (page, "discussion_view"));
  g_assert_cmpstr (text, ==, "關閉時不會遺失");
  dialog = find_message_dialog ("discard");
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "keep"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "the disk is full"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  /* As its button does. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  steward_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (wizard)));

  /* Nor does it leave the page for another. */
  g_assert_true (steward_review_wizard_show_page (wizard, "issues"));
  g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, "policy");

  stored = load_item (f, STEWARD_AGENDA_POLICY);
  g_assert_null (steward_review_item_get_discussion (stored));

  steward_test_raw_exec_file (f->t->path, "DROP TRIGGER refuse;");
  close_wizard (f);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (held)));
  g_clear_object (&stored);
  stored = load_item (f, STEWARD_AGENDA_POLICY);
  g_assert_cmpstr (steward_review_item_get_discussion (stored), ==, "關閉時不會遺失");
}

/* Closed without saving, when asked: the window goes, the text is not
 * written. */
static void
test_close_discard (Fixture       *f,
                    gconstpointer  data)
{
  StewardReviewWizard *wizard = open_wizard (f);
  g_autoptr(StewardReviewWizard) held = g_object_ref (wizard);
  g_autoptr(StewardReviewItem) stored = NULL;
  GtkWidget *dialog;

  steward_test_raw_exec_file (f->t->path,
                              "CREATE TRIGGER refuse BEFORE UPDATE ON review_item "
                              "BEGIN SELECT RAISE (ABORT, 'the disk is full'); END;");
  g_assert_true (steward_review_wizard_show_page (wizard, "policy"));
  steward_test_type_into (steward_test_template_child (current_page (wizard), "discussion_view"), "放棄的文字");
  gtk_window_close (GTK_WINDOW (wizard));
  steward_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (wizard)));

  dialog = find_message_dialog ("discard");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  /* As its button does. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  steward_test_iterate (50);
  f->wizard = NULL;
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (held)));
  stored = load_item (f, STEWARD_AGENDA_POLICY);
  g_assert_null (steward_review_item_get_discussion (stored));
}

/* Issued while a save waits: what was typed is saved, not dropped. */
static void
test_lock_saves (Fixture       *f,
                 gconstpointer  data)
{
  StewardReviewWizard *wizard = open_wizard (f);
  g_autoptr(StewardReviewItem) stored = NULL;
  GtkWidget *page;

  g_assert_true (steward_review_wizard_show_page (wizard, "policy"));
  page = current_page (wizard);
  steward_test_type_into (steward_test_template_child (page, "discussion_view"), "鎖定前輸入");
  steward_review_item_page_set_editable (STEWARD_REVIEW_ITEM_PAGE (page), FALSE);
  steward_test_iterate (600);

  stored = load_item (f, STEWARD_AGENDA_POLICY);
  g_assert_cmpstr (steward_review_item_get_discussion (stored), ==, "鎖定前輸入");
}

/* The meeting's form changes the place while the wizard is open: the
 * wizard's page and officers are written without putting it back. */
static void
test_meeting_changed (Fixture       *f,
                      gconstpointer  data)
{
  StewardReviewWizard *wizard = open_wizard (f);
  g_autoptr(StewardReview) edited = NULL;
  g_autoptr(StewardReview) reloaded = NULL;

  edited = steward_record_load (f->db, STEWARD_TYPE_REVIEW, ID (f->review), NULL);
  g_object_set (edited, "place", "第二會議室", NULL);
  save (f->db, edited);

  g_assert_true (steward_review_wizard_show_page (wizard, "issues"));
  steward_test_iterate (20);
  reloaded = steward_record_load (f->db, STEWARD_TYPE_REVIEW, ID (f->review), NULL);
  g_assert_cmpstr (steward_review_get_wizard_page (reloaded), ==, "issues");
  g_assert_cmpstr (steward_review_get_place (reloaded), ==, "第二會議室");
  g_clear_object (&reloaded);

  /* Changed again, then the secretary chosen on the meeting page. */
  g_clear_object (&edited);
  edited = steward_record_load (f->db, STEWARD_TYPE_REVIEW, ID (f->review), NULL);
  g_object_set (edited, "place", "第三會議室", "chair-id", f->other, NULL);
  save (f->db, edited);
  g_assert_true (steward_review_wizard_show_page (wizard, STEWARD_REVIEW_PAGE_MEETING));
  steward_test_iterate (20);
  adw_combo_row_set_selected (steward_test_must_find_named (GTK_WIDGET (wizard), "secretary_row"), 0);
  steward_test_iterate (20);
  reloaded = steward_record_load (f->db, STEWARD_TYPE_REVIEW, ID (f->review), NULL);
  g_assert_cmpstr (steward_review_get_place (reloaded), ==, "第三會議室");
  g_assert_cmpint (steward_review_get_chair_id (reloaded), ==, f->other);
  g_assert_cmpint (steward_review_get_secretary_id (reloaded), ==, 0);
  g_assert_cmpstr (steward_review_get_wizard_page (reloaded), ==, STEWARD_REVIEW_PAGE_MEETING);
}

/* An extraordinary meeting has the pages of its own items only. */
static void
test_extraordinary (Fixture       *f,
                    gconstpointer  data)
{
  const StewardAgendaItem items[] = { STEWARD_AGENDA_ISSUES, STEWARD_AGENDA_RISKS };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) starts = g_date_time_add_days (now, 3);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  StewardReviewWizard *wizard;
  const char *expected[] = { STEWARD_REVIEW_PAGE_MEETING, "issues", "risks",
                             STEWARD_REVIEW_PAGE_DECISIONS, STEWARD_REVIEW_PAGE_SUMMARY };

  g_clear_object (&f->review);
  f->review = g_object_new (STEWARD_TYPE_REVIEW,
                            "kind", STEWARD_REVIEW_EXTRAORDINARY,
                            "title", "臨時會議",
                            "starts-at", starts,
                            "chair-id", f->convener,
                            "secretary-id", f->member,
                            NULL);
  g_assert_true (steward_review_create (f->db, f->review, items, G_N_ELEMENTS (items), NULL, problems, &error));
  g_assert_no_error (error);

  wizard = open_wizard (f);
  g_assert_null (steward_review_wizard_get_page_widget (wizard, "policy"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (steward_review_wizard_get_page (wizard), ==, expected[i]);
      if (i + 1 < G_N_ELEMENTS (expected))
        steward_test_activate (wizard, "wizard.next");
    }
  g_assert_false (gtk_widget_is_sensitive (steward_test_template_child (wizard, "next_button")));
  if (g_str_equal (language, "en"))
    g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (wizard, "position_label")), ==, "Page 5 of 5");
  /* Both items are gaps until written up. */
  g_assert_cmpuint (steward_review_summary_page_get_n_gaps (STEWARD_REVIEW_SUMMARY_PAGE (current_page (wizard))), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "review wizard");

#define ADD(path, func) \
  g_test_add ("/review-wizard/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("walk", test_walk);
  ADD ("reopen", test_reopen);
  ADD ("extraordinary", test_extraordinary);
  ADD ("save-refused", test_save_refused);
  ADD ("close-refused", test_close_refused);
  ADD ("close-discard", test_close_discard);
  ADD ("lock-saves", test_lock_saves);
  ADD ("meeting-changed", test_meeting_changed);
#undef ADD

  return g_test_run ();
}
