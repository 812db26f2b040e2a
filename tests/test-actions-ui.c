/* test-actions-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Actions place in real windows on a temporary database: the form of
 * an action refuses what the procedure does not allow (no owner, due
 * before it was decided, done without its effectiveness evaluation) with
 * the reason beside the field and the typing kept; the list marks what is
 * overdue and due this month, and filters by Mine (the person of the
 * preferences), Overdue and source; "Close Action…" needs the evaluation;
 * progress notes are added; a deleted action comes back with Undo.
 * Screenshots go to the build folder (STEWARD_TEST_OUTPUT) to look at. In
 * English by default; with LANGUAGE=zh_TW LANG=zh_TW.UTF-8 in Traditional
 * Chinese. Runs under xvfb-run; no display is a failure. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-action-item.h"
#include "model/steward-action-progress.h"
#include "model/steward-person.h"
#include "steward-test-util.h"
#include "views/actions/steward-action-editor.h"
#include "views/actions/steward-actions-page.h"
#include "views/actions/steward-close-action-dialog.h"
#include "widgets/steward-date-row.h"

static const char *language;

typedef struct
{
  StewardTestDb *t;
  GtkWidget     *window;
  GtkWidget     *page;
  GSettings     *settings;
  gint64         chen_id;
  gint64         lin_id;
} Fixture;

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  steward_test_save_png (widget, "actions", name, language);
}

/* The whole form, scrolled or not, on the window's background. */
static void
save_form_png (gpointer    window,
               const char *name)
{
  g_autofree char *file = g_strdup_printf ("actions-%s-form-%s.png", name, language);

  steward_test_render_form_png (window, file);
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (person, "name", name, NULL);
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
  f->settings = g_settings_new (APP_ID);
  g_settings_reset (f->settings, "my-person-id");
  g_settings_reset (f->settings, "calendar");
  f->chen_id = add_person (f, "陳建宏");
  f->lin_id = add_person (f, "林怡君");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  steward_test_iterate (20);
  g_settings_reset (f->settings, "my-person-id");
  g_clear_object (&f->settings);
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* A window as the application's: the page under a toast overlay. */
static StewardActionsPage *
show_page (Fixture *f)
{
  f->page = steward_actions_page_new ();
  f->window = steward_test_show_page (f->page, f->t->db, 1200, 520);

  return STEWARD_ACTIONS_PAGE (f->page);
}

/* Reaching into the widgets as a user would */

static const char *
text_of (gpointer widget)
{
  return gtk_editable_get_text (GTK_EDITABLE (widget));
}

/* The message beside a field ("due_date" → due_date_error in its error
 * row); the field is in error colours while it shows. */
static const char *
error_of (gpointer    form,
          const char *field)
{
  g_autofree char *input = g_strconcat (field, "_row", NULL);
  g_autofree char *name = g_strconcat (field, "_error_row", NULL);
  g_autofree char *label = g_strconcat (field, "_error", NULL);

  if (!gtk_widget_get_visible (steward_test_template_child (form, name)))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (form, input)), "error"));

  return gtk_label_get_label (steward_test_template_child (form, label));
}

static gint64
count (Fixture    *f,
       const char *table)
{
  return steward_test_count_rows (f->t->db, table);
}

/* The label under @widget that shows @text, as the user sees it. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  GtkWidget *found = NULL;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && found == NULL; c = gtk_widget_get_next_sibling (c))
    found = find_label (c, text);

  return found;
}

/* The window's own "win.show-place", as the application's window has it:
 * it keeps the place asked for. */
static void
show_place_cb (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  char **place = user_data;

  g_free (*place);
  *place = g_variant_dup_string (param, NULL);
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *text)
{
  GtkWidget *found = NULL;

  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget))
    {
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (widget));

      if (GTK_IS_LABEL (label) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0)
        return widget;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && found == NULL; c = gtk_widget_get_next_sibling (c))
    found = find_button_with_label (c, text);

  return found;
}

static guint
n_shown (StewardActionsPage *page)
{
  return g_list_model_get_n_items (steward_actions_page_get_visible_model (page));
}

static gboolean
shows_title (StewardActionsPage *page,
             const char         *title)
{
  GListModel *model = steward_actions_page_get_visible_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (model, i);

      if (g_strcmp0 (steward_action_item_get_title (action), title) == 0)
        return TRUE;
    }

  return FALSE;
}

static StewardActionItem *
add_action (Fixture             *f,
            const char          *title,
            gint64               owner_id,
            int                  created_in_days,
            int                  due_in_days,
            StewardActionSource  source_kind,
            const char          *source_label)
{
  g_autoptr(GDate) created = steward_test_days_from_today (created_in_days);
  g_autoptr(GDate) due = steward_test_days_from_today (due_in_days);
  g_autoptr(GError) error = NULL;
  StewardActionItem *action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                                            "title", title,
                                            "owner-id", owner_id,
                                            "created-on", created,
                                            "due-date", due,
                                            "status", STEWARD_ACTION_OPEN,
                                            "source-kind", source_kind,
                                            "source-label", source_label,
                                            NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (action), f->t->db, &error));
  g_assert_no_error (error);

  return action;
}

static StewardActionItem *
load_action (Fixture *f,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  StewardActionItem *action = steward_record_load (f->t->db, STEWARD_TYPE_ACTION_ITEM, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (action);

  return action;
}

/* The form */

static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  StewardActionsPage *page = show_page (f);
  StewardActionEditor *editor;
  g_autoptr(StewardActionItem) saved = NULL;
  g_autoptr(GDate) decided = g_date_new_dmy (10, 3, 2026);
  g_autoptr(GDate) due = g_date_new_dmy (30, 4, 2026);
  gint64 id;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "empty");

  editor = steward_test_keep_window (steward_actions_page_open_editor (page, NULL));
  /* A new action is decided today, open, and came from nowhere in particular. */
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "status_row")), ==, STEWARD_ACTION_OPEN);
  g_assert_false (gtk_widget_get_visible (steward_test_template_child (editor, "evaluation_group")));
  g_assert_false (gtk_widget_get_visible (steward_test_template_child (editor, "delete_button")));

  /* Without an owner: refused beside the owner, nothing stored. */
  steward_test_type_into (steward_test_template_child (editor, "title_row"), "修訂備份管理程序並完成還原演練");
  steward_test_type_into (steward_test_template_child (editor, "created_on_row"), "2026-03-10");
  steward_test_type_into (steward_test_template_child (editor, "due_date_row"), "2026-03-01");
  steward_test_type_into (steward_test_template_child (editor, "notes_view"), "依第1次管理審查會議決議辦理");
  g_assert_false (steward_action_editor_save (editor));
  g_assert_nonnull (error_of (editor, "owner"));
  g_assert_true (strstr (error_of (editor, "owner"), "Choose who is responsible") != NULL ||
                 g_str_equal (language, "zh_TW"));
  /* The due date before the decision is said at the same time. */
  g_assert_nonnull (error_of (editor, "due_date"));
  g_assert_null (error_of (editor, "title"));
  g_assert_cmpint (count (f, "action_item"), ==, 0);
  save_png (GTK_WIDGET (editor), "editor-refused");

  /* With an owner, the due date is still before the decision. */
  adw_combo_row_set_selected (steward_test_template_child (editor, "owner_row"), 1);
  g_assert_null (error_of (editor, "owner"));
  g_assert_false (steward_action_editor_save (editor));
  g_assert_null (error_of (editor, "owner"));
  g_assert_nonnull (error_of (editor, "due_date"));
  g_assert_cmpint (count (f, "action_item"), ==, 0);
  /* Nothing typed is lost. */
  g_assert_cmpstr (text_of (steward_test_template_child (editor, "title_row")), ==, "修訂備份管理程序並完成還原演練");
  g_assert_cmpstr (text_of (steward_test_template_child (editor, "due_date_row")), ==, "2026-03-01");
  g_assert_cmpstr (text_of (steward_test_template_child (editor, "created_on_row")), ==, "2026-03-10");

  /* A date that is none is said to be none. */
  steward_test_type_into (steward_test_template_child (editor, "due_date_row"), "next spring");
  g_assert_null (error_of (editor, "due_date"));
  g_assert_false (steward_action_editor_save (editor));
  g_assert_nonnull (error_of (editor, "due_date"));
  g_assert_cmpint (count (f, "action_item"), ==, 0);

  /* Saved. */
  steward_test_type_into (steward_test_template_child (editor, "due_date_row"), "2026-04-30");
  g_assert_true (steward_action_editor_save (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  id = steward_record_get_id (STEWARD_RECORD (steward_action_editor_get_action (editor)));
  g_assert_cmpint (id, >, 0);
  steward_test_drop_window (editor);
  steward_test_iterate (50);

  g_assert_cmpint (count (f, "action_item"), ==, 1);
  saved = load_action (f, id);
  g_assert_cmpstr (steward_action_item_get_title (saved), ==, "修訂備份管理程序並完成還原演練");
  g_assert_cmpint (steward_action_item_get_owner_id (saved), ==, f->lin_id);  /* by name: 林 before 陳 */
  g_assert_cmpint (g_date_compare (steward_action_item_get_created_on (saved), decided), ==, 0);
  g_assert_cmpint (g_date_compare (steward_action_item_get_due_date (saved), due), ==, 0);
  g_assert_cmpstr (steward_action_item_get_notes (saved), ==, "依第1次管理審查會議決議辦理");
  g_assert_cmpuint (n_shown (page), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "list");

  /* Done in the form: the evaluation is required beside its fields. */
  editor = steward_test_keep_window (steward_actions_page_open_editor (page, saved));
  g_assert_true (gtk_widget_get_visible (steward_test_template_child (editor, "delete_button")));
  adw_combo_row_set_selected (steward_test_template_child (editor, "status_row"), STEWARD_ACTION_DONE);
  g_assert_true (gtk_widget_get_visible (steward_test_template_child (editor, "evaluation_group")));
  /* The evaluator to start from is the user. */
  g_assert_cmpstr (text_of (steward_test_template_child (editor, "evaluated_by_row")), ==, "林怡君");
  steward_test_type_into (steward_test_template_child (editor, "done_on_row"), "2026-04-20");
  steward_test_type_into (steward_test_template_child (editor, "evaluated_on_row"), "2026-04-25");
  g_assert_false (steward_action_editor_save (editor));
  g_assert_nonnull (error_of (editor, "effectiveness"));
  g_assert_null (error_of (editor, "evaluated_by"));
  g_clear_object (&saved);
  saved = load_action (f, id);
  g_assert_cmpint (steward_action_item_get_status (saved), ==, STEWARD_ACTION_OPEN);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  save_form_png (editor, "editor-done-refused");

  adw_combo_row_set_selected (steward_test_template_child (editor, "effectiveness_row"), STEWARD_EFFECTIVENESS_EFFECTIVE);
  g_assert_null (error_of (editor, "effectiveness"));
  g_assert_true (steward_action_editor_save (editor));
  steward_test_drop_window (editor);
  g_clear_object (&saved);
  saved = load_action (f, id);
  g_assert_cmpint (steward_action_item_get_status (saved), ==, STEWARD_ACTION_DONE);
  g_assert_cmpint (steward_action_item_get_effectiveness (saved), ==, STEWARD_EFFECTIVENESS_EFFECTIVE);
  g_assert_cmpstr (steward_action_item_get_evaluated_by (saved), ==, "林怡君");
  g_assert_nonnull (steward_action_item_get_done_on (saved));
}

/* The list */

typedef struct
{
  StewardActionItem *overdue;
  StewardActionItem *today;
  StewardActionItem *later;
  StewardActionItem *finding;
} Actions;

static void
add_actions (Fixture *f,
             Actions *a)
{
  a->overdue = add_action (f, "更新外部單位聯絡清單", f->chen_id, -30, -10,
                           STEWARD_ACTION_SOURCE_REVIEW, "115年度第1次管理審查會議");
  a->today = add_action (f, "完成資安教育訓練簽到彙整", f->lin_id, -20, 0,
                         STEWARD_ACTION_SOURCE_MEETING, "跨單位協調會議");
  a->later = add_action (f, "評估雲端服務委外風險", f->lin_id, -5, 40,
                         STEWARD_ACTION_SOURCE_OTHER, NULL);
  a->finding = add_action (f, "修正防火牆規則審查紀錄", f->chen_id, -3, 45,
                           STEWARD_ACTION_SOURCE_FINDING, "內部稽核 NC-03");
  g_object_set (a->finding, "source-id", (gint64) 7, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (a->finding), f->t->db, NULL));
}

static void
clear_actions (Actions *a)
{
  g_clear_object (&a->overdue);
  g_clear_object (&a->today);
  g_clear_object (&a->later);
  g_clear_object (&a->finding);
}

static GtkWidget *
due_label_of (Fixture           *f,
              StewardActionItem *action)
{
  g_autofree char *text = steward_date_format (steward_action_item_get_due_date (action), STEWARD_CALENDAR_GREGORIAN);
  GtkWidget *label = find_label (f->page, text);

  g_assert_nonnull (label);

  return label;
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  Actions a;
  StewardActionsPage *page;
  GtkWidget *label;

  add_actions (f, &a);
  page = show_page (f);
  g_assert_cmpuint (n_shown (page), ==, 4);
  /* The earliest due first. */
  {
    g_autoptr(StewardActionItem) first = g_list_model_get_item (steward_actions_page_get_visible_model (page), 0);

    g_assert_cmpstr (steward_action_item_get_title (first), ==, "更新外部單位聯絡清單");
  }

  /* The markers: overdue in the error colour, due this month in the
   * warning colour, later in neither. */
  label = due_label_of (f, a.overdue);
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_next_sibling (label)));
  label = due_label_of (f, a.today);
  g_assert_false (gtk_widget_has_css_class (label, "error"));
  g_assert_true (gtk_widget_has_css_class (label, "warning"));
  label = due_label_of (f, a.later);
  g_assert_false (gtk_widget_has_css_class (label, "error"));
  g_assert_false (gtk_widget_has_css_class (label, "warning"));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_next_sibling (label)));

  /* The line above the list, and the link to the source. */
  if (g_str_equal (language, "en"))
    g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==,
                     "1 overdue, 1 due this month; 4 actions still to be done.");
  g_assert_true (gtk_widget_get_visible (steward_test_template_child (page, "due_badge")));
  g_assert_cmpuint (steward_actions_page_get_n_overdue (page), ==, 1);
  g_assert_nonnull (find_label (f->page, "陳建宏"));
  save_png (f->window, "list");

  /* A source that names a record is a link to its place; one that does
   * not is only text. */
  {
    g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
    g_autoptr(GSimpleAction) show_place = g_simple_action_new ("show-place", G_VARIANT_TYPE_STRING);
    g_autofree char *place = NULL;
    GtkWidget *link;

    g_signal_connect (show_place, "activate", G_CALLBACK (show_place_cb), &place);
    g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (show_place));
    gtk_widget_insert_action_group (f->window, "win", G_ACTION_GROUP (win));
    g_assert_null (find_button_with_label (f->page, "115年度第1次管理審查會議"));
    g_assert_nonnull (find_label (f->page, "115年度第1次管理審查會議"));
    link = find_button_with_label (f->page, "內部稽核 NC-03");
    g_assert_nonnull (link);
    g_signal_emit_by_name (link, "clicked");
    steward_test_iterate (20);
    g_assert_cmpstr (place, ==, "findings/findings#7");
    gtk_widget_insert_action_group (f->window, "win", NULL);

    /* In its form, the source of a record is a link, not a choice. */
    {
      StewardActionEditor *editor = steward_test_keep_window (steward_actions_page_open_editor (page, a.finding));

      g_assert_true (gtk_widget_get_visible (steward_test_template_child (editor, "source_link_row")));
      g_assert_false (gtk_widget_get_visible (steward_test_template_child (editor, "source_kind_row")));
      g_assert_cmpstr (adw_preferences_row_get_title (steward_test_template_child (editor, "source_link_row")), ==, "內部稽核 NC-03");
      steward_test_drop_window (editor);
    }
  }

  /* Search as you type: the owner's name finds their actions. */
  steward_actions_page_set_search (page, "陳建宏");
  g_assert_cmpuint (n_shown (page), ==, 2);
  steward_actions_page_set_search (page, "雲端");
  g_assert_cmpuint (n_shown (page), ==, 1);
  steward_actions_page_set_search (page, "nothing like this");
  g_assert_cmpuint (n_shown (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");
  steward_actions_page_set_search (page, "");

  /* Mine: nobody's until the preferences say who the user is. */
  gtk_toggle_button_set_active (steward_test_template_child (page, "mine_button"), TRUE);
  g_assert_cmpuint (n_shown (page), ==, 0);
  g_settings_set_int64 (f->settings, "my-person-id", f->lin_id);
  steward_test_iterate (20);
  g_assert_cmpuint (n_shown (page), ==, 2);
  g_assert_true (shows_title (page, "評估雲端服務委外風險"));
  g_assert_false (shows_title (page, "更新外部單位聯絡清單"));
  gtk_toggle_button_set_active (steward_test_template_child (page, "mine_button"), FALSE);

  /* Overdue. */
  gtk_toggle_button_set_active (steward_test_template_child (page, "overdue_button"), TRUE);
  g_assert_cmpuint (n_shown (page), ==, 1);
  g_assert_true (shows_title (page, "更新外部單位聯絡清單"));
  gtk_toggle_button_set_active (steward_test_template_child (page, "overdue_button"), FALSE);

  /* Due this month: the overdue one of last month is not, today's is. */
  gtk_toggle_button_set_active (steward_test_template_child (page, "month_button"), TRUE);
  g_assert_true (shows_title (page, "完成資安教育訓練簽到彙整"));
  g_assert_false (shows_title (page, "評估雲端服務委外風險"));
  gtk_toggle_button_set_active (steward_test_template_child (page, "month_button"), FALSE);

  /* By source: the positions after "All sources" are the kinds. */
  gtk_drop_down_set_selected (steward_test_template_child (page, "source_dropdown"), STEWARD_ACTION_SOURCE_FINDING + 1);
  g_assert_cmpuint (n_shown (page), ==, 1);
  g_assert_true (shows_title (page, "修正防火牆規則審查紀錄"));
  gtk_drop_down_set_selected (steward_test_template_child (page, "source_dropdown"), 0);

  /* By owner: "Everyone", then the people by name. */
  gtk_drop_down_set_selected (steward_test_template_child (page, "owner_dropdown"), 2);
  g_assert_cmpuint (n_shown (page), ==, 2);
  g_assert_true (shows_title (page, "更新外部單位聯絡清單"));
  gtk_drop_down_set_selected (steward_test_template_child (page, "owner_dropdown"), 0);
  g_assert_cmpuint (n_shown (page), ==, 4);

  /* A link such as "actions/actions#3" selects the row, filters or not. */
  gtk_toggle_button_set_active (steward_test_template_child (page, "overdue_button"), TRUE);
  steward_page_show_record (STEWARD_PAGE (page), steward_record_get_id (STEWARD_RECORD (a.later)));
  g_assert_false (gtk_toggle_button_get_active (steward_test_template_child (page, "overdue_button")));
  {
    StewardActionItem *selected = gtk_single_selection_get_selected_item (steward_test_template_child (page, "selection"));

    g_assert_nonnull (selected);
    g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (selected)), ==,
                     steward_record_get_id (STEWARD_RECORD (a.later)));
  }

  clear_actions (&a);
}

/* Closing with the effectiveness evaluation */

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  Actions a;
  StewardActionsPage *page;
  StewardCloseActionDialog *dialog;
  g_autoptr(StewardActionItem) closed = NULL;
  gint64 id;

  add_actions (f, &a);
  page = show_page (f);
  id = steward_record_get_id (STEWARD_RECORD (a.overdue));
  gtk_toggle_button_set_active (steward_test_template_child (page, "overdue_button"), TRUE);
  g_assert_cmpuint (n_shown (page), ==, 1);

  /* From the list: the selected action. */
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "actions.close-selected", NULL));
  steward_test_iterate (20);
  dialog = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

        if (STEWARD_IS_CLOSE_ACTION_DIALOG (window))
          dialog = STEWARD_CLOSE_ACTION_DIALOG (window);
      }
  }
  dialog = steward_test_keep_window (dialog);
  /* Done today, evaluated by the user today; whether it worked is asked. */
  g_assert_cmpstr (text_of (steward_test_template_child (dialog, "evaluated_by_row")), ==, "林怡君");
  g_assert_nonnull (steward_date_row_get_date (steward_test_template_child (dialog, "done_on_row")));

  /* Without the evaluation: refused beside it, nothing stored. */
  steward_test_type_into (steward_test_template_child (dialog, "note_view"), "已於系統公告更新後之清單");
  g_assert_false (steward_close_action_dialog_close (dialog));
  g_assert_nonnull (error_of (dialog, "effectiveness"));
  closed = load_action (f, id);
  g_assert_cmpint (steward_action_item_get_status (closed), ==, STEWARD_ACTION_OPEN);
  g_clear_object (&closed);
  save_png (GTK_WIDGET (dialog), "close-refused");
  save_form_png (dialog, "close-refused");

  /* Nor without an evaluator. */
  gtk_check_button_set_active (steward_test_template_child (dialog, "effective_check"), TRUE);
  g_assert_null (error_of (dialog, "effectiveness"));
  steward_test_type_into (steward_test_template_child (dialog, "evaluated_by_row"), "");
  g_assert_false (steward_close_action_dialog_close (dialog));
  g_assert_nonnull (error_of (dialog, "evaluated_by"));

  /* With it: closed, and out of the overdue ones. */
  steward_test_type_into (steward_test_template_child (dialog, "evaluated_by_row"), "陳建宏");
  g_assert_true (steward_close_action_dialog_close (dialog));
  steward_test_drop_window (dialog);
  steward_test_iterate (50);
  closed = load_action (f, id);
  g_assert_cmpint (steward_action_item_get_status (closed), ==, STEWARD_ACTION_DONE);
  g_assert_cmpint (steward_action_item_get_effectiveness (closed), ==, STEWARD_EFFECTIVENESS_EFFECTIVE);
  g_assert_cmpstr (steward_action_item_get_evaluated_by (closed), ==, "陳建宏");
  g_assert_cmpstr (steward_action_item_get_evaluation_note (closed), ==, "已於系統公告更新後之清單");
  g_assert_cmpuint (n_shown (page), ==, 0);
  g_assert_cmpuint (steward_actions_page_get_n_overdue (page), ==, 0);
  gtk_toggle_button_set_active (steward_test_template_child (page, "overdue_button"), FALSE);
  g_assert_nonnull (find_label (f->page, steward_effectiveness_to_string (STEWARD_EFFECTIVENESS_EFFECTIVE)));

  /* From the editor: what is typed is saved first, then the dialog. */
  {
    StewardActionEditor *editor = steward_test_keep_window (steward_actions_page_open_editor (page, a.later));
    GtkWindow *opened = NULL;
    GListModel *toplevels;

    steward_test_type_into (steward_test_template_child (editor, "title_row"), "評估雲端服務委外風險並提報委員會");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.close-action", NULL));
    steward_test_iterate (20);
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
    toplevels = gtk_window_get_toplevels ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && opened == NULL; i++)
      {
        g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

        if (STEWARD_IS_CLOSE_ACTION_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
          opened = GTK_WINDOW (window);
      }
    g_assert_nonnull (opened);
    g_clear_object (&closed);
    closed = load_action (f, steward_record_get_id (STEWARD_RECORD (a.later)));
    g_assert_cmpstr (steward_action_item_get_title (closed), ==, "評估雲端服務委外風險並提報委員會");
    gtk_window_destroy (opened);
    steward_test_drop_window (editor);
  }

  clear_actions (&a);
}

/* Progress notes */

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  Actions a;
  StewardActionsPage *page;
  StewardActionEditor *editor;
  g_autoptr(StewardActionProgress) note = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *shown = NULL;
  g_autofree char *date = NULL;

  add_actions (f, &a);
  page = show_page (f);
  editor = steward_test_keep_window (steward_actions_page_open_editor (page, a.today));
  g_assert_cmpuint (g_list_model_get_n_items (steward_action_editor_get_notes (editor)), ==, 0);

  g_signal_emit_by_name (steward_test_template_child (editor, "add_note_button"), "clicked");
  g_assert_true (gtk_revealer_get_reveal_child (steward_test_template_child (editor, "note_revealer")));
  /* A note without text is refused beside it. */
  g_assert_false (steward_action_editor_add_note (editor));
  g_assert_nonnull (error_of (editor, "note"));
  g_assert_cmpint (count (f, "action_progress"), ==, 0);

  steward_test_type_into (steward_test_template_child (editor, "note_row"), "已完成80%簽到表彙整");
  g_assert_null (error_of (editor, "note"));
  g_assert_true (steward_action_editor_add_note (editor));
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "action_progress"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (steward_action_editor_get_notes (editor)), ==, 1);
  note = g_list_model_get_item (steward_action_editor_get_notes (editor), 0);
  g_assert_cmpstr (steward_action_progress_get_note (note), ==, "已完成80%簽到表彙整");
  g_assert_cmpstr (steward_action_progress_get_noted_by (note), ==, "林怡君");
  g_assert_cmpint (g_date_compare (steward_action_progress_get_noted_on (note), today), ==, 0);
  g_assert_cmpstr (text_of (steward_test_template_child (editor, "note_row")), ==, "");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  save_form_png (editor, "editor-progress");
  steward_test_drop_window (editor);

  /* The list shows the latest note, and finds the action by it. */
  date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  if (g_str_equal (language, "en"))
    {
      shown = g_strdup_printf ("%s: %s", date, "已完成80%簽到表彙整");
      g_assert_nonnull (find_label (f->page, shown));
    }
  steward_actions_page_set_search (page, "簽到表彙整");
  g_assert_cmpuint (n_shown (page), ==, 1);

  clear_actions (&a);
}

/* Deleting, with undo */

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  Actions a;
  StewardActionsPage *page;
  g_autoptr(StewardActionProgress) note = NULL;
  g_autoptr(StewardActionItem) back = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gint64 id;

  add_actions (f, &a);
  id = steward_record_get_id (STEWARD_RECORD (a.overdue));
  note = g_object_new (STEWARD_TYPE_ACTION_PROGRESS,
                       "action-id", id, "noted-on", today, "note", "已寄送更新通知", "noted-by", "陳建宏", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (note), f->t->db, &error));
  g_assert_no_error (error);
  page = show_page (f);

  toast = steward_actions_page_delete_action (page, a.overdue);
  g_assert_nonnull (toast);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "action_item"), ==, 3);
  g_assert_cmpint (count (f, "action_progress"), ==, 0);
  g_assert_cmpuint (n_shown (page), ==, 3);

  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "action_item"), ==, 4);
  g_assert_cmpint (count (f, "action_progress"), ==, 1);
  g_assert_cmpuint (n_shown (page), ==, 4);
  back = load_action (f, id);
  g_assert_cmpstr (steward_action_item_get_title (back), ==, "更新外部單位聯絡清單");

  /* The Delete key deletes the selected row. */
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "actions.delete-selected", NULL));
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "action_item"), ==, 3);

  clear_actions (&a);
}

/* Exporting: the register as stored, whatever the search shows. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  Actions a;
  StewardActionsPage *page;
  g_autofree char *csv_path = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  add_actions (f, &a);
  page = show_page (f);
  steward_actions_page_set_search (page, "雲端");
  g_assert_cmpuint (n_shown (page), ==, 1);

  csv_path = g_build_filename (f->t->dir, "actions.csv", NULL);
  g_assert_true (steward_actions_page_export (page, csv_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &contents, &length, &error));
  g_assert_no_error (error);
  /* With the BOM that Excel wants, every action, with its owner. */
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (contents, "更新外部單位聯絡清單"));
  g_assert_nonnull (strstr (contents, "修正防火牆規則審查紀錄"));
  g_assert_nonnull (strstr (contents, "陳建宏"));
  g_clear_pointer (&contents, g_free);

  xlsx_path = g_build_filename (f->t->dir, "actions.xlsx", NULL);
  g_assert_true (steward_actions_page_export (page, xlsx_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (xlsx_path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 2, "PK", 2);

  /* Only CSV and Excel: anything else is refused, and nothing written. */
  pdf_path = g_build_filename (f->t->dir, "actions.pdf", NULL);
  g_assert_false (steward_actions_page_export (page, pdf_path, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));

  clear_actions (&a);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  Actions a;
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GError) error = NULL;
  StewardActionsPage *page;

  add_actions (f, &a);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  page = show_page (f);
  steward_page_set_database (STEWARD_PAGE (page), read_only);

  g_assert_cmpuint (n_shown (page), ==, 4);
  g_assert_null (steward_actions_page_open_editor (page, NULL));
  g_assert_null (steward_actions_page_open_editor (page, a.today));
  g_assert_null (steward_actions_page_open_close_dialog (page, a.today));
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "actions.delete-selected", NULL);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "action_item"), ==, 4);

  steward_page_set_database (STEWARD_PAGE (page), NULL);
  clear_actions (&a);
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "actions");

#define ADD(path, func) \
  g_test_add ("/actions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("editor", test_editor);
  ADD ("list", test_list);
  ADD ("close", test_close);
  ADD ("progress", test_progress);
  ADD ("delete-undo", test_delete_undo);
  ADD ("read-only", test_read_only);
  ADD ("export", test_export);
#undef ADD

  return g_test_run ();
}
