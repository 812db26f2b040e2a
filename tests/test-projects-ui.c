/* test-projects-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Projects place (procedure 5.8) and the Equipment hand-over place
 * (3.10), in real windows on a temporary database: typed into as a user
 * would, saved through the forms' actions, refused with the reason beside
 * the field and the typing kept; searched, filtered and sorted; deleted
 * and brought back. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW LANG=zh_TW.UTF-8 in Traditional Chinese. Runs under
 * xvfb-run; no display is a failure. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "logic/steward-date.h"
#include "model/steward-action-item.h"
#include "model/steward-handover-item.h"
#include "model/steward-person.h"
#include "model/steward-project-review.h"
#include "model/steward-project-role.h"
#include "steward-test-util.h"
#include "views/handover/steward-handover-editor.h"
#include "views/handover/steward-handovers-page.h"
#include "views/objectives/steward-objective-form.h"
#include "views/projects/steward-project-editor.h"
#include "views/projects/steward-project-review-editor.h"
#include "views/projects/steward-projects-page.h"
#include "widgets/steward-date-row.h"

static const char *language;

typedef struct
{
  StewardTestDb *t;
  GtkWidget     *window;
  GtkWidget     *page;
  gint64         lin;    /* people */
  gint64         chen;
  gint64         wang;
} Fixture;

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  steward_test_save_png (widget, "projects", name, language);
}

/* The whole form, scrolled or not, on the window's background. */
static void
save_form_png (GtkWidget  *window,
               const char *name)
{
  g_autofree char *file = g_strdup_printf ("projects-%s-form-%s.png", name, language);

  /* Laid out again after what the test typed. */
  gtk_test_widget_wait_for_draw (window);
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

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (person, "name", name, "unit", "資訊中心", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), f->t->db, &error));
  g_assert_no_error (error);

  return steward_record_get_id (STEWARD_RECORD (person));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
  steward_database_set_user_name (f->t->db, "林怡君");
  f->lin = add_person (f, "林怡君");
  f->chen = add_person (f, "陳建宏");
  f->wang = add_person (f, "王美玲");
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

/* The message beside a template field ("name" → name_error in
 * name_error_row); the field is in error colours while it shows. */
static const char *
error_of (gpointer    editor,
          const char *field,
          const char *row)
{
  g_autofree char *name = g_strconcat (field, "_error", NULL);
  GtkWidget *label = steward_test_template_child (editor, name);
  GtkWidget *error_row = gtk_widget_get_ancestor (label, ADW_TYPE_PREFERENCES_ROW);

  if (!steward_test_is_shown (error_row != NULL ? error_row : label))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (editor, row)), "error"));

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

static guint
n_rows (gpointer list_box)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list_box, n) != NULL)
    n++;

  return n;
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (steward_test_template_child (f->page, "stack"));
}

/* The start of a file written, to tell what it is. */
static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  return contents;
}

/* Projects */

static StewardProject *
add_project (Fixture     *f,
             const char  *name,
             gint64       owner_id,
             const GDate *start,
             const GDate *end,
             const GDate *risk_assessed_on)
{
  g_autoptr(GError) error = NULL;
  StewardProject *project = g_object_new (STEWARD_TYPE_PROJECT,
                                          "name", name,
                                          "owner-id", owner_id,
                                          "start-date", start,
                                          "end-date", end,
                                          "risk-assessed-on", risk_assessed_on,
                                          NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (project), f->t->db, &error));
  g_assert_no_error (error);

  return project;
}

static void
test_project_editor (Fixture       *f,
                     gconstpointer  data)
{
  StewardProjectsPage *page;
  StewardProjectEditor *editor;
  g_autoptr(StewardProject) stored = NULL;
  g_autoptr(GDate) start = date_new (2026, 3, 1);
  g_autoptr(GDate) end = date_new (2026, 12, 31);
  g_autofree char *result = NULL;
  g_autoptr(GError) error = NULL;

  show_page (f, steward_projects_page_new (), 1200, 640);
  page = STEWARD_PROJECTS_PAGE (f->page);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  save_png (f->window, "empty");

  editor = steward_test_keep_window (steward_projects_page_open_editor (page, NULL));
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));

  /* No name: refused, said beside the field, nothing stored. */
  steward_test_type_into (steward_test_template_child (editor, "start_date_row"), "2026-03-01");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "name", "name_row"), ==, _("Enter the name of the project."));
  g_assert_cmpint (count (f, "project"), ==, 0);

  /* Ending before it starts: refused, the typing kept. */
  steward_test_type_into (steward_test_template_child (editor, "name_row"), "校務行政系統雲端移轉");
  g_assert_null (error_of (editor, "name", "name_row"));
  steward_objective_form_select_person (steward_test_template_child (editor, "owner_row"), f->chen);
  steward_test_type_into (steward_test_template_child (editor, "end_date_row"), "115-02-01");
  gtk_switch_set_active (steward_test_template_child (editor, "security_switch"), TRUE);
  steward_test_type_into (steward_test_template_child (editor, "requirements_ref_row"), "契約第12條 資安要求");
  steward_test_type_into (steward_test_template_child (editor, "risk_result_view"), "識別高風險2項：資料外洩、服務中斷。");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "end_date", "end_date_row"), ==, _("The project cannot end before it starts."));
  g_assert_cmpint (count (f, "project"), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (editor, "name_row")), ==, "校務行政系統雲端移轉");
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (editor, "end_date_row")), ==, "115-02-01");
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (editor, "requirements_ref_row")), ==, "契約第12條 資安要求");
  result = steward_test_dup_text (steward_test_template_child (editor, "risk_result_view"));
  g_assert_cmpstr (result, ==, "識別高風險2項：資料外洩、服務中斷。");
  save_png (GTK_WIDGET (editor), "editor-refused");

  /* A date that is none: said so. */
  steward_test_type_into (steward_test_template_child (editor, "end_date_row"), "明年");
  g_assert_null (error_of (editor, "end_date", "end_date_row"));
  steward_test_activate (editor, "editor.save");
  g_assert_nonnull (error_of (editor, "end_date", "end_date_row"));
  g_assert_cmpint (count (f, "project"), ==, 0);

  steward_test_type_into (steward_test_template_child (editor, "end_date_row"), "2026-12-31");
  save_form_png (GTK_WIDGET (editor), "new");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "project"), ==, 1);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_PROJECT, steward_test_id_of (steward_project_editor_get_project (editor)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_project_get_name (stored), ==, "校務行政系統雲端移轉");
  g_assert_cmpint (steward_project_get_owner_id (stored), ==, f->chen);
  g_assert_cmpint (g_date_compare (steward_project_get_start_date (stored), start), ==, 0);
  g_assert_cmpint (g_date_compare (steward_project_get_end_date (stored), end), ==, 0);
  g_assert_true (steward_project_get_security_in_requirements (stored));
  g_assert_cmpstr (steward_project_get_requirements_ref (stored), ==, "契約第12條 資安要求");
  g_assert_null (steward_project_get_risk_assessed_on (stored));
  steward_test_drop_window (editor);

  steward_test_iterate (50);
  g_assert_cmpstr (visible_page (f), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (steward_projects_page_get_visible_model (page)), ==, 1);
}

static void
test_project_reviews_roles (Fixture       *f,
                            gconstpointer  data)
{
  StewardProjectsPage *page;
  StewardProjectEditor *editor;
  StewardProjectReviewEditor *review_editor;
  StewardActionItem *action;
  g_autoptr(StewardProject) project = NULL;
  g_autoptr(StewardProject) later = NULL;
  g_autoptr(GDate) started = steward_test_days_from_today (-30);
  g_autoptr(GDate) next_month = steward_test_days_from_today (30);
  g_autoptr(GDate) assessed = steward_test_days_from_today (-20);
  g_autoptr(GPtrArray) roles = NULL;
  g_autoptr(StewardQuery) query = NULL;
  g_autofree char *due_line = NULL;
  g_autofree char *assessed_text = steward_test_dup_iso_date (assessed);
  GListModel *visible;
  gint64 review_id;

  project = add_project (f, "機房門禁系統汰換", f->lin, started, NULL, NULL);
  later = add_project (f, "公文系統升級", f->wang, next_month, NULL, NULL);
  show_page (f, steward_projects_page_new (), 1200, 600);
  page = STEWARD_PROJECTS_PAGE (f->page);
  visible = steward_projects_page_get_visible_model (page);

  /* Started a month ago without a risk assessment: due, and said above
   * the list; the one starting next month is not. */
  g_assert_cmpuint (steward_projects_page_get_n_risk_due (page), ==, 1);
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));
  due_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project started without a risk assessment",
                                           "%u projects started without a risk assessment", 1), 1);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, due_line);
  steward_projects_page_set_risk_due_only (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (project));
  save_png (f->window, "risk-due");
  steward_projects_page_set_risk_due_only (page, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);

  editor = steward_test_keep_window (steward_projects_page_open_editor (page, project));
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  g_assert_cmpuint (n_rows (steward_test_template_child (editor, "roles_list")), ==, 0);

  /* A role: nobody chosen, or no role: refused. */
  steward_test_type_into (steward_test_template_child (editor, "role_row"), "專案資安窗口");
  g_assert_false (steward_project_editor_add_role (editor));
  g_assert_cmpstr (error_of (editor, "role", "role_person_row"), ==, _("Choose the person."));
  g_assert_cmpint (count (f, "project_role"), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (editor, "role_row")), ==, "專案資安窗口");
  steward_objective_form_select_person (steward_test_template_child (editor, "role_person_row"), f->chen);
  g_assert_null (error_of (editor, "role", "role_person_row"));
  g_assert_true (steward_project_editor_add_role (editor));
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "project_role"), ==, 1);
  g_assert_cmpuint (n_rows (steward_test_template_child (editor, "roles_list")), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (editor, "role_row")), ==, "");

  steward_objective_form_select_person (steward_test_template_child (editor, "role_person_row"), f->wang);
  steward_test_activate (editor, "editor.add-role");
  g_assert_cmpstr (error_of (editor, "role", "role_row"), ==, _("Enter the role."));
  steward_test_type_into (steward_test_template_child (editor, "role_row"), "系統管理者");
  steward_test_activate (editor, "editor.add-role");
  g_assert_cmpint (count (f, "project_role"), ==, 2);
  g_assert_cmpuint (n_rows (steward_test_template_child (editor, "roles_list")), ==, 2);

  /* A security review, with a follow-up action made from it. */
  review_editor = steward_test_keep_window (steward_project_editor_open_review (editor, NULL));
  steward_test_type_into (steward_test_template_child (review_editor, "reviewed_on_row"), "");
  steward_test_activate (review_editor, "editor.save");
  g_assert_cmpstr (error_of (review_editor, "reviewed_on", "reviewed_on_row"), ==, _("Enter the date of the review."));
  g_assert_cmpint (count (f, "project_review"), ==, 0);
  steward_test_type_into (steward_test_template_child (review_editor, "reviewed_on_row"), assessed_text);
  steward_test_type_into (steward_test_template_child (review_editor, "findings_view"), "門禁紀錄未保存6個月以上。");
  steward_test_type_into (steward_test_template_child (review_editor, "actions_view"), "調整紀錄保存設定並每月抽查。");

  /* The action: nothing said: refused, the review not stored yet. */
  g_assert_null (steward_project_review_editor_create_action (review_editor));
  g_assert_cmpstr (error_of (review_editor, "action_title", "action_title_row"), ==, _("Say what is to be done."));
  g_assert_cmpint (count (f, "action_item"), ==, 0);
  g_assert_cmpint (count (f, "project_review"), ==, 0);
  steward_test_type_into (steward_test_template_child (review_editor, "action_title_row"), "門禁紀錄保存期限調整為1年");
  /* Owned by the project's owner unless said otherwise. */
  g_assert_cmpint (steward_objective_form_get_person (steward_test_template_child (review_editor, "action_owner_row")), ==, f->lin);
  action = steward_project_review_editor_create_action (review_editor);
  g_assert_nonnull (action);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "project_review"), ==, 1);
  g_assert_cmpint (count (f, "action_item"), ==, 1);
  review_id = steward_test_id_of (steward_project_review_editor_get_review (review_editor));
  g_assert_cmpint (steward_action_item_get_source_kind (action), ==, STEWARD_ACTION_SOURCE_PROJECT_REVIEW);
  g_assert_cmpint (steward_action_item_get_source_id (action), ==, review_id);
  g_assert_cmpint (steward_action_item_get_owner_id (action), ==, f->lin);
  g_assert_cmpint (steward_action_item_get_status (action), ==, STEWARD_ACTION_OPEN);
  g_assert_nonnull (steward_action_item_get_source_label (action));
  g_assert_cmpuint (n_rows (steward_test_template_child (review_editor, "actions_list")), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (review_editor, "action_title_row")), ==, "");
  g_assert_true (steward_test_is_shown (steward_test_template_child (review_editor, "delete_button")));
  save_png (GTK_WIDGET (review_editor), "review-editor");
  save_form_png (GTK_WIDGET (review_editor), "review");
  steward_test_activate (review_editor, "editor.save");
  g_assert_false (steward_test_is_shown (review_editor));
  steward_test_drop_window (review_editor);
  g_assert_cmpint (count (f, "project_review"), ==, 1);
  g_assert_cmpuint (n_rows (steward_test_template_child (editor, "reviews_list")), ==, 1);

  /* Its risk assessment done: no longer due. */
  steward_test_type_into (steward_test_template_child (editor, "risk_assessed_on_row"), assessed_text);
  steward_test_type_into (steward_test_template_child (editor, "risk_result_view"), "中風險3項，已訂處理計畫。");
  save_png (GTK_WIDGET (editor), "editor");
  save_form_png (GTK_WIDGET (editor), "edit");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  steward_test_iterate (50);
  g_assert_cmpuint (steward_projects_page_get_n_risk_due (page), ==, 0);
  g_assert_false (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));

  /* The roles, as stored. */
  query = steward_query_new ();
  steward_query_order_by (query, "id", FALSE);
  roles = steward_test_load_all (f->t->db, STEWARD_TYPE_PROJECT_ROLE, query);
  g_assert_cmpuint (roles->len, ==, 2);
  g_assert_cmpint (steward_project_role_get_person_id (g_ptr_array_index (roles, 0)), ==, f->chen);
  g_assert_cmpstr (steward_project_role_get_role (g_ptr_array_index (roles, 0)), ==, "專案資安窗口");
  g_assert_cmpint (steward_project_role_get_project_id (g_ptr_array_index (roles, 1)), ==, steward_test_id_of (project));

  /* The search finds a project by the people in its roles. */
  steward_projects_page_set_search (page, "王美玲");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  steward_projects_page_set_search (page, "系統管理者");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (project));
  steward_projects_page_set_search (page, "");
  save_png (f->window, "list");
}

static void
test_project_list (Fixture       *f,
                   gconstpointer  data)
{
  StewardProjectsPage *page;
  GListModel *visible;
  GtkColumnView *column_view;
  g_autoptr(GDate) old_start = date_new (2024, 2, 1);
  g_autoptr(GDate) old_end = date_new (2024, 12, 31);
  g_autoptr(GDate) running_start = steward_test_days_from_today (-100);
  g_autoptr(GDate) assessed = steward_test_days_from_today (-95);
  g_autoptr(GDate) coming = steward_test_days_from_today (60);
  g_autoptr(StewardProject) ended = NULL;
  g_autoptr(StewardProject) running = NULL;
  g_autoptr(StewardProject) future = NULL;

  ended = add_project (f, "電子郵件系統更新", f->chen, old_start, old_end, old_start);
  running = add_project (f, "資安監控中心建置", f->lin, running_start, NULL, assessed);
  future = add_project (f, "校園網路骨幹更新", f->wang, coming, NULL, NULL);
  show_page (f, steward_projects_page_new (), 1200, 500);
  page = STEWARD_PROJECTS_PAGE (f->page);
  visible = steward_projects_page_get_visible_model (page);
  column_view = steward_test_template_child (page, "column_view");

  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpuint (steward_projects_page_get_n_risk_due (page), ==, 0);

  /* Phases. */
  steward_projects_page_set_phase_filter (page, STEWARD_PROJECT_PHASE_RUNNING);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (running));
  steward_projects_page_set_phase_filter (page, STEWARD_PROJECT_PHASE_ENDED);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (ended));
  steward_projects_page_set_phase_filter (page, STEWARD_PROJECT_PHASE_NOT_STARTED);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (future));
  steward_projects_page_set_phase_filter (page, STEWARD_PROJECT_PHASE_ALL);

  /* The search, as typed: by name and by owner. */
  steward_projects_page_set_search (page, "監控");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (running));
  steward_projects_page_set_search (page, "陳建宏");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (ended));
  steward_projects_page_set_search (page, "區塊鏈");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  save_png (f->window, "no-match");
  steward_projects_page_set_search (page, "");
  g_assert_cmpstr (visible_page (f), ==, "list");

  /* Sorted by a column. */
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "start_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (ended));
  g_assert_cmpint (steward_test_id_at (visible, 2), ==, steward_test_id_of (future));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "start_column"), GTK_SORT_DESCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (future));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "owner_column"), GTK_SORT_ASCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "risk_column"), GTK_SORT_DESCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (running));
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "name_column"), GTK_SORT_ASCENDING);
  save_png (f->window, "sorted");

  /* Exported whole, whatever the search and filters show. */
  {
    g_autofree char *dir = steward_test_make_tmp_dir ();
    g_autofree char *csv_path = g_build_filename (dir, "projects.csv", NULL);
    g_autofree char *xlsx_path = g_build_filename (dir, "projects.xlsx", NULL);
    g_autofree char *pdf_path = g_build_filename (dir, "projects.pdf", NULL);
    g_autofree char *csv = NULL;
    g_autofree char *xlsx = NULL;
    g_autoptr(GError) error = NULL;

    steward_projects_page_set_search (page, "監控");
    g_assert_true (steward_projects_page_export (page, csv_path, &error));
    g_assert_no_error (error);
    g_assert_true (steward_projects_page_export (page, xlsx_path, &error));
    g_assert_no_error (error);
    csv = read_file (dir, "projects.csv");
    g_assert_nonnull (strstr (csv, "電子郵件系統更新"));
    g_assert_nonnull (strstr (csv, "資安監控中心建置"));
    g_assert_nonnull (strstr (csv, "校園網路骨幹更新"));
    xlsx = read_file (dir, "projects.xlsx");
    g_assert_true (g_str_has_prefix (xlsx, "PK"));
    /* A register is a table: no PDF of it, and a reason why. */
    g_assert_false (steward_projects_page_export (page, pdf_path, &error));
    g_assert_nonnull (error);
    steward_projects_page_set_search (page, "");
    steward_test_remove_tree (dir);
  }

  /* A link to an ended project hidden by the filter: the filter makes
   * way, the row is selected. */
  steward_projects_page_set_phase_filter (page, STEWARD_PROJECT_PHASE_RUNNING);
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (ended));
  g_assert_cmpuint (gtk_drop_down_get_selected (steward_test_template_child (page, "phase_dropdown")), ==, STEWARD_PROJECT_PHASE_ALL);
  g_assert_cmpint (steward_test_id_of (gtk_single_selection_get_selected_item (steward_test_template_child (page, "selection"))), ==, steward_test_id_of (ended));
}

static void
test_project_delete_undo (Fixture       *f,
                          gconstpointer  data)
{
  StewardProjectsPage *page;
  GListModel *visible;
  g_autoptr(GDate) start = date_new (2026, 1, 5);
  g_autoptr(StewardProject) project = NULL;
  g_autoptr(StewardProject) other = NULL;
  g_autoptr(StewardProjectReview) review = NULL;
  g_autoptr(StewardProjectRole) role = NULL;
  g_autoptr(StewardProject) restored = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  project = add_project (f, "備份系統建置", f->chen, start, NULL, start);
  other = add_project (f, "網站弱點掃描", f->lin, start, NULL, start);
  review = g_object_new (STEWARD_TYPE_PROJECT_REVIEW, "project-id", steward_test_id_of (project), "reviewed-on", start,
                         "findings", "備份未加密", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (review), f->t->db, &error));
  role = g_object_new (STEWARD_TYPE_PROJECT_ROLE, "project-id", steward_test_id_of (project), "person-id", f->wang,
                       "role", "備份管理者", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (role), f->t->db, &error));
  g_assert_no_error (error);

  show_page (f, steward_projects_page_new (), 1100, 500);
  page = STEWARD_PROJECTS_PAGE (f->page);
  visible = steward_projects_page_get_visible_model (page);

  /* With its review and its role; Undo brings all three back. */
  toast = steward_projects_page_delete_project (page, project);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "project"), ==, 1);
  g_assert_cmpint (count (f, "project_review"), ==, 0);
  g_assert_cmpint (count (f, "project_role"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  save_png (f->window, "deleted");

  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "project"), ==, 2);
  g_assert_cmpint (count (f, "project_review"), ==, 1);
  g_assert_cmpint (count (f, "project_role"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_PROJECT, steward_test_id_of (project), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_project_get_name (restored), ==, "備份系統建置");

  /* The Delete key deletes the selected project. */
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (other));
  steward_test_activate (page, "projects.delete-selected");
  g_assert_cmpint (count (f, "project"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
}

static void
test_project_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GDate) start = date_new (2026, 1, 5);
  g_autoptr(StewardProject) project = NULL;
  g_autoptr(GError) error = NULL;
  StewardProjectsPage *page;

  project = add_project (f, "備份系統建置", f->chen, start, NULL, NULL);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  show_page (f, steward_projects_page_new (), 900, 500);
  page = STEWARD_PROJECTS_PAGE (f->page);
  steward_page_set_database (STEWARD_PAGE (page), read_only);

  g_assert_cmpuint (g_list_model_get_n_items (steward_projects_page_get_visible_model (page)), ==, 1);
  g_assert_null (steward_projects_page_open_editor (page, NULL));
  g_assert_null (steward_projects_page_open_editor (page, project));
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "projects.delete-selected", NULL);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "project"), ==, 1);

  steward_page_set_database (STEWARD_PAGE (page), NULL);
}

/* Equipment hand-overs */

/* The rows of the @index-th item of a hand-over's form. */
static gpointer
item_field (gpointer    editor,
            guint       index,
            const char *name)
{
  GtkWidget *box = gtk_widget_get_first_child (steward_test_template_child (editor, "item_list"));
  gpointer found;

  for (guint i = 0; i < index && box != NULL; i++)
    box = gtk_widget_get_next_sibling (box);
  g_assert_nonnull (box);
  found = steward_test_find_named (box, name);
  g_assert_nonnull (found);

  return found;
}

/* What is said under an item's name, or NULL. */
static const char *
item_error (gpointer editor,
            guint    index)
{
  GtkWidget *label = item_field (editor, index, "item_name_error");

  if (!steward_test_is_shown (gtk_widget_get_parent (label)))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (item_field (editor, index, "item_name_row"), "error"));

  return gtk_label_get_label (GTK_LABEL (label));
}

static void
type_item (gpointer    editor,
           guint       index,
           const char *name,
           const char *asset_number,
           const char *serial)
{
  steward_test_type_into (item_field (editor, index, "item_name_row"), name);
  steward_test_type_into (item_field (editor, index, "item_asset_number_row"), asset_number);
  steward_test_type_into (item_field (editor, index, "item_serial_row"), serial);
}

static StewardHandover *
add_handover (Fixture     *f,
              const GDate *on,
              const char  *from,
              const char  *to,
              const char  *authorised_by,
              const char  *accepted_by,
              const char  *item_name,
              const char  *asset_number,
              const char  *serial)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardHandoverItem) item = NULL;
  StewardHandover *handover = g_object_new (STEWARD_TYPE_HANDOVER,
                                            "handed-on", on,
                                            "reason", STEWARD_HANDOVER_MOVED,
                                            "from-party", from,
                                            "to-party", to,
                                            "authorised-by", authorised_by,
                                            "authorised-on", authorised_by != NULL ? on : NULL,
                                            "accepted-by", accepted_by,
                                            "accepted-on", accepted_by != NULL ? on : NULL,
                                            NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (handover), f->t->db, &error));
  g_assert_no_error (error);
  item = g_object_new (STEWARD_TYPE_HANDOVER_ITEM,
                       "handover-id", steward_test_id_of (handover),
                       "name", item_name,
                       "asset-number", asset_number,
                       "serial", serial,
                       NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (item), f->t->db, &error));
  g_assert_no_error (error);

  return handover;
}

static void
test_handover_editor (Fixture       *f,
                      gconstpointer  data)
{
  StewardHandoversPage *page;
  StewardHandoverEditor *editor;
  g_autoptr(StewardHandover) stored = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(StewardQuery) query = NULL;
  g_autoptr(GDate) handed_on = date_new (2026, 11, 2);
  g_autoptr(GError) error = NULL;

  show_page (f, steward_handovers_page_new (), 1200, 600);
  page = STEWARD_HANDOVERS_PAGE (f->page);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  save_png (f->window, "handovers-empty");

  /* A new hand-over starts with one empty item; without it: refused. */
  editor = steward_test_keep_window (steward_handovers_page_open_editor (page, NULL));
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  g_assert_cmpuint (steward_handover_editor_get_n_items (editor), ==, 1);
  g_signal_emit_by_name (item_field (editor, 0, "remove_item_button"), "clicked");
  g_assert_cmpuint (steward_handover_editor_get_n_items (editor), ==, 0);
  steward_test_type_into (steward_test_template_child (editor, "from_party_row"), "資訊室 陳建宏");
  steward_test_type_into (steward_test_template_child (editor, "to_party_row"), "教務處 王美玲");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "items_error")));
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (editor, "items_error")), ==, _("List at least one item of equipment."));
  g_assert_cmpint (count (f, "handover"), ==, 0);

  /* Two items, the second without a name: the hand-over and the first
   * item are written in the transaction, the second refused, and all of
   * it rolled back. Everything typed stays. */
  steward_test_activate (editor, "editor.add-item");
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "items_error")));
  steward_test_activate (editor, "editor.add-item");
  g_assert_cmpuint (steward_handover_editor_get_n_items (editor), ==, 2);
  steward_test_type_into (steward_test_template_child (editor, "handed_on_row"), "115-11-02");
  adw_combo_row_set_selected (steward_test_template_child (editor, "reason_row"), STEWARD_HANDOVER_NEW);
  type_item (editor, 0, "筆記型電腦", "A-115-0231", "5CG1234XYZ");
  type_item (editor, 1, "", "A-115-0232", "CN-0F7X9K");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (item_error (editor, 1), ==, _("Name the item."));
  g_assert_null (item_error (editor, 0));
  g_assert_cmpint (count (f, "handover"), ==, 0);
  g_assert_cmpint (count (f, "handover_item"), ==, 0);
  g_assert_cmpint (steward_test_id_of (steward_handover_editor_get_handover (editor)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (item_field (editor, 0, "item_name_row")), ==, "筆記型電腦");
  g_assert_cmpstr (gtk_editable_get_text (item_field (editor, 1, "item_asset_number_row")), ==, "A-115-0232");
  g_assert_cmpstr (gtk_editable_get_text (steward_test_template_child (editor, "to_party_row")), ==, "教務處 王美玲");
  save_png (GTK_WIDGET (editor), "handover-refused");

  /* The name typed: the message goes; saved, open. */
  steward_test_type_into (item_field (editor, 1, "item_name_row"), "液晶螢幕");
  g_assert_null (item_error (editor, 1));
  g_assert_true (gtk_widget_has_css_class (steward_test_template_child (editor, "state_label"), "warning"));
  save_form_png (GTK_WIDGET (editor), "handover-new");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "handover"), ==, 1);
  g_assert_cmpint (count (f, "handover_item"), ==, 2);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_HANDOVER, steward_test_id_of (steward_handover_editor_get_handover (editor)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (steward_handover_get_handed_on (stored), handed_on), ==, 0);
  g_assert_cmpint (steward_handover_get_reason (stored), ==, STEWARD_HANDOVER_NEW);
  g_assert_cmpstr (steward_handover_get_from_party (stored), ==, "資訊室 陳建宏");
  g_assert_null (steward_handover_get_authorised_by (stored));
  query = steward_query_new ();
  steward_query_order_by (query, "id", FALSE);
  items = steward_test_load_all (f->t->db, STEWARD_TYPE_HANDOVER_ITEM, query);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (steward_handover_item_get_name (g_ptr_array_index (items, 0)), ==, "筆記型電腦");
  g_assert_cmpstr (steward_handover_item_get_serial (g_ptr_array_index (items, 0)), ==, "5CG1234XYZ");
  g_assert_cmpstr (steward_handover_item_get_name (g_ptr_array_index (items, 1)), ==, "液晶螢幕");
  g_assert_cmpint (steward_handover_item_get_handover_id (g_ptr_array_index (items, 1)), ==, steward_test_id_of (stored));
  steward_test_drop_window (editor);

  /* Saved without signatures: open, and said above the list. */
  steward_test_iterate (50);
  g_assert_cmpstr (visible_page (f), ==, "list");
  g_assert_cmpuint (steward_handovers_page_get_n_open (page), ==, 1);
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));
}

static void
test_handover_signatures (Fixture       *f,
                          gconstpointer  data)
{
  StewardHandoversPage *page;
  StewardHandoverEditor *editor;
  g_autoptr(GDate) on = date_new (2026, 10, 15);
  g_autoptr(StewardHandover) handover = NULL;
  g_autoptr(StewardHandover) stored = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *visible;

  handover = add_handover (f, on, "總務處", "資訊室 陳建宏", NULL, NULL, "伺服器", "A-114-0007", "SRV-77");
  show_page (f, steward_handovers_page_new (), 1200, 500);
  page = STEWARD_HANDOVERS_PAGE (f->page);
  visible = steward_handovers_page_get_visible_model (page);
  g_assert_cmpuint (steward_handovers_page_get_n_open (page), ==, 1);

  /* Authorised: still open until the receiver accepts. */
  editor = steward_test_keep_window (steward_handovers_page_open_editor (page, handover));
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  g_assert_cmpuint (steward_handover_editor_get_n_items (editor), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (item_field (editor, 0, "item_serial_row")), ==, "SRV-77");
  steward_test_type_into (steward_test_template_child (editor, "authorised_on_row"), "2026-10-14");
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "authorised_by", "authorised_by_row"), ==,
                   _("Enter the supervisor who authorised the hand-over."));
  steward_test_type_into (steward_test_template_child (editor, "authorised_by_row"), "總務主任 李志明");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  steward_test_iterate (50);
  g_assert_cmpuint (steward_handovers_page_get_n_open (page), ==, 1);
  steward_handovers_page_set_open_only (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);

  /* Accepted by the receiver: complete, and gone from the open ones. The
   * form opens on the hand-over as the list shows it, authorised. */
  g_clear_object (&handover);
  handover = g_list_model_get_item (visible, 0);
  g_assert_cmpstr (steward_handover_get_authorised_by (handover), ==, "總務主任 李志明");
  editor = steward_test_keep_window (steward_handovers_page_open_editor (page, handover));
  steward_test_type_into (steward_test_template_child (editor, "accepted_by_row"), "陳建宏");
  steward_test_type_into (steward_test_template_child (editor, "accepted_on_row"), "115-10-15");
  g_assert_true (gtk_widget_has_css_class (steward_test_template_child (editor, "state_label"), "success"));
  save_png (GTK_WIDGET (editor), "handover-editor");
  save_form_png (GTK_WIDGET (editor), "handover-complete");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  steward_test_iterate (50);
  g_assert_cmpuint (steward_handovers_page_get_n_open (page), ==, 0);
  g_assert_false (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  steward_handovers_page_set_open_only (page, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_HANDOVER, steward_test_id_of (handover), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_handover_get_authorised_by (stored), ==, "總務主任 李志明");
  g_assert_cmpstr (steward_handover_get_accepted_by (stored), ==, "陳建宏");
  g_assert_cmpint (count (f, "handover_item"), ==, 1);

  /* The form to sign, written after what the form holds is saved. */
  {
    g_autofree char *dir = steward_test_make_tmp_dir ();
    g_autofree char *pdf_path = g_build_filename (dir, "handover.pdf", NULL);
    g_autofree char *pdf = NULL;

    editor = steward_test_keep_window (steward_handovers_page_open_editor (page, stored));
    steward_test_type_into (steward_test_template_child (editor, "notes_view"), "含電源線及機架滑軌。");
    g_assert_true (steward_handover_editor_write_form (editor, pdf_path, &error));
    g_assert_no_error (error);
    g_assert_true (steward_test_is_shown (editor));
    pdf = read_file (dir, "handover.pdf");
    g_assert_true (g_str_has_prefix (pdf, "%PDF"));
    g_clear_object (&stored);
    stored = steward_record_load (f->t->db, STEWARD_TYPE_HANDOVER, steward_test_id_of (handover), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (steward_handover_get_notes (stored), ==, "含電源線及機架滑軌。");

    /* Refused like Save: nothing written. */
    steward_test_type_into (steward_test_template_child (editor, "to_party_row"), "");
    g_remove (pdf_path);
    g_assert_false (steward_handover_editor_write_form (editor, pdf_path, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (error_of (editor, "to_party", "to_party_row"), ==, _("Enter who receives the equipment."));
    g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
    steward_test_drop_window (editor);
    steward_test_remove_tree (dir);
  }

  /* An item removed in the form goes with the save, one added comes. */
  editor = steward_test_keep_window (steward_handovers_page_open_editor (page, stored));
  steward_test_activate (editor, "editor.add-item");
  type_item (editor, 1, "不斷電系統", "A-114-0008", "UPS-08");
  g_signal_emit_by_name (item_field (editor, 0, "remove_item_button"), "clicked");
  g_assert_cmpuint (steward_handover_editor_get_n_items (editor), ==, 1);
  g_assert_cmpint (count (f, "handover_item"), ==, 1);
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  g_assert_cmpint (count (f, "handover_item"), ==, 1);
  steward_handovers_page_set_search (page, "不斷電");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  steward_handovers_page_set_search (page, "SRV-77");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  steward_handovers_page_set_search (page, "");
}

static void
test_handover_list (Fixture       *f,
                    gconstpointer  data)
{
  StewardHandoversPage *page;
  GListModel *visible;
  g_autoptr(GDate) first = date_new (2026, 9, 1);
  g_autoptr(GDate) second = date_new (2026, 10, 20);
  g_autoptr(GDate) third = date_new (2026, 11, 18);
  g_autoptr(StewardHandover) laptops = NULL;
  g_autoptr(StewardHandover) server = NULL;
  g_autoptr(StewardHandover) printer = NULL;
  g_autoptr(StewardHandover) restored = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  laptops = add_handover (f, first, "資訊室", "人事室 張雅婷", "資訊室主任 黃國華", "張雅婷", "筆記型電腦", "A-115-0101", "NB-0101");
  server = add_handover (f, second, "總務處", "資訊室 陳建宏", "總務主任 李志明", NULL, "伺服器", "A-115-0200", "SRV-200");
  printer = add_handover (f, third, "會計室", "教務處 王美玲", NULL, NULL, "多功能事務機", "A-113-0033", "MFP-33");
  show_page (f, steward_handovers_page_new (), 1250, 500);
  page = STEWARD_HANDOVERS_PAGE (f->page);
  visible = steward_handovers_page_get_visible_model (page);

  /* Newest first; two open. */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (printer));
  g_assert_cmpuint (steward_handovers_page_get_n_open (page), ==, 2);
  save_png (f->window, "handovers-list");

  /* The search, as typed: parties, item names, asset numbers, serials. */
  steward_handovers_page_set_search (page, "人事室");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (laptops));
  steward_handovers_page_set_search (page, "事務機");
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (printer));
  steward_handovers_page_set_search (page, "a-115-0200");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (server));
  steward_handovers_page_set_search (page, "NB-0101");
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (laptops));
  steward_handovers_page_set_search (page, "投影機");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  steward_handovers_page_set_search (page, "");

  /* Exported whole, with the items. */
  {
    g_autofree char *dir = steward_test_make_tmp_dir ();
    g_autofree char *csv_path = g_build_filename (dir, "handovers.csv", NULL);
    g_autofree char *csv = NULL;

    g_assert_true (steward_handovers_page_export (page, csv_path, &error));
    g_assert_no_error (error);
    csv = read_file (dir, "handovers.csv");
    g_assert_nonnull (strstr (csv, "人事室 張雅婷"));
    g_assert_nonnull (strstr (csv, "A-113-0033"));
    steward_test_remove_tree (dir);
  }

  /* Filters and order. */
  steward_handovers_page_set_open_only (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  steward_handovers_page_set_open_only (page, FALSE);
  steward_handovers_page_set_reason_filter (page, STEWARD_HANDOVER_NEW);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  steward_handovers_page_set_reason_filter (page, -1);
  gtk_column_view_sort_by_column (steward_test_template_child (page, "column_view"), steward_test_template_child (page, "state_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 2), ==, steward_test_id_of (laptops));
  gtk_column_view_sort_by_column (steward_test_template_child (page, "column_view"), steward_test_template_child (page, "date_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (laptops));

  /* A link selects the row. */
  steward_handovers_page_set_open_only (page, TRUE);
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (laptops));
  g_assert_false (gtk_toggle_button_get_active (steward_test_template_child (page, "open_button")));
  g_assert_cmpint (steward_test_id_of (gtk_single_selection_get_selected_item (steward_test_template_child (page, "selection"))), ==, steward_test_id_of (laptops));

  /* Deleted with its item; Undo brings both back. */
  toast = steward_handovers_page_delete_handover (page, server);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "handover"), ==, 2);
  g_assert_cmpint (count (f, "handover_item"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  save_png (f->window, "handovers-deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "handover"), ==, 3);
  g_assert_cmpint (count (f, "handover_item"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_HANDOVER, steward_test_id_of (server), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_handover_get_authorised_by (restored), ==, "總務主任 李志明");
  steward_handovers_page_set_search (page, "SRV-200");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  steward_handovers_page_set_search (page, "");

  /* The Delete key deletes the selected hand-over. */
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (printer));
  steward_test_activate (page, "handovers.delete-selected");
  g_assert_cmpint (count (f, "handover"), ==, 2);
  g_assert_cmpint (count (f, "handover_item"), ==, 2);
}

static void
test_handover_read_only (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GDate) on = date_new (2026, 9, 1);
  g_autoptr(StewardHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  StewardHandoversPage *page;

  handover = add_handover (f, on, "資訊室", "人事室", NULL, NULL, "筆記型電腦", NULL, NULL);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  show_page (f, steward_handovers_page_new (), 900, 500);
  page = STEWARD_HANDOVERS_PAGE (f->page);
  steward_page_set_database (STEWARD_PAGE (page), read_only);

  g_assert_cmpuint (g_list_model_get_n_items (steward_handovers_page_get_visible_model (page)), ==, 1);
  g_assert_null (steward_handovers_page_open_editor (page, NULL));
  g_assert_null (steward_handovers_page_open_editor (page, handover));
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "handovers.delete-selected", NULL);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "handover"), ==, 1);

  steward_page_set_database (STEWARD_PAGE (page), NULL);
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "projects");

#define ADD(path, func) \
  g_test_add ("/projects-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("projects/editor", test_project_editor);
  ADD ("projects/reviews-roles", test_project_reviews_roles);
  ADD ("projects/list", test_project_list);
  ADD ("projects/delete-undo", test_project_delete_undo);
  ADD ("projects/read-only", test_project_read_only);
  ADD ("handovers/editor", test_handover_editor);
  ADD ("handovers/signatures", test_handover_signatures);
  ADD ("handovers/list", test_handover_list);
  ADD ("handovers/read-only", test_handover_read_only);
#undef ADD

  return g_test_run ();
}
