/* steward-test-util.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the unit tests: temporary folders, a Steward database
 * in one, reading records and counting rows, counting `changed` signals,
 * raw sqlite3 to craft files and to look behind the store's back, and for
 * the tests in real windows: the main loop, screenshots, pages in windows
 * and reaching into forms as a user would.
 * Every helper fails the test (g_assert or g_error) when what it does
 * fails.
 */

#pragma once

#include <glib.h>
#include <gtk/gtk.h>
#include <sqlite3.h>

#include "store/steward-database.h"
#include "model/steward-record.h"

G_BEGIN_DECLS

/* Temporary folders */

char            *steward_test_make_tmp_dir         (void);
void             steward_test_remove_tree          (const char         *dir);

/* Steward databases */

StewardDatabase *steward_test_open_database        (const char         *path);

/* A temporary folder with a new Steward database, steward.db, open in it. */
typedef struct
{
  char            *dir;
  char            *path;
  StewardDatabase *db;
} StewardTestDb;

StewardTestDb   *steward_test_db_new               (void);
void             steward_test_db_free              (StewardTestDb      *t);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardTestDb, steward_test_db_free)

gint64           steward_test_count_rows           (StewardDatabase    *db,
                                                    const char         *table);

/* A handler of StewardDatabase::changed that adds one to the guint its
 * user data points to. */
void             steward_test_count_cb             (StewardDatabase    *db,
                                                    const char * const *tables,
                                                    gpointer            user_data);

/* Reading records */

/* A function for steward_record_load_each() that adds a reference to each
 * record to the GPtrArray its user data is. */
gboolean         steward_test_collect_record_cb    (StewardRecord      *record,
                                                    gpointer            user_data);
GPtrArray       *steward_test_load_all             (StewardDatabase    *db,
                                                    GType               type,
                                                    StewardQuery       *query);
/* The history entries of one table (of all with NULL), oldest first. */
GPtrArray       *steward_test_load_history         (StewardDatabase    *db,
                                                    const char         *table);

/* Raw sqlite3 */

sqlite3         *steward_test_raw_open             (const char         *path,
                                                    int                 flags);
void             steward_test_raw_exec             (sqlite3            *db,
                                                    const char         *sql);
void             steward_test_raw_exec_file        (const char         *path,
                                                    const char         *sql);
gint64           steward_test_raw_int              (sqlite3            *db,
                                                    const char         *sql);
char            *steward_test_raw_text             (sqlite3            *db,
                                                    const char         *sql);

/* The main loop */

void             steward_test_iterate              (guint               msec);

/* How many times slower than usual this run is: $STEWARD_TEST_SLOWDOWN,
 * which meson's valgrind setup sets, or 1. A time limit of a test is
 * multiplied by it. */
double           steward_test_slowdown             (void);

/* Widget snapshot → texture → PNG in $STEWARD_TEST_OUTPUT, with the renderer
 * of the widget's window, once it has been drawn. */
GdkTexture      *steward_test_render_png           (GtkWidget          *widget,
                                                    const char         *file_name);

/* The clamped form in @window on the window's background → PNG in
 * $STEWARD_TEST_OUTPUT. */
void             steward_test_render_form_png      (GtkWidget          *window,
                                                    const char         *file_name);

void             steward_test_save_png             (GtkWidget          *widget,
                                                    const char         *place,
                                                    const char         *name,
                                                    const char         *language);

/* Windows and widgets */

const char      *steward_test_init_ui              (int                *argc,
                                                    char             ***argv,
                                                    const char         *what);
gboolean         steward_test_in_shard             (guint               index);

GtkWidget       *steward_test_show_page            (GtkWidget          *page,
                                                    StewardDatabase    *db,
                                                    int                 width,
                                                    int                 height);
gpointer         steward_test_template_child       (gpointer            widget,
                                                    const char         *name);
gpointer         steward_test_find_named           (gpointer            widget,
                                                    const char         *name);
gpointer         steward_test_must_find_named      (gpointer            widget,
                                                    const char         *name);
void             steward_test_type_into            (gpointer            widget,
                                                    const char         *text);
char            *steward_test_dup_text             (gpointer            widget);
gboolean         steward_test_is_shown             (gpointer            widget);
void             steward_test_activate             (gpointer            widget,
                                                    const char         *action);
gpointer         steward_test_keep_window          (gpointer            window);
void             steward_test_drop_window          (gpointer            window);

void             steward_test_type_into_child      (gpointer            editor,
                                                    const char         *row,
                                                    const char         *text);
const char      *steward_test_child_text           (gpointer            editor,
                                                    const char         *row);
gboolean         steward_test_child_shown          (gpointer            widget,
                                                    const char         *name);
const char      *steward_test_child_error          (gpointer            editor,
                                                    const char         *field);

/* Records and dates */

gint64           steward_test_id_at                (GListModel         *model,
                                                    guint               position);
gint64           steward_test_id_of                (gpointer            record);
GDate           *steward_test_days_from_today      (int                 days);
char            *steward_test_dup_iso_date         (const GDate        *date);

/* Other programs and the files they read */

gboolean         steward_test_have_program         (const char         *program);
char            *steward_test_run                  (const char * const *argv);
void             steward_test_keep_for_inspection  (const char         *path,
                                                    const char         *name);
guint            steward_test_pdf_pages            (const char         *path);

G_END_DECLS
