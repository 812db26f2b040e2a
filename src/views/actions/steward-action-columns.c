/* steward-action-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-action-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-action-item.h"
#include "model/steward-action-progress.h"
#include "model/steward-person.h"
#include "steward-action-columns.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-form.h"

/* The cells and the sorters of the actions' columns, the line above
 * them, and the rows of the progress notes. What a cell shows
 * depends on more than its action (the owner's name, the latest progress
 * note, today, the calendar of the preferences): the page refreshes the
 * cells when any of it changes. */

/* What the cells look up */

/**
 * steward_action_lookup_set_people:
 * @people: (nullable): #StewardPerson
 */
void
steward_action_lookup_set_people (StewardActionLookup *lookup,
                                  GListModel          *people)
{
  guint n = people != NULL ? g_list_model_get_n_items (people) : 0;

  g_hash_table_remove_all (lookup->people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (people, i);
      gint64 *id = g_new (gint64, 1);

      *id = steward_record_get_id (STEWARD_RECORD (person));
      g_hash_table_insert (lookup->people, id, g_strdup (steward_person_get_name (person)));
    }
}

/**
 * steward_action_lookup_set_progress:
 * @progress: (nullable): #StewardActionProgress, oldest first: the last
 *   one of each action stays
 */
void
steward_action_lookup_set_progress (StewardActionLookup *lookup,
                                    GListModel          *progress)
{
  guint n = progress != NULL ? g_list_model_get_n_items (progress) : 0;

  g_hash_table_remove_all (lookup->progress);
  for (guint i = 0; i < n; i++)
    {
      StewardActionProgress *note = g_list_model_get_item (progress, i);
      gint64 *id = g_new (gint64, 1);

      *id = steward_action_progress_get_action_id (note);
      g_hash_table_replace (lookup->progress, id, note);
    }
}

/**
 * steward_action_lookup_owner:
 *
 * Returns: (transfer none): the name of the person with @owner_id, or an
 *   empty string
 */
const char *
steward_action_lookup_owner (StewardActionLookup *lookup,
                             gint64               owner_id)
{
  const char *name = NULL;

  if (lookup->people != NULL && owner_id > 0)
    name = g_hash_table_lookup (lookup->people, &owner_id);

  return name != NULL ? name : "";
}

static StewardActionProgress *
lookup_progress (StewardActionLookup *lookup,
                 gpointer             action)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (action));

  if (lookup->progress == NULL)
    return NULL;

  return g_hash_table_lookup (lookup->progress, &id);
}

static GtkWidget *
make_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static GtkWidget *
setup_label_cell (gpointer user_data)
{
  return make_label ();
}

static GtkWidget *
setup_wrapped_cell (gpointer user_data)
{
  GtkWidget *label = make_label ();

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_lines (GTK_LABEL (label), 3);

  return label;
}

static void
update_title_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_action_item_get_title (item));
}

static void
update_owner_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child),
                       steward_action_lookup_owner (user_data, steward_action_item_get_owner_id (item)));
}

/* The due date, in the error colour once overdue and in the warning
 * colour when due this month, with a badge that says which. */
static GtkWidget *
setup_due_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = make_label ();
  GtkWidget *badge = make_label ();

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_due_cell (GtkWidget *child,
                 gpointer   item,
                 gpointer   user_data)
{
  StewardActionLookup *lookup = user_data;
  GtkWidget *label = gtk_widget_get_first_child (child);
  GtkWidget *badge = gtk_widget_get_next_sibling (label);
  GDate *due = steward_action_item_get_due_date (item);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *text = NULL;
  gboolean overdue = steward_action_is_overdue (item, today);
  gboolean this_month = !overdue && steward_action_is_due_this_month (item, today);

  text = due != NULL && g_date_valid (due) ? steward_date_format (due, lookup->calendar) : g_strdup ("");
  gtk_label_set_label (GTK_LABEL (label), text);

  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_remove_css_class (badge, "error");
  gtk_widget_remove_css_class (badge, "warning");
  if (overdue)
    {
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (badge, "error");
      /* TRANSLATORS: a badge beside the due date of an action */
      gtk_label_set_label (GTK_LABEL (badge), C_("badge", "Overdue"));
    }
  else if (this_month)
    {
      gtk_widget_add_css_class (label, "warning");
      gtk_widget_add_css_class (badge, "warning");
      /* TRANSLATORS: a badge beside the due date of an action */
      gtk_label_set_label (GTK_LABEL (badge), C_("badge", "This month"));
    }
  gtk_widget_set_visible (badge, overdue || this_month);
}

static void
update_status_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_action_status_to_string (steward_action_item_get_status (item)));
}

/* The source as a link to its place, when it names a record. */
#define SOURCE_ACTION_KEY "steward-action"

static void
on_source_clicked_cb (GtkButton *button,
                      gpointer   user_data)
{
  StewardActionLookup *lookup = user_data;
  StewardActionItem *action = g_object_get_data (G_OBJECT (button), SOURCE_ACTION_KEY);
  g_autofree char *link = NULL;

  if (action == NULL)
    return;

  link = lookup->db != NULL ? steward_action_dup_source_link_with_db (lookup->db, action)
                            : steward_action_dup_source_link (action);
  if (link != NULL)
    gtk_widget_activate_action (GTK_WIDGET (button), "win.show-place", "s", link);
}

static GtkWidget *
setup_source_cell (gpointer user_data)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *button = gtk_button_new ();
  GtkWidget *button_label = make_label ();
  GtkWidget *label = make_label ();

  gtk_button_set_child (GTK_BUTTON (button), button_label);
  /* Styled as GtkLinkButton is, which would want a URI. */
  gtk_widget_add_css_class (button, "link");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect (button, "clicked", G_CALLBACK (on_source_clicked_cb), user_data);
  gtk_stack_add_named (GTK_STACK (stack), button, "link");
  gtk_stack_add_named (GTK_STACK (stack), label, "text");
  gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);

  return stack;
}

static void
update_source_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  GtkWidget *button = gtk_stack_get_child_by_name (GTK_STACK (child), "link");
  GtkWidget *label = gtk_stack_get_child_by_name (GTK_STACK (child), "text");
  g_autofree char *text = steward_action_dup_source_label (item);
  g_autofree char *link = steward_action_dup_source_link (item);
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), text);
  gtk_label_set_label (GTK_LABEL (label), text);
  g_object_set_data_full (G_OBJECT (button), SOURCE_ACTION_KEY, g_object_ref (item), g_object_unref);
  /* TRANSLATORS: the tooltip of the link to an action's source; %s is
   * the kind of source, such as “Finding” */
  tooltip = g_strdup_printf (_("Show where the action came from: %s"),
                             steward_action_source_to_string (steward_action_item_get_source_kind (item)));
  steward_cell_set_tooltip (button, tooltip);
  gtk_stack_set_visible_child_name (GTK_STACK (child), link != NULL ? "link" : "text");
}

/* The latest progress note, with its date. */
static void
update_progress_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  StewardActionLookup *lookup = user_data;
  StewardActionProgress *progress = lookup_progress (lookup, item);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (progress == NULL)
    {
      gtk_label_set_label (GTK_LABEL (child), "");
      return;
    }

  date = steward_date_format (steward_action_progress_get_noted_on (progress), lookup->calendar);
  /* TRANSLATORS: the latest progress note of an action: its date, then the note */
  text = g_strdup_printf (_("%s: %s"), date, steward_action_progress_get_note (progress));
  gtk_label_set_label (GTK_LABEL (child), text);
  steward_cell_set_tooltip (child, text);
}

static void
update_effectiveness_cell (GtkWidget *child,
                           gpointer   item,
                           gpointer   user_data)
{
  StewardEffectiveness effectiveness = steward_action_item_get_effectiveness (item);

  gtk_label_set_label (GTK_LABEL (child),
                       effectiveness == STEWARD_EFFECTIVENESS_NOT_EVALUATED
                       ? "" : steward_effectiveness_to_string (effectiveness));
  gtk_widget_remove_css_class (child, "success");
  gtk_widget_remove_css_class (child, "error");
  if (effectiveness == STEWARD_EFFECTIVENESS_EFFECTIVE)
    gtk_widget_add_css_class (child, "success");
  else if (effectiveness == STEWARD_EFFECTIVENESS_NOT_EFFECTIVE)
    gtk_widget_add_css_class (child, "error");
}

/* The search */

static char *
search_text_cb (StewardActionItem   *action,
                const char          *title,
                const char          *source_label,
                const char          *notes,
                const char          *evaluation_note,
                gint64               owner_id,
                StewardActionLookup *lookup)
{
  StewardActionProgress *progress;

  if (action == NULL)
    return NULL;

  progress = lookup_progress (lookup, action);

  return g_strjoin ("\n", title ?: "", source_label ?: "", notes ?: "", evaluation_note ?: "",
                    steward_action_lookup_owner (lookup, owner_id),
                    progress != NULL ? steward_action_progress_get_note (progress) : "",
                    NULL);
}

/**
 * steward_action_columns_new_search_expression:
 *
 * Returns: (transfer full): what the search looks in: the title, the
 *   source, the notes and the evaluation, the owner's name and the
 *   latest progress note
 */
GtkExpression *
steward_action_columns_new_search_expression (StewardActionLookup *lookup)
{
  const char *properties[] = { "title", "source-label", "notes", "evaluation-note", "owner-id" };
  GtkExpression *params[G_N_ELEMENTS (properties)];

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    params[i] = gtk_property_expression_new (STEWARD_TYPE_ACTION_ITEM, NULL, properties[i]);

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (search_text_cb), lookup, NULL);
}

/* The line above the list */

/**
 * steward_action_columns_dup_summary:
 * @actions: #StewardActionItem
 *
 * Returns: (transfer full): "5 overdue, 3 due this month; 12 actions
 *   still to be done.", or that every action is done
 */
char *
steward_action_columns_dup_summary (GListModel  *actions,
                                    const GDate *today)
{
  g_autofree char *overdue_text = NULL;
  g_autofree char *month_text = NULL;
  guint n_overdue = 0, n_month = 0, n_active = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (actions, i);

      n_active += steward_action_is_active (action);
      if (steward_action_is_overdue (action, today))
        n_overdue++;
      else if (steward_action_is_due_this_month (action, today))
        n_month++;
    }

  if (n_active == 0)
    return g_strdup (_("Every action is done or cancelled."));

  /* TRANSLATORS: the first half of the line above the actions, such as
   * “5 overdue, 3 due this month” */
  overdue_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", n_overdue), n_overdue);
  /* TRANSLATORS: the second half of the line above the actions: not yet
   * overdue, but due before the month ends */
  month_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u due this month", "%u due this month", n_month),
                                n_month);

  /* TRANSLATORS: “5 overdue, 3 due this month”, then how many are still to be done */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s; %u action still to be done.",
                                       "%s, %s; %u actions still to be done.", n_active),
                          overdue_text, month_text, n_active);
}

/* Progress notes */

/**
 * steward_action_progress_row_new:
 *
 * Returns: (transfer floating): a row of the progress notes of an
 *   action's form: the note, then its date and who wrote it
 */
GtkWidget *
steward_action_progress_row_new (StewardActionProgress *progress,
                                 StewardCalendar        calendar)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = steward_date_format (steward_action_progress_get_noted_on (progress), calendar);
  const char *by = steward_action_progress_get_noted_by (progress);
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: under a progress note: its date, then who wrote it */
  subtitle = by != NULL && by[0] != '\0' ? g_strdup_printf (_("%s · %s"), date, by) : g_strdup (date);
  steward_form_set_row_text (ADW_PREFERENCES_ROW (row), steward_action_progress_get_note (progress));
  steward_form_set_row_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  return row;
}

/* Sorters */

static int
compare_dates (const GDate *a,
               const GDate *b)
{
  gboolean a_set = a != NULL && g_date_valid (a);
  gboolean b_set = b != NULL && g_date_valid (b);

  if (a_set && b_set)
    return CLAMP (g_date_compare (a, b), -1, 1);

  return b_set - a_set;
}

static int
compare_text (const char *a,
              const char *b)
{
  return CLAMP (g_utf8_collate (a ? a : "", b ? b : ""), -1, 1);
}

static int
compare_due_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return compare_dates (steward_action_item_get_due_date ((gpointer) a),
                        steward_action_item_get_due_date ((gpointer) b));
}

static int
compare_owner_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_text (steward_action_lookup_owner (user_data, steward_action_item_get_owner_id ((gpointer) a)),
                       steward_action_lookup_owner (user_data, steward_action_item_get_owner_id ((gpointer) b)));
}

/* In the order of the work: open, in progress, done, cancelled. */
static int
compare_status_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  int sa = steward_action_item_get_status ((gpointer) a);
  int sb = steward_action_item_get_status ((gpointer) b);

  return (sa > sb) - (sa < sb);
}

static int
compare_source_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  g_autofree char *la = steward_action_dup_source_label ((gpointer) a);
  g_autofree char *lb = steward_action_dup_source_label ((gpointer) b);

  return compare_text (la, lb);
}

static int
compare_progress_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  StewardActionProgress *pa = lookup_progress (user_data, (gpointer) a);
  StewardActionProgress *pb = lookup_progress (user_data, (gpointer) b);

  return compare_dates (pa != NULL ? steward_action_progress_get_noted_on (pa) : NULL,
                        pb != NULL ? steward_action_progress_get_noted_on (pb) : NULL);
}

static int
compare_effectiveness_cb (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  int ea = steward_action_item_get_effectiveness ((gpointer) a);
  int eb = steward_action_item_get_effectiveness ((gpointer) b);

  return (ea > eb) - (ea < eb);
}

static void
set_custom_sorter (GtkColumnViewColumn  *column,
                   GCompareDataFunc      compare,
                   StewardActionLookup  *lookup)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, lookup, NULL));

  gtk_column_view_column_set_sorter (column, sorter);
}

/**
 * steward_action_columns_set_up:
 * @cells: made with @lookup as its user data
 * @lookup: what the cells and sorters read besides the actions; it must
 *   outlive the columns' use of it
 *
 * Gives each column its cells and its sorter.
 */
void
steward_action_columns_set_up (const StewardActionColumns *columns,
                               StewardCells               *cells,
                               StewardActionLookup        *lookup)
{
  g_autoptr(GtkSorter) title_sorter = NULL;

  steward_cells_set_column (cells, columns->title, setup_wrapped_cell, update_title_cell);
  steward_cells_set_column (cells, columns->owner, setup_label_cell, update_owner_cell);
  steward_cells_set_column (cells, columns->due, setup_due_cell, update_due_cell);
  steward_cells_set_column (cells, columns->status, setup_label_cell, update_status_cell);
  steward_cells_set_column (cells, columns->source, setup_source_cell, update_source_cell);
  steward_cells_set_column (cells, columns->progress, setup_wrapped_cell, update_progress_cell);
  steward_cells_set_column (cells, columns->effectiveness, setup_label_cell, update_effectiveness_cell);

  title_sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (STEWARD_TYPE_ACTION_ITEM, NULL,
                                                                                 "title")));
  gtk_column_view_column_set_sorter (columns->title, title_sorter);
  set_custom_sorter (columns->owner, compare_owner_cb, lookup);
  set_custom_sorter (columns->due, compare_due_cb, lookup);
  set_custom_sorter (columns->status, compare_status_cb, lookup);
  set_custom_sorter (columns->source, compare_source_cb, lookup);
  set_custom_sorter (columns->progress, compare_progress_cb, lookup);
  set_custom_sorter (columns->effectiveness, compare_effectiveness_cb, lookup);
}
