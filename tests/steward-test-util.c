/* steward-test-util.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* nftw() */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <ftw.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "steward-test-util.h"

#include "logic/steward-date.h"
#include "widgets/steward-page.h"

#include "model/steward-history-entry.h"

/* Temporary folders */

char *
steward_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("steward-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);

  return dir;
}

static int
remove_entry_cb (const char        *path,
                 const struct stat *st,
                 int                flag,
                 struct FTW        *ftw)
{
  if (remove (path) != 0)
    g_test_message ("Could not remove %s: %s", path, g_strerror (errno));

  return 0;
}

/* Removes @dir and all it holds; nothing with NULL. */
void
steward_test_remove_tree (const char *dir)
{
  if (dir != NULL)
    nftw (dir, remove_entry_cb, 16, FTW_DEPTH | FTW_PHYS);
}

/* Steward databases */

/* Opens (creating it if need be) the Steward database at @path. */
StewardDatabase *
steward_test_open_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  StewardDatabase *db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (STEWARD_IS_DATABASE (db));

  return db;
}

StewardTestDb *
steward_test_db_new (void)
{
  StewardTestDb *t = g_new0 (StewardTestDb, 1);

  t->dir = steward_test_make_tmp_dir ();
  t->path = g_build_filename (t->dir, "steward.db", NULL);
  t->db = steward_test_open_database (t->path);

  return t;
}

/* Closes the database and removes its folder. */
void
steward_test_db_free (StewardTestDb *t)
{
  g_clear_object (&t->db);
  steward_test_remove_tree (t->dir);
  g_free (t->path);
  g_free (t->dir);
  g_free (t);
}

gint64
steward_test_count_rows (StewardDatabase *db,
                         const char      *table)
{
  g_autoptr(GError) error = NULL;
  gint64 n = steward_database_count (db, table, NULL, &error);

  g_assert_no_error (error);

  return n;
}

void
steward_test_count_cb (StewardDatabase    *db,
                       const char * const *tables,
                       gpointer            user_data)
{
  (*(guint *)user_data)++;
}

/* Reading records */

gboolean
steward_test_collect_record_cb (StewardRecord *record,
                                gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

/* The records of @type that @query (all with NULL) selects, in its order. */
GPtrArray *
steward_test_load_all (StewardDatabase *db,
                       GType            type,
                       StewardQuery    *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  steward_record_load_each (db, type, query, steward_test_collect_record_cb, records, &error);
  g_assert_no_error (error);

  return records;
}

GPtrArray *
steward_test_load_history (StewardDatabase *db,
                           const char      *table)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  if (table != NULL)
    steward_query_where_string (query, "table_name", STEWARD_QUERY_EQUAL, table);
  steward_query_order_by (query, "id", FALSE);

  return steward_test_load_all (db, STEWARD_TYPE_HISTORY_ENTRY, query);
}

/* Raw sqlite3 */

sqlite3 *
steward_test_raw_open (const char *path,
                       int         flags)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc != SQLITE_OK)
    g_error ("sqlite3_open_v2 (%s): %s", path, sqlite3_errstr (rc));
  sqlite3_busy_timeout (db, 5000);

  return db;
}

void
steward_test_raw_exec (sqlite3    *db,
                       const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Runs @sql on a connection of its own to the file at @path. */
void
steward_test_raw_exec_file (const char *path,
                            const char *sql)
{
  sqlite3 *raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE);

  steward_test_raw_exec (raw, sql);
  sqlite3_close (raw);
}

/* The first column of the first row of @sql, as an integer. */
gint64
steward_test_raw_int (sqlite3    *db,
                      const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 result;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return result;
}

/* The first column of the first row of @sql, as text. */
char *
steward_test_raw_text (sqlite3    *db,
                       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *result;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return result;
}

/* The main loop */

double
steward_test_slowdown (void)
{
  const char *factor = g_getenv ("STEWARD_TEST_SLOWDOWN");
  double value = factor != NULL ? g_ascii_strtod (factor, NULL) : 1.0;

  return value >= 1.0 ? value : 1.0;
}

/* Runs the main loop for @msec milliseconds: long enough for idle
 * callbacks, timeouts and redraws that a real user would wait for. */
void
steward_test_iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

/**
 * steward_test_render_png:
 * @file_name: the PNG's name in the test output folder
 *
 * Returns: (transfer full): the rendered texture, to look at its pixels
 */
GdkTexture *
steward_test_render_png (GtkWidget  *widget,
                         const char *file_name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT") ?: ".", file_name, NULL);
  GdkTexture *texture;
  int width = 0, height = 0;

  /* A loaded machine maps and draws a new window late: wait for it, up to
   * a few seconds, rather than take a picture of nothing. */
  for (gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC * steward_test_slowdown ();
       g_get_monotonic_time () < until;)
    {
      gtk_test_widget_wait_for_draw (widget);
      steward_test_iterate (150);

      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (!gtk_widget_get_mapped (widget) || width <= 0 || height <= 0)
        continue;

      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      g_clear_object (&paintable);
      if (node != NULL)
        break;
    }
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);

  return texture;
}

static GtkWidget *
find_clamp (GtkWidget *widget)
{
  GtkWidget *found = ADW_IS_CLAMP (widget) ? widget : NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && found == NULL; c = gtk_widget_get_next_sibling (c))
    found = find_clamp (c);

  return found;
}

/**
 * steward_test_render_form_png:
 * @window: a window holding a form in an #AdwClamp
 * @file_name: the PNG's name in the test output folder
 *
 * The whole form, scrolled or not, on the window's background.
 */
void
steward_test_render_form_png (GtkWidget  *window,
                              const char *file_name)
{
  g_autofree char *path = g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT") ?: ".", file_name, NULL);
  GtkWidget *form = find_clamp (window);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = 0, height = 0;

  g_assert_nonnull (form);
  paintable = gtk_widget_paintable_new (form);
  width = gtk_widget_get_width (form);
  height = gtk_widget_get_height (form);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98, 0.98, 0.98, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (form)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/**
 * steward_test_show_page:
 * @page: (transfer floating): a #StewardPage
 * @db: the database the page shows
 *
 * A window as the application's: @page under a toast overlay, presented
 * and drawn once.
 *
 * Returns: (transfer none): the window; destroy it with gtk_window_destroy()
 */
GtkWidget *
steward_test_show_page (GtkWidget       *page,
                        StewardDatabase *db,
                        int              width,
                        int              height)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *window = adw_window_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  steward_page_set_database (STEWARD_PAGE (page), db);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  return window;
}

/* Reaching into the widgets as a user would */

/* The child @name of @widget's template; fails the test without one. */
gpointer
steward_test_template_child (gpointer    widget,
                             const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (object);

  return object;
}

/* A widget built without a template, by its name; NULL if none. */
gpointer
steward_test_find_named (gpointer    widget,
                         const char *name)
{
  GtkWidget *found = NULL;

  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && found == NULL; c = gtk_widget_get_next_sibling (c))
    found = steward_test_find_named (c, name);

  return found;
}

/* The same, failing the test when there is none. */
gpointer
steward_test_must_find_named (gpointer    widget,
                              const char *name)
{
  gpointer found = steward_test_find_named (widget, name);

  g_assert_nonnull (found);

  return found;
}

/* Types @text into an entry (any #GtkEditable) or a #GtkTextView. */
void
steward_test_type_into (gpointer    widget,
                        const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (widget), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/**
 * steward_test_dup_text:
 * @widget: a #GtkEditable or a #GtkTextView
 *
 * Returns: (transfer full): the text in @widget
 */
char *
steward_test_dup_text (gpointer widget)
{
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (widget), &start, &end);

  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (widget), &start, &end, FALSE);
}

gboolean
steward_test_is_shown (gpointer widget)
{
  return gtk_widget_get_visible (GTK_WIDGET (widget));
}

/* Activates @action, which must be enabled, and lets it run. */
void
steward_test_activate (gpointer    widget,
                       const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  steward_test_iterate (20);
}

/* A form closes itself once saved: the test keeps it to look at, drawn,
 * and drops it with steward_test_drop_window(). Returns @window. */
gpointer
steward_test_keep_window (gpointer window)
{
  g_assert_nonnull (window);
  g_object_ref (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

void
steward_test_drop_window (gpointer window)
{
  if (gtk_widget_get_visible (GTK_WIDGET (window)))
    gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  steward_test_iterate (20);
}

/* Records and dates */

/* The id of the record at @position of @model, which must have one. */
gint64
steward_test_id_at (GListModel *model,
                    guint       position)
{
  g_autoptr(StewardRecord) record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);

  return steward_record_get_id (record);
}

gint64
steward_test_id_of (gpointer record)
{
  return steward_record_get_id (STEWARD_RECORD (record));
}

/* Today, moved by @days (back with a negative number). */
GDate *
steward_test_days_from_today (int days)
{
  GDate *date = steward_date_new_today ();

  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);

  return date;
}

/* @date as YYYY-MM-DD. */
char *
steward_test_dup_iso_date (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);

  return g_strdup (text);
}

/* Tests in real windows */

/* --shard=I/N: this run does the I-th of N parts of a long test */
static guint shard_index = 0;
static guint shard_count = 1;

/* Takes --shard=I/N out of @argv, before g_test_init() sees it. */
static void
parse_shard (int    *argc,
             char ***argv)
{
  int kept = 1;

  for (int i = 1; i < *argc; i++)
    {
      const char *arg = (*argv)[i];
      guint64 index, count;
      char *slash, *end;

      if (!g_str_has_prefix (arg, "--shard="))
        {
          (*argv)[kept++] = (*argv)[i];
          continue;
        }

      index = g_ascii_strtoull (arg + strlen ("--shard="), &slash, 10);
      count = *slash == '/' ? g_ascii_strtoull (slash + 1, &end, 10) : 0;
      if (*slash != '/' || *end != '\0' || count == 0 || count > G_MAXUINT || index < 1 || index > count)
        g_error ("%s: write --shard=I/N, with I from 1 to N", arg);
      shard_index = index - 1;
      shard_count = count;
    }

  (*argv)[kept] = NULL;
  *argc = kept;
}

/**
 * steward_test_in_shard:
 * @index: the number of a part of a long test: a cell of a table, a form
 *
 * A test run with --shard=I/N does every N-th part, starting at the I-th:
 * meson runs the N shards side by side, each with its own time limit.
 *
 * Returns: whether this run does part @index (every part without --shard)
 */
gboolean
steward_test_in_shard (guint index)
{
  return index % shard_count == shard_index;
}

/**
 * steward_test_init_ui:
 * @what: what the tests are of, for the message when there is no display
 *
 * Sets up the language, GTK and libadwaita, and calls g_test_init().
 * English unless asked for zh_TW, as with LANGUAGE=zh_TW LANG=zh_TW.UTF-8:
 * the translations come later, the layout is what counts. No display is a
 * failure, not a skip: run under xvfb-run. Takes --shard=I/N out of @argv
 * (steward_test_in_shard()).
 *
 * Returns: "en" or "zh_TW", for the names of the screenshots
 */
const char *
steward_test_init_ui (int        *argc,
                      char     ***argv,
                      const char *what)
{
  const char *requested = g_getenv ("LANGUAGE");
  const char *language;

  if (requested != NULL && g_str_has_prefix (requested, "zh_TW"))
    {
      language = "zh_TW";
      if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
        setlocale (LC_ALL, "C.UTF-8");
    }
  else
    {
      language = "en";
      g_setenv ("LANGUAGE", "en", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  parse_shard (argc, argv);
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    g_error ("No display: run the %s tests under xvfb-run", what);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  return language;
}

/* Renders @widget to PLACE-NAME-LANGUAGE.png in $STEWARD_TEST_OUTPUT. */
void
steward_test_save_png (GtkWidget  *widget,
                       const char *place,
                       const char *name,
                       const char *language)
{
  g_autofree char *file = g_strdup_printf ("%s-%s-%s.png", place, name, language);
  g_autoptr(GdkTexture) texture = steward_test_render_png (widget, file);

  g_assert_nonnull (texture);
}

/* Template children by name: the entry rows of a form */

/* Types @text into the editable template child @row of @editor. */
void
steward_test_type_into_child (gpointer    editor,
                              const char *row,
                              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (steward_test_template_child (editor, row)), text);
}

/* The text of the editable template child @row of @editor. */
const char *
steward_test_child_text (gpointer    editor,
                         const char *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (steward_test_template_child (editor, row)));
}

/* Whether the template child @name of @widget is visible. */
gboolean
steward_test_child_shown (gpointer    widget,
                          const char *name)
{
  return gtk_widget_get_visible (GTK_WIDGET (steward_test_template_child (widget, name)));
}

/* The message under a field of a form whose rows are FIELD_row,
 * FIELD_error_row and FIELD_error; NULL while it does not show. The field
 * is in error colours while it shows. */
const char *
steward_test_child_error (gpointer    editor,
                          const char *field)
{
  g_autofree char *row = g_strdup_printf ("%s_row", field);
  g_autofree char *error_row = g_strdup_printf ("%s_error_row", field);
  g_autofree char *error = g_strdup_printf ("%s_error", field);

  if (!steward_test_child_shown (editor, error_row))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (editor, row)), "error"));

  return gtk_label_get_label (GTK_LABEL (steward_test_template_child (editor, error)));
}

/* Other programs and the files they read */

/* Whether @program is in $PATH; skips the test when it is not. */
gboolean
steward_test_have_program (const char *program)
{
  g_autofree char *found = g_find_program_in_path (program);

  if (found == NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is not installed", program);

      g_test_skip (why);
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_test_run:
 * @argv: the program and its arguments, %NULL-terminated
 *
 * Runs @argv; fails the test if it fails.
 *
 * Returns: (transfer full): what it printed
 */
char *
steward_test_run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);

  return out;
}

/* Copies @path to @name in $STEWARD_TEST_OUTPUT, if set, to look at. */
void
steward_test_keep_for_inspection (const char *path,
                                  const char *name)
{
  const char *output = g_getenv ("STEWARD_TEST_OUTPUT");
  g_autofree char *target = NULL;
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;

  if (output == NULL)
    return;

  target = g_build_filename (output, name, NULL);
  from = g_file_new_for_path (path);
  to = g_file_new_for_path (target);
  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL))
    g_test_message ("Could not copy %s to %s", path, target);
}

/* The number of pages of the PDF at @path, as pdfinfo says. */
guint
steward_test_pdf_pages (const char *path)
{
  g_autofree char *info = steward_test_run ((const char *[]) { "pdfinfo", path, NULL });
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      return (guint)g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);

  g_error ("pdfinfo says no number of pages:\n%s", info);
}
