/* test-block-view.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the review wizard shows beside an agenda item, in real windows:
 * the data blocks of the minutes (text, the plain sentence of an empty
 * register, tables short and long, charts), set again in place; the
 * live list of the actions still open from earlier reviews, whose status,
 * progress notes and closing are saved through the records; and the
 * status line of a meeting's minutes. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT); with LANGUAGE=zh_TW LANG=zh_TW.UTF-8 in
 * Traditional Chinese. Runs under xvfb-run. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-action-item.h"
#include "model/steward-action-progress.h"
#include "model/steward-minutes.h"
#include "model/steward-person.h"
#include "model/steward-review.h"
#include "steward-test-util.h"
#include "views/actions/steward-close-action-dialog.h"
#include "views/reviews/steward-previous-actions.h"
#include "views/reviews/steward-review-status.h"
#include "widgets/steward-block-view.h"
#include "widgets/steward-chart.h"
#include "widgets/steward-form.h"

static const char *language;

/* Widgets */

static GtkWidget *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_set_margin_top (child, 18);
  gtk_widget_set_margin_bottom (child, 18);
  gtk_widget_set_margin_start (child, 18);
  gtk_widget_set_margin_end (child, 18);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  return window;
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  steward_test_save_png (widget, "reviews", name, language);
}

/* The label (or the inscription of a list's cell) showing @text under
 * @widget, NULL when none does. */
static gpointer
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found = find_label (c, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label under @widget whose text starts with @prefix, NULL when none. */
static GtkLabel *
find_label_starting (GtkWidget  *widget,
                     const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return GTK_LABEL (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found = find_label_starting (c, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  GtkWidget *label = find_label (widget, text);

  return label != NULL && gtk_widget_is_drawable (label);
}

static gpointer
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found = find_type (c, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;

  return n;
}

static guint
count_labels (GtkWidget *widget)
{
  guint n = GTK_IS_LABEL (widget) || GTK_IS_INSCRIPTION (widget) ? 1 : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_labels (c);

  return n;
}

/* Blocks */

static JsonArray *
parse_blocks (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));

  return json_array_ref (json_node_get_array (json_parser_get_root (parser)));
}

static JsonObject *
make_table (const char *caption,
            guint       n_rows)
{
  JsonObject *table = json_object_new ();
  JsonArray *columns = json_array_new ();
  JsonArray *numeric = json_array_new ();
  JsonArray *rows = json_array_new ();

  json_object_set_string_member (table, "type", "table");
  json_object_set_string_member (table, "caption", caption);
  json_array_add_string_element (columns, "No.");
  json_array_add_string_element (columns, "Finding");
  json_array_add_string_element (columns, "Owner");
  json_array_add_string_element (columns, "Days open");
  json_array_add_boolean_element (numeric, TRUE);
  json_array_add_boolean_element (numeric, FALSE);
  json_array_add_boolean_element (numeric, FALSE);
  json_array_add_boolean_element (numeric, TRUE);
  for (guint i = 0; i < n_rows; i++)
    {
      JsonArray *row = json_array_new ();
      char number[16], days[16];

      g_snprintf (number, sizeof number, "%u", i + 1);
      g_snprintf (days, sizeof days, "%u", (i * 37) % 400);
      json_array_add_string_element (row, number);
      json_array_add_string_element (row, i % 3 == 0 ? "機房門禁紀錄未逐月覆核" : "Backup restore test not documented");
      json_array_add_string_element (row, i % 2 == 0 ? "陳建宏" : "林怡君");
      json_array_add_string_element (row, days);
      json_array_add_array_element (rows, row);
    }
  json_object_set_array_member (table, "columns", columns);
  json_object_set_array_member (table, "rows", rows);
  json_object_set_array_member (table, "numeric", numeric);

  return table;
}

static const char blocks_json[] =
  "["
  "{\"type\": \"text\", \"text\": \"資訊安全政策於113年12月修訂，本次無變更。The information security policy was last revised in December; no change since.\"},"
  "{\"type\": \"empty\", \"text\": \"No changes to external or internal issues since 2025-03-12.\"},"
  "{\"type\": \"table\", \"caption\": \"Measurement results per quarter\","
  " \"columns\": [\"Objective\", \"114Q1\", \"114Q2\", \"Target\"],"
  " \"numeric\": [false, true, true, false],"
  " \"rows\": [[\"系統可用率 System availability\", \"99.95%\", \"99.71%\", \"≥ 99.9%\"],"
  "          [\"Phishing drill click rate\", \"4.2%\", \"2.9%\", \"≤ 5%\"],"
  "          [\"資安事件通報時效\", \"1.5 h\", \"0.8 h\", \"≤ 1 h\"]]},"
  "{\"type\": \"chart\", \"caption\": \"Nonconformities opened and closed\", \"style\": \"bar\","
  " \"unit\": \"\", \"labels\": [\"113Q3\", \"113Q4\", \"114Q1\", \"114Q2\"],"
  " \"series\": [{\"name\": \"Opened\", \"values\": [3, 5, 2, 1]},"
  "            {\"name\": \"Closed\", \"values\": [1, 4, 4, null]}]},"
  "{\"type\": \"chart\", \"caption\": \"系統可用率 System availability\", \"style\": \"line\","
  " \"unit\": \"%\", \"labels\": [\"113Q3\", \"113Q4\", \"114Q1\", \"114Q2\"],"
  " \"series\": [{\"name\": \"Availability\", \"values\": [99.92, 99.97, 99.95, 99.71],"
  "              \"states\": [\"met\", \"met\", \"met\", \"missed\"]}],"
  " \"target_low\": [99.9, 99.9, 99.9, 99.9], \"direction\": \"at-least\"}"
  "]";

static void
test_blocks (void)
{
  g_autoptr(JsonArray) blocks = parse_blocks (blocks_json);
  GtkWidget *view = steward_block_view_new ();
  GtkWidget *window;
  StewardChart *chart;

  json_array_add_object_element (blocks, make_table ("Open nonconformities", 40));
  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), blocks);
  window = show_in_window (view, 820, 1500);

  /* Every block, in order, and nothing else. */
  g_assert_cmpuint (count_children (view), ==, 6);

  g_assert_true (shows_label (view, "No changes to external or internal issues since 2025-03-12."));
  g_assert_true (shows_label (view, "Measurement results per quarter"));
  g_assert_true (shows_label (view, "系統可用率 System availability"));
  g_assert_true (shows_label (view, "99.71%"));
  g_assert_true (shows_label (view, "≤ 1 h"));
  /* A number column is right-aligned, a text column left. */
  g_assert_cmpfloat (gtk_label_get_xalign (find_label (view, "99.71%")), ==, 1);
  g_assert_cmpfloat (gtk_label_get_xalign (find_label (view, "Phishing drill click rate")), ==, 0);

  /* The long table is a list that makes its first rows, under its
   * caption, in a bounded height. */
  g_assert_true (shows_label (view, "Open nonconformities"));
  g_assert_nonnull (find_type (view, GTK_TYPE_COLUMN_VIEW));
  g_assert_true (shows_label (view, "Days open"));
  g_assert_true (shows_label (view, "機房門禁紀錄未逐月覆核"));
  g_assert_cmpint (gtk_widget_get_height (gtk_widget_get_parent (find_type (view, GTK_TYPE_COLUMN_VIEW))), <=, 360);

  /* Its rows come as it is scrolled. */
  {
    GtkColumnView *list = find_type (view, GTK_TYPE_COLUMN_VIEW);
    GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (list));
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
    guint n_first = g_list_model_get_n_items (rows);

    g_assert_cmpuint (n_first, <, 40);
    for (guint i = 0; i < 20 && g_list_model_get_n_items (rows) < 40; i++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        steward_test_iterate (50);
      }
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 40);
    gtk_adjustment_set_value (adjustment, 0);
  }

  chart = find_type (view, STEWARD_TYPE_CHART);
  g_assert_nonnull (chart);
  g_assert_nonnull (steward_chart_get_plot (chart));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, 200);

  save_png (window, "blocks");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A record's text of 65,530 characters without a space (a one-line
 * entry's most), in a table's cell or a text block: the wrapped labels
 * show a part of it, as a form's row does, since Pango takes seconds to
 * wrap such a word; pages of prose show whole. */
static void
test_blocks_long_text (void)
{
  g_autoptr(JsonArray) blocks = json_array_new ();
  JsonObject *text = json_object_new ();
  JsonObject *prose = json_object_new ();
  JsonObject *table = make_table ("Closed actions", 3);
  JsonArray *rows = json_object_get_array_member (table, "rows");
  JsonArray *row = json_array_new ();
  g_autofree char *xs = g_strnfill (65530 - 2, 'x');
  g_autofree char *word = g_strconcat ("資安", xs, NULL);
  g_autoptr(GString) pages = g_string_new (NULL);
  GtkWidget *view = steward_block_view_new ();
  GtkWidget *window;
  GtkLabel *label;

  while (pages->len < 6000)
    g_string_append (pages, "The backup of the core systems was restored on the test machine and checked. ");
  json_object_set_string_member (text, "type", "text");
  json_object_set_string_member (text, "text", word);
  json_object_set_string_member (prose, "type", "text");
  json_object_set_string_member (prose, "text", pages->str);
  json_array_add_object_element (blocks, text);
  json_array_add_object_element (blocks, prose);
  /* the second row's owner */
  json_array_add_string_element (row, "2");
  json_array_add_string_element (row, "Backup restore test not documented");
  json_array_add_string_element (row, word);
  json_array_add_string_element (row, "37");
  json_array_remove_element (rows, 1);
  json_array_add_array_element (rows, row);
  json_array_add_object_element (blocks, table);

  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), blocks);
  window = show_in_window (view, 820, 900);
  g_assert_cmpuint (count_children (view), ==, 3);

  /* the text block: its first 10,000 characters */
  label = find_label_starting (gtk_widget_get_first_child (view), "資安xxx");
  g_assert_nonnull (label);
  g_assert_true (g_str_has_suffix (gtk_label_get_label (label), "x…"));
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_label (label), -1), ==, 10000 + 1);

  /* the prose: all of it */
  g_assert_true (shows_label (view, pages->str));

  /* the cell: what a form's row shows */
  label = find_label_starting (gtk_widget_get_last_child (view), "資安xxx");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (label)));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (label), "x…"));
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_label (label), -1), ==, STEWARD_FORM_ROW_MAX_CHARS + 1);
  g_assert_true (shows_label (view, "陳建宏"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_blocks_replaced (void)
{
  g_autoptr(JsonArray) first = parse_blocks (blocks_json);
  g_autoptr(JsonArray) second = parse_blocks (
    "[{\"type\": \"empty\", \"text\": \"No feedback from interested parties since 2025-03-12.\"},"
    " {\"type\": \"table\", \"caption\": \"Risk treatment plan\", \"columns\": [\"Risk\", \"Status\"],"
    "  \"rows\": [[\"R-07 勒索軟體\", \"In progress\"]]},"
    " {\"type\": \"nonsense\"}]");
  GtkWidget *view = steward_block_view_new ();
  GtkWidget *window;
  GtkWidget *first_empty;

  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), first);
  window = show_in_window (view, 820, 900);
  first_empty = gtk_widget_get_next_sibling (gtk_widget_get_first_child (view));

  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), second);
  steward_test_iterate (50);

  /* An unknown block is left out; what the first blocks showed is gone. */
  g_assert_cmpuint (count_children (view), ==, 2);
  g_assert_null (find_label (view, "Measurement results per quarter"));
  g_assert_null (find_label (view, "99.71%"));
  g_assert_null (find_type (view, STEWARD_TYPE_CHART));
  g_assert_true (shows_label (view, "No feedback from interested parties since 2025-03-12."));
  g_assert_true (shows_label (view, "R-07 勒索軟體"));
  g_assert_true (shows_label (view, "Risk treatment plan"));

  /* Set again, the same blocks keep their widgets. */
  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), first);
  first_empty = gtk_widget_get_next_sibling (gtk_widget_get_first_child (view));
  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), first);
  g_assert_true (gtk_widget_get_next_sibling (gtk_widget_get_first_child (view)) == first_empty);
  g_assert_cmpuint (count_children (view), ==, 5);

  /* A table with a row less keeps the cells of the rows it still has. */
  {
    g_autoptr(JsonArray) shorter = parse_blocks (blocks_json);
    JsonArray *rows = json_object_get_array_member (json_array_get_object_element (shorter, 2), "rows");
    GtkWidget *cell = find_label (view, "99.71%");

    g_assert_nonnull (cell);
    json_array_remove_element (rows, 2);
    steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), shorter);
    steward_test_iterate (20);
    g_assert_true (find_label (view, "99.71%") == cell);
    g_assert_null (find_label (view, "資安事件通報時效"));
    g_assert_null (find_label (view, "≤ 1 h"));
  }

  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), NULL);
  g_assert_cmpuint (count_children (view), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_blocks_timing (void)
{
  g_autoptr(JsonArray) blocks = json_array_new ();
  GtkWidget *view = steward_block_view_new ();
  GtkWidget *window = show_in_window (view, 820, 900);
  gint64 start, set, again, drawn;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *caption = g_strdup_printf ("Table %u", i + 1);

      json_array_add_object_element (blocks, make_table (caption, 100));
    }

  start = g_get_monotonic_time ();
  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), blocks);
  set = g_get_monotonic_time ();
  steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (view), blocks);
  again = g_get_monotonic_time ();
  gtk_test_widget_wait_for_draw (window);
  drawn = g_get_monotonic_time ();

  g_test_message ("20 tables of 100 rows: set in %.1f ms, set again in %.1f ms, drawn in %.1f ms",
                  (set - start) / 1000.0, (again - set) / 1000.0, (drawn - again) / 1000.0);
  g_assert_cmpuint (count_children (view), ==, 20);
  g_assert_true (shows_label (view, "Table 1"));
  /* A long table makes its rows as it is scrolled to them. */
  g_test_message ("labels and cells made: %u", count_labels (view));
  steward_test_iterate (300);
  g_test_message ("labels and cells made once the frames after have filled the tables: %u", count_labels (view));
  g_assert_cmpuint (count_labels (view), <, 20 * 100);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Previous actions */

typedef struct
{
  StewardTestDb *t;
  GtkWidget     *window;
  gint64         chen_id;
  StewardReview *earlier;
  StewardReview *current;
  gint64         open_id;
} Fixture;

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

static StewardReview *
add_review (Fixture    *f,
            const char *title,
            int         number,
            int         days_from_today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days_from_today);
  g_autoptr(GDateTime) starts = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                       g_date_time_get_day_of_month (day), 10, 0, 0);
  StewardReview *review = g_object_new (STEWARD_TYPE_REVIEW,
                                        "title", title,
                                        "year", g_date_time_get_year (day),
                                        "number", number,
                                        "starts-at", starts,
                                        "place", "第一會議室",
                                        NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (review), f->t->db, &error));
  g_assert_no_error (error);

  return review;
}

static gint64
add_action (Fixture           *f,
            StewardReview     *source,
            const char        *title,
            int                created_days,
            int                due_days,
            StewardActionStatus status)
{
  g_autoptr(GDate) created = steward_test_days_from_today (created_days);
  g_autoptr(GDate) due = steward_test_days_from_today (due_days);
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(GError) error = NULL;

  action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                         "title", title,
                         "owner-id", f->chen_id,
                         "created-on", created,
                         "due-date", due,
                         "status", status,
                         "source-kind", STEWARD_ACTION_SOURCE_REVIEW,
                         "source-id", steward_record_get_id (STEWARD_RECORD (source)),
                         "source-label", steward_review_get_title (source),
                         NULL);
  if (status == STEWARD_ACTION_DONE)
    g_object_set (action, "done-on", due, "effectiveness", STEWARD_EFFECTIVENESS_EFFECTIVE,
                  "evaluated-by", "林怡君", "evaluated-on", due, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (action), f->t->db, &error));
  g_assert_no_error (error);

  return steward_record_get_id (STEWARD_RECORD (action));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
  steward_database_set_user_name (f->t->db, "林怡君");
  f->chen_id = add_person (f, "陳建宏");
  f->earlier = add_review (f, "114年度第1次管理審查會議", 1, -200);
  f->current = add_review (f, "114年度第2次管理審查會議", 2, 10);
  f->open_id = add_action (f, f->earlier, "修訂資產清冊並完成年度盤點", -200, -30, STEWARD_ACTION_OPEN);
  add_action (f, f->earlier, "完成備份還原演練", -200, -100, STEWARD_ACTION_DONE);
  add_action (f, f->current, "An action of this very meeting", 10, 40, STEWARD_ACTION_OPEN);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  steward_test_iterate (20);
  g_clear_object (&f->earlier);
  g_clear_object (&f->current);
  g_clear_pointer (&f->t, steward_test_db_free);
}

static GtkWidget *
show_previous_actions (Fixture       *f,
                       StewardReview *review,
                       gboolean       editable)
{
  GtkWidget *list = steward_previous_actions_new ();

  steward_previous_actions_set_review (STEWARD_PREVIOUS_ACTIONS (list), f->t->db, review, editable);
  f->window = show_in_window (list, 900, 360);

  return list;
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

static void
test_previous_list (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *list = show_previous_actions (f, f->current, TRUE);

  /* The open action of the earlier meeting, overdue; not the one done,
   * nor the meeting's own. */
  g_assert_true (shows_label (list, "修訂資產清冊並完成年度盤點"));
  g_assert_null (find_label (list, "完成備份還原演練"));
  g_assert_null (find_label (list, "An action of this very meeting"));
  g_assert_true (steward_test_is_shown (steward_test_must_find_named (list, "overdue-badge")));
  g_assert_nonnull (find_label (list, C_("badge", "Overdue")));
  save_png (f->window, "previous-actions");

  /* Closed elsewhere, it leaves the list, which then says so plainly. */
  {
    g_autoptr(StewardActionItem) action = load_action (f, f->open_id);
    g_autoptr(GDate) today = steward_date_new_today ();
    g_autoptr(GPtrArray) problems = g_ptr_array_new ();
    g_autoptr(GError) error = NULL;

    g_assert_true (steward_action_close (f->t->db, action, today, STEWARD_EFFECTIVENESS_EFFECTIVE,
                                         "林怡君", today, "Done", problems, &error));
    g_assert_no_error (error);
  }
  steward_test_iterate (50);
  g_assert_null (find_label (list, "修訂資產清冊並完成年度盤點"));
  g_assert_true (shows_label (list, _("No actions from earlier reviews are open.")));
  save_png (f->window, "previous-actions-empty");
}

/* An owner's name of 65,530 characters without a space: the row's
 * subtitle shows what a form's row shows. */
static void
test_previous_long_name (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StewardPerson) chen = steward_record_load (f->t->db, STEWARD_TYPE_PERSON, f->chen_id, NULL);
  g_autoptr(StewardActionItem) open = load_action (f, f->open_id);
  g_autofree char *source = steward_action_dup_source_label (open);
  g_autofree char *name = g_strnfill (65530, 'x');
  g_autoptr(GError) error = NULL;
  GtkWidget *list;
  GtkLabel *details;

  g_assert_nonnull (chen);
  g_object_set (chen, "name", name, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (chen), f->t->db, &error));
  g_assert_no_error (error);

  list = show_previous_actions (f, f->current, TRUE);
  g_assert_true (shows_label (list, "修訂資產清冊並完成年度盤點"));
  details = find_label_starting (list, source);
  g_assert_nonnull (details);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (details)));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (details), "x…"));
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_label (details), -1), ==, STEWARD_FORM_ROW_MAX_CHARS + 1);
}

static void
test_previous_status (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list = show_previous_actions (f, f->current, TRUE);
  GtkDropDown *dropdown = steward_test_must_find_named (list, "status-dropdown");
  g_autoptr(StewardActionItem) saved = NULL;

  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  gtk_drop_down_set_selected (dropdown, 1);
  steward_test_iterate (50);

  saved = load_action (f, f->open_id);
  g_assert_cmpint (steward_action_item_get_status (saved), ==, STEWARD_ACTION_IN_PROGRESS);
  /* The list, read again from the database, keeps the row and its
   * focus, with the new status. */
  g_assert_true (steward_test_must_find_named (list, "status-dropdown") == dropdown);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);

  /* Changed elsewhere, the row shows it. */
  g_object_set (saved, "title", "修訂資產清冊（含雲端服務）", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (saved), f->t->db, NULL));
  steward_test_iterate (50);
  g_assert_true (shows_label (list, "修訂資產清冊（含雲端服務）"));
  dropdown = steward_test_must_find_named (list, "status-dropdown");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
}

static void
test_previous_note (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *list = show_previous_actions (f, f->current, TRUE);
  GtkWidget *entry = steward_test_must_find_named (list, "note-entry");
  g_autoptr(GPtrArray) notes = NULL;
  StewardActionProgress *note;

  /* An empty note is refused, and nothing is stored. */
  gtk_widget_activate (entry);
  g_assert_cmpint (steward_test_count_rows (f->t->db, "action_progress"), ==, 0);

  steward_test_type_into (entry, "盤點已完成七成 Inventory 70% done");
  g_signal_emit_by_name (steward_test_must_find_named (list, "note-add"), "clicked");
  steward_test_iterate (20);

  notes = steward_test_load_all (f->t->db, STEWARD_TYPE_ACTION_PROGRESS, NULL);
  g_assert_cmpuint (notes->len, ==, 1);
  note = g_ptr_array_index (notes, 0);
  g_assert_cmpint (steward_action_progress_get_action_id (note), ==, f->open_id);
  g_assert_cmpstr (steward_action_progress_get_note (note), ==, "盤點已完成七成 Inventory 70% done");
  g_assert_cmpstr (steward_action_progress_get_noted_by (note), ==, "林怡君");
}

static void
test_previous_close (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *list = show_previous_actions (f, f->current, TRUE);
  GList *toplevels;
  StewardCloseActionDialog *dialog = NULL;

  g_signal_emit_by_name (steward_test_must_find_named (list, "close-button"), "clicked");
  steward_test_iterate (50);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (STEWARD_IS_CLOSE_ACTION_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);

  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  save_png (GTK_WIDGET (dialog), "previous-actions-close");
}

static void
test_previous_read_only (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *list = show_previous_actions (f, f->current, FALSE);

  g_assert_true (shows_label (list, "修訂資產清冊並完成年度盤點"));
  g_assert_null (steward_test_find_named (list, "status-dropdown"));
  g_assert_null (steward_test_find_named (list, "close-button"));
  g_assert_true (steward_test_is_shown (steward_test_must_find_named (list, "status-label")));

  /* The first meeting has no earlier one. */
  steward_previous_actions_set_review (STEWARD_PREVIOUS_ACTIONS (list), f->t->db, f->earlier, TRUE);
  steward_test_iterate (20);
  g_assert_true (shows_label (list, _("No actions from earlier reviews are open.")));
}

/* The status line */

static void
save_minutes (Fixture              *f,
              StewardMinutes       *minutes)
{
  g_autoptr(GError) error = NULL;

  gboolean saved = steward_record_save (STEWARD_RECORD (minutes), f->t->db, &error);

  g_assert_no_error (error);
  g_assert_true (saved);
}

static void
test_status_text (Fixture       *f,
                  gconstpointer  data)
{
  gint64 review_id = steward_record_get_id (STEWARD_RECORD (f->earlier));
  g_autoptr(StewardMinutes) first = g_object_new (STEWARD_TYPE_MINUTES, "review-id", review_id, "version", 1, NULL);
  g_autoptr(StewardMinutes) second = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.4", 8);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);

  text = steward_review_dup_status_text (f->t->db, f->earlier);
  g_assert_cmpstr (text, ==, _("Draft"));
  g_clear_pointer (&text, g_free);

  save_minutes (f, first);
  text = steward_review_dup_status_text (f->t->db, f->earlier);
  g_assert_cmpstr (text, ==, _("Draft"));
  g_clear_pointer (&text, g_free);

  g_object_set (first, "status", STEWARD_MINUTES_ISSUED, "issued-by", "林怡君", "issued-at", now,
                "content", "{}", "pdf", pdf, "pdf-sha256", sha256, NULL);
  save_minutes (f, first);
  text = steward_review_dup_status_text (f->t->db, f->earlier);
  expected = g_strdup_printf (_("Issued, version %d"), 1);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_clear_pointer (&text, g_free);

  second = g_object_new (STEWARD_TYPE_MINUTES, "review-id", review_id, "version", 2,
                         "replaces-id", steward_record_get_id (STEWARD_RECORD (first)),
                         "reason", "出席名單誤植", NULL);
  save_minutes (f, second);
  text = steward_review_dup_status_text (f->t->db, f->earlier);
  expected = g_strdup_printf (_("Correction in progress (version %d)"), 2);
  g_assert_cmpstr (text, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "block view");

  g_test_add_func ("/block-view/blocks", test_blocks);
  g_test_add_func ("/block-view/replaced", test_blocks_replaced);
  g_test_add_func ("/block-view/long-text", test_blocks_long_text);
  g_test_add_func ("/block-view/timing", test_blocks_timing);
#define ADD(path, func) \
  g_test_add ("/previous-actions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_previous_list);
  ADD ("long-name", test_previous_long_name);
  ADD ("status", test_previous_status);
  ADD ("note", test_previous_note);
  ADD ("close", test_previous_close);
  ADD ("read-only", test_previous_read_only);
  ADD ("status-text", test_status_text);
#undef ADD

  return g_test_run ();
}
