/* communications-test-util.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the tests of the Communications place share: a temporary database
 * with two people, the page in a window as the application's, reaching
 * into the forms as a user would, screenshots, and records made directly.
 * Each helper fails the test when what it does fails.
 */

#pragma once

#include <locale.h>
#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-date.h"
#include "model/steward-action-item.h"
#include "model/steward-communication.h"
#include "model/steward-person.h"
#include "steward-test-util.h"
#include "widgets/steward-page.h"

/* "en" or "zh_TW": the screenshots' names say which. */
static const char *language;

typedef struct
{
  StewardTestDb *t;
  GtkWidget     *window;
  GtkWidget     *page;
  gint64         officer_id;
  gint64         owner_id;
} Fixture;

static inline void
save_png (GtkWidget  *widget,
          const char *name)
{
  steward_test_save_png (widget, "communications", name, language);
}

/* The whole form, scrolled or not, on the window's background. */
static inline void
save_form_png (GtkWidget  *window,
               const char *name)
{
  g_autofree char *file = g_strdup_printf ("communications-%s-form-%s.png", name, language);

  steward_test_render_form_png (window, file);
}

/* A window as the application's: the page under a toast overlay. */
static inline void
show_page (Fixture   *f,
           GtkWidget *page,
           int        width,
           int        height)
{
  f->page = page;
  f->window = steward_test_show_page (page, f->t->db, width, height);
}

static inline gint64
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

static inline void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
  steward_database_set_user_name (f->t->db, "林怡君");
  f->officer_id = add_person (f, "陳志明");
  f->owner_id = add_person (f, "王美玲");
}

static inline void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  steward_test_iterate (20);
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* Reaching into the widgets as a user would */

/* The message beside a template field ("subject" → subject_error), which
 * is in error colours while it shows. */
static inline const char *
error_of (gpointer    editor,
          const char *field,
          const char *input)
{
  g_autofree char *name = g_strconcat (field, "_error", NULL);
  GtkWidget *label = steward_test_template_child (editor, name);
  GtkWidget *row = gtk_widget_get_ancestor (label, ADW_TYPE_PREFERENCES_ROW);

  if (!steward_test_is_shown (row))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (editor, input)), "error"));

  return gtk_label_get_label (GTK_LABEL (label));
}

/* The same for a form built without a template. */
static inline const char *
named_error_of (gpointer    form,
                const char *field)
{
  g_autofree char *name = g_strconcat (field, "_error", NULL);
  GtkWidget *label = steward_test_must_find_named (form, name);

  if (!steward_test_is_shown (gtk_widget_get_parent (label)))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (steward_test_must_find_named (form, field), "error"));

  return gtk_label_get_label (GTK_LABEL (label));
}

static inline gint64
count (Fixture    *f,
       const char *table)
{
  return steward_test_count_rows (f->t->db, table);
}

/* Whether a label under @widget shows @text, as the user sees it. */
static inline gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  gboolean found = GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
                   g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL && !found; c = gtk_widget_get_next_sibling (c))
    found = shows_label (c, text);

  return found;
}

static inline guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static inline void
select_person (gpointer row,
               gint64   id)
{
  GListModel *choices = adw_combo_row_get_model (row);

  for (guint i = 0; i < n_items (choices); i++)
    {
      g_autoptr(StewardRecord) person = g_list_model_get_item (choices, i);

      if (steward_record_get_id (person) == id)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_assert_not_reached ();
}

static inline StewardCommunication *
add_communication (Fixture                  *f,
                   StewardCommunicationKind  kind,
                   StewardChannel            channel,
                   int                       days_ago,
                   const char               *subject,
                   gboolean                  follow_up_needed)
{
  g_autoptr(GDate) on = steward_test_days_from_today (-days_ago);
  g_autoptr(GError) error = NULL;
  StewardCommunication *communication = g_object_new (STEWARD_TYPE_COMMUNICATION,
                                                      "kind", kind,
                                                      "channel", channel,
                                                      "occurred-on", on,
                                                      "subject", subject,
                                                      "parties", "教育部資訊及科技教育司",
                                                      "officer-id", f->officer_id,
                                                      "follow-up-needed", follow_up_needed,
                                                      NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (communication), f->t->db, &error));
  g_assert_no_error (error);

  return communication;
}

static inline StewardActionItem *
add_action (Fixture             *f,
            StewardActionSource  kind,
            gint64               source_id,
            StewardActionStatus  status)
{
  g_autoptr(GDate) created = steward_test_days_from_today (-20);
  g_autoptr(GDate) due = steward_test_days_from_today (10);
  g_autoptr(GDate) done = steward_test_days_from_today (-1);
  g_autoptr(GError) error = NULL;
  StewardActionItem *action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                                            "title", "修訂對外發言作業說明",
                                            "owner-id", f->owner_id,
                                            "created-on", created,
                                            "due-date", due,
                                            "status", status,
                                            "done-on", status == STEWARD_ACTION_DONE ? done : NULL,
                                            "source-kind", kind,
                                            "source-id", source_id,
                                            NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (action), f->t->db, &error));
  g_assert_no_error (error);

  return action;
}

/* Exports @page's register to @name in the test's folder and reads it. */
static inline char *
export_register (Fixture     *f,
                 gboolean   (*export) (gpointer page, const char *path, GError **error),
                 const char  *name,
                 gsize       *length)
{
  g_autofree char *path = g_build_filename (f->t->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (export (f->page, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);

  return contents;
}

/* Sets up the time zone, then the language, GTK and libadwaita. */
static inline void
communications_test_init (int    *argc,
                          char ***argv)
{
  /* The centre is in Taipei: a meeting typed at 14:30 is at 14:30 there,
   * whatever the time zone of the machine running the tests. */
  g_setenv ("TZ", "Asia/Taipei", TRUE);
  tzset ();

  language = steward_test_init_ui (argc, argv, "communications");
}
