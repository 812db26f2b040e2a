/* steward-communication-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-communication-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "steward-communication-columns.h"
#include "widgets/steward-register-util.h"

/* The cells and the sorters of the communications' columns that show
 * more than one stored property: dates in the user's calendar, the names
 * of the kind, the channel and the officer, how far the follow-up is, and
 * the deputy director's approval of a media statement, with a badge when
 * something is due or blocked. The page shows them again (StewardCells)
 * when the calendar, the actions or the people change. */

/* Sorters */

static int
date_sorter_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GDate *date_a = steward_communication_get_occurred_on (STEWARD_COMMUNICATION ((gpointer) a));
  GDate *date_b = steward_communication_get_occurred_on (STEWARD_COMMUNICATION ((gpointer) b));

  if (date_a == NULL || date_b == NULL)
    return (date_a != NULL) - (date_b != NULL);

  return g_date_compare (date_a, date_b);
}

static int
officer_sorter_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  StewardCommunicationsPage *page = user_data;
  const char *name_a = steward_communications_page_get_officer_name (page, STEWARD_COMMUNICATION ((gpointer) a));
  const char *name_b = steward_communications_page_get_officer_name (page, STEWARD_COMMUNICATION ((gpointer) b));

  return g_utf8_collate (name_a ?: "", name_b ?: "");
}

/* Those waiting for actions first, then by how many are still open, then
 * by how many there are. */
static int
follow_up_sorter_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  StewardCommunicationsPage *page = user_data;
  StewardCommunication *ca = STEWARD_COMMUNICATION ((gpointer) a);
  StewardCommunication *cb = STEWARD_COMMUNICATION ((gpointer) b);
  guint active_a, active_b;
  guint n_a = steward_communications_page_get_n_actions (page, ca, &active_a);
  guint n_b = steward_communications_page_get_n_actions (page, cb, &active_b);
  int needed = (int) steward_communications_page_needs_actions (page, cb) -
               (int) steward_communications_page_needs_actions (page, ca);

  if (needed != 0)
    return needed;
  if (active_a != active_b)
    return active_a < active_b ? 1 : -1;

  return n_a < n_b ? 1 : n_a > n_b ? -1 : 0;
}

/* Blocked media statements first, then approved ones, then the others. */
static int
approval_rank (StewardCommunication *communication)
{
  if (steward_communication_get_kind (communication) != STEWARD_COMMUNICATION_MEDIA)
    return 2;

  return steward_communication_is_blocked (communication) ? 0 : 1;
}

static int
approval_sorter_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return approval_rank (STEWARD_COMMUNICATION ((gpointer) a)) - approval_rank (STEWARD_COMMUNICATION ((gpointer) b));
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

/* A label, and a badge beside it. */
static GtkWidget *
setup_badge_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_box_append (GTK_BOX (box), make_label ());
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

/* Shows @text (none when NULL) and a badge of @badge_class, "warning"
 * or "error" (none when @badge_text is NULL). */
static void
set_badge_cell (GtkWidget  *box,
                const char *text,
                const char *badge_text,
                const char *badge_class,
                const char *tooltip)
{
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *badge = gtk_widget_get_next_sibling (label);

  gtk_label_set_label (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_visible (label, text != NULL);
  gtk_label_set_label (GTK_LABEL (badge), badge_text ? badge_text : "");
  gtk_widget_set_visible (badge, badge_text != NULL);
  gtk_widget_remove_css_class (badge, "warning");
  gtk_widget_remove_css_class (badge, "error");
  if (badge_class != NULL)
    gtk_widget_add_css_class (badge, badge_class);
  steward_cell_set_tooltip (box, tooltip);
}

static void
update_date_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  g_autofree char *text = steward_date_format (steward_communication_get_occurred_on (item),
                                               steward_communications_page_get_calendar (user_data));

  gtk_widget_add_css_class (child, "numeric");
  gtk_label_set_label (GTK_LABEL (child), text);
}

static void
update_kind_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_communication_kind_to_string (steward_communication_get_kind (item)));
}

static void
update_channel_cell (GtkWidget *child,
                     gpointer   item,
                     gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_channel_to_string (steward_communication_get_channel (item)));
}

static void
update_officer_cell (GtkWidget *child,
                     gpointer   item,
                     gpointer   user_data)
{
  const char *name = steward_communications_page_get_officer_name (user_data, item);

  gtk_label_set_label (GTK_LABEL (child), name ?: "");
  steward_cell_set_tooltip (child, name);
}

static void
update_follow_up_cell (GtkWidget *child,
                       gpointer   item,
                       gpointer   user_data)
{
  StewardCommunicationsPage *page = user_data;
  guint n_active;
  guint n_actions = steward_communications_page_get_n_actions (page, item, &n_active);
  g_autofree char *text = NULL;

  if (steward_communications_page_needs_actions (page, item))
    {
      /* TRANSLATORS: a badge in the follow-up column: a follow-up is
       * needed and no action was added yet */
      set_badge_cell (child, NULL, _("Needed"), "warning",
                      _("A follow-up is needed, and no action has been added yet."));
      return;
    }

  if (n_actions == 0)
    {
      set_badge_cell (child, "—", NULL, NULL, _("No follow-up needed"));
      return;
    }

  if (n_active > 0)
    /* TRANSLATORS: in the follow-up column: the number of actions, then
     * how many of them are still open or in progress */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action, %u open", "%u actions, %u open", n_actions),
                            n_actions, n_active);
  else
    /* TRANSLATORS: in the follow-up column: every action is done or
     * cancelled */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action, done", "%u actions, all done", n_actions),
                            n_actions);

  set_badge_cell (child, text, NULL, NULL, NULL);
}

static void
update_evaluation_cell (GtkWidget *child,
                        gpointer   item,
                        gpointer   user_data)
{
  const char *name = steward_effectiveness_to_string (steward_communication_get_effectiveness (item));

  if (steward_communications_page_needs_evaluation (user_data, item))
    /* TRANSLATORS: a badge in the evaluation column: the follow-up is
     * done and the effectiveness is to be evaluated */
    set_badge_cell (child, name, _("Due"), "warning",
                    _("The follow-up is done: the chair or the officer in charge evaluates whether it was effective."));
  else
    set_badge_cell (child, name, NULL, NULL, NULL);
}

static void
update_approval_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  StewardCommunication *communication = item;
  StewardCalendar calendar = steward_communications_page_get_calendar (user_data);
  GDate *released = steward_communication_get_released_on (communication);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (steward_communication_get_kind (communication) != STEWARD_COMMUNICATION_MEDIA)
    {
      set_badge_cell (child, NULL, NULL, NULL, NULL);
      return;
    }

  if (steward_communication_is_blocked (communication))
    {
      /* TRANSLATORS: a badge beside a media statement the deputy director
       * has not approved */
      set_badge_cell (child, NULL, _("Blocked"), "error",
                      _("Not approved by the deputy director: a statement to the media is released only after the approval (5.7.3)."));
      return;
    }

  if (released != NULL)
    {
      date = steward_date_format (released, calendar);
      /* TRANSLATORS: in the approval column of a media statement; %s is a date */
      text = g_strdup_printf (_("Released %s"), date);
    }
  else
    {
      date = steward_date_format (steward_communication_get_approved_on (communication), calendar);
      /* TRANSLATORS: in the approval column of a media statement; %s is a date */
      text = g_strdup_printf (_("Approved %s"), date);
    }
  /* TRANSLATORS: the tooltip of the approval of a media statement; %s is
   * who approved it */
  tooltip = g_strdup_printf (_("Approved by %s"), steward_communication_get_approved_by (communication));
  set_badge_cell (child, text, NULL, NULL, tooltip);
}

/**
 * steward_communication_columns_set_up:
 * @cells: the page's cells, which it shows again when what they show
 *   changes
 *
 * Gives the columns their cells and their sorters.
 */
void
steward_communication_columns_set_up (const StewardCommunicationColumns *columns,
                                      StewardCells                      *cells,
                                      StewardCommunicationsPage         *page)
{
  steward_column_set_sort_func (columns->date, date_sorter_cb, NULL);
  steward_column_set_sort_func (columns->officer, officer_sorter_cb, page);
  steward_column_set_sort_func (columns->follow_up, follow_up_sorter_cb, page);
  steward_column_set_sort_func (columns->approval, approval_sorter_cb, NULL);

  steward_cells_set_column (cells, columns->date, setup_label_cell, update_date_cell);
  steward_cells_set_column (cells, columns->kind, setup_label_cell, update_kind_cell);
  steward_cells_set_column (cells, columns->channel, setup_label_cell, update_channel_cell);
  steward_cells_set_column (cells, columns->officer, setup_label_cell, update_officer_cell);
  steward_cells_set_column (cells, columns->follow_up, setup_badge_cell, update_follow_up_cell);
  steward_cells_set_column (cells, columns->evaluation, setup_badge_cell, update_evaluation_cell);
  steward_cells_set_column (cells, columns->approval, setup_badge_cell, update_approval_cell);
}
