/* test-context-issues-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The issues register and the yearly review of the context registers, in
 * real windows on a temporary database: typed into as a user would, saved
 * through the forms' save actions, refused with the reason beside the
 * field and the typing kept; searched, filtered and sorted; deleted and
 * brought back. Screenshots go to the build folder (STEWARD_TEST_OUTPUT)
 * to look at. In English by default; with LANGUAGE=zh_TW LANG=zh_TW.UTF-8
 * in Traditional Chinese. Runs under xvfb-run; no display is a failure. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "model/steward-context-issue.h"
#include "model/steward-scope-version.h"
#include "steward-test-util.h"
#include "views/context/steward-import-dialog.h"
#include "views/context/steward-issue-editor.h"
#include "views/context/steward-issues-page.h"
#include "views/context/steward-register-reviews-page.h"
#include "views/context/steward-scope-editor.h"
#include "widgets/steward-date-row.h"

static const char *language;

typedef struct
{
  StewardTestDb *t;
  GtkWidget     *window;
  GtkWidget     *page;
} Fixture;

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  steward_test_save_png (widget, "context", name, language);
}

/* The whole form, scrolled or not, on the window's background. */
static void
save_form_png (GtkWidget  *window,
               const char *name)
{
  g_autofree char *file = g_strdup_printf ("context-%s-form-%s.png", name, language);

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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
  steward_database_set_user_name (f->t->db, "林怡君");
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
type_into (gpointer widget,
           const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (widget), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/* The message beside a template field ("description" → description_error,
 * in an error row or under a text view); the field is in error colours
 * while it shows. */
static const char *
error_of (gpointer    editor,
          const char *field,
          const char *input_suffix)
{
  g_autofree char *input = g_strconcat (field, input_suffix, NULL);
  g_autofree char *name = g_strconcat (field, "_error", NULL);
  GtkWidget *label = steward_test_template_child (editor, name);
  GtkWidget *row = gtk_widget_get_ancestor (label, ADW_TYPE_PREFERENCES_ROW);

  if (!steward_test_is_shown (row != NULL ? row : label))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (editor, input)), "error"));

  return gtk_label_get_label (GTK_LABEL (label));
}

/* The same for a form built without a template: its error row shows. */
static const char *
named_error_of (gpointer    form,
                const char *field)
{
  g_autofree char *name = g_strconcat (field, "_error", NULL);
  GtkWidget *label = steward_test_must_find_named (form, name);
  GtkWidget *row = gtk_widget_get_parent (label);

  if (!steward_test_is_shown (GTK_IS_LIST_BOX_ROW (row) ? row : label))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (steward_test_must_find_named (form, field), "error"));

  return gtk_label_get_label (GTK_LABEL (label));
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

static GDate *
days_ago (guint days)
{
  GDate *date = steward_date_new_today ();

  g_date_subtract_days (date, days);

  return date;
}

/* Whether a label under @widget shows @text, as the user sees it. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  gboolean found = GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
                   g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && !found; c = gtk_widget_get_next_sibling (c))
    found = shows_label (c, text);

  return found;
}

/* The row titled @title under @widget. */
static AdwActionRow *
row_titled (GtkWidget  *widget,
            const char *title)
{
  AdwActionRow *found = NULL;

  if (ADW_IS_ACTION_ROW (widget) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ACTION_ROW (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && found == NULL; c = gtk_widget_get_next_sibling (c))
    found = row_titled (c, title);

  return found;
}

static const char *
dropdown_item (gpointer dropdown,
               guint    position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (gtk_drop_down_get_model (dropdown), position);

  return gtk_string_object_get_string (item);
}

static const char *
combo_item (gpointer row)
{
  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

/* The issues */

static StewardContextIssue *
add_issue (Fixture              *f,
           StewardScope          scope,
           StewardIssueCategory  category,
           StewardIssueStatus    status,
           const GDate          *identified_on,
           const char           *description,
           const char           *effect)
{
  g_autoptr(GError) error = NULL;
  StewardContextIssue *issue = g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                                             "scope", scope,
                                             "category", category,
                                             "status", status,
                                             "identified-on", identified_on,
                                             "description", description,
                                             "effect", effect,
                                             "source", STEWARD_ISSUE_SOURCE_SECURITY_MEETING,
                                             "source-ref", "115年度第1次資訊安全會議",
                                             NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (issue), f->t->db, &error));
  g_assert_no_error (error);

  return issue;
}

static const char *
description_at (GListModel *model,
                guint       position)
{
  g_autoptr(StewardContextIssue) issue = g_list_model_get_item (model, position);

  return steward_context_issue_get_description (issue);
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (steward_test_template_child (f->page, "stack"));
}

static void
test_issue_editor (Fixture       *f,
                   gconstpointer  data)
{
  StewardIssuesPage *page;
  StewardIssueEditor *editor;
  g_autoptr(StewardContextIssue) stored = NULL;
  g_autoptr(GDate) directive = date_new (2026, 2, 3);
  g_autoptr(GDate) identified = date_new (2026, 3, 1);
  g_autofree char *effect = NULL;
  g_autofree char *ref = NULL;
  g_autoptr(GError) error = NULL;

  show_page (f, steward_issues_page_new (), 1100, 640);
  page = STEWARD_ISSUES_PAGE (f->page);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  save_png (f->window, "issues-empty");

  editor = steward_test_keep_window (steward_issues_page_open_editor (page, NULL));
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));

  /* A new issue: external, open, identified today. */
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "scope_row")), ==, STEWARD_SCOPE_EXTERNAL);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (steward_test_template_child (editor, "category_row"))), ==, 9);
  g_assert_cmpstr (combo_item (steward_test_template_child (editor, "status_row")), ==, steward_issue_status_to_string (STEWARD_ISSUE_STATUS_OPEN));
  g_assert_nonnull (steward_date_row_get_date (steward_test_template_child (editor, "identified_on_row")));

  /* The categories follow the scope: the six internal ones of 5.1.3.2. */
  adw_combo_row_set_selected (steward_test_template_child (editor, "scope_row"), STEWARD_SCOPE_INTERNAL);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (steward_test_template_child (editor, "category_row"))), ==, 6);
  adw_combo_row_set_selected (steward_test_template_child (editor, "category_row"), 2);
  g_assert_cmpstr (combo_item (steward_test_template_child (editor, "category_row")), ==,
                   steward_issue_category_to_string (STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE));

  /* No description: refused, said beside the field, the typing kept. */
  type_into (steward_test_template_child (editor, "effect_view"), "資安事件應變延遲，影響核心系統之可用性目標。");
  adw_combo_row_set_selected (steward_test_template_child (editor, "source_row"), STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE);
  type_into (steward_test_template_child (editor, "source_ref_row"), "教育部臺教資(四)字第1150012345號");
  type_into (steward_test_template_child (editor, "source_date_row"), "115-02-03");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "description", "_view"), ==, _("Describe the issue."));
  effect = steward_test_dup_text (steward_test_template_child (editor, "effect_view"));
  ref = steward_test_dup_text (steward_test_template_child (editor, "source_ref_row"));
  g_assert_cmpstr (effect, ==, "資安事件應變延遲，影響核心系統之可用性目標。");
  g_assert_cmpstr (ref, ==, "教育部臺教資(四)字第1150012345號");
  g_assert_cmpint (count (f, "context_issue"), ==, 0);
  save_png (GTK_WIDGET (editor), "issue-editor-refused");

  /* Typing clears the message; a date that is no date is refused too. */
  type_into (steward_test_template_child (editor, "description_view"), "資安專業人力不足，夜間與假日之監控仰賴委外廠商。");
  g_assert_null (error_of (editor, "description", "_view"));
  type_into (steward_test_template_child (editor, "identified_on_row"), "next spring");
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "identified_on", "_row"), ==,
                   _("This is not a date: write it as 2026-11-24 or 115-11-24."));
  g_assert_cmpint (count (f, "context_issue"), ==, 0);

  type_into (steward_test_template_child (editor, "identified_on_row"), "115-03-01");
  save_png (GTK_WIDGET (editor), "issue-editor");
  save_form_png (GTK_WIDGET (editor), "issue-editor");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "context_issue"), ==, 1);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_CONTEXT_ISSUE,
                                steward_record_get_id (STEWARD_RECORD (steward_issue_editor_get_issue (editor))), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_context_issue_get_scope (stored), ==, STEWARD_SCOPE_INTERNAL);
  g_assert_cmpint (steward_context_issue_get_category (stored), ==, STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE);
  g_assert_cmpint (steward_context_issue_get_source (stored), ==, STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE);
  g_assert_cmpint (g_date_compare (steward_context_issue_get_source_date (stored), directive), ==, 0);
  g_assert_cmpint (g_date_compare (steward_context_issue_get_identified_on (stored), identified), ==, 0);
  g_assert_cmpstr (steward_context_issue_get_effect (stored), ==, "資安事件應變延遲，影響核心系統之可用性目標。");
  steward_test_drop_window (editor);

  /* The list shows it. */
  steward_test_iterate (50);
  g_assert_cmpstr (visible_page (f), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (steward_issues_page_get_visible_model (page)), ==, 1);
  g_assert_cmpstr (description_at (steward_issues_page_get_visible_model (page), 0), ==,
                   "資安專業人力不足，夜間與假日之監控仰賴委外廠商。");

  /* Edited and retired: the row follows at once, and leaves the list of
   * current issues. */
  editor = steward_test_keep_window (steward_issues_page_open_editor (page, stored));
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "scope_row")), ==, STEWARD_SCOPE_INTERNAL);
  g_assert_cmpstr (combo_item (steward_test_template_child (editor, "category_row")), ==,
                   steward_issue_category_to_string (STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE));
  adw_combo_row_set_selected (steward_test_template_child (editor, "status_row"), STEWARD_ISSUE_STATUS_RETIRED);
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (steward_issues_page_get_visible_model (page)), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  steward_issues_page_set_status_filter (page, STEWARD_ISSUE_FILTER_RETIRED);
  g_assert_cmpuint (g_list_model_get_n_items (steward_issues_page_get_visible_model (page)), ==, 1);
}

typedef struct
{
  StewardContextIssue *law;
  StewardContextIssue *cloud;
  StewardContextIssue *staff;
  StewardContextIssue *legacy;
} Issues;

static void
add_issues (Fixture *f,
            Issues  *issues)
{
  g_autoptr(GDate) jan = date_new (2026, 1, 10);
  g_autoptr(GDate) nov = date_new (2025, 11, 3);
  g_autoptr(GDate) feb = date_new (2026, 2, 20);
  g_autoptr(GDate) old = date_new (2024, 5, 1);

  issues->law = add_issue (f, STEWARD_SCOPE_EXTERNAL, STEWARD_ISSUE_LEGAL_REGULATORY, STEWARD_ISSUE_STATUS_OPEN, jan,
                           "資通安全管理法修正，關鍵基礎設施提供者之通報時限縮短。",
                           "需修訂事件通報程序並調整應變編組。");
  issues->cloud = add_issue (f, STEWARD_SCOPE_EXTERNAL, STEWARD_ISSUE_TECHNOLOGICAL, STEWARD_ISSUE_STATUS_MONITORED, nov,
                             "校務系統逐步移轉至政府雲端服務。",
                             "委外廠商管理與勒索軟體防護範圍擴大。");
  issues->staff = add_issue (f, STEWARD_SCOPE_INTERNAL, STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE, STEWARD_ISSUE_STATUS_OPEN, feb,
                             "資安專業人力不足。",
                             "監控與稽核作業可能延遲。");
  issues->legacy = add_issue (f, STEWARD_SCOPE_INTERNAL, STEWARD_ISSUE_SYSTEMS_PROCESSES, STEWARD_ISSUE_STATUS_RETIRED, old,
                              "舊版公文系統停止維護。",
                              "已於 113 年汰換。");
}

static void
clear_issues (Issues *issues)
{
  g_clear_object (&issues->law);
  g_clear_object (&issues->cloud);
  g_clear_object (&issues->staff);
  g_clear_object (&issues->legacy);
}

static void
test_issue_list (Fixture       *f,
                 gconstpointer  data)
{
  Issues issues;
  StewardIssuesPage *page;
  GListModel *visible;
  GtkColumnView *column_view;
  g_autofree char *summary = NULL;

  add_issues (f, &issues);
  show_page (f, steward_issues_page_new (), 1280, 600);
  page = STEWARD_ISSUES_PAGE (f->page);
  visible = steward_issues_page_get_visible_model (page);
  column_view = steward_test_template_child (page, "column_view");

  /* Retired issues hidden, the latest first. */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_record_get_id (STEWARD_RECORD (issues.staff)));
  g_assert_cmpint (steward_test_id_at (visible, 2), ==, steward_record_get_id (STEWARD_RECORD (issues.cloud)));

  /* The summary counts them, and says the register was never reviewed. */
  summary = g_strdup_printf (_("%u open, %u monitored, %u retired."), 2, 1, 1);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (steward_test_template_child (page, "summary_label")), summary));
  g_assert_nonnull (strstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), _("Never reviewed")));
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "due_badge")));
  save_png (f->window, "issues");

  /* Dates follow the calendar of the preferences. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autoptr(GDate) feb = date_new (2026, 2, 20);
    g_autofree char *gregorian = steward_date_format (feb, STEWARD_CALENDAR_GREGORIAN);
    g_autofree char *roc = steward_date_format (feb, STEWARD_CALENDAR_ROC);

    g_assert_true (shows_label (GTK_WIDGET (column_view), gregorian));
    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_ROC);
    steward_test_iterate (100);
    g_assert_true (shows_label (GTK_WIDGET (column_view), roc));
    g_assert_false (shows_label (GTK_WIDGET (column_view), gregorian));
    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_GREGORIAN);
    steward_test_iterate (100);
    g_assert_true (shows_label (GTK_WIDGET (column_view), gregorian));
  }

  /* The filters: status, scope, and the categories of the scope. */
  steward_issues_page_set_status_filter (page, STEWARD_ISSUE_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 4);
  steward_issues_page_set_status_filter (page, STEWARD_ISSUE_FILTER_MONITORED);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  steward_issues_page_set_status_filter (page, STEWARD_ISSUE_FILTER_CURRENT);
  gtk_drop_down_set_selected (steward_test_template_child (page, "scope_dropdown"), 1);  /* internal */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (steward_test_template_child (page, "category_dropdown"))), ==, 7);
  gtk_drop_down_set_selected (steward_test_template_child (page, "scope_dropdown"), 2);  /* external */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (steward_test_template_child (page, "category_dropdown"))), ==, 10);
  gtk_drop_down_set_selected (steward_test_template_child (page, "category_dropdown"), 1 + STEWARD_ISSUE_TECHNOLOGICAL);
  g_assert_cmpstr (dropdown_item (steward_test_template_child (page, "category_dropdown"), 1 + STEWARD_ISSUE_TECHNOLOGICAL), ==,
                   steward_issue_category_to_string (STEWARD_ISSUE_TECHNOLOGICAL));
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_record_get_id (STEWARD_RECORD (issues.cloud)));
  gtk_drop_down_set_selected (steward_test_template_child (page, "scope_dropdown"), 0);
  gtk_drop_down_set_selected (steward_test_template_child (page, "category_dropdown"), 0);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* The search, as typed: over descriptions and over effects. */
  steward_issues_page_set_search (page, "雲端");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_record_get_id (STEWARD_RECORD (issues.cloud)));
  steward_issues_page_set_search (page, "通報程序");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_record_get_id (STEWARD_RECORD (issues.law)));
  steward_issues_page_set_search (page, "區塊鏈");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  save_png (f->window, "issues-no-match");
  steward_issues_page_set_search (page, "");
  g_assert_cmpstr (visible_page (f), ==, "list");

  /* Sorted by a column: the oldest first, then by status (open,
   * monitored), then by description. */
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "identified_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_record_get_id (STEWARD_RECORD (issues.cloud)));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "status_column"), GTK_SORT_DESCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_record_get_id (STEWARD_RECORD (issues.cloud)));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "status_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 2), ==, steward_record_get_id (STEWARD_RECORD (issues.cloud)));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "description_column"), GTK_SORT_ASCENDING);
  for (guint i = 1; i < g_list_model_get_n_items (visible); i++)
    g_assert_cmpint (g_utf8_collate (description_at (visible, i - 1), description_at (visible, i)), <=, 0);
  save_png (f->window, "issues-sorted");

  /* A link to a retired issue: the filters make way, the row is selected. */
  steward_page_show_record (STEWARD_PAGE (page), steward_record_get_id (STEWARD_RECORD (issues.legacy)));
  g_assert_cmpuint (gtk_drop_down_get_selected (steward_test_template_child (page, "status_dropdown")), ==, STEWARD_ISSUE_FILTER_ALL);
  g_assert_cmpint (steward_record_get_id (gtk_single_selection_get_selected_item (steward_test_template_child (page, "selection"))), ==,
                   steward_record_get_id (STEWARD_RECORD (issues.legacy)));
  steward_test_iterate (50);
  save_png (f->window, "issues-linked");

  clear_issues (&issues);
}

static void
test_issue_delete_undo (Fixture       *f,
                        gconstpointer  data)
{
  Issues issues;
  StewardIssuesPage *page;
  GListModel *visible;
  g_autoptr(StewardContextIssue) restored = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gint64 id;

  add_issues (f, &issues);
  show_page (f, steward_issues_page_new (), 1100, 600);
  page = STEWARD_ISSUES_PAGE (f->page);
  visible = steward_issues_page_get_visible_model (page);
  id = steward_record_get_id (STEWARD_RECORD (issues.law));

  toast = steward_issues_page_delete_issue (page, issues.law);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "context_issue"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  save_png (f->window, "issues-deleted");

  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "context_issue"), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_CONTEXT_ISSUE, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_context_issue_get_effect (restored), ==, "需修訂事件通報程序並調整應變編組。");

  /* The Delete key deletes the selected issue. */
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  steward_test_activate (page, "issues.delete-selected");
  g_assert_cmpint (count (f, "context_issue"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);

  clear_issues (&issues);
}

static void
test_issue_read_only (Fixture       *f,
                      gconstpointer  data)
{
  Issues issues;
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GError) error = NULL;
  StewardIssuesPage *page;

  add_issues (f, &issues);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  show_page (f, steward_issues_page_new (), 900, 500);
  page = STEWARD_ISSUES_PAGE (f->page);
  steward_page_set_database (STEWARD_PAGE (page), read_only);

  g_assert_cmpuint (g_list_model_get_n_items (steward_issues_page_get_visible_model (page)), ==, 3);
  g_assert_null (steward_issues_page_open_editor (page, NULL));
  g_assert_null (steward_issues_page_open_editor (page, issues.law));
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "issues.delete-selected", NULL);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "context_issue"), ==, 4);

  steward_page_set_database (STEWARD_PAGE (page), NULL);
  clear_issues (&issues);
}

static char *
export_to (Fixture     *f,
           const char  *name,
           gsize       *length)
{
  g_autofree char *path = g_build_filename (f->t->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (steward_issues_page_export (STEWARD_ISSUES_PAGE (f->page), path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static void
test_issue_export (Fixture       *f,
                   gconstpointer  data)
{
  Issues issues;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *odd = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  add_issues (f, &issues);
  show_page (f, steward_issues_page_new (), 900, 500);
  g_assert_true (gtk_widget_is_sensitive (steward_test_template_child (f->page, "export_button")));

  /* The register as stored, whatever the search shows; retired issues
   * are not in it. The CSV is UTF-8 with a byte-order mark, for Excel. */
  steward_issues_page_set_search (STEWARD_ISSUES_PAGE (f->page), "雲端");
  csv = export_to (f, "register.csv", &length);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (csv, "資安專業人力不足。"));
  g_assert_nonnull (strstr (csv, "資通安全管理法修正"));
  g_assert_null (strstr (csv, "舊版公文系統停止維護。"));
  xlsx = export_to (f, "register.xlsx", &length);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (xlsx, "PK\x03\x04", 4) == 0);
  pdf = export_to (f, "register.pdf", &length);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));

  odd = g_build_filename (f->t->dir, "register.txt", NULL);
  g_assert_false (steward_issues_page_export (STEWARD_ISSUES_PAGE (f->page), odd, &error));
  g_assert_nonnull (error);

  clear_issues (&issues);
}

static GtkWindow *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* "Import from CSV…" opens the preview of a file of issues over the page. */
static void
test_issue_import (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  show_page (f, steward_issues_page_new (), 900, 500);
  g_assert_null (find_window (STEWARD_TYPE_IMPORT_DIALOG));
  steward_test_activate (f->page, "issues.import");
  dialog = find_window (STEWARD_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  gtk_window_destroy (dialog);
  steward_test_iterate (20);
}

/* The yearly review */

static void
test_register_reviews (Fixture       *f,
                       gconstpointer  data)
{
  StewardRegisterReviewsPage *page;
  GtkWindow *form;
  g_autoptr(GDate) three_days_ago = days_ago (3);
  g_autofree char *review_date = steward_test_dup_iso_date (three_days_ago);
  g_autofree char *changes = NULL;
  g_autofree char *four_due = NULL;
  g_autofree char *three_due = NULL;
  StewardRegisterStatus *status;

  show_page (f, steward_register_reviews_page_new (), 900, 900);
  page = STEWARD_REGISTER_REVIEWS_PAGE (f->page);

  /* Never reviewed: every register is due. */
  for (StewardRegister reg = STEWARD_REGISTER_ISSUES; reg <= STEWARD_REGISTER_SCOPE; reg++)
    g_assert_true (steward_register_status_get_due (steward_register_reviews_page_get_status (page, reg)));
  four_due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u register is due for review.",
                                           "%u registers are due for review.", 4), 4);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, four_due);
  save_png (f->window, "reviews-all-due");

  /* The review of the issues: by the user, today, no change, unless
   * said otherwise; then what changed is needed. */
  form = steward_test_keep_window (steward_register_reviews_page_mark_reviewed (page, STEWARD_REGISTER_ISSUES));
  g_assert_cmpstr (gtk_editable_get_text (steward_test_must_find_named (form, "reviewer_row")), ==, "林怡君");
  g_assert_true (gtk_switch_get_active (steward_test_must_find_named (form, "no_change_switch")));
  g_assert_false (steward_test_is_shown (gtk_widget_get_ancestor (steward_test_must_find_named (form, "changes_view"), ADW_TYPE_PREFERENCES_GROUP)));
  gtk_switch_set_active (steward_test_must_find_named (form, "no_change_switch"), FALSE);
  g_assert_true (steward_test_is_shown (gtk_widget_get_ancestor (steward_test_must_find_named (form, "changes_view"), ADW_TYPE_PREFERENCES_GROUP)));
  type_into (steward_test_must_find_named (form, "reviewer_row"), "");
  type_into (steward_test_must_find_named (form, "reviewed_on_row"), review_date);
  type_into (steward_test_must_find_named (form, "note_row"), "併同管理審查會議前檢視");
  steward_test_activate (form, "form.save");
  g_assert_true (steward_test_is_shown (form));
  g_assert_cmpstr (named_error_of (form, "reviewer_row"), ==, _("Enter who reviewed the register."));
  g_assert_cmpstr (named_error_of (form, "changes_view"), ==, _("Say what changed, or mark the review as “no change”."));
  g_assert_cmpint (count (f, "register_review"), ==, 0);
  save_png (GTK_WIDGET (form), "review-form-refused");

  type_into (steward_test_must_find_named (form, "reviewer_row"), "陳建宏");
  g_assert_null (named_error_of (form, "reviewer_row"));
  type_into (steward_test_must_find_named (form, "changes_view"), "新增「政府雲端服務移轉」外部議題。");
  changes = steward_test_dup_text (steward_test_must_find_named (form, "changes_view"));
  save_png (GTK_WIDGET (form), "review-form");
  save_form_png (GTK_WIDGET (form), "review-form");
  steward_test_activate (form, "form.save");
  g_assert_false (steward_test_is_shown (form));
  steward_test_drop_window (form);
  g_assert_cmpint (count (f, "register_review"), ==, 1);

  status = steward_register_reviews_page_get_status (page, STEWARD_REGISTER_ISSUES);
  g_assert_false (steward_register_status_get_due (status));
  g_assert_cmpstr (steward_register_review_get_reviewer (steward_register_status_get_last_review (status)), ==, "陳建宏");
  g_assert_cmpstr (steward_register_review_get_changes (steward_register_status_get_last_review (status)), ==, changes);
  g_assert_true (steward_register_status_get_due (steward_register_reviews_page_get_status (page, STEWARD_REGISTER_PARTIES)));
  three_due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u register is due for review.",
                                            "%u registers are due for review.", 3), 3);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, three_due);
  save_png (f->window, "reviews-one-reviewed");

  /* The row says when, in the calendar of the preferences. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *gregorian = steward_date_format (three_days_ago, STEWARD_CALENDAR_GREGORIAN);
    g_autofree char *roc = steward_date_format (three_days_ago, STEWARD_CALENDAR_ROC);
    AdwActionRow *row = row_titled (f->page, steward_register_to_string (STEWARD_REGISTER_ISSUES));

    g_assert_nonnull (row);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), gregorian));
    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_ROC);
    steward_test_iterate (100);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), roc));
    g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_GREGORIAN);
    steward_test_iterate (100);
  }

  /* A new business line, today: every register is due again. */
  form = steward_test_keep_window (steward_register_reviews_page_record_change (page));
  steward_test_activate (form, "form.save");
  g_assert_cmpstr (named_error_of (form, "description_view"), ==, _("Describe the change."));
  g_assert_cmpint (count (f, "org_change"), ==, 0);
  adw_combo_row_set_selected (steward_test_must_find_named (form, "kind_row"), STEWARD_CHANGE_NEW_BUSINESS);
  type_into (steward_test_must_find_named (form, "description_view"), "承接縣內國中小校務行政系統集中維運業務。");
  save_png (GTK_WIDGET (form), "change-form");
  steward_test_activate (form, "form.save");
  g_assert_false (steward_test_is_shown (form));
  steward_test_drop_window (form);
  g_assert_cmpint (count (f, "org_change"), ==, 1);

  for (StewardRegister reg = STEWARD_REGISTER_ISSUES; reg <= STEWARD_REGISTER_SCOPE; reg++)
    g_assert_true (steward_register_status_get_due (steward_register_reviews_page_get_status (page, reg)));
  status = steward_register_reviews_page_get_status (page, STEWARD_REGISTER_ISSUES);
  g_assert_cmpint (steward_register_status_get_due_reason (status), ==, STEWARD_REGISTER_CHANGE_TRIGGER);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, four_due);
  g_assert_nonnull (gtk_list_box_get_row_at_index (steward_test_template_child (page, "changes_list"), 0));
  save_png (f->window, "reviews-after-change");

  /* Reviewed after the change: no longer due. */
  form = steward_test_keep_window (steward_register_reviews_page_mark_reviewed (page, STEWARD_REGISTER_CONTACTS));
  steward_test_activate (form, "form.save");
  g_assert_false (steward_test_is_shown (form));
  steward_test_drop_window (form);
  g_assert_false (steward_register_status_get_due (steward_register_reviews_page_get_status (page, STEWARD_REGISTER_CONTACTS)));
}

static void
test_scope_versions (Fixture       *f,
                     gconstpointer  data)
{
  StewardRegisterReviewsPage *page;
  StewardScopeEditor *editor;
  g_autofree char *statement = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today_text = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  gint64 first_id;
  GtkListBoxRow *row;

  show_page (f, steward_register_reviews_page_new (), 900, 900);
  page = STEWARD_REGISTER_REVIEWS_PAGE (f->page);

  /* The first version: nothing to start from; statement and decision
   * needed. */
  editor = steward_test_keep_window (steward_register_reviews_page_edit_scope (page, NULL));
  g_assert_cmpint (steward_scope_version_get_version (steward_scope_editor_get_version (editor)), ==, 1);
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "statement", "_view"), ==, _("Write the scope statement."));
  g_assert_cmpstr (error_of (editor, "decision_ref", "_row"), ==, _("Name the decision or directive that set this scope."));
  g_assert_cmpint (count (f, "scope_version"), ==, 0);
  type_into (steward_test_template_child (editor, "statement_view"), "本中心資訊機房、校務行政系統及其維運人員。");
  type_into (steward_test_template_child (editor, "decision_ref_row"), "114年度第2次資訊安全會議 決議一");
  type_into (steward_test_template_child (editor, "decision_date_row"), "114-12-15");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  first_id = steward_record_get_id (STEWARD_RECORD (steward_scope_editor_get_version (editor)));
  steward_test_drop_window (editor);
  g_assert_cmpint (count (f, "scope_version"), ==, 1);

  /* The next: number 2, starting from the statement in effect. */
  editor = steward_test_keep_window (steward_register_reviews_page_edit_scope (page, NULL));
  g_assert_cmpint (steward_scope_version_get_version (steward_scope_editor_get_version (editor)), ==, 2);
  statement = steward_test_dup_text (steward_test_template_child (editor, "statement_view"));
  g_assert_cmpstr (statement, ==, "本中心資訊機房、校務行政系統及其維運人員。");
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (editor, "decision_ref_row")), ==, "");
  type_into (steward_test_template_child (editor, "statement_view"), "本中心資訊機房、校務行政系統、政府雲端服務及其維運人員。");
  adw_combo_row_set_selected (steward_test_template_child (editor, "decision_kind_row"), STEWARD_DECISION_SUPERIOR_DIRECTIVE);
  type_into (steward_test_template_child (editor, "decision_ref_row"), "教育部臺教資(四)字第1150012345號函");
  save_png (GTK_WIDGET (editor), "scope-editor");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  g_assert_cmpint (count (f, "scope_version"), ==, 2);

  /* Newest first. */
  row = gtk_list_box_get_row_at_index (steward_test_template_child (page, "versions_list"), 0);
  g_assert_nonnull (row);
  today_text = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  title = g_strdup_printf (_("Version %d, effective from %s"), 2, today_text);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
  g_assert_nonnull (gtk_list_box_get_row_at_index (steward_test_template_child (page, "versions_list"), 1));
  g_assert_null (gtk_list_box_get_row_at_index (steward_test_template_child (page, "versions_list"), 2));

  /* A link to the first version selects its row. */
  steward_page_show_record (STEWARD_PAGE (page), first_id);
  row = gtk_list_box_get_selected_row (steward_test_template_child (page, "versions_list"));
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 1);
  save_png (f->window, "reviews-scope");
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "context");

#define ADD(path, func) \
  g_test_add ("/context-issues/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("issues/editor", test_issue_editor);
  ADD ("issues/list", test_issue_list);
  ADD ("issues/delete-undo", test_issue_delete_undo);
  ADD ("issues/read-only", test_issue_read_only);
  ADD ("issues/export", test_issue_export);
  ADD ("issues/import", test_issue_import);
  ADD ("reviews/registers", test_register_reviews);
  ADD ("reviews/scope", test_scope_versions);
#undef ADD

  return g_test_run ();
}
