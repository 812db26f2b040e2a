/* steward-finding-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-finding-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-finding-columns.h"
#include "widgets/steward-register-util.h"

/* The cells and the sorters of the findings' columns that show more than
 * one stored property: dates in the user's calendar, the audit, the
 * owner's name, the due badge, the status with the follow-up actions.
 * They are shown again when the context (people, audits, actions, the
 * calendar) changes. */

/* Sorters */

static int
compare_dates (const GDate *a,
               const GDate *b)
{
  gboolean has_a = a != NULL && g_date_valid (a);
  gboolean has_b = b != NULL && g_date_valid (b);

  /* Without a date last. */
  if (!has_a || !has_b)
    return has_a ? -1 : has_b ? 1 : 0;

  return g_date_compare (a, b);
}

static int
raised_sorter_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_dates (steward_finding_get_raised_on (STEWARD_FINDING ((gpointer) a)),
                        steward_finding_get_raised_on (STEWARD_FINDING ((gpointer) b)));
}

static int
due_sorter_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return compare_dates (steward_finding_get_due_date (STEWARD_FINDING ((gpointer) a)),
                        steward_finding_get_due_date (STEWARD_FINDING ((gpointer) b)));
}

static int
audit_sorter_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  StewardFindingsContext *context = user_data;
  StewardAudit *audit_a = steward_findings_context_get_audit (context,
                                                              steward_finding_get_audit_id (STEWARD_FINDING ((gpointer) a)));
  StewardAudit *audit_b = steward_findings_context_get_audit (context,
                                                              steward_finding_get_audit_id (STEWARD_FINDING ((gpointer) b)));

  if (audit_a == NULL || audit_b == NULL)
    return (audit_a == NULL) - (audit_b == NULL);

  return compare_dates (steward_audit_get_held_on (audit_a), steward_audit_get_held_on (audit_b));
}

static int
owner_sorter_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  StewardFindingsContext *context = user_data;
  const char *name_a = steward_findings_context_get_person_name (context,
                                                                 steward_finding_get_owner_id (STEWARD_FINDING ((gpointer) a)));
  const char *name_b = steward_findings_context_get_person_name (context,
                                                                 steward_finding_get_owner_id (STEWARD_FINDING ((gpointer) b)));

  if (name_a == NULL || name_b == NULL)
    return (name_a == NULL) - (name_b == NULL);

  return g_utf8_collate (name_a, name_b);
}

static int
state_sorter_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  StewardFindingsContext *context = user_data;

  return (int) steward_findings_context_get_state (context, STEWARD_FINDING ((gpointer) a)) -
         (int) steward_findings_context_get_state (context, STEWARD_FINDING ((gpointer) b));
}

/* Cells */

static GtkWidget *
setup_label_cell (gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static void
set_date_label (GtkWidget       *label,
                const GDate     *date,
                StewardCalendar  calendar)
{
  g_autofree char *text = date != NULL && g_date_valid (date) ? steward_date_format (date, calendar) : NULL;

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
}

static void
update_raised_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  set_date_label (child, steward_finding_get_raised_on (item), steward_findings_context_get_calendar (user_data));
}

static void
update_source_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_finding_source_to_string (steward_finding_get_source (item)));
}

static void
update_audit_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  StewardFindingsContext *context = user_data;
  StewardAudit *audit = steward_findings_context_get_audit (context, steward_finding_get_audit_id (item));
  g_autofree char *date = NULL;

  if (audit != NULL)
    date = steward_date_format (steward_audit_get_held_on (audit), steward_findings_context_get_calendar (context));
  gtk_label_set_label (GTK_LABEL (child), date != NULL ? date : "");
  steward_cell_set_tooltip (child, audit != NULL ? steward_audit_get_scope (audit) : NULL);
}

static void
update_grading_cell (GtkWidget *child,
                     gpointer   item,
                     gpointer   user_data)
{
  StewardGrading grading = steward_finding_get_grading (item);

  gtk_label_set_label (GTK_LABEL (child), steward_grading_to_string (grading));
  steward_findings_style_grading (child, grading);
}

static void
update_owner_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  StewardFindingsContext *context = user_data;
  const char *name = steward_findings_context_get_person_name (context, steward_finding_get_owner_id (item));

  gtk_label_set_label (GTK_LABEL (child), name != NULL ? name : "");
}

/* The due date, and a badge while the corrective action is overdue or
 * due this month. */
static GtkWidget *
setup_due_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = setup_label_cell (user_data);
  GtkWidget *badge = gtk_label_new (NULL);

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
  StewardFindingsContext *context = user_data;
  GtkWidget *label = gtk_widget_get_first_child (child);
  GtkWidget *badge = gtk_widget_get_next_sibling (label);
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardFindingDue due = steward_finding_due_of (item, steward_findings_context_get_state (context, item), today);

  set_date_label (label, steward_finding_get_due_date (item), steward_findings_context_get_calendar (context));
  steward_findings_set_due_badge (badge, due);
}

static void
update_state_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  StewardFindingsContext *context = user_data;

  gtk_label_set_label (GTK_LABEL (child),
                       steward_finding_state_to_string (steward_findings_context_get_state (context, item)));
}

/**
 * steward_finding_dup_search_text:
 *
 * Returns: (transfer full): what the search looks in: the texts of
 *   @finding, its owner's name, its source and grading
 */
char *
steward_finding_dup_search_text (StewardFinding         *finding,
                                 StewardFindingsContext *context)
{
  const char *parts[] = {
    steward_finding_get_description (finding),
    steward_finding_get_clause (finding),
    steward_finding_get_root_cause (finding),
    steward_finding_get_correction (finding),
    steward_finding_get_corrective_action (finding),
    steward_finding_get_verified_by (finding),
    steward_finding_get_verification_note (finding),
    steward_findings_context_get_person_name (context, steward_finding_get_owner_id (finding)),
    steward_finding_source_to_string (steward_finding_get_source (finding)),
    steward_grading_to_string (steward_finding_get_grading (finding)),
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_string_append (text, parts[i] != NULL ? parts[i] : "");
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/**
 * steward_finding_columns_set_up:
 *
 * Gives the columns their cells and the sorters their functions.
 *
 * Returns: (transfer full): the cells, to refresh when the context
 *   changes and to free after the column view is gone
 */
StewardCells *
steward_finding_columns_set_up (const StewardFindingColumns *columns,
                                StewardFindingsContext      *context)
{
  StewardCells *cells = steward_cells_new (context);

  gtk_custom_sorter_set_sort_func (columns->raised_sorter, raised_sorter_cb, NULL, NULL);
  gtk_custom_sorter_set_sort_func (columns->due_sorter, due_sorter_cb, NULL, NULL);
  gtk_custom_sorter_set_sort_func (columns->audit_sorter, audit_sorter_cb, context, NULL);
  gtk_custom_sorter_set_sort_func (columns->owner_sorter, owner_sorter_cb, context, NULL);
  gtk_custom_sorter_set_sort_func (columns->state_sorter, state_sorter_cb, context, NULL);

  steward_cells_set_column (cells, columns->raised, setup_label_cell, update_raised_cell);
  steward_cells_set_column (cells, columns->source, setup_label_cell, update_source_cell);
  steward_cells_set_column (cells, columns->audit, setup_label_cell, update_audit_cell);
  steward_cells_set_column (cells, columns->grading, setup_label_cell, update_grading_cell);
  steward_cells_set_column (cells, columns->owner, setup_label_cell, update_owner_cell);
  steward_cells_set_column (cells, columns->due, setup_due_cell, update_due_cell);
  steward_cells_set_column (cells, columns->state, setup_label_cell, update_state_cell);

  return cells;
}
