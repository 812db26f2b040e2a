/* test-findings-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Findings place in real windows on a temporary database: findings
 * typed into their form as a user would, refused with the reason beside
 * the field and the typing kept, closed only once verified effective,
 * followed up by an action item; the list searched, filtered, sorted,
 * deleted from and brought back; audits with their findings; risk
 * assessment results; the trends. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW LANG=zh_TW.UTF-8 (or STEWARD_TEST_LANGUAGE=zh_TW) in
 * Traditional Chinese. Runs under xvfb-run; no display is a failure. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "logic/steward-objectives.h"
#include "model/steward-action-item.h"
#include "model/steward-audit.h"
#include "model/steward-finding.h"
#include "model/steward-person.h"
#include "model/steward-risk-result.h"
#include "steward-test-util.h"
#include "views/findings/steward-audits-page.h"
#include "views/findings/steward-findings-page.h"
#include "views/findings/steward-risk-results-page.h"
#include "widgets/steward-bar-layer.h"
#include "widgets/steward-line-layer.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"

#include "views/findings/steward-trends-page.h"

static const char *language;

typedef struct
{
  StewardTestDb *t;
  GtkWidget     *window;
  GtkWidget     *page;
  gint64         chen;
  gint64         lin;
} Fixture;

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  steward_test_save_png (widget, "findings", name, language);
}

/* The whole form, scrolled or not, on the window's background. */
static void
save_form_png (GtkWidget  *window,
               const char *name)
{
  g_autofree char *file = g_strdup_printf ("findings-%s-form-%s.png", name, language);

  gtk_test_widget_wait_for_draw (window);
  steward_test_iterate (100);
  steward_test_render_form_png (window, file);
}

/* A window as the application's: the page under a toast overlay. */
static void
show_page (Fixture   *f,
           GtkWidget *page,
           int        width,
           int        height)
{
  f->page = page;
  f->window = steward_test_show_page (page, f->t->db, width, height);
}

static void
save_record (gpointer  record,
             Fixture  *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (record), f->t->db, &error));
  g_assert_no_error (error);
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(StewardPerson) person = steward_person_new ();

  g_object_set (person, "name", name, "unit", "資訊安全組", NULL);
  save_record (person, f);

  return steward_test_id_of (person);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
  steward_database_set_user_name (f->t->db, "林怡君");
  f->chen = add_person (f, "陳建宏");
  f->lin = add_person (f, "林怡君");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  steward_test_iterate (20);
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* Reaching into the widgets as a user would */

static void
type_into (gpointer    widget,
           const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (widget), text, -1);
  else if (GTK_IS_SPIN_BUTTON (widget))
    {
      gtk_editable_set_text (GTK_EDITABLE (widget), text);
      gtk_spin_button_update (widget);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/* The message beside a field ("description" → description_error, in an
 * error row or under a text view); the field is in error colours while
 * it shows. */
static const char *
error_of (gpointer    editor,
          const char *field,
          const char *input)
{
  g_autofree char *name = g_strconcat (field, "_error", NULL);
  GtkWidget *label = steward_test_template_child (editor, name);
  GtkWidget *row = gtk_widget_get_ancestor (label, ADW_TYPE_PREFERENCES_ROW);

  if (!steward_test_is_shown (row != NULL ? row : label))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (editor, input)), "error"));

  return gtk_label_get_label (GTK_LABEL (label));
}

static void
assert_text (gpointer    widget,
             const char *expected)
{
  g_autofree char *text = steward_test_dup_text (widget);

  g_assert_cmpstr (text, ==, expected);
}

static gint64
count (Fixture    *f,
       const char *table)
{
  return steward_test_count_rows (f->t->db, table);
}

static GDate *
date_new (int year,
          int month,
          int day)
{
  return g_date_new_dmy (day, month, year);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (steward_test_template_child (f->page, "stack"));
}

static const char *
label_of (Fixture    *f,
          const char *name)
{
  return gtk_label_get_label (steward_test_template_child (f->page, name));
}

/* Whether a label under @widget shows @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_label (c, text))
      return TRUE;

  return FALSE;
}

/* Records */

static StewardAudit *
add_audit (Fixture          *f,
           StewardAuditKind  kind,
           const GDate      *held_on,
           const char       *scope,
           const char       *auditor)
{
  StewardAudit *audit = g_object_new (STEWARD_TYPE_AUDIT,
                                      "kind", kind, "held-on", held_on, "scope", scope, "auditor", auditor,
                                      NULL);

  save_record (audit, f);

  return audit;
}

static StewardFinding *
add_finding (Fixture              *f,
             StewardFindingSource  source,
             StewardAudit         *audit,
             StewardGrading        grading,
             const char           *clause,
             const char           *description,
             gint64                owner,
             const GDate          *raised_on,
             const GDate          *due_date)
{
  StewardFinding *finding = g_object_new (STEWARD_TYPE_FINDING,
                                          "source", source,
                                          "audit-id", audit != NULL ? steward_test_id_of (audit) : (gint64) 0,
                                          "grading", grading,
                                          "clause", clause,
                                          "description", description,
                                          "corrective-action", "修訂作業程序並辦理教育訓練。",
                                          "owner-id", owner,
                                          "raised-on", raised_on,
                                          "due-date", due_date,
                                          NULL);

  save_record (finding, f);

  return finding;
}

static StewardFinding *
load_finding (Fixture *f,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  StewardFinding *finding = steward_record_load (f->t->db, STEWARD_TYPE_FINDING, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (finding);

  return finding;
}

/* The finding's form */

static void
test_finding_editor (Fixture       *f,
                     gconstpointer  data)
{
  StewardFindingsPage *page;
  StewardFindingEditor *editor;
  g_autoptr(StewardFinding) stored = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GDate) due = steward_test_days_from_today (45);
  g_autoptr(GDate) too_early = steward_test_days_from_today (-3);
  g_autoptr(StewardAudit) audit = NULL;
  g_autofree char *due_text = steward_test_dup_iso_date (due);
  g_autofree char *early_text = steward_test_dup_iso_date (too_early);
  g_autoptr(GDate) held = date_new (2026, 3, 10);

  show_page (f, steward_findings_page_new (), 1200, 640);
  page = STEWARD_FINDINGS_PAGE (f->page);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  save_png (f->window, "empty");

  audit = add_audit (f, STEWARD_AUDIT_EXTERNAL, held, "ISO/IEC 27001 驗證稽核", "台灣檢驗科技");
  editor = steward_test_keep_window (steward_findings_page_open_editor (page, NULL));
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));

  /* A new finding: an internal audit's, minor, raised today, nobody's. */
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "source_row")), ==, STEWARD_FINDING_SOURCE_INTERNAL_AUDIT);
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "grading_row")), ==, STEWARD_GRADING_MINOR);
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "audit_row")), ==, 0);
  g_assert_cmpuint (n_items (adw_combo_row_get_model (steward_test_template_child (editor, "audit_row"))), ==, 2);
  g_assert_cmpint (g_date_compare (steward_date_row_get_date (steward_test_template_child (editor, "raised_on_row")), today), ==, 0);
  g_assert_cmpint (steward_objective_form_get_person (steward_test_template_child (editor, "owner_row")), ==, 0);

  /* Choosing the external audit makes it an external audit's finding. */
  adw_combo_row_set_selected (steward_test_template_child (editor, "audit_row"), 1);
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "source_row")), ==, STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT);

  /* No description: refused, said beside it, the typing kept. */
  type_into (steward_test_template_child (editor, "clause_row"), "A.8.8");
  adw_combo_row_set_selected (steward_test_template_child (editor, "grading_row"), STEWARD_GRADING_MAJOR);
  type_into (steward_test_template_child (editor, "root_cause_view"), "弱點修補未納入變更管理流程。");
  type_into (steward_test_template_child (editor, "corrective_action_view"), "建立每月弱點掃描與修補追蹤機制。\n由系統管理員每月回報。");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "description", "description_view"), ==, _("Describe the finding."));
  assert_text (steward_test_template_child (editor, "clause_row"), "A.8.8");
  assert_text (steward_test_template_child (editor, "root_cause_view"), "弱點修補未納入變更管理流程。");
  assert_text (steward_test_template_child (editor, "corrective_action_view"), "建立每月弱點掃描與修補追蹤機制。\n由系統管理員每月回報。");
  g_assert_cmpint (count (f, "finding"), ==, 0);
  save_png (GTK_WIDGET (editor), "editor-refused");

  /* Typing clears the message; a due date before the finding is refused
   * beside the due date. */
  type_into (steward_test_template_child (editor, "description_view"), "伺服器作業系統修補落後，部分主機缺少三個月以上之安全性更新。");
  g_assert_null (error_of (editor, "description", "description_view"));
  type_into (steward_test_template_child (editor, "due_date_row"), early_text);
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "due_date", "due_date_row"), ==,
                   _("The due date cannot be before the finding was raised."));
  g_assert_cmpint (count (f, "finding"), ==, 0);

  type_into (steward_test_template_child (editor, "due_date_row"), due_text);
  steward_objective_form_select_person (steward_test_template_child (editor, "owner_row"), f->lin);
  save_form_png (GTK_WIDGET (editor), "editor");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "finding"), ==, 1);

  stored = load_finding (f, steward_test_id_of (steward_finding_editor_get_finding (editor)));
  g_assert_cmpint (steward_finding_get_source (stored), ==, STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT);
  g_assert_cmpint (steward_finding_get_audit_id (stored), ==, steward_test_id_of (audit));
  g_assert_cmpint (steward_finding_get_grading (stored), ==, STEWARD_GRADING_MAJOR);
  g_assert_cmpstr (steward_finding_get_clause (stored), ==, "A.8.8");
  g_assert_cmpstr (steward_finding_get_root_cause (stored), ==, "弱點修補未納入變更管理流程。");
  g_assert_cmpint (steward_finding_get_owner_id (stored), ==, f->lin);
  g_assert_cmpint (g_date_compare (steward_finding_get_due_date (stored), due), ==, 0);
  g_assert_null (steward_finding_get_closed_on (stored));
  steward_test_drop_window (editor);

  /* The list shows it, open, with its owner. */
  steward_test_iterate (50);
  g_assert_cmpstr (visible_page (f), ==, "list");
  g_assert_cmpuint (n_items (steward_findings_page_get_visible_model (page)), ==, 1);
  g_assert_cmpint (steward_findings_page_get_state (page, stored), ==, STEWARD_FINDING_STATE_OPEN);
  g_assert_true (shows_label (f->window, "林怡君"));
  g_assert_true (shows_label (f->window, steward_finding_state_to_string (STEWARD_FINDING_STATE_OPEN)));
}

/* Closing: refused until the corrective action was verified effective. */
static void
test_finding_close (Fixture       *f,
                    gconstpointer  data)
{
  StewardFindingsPage *page;
  StewardFindingEditor *editor;
  g_autoptr(StewardFinding) finding = NULL;
  g_autoptr(StewardFinding) stored = NULL;
  g_autoptr(GDate) raised = steward_test_days_from_today (-60);
  g_autoptr(GDate) due = steward_test_days_from_today (-10);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *today_text = steward_test_dup_iso_date (today);

  finding = add_finding (f, STEWARD_FINDING_SOURCE_SELF_CHECK, NULL, STEWARD_GRADING_MINOR, "A.5.15",
                         "離職人員帳號未於離職當日停用。", f->chen, raised, due);
  show_page (f, steward_findings_page_new (), 1200, 600);
  page = STEWARD_FINDINGS_PAGE (f->page);
  g_assert_true (shows_label (f->window, _("Overdue")));

  editor = steward_test_keep_window (steward_findings_page_open_editor (page, finding));
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  type_into (steward_test_template_child (editor, "verification_note_view"), "抽查三十筆離職紀錄。");
  type_into (steward_test_template_child (editor, "closed_on_row"), today_text);
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "closed_on", "closed_on_row"), ==,
                   _("A finding is closed only after the corrective action was verified: record who verified it and when."));
  assert_text (steward_test_template_child (editor, "verification_note_view"), "抽查三十筆離職紀錄。");
  assert_text (steward_test_template_child (editor, "closed_on_row"), today_text);
  g_assert_nonnull (steward_date_row_get_date (steward_test_template_child (editor, "closed_on_row")));
  stored = load_finding (f, steward_test_id_of (finding));
  g_assert_null (steward_finding_get_closed_on (stored));
  g_clear_object (&stored);
  save_form_png (GTK_WIDGET (editor), "close-refused");

  /* Verified, but not found effective yet: still refused. */
  type_into (steward_test_template_child (editor, "verified_by_row"), "稽核小組 王大明");
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "closed_on", "closed_on_row"), ==,
                   _("A finding is closed only after the corrective action was verified: record who verified it and when."));
  g_signal_emit_by_name (steward_test_template_child (editor, "verified_today_button"), "clicked");
  g_assert_cmpint (g_date_compare (steward_date_row_get_date (steward_test_template_child (editor, "verified_on_row")), today), ==, 0);
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "closed_on", "closed_on_row"), ==,
                   _("A finding is closed only when its corrective action was found effective."));

  /* Found effective: the message goes, and it closes. */
  adw_combo_row_set_selected (steward_test_template_child (editor, "effectiveness_row"), STEWARD_EFFECTIVENESS_EFFECTIVE);
  g_assert_null (error_of (editor, "closed_on", "closed_on_row"));
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);

  stored = load_finding (f, steward_test_id_of (finding));
  g_assert_cmpint (g_date_compare (steward_finding_get_closed_on (stored), today), ==, 0);
  g_assert_cmpstr (steward_finding_get_verified_by (stored), ==, "稽核小組 王大明");
  g_assert_cmpint (steward_finding_get_effectiveness (stored), ==, STEWARD_EFFECTIVENESS_EFFECTIVE);
  g_assert_cmpstr (steward_finding_get_verification_note (stored), ==, "抽查三十筆離職紀錄。");

  /* Closed: no longer overdue. */
  steward_test_iterate (50);
  g_assert_cmpint (steward_findings_page_get_state (page, stored), ==, STEWARD_FINDING_STATE_CLOSED);
  g_assert_false (shows_label (f->window, _("Overdue")));
  steward_findings_page_set_state_filter (page, STEWARD_FINDING_STATE_CLOSED);
  g_assert_cmpuint (n_items (steward_findings_page_get_visible_model (page)), ==, 1);
  steward_findings_page_set_state_filter (page, STEWARD_FINDING_STATE_OPEN);
  g_assert_cmpuint (n_items (steward_findings_page_get_visible_model (page)), ==, 0);
}

static GPtrArray *
load_actions (Fixture *f)
{
  return steward_test_load_all (f->t->db, STEWARD_TYPE_ACTION_ITEM, NULL);
}

/* "Create Follow-up Action" */
static void
test_finding_follow_up (Fixture       *f,
                        gconstpointer  data)
{
  StewardFindingsPage *page;
  StewardFindingEditor *editor;
  g_autoptr(StewardFinding) finding = NULL;
  g_autoptr(StewardFinding) stored = NULL;
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(StewardActionItem) done = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GDate) raised = steward_test_days_from_today (-20);
  g_autoptr(GDate) due = steward_test_days_from_today (40);
  g_autoptr(GDate) past = steward_test_days_from_today (-1);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *past_text = steward_test_dup_iso_date (past);
  g_autofree char *due_text = steward_test_dup_iso_date (due);
  g_autofree char *label = NULL;

  finding = add_finding (f, STEWARD_FINDING_SOURCE_INCIDENT, NULL, STEWARD_GRADING_MAJOR, "A.8.7",
                         "勒索軟體感染一台行政電腦，防毒病毒碼逾兩週未更新。", 0, raised, due);
  g_object_set (finding, "corrective-action", "更新防毒病毒碼並全面掃描\n並檢討自動更新之設定。", NULL);
  save_record (finding, f);
  show_page (f, steward_findings_page_new (), 1200, 600);
  page = STEWARD_FINDINGS_PAGE (f->page);

  editor = steward_test_keep_window (steward_findings_page_open_editor (page, finding));
  g_assert_cmpuint (n_items (steward_finding_editor_get_follow_ups (editor)), ==, 0);

  /* Without an owner: refused beside the owner, nothing created. */
  steward_test_activate (editor, "editor.create-follow-up");
  g_assert_cmpstr (error_of (editor, "owner_id", "owner_row"), ==,
                   _("Choose who carries out the corrective action: a follow-up action needs an owner."));
  g_assert_cmpint (count (f, "action_item"), ==, 0);
  g_assert_true (steward_test_is_shown (editor));

  /* Due yesterday: an action cannot be. */
  steward_objective_form_select_person (steward_test_template_child (editor, "owner_row"), f->chen);
  g_assert_null (error_of (editor, "owner_id", "owner_row"));
  type_into (steward_test_template_child (editor, "due_date_row"), past_text);
  steward_test_activate (editor, "editor.create-follow-up");
  g_assert_cmpstr (error_of (editor, "due_date", "due_date_row"), ==,
                   _("A new follow-up action cannot be due before today: change the due date."));
  g_assert_cmpint (count (f, "action_item"), ==, 0);

  type_into (steward_test_template_child (editor, "due_date_row"), due_text);
  steward_test_activate (editor, "editor.create-follow-up");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "action_item"), ==, 1);
  g_assert_cmpuint (n_items (steward_finding_editor_get_follow_ups (editor)), ==, 1);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action, %u done", "%u actions, %u done", 1), 1, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (steward_test_template_child (editor, "follow_up_row")), ==, label);
  save_form_png (GTK_WIDGET (editor), "follow-up");

  actions = load_actions (f);
  action = g_object_ref (g_ptr_array_index (actions, 0));
  g_assert_cmpint (steward_action_item_get_source_kind (action), ==, STEWARD_ACTION_SOURCE_FINDING);
  g_assert_cmpint (steward_action_item_get_source_id (action), ==, steward_test_id_of (finding));
  g_assert_cmpstr (steward_action_item_get_title (action), ==, "更新防毒病毒碼並全面掃描");
  g_assert_cmpint (steward_action_item_get_owner_id (action), ==, f->chen);
  g_assert_cmpint (g_date_compare (steward_action_item_get_due_date (action), due), ==, 0);
  g_assert_cmpint (g_date_compare (steward_action_item_get_created_on (action), today), ==, 0);
  g_assert_cmpint (steward_action_item_get_status (action), ==, STEWARD_ACTION_OPEN);

  /* The finding was saved with the owner chosen. */
  stored = load_finding (f, steward_test_id_of (finding));
  g_assert_cmpint (steward_finding_get_owner_id (stored), ==, f->chen);
  steward_test_activate (editor, "window.close");
  steward_test_drop_window (editor);

  /* Its follow-up done: the finding awaits verification. */
  steward_test_iterate (50);
  g_assert_cmpint (steward_findings_page_get_state (page, stored), ==, STEWARD_FINDING_STATE_OPEN);
  done = STEWARD_ACTION_ITEM (steward_record_copy (STEWARD_RECORD (action)));
  g_object_set (done, "status", STEWARD_ACTION_DONE, "done-on", today, NULL);
  save_record (done, f);
  steward_test_iterate (50);
  g_assert_cmpint (steward_findings_page_get_state (page, stored), ==, STEWARD_FINDING_STATE_AWAITING_VERIFICATION);
  steward_findings_page_set_state_filter (page, STEWARD_FINDING_STATE_AWAITING_VERIFICATION);
  g_assert_cmpuint (n_items (steward_findings_page_get_visible_model (page)), ==, 1);
  g_assert_true (shows_label (f->window, steward_finding_state_to_string (STEWARD_FINDING_STATE_AWAITING_VERIFICATION)));
  steward_findings_page_set_state_filter (page, -1);

  /* A new finding: the finding and its action are saved together, and
   * the form goes on with the stored finding. */
  editor = steward_test_keep_window (steward_findings_page_open_editor (page, NULL));
  type_into (steward_test_template_child (editor, "description_view"), "機房門禁紀錄未每月檢視。");
  type_into (steward_test_template_child (editor, "corrective_action_view"), "指定專人每月檢視門禁紀錄並簽核。");
  steward_objective_form_select_person (steward_test_template_child (editor, "owner_row"), f->lin);
  type_into (steward_test_template_child (editor, "due_date_row"), due_text);
  steward_test_activate (editor, "editor.create-follow-up");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "finding"), ==, 2);
  g_assert_cmpint (count (f, "action_item"), ==, 2);
  g_assert_cmpint (steward_test_id_of (steward_finding_editor_get_finding (editor)), >, 0);
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  /* Saving again updates the same finding. */
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "finding"), ==, 2);
  steward_test_drop_window (editor);
}

/* The list */

typedef struct
{
  StewardAudit   *internal;
  StewardAudit   *external;
  StewardFinding *access;    /* internal audit, major, overdue */
  StewardFinding *patching;  /* internal audit, minor, due today */
  StewardFinding *records;   /* external audit, observation, closed */
  StewardFinding *malware;   /* incident, minor, due in two months */
} Findings;

static void
add_findings (Fixture  *f,
              Findings *s)
{
  g_autoptr(GDate) march = date_new (2026, 3, 10);
  g_autoptr(GDate) november = date_new (2025, 11, 20);
  g_autoptr(GDate) long_ago = steward_test_days_from_today (-90);
  g_autoptr(GDate) ten_days_ago = steward_test_days_from_today (-10);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GDate) in_two_months = steward_test_days_from_today (62);

  s->internal = add_audit (f, STEWARD_AUDIT_INTERNAL, march, "資訊安全管理系統全範圍", "資訊安全稽核小組");
  s->external = add_audit (f, STEWARD_AUDIT_EXTERNAL, november, "ISO/IEC 27001 驗證稽核", "台灣檢驗科技");
  s->access = add_finding (f, STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, s->internal, STEWARD_GRADING_MAJOR, "A.5.15",
                           "存取控制清單未定期審查，三名離職人員仍具系統權限。", f->chen, long_ago, ten_days_ago);
  s->patching = add_finding (f, STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, s->internal, STEWARD_GRADING_MINOR, "A.8.8",
                             "技術弱點修補紀錄不完整。", f->lin, long_ago, today);
  s->records = add_finding (f, STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT, s->external, STEWARD_GRADING_OBSERVATION, "7.5.3",
                            "文件化資訊之版本管制可再改善。", 0, long_ago, NULL);
  g_object_set (s->records, "verified-by", "林怡君", "verified-on", ten_days_ago,
                "effectiveness", STEWARD_EFFECTIVENESS_EFFECTIVE, "closed-on", ten_days_ago, NULL);
  save_record (s->records, f);
  s->malware = add_finding (f, STEWARD_FINDING_SOURCE_INCIDENT, NULL, STEWARD_GRADING_MINOR, NULL,
                            "電子郵件社交工程演練點擊率偏高。", f->chen, long_ago, in_two_months);
}

static void
clear_findings (Findings *s)
{
  g_clear_object (&s->internal);
  g_clear_object (&s->external);
  g_clear_object (&s->access);
  g_clear_object (&s->patching);
  g_clear_object (&s->records);
  g_clear_object (&s->malware);
}

static void
test_finding_list (Fixture       *f,
                   gconstpointer  data)
{
  Findings s;
  StewardFindingsPage *page;
  GListModel *visible;
  GtkColumnView *column_view;
  g_autofree char *counts = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *due = NULL;
  const char *summary;

  add_findings (f, &s);
  show_page (f, steward_findings_page_new (), 1400, 600);
  page = STEWARD_FINDINGS_PAGE (f->page);
  visible = steward_findings_page_get_visible_model (page);
  column_view = steward_test_template_child (page, "column_view");
  g_assert_cmpuint (n_items (visible), ==, 4);

  /* The summary: by status, then what is overdue and due. */
  counts = g_strdup_printf (_("%u open, %u awaiting verification, %u closed."), 3, 0, 1);
  overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u corrective action overdue.",
                                          "%u corrective actions overdue.", 1), 1);
  due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u corrective action due this month.",
                                      "%u corrective actions due this month.", 1), 1);
  summary = label_of (f, "summary_label");
  g_assert_true (g_str_has_prefix (summary, counts));
  g_assert_nonnull (strstr (summary, overdue));
  g_assert_nonnull (strstr (summary, due));
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "due_badge")));
  g_assert_cmpstr (label_of (f, "due_badge"), ==, _("Overdue"));
  g_assert_true (shows_label (GTK_WIDGET (column_view), _("Overdue")));
  g_assert_true (shows_label (GTK_WIDGET (column_view), _("Due")));
  save_png (f->window, "list");

  /* Dates follow the calendar of the preferences. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(GDate) march = date_new (2026, 3, 10);
    g_autofree char *gregorian = steward_date_format (march, STEWARD_CALENDAR_GREGORIAN);
    g_autofree char *roc = steward_date_format (march, STEWARD_CALENDAR_ROC);

    g_assert_true (shows_label (GTK_WIDGET (column_view), gregorian));
    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_ROC);
    steward_test_iterate (100);
    g_assert_true (shows_label (GTK_WIDGET (column_view), roc));
    g_assert_false (shows_label (GTK_WIDGET (column_view), gregorian));
    save_png (f->window, "list-roc");
    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_GREGORIAN);
    steward_test_iterate (100);
  }

  /* The filters: source, grading, status. */
  steward_findings_page_set_source_filter (page, STEWARD_FINDING_SOURCE_INTERNAL_AUDIT);
  g_assert_cmpuint (n_items (visible), ==, 2);
  steward_findings_page_set_grading_filter (page, STEWARD_GRADING_MAJOR);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.access));
  steward_findings_page_set_source_filter (page, STEWARD_FINDING_SOURCE_SELF_CHECK);
  g_assert_cmpuint (n_items (visible), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  steward_findings_page_set_source_filter (page, -1);
  steward_findings_page_set_grading_filter (page, -1);
  steward_findings_page_set_state_filter (page, STEWARD_FINDING_STATE_CLOSED);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.records));
  steward_findings_page_set_state_filter (page, STEWARD_FINDING_STATE_OPEN);
  g_assert_cmpuint (n_items (visible), ==, 3);
  steward_findings_page_set_state_filter (page, -1);
  g_assert_cmpuint (n_items (visible), ==, 4);

  /* The search, as typed: descriptions, clauses, owners' names. */
  steward_findings_page_set_search (page, "存取控制");
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.access));
  steward_findings_page_set_search (page, "7.5.3");
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.records));
  steward_findings_page_set_search (page, "林怡君");
  g_assert_cmpuint (n_items (visible), ==, 2);  /* the owner of one, the verifier of the other */
  steward_findings_page_set_search (page, "區塊鏈");
  g_assert_cmpuint (n_items (visible), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  save_png (f->window, "no-match");
  steward_findings_page_set_search (page, "");
  g_assert_cmpstr (visible_page (f), ==, "list");

  /* Sorted by a column: due first the overdue, none last; majors first;
   * by status, the closed last. */
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "due_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.access));
  g_assert_cmpint (steward_test_id_at (visible, 1), ==, steward_test_id_of (s.patching));
  g_assert_cmpint (steward_test_id_at (visible, 3), ==, steward_test_id_of (s.records));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "grading_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.access));
  g_assert_cmpint (steward_test_id_at (visible, 3), ==, steward_test_id_of (s.records));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "state_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 3), ==, steward_test_id_of (s.records));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "owner_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 3), ==, steward_test_id_of (s.records));
  save_png (f->window, "sorted");

  /* A link to a finding the filters hide: they make way, the row is
   * selected. */
  steward_findings_page_set_grading_filter (page, STEWARD_GRADING_OBSERVATION);
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (s.malware));
  g_assert_cmpuint (gtk_drop_down_get_selected (steward_test_template_child (page, "grading_dropdown")), ==, 0);
  g_assert_cmpint (steward_record_get_id (gtk_single_selection_get_selected_item (steward_test_template_child (page, "selection"))), ==,
                   steward_test_id_of (s.malware));

  clear_findings (&s);
}

static void
test_finding_delete_undo (Fixture       *f,
                          gconstpointer  data)
{
  Findings s;
  StewardFindingsPage *page;
  GListModel *visible;
  g_autoptr(StewardFinding) restored = NULL;
  AdwToast *toast;

  add_findings (f, &s);
  show_page (f, steward_findings_page_new (), 1200, 600);
  page = STEWARD_FINDINGS_PAGE (f->page);
  visible = steward_findings_page_get_visible_model (page);

  toast = steward_findings_page_delete_finding (page, s.access);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "finding"), ==, 3);
  g_assert_cmpuint (n_items (visible), ==, 3);
  save_png (f->window, "deleted");

  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "finding"), ==, 4);
  g_assert_cmpuint (n_items (visible), ==, 4);
  restored = load_finding (f, steward_test_id_of (s.access));
  g_assert_cmpstr (steward_finding_get_description (restored), ==, "存取控制清單未定期審查，三名離職人員仍具系統權限。");

  /* The Delete key deletes the selected finding. */
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  steward_test_activate (page, "findings.delete-selected");
  g_assert_cmpint (count (f, "finding"), ==, 3);

  clear_findings (&s);
}

static void
test_finding_read_only (Fixture       *f,
                        gconstpointer  data)
{
  Findings s;
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GError) error = NULL;
  StewardFindingsPage *page;

  add_findings (f, &s);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  show_page (f, steward_findings_page_new (), 900, 500);
  page = STEWARD_FINDINGS_PAGE (f->page);
  steward_page_set_database (STEWARD_PAGE (page), read_only);

  g_assert_cmpuint (n_items (steward_findings_page_get_visible_model (page)), ==, 4);
  g_assert_null (steward_findings_page_open_editor (page, NULL));
  g_assert_null (steward_findings_page_open_editor (page, s.access));
  g_assert_false (gtk_widget_get_sensitive (steward_test_template_child (page, "add_button")));
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "findings.delete-selected", NULL);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "finding"), ==, 4);

  steward_page_set_database (STEWARD_PAGE (page), NULL);
  clear_findings (&s);
}

/* Audits */

static void
test_audits (Fixture       *f,
             gconstpointer  data)
{
  Findings s;
  StewardAuditsPage *page;
  StewardAuditEditor *editor;
  GListModel *visible;
  GtkListBox *list;
  guint n_findings = 0, n_open = 0;
  g_autofree char *summary = NULL;
  g_autoptr(StewardAudit) spare = NULL;
  g_autoptr(GDate) held = date_new (2024, 6, 5);
  AdwToast *toast;

  add_findings (f, &s);
  show_page (f, steward_audits_page_new (), 1200, 500);
  page = STEWARD_AUDITS_PAGE (f->page);
  visible = steward_audits_page_get_visible_model (page);
  g_assert_cmpuint (n_items (visible), ==, 2);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.internal));  /* the latest first */

  /* The internal audit raised two findings, both open. */
  steward_audits_page_count_findings (page, s.internal, &n_findings, &n_open);
  g_assert_cmpuint (n_findings, ==, 2);
  g_assert_cmpuint (n_open, ==, 2);
  steward_audits_page_count_findings (page, s.external, &n_findings, &n_open);
  g_assert_cmpuint (n_findings, ==, 1);
  g_assert_cmpuint (n_open, ==, 0);
  summary = g_strdup_printf (_("%u, %u open"), 2, 2);
  g_assert_true (shows_label (f->window, summary));
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "due_badge")));
  save_png (f->window, "audits");

  steward_audits_page_set_kind_filter (page, STEWARD_AUDIT_EXTERNAL);
  g_assert_cmpuint (n_items (visible), ==, 1);
  steward_audits_page_set_kind_filter (page, -1);
  steward_audits_page_set_search (page, "驗證");
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (s.external));
  steward_audits_page_set_search (page, "");

  /* The audit with its two findings. */
  editor = steward_test_keep_window (steward_audits_page_open_editor (page, s.internal));
  g_assert_cmpuint (n_items (steward_audit_editor_get_findings (editor)), ==, 2);
  list = steward_test_template_child (editor, "findings_list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  g_assert_true (shows_label (GTK_WIDGET (list), steward_finding_state_to_string (STEWARD_FINDING_STATE_OPEN)));
  save_form_png (GTK_WIDGET (editor), "audit");
  steward_test_drop_window (editor);

  /* An audit with findings stays; one without goes, and comes back. */
  g_assert_null (steward_audits_page_delete_audit (page, s.internal));
  g_assert_cmpint (count (f, "audit"), ==, 2);
  spare = add_audit (f, STEWARD_AUDIT_INTERNAL, held, "機房實體安全", "資訊安全稽核小組");
  steward_test_iterate (50);
  g_assert_cmpuint (n_items (visible), ==, 3);
  toast = steward_audits_page_delete_audit (page, spare);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "audit"), ==, 2);
  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "audit"), ==, 3);

  /* A new audit: no scope, refused beside it. */
  editor = steward_test_keep_window (steward_audits_page_open_editor (page, NULL));
  g_assert_false (gtk_widget_get_sensitive (steward_test_template_child (editor, "add_finding_button")));
  type_into (steward_test_template_child (editor, "auditor_row"), "行政院資通安全署");
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_AUDIT_EXTERNAL);
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "scope", "scope_row"), ==, _("Enter the scope of the audit."));
  assert_text (steward_test_template_child (editor, "auditor_row"), "行政院資通安全署");
  g_assert_cmpint (count (f, "audit"), ==, 3);
  type_into (steward_test_template_child (editor, "scope_row"), "資通安全稽核（外部）");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "audit"), ==, 4);
  steward_test_drop_window (editor);

  clear_findings (&s);
}

/* Risk assessment results */

static void
test_risk_results (Fixture       *f,
                   gconstpointer  data)
{
  StewardRiskResultsPage *page;
  StewardRiskResultEditor *editor;
  GListModel *visible;
  g_autoptr(StewardRiskResult) stored = NULL;
  g_autoptr(StewardRiskResult) older = NULL;
  g_autoptr(GDate) last_year = date_new (2025, 4, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *latest = NULL;

  show_page (f, steward_risk_results_page_new (), 1200, 500);
  page = STEWARD_RISK_RESULTS_PAGE (f->page);
  visible = steward_risk_results_page_get_visible_model (page);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  save_png (f->window, "risks-empty");

  older = g_object_new (STEWARD_TYPE_RISK_RESULT, "assessed-on", last_year, "scope", "全中心資訊資產",
                        "n-high", 2, "n-medium", 9, "n-low", 30, "plan-planned", 6, "plan-done", 6, NULL);
  save_record (older, f);
  steward_test_iterate (50);

  editor = steward_test_keep_window (steward_risk_results_page_open_editor (page, NULL));
  type_into (steward_test_template_child (editor, "scope_row"), "全中心資訊資產（115 年度）");
  type_into (steward_test_template_child (editor, "summary_view"), "雲端服務與委外廠商相關風險上升。");
  type_into (steward_test_template_child (editor, "n_high_spin"), "3");
  type_into (steward_test_template_child (editor, "n_medium_spin"), "12");
  type_into (steward_test_template_child (editor, "n_low_spin"), "41");
  type_into (steward_test_template_child (editor, "plan_planned_spin"), "10");
  type_into (steward_test_template_child (editor, "plan_done_spin"), "8");
  type_into (steward_test_template_child (editor, "plan_late_spin"), "4");

  /* More done and late than planned: refused beside the plan. */
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "plan_done", "plan_done_spin"), ==,
                   _("More treatment items are done or late than were planned."));
  assert_text (steward_test_template_child (editor, "scope_row"), "全中心資訊資產（115 年度）");
  assert_text (steward_test_template_child (editor, "summary_view"), "雲端服務與委外廠商相關風險上升。");
  g_assert_cmpint (count (f, "risk_result"), ==, 1);

  type_into (steward_test_template_child (editor, "plan_late_spin"), "2");
  g_assert_null (error_of (editor, "plan_done", "plan_done_spin"));
  g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (steward_test_template_child (editor, "progress_bar")), 0.8, 1e-9);
  progress = g_strdup_printf (_("%d of %d done, %d late"), 8, 10, 2);
  g_assert_cmpstr (gtk_progress_bar_get_text (steward_test_template_child (editor, "progress_bar")), ==, progress);
  save_form_png (GTK_WIDGET (editor), "risk");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "risk_result"), ==, 2);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_RISK_RESULT,
                                steward_test_id_of (steward_risk_result_editor_get_result (editor)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_risk_result_get_n_high (stored), ==, 3);
  g_assert_cmpint (steward_risk_result_get_n_low (stored), ==, 41);
  g_assert_cmpint (steward_risk_result_get_plan_done (stored), ==, 8);
  g_assert_cmpint (steward_risk_result_get_plan_late (stored), ==, 2);
  steward_test_drop_window (editor);

  /* The list: the latest first and summed up; the late ones marked. */
  steward_test_iterate (50);
  g_assert_cmpuint (n_items (visible), ==, 2);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (stored));
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "due_badge")));
  latest = g_strdup_printf ("%d/%d", 8, 10);
  g_assert_true (shows_label (f->window, latest));
  save_png (f->window, "risks");
  steward_risk_results_page_set_late_only (page, TRUE);
  g_assert_cmpuint (n_items (visible), ==, 1);
  steward_risk_results_page_set_late_only (page, FALSE);
  steward_risk_results_page_set_search (page, "委外");
  g_assert_cmpuint (n_items (visible), ==, 1);
  steward_risk_results_page_set_search (page, "");

  /* Deleted, and back. */
  {
    AdwToast *toast = steward_risk_results_page_delete_result (page, older);

    g_assert_nonnull (toast);
    steward_test_iterate (50);
    g_assert_cmpuint (n_items (visible), ==, 1);
    g_signal_emit_by_name (toast, "button-clicked");
    steward_test_iterate (50);
    g_assert_cmpuint (n_items (visible), ==, 2);
  }
}

/* Exporting: each page writes its register as CSV and XLSX. */
static void
export_and_read (GtkWidget  *page,
                 const char *register_name,
                 const char *expected)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *csv = g_build_filename (dir, "register.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "register.xlsx", NULL);
  g_autofree char *text = NULL;
  g_autofree char *zip = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (gtk_widget_get_sensitive (steward_test_template_child (page, "export_button")));
  g_assert_true (steward_findings_write_export (page, register_name, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv, &text, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (text, expected));

  g_assert_true (steward_findings_write_export (page, register_name, xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (xlsx, &zip, &length, &error));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (zip, "PK\x03\x04", 4) == 0);

  steward_test_remove_tree (dir);
}

static void
test_exports (Fixture       *f,
              gconstpointer  data)
{
  Findings s;
  g_autoptr(StewardRiskResult) result = NULL;
  g_autoptr(GDate) assessed = date_new (2026, 3, 1);
  GtkWidget *audits;
  GtkWidget *risks;

  add_findings (f, &s);
  result = g_object_new (STEWARD_TYPE_RISK_RESULT, "assessed-on", assessed, "scope", "全中心資訊資產",
                         "n-high", 3, "plan-planned", 5, "plan-done", 2, NULL);
  save_record (result, f);

  show_page (f, steward_findings_page_new (), 900, 500);
  export_and_read (f->page, "findings", "存取控制清單未定期審查");

  audits = steward_audits_page_new ();
  steward_page_set_database (STEWARD_PAGE (audits), f->t->db);
  g_object_ref_sink (audits);
  export_and_read (audits, "audits", "ISO/IEC 27001 驗證稽核");
  risks = steward_risk_results_page_new ();
  steward_page_set_database (STEWARD_PAGE (risks), f->t->db);
  g_object_ref_sink (risks);
  export_and_read (risks, "risk-results", "全中心資訊資產");

  /* Without a database, nothing to export. */
  steward_page_set_database (STEWARD_PAGE (risks), NULL);
  g_assert_false (gtk_widget_get_sensitive (steward_test_template_child (risks, "export_button")));

  g_object_unref (audits);
  g_object_unref (risks);
  clear_findings (&s);
}

/* Trends */

static double
plot_value (StewardChartPlot *plot,
            guint             i)
{
  StewardChartLayer *layer = steward_chart_plot_get_layer (plot, 0);
  StewardChartSeries *series = STEWARD_IS_BAR_LAYER (layer) ? steward_bar_layer_get_series (STEWARD_BAR_LAYER (layer))
                                                            : steward_line_layer_get_series (STEWARD_LINE_LAYER (layer));
  double x, y;

  steward_chart_series_get_point (series, i, &x, &y, NULL, NULL);
  g_assert_cmpfloat (x, ==, i);

  return y;
}

static const char *
grid_text (StewardTrendsPage *page,
           guint              column,
           guint              row)
{
  GtkWidget *cell = gtk_grid_get_child_at (steward_test_template_child (page, "grading_grid"), column, row);

  g_assert_true (GTK_IS_LABEL (cell));

  return gtk_label_get_label (GTK_LABEL (cell));
}

static void
test_trends (Fixture       *f,
             gconstpointer  data)
{
  StewardTrendsPage *page;
  GArray *trend;
  g_autoptr(GDate) today = date_new (2026, 5, 15);
  g_autoptr(GDate) quarter = date_new (2025, 1, 1);
  g_autoptr(GDate) closing = date_new (2026, 5, 10);
  g_autofree char *label = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *summary = NULL;
  StewardFinding *s[4];
  struct { int y, m, d, cy, cm, cd; StewardGrading grading; const char *text; } rows[] = {
    { 2025, 2, 10, 2025, 8, 20, STEWARD_GRADING_MAJOR, "備份還原測試未執行。" },
    { 2025, 5, 5, 0, 0, 0, STEWARD_GRADING_MINOR, "資產清冊未更新。" },
    { 2022, 12, 1, 2024, 1, 15, STEWARD_GRADING_OBSERVATION, "會議紀錄未編號。" },
    { 2026, 4, 2, 0, 0, 0, STEWARD_GRADING_MAJOR, "防火牆規則未定期審查。" },
  };

  show_page (f, steward_trends_page_new (), 1200, 900);
  page = STEWARD_TRENDS_PAGE (f->page);
  steward_trends_page_set_today (page, today);
  g_assert_cmpstr (visible_page (f), ==, "empty");

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GDate) raised = date_new (rows[i].y, rows[i].m, rows[i].d);

      s[i] = add_finding (f, STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, NULL, rows[i].grading, NULL, rows[i].text,
                          f->chen, raised, NULL);
      if (rows[i].cy > 0)
        {
          g_autoptr(GDate) closed = date_new (rows[i].cy, rows[i].cm, rows[i].cd);

          g_object_set (s[i], "verified-by", "稽核小組", "verified-on", closed,
                        "effectiveness", STEWARD_EFFECTIVENESS_EFFECTIVE, "closed-on", closed, NULL);
          save_record (s[i], f);
        }
    }
  steward_test_iterate (50);
  g_assert_cmpstr (visible_page (f), ==, "trends");

  /* Twelve quarters, from 2023 Q3 to the one holding today. */
  trend = steward_trends_page_get_trend (page);
  g_assert_cmpuint (trend->len, ==, 12);
  g_assert_cmpint (g_date_get_year (&g_array_index (trend, StewardFindingTrend, 0).start), ==, 2023);
  g_assert_cmpint (g_date_get_month (&g_array_index (trend, StewardFindingTrend, 0).start), ==, 7);

  /* Raised in 2025 Q1 (the 7th), closed in 2025 Q3 (the 9th). */
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_OPENED), 6), ==, 1);
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_CLOSED), 6), ==, 0);
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_CLOSED), 8), ==, 1);
  /* The one raised before the three years counts as open until closed. */
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_OPEN_AT_END), 0), ==, 1);
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_OPEN_AT_END), 2), ==, 0);
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_OPEN_AT_END), 7), ==, 2);
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_OPEN_AT_END), 8), ==, 1);
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_OPEN_AT_END), 11), ==, 2);
  g_assert_true (STEWARD_IS_BAR_LAYER (steward_chart_plot_get_layer (steward_trends_page_get_plot (page, STEWARD_TREND_OPENED), 0)));
  g_assert_true (STEWARD_IS_LINE_LAYER (steward_chart_plot_get_layer (steward_trends_page_get_plot (page, STEWARD_TREND_OPEN_AT_END), 0)));
  label = steward_period_format (STEWARD_FREQUENCY_QUARTERLY, quarter, STEWARD_CALENDAR_GREGORIAN);
  g_assert_cmpstr (steward_chart_plot_get_x_label (steward_trends_page_get_plot (page, STEWARD_TREND_OPENED), 6), ==, label);

  /* By grading: the quarter's row, then raised, closed, open at its end,
   * each major, minor, observation. */
  g_assert_cmpstr (grid_text (page, 0, 2 + 6), ==, label);
  g_assert_cmpstr (grid_text (page, 1 + STEWARD_GRADING_MAJOR, 2 + 6), ==, "1");
  g_assert_cmpstr (grid_text (page, 1 + STEWARD_GRADING_MINOR, 2 + 6), ==, "0");
  g_assert_cmpstr (grid_text (page, 1 + STEWARD_N_GRADINGS + STEWARD_GRADING_OBSERVATION, 2 + 2), ==, "1");
  g_assert_cmpstr (grid_text (page, 1 + 2 * STEWARD_N_GRADINGS + STEWARD_GRADING_MAJOR, 2 + 11), ==, "1");
  g_assert_cmpstr (grid_text (page, 1 + 2 * STEWARD_N_GRADINGS + STEWARD_GRADING_MINOR, 2 + 11), ==, "1");

  counts = g_strdup_printf (_("In the last three years, %u findings were raised and %u closed."), 3, 2);
  summary = g_strdup_printf (_("%s Open now: %u, major: %u."), counts, 2, 1);
  g_assert_cmpstr (label_of (f, "summary_label"), ==, summary);
  save_png (f->window, "trends");

  /* A finding closed now: the page follows. */
  g_object_set (s[1], "verified-by", "稽核小組", "verified-on", closing,
                "effectiveness", STEWARD_EFFECTIVENESS_EFFECTIVE, "closed-on", closing, NULL);
  save_record (s[1], f);
  steward_test_iterate (50);
  trend = steward_trends_page_get_trend (page);
  g_assert_cmpuint (g_array_index (trend, StewardFindingTrend, 11).n_closed, ==, 1);
  g_assert_cmpuint (g_array_index (trend, StewardFindingTrend, 11).n_open_at_end, ==, 1);
  g_assert_cmpfloat (plot_value (steward_trends_page_get_plot (page, STEWARD_TREND_OPEN_AT_END), 11), ==, 1);

  /* Quarters named in the calendar of the preferences. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *roc = steward_period_format (STEWARD_FREQUENCY_QUARTERLY, quarter, STEWARD_CALENDAR_ROC);

    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_ROC);
    steward_test_iterate (50);
    g_assert_cmpstr (grid_text (page, 0, 2 + 6), ==, roc);
    save_png (f->window, "trends-roc");
    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_GREGORIAN);
    steward_test_iterate (50);
  }

  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    g_object_unref (s[i]);
}

int
main (int   argc,
      char *argv[])
{
  const char *requested = g_getenv ("STEWARD_TEST_LANGUAGE") ?: g_getenv ("LANGUAGE");

  /* English unless asked for zh_TW, here or by STEWARD_TEST_LANGUAGE; then
   * nothing but zh_TW, no fallback language. */
  g_setenv ("LANGUAGE", requested != NULL && g_str_has_prefix (requested, "zh_TW") ? "zh_TW" : "en", TRUE);
  language = steward_test_init_ui (&argc, &argv, "findings");

#define ADD(path, func) \
  g_test_add ("/findings/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("findings/editor", test_finding_editor);
  ADD ("findings/close", test_finding_close);
  ADD ("findings/follow-up", test_finding_follow_up);
  ADD ("findings/list", test_finding_list);
  ADD ("findings/delete-undo", test_finding_delete_undo);
  ADD ("findings/read-only", test_finding_read_only);
  ADD ("audits/findings", test_audits);
  ADD ("risks/results", test_risk_results);
  ADD ("trends/quarters", test_trends);
  ADD ("exports/registers", test_exports);
#undef ADD

  return g_test_run ();
}
