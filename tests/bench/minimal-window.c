/* minimal-window.c: the yardstick of the start-up benchmark.
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The least a libadwaita application shows: a window with a header bar and
 * a status page, built with the same toolchain and flags as Steward. It
 * reports its first frame the way Steward does, then quits.
 *
 * With --traditional-chinese, its status page says a line of Traditional
 * Chinese, as the window of any application in Steward's users' language
 * does: the first Han text drawn loads a CJK font (Noto Sans CJK, 19 MiB,
 * on Debian), which this variant shows the cost of.
 */

#include <adwaita.h>

static gboolean traditional_chinese;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  g_print ("first-frame-realtime-us %" G_GINT64_FORMAT "\n", g_get_real_time ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_map_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), traditional_chinese ? "最小視窗" : "Minimal");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.ismssteward.Steward.Minimal",
                                                       G_APPLICATION_NON_UNIQUE);

  if (argc > 1 && g_str_equal (argv[1], "--traditional-chinese"))
    {
      traditional_chinese = TRUE;
      argv[1] = argv[0];
      argc--;
      argv++;
    }

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
