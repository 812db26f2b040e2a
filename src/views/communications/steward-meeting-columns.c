/* steward-meeting-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-meeting-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-meeting-columns.h"
#include "widgets/steward-register-util.h"

/* The cells and the sorters of the meetings' columns that show more than
 * one stored property: the start in the user's calendar, the attendees
 * on one line, whether the decisions are recorded (with a badge when the
 * record is due) and how many actions are still open. */

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
}

static gboolean
is_record_due (StewardMeeting *meeting)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return steward_meeting_is_record_due (meeting, now);
}

/* The attendees, one a line, without the empty lines. */
static GStrv
dup_attendees (StewardMeeting *meeting)
{
  const char *text = steward_meeting_get_attendees (meeting);
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (!is_blank (lines[i]))
      g_strv_builder_add (builder, g_strstrip (lines[i]));

  return g_strv_builder_end (builder);
}

/* Sorters */

static int
starts_sorter_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GDateTime *time_a = steward_meeting_get_starts_at (STEWARD_MEETING ((gpointer) a));
  GDateTime *time_b = steward_meeting_get_starts_at (STEWARD_MEETING ((gpointer) b));

  if (time_a == NULL || time_b == NULL)
    return (time_a != NULL) - (time_b != NULL);

  return g_date_time_compare (time_a, time_b);
}

static int
attendees_sorter_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  g_auto(GStrv) attendees_a = dup_attendees (STEWARD_MEETING ((gpointer) a));
  g_auto(GStrv) attendees_b = dup_attendees (STEWARD_MEETING ((gpointer) b));
  guint n_a = g_strv_length (attendees_a);
  guint n_b = g_strv_length (attendees_b);

  return n_a < n_b ? -1 : n_a > n_b ? 1 : 0;
}

/* Due records first, then the meetings to come, then those recorded. */
static int
decisions_rank (StewardMeeting *meeting)
{
  if (is_record_due (meeting))
    return 0;

  return is_blank (steward_meeting_get_decisions (meeting)) ? 1 : 2;
}

static int
decisions_sorter_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return decisions_rank (STEWARD_MEETING ((gpointer) a)) - decisions_rank (STEWARD_MEETING ((gpointer) b));
}

static int
actions_sorter_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  StewardMeetingsPage *page = user_data;
  guint active_a, active_b;
  guint n_a = steward_meetings_page_get_n_actions (page, STEWARD_MEETING ((gpointer) a), &active_a);
  guint n_b = steward_meetings_page_get_n_actions (page, STEWARD_MEETING ((gpointer) b), &active_b);

  if (active_a != active_b)
    return active_a < active_b ? -1 : 1;

  return n_a < n_b ? -1 : n_a > n_b ? 1 : 0;
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
update_starts_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  g_autofree char *text = steward_date_time_format (steward_meeting_get_starts_at (item), steward_meetings_page_get_calendar (user_data));

  gtk_widget_add_css_class (child, "numeric");
  gtk_label_set_label (GTK_LABEL (child), text);
}

static void
update_attendees_cell (GtkWidget *child,
                       gpointer   item,
                       gpointer   user_data)
{
  g_auto(GStrv) attendees = dup_attendees (item);
  /* TRANSLATORS: between the attendees of a meeting in the list;
   * zh_TW uses "、" */
  g_autofree char *text = g_strjoinv (C_("attendees", ", "), attendees);
  g_autofree char *tooltip = g_strjoinv ("\n", attendees);

  gtk_label_set_label (GTK_LABEL (child), text);
  steward_cell_set_tooltip (child, tooltip[0] != '\0' ? tooltip : NULL);
}

static GtkWidget *
setup_decisions_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* TRANSLATORS: a badge beside a meeting held without a record of its
   * decisions */
  GtkWidget *badge = gtk_label_new (_("Record Due"));

  gtk_widget_add_css_class (badge, "warning");
  gtk_widget_add_css_class (badge, "caption-heading");
  steward_cell_set_tooltip (badge, _("The meeting was held: record what was discussed and decided."));
  gtk_box_append (GTK_BOX (box), make_label ());
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_decisions_cell (GtkWidget *child,
                       gpointer   item,
                       gpointer   user_data)
{
  GtkWidget *label = gtk_widget_get_first_child (child);
  gboolean recorded = !is_blank (steward_meeting_get_decisions (item));

  /* TRANSLATORS: in the decisions column: whether the decisions of a
   * meeting are recorded */
  gtk_label_set_label (GTK_LABEL (label), recorded ? _("Yes") : _("No"));
  gtk_widget_set_visible (gtk_widget_get_next_sibling (label), is_record_due (item));
}

static void
update_actions_cell (GtkWidget *child,
                     gpointer   item,
                     gpointer   user_data)
{
  guint n_active;
  guint n_actions = steward_meetings_page_get_n_actions (user_data, item, &n_active);
  g_autofree char *text = NULL;

  if (n_actions == 0)
    text = g_strdup ("0");
  else
    /* TRANSLATORS: in the actions column of a meeting: the number of
     * actions, then how many are still open or in progress */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u (%u open)", "%u (%u open)", n_actions),
                            n_actions, n_active);

  gtk_widget_add_css_class (child, "numeric");
  gtk_label_set_label (GTK_LABEL (child), text);
}

/**
 * steward_meeting_columns_set_up:
 * @cells: the page's cells, which it shows again when what they show
 *   changes
 *
 * Gives the columns their cells and their sorters.
 */
void
steward_meeting_columns_set_up (const StewardMeetingColumns *columns,
                                StewardCells                *cells,
                                StewardMeetingsPage         *page)
{
  steward_column_set_sort_func (columns->starts, starts_sorter_cb, NULL);
  steward_column_set_sort_func (columns->attendees, attendees_sorter_cb, NULL);
  steward_column_set_sort_func (columns->decisions, decisions_sorter_cb, NULL);
  steward_column_set_sort_func (columns->actions, actions_sorter_cb, page);

  steward_cells_set_column (cells, columns->starts, setup_label_cell, update_starts_cell);
  steward_cells_set_column (cells, columns->attendees, setup_label_cell, update_attendees_cell);
  steward_cells_set_column (cells, columns->decisions, setup_decisions_cell, update_decisions_cell);
  steward_cells_set_column (cells, columns->actions, setup_label_cell, update_actions_cell);
}
