/* steward-parties-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-parties-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-record-list.h"
#include "steward-parties-page.h"
#include "steward-party-editor.h"
#include "steward-party-stats.h"
#include "widgets/steward-register-util.h"

#include "export/steward-context-export.h"
#include "views/context/steward-import-dialog.h"

/* Context > Interested Parties (procedure 5.1.2): who the ISMS answers
 * to, how many of their requirements are in force, and when each last
 * gave feedback; feedback not answered yet is counted above the list and
 * marked in it. The list is GTK's own chain over the store's list: record
 * list → filter (search as you type, internal or external, kind) → sort
 * (by the column the user clicks) → selection → column view. What comes
 * from the other tables (requirements, feedback) is summed up per party
 * by StewardPartyStats. */
struct _StewardPartiesPage
{
  StewardPage          parent_instance;

  StewardRecordList   *parties;
  StewardPartyStats   *stats;
  GSettings           *settings;
  StewardCells        *cells;

  GtkSearchEntry      *search_entry;
  GtkDropDown         *scope_dropdown;
  GtkDropDown         *kind_dropdown;
  GtkWidget           *add_button;
  GtkWidget           *export_button;
  GtkWidget           *import_button;
  GtkWidget           *summary_bar;
  GtkLabel            *summary_label;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkStringFilter     *search_filter;
  GtkCustomFilter     *choice_filter;
  GtkCustomSorter     *requirements_sorter;
  GtkCustomSorter     *feedback_sorter;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *scope_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *requirements_column;
  GtkColumnViewColumn *feedback_column;
};

G_DEFINE_FINAL_TYPE (StewardPartiesPage, steward_parties_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardPartiesPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static gint64
id_of (gconstpointer record)
{
  return steward_record_get_id (STEWARD_RECORD ((gpointer) record));
}

/* Search, filters and sorting */

static char *
party_search_text (StewardParty       *party,
                   StewardPartiesPage *self)
{
  return g_strjoin ("\n",
                    steward_party_get_name (party) ? steward_party_get_name (party) : "",
                    steward_party_get_notes (party) ? steward_party_get_notes (party) : "",
                    self->stats != NULL ? steward_party_stats_get_text (self->stats, id_of (party)) : "",
                    NULL);
}

static char *
party_scope_name (GObject *item,
                  int      scope)
{
  return g_strdup (steward_scope_to_string (scope));
}

static char *
party_kind_name (GObject *item,
                 int      kind)
{
  return g_strdup (steward_party_kind_to_string (kind));
}

/* The dropdowns: "All", then the values in the order of their enum. */
static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardPartiesPage *self = user_data;
  guint scope = gtk_drop_down_get_selected (self->scope_dropdown);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  if (scope != GTK_INVALID_LIST_POSITION && scope > 0 &&
      steward_party_get_scope (item) != (StewardScope) (scope - 1))
    return FALSE;

  return kind == GTK_INVALID_LIST_POSITION || kind == 0 ||
         steward_party_get_kind (item) == (StewardPartyKind) (kind - 1);
}

static int
requirements_sorter_cb (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  StewardPartiesPage *self = user_data;
  guint n_a, n_b;

  if (self->stats == NULL)
    return 0;

  n_a = steward_party_stats_get_n_in_force (self->stats, id_of (a));
  n_b = steward_party_stats_get_n_in_force (self->stats, id_of (b));

  return (n_a > n_b) - (n_a < n_b);
}

/* No feedback first, then the oldest. */
static int
feedback_sorter_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  StewardPartiesPage *self = user_data;
  const GDate *date_a, *date_b;

  if (self->stats == NULL)
    return 0;

  date_a = steward_party_stats_get_latest_feedback (self->stats, id_of (a));
  date_b = steward_party_stats_get_latest_feedback (self->stats, id_of (b));
  if (date_a == NULL || date_b == NULL)
    return (date_a != NULL) - (date_b != NULL);

  return g_date_compare (date_a, date_b);
}

/* Cells */

static GtkWidget *
make_label (gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static void
update_scope_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_scope_to_string (steward_party_get_scope (item)));
}

static void
update_kind_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_party_kind_to_string (steward_party_get_kind (item)));
}

static GtkWidget *
setup_count_cell (gpointer user_data)
{
  GtkWidget *label = make_label (user_data);

  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
update_count_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  StewardPartiesPage *self = user_data;
  guint n = self->stats != NULL ? steward_party_stats_get_n_in_force (self->stats, id_of (item)) : 0;
  g_autofree char *text = g_strdup_printf ("%u", n);

  gtk_label_set_label (GTK_LABEL (child), text);
}

/* The date of the latest feedback, in the user's calendar, and a badge
 * while some of it waits for a response. */
static GtkWidget *
setup_feedback_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = make_label (user_data);
  /* TRANSLATORS: a badge beside the date of the latest feedback of an
   * interested party: some of its feedback has no response yet */
  GtkWidget *badge = gtk_label_new (_("Unanswered"));

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (badge, "warning");
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_feedback_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  StewardPartiesPage *self = user_data;
  const GDate *latest = NULL;
  guint n_unanswered = 0;
  GtkWidget *label = gtk_widget_get_first_child (child);
  GtkWidget *badge = gtk_widget_get_next_sibling (label);
  g_autofree char *text = NULL;

  if (self->stats != NULL)
    {
      latest = steward_party_stats_get_latest_feedback (self->stats, id_of (item));
      n_unanswered = steward_party_stats_get_n_unanswered (self->stats, id_of (item));
    }

  if (latest != NULL)
    text = steward_date_format (latest, g_settings_get_enum (self->settings, "calendar"));
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "—");
  gtk_widget_set_visible (badge, n_unanswered > 0);
  if (n_unanswered > 0)
    {
      g_autofree char *tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u feedback entry has no response yet",
                                                               "%u feedback entries have no response yet",
                                                               n_unanswered),
                                                  n_unanswered);

      steward_cell_set_tooltip (badge, tooltip);
    }
}

/* What the page shows around the list */

/**
 * steward_parties_page_get_n_unanswered:
 *
 * Returns: how many pieces of feedback of all the parties have no
 *   response yet
 */
guint
steward_parties_page_get_n_unanswered (StewardPartiesPage *self)
{
  g_return_val_if_fail (STEWARD_IS_PARTIES_PAGE (self), 0);

  return self->stats != NULL ? steward_party_stats_get_total_unanswered (self->stats) : 0;
}

static void
update_summary (StewardPartiesPage *self)
{
  guint n = steward_parties_page_get_n_unanswered (self);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->summary_bar, n > 0);
  if (n == 0)
    return;

  /* TRANSLATORS: the line above the list of interested parties */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u feedback entry from the interested parties awaits a response",
                                       "%u feedback entries from the interested parties await a response",
                                       n),
                          n);
  gtk_label_set_label (self->summary_label, text);
}

static void
update_stack (StewardPartiesPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->parties),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardPartiesPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.delete-selected", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parties.export", get_database (self) != NULL);
  /* A menu of disabled items only would say nothing. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

static void
on_items_changed_cb (GListModel         *model,
                     guint               position,
                     guint               removed,
                     guint               added,
                     StewardPartiesPage *self)
{
  update_stack (self);
}

/* A party edited in place is the same object with new values, and the
 * sums of its requirements and feedback come from other tables: the
 * filters, the order and the computed cells are looked at again. */
static void
on_changed_cb (StewardPartiesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_filter_changed_cb (GObject            *object,
                      GParamSpec         *pspec,
                      StewardPartiesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         StewardPartiesPage *self)
{
  update_actions (self);
}

static void
on_calendar_changed_cb (GSettings          *settings,
                        const char         *key,
                        StewardPartiesPage *self)
{
  steward_cells_refresh (self->cells);
}

/* Deleting, with undo */

/**
 * steward_parties_page_delete_party:
 *
 * Deletes @party with its requirements and feedback, and shows a toast
 * that can undo it all.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the party
 *   could not be deleted (a toast then says why)
 */
AdwToast *
steward_parties_page_delete_party (StewardPartiesPage *self,
                                   StewardParty       *party)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id;
  g_autofree char *title = NULL;

  g_return_val_if_fail (STEWARD_IS_PARTIES_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_PARTY (party), NULL);

  if (get_database (self) == NULL)
    return NULL;

  /* The party first: what refers to it is deleted before it and put back
   * after it. */
  id = steward_record_get_id (STEWARD_RECORD (party));
  g_ptr_array_add (records, g_object_ref (party));
  if (self->stats != NULL)
    steward_party_stats_add_records (self->stats, id, records);

  /* TRANSLATORS: a toast after deleting an interested party, with its
   * requirements and feedback; %s is its name */
  title = g_strdup_printf (_("“%s” deleted"), steward_party_get_name (party));

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, title);
}

/* The editor */

static void
on_delete_requested_cb (StewardPartyEditor *editor,
                        StewardParty       *party,
                        StewardPartiesPage *self)
{
  steward_parties_page_delete_party (self, party);
}

static void
open_editor (StewardPartiesPage *self,
             StewardParty       *party)
{
  StewardPartyEditor *editor;

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return;

  editor = steward_party_editor_new (get_database (self), party);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_activate_cb (GtkColumnView      *column_view,
                guint               position,
                StewardPartiesPage *self)
{
  g_autoptr(StewardParty) party = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (party != NULL)
    open_editor (self, party);
}

/* Exporting and importing */

/**
 * steward_parties_page_export:
 * @path: where to write: a .pdf, .xlsx or .csv file
 *
 * Writes the interested parties and issues register (利害關係者與議題一覽表)
 * as it is stored (not as searched or filtered), for today, with dates in
 * the user's calendar.
 *
 * Returns: whether the file was written
 */
gboolean
steward_parties_page_export (StewardPartiesPage  *self,
                             const char          *path,
                             GError             **error)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardContextExportOptions options = { 0 };

  g_return_val_if_fail (STEWARD_IS_PARTIES_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (get_database (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }

  options.as_of = today;
  options.calendar = g_settings_get_enum (self->settings, "calendar");

  return steward_context_register_export (get_database (self), path, &options, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_parties_page_export (STEWARD_PARTIES_PAGE (widget), path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = NULL;

  /* TRANSLATORS: the file name of the exported 利害關係者與議題一覽表; the
   * first %s is a date, the second the extension */
  name = g_strdup_printf (_("Interested parties and issues %s.%s"), date, g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the Interested Parties and Issues Register"), name, write_export);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardPartiesPage *self = STEWARD_PARTIES_PAGE (widget);

  if (steward_page_can_write (STEWARD_PAGE (self)))
    gtk_window_present (steward_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                   get_database (self), STEWARD_TYPE_PARTY));
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_editor (STEWARD_PARTIES_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardPartiesPage *self = STEWARD_PARTIES_PAGE (widget);
  StewardParty *party = gtk_single_selection_get_selected_item (self->selection);

  if (party != NULL && steward_page_can_write (STEWARD_PAGE (self)))
    steward_parties_page_delete_party (self, party);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_PARTIES_PAGE (widget)->search_entry));
}

/* The database */

static void
drop_database (StewardPartiesPage *self)
{
  if (self->parties != NULL)
    g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->parties),
                                          on_changed_cb, self);
  if (self->stats != NULL)
    g_signal_handlers_disconnect_by_func (self->stats, on_changed_cb, self);
  g_clear_object (&self->parties);
  g_clear_object (&self->stats);
}

static void
steward_parties_page_database_changed (StewardPage     *page,
                                       StewardDatabase *db)
{
  StewardPartiesPage *self = STEWARD_PARTIES_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_query_order_by (query, "name", FALSE);
      self->parties = steward_record_list_new (db, STEWARD_TYPE_PARTY, query);
      self->stats = steward_party_stats_new (db);
      /* After the list's own handler, which reads the rows again. */
      g_signal_connect_object (db, "changed::party", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->stats, "changed", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->parties));
  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardPartiesPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->scope_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
}

/* Brings a party into view: the filters that hide it are cleared, the row
 * is selected and scrolled to; nothing opens. */
static void
steward_parties_page_show_record (StewardPage *page,
                                  gint64       id)
{
  StewardPartiesPage *self = STEWARD_PARTIES_PAGE (page);

  if (self->parties == NULL || steward_record_list_find (self->parties, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_parties_page_get_visible_model:
 *
 * Returns: (transfer none): the parties as shown: searched, filtered and
 *   sorted
 */
GListModel *
steward_parties_page_get_visible_model (StewardPartiesPage *self)
{
  g_return_val_if_fail (STEWARD_IS_PARTIES_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_parties_page_set_search (StewardPartiesPage *self,
                                 const char         *text)
{
  g_return_if_fail (STEWARD_IS_PARTIES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/**
 * steward_parties_page_set_scope_filter:
 * @scope: a #StewardScope, or -1 for both
 */
void
steward_parties_page_set_scope_filter (StewardPartiesPage *self,
                                       int                 scope)
{
  g_return_if_fail (STEWARD_IS_PARTIES_PAGE (self));

  gtk_drop_down_set_selected (self->scope_dropdown, scope < 0 ? 0 : (guint) scope + 1);
}

/**
 * steward_parties_page_set_kind_filter:
 * @kind: a #StewardPartyKind, or -1 for all
 */
void
steward_parties_page_set_kind_filter (StewardPartiesPage *self,
                                      int                 kind)
{
  g_return_if_fail (STEWARD_IS_PARTIES_PAGE (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind < 0 ? 0 : (guint) kind + 1);
}

static void
steward_parties_page_dispose (GObject *object)
{
  StewardPartiesPage *self = (StewardPartiesPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_parties_page_parent_class)->dispose (object);
}

static void
steward_parties_page_finalize (GObject *object)
{
  StewardPartiesPage *self = (StewardPartiesPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);

  G_OBJECT_CLASS (steward_parties_page_parent_class)->finalize (object);
}

static void
steward_parties_page_class_init (StewardPartiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_parties_page_dispose;
  object_class->finalize = steward_parties_page_finalize;
  page_class->database_changed = steward_parties_page_database_changed;
  page_class->show_record = steward_parties_page_show_record;

  g_type_ensure (STEWARD_TYPE_PARTY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-parties-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardPartiesPage, name)
  CHILD (search_entry);
  CHILD (scope_dropdown);
  CHILD (kind_dropdown);
  CHILD (add_button);
  CHILD (export_button);
  CHILD (import_button);
  CHILD (summary_bar);
  CHILD (summary_label);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (search_filter);
  CHILD (choice_filter);
  CHILD (requirements_sorter);
  CHILD (feedback_sorter);
  CHILD (name_column);
  CHILD (scope_column);
  CHILD (kind_column);
  CHILD (requirements_column);
  CHILD (feedback_column);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, party_scope_name);
  gtk_widget_class_bind_template_callback (widget_class, party_kind_name);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "parties.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "parties.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "parties.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "parties.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "parties.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "parties.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "parties.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "parties.delete-selected", NULL);
}

static const char *
scope_name (int value)
{
  return steward_scope_to_string (value);
}

static const char *
kind_name (int value)
{
  return steward_party_kind_to_string (value);
}

/* "All", then the values in the order of their enum. */
static void
set_dropdown_model (GtkDropDown *dropdown,
                    const char  *all,
                    GType        enum_type,
                    const char *(*to_string) (int value))
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  gtk_string_list_append (names, all);
  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (names, to_string (enum_class->values[i].value));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
}

static void
steward_parties_page_init (StewardPartiesPage *self)
{
  g_autoptr(GtkExpression) search = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  set_dropdown_model (self->scope_dropdown, _("Internal and External"), STEWARD_TYPE_SCOPE, scope_name);
  set_dropdown_model (self->kind_dropdown, _("All Kinds"), STEWARD_TYPE_PARTY_KIND, kind_name);

  /* The search also looks at the text of the party's requirements, which
   * only the page knows. */
  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                        G_CALLBACK (party_search_text), self, NULL);
  gtk_string_filter_set_expression (self->search_filter, search);
  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);
  gtk_custom_sorter_set_sort_func (self->requirements_sorter, requirements_sorter_cb, self, NULL);
  gtk_custom_sorter_set_sort_func (self->feedback_sorter, feedback_sorter_cb, self, NULL);

  self->cells = steward_cells_new (self);
  steward_cells_set_column (self->cells, self->scope_column, make_label, update_scope_cell);
  steward_cells_set_column (self->cells, self->kind_column, make_label, update_kind_cell);
  steward_cells_set_column (self->cells, self->requirements_column, setup_count_cell, update_count_cell);
  steward_cells_set_column (self->cells, self->feedback_column, setup_feedback_cell, update_feedback_cell);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  update_actions (self);
  update_stack (self);
}
