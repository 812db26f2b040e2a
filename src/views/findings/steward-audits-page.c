/* steward-audits-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-audits-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-finding.h"
#include "model/steward-record-list.h"
#include "steward-audits-page.h"
#include "steward-findings-util.h"
#include "widgets/steward-register-util.h"

/* Findings > Audits: the internal and external audits (5.4.2.4.3), each
 * with how many findings it raised and how many are still open; one whose
 * findings have corrective actions overdue is marked. Activating an audit
 * shows it with its findings. */
struct _StewardAuditsPage
{
  StewardPage             parent_instance;

  StewardRecordList      *audits;
  StewardRecordList      *findings;
  StewardFindingsContext *context;
  StewardCells           *cells;
  GHashTable             *counts;  /* audit id → Counts */

  GtkSearchEntry         *search_entry;
  GtkDropDown            *kind_dropdown;
  GtkWidget              *add_button;
  GtkWidget              *export_button;
  GtkWidget              *summary_bar;
  GtkLabel               *summary_label;
  GtkLabel               *due_badge;
  GtkStack               *stack;
  GtkColumnView          *column_view;
  GtkSingleSelection     *selection;
  GtkSortListModel       *sort_model;
  GtkFilterListModel     *filter_model;
  GtkStringFilter        *search_filter;
  GtkCustomFilter        *choice_filter;
  GtkCustomSorter        *held_sorter;
  GtkCustomSorter        *findings_sorter;
  GtkColumnViewColumn    *held_column;
  GtkColumnViewColumn    *kind_column;
  GtkColumnViewColumn    *findings_column;
};

typedef struct
{
  gint64            audit_id;
  guint             n_findings;
  guint             n_open;
  StewardFindingDue due;  /* the most pressing of its open findings */
} Counts;

G_DEFINE_FINAL_TYPE (StewardAuditsPage, steward_audits_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardAuditsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

/* How many findings each audit raised */

static void
count_findings (StewardAuditsPage *self)
{
  GListModel *findings = G_LIST_MODEL (self->findings);
  g_autoptr(GDate) today = steward_date_new_today ();

  g_hash_table_remove_all (self->counts);

  for (guint i = 0; findings != NULL && i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StewardFinding) finding = g_list_model_get_item (findings, i);
      gint64 audit_id = steward_finding_get_audit_id (finding);
      StewardFindingState state = steward_findings_context_get_state (self->context, finding);
      Counts *counts;

      if (audit_id <= 0)
        continue;

      counts = g_hash_table_lookup (self->counts, &audit_id);
      if (counts == NULL)
        {
          counts = g_new0 (Counts, 1);
          counts->audit_id = audit_id;
          g_hash_table_insert (self->counts, &counts->audit_id, counts);
        }

      counts->n_findings++;
      if (state != STEWARD_FINDING_STATE_CLOSED)
        counts->n_open++;
      counts->due = MAX (counts->due, steward_finding_due_of (finding, state, today));
    }
}

static const Counts *
lookup_counts (StewardAuditsPage *self,
               StewardAudit      *audit)
{
  static const Counts none = { 0, };
  gint64 id = steward_record_get_id (STEWARD_RECORD (audit));
  Counts *counts = g_hash_table_lookup (self->counts, &id);

  return counts != NULL ? counts : &none;
}

/**
 * steward_audits_page_count_findings:
 * @n_findings: (out) (optional): the findings @audit raised
 * @n_open: (out) (optional): those not closed yet
 */
void
steward_audits_page_count_findings (StewardAuditsPage *self,
                                    StewardAudit      *audit,
                                    guint             *n_findings,
                                    guint             *n_open)
{
  const Counts *counts;

  g_return_if_fail (STEWARD_IS_AUDITS_PAGE (self));
  g_return_if_fail (STEWARD_IS_AUDIT (audit));

  counts = lookup_counts (self, audit);
  if (n_findings != NULL)
    *n_findings = counts->n_findings;
  if (n_open != NULL)
    *n_open = counts->n_open;
}

/* The search and the filter */

static char *
audit_search_text (GObject    *item,
                   const char *scope,
                   const char *auditor,
                   const char *notes)
{
  return g_strjoin ("\n", scope ?: "", auditor ?: "", notes ?: "", NULL);
}

static char *
audit_kind_name (GObject *item,
                 int      kind)
{
  return g_strdup (steward_audit_kind_to_string (kind));
}

static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardAuditsPage *self = user_data;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  return kind == GTK_INVALID_LIST_POSITION || kind == 0 ||
         steward_audit_get_kind (item) == (StewardAuditKind) (kind - 1);
}

static int
held_sorter_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GDate *date_a = steward_audit_get_held_on (STEWARD_AUDIT ((gpointer) a));
  GDate *date_b = steward_audit_get_held_on (STEWARD_AUDIT ((gpointer) b));

  if (date_a == NULL || date_b == NULL)
    return (date_a == NULL) - (date_b == NULL);

  return g_date_compare (date_a, date_b);
}

/* By the findings still open, then by all. */
static int
findings_sorter_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  StewardAuditsPage *self = user_data;
  const Counts *counts_a = lookup_counts (self, STEWARD_AUDIT ((gpointer) a));
  const Counts *counts_b = lookup_counts (self, STEWARD_AUDIT ((gpointer) b));

  if (counts_a->n_open != counts_b->n_open)
    return counts_a->n_open < counts_b->n_open ? -1 : 1;

  return (counts_a->n_findings > counts_b->n_findings) - (counts_a->n_findings < counts_b->n_findings);
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
update_held_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  StewardAuditsPage *self = user_data;
  GDate *held_on = steward_audit_get_held_on (item);
  g_autofree char *text = NULL;

  if (held_on != NULL && g_date_valid (held_on))
    text = steward_date_format (held_on, steward_findings_context_get_calendar (self->context));
  gtk_label_set_label (GTK_LABEL (child), text != NULL ? text : "");
}

static void
update_kind_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_audit_kind_to_string (steward_audit_get_kind (item)));
}

/* "5, 2 open", and a badge while a corrective action of one is overdue
 * or due this month. */
static GtkWidget *
setup_findings_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_box_append (GTK_BOX (box), setup_label_cell (user_data));
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_findings_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  StewardAuditsPage *self = user_data;
  const Counts *counts = lookup_counts (self, item);
  GtkWidget *label = gtk_widget_get_first_child (child);
  g_autofree char *text = NULL;

  if (counts->n_open == 0)
    text = g_strdup_printf ("%u", counts->n_findings);
  else
    /* TRANSLATORS: the findings an audit raised, and how many of them are
     * not closed yet */
    text = g_strdup_printf (_("%u, %u open"), counts->n_findings, counts->n_open);
  gtk_label_set_label (GTK_LABEL (label), text);
  steward_findings_set_due_badge (gtk_widget_get_next_sibling (label), counts->due);
}

/* What the page shows around the list */

static void
update_summary (StewardAuditsPage *self)
{
  guint n = self->audits != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->audits)) : 0;
  guint n_findings = 0, n_open = 0;
  StewardFindingDue due = STEWARD_FINDING_NOT_DUE;
  g_autofree char *audits = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->summary_bar, n > 0);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardAudit) audit = g_list_model_get_item (G_LIST_MODEL (self->audits), i);
      const Counts *counts = lookup_counts (self, audit);

      n_findings += counts->n_findings;
      n_open += counts->n_open;
      due = MAX (due, counts->due);
    }

  /* TRANSLATORS: the line above the list of audits, which goes on with
   * “%u findings raised, %u not closed.” */
  audits = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u audit:", "%u audits:", n), n);
  /* TRANSLATORS: %s is “3 audits:”; then the findings these audits
   * raised, and how many of them are not closed yet */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %u finding raised, %u not closed.",
                                       "%s %u findings raised, %u not closed.", n_findings),
                          audits, n_findings, n_open);
  gtk_label_set_label (self->summary_label, text);
  steward_findings_set_due_badge (GTK_WIDGET (self->due_badge), due);
}

static void
update_stack (StewardAuditsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->audits),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardAuditsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audits.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audits.delete-selected", writable && selected);
  steward_findings_update_export (GTK_WIDGET (self), "audits.export", self->export_button);
}

static void
refresh (StewardAuditsPage *self)
{
  count_findings (self);
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_context_changed_cb (StewardFindingsContext *context,
                       StewardAuditsPage      *self)
{
  refresh (self);
}

static void
on_items_changed_cb (GListModel        *model,
                     guint              position,
                     guint              removed,
                     guint              added,
                     StewardAuditsPage *self)
{
  update_stack (self);
}

static void
on_list_changed_cb (GListModel        *model,
                    guint              position,
                    guint              removed,
                    guint              added,
                    StewardAuditsPage *self)
{
  refresh (self);
}

static void
on_table_changed_cb (StewardDatabase    *db,
                     const char * const *tables,
                     StewardAuditsPage  *self)
{
  refresh (self);
}

static void
on_filter_changed_cb (GObject           *object,
                      GParamSpec        *pspec,
                      StewardAuditsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         StewardAuditsPage  *self)
{
  update_actions (self);
}

/* Deleting, with undo */

/**
 * steward_audits_page_delete_audit:
 *
 * Deletes @audit and shows a toast that can undo it. An audit with
 * findings stays: a toast says to delete them or link them to another
 * audit first.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the audit
 *   was not deleted (a toast then says why)
 */
AdwToast *
steward_audits_page_delete_audit (StewardAuditsPage *self,
                                  StewardAudit      *audit)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  guint n_findings;

  g_return_val_if_fail (STEWARD_IS_AUDITS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_AUDIT (audit), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  n_findings = lookup_counts (self, audit)->n_findings;
  if (n_findings > 0)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: a toast when an audit cannot be deleted */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "This audit raised %u finding: delete it, or link it to another audit, first.",
                                              "This audit raised %u findings: delete them, or link them to another audit, first.",
                                              n_findings),
                                 n_findings);
      steward_show_message (GTK_WIDGET (self), message);
      return NULL;
    }

  g_ptr_array_add (records, audit);

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, _("Audit deleted"));
}

/* The editor */

static void
on_delete_requested_cb (StewardAuditEditor *editor,
                        StewardAudit       *audit,
                        StewardAuditsPage  *self)
{
  steward_audits_page_delete_audit (self, audit);
}

/**
 * steward_audits_page_open_editor:
 * @audit: (nullable): the audit to show and edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the editor, shown with the audit's
 *   findings; %NULL when the database cannot be written
 */
StewardAuditEditor *
steward_audits_page_open_editor (StewardAuditsPage *self,
                                 StewardAudit      *audit)
{
  StewardAuditEditor *editor;

  g_return_val_if_fail (STEWARD_IS_AUDITS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_audit_editor_new (get_database (self), audit);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView     *column_view,
                guint              position,
                StewardAuditsPage *self)
{
  g_autoptr(StewardAudit) audit = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (audit != NULL)
    steward_audits_page_open_editor (self, audit);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_audits_page_open_editor (STEWARD_AUDITS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardAuditsPage *self = STEWARD_AUDITS_PAGE (widget);
  StewardAudit *audit = gtk_single_selection_get_selected_item (self->selection);

  if (audit != NULL)
    steward_audits_page_delete_audit (self, audit);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_AUDITS_PAGE (widget)->search_entry));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  steward_findings_ask_export (widget, "audits", _("Export the Audits"),
                               /* TRANSLATORS: the name of the exported file, without extension */
                               _("Audits"), g_variant_get_string (param, NULL));
}

/* The database */

static void
drop_database (StewardAuditsPage *self)
{
  if (self->audits != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->audits, on_list_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->findings, on_list_changed_cb, self);
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->audits),
                                            on_table_changed_cb, self);
    }
  g_clear_object (&self->audits);
  g_clear_object (&self->findings);
  steward_findings_context_set_database (self->context, NULL);
}

static void
steward_audits_page_database_changed (StewardPage     *page,
                                      StewardDatabase *db)
{
  StewardAuditsPage *self = STEWARD_AUDITS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) audits = steward_query_new ();
      g_autoptr(StewardQuery) findings = steward_query_new ();

      steward_findings_context_set_database (self->context, db);
      steward_query_order_by (audits, "held_on", TRUE);
      self->audits = steward_record_list_new (db, STEWARD_TYPE_AUDIT, audits);
      self->findings = steward_record_list_new (db, STEWARD_TYPE_FINDING, findings);
      g_signal_connect (self->audits, "items-changed", G_CALLBACK (on_list_changed_cb), self);
      g_signal_connect (self->findings, "items-changed", G_CALLBACK (on_list_changed_cb), self);
      /* After the lists' own handlers, which read the rows again. */
      g_signal_connect_object (db, "changed::audit", G_CALLBACK (on_table_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::finding", G_CALLBACK (on_table_changed_cb), self, 0);
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->audits));
  update_actions (self);
  refresh (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardAuditsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
}

/* Brings an audit into view: the filters that hide it are cleared, the
 * row is selected and scrolled to; nothing opens. */
static void
steward_audits_page_show_record (StewardPage *page,
                                 gint64       id)
{
  StewardAuditsPage *self = STEWARD_AUDITS_PAGE (page);

  if (self->audits == NULL || steward_record_list_find (self->audits, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_audits_page_get_visible_model:
 *
 * Returns: (transfer none): the audits as shown: searched, filtered and
 *   sorted
 */
GListModel *
steward_audits_page_get_visible_model (StewardAuditsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDITS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_audits_page_set_search (StewardAuditsPage *self,
                                const char        *text)
{
  g_return_if_fail (STEWARD_IS_AUDITS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/**
 * steward_audits_page_set_kind_filter:
 * @kind: a #StewardAuditKind, or -1 for all
 */
void
steward_audits_page_set_kind_filter (StewardAuditsPage *self,
                                     int                kind)
{
  g_return_if_fail (STEWARD_IS_AUDITS_PAGE (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind < 0 ? 0 : (guint) kind + 1);
}

GtkWidget *
steward_audits_page_new (void)
{
  return g_object_new (STEWARD_TYPE_AUDITS_PAGE, NULL);
}

static void
steward_audits_page_dispose (GObject *object)
{
  StewardAuditsPage *self = (StewardAuditsPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  /* The selection empties as the column view goes, after the buttons. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, on_context_changed_cb, self);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_audits_page_parent_class)->dispose (object);
}

static void
steward_audits_page_finalize (GObject *object)
{
  StewardAuditsPage *self = (StewardAuditsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->counts, g_hash_table_unref);

  G_OBJECT_CLASS (steward_audits_page_parent_class)->finalize (object);
}

static void
steward_audits_page_class_init (StewardAuditsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_audits_page_dispose;
  object_class->finalize = steward_audits_page_finalize;
  page_class->database_changed = steward_audits_page_database_changed;
  page_class->show_record = steward_audits_page_show_record;

  g_type_ensure (STEWARD_TYPE_AUDIT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-audits-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardAuditsPage, name)
  CHILD (search_entry);
  CHILD (kind_dropdown);
  CHILD (add_button);
  CHILD (export_button);
  CHILD (summary_bar);
  CHILD (summary_label);
  CHILD (due_badge);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (search_filter);
  CHILD (choice_filter);
  CHILD (held_sorter);
  CHILD (findings_sorter);
  CHILD (held_column);
  CHILD (kind_column);
  CHILD (findings_column);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, audit_kind_name);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "audits.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "audits.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "audits.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "audits.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "audits.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "audits.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "audits.delete-selected", NULL);
}

static void
steward_audits_page_init (StewardAuditsPage *self)
{
  g_autoptr(GtkExpression) scope = gtk_property_expression_new (STEWARD_TYPE_AUDIT, NULL, "scope");
  g_autoptr(GtkExpression) auditor = gtk_property_expression_new (STEWARD_TYPE_AUDIT, NULL, "auditor");
  g_autoptr(GtkExpression) notes = gtk_property_expression_new (STEWARD_TYPE_AUDIT, NULL, "notes");
  g_autoptr(GtkExpression) search = NULL;
  GtkExpression *params[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  steward_findings_fill_choices (self->kind_dropdown, _("All Audits"), STEWARD_TYPE_AUDIT_KIND);

  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->context = steward_findings_context_new ();
  g_signal_connect (self->context, "changed", G_CALLBACK (on_context_changed_cb), self);

  params[0] = g_steal_pointer (&scope);
  params[1] = g_steal_pointer (&auditor);
  params[2] = g_steal_pointer (&notes);
  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 3, params,
                                        G_CALLBACK (audit_search_text), NULL, NULL);
  gtk_string_filter_set_expression (self->search_filter, search);
  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);
  gtk_custom_sorter_set_sort_func (self->held_sorter, held_sorter_cb, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->findings_sorter, findings_sorter_cb, self, NULL);

  self->cells = steward_cells_new (self);
  steward_cells_set_column (self->cells, self->held_column, setup_label_cell, update_held_cell);
  steward_cells_set_column (self->cells, self->kind_column, setup_label_cell, update_kind_cell);
  steward_cells_set_column (self->cells, self->findings_column, setup_findings_cell, update_findings_cell);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->held_column, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  update_actions (self);
  update_stack (self);
}
