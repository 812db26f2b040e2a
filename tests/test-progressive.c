/* test-progressive.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The lists that show the rows filling the screen in their first frame
 * and the others in the frames after (steward-progressive.c), in a real
 * window: how many rows come first and with each frame, that every row is
 * there in the end or at once when asked for, and that every change of
 * the list, during the growth and after it, is told to the view in a way
 * the view can follow (the rows announced are there). Runs under
 * xvfb-run. */

#include "config.h"

#include <adwaita.h>

#include "steward-test-util.h"
#include "widgets/steward-progressive.h"

#define N_WIDGETS 205

/* Follows a model's changes as a view does: each must add up with the
 * count before it, and each row announced must be there. */
typedef struct
{
  guint n_items;
  guint n_changes;
} Follower;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Follower   *follower)
{
  g_assert_cmpuint (position + removed, <=, follower->n_items);
  follower->n_items = follower->n_items - removed + added;
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, follower->n_items);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);

      g_assert_nonnull (item);
    }
  follower->n_changes++;
}

static GtkStringList *
make_strings (guint n)
{
  GtkStringList *strings = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%05u", i);
      gtk_string_list_append (strings, text);
    }

  return strings;
}

static GtkWidget *
make_view (GtkWidget **window)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_list_view_new (NULL, gtk_signal_list_item_factory_new ());

  *window = gtk_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (*window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (*window), 400, 300);

  return view;
}

/* Waits for @n more frames of @widget's window to be painted. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 until = gdk_frame_clock_get_frame_counter (clock) + n;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC * steward_test_slowdown ();

  while (gdk_frame_clock_get_frame_counter (clock) < until)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_grows (void)
{
  g_autoptr(GtkStringList) strings = make_strings (1000);
  GtkWidget *window;
  GtkWidget *view = make_view (&window);
  g_autoptr(GListModel) rows = steward_progressive_model_new (view, G_LIST_MODEL (strings), 32, 6, N_WIDGETS);
  Follower follower = { 0, };
  guint first = steward_progressive_count_rows_to_fill (view, 32), last = first;
  guint n_frames = 0;

  /* Before the first frame: the rows that fill the screen, fewer for
   * taller rows, one for rows taller than any screen. */
  g_assert_cmpuint (first, >, 1);
  g_assert_cmpuint (first, <, N_WIDGETS);
  g_assert_cmpuint (steward_progressive_count_rows_to_fill (view, 64), <, first);
  g_assert_cmpuint (steward_progressive_count_rows_to_fill (view, 1 << 20), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, first);
  follower.n_items = first;
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed_cb), &follower);
  gtk_list_view_set_model (GTK_LIST_VIEW (view), GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (rows))));
  gtk_window_present (GTK_WINDOW (window));

  /* The first frame is painted with them alone. */
  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);
  wait_frames (view, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, first);

  /* Then six rows a frame, until the view has made the
   * widgets it makes, then all. */
  while (g_list_model_get_n_items (rows) < 1000)
    {
      guint n;

      wait_frames (view, 1);
      n = g_list_model_get_n_items (rows);
      g_assert_true (n == last || n == last + 6 || n == 1000);
      if (n == 1000)
        g_assert_cmpuint (last + 6, >=, N_WIDGETS);
      last = n;
      g_assert_cmpuint (++n_frames, <, 1000);
    }
  g_assert_cmpuint (n_frames, >=, (N_WIDGETS - first) / 6);
  g_assert_cmpuint (follower.n_items, ==, 1000);

  /* Then the changes pass as they come. */
  gtk_string_list_splice (strings, 10, 5, (const char * const[]) { "a", "b", NULL });
  g_assert_cmpuint (follower.n_items, ==, 997);
  g_assert_cmpstr (gtk_string_object_get_string (g_list_model_get_item (rows, 11)), ==, "b");
  g_object_unref (g_list_model_get_item (rows, 11));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_finish (void)
{
  g_autoptr(GtkStringList) strings = make_strings (500);
  GtkWidget *window;
  GtkWidget *view = make_view (&window);
  g_autoptr(GListModel) rows = steward_progressive_model_new (view, G_LIST_MODEL (strings), 32, 6, N_WIDGETS);
  Follower follower = { steward_progressive_count_rows_to_fill (view, 32), 0 };

  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed_cb), &follower);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, 500);

  /* Asked for every row (to select one far down, or to export). */
  steward_progressive_finish (view);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 500);
  g_assert_cmpuint (follower.n_items, ==, 500);
  g_assert_cmpuint (follower.n_changes, ==, 1);

  /* Finishing twice, or a view never shown, changes nothing more. */
  steward_progressive_finish (view);
  g_assert_cmpuint (follower.n_changes, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Changes while only the first rows are shown: rows pushed past the
 * limit and pulled into it are told too, and an empty list that fills up
 * shows its first rows only. */
static void
test_changes_while_growing (void)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) more = make_strings (300);
  GtkWidget *window;
  GtkWidget *view = make_view (&window);
  g_autoptr(GListModel) rows = steward_progressive_model_new (view, G_LIST_MODEL (strings), 32, 6, N_WIDGETS);
  guint first = steward_progressive_count_rows_to_fill (view, 32);
  Follower follower = { 0, 0 };
  g_autoptr(GObject) item = NULL;

  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed_cb), &follower);

  /* The register's rows loaded after the view was set up. */
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(GtkStringObject) string = g_list_model_get_item (G_LIST_MODEL (more), i);

      gtk_string_list_append (strings, gtk_string_object_get_string (string));
    }
  g_assert_cmpuint (follower.n_items, ==, first);

  /* A row added at the top pushes the last shown past the limit. */
  gtk_string_list_splice (strings, 0, 0, (const char * const[]) { "top", NULL });
  g_assert_cmpuint (follower.n_items, ==, first);
  item = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, "top");
  g_clear_object (&item);

  /* Two removed at the top pull two into it. */
  gtk_string_list_splice (strings, 0, 2, NULL);
  g_assert_cmpuint (follower.n_items, ==, first);
  item = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, "00001");
  g_clear_object (&item);

  /* Below the limit: nothing the view shows. */
  gtk_string_list_remove (strings, 250);
  g_assert_cmpuint (follower.n_items, ==, first);

  /* Emptied, then all shown. */
  gtk_string_list_splice (strings, 0, g_list_model_get_n_items (G_LIST_MODEL (strings)), NULL);
  g_assert_cmpuint (follower.n_items, ==, 0);
  steward_progressive_finish (view);
  g_assert_cmpuint (follower.n_items, ==, 0);
  gtk_string_list_append (strings, "again");
  g_assert_cmpuint (follower.n_items, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A search's first letter replaces the rows: the rows that fill the
 * screen come first again; a change of as many rows as before (a sort)
 * or of a few rows passes as it comes. */
static void
test_restart (void)
{
  g_autoptr(GtkStringList) strings = make_strings (1000);
  g_autoptr(GtkStringList) found = make_strings (400);
  GtkWidget *window;
  GtkWidget *view = make_view (&window);
  g_autoptr(GListModel) rows = steward_progressive_model_new (view, G_LIST_MODEL (strings), 32, 6, N_WIDGETS);
  guint first = steward_progressive_count_rows_to_fill (view, 32);
  Follower follower = { 0, 0 };
  g_autofree const char **texts = g_new0 (const char *, 401);

  gtk_list_view_set_model (GTK_LIST_VIEW (view), GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (rows))));
  gtk_window_present (GTK_WINDOW (window));
  steward_progressive_finish (view);
  follower.n_items = g_list_model_get_n_items (rows);
  g_assert_cmpuint (follower.n_items, ==, 1000);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed_cb), &follower);

  /* As many rows as before: passed on. */
  for (guint i = 0; i < 100; i++)
    texts[i] = "sorted";
  gtk_string_list_splice (strings, 0, 100, texts);
  g_assert_cmpuint (follower.n_items, ==, 1000);
  g_assert_cmpuint (follower.n_changes, ==, 1);

  /* A few rows: passed on. */
  gtk_string_list_splice (strings, 0, 3, (const char * const[]) { "x", NULL });
  g_assert_cmpuint (follower.n_items, ==, 998);

  /* Most rows replaced by 400 others: the first screen, then the rest. */
  for (guint i = 0; i < 400; i++)
    texts[i] = gtk_string_list_get_string (found, i);
  gtk_string_list_splice (strings, 0, 998, texts);
  g_assert_cmpuint (follower.n_items, ==, first);
  while (g_list_model_get_n_items (rows) < 400)
    wait_frames (view, 1);
  g_assert_cmpuint (follower.n_items, ==, 400);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
create_label_cb (gpointer item,
                 gpointer user_data)
{
  return gtk_label_new (gtk_string_object_get_string (item));
}

/* A list box, whose every row is a widget: all the rows come in the end. */
static void
test_list_box (void)
{
  g_autoptr(GtkStringList) strings = make_strings (120);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GListModel) rows = steward_progressive_model_new (list, G_LIST_MODEL (strings), 50, 2, G_MAXUINT);
  guint n_frames = 0;

  gtk_list_box_bind_model (GTK_LIST_BOX (list), rows, create_label_cb, NULL, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), steward_progressive_count_rows_to_fill (list, 50)));

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 119) == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (++n_frames, <, 100000);
    }
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 120);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* No display is a failure, not a skip: run under xvfb-run. */
  if (!gtk_init_check ())
    g_error ("No display: run the widget tests under xvfb-run");
  adw_init ();

  g_test_add_func ("/progressive/grows", test_grows);
  g_test_add_func ("/progressive/finish", test_finish);
  g_test_add_func ("/progressive/changes-while-growing", test_changes_while_growing);
  g_test_add_func ("/progressive/restart", test_restart);
  g_test_add_func ("/progressive/list-box", test_list_box);

  return g_test_run ();
}
