/* steward-review-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-reviews-page-private.h"
#include "widgets/steward-register-util.h"

/* The cells and the sorters of the reviews' columns: the title with a
 * badge on the next meeting, the kind, the start in the user's calendar,
 * the place, the chair's name, where the minutes stand, and the SHA-256
 * of the PDF issued, shortened, whole in its tooltip, with a button that
 * copies it. */

#define SHA_SHOWN 12

/* Sorters */

static int
compare_strings (const char *a,
                 const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return g_utf8_collate (a, b);
}

static int
kind_sorter_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return (int) steward_review_get_kind (STEWARD_REVIEW ((gpointer) a)) -
         (int) steward_review_get_kind (STEWARD_REVIEW ((gpointer) b));
}

static int
starts_sorter_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GDateTime *time_a = steward_review_get_starts_at (STEWARD_REVIEW ((gpointer) a));
  GDateTime *time_b = steward_review_get_starts_at (STEWARD_REVIEW ((gpointer) b));

  if (time_a == NULL || time_b == NULL)
    return (time_a != NULL) - (time_b != NULL);

  return g_date_time_compare (time_a, time_b);
}

static int
chair_sorter_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return compare_strings (steward_reviews_page_get_chair (user_data, STEWARD_REVIEW ((gpointer) a)),
                          steward_reviews_page_get_chair (user_data, STEWARD_REVIEW ((gpointer) b)));
}

static int
status_sorter_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_strings (steward_reviews_page_get_status (user_data, STEWARD_REVIEW ((gpointer) a)),
                          steward_reviews_page_get_status (user_data, STEWARD_REVIEW ((gpointer) b)));
}

static int
sha_sorter_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return compare_strings (steward_reviews_page_get_sha256 (user_data, STEWARD_REVIEW ((gpointer) a)),
                          steward_reviews_page_get_sha256 (user_data, STEWARD_REVIEW ((gpointer) b)));
}

/* Cells */

static GtkWidget *
make_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static GtkWidget *
setup_label_cell (gpointer user_data)
{
  return make_label ();
}

static void
set_label (GtkWidget  *label,
           const char *text)
{
  gtk_label_set_label (GTK_LABEL (label), text ? text : "");
  steward_cell_set_tooltip (label, text != NULL && text[0] != '\0' ? text : NULL);
}

static GtkWidget *
setup_title_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* TRANSLATORS: a badge beside the next management review to come */
  GtkWidget *badge = gtk_label_new (_("Next"));
  GtkWidget *label = make_label ();

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (badge, "accent");
  gtk_widget_add_css_class (badge, "caption-heading");
  steward_cell_set_tooltip (badge, _("The next meeting to come"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_title_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  GtkWidget *label = gtk_widget_get_first_child (child);
  gboolean next = steward_record_get_id (item) == steward_reviews_page_get_next_id (user_data);

  set_label (label, steward_review_get_title (item));
  gtk_widget_set_visible (gtk_widget_get_next_sibling (label), next);
  if (next)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
update_kind_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  set_label (child, steward_review_kind_to_string (steward_review_get_kind (item)));
}

static void
update_starts_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  g_autofree char *text = steward_date_time_format (steward_review_get_starts_at (item),
                                                    steward_reviews_page_get_calendar (user_data));
  GDateTime *ends = steward_review_get_ends_at (item);

  if (ends != NULL && text != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (ends);
      g_autofree char *end = g_date_time_format (local, "%H:%M");
      /* TRANSLATORS: when a meeting is held: its start, then the time it ends */
      g_autofree char *span = g_strdup_printf (_("%s–%s"), text, end);

      g_free (text);
      text = g_steal_pointer (&span);
    }

  gtk_widget_add_css_class (child, "numeric");
  set_label (child, text);
}

static void
update_place_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  set_label (child, steward_review_get_place (item));
}

static void
update_chair_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  set_label (child, steward_reviews_page_get_chair (user_data, item));
}

static void
update_status_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  gboolean issued = steward_reviews_page_is_locked (user_data, item);

  set_label (child, steward_reviews_page_get_status (user_data, item));
  if (issued)
    gtk_widget_add_css_class (child, "success");
  else
    gtk_widget_remove_css_class (child, "success");
}

static void
on_copy_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  const char *sha = g_object_get_data (G_OBJECT (button), "steward-sha256");

  if (sha == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), sha);
  steward_show_message (GTK_WIDGET (button), _("SHA-256 copied"));
}

static GtkWidget *
setup_sha_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = make_label ();
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  steward_cell_set_tooltip (copy, _("Copy the SHA-256 of the Issued PDF"));
  g_signal_connect (copy, "clicked", G_CALLBACK (on_copy_clicked_cb), NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), copy);

  return box;
}

static void
update_sha_cell (GtkWidget *child,
                 gpointer   item,
                 gpointer   user_data)
{
  GtkWidget *label = gtk_widget_get_first_child (child);
  GtkWidget *copy = gtk_widget_get_next_sibling (label);
  const char *sha = steward_reviews_page_get_sha256 (user_data, item);
  g_autofree char *shown = NULL;
  g_autofree char *tooltip = NULL;

  g_object_set_data_full (G_OBJECT (copy), "steward-sha256", g_strdup (sha), g_free);
  gtk_widget_set_visible (copy, sha != NULL);
  if (sha == NULL)
    {
      gtk_label_set_label (GTK_LABEL (label), "");
      steward_cell_set_tooltip (label, NULL);
      return;
    }

  shown = g_strdup_printf ("%.*s…", SHA_SHOWN, sha);
  /* TRANSLATORS: the tooltip of the shortened SHA-256 of issued minutes;
   * %s is the whole of it */
  tooltip = g_strdup_printf (_("SHA-256 of the issued PDF: %s"), sha);
  gtk_label_set_label (GTK_LABEL (label), shown);
  steward_cell_set_tooltip (label, tooltip);
}

/**
 * steward_review_columns_set_up:
 * @cells: the page's cells, which it shows again when what they show
 *   changes
 *
 * Gives the columns their cells and their sorters.
 */
void
steward_review_columns_set_up (const StewardReviewColumns *columns,
                               StewardCells               *cells,
                               StewardReviewsPage         *page)
{
  steward_column_set_sort_func (columns->kind, kind_sorter_cb, NULL);
  steward_column_set_sort_func (columns->starts, starts_sorter_cb, NULL);
  steward_column_set_sort_func (columns->chair, chair_sorter_cb, page);
  steward_column_set_sort_func (columns->status, status_sorter_cb, page);
  steward_column_set_sort_func (columns->sha, sha_sorter_cb, page);

  steward_cells_set_column (cells, columns->title, setup_title_cell, update_title_cell);
  steward_cells_set_column (cells, columns->kind, setup_label_cell, update_kind_cell);
  steward_cells_set_column (cells, columns->starts, setup_label_cell, update_starts_cell);
  steward_cells_set_column (cells, columns->place, setup_label_cell, update_place_cell);
  steward_cells_set_column (cells, columns->chair, setup_label_cell, update_chair_cell);
  steward_cells_set_column (cells, columns->status, setup_label_cell, update_status_cell);
  steward_cells_set_column (cells, columns->sha, setup_sha_cell, update_sha_cell);
}
