/* test-database-error-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page shown when the database cannot be opened, with the backups of
 * steward_backup_list(): "Restore" offered when the file has a backup, its
 * question naming the newest one, and not offered without. Screenshots in
 * English, and with LANGUAGE=zh_TW LANG=zh_TW.UTF-8 in Traditional Chinese.
 * Runs under xvfb-run.
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "store/steward-backup.h"
#include "store/steward-database.h"
#include "views/steward-database-error-page.h"

#include "steward-test-util.h"

static const char *language;

/* The page for the file at @path, which fails to open, in a window. */
static GtkWidget *
show_error_page (const char  *path,
                 GtkWidget  **page_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardDatabase) db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  GtkWidget *page = g_object_new (STEWARD_TYPE_DATABASE_ERROR_PAGE, NULL);
  GtkWidget *window = adw_window_new ();

  g_assert_null (db);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE);

  steward_database_error_page_set_error (STEWARD_DATABASE_ERROR_PAGE (page), path, error);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 680);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  steward_test_iterate (50);

  *page_out = page;

  return window;
}

static void
test_with_backup (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autofree char *older = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *newest_name = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *page;
  GtkWidget *dialog = NULL;
  GList *toplevels;

  older = steward_backup_make (t->db, STEWARD_BACKUP_DAILY, &error);
  g_assert_no_error (error);
  newest = steward_backup_make (t->db, STEWARD_BACKUP_MANUAL, &error);
  g_assert_no_error (error);
  steward_database_close (t->db);
  g_clear_object (&t->db);
  g_assert_true (g_file_set_contents (t->path, "minutes of the meeting, not a database\n", -1, NULL));

  window = show_error_page (t->path, &page);
  g_assert_true (steward_test_child_shown (page, "restore_button"));
  g_assert_false (steward_test_child_shown (page, "retry_button"));
  steward_test_save_png (window, "error-page", "with-backup", language);

  /* The question names the newest backup. */
  gtk_widget_activate_action (page, "error.restore", NULL);
  steward_test_iterate (100);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  newest_name = g_path_get_basename (newest);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), newest_name));
  file = g_strdup_printf ("error-page-restore-question-%s.png", language);
  texture = steward_test_render_png (dialog, file);
  g_assert_nonnull (texture);

  /* Cancelled: nothing touched. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (t->path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "minutes of the meeting, not a database\n");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_without_backup (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  GtkWidget *window;
  GtkWidget *page;

  steward_database_close (t->db);
  g_clear_object (&t->db);
  g_assert_true (g_file_set_contents (t->path, "not a database\n", -1, NULL));

  window = show_error_page (t->path, &page);
  g_assert_false (steward_test_child_shown (page, "restore_button"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "database error page");

  g_test_add_func ("/database-error-page/with-backup", test_with_backup);
  g_test_add_func ("/database-error-page/without-backup", test_without_backup);

  return g_test_run ();
}
