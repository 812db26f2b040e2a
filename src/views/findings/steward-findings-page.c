/* steward-findings-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-findings-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-objectives.h"
#include "model/steward-action-item.h"
#include "model/steward-audit.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-finding-columns.h"
#include "steward-findings-page.h"
#include "widgets/steward-register-util.h"

/* Findings > Findings: the nonconformities and observations (不符合事項)
 * of audits, incidents and self-checks, and their corrective actions
 * (矯正措施), until each is verified effective and closed. A corrective
 * action still open past its due date is marked, and counted above the
 * list. GTK's own chain over the store's list: record list → filter (the
 * search as you type and the choices above the list) → sort (by the
 * column the user clicks) → selection → column view. */
struct _StewardFindingsPage
{
  StewardPage          parent_instance;

  StewardRecordList      *findings;
  StewardFindingsContext *context;
  StewardCells           *cells;

  GtkSearchEntry      *search_entry;
  GtkDropDown         *source_dropdown;
  GtkDropDown         *grading_dropdown;
  GtkDropDown         *state_dropdown;
  GtkWidget           *add_button;
  GtkWidget           *export_button;
  GtkWidget           *summary_bar;
  GtkLabel            *summary_label;
  GtkLabel            *due_badge;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkStringFilter     *search_filter;
  GtkCustomFilter     *choice_filter;
  StewardFindingColumns columns;
};

G_DEFINE_FINAL_TYPE (StewardFindingsPage, steward_findings_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardFindingsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

/**
 * steward_findings_page_get_state:
 *
 * Returns: where @finding stands, with its follow-up actions
 */
StewardFindingState
steward_findings_page_get_state (StewardFindingsPage *self,
                                 StewardFinding      *finding)
{
  g_return_val_if_fail (STEWARD_IS_FINDINGS_PAGE (self), STEWARD_FINDING_STATE_OPEN);

  return steward_findings_context_get_state (self->context, finding);
}

/* The search and the filters */

static char *
finding_search_text (StewardFinding      *finding,
                     StewardFindingsPage *self)
{
  return steward_finding_dup_search_text (finding, self->context);
}

static char *
finding_source_name (GObject *item,
                     int      source)
{
  return g_strdup (steward_finding_source_to_string (source));
}

/* Majors first. */
static int
finding_grading_rank (GObject *item,
                      int      grading)
{
  return grading;
}

/* Each dropdown: "All …" first, then the values in the order of the enum. */
static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardFindingsPage *self = user_data;
  StewardFinding *finding = item;
  guint source = gtk_drop_down_get_selected (self->source_dropdown);
  guint grading = gtk_drop_down_get_selected (self->grading_dropdown);
  guint state = gtk_drop_down_get_selected (self->state_dropdown);

  if (source != GTK_INVALID_LIST_POSITION && source > 0 &&
      steward_finding_get_source (finding) != (StewardFindingSource) (source - 1))
    return FALSE;

  if (grading != GTK_INVALID_LIST_POSITION && grading > 0 &&
      steward_finding_get_grading (finding) != (StewardGrading) (grading - 1))
    return FALSE;

  if (state != GTK_INVALID_LIST_POSITION && state > 0 &&
      steward_findings_context_get_state (self->context, finding) != (StewardFindingState) (state - 1))
    return FALSE;

  return TRUE;
}

/* What the page shows around the list */

static void
update_summary (StewardFindingsPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  guint states[STEWARD_FINDING_STATE_CLOSED + 1] = { 0, };
  guint n_overdue = 0, n_due = 0;
  guint n = self->findings != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->findings)) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_widget_set_visible (self->summary_bar, n > 0);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);
      StewardFindingState state = steward_findings_context_get_state (self->context, finding);

      states[state]++;
      switch (steward_finding_due_of (finding, state, today))
        {
        case STEWARD_FINDING_OVERDUE:
          n_overdue++;
          break;
        case STEWARD_FINDING_DUE:
          n_due++;
          break;
        case STEWARD_FINDING_NOT_DUE:
        default:
          break;
        }
    }

  /* TRANSLATORS: how many findings there are in each status */
  g_string_printf (text, _("%u open, %u awaiting verification, %u closed."),
                   states[STEWARD_FINDING_STATE_OPEN], states[STEWARD_FINDING_STATE_AWAITING_VERIFICATION],
                   states[STEWARD_FINDING_STATE_CLOSED]);
  if (n_overdue > 0)
    {
      g_string_append_c (text, ' ');
      /* TRANSLATORS: after the counts of findings by status */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u corrective action overdue.",
                                                 "%u corrective actions overdue.", n_overdue),
                              n_overdue);
    }
  if (n_due > 0)
    {
      g_string_append_c (text, ' ');
      /* TRANSLATORS: after the counts of findings by status */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u corrective action due this month.",
                                                 "%u corrective actions due this month.", n_due),
                              n_due);
    }

  gtk_label_set_label (self->summary_label, text->str);
  steward_findings_set_due_badge (GTK_WIDGET (self->due_badge),
                                  n_overdue > 0 ? STEWARD_FINDING_OVERDUE
                                  : n_due > 0 ? STEWARD_FINDING_DUE : STEWARD_FINDING_NOT_DUE);
}

static void
update_stack (StewardFindingsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->findings),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardFindingsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "findings.delete-selected", writable && selected);
  steward_findings_update_export (GTK_WIDGET (self), "findings.export", self->export_button);
}

/* Anything the rows show changed: the filters, the order and the computed
 * cells are looked at again. */
static void
refresh (StewardFindingsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_context_changed_cb (StewardFindingsContext *context,
                       StewardFindingsPage    *self)
{
  refresh (self);
}

static void
on_items_changed_cb (GListModel          *model,
                     guint                position,
                     guint                removed,
                     guint                added,
                     StewardFindingsPage *self)
{
  update_stack (self);
}

static void
on_findings_changed_cb (GListModel          *model,
                        guint                position,
                        guint                removed,
                        guint                added,
                        StewardFindingsPage *self)
{
  update_summary (self);
  update_stack (self);
}

static void
on_table_changed_cb (StewardDatabase     *db,
                     const char * const  *tables,
                     StewardFindingsPage *self)
{
  refresh (self);
}

static void
on_filter_changed_cb (GObject             *object,
                      GParamSpec          *pspec,
                      StewardFindingsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_selection_changed_cb (GtkSingleSelection  *selection,
                         GParamSpec          *pspec,
                         StewardFindingsPage *self)
{
  update_actions (self);
}

/* Deleting, with undo */

/**
 * steward_findings_page_delete_finding:
 *
 * Deletes @finding and shows a toast that can undo it. Its follow-up
 * actions stay in the list of actions.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the
 *   finding could not be deleted (a toast then says why)
 */
AdwToast *
steward_findings_page_delete_finding (StewardFindingsPage *self,
                                      StewardFinding      *finding)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  g_return_val_if_fail (STEWARD_IS_FINDINGS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_FINDING (finding), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  g_ptr_array_add (records, finding);

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, _("Finding deleted"));
}

/* The editor */

static void
on_delete_requested_cb (StewardFindingEditor *editor,
                        StewardFinding       *finding,
                        StewardFindingsPage  *self)
{
  steward_findings_page_delete_finding (self, finding);
}

/**
 * steward_findings_page_open_editor:
 * @finding: (nullable): the finding to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the editor, shown; %NULL when the
 *   database cannot be written
 */
StewardFindingEditor *
steward_findings_page_open_editor (StewardFindingsPage *self,
                                   StewardFinding      *finding)
{
  StewardFindingEditor *editor;

  g_return_val_if_fail (STEWARD_IS_FINDINGS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_finding_editor_new (get_database (self), finding);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView       *column_view,
                guint                position,
                StewardFindingsPage *self)
{
  g_autoptr(StewardFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (finding != NULL)
    steward_findings_page_open_editor (self, finding);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_findings_page_open_editor (STEWARD_FINDINGS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardFindingsPage *self = STEWARD_FINDINGS_PAGE (widget);
  StewardFinding *finding = gtk_single_selection_get_selected_item (self->selection);

  if (finding != NULL)
    steward_findings_page_delete_finding (self, finding);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_FINDINGS_PAGE (widget)->search_entry));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  /* TRANSLATORS: the title of the file chooser of the findings' export */
  steward_findings_ask_export (widget, "findings", _("Export the Findings"),
                               /* TRANSLATORS: the name of the exported file, without extension */
                               _("Findings"), g_variant_get_string (param, NULL));
}

/* The database */

static void
drop_database (StewardFindingsPage *self)
{
  if (self->findings != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->findings, on_findings_changed_cb, self);
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->findings),
                                            on_table_changed_cb, self);
    }
  g_clear_object (&self->findings);
  steward_findings_context_set_database (self->context, NULL);
}

static void
steward_findings_page_database_changed (StewardPage     *page,
                                        StewardDatabase *db)
{
  StewardFindingsPage *self = STEWARD_FINDINGS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_findings_context_set_database (self->context, db);
      steward_query_order_by (query, "raised_on", TRUE);
      self->findings = steward_record_list_new (db, STEWARD_TYPE_FINDING, query);
      g_signal_connect (self->findings, "items-changed", G_CALLBACK (on_findings_changed_cb), self);
      /* After the list's own handler, which reads the rows again. */
      g_signal_connect_object (db, "changed::finding", G_CALLBACK (on_table_changed_cb), self, 0);
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->findings));
  update_actions (self);
  refresh (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardFindingsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->source_dropdown, 0);
  gtk_drop_down_set_selected (self->grading_dropdown, 0);
  gtk_drop_down_set_selected (self->state_dropdown, 0);
}

/* Brings a finding into view: the filters that hide it are cleared, the
 * row is selected and scrolled to; nothing opens. */
static void
steward_findings_page_show_record (StewardPage *page,
                                   gint64       id)
{
  StewardFindingsPage *self = STEWARD_FINDINGS_PAGE (page);

  if (self->findings == NULL || steward_record_list_find (self->findings, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_findings_page_get_visible_model:
 *
 * Returns: (transfer none): the findings as shown: searched, filtered and
 *   sorted
 */
GListModel *
steward_findings_page_get_visible_model (StewardFindingsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_FINDINGS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_findings_page_set_search (StewardFindingsPage *self,
                                  const char          *text)
{
  g_return_if_fail (STEWARD_IS_FINDINGS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/**
 * steward_findings_page_set_source_filter:
 * @source: a #StewardFindingSource, or -1 for all
 */
void
steward_findings_page_set_source_filter (StewardFindingsPage *self,
                                         int                  source)
{
  g_return_if_fail (STEWARD_IS_FINDINGS_PAGE (self));

  gtk_drop_down_set_selected (self->source_dropdown, source < 0 ? 0 : (guint) source + 1);
}

/**
 * steward_findings_page_set_grading_filter:
 * @grading: a #StewardGrading, or -1 for all
 */
void
steward_findings_page_set_grading_filter (StewardFindingsPage *self,
                                          int                  grading)
{
  g_return_if_fail (STEWARD_IS_FINDINGS_PAGE (self));

  gtk_drop_down_set_selected (self->grading_dropdown, grading < 0 ? 0 : (guint) grading + 1);
}

/**
 * steward_findings_page_set_state_filter:
 * @state: a #StewardFindingState, or -1 for all
 */
void
steward_findings_page_set_state_filter (StewardFindingsPage *self,
                                        int                  state)
{
  g_return_if_fail (STEWARD_IS_FINDINGS_PAGE (self));

  gtk_drop_down_set_selected (self->state_dropdown, state < 0 ? 0 : (guint) state + 1);
}

GtkWidget *
steward_findings_page_new (void)
{
  return g_object_new (STEWARD_TYPE_FINDINGS_PAGE, NULL);
}

static void
steward_findings_page_dispose (GObject *object)
{
  StewardFindingsPage *self = (StewardFindingsPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  /* The selection empties as the column view goes, after the buttons. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, on_context_changed_cb, self);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_findings_page_parent_class)->dispose (object);
}

static void
steward_findings_page_finalize (GObject *object)
{
  StewardFindingsPage *self = (StewardFindingsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (steward_findings_page_parent_class)->finalize (object);
}

static void
steward_findings_page_class_init (StewardFindingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_findings_page_dispose;
  object_class->finalize = steward_findings_page_finalize;
  page_class->database_changed = steward_findings_page_database_changed;
  page_class->show_record = steward_findings_page_show_record;

  g_type_ensure (STEWARD_TYPE_FINDING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-findings-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardFindingsPage, name)
  CHILD (search_entry);
  CHILD (source_dropdown);
  CHILD (grading_dropdown);
  CHILD (state_dropdown);
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
#undef CHILD
#define COLUMN(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (StewardFindingsPage, columns.field))
  COLUMN ("raised_column", raised);
  COLUMN ("source_column", source);
  COLUMN ("audit_column", audit);
  COLUMN ("grading_column", grading);
  COLUMN ("owner_column", owner);
  COLUMN ("due_column", due);
  COLUMN ("state_column", state);
  COLUMN ("raised_sorter", raised_sorter);
  COLUMN ("audit_sorter", audit_sorter);
  COLUMN ("owner_sorter", owner_sorter);
  COLUMN ("due_sorter", due_sorter);
  COLUMN ("state_sorter", state_sorter);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, finding_source_name);
  gtk_widget_class_bind_template_callback (widget_class, finding_grading_rank);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "findings.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "findings.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "findings.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "findings.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "findings.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "findings.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "findings.delete-selected", NULL);
}

static void
steward_findings_page_init (StewardFindingsPage *self)
{
  g_autoptr(GtkExpression) search = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  steward_findings_fill_choices (self->source_dropdown, _("All Sources"), STEWARD_TYPE_FINDING_SOURCE);
  steward_findings_fill_choices (self->grading_dropdown, _("All Gradings"), STEWARD_TYPE_GRADING);
  steward_findings_fill_state_choices (self->state_dropdown, _("All Statuses"));

  self->context = steward_findings_context_new ();
  g_signal_connect (self->context, "changed", G_CALLBACK (on_context_changed_cb), self);

  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                        G_CALLBACK (finding_search_text), self, NULL);
  gtk_string_filter_set_expression (self->search_filter, search);
  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);
  self->cells = steward_finding_columns_set_up (&self->columns, self->context);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->columns.raised, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  update_actions (self);
  update_stack (self);
}
