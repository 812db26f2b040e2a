/* steward-handovers-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-handovers-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "steward-handover-columns.h"
#include "steward-handovers-page.h"
#include "widgets/steward-register-util.h"

/* Equipment hand-over: the hand-overs of information-processing
 * equipment, new or moved (procedure 3.10), each authorised by the
 * responsible supervisor and accepted by the receiver, who takes
 * responsibility for it. One without either is open and says so. GTK's
 * own chain over the store's list: record list → filter (search as you
 * type over the parties and the items, reason, open) → sort (by the
 * column the user clicks) → selection → column view. */
struct _StewardHandoversPage
{
  StewardPage             parent_instance;

  StewardHandoverIndex   *index;
  GSettings              *settings;
  StewardCells           *cells;

  GtkSearchEntry         *search_entry;
  GtkDropDown            *reason_dropdown;
  GtkToggleButton        *open_button;
  GtkWidget              *export_button;
  GtkWidget              *summary_bar;
  GtkLabel               *summary_label;
  GtkStack               *stack;
  GtkColumnView          *column_view;
  GtkSingleSelection     *selection;
  GtkSortListModel       *sort_model;
  GtkFilterListModel     *filter_model;
  GtkStringFilter        *search_filter;
  GtkCustomFilter        *choice_filter;
  StewardHandoverColumns  columns;
};

G_DEFINE_FINAL_TYPE (StewardHandoversPage, steward_handovers_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardHandoversPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static StewardCalendar
get_calendar (StewardHandoversPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static GListModel *
get_handovers (StewardHandoversPage *self)
{
  return self->index != NULL ? steward_handover_index_get_handovers (self->index) : NULL;
}

/* The search, as typed: over the parties, the signatures, the notes, and
 * the items' names, asset numbers and serial numbers. */
static char *
handover_search_text (StewardHandover      *handover,
                      StewardHandoversPage *self)
{
  g_autofree char *items = NULL;

  if (self->index == NULL)
    return NULL;

  items = steward_handover_index_dup_item_text (self->index, steward_record_get_id (STEWARD_RECORD (handover)));

  return g_strjoin ("\n",
                    steward_handover_get_from_party (handover) ?: "",
                    steward_handover_get_to_party (handover) ?: "",
                    steward_handover_get_authorised_by (handover) ?: "",
                    steward_handover_get_accepted_by (handover) ?: "",
                    steward_handover_get_notes (handover) ?: "",
                    items,
                    NULL);
}

/* The filters above the list: "All Reasons", then the reasons in the
 * order of the enum; and open only. */
static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardHandoversPage *self = user_data;
  StewardHandover *handover = item;
  guint reason = gtk_drop_down_get_selected (self->reason_dropdown);

  if (reason != GTK_INVALID_LIST_POSITION && reason > 0 &&
      steward_handover_get_reason (handover) != (StewardHandoverReason) (reason - 1))
    return FALSE;

  if (gtk_toggle_button_get_active (self->open_button))
    return steward_handover_is_open (handover);

  return TRUE;
}

/* What the page shows around the list */

/**
 * steward_handovers_page_get_n_open:
 *
 * Returns: how many hand-overs are not yet authorised or accepted
 */
guint
steward_handovers_page_get_n_open (StewardHandoversPage *self)
{
  GListModel *handovers;
  guint n_open = 0;

  g_return_val_if_fail (STEWARD_IS_HANDOVERS_PAGE (self), 0);

  handovers = get_handovers (self);
  if (handovers == NULL)
    return 0;

  for (guint i = 0; i < g_list_model_get_n_items (handovers); i++)
    {
      g_autoptr(StewardHandover) handover = g_list_model_get_item (handovers, i);

      n_open += steward_handover_is_open (handover);
    }

  return n_open;
}

static void
update_summary (StewardHandoversPage *self)
{
  guint n_open = steward_handovers_page_get_n_open (self);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->summary_bar, n_open > 0);
  if (n_open == 0)
    return;

  /* TRANSLATORS: the line above the list of equipment hand-overs */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u hand-over not yet authorised by the supervisor or accepted by the receiver",
                                       "%u hand-overs not yet authorised by the supervisor or accepted by the receiver",
                                       n_open),
                          n_open);
  gtk_label_set_label (self->summary_label, text);
}

static void
update_stack (StewardHandoversPage *self)
{
  steward_register_update_stack (self->stack, get_handovers (self),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardHandoversPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handovers.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handovers.delete-selected", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handovers.export", get_database (self) != NULL);
  /* A menu of disabled items only would say nothing. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

/* Anything the rows show changed: a hand-over or its items. The filters,
 * the order and the computed cells are looked at again. */
static void
on_index_changed_cb (gpointer user_data)
{
  StewardHandoversPage *self = user_data;

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
  update_actions (self);
}

static void
on_items_changed_cb (GListModel           *model,
                     guint                 position,
                     guint                 removed,
                     guint                 added,
                     StewardHandoversPage *self)
{
  update_stack (self);
}

static void
on_filter_changed_cb (GObject              *object,
                      GParamSpec           *pspec,
                      StewardHandoversPage *self)
{
  /* Before the template is set up, there is nothing to filter. */
  if (self->choice_filter == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_open_toggled_cb (GtkToggleButton      *button,
                    StewardHandoversPage *self)
{
  on_filter_changed_cb (G_OBJECT (button), NULL, self);
}

static void
on_selection_changed_cb (GtkSingleSelection   *selection,
                         GParamSpec           *pspec,
                         StewardHandoversPage *self)
{
  update_actions (self);
}

static void
on_calendar_changed_cb (GSettings            *settings,
                        const char           *key,
                        StewardHandoversPage *self)
{
  self->columns.calendar = get_calendar (self);
  steward_cells_refresh (self->cells);
}

/* Deleting, with undo */

/**
 * steward_handovers_page_delete_handover:
 *
 * Deletes @handover with its items, and shows a toast that can undo it.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the
 *   hand-over could not be deleted (a toast then says why)
 */
AdwToast *
steward_handovers_page_delete_handover (StewardHandoversPage *self,
                                        StewardHandover      *handover)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (STEWARD_IS_HANDOVERS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_HANDOVER (handover), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)) || self->index == NULL)
    return NULL;

  /* The hand-over first: its items refer to it. */
  records = steward_handover_index_dup_records (self->index, handover);
  date = steward_date_format (steward_handover_get_handed_on (handover), get_calendar (self));
  /* TRANSLATORS: a toast after deleting a hand-over of equipment; the
   * first %s is who received it, the second the date */
  title = g_strdup_printf (_("Hand-over to %s on %s deleted"), steward_handover_get_to_party (handover), date);

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, title);
}

/* The editor */

static void
on_delete_requested_cb (StewardHandoverEditor *editor,
                        StewardHandover       *handover,
                        StewardHandoversPage  *self)
{
  steward_handovers_page_delete_handover (self, handover);
}

/**
 * steward_handovers_page_open_editor:
 * @handover: (nullable): the hand-over to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the form, shown; %NULL when the
 *   database cannot be written
 */
StewardHandoverEditor *
steward_handovers_page_open_editor (StewardHandoversPage *self,
                                    StewardHandover      *handover)
{
  StewardHandoverEditor *editor;

  g_return_val_if_fail (STEWARD_IS_HANDOVERS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_handover_editor_new (get_database (self), handover);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView        *column_view,
                guint                 position,
                StewardHandoversPage *self)
{
  g_autoptr(StewardHandover) handover = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (handover != NULL)
    steward_handovers_page_open_editor (self, handover);
}

/* Exporting */

/**
 * steward_handovers_page_export:
 * @path: where to write: a .xlsx or .csv file
 *
 * Writes the list of equipment hand-overs as it is stored (not as searched or filtered),
 * with dates in the user's calendar.
 *
 * Returns: whether the file was written
 */
gboolean
steward_handovers_page_export (StewardHandoversPage *self,
                               const char           *path,
                               GError              **error)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVERS_PAGE (self), FALSE);

  return steward_register_export_page (GTK_WIDGET (self), "handovers", path, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_handovers_page_export (STEWARD_HANDOVERS_PAGE (widget), path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = NULL;

  /* TRANSLATORS: the file name of the exported list of equipment
   * hand-overs; the first %s is a date, the second the extension */
  name = g_strdup_printf (_("Equipment hand-overs %s.%s"), date, g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the Equipment Hand-overs"), name, write_export);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_handovers_page_open_editor (STEWARD_HANDOVERS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardHandoversPage *self = STEWARD_HANDOVERS_PAGE (widget);
  StewardHandover *handover = gtk_single_selection_get_selected_item (self->selection);

  if (handover != NULL)
    steward_handovers_page_delete_handover (self, handover);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_HANDOVERS_PAGE (widget)->search_entry));
}

/* The database */

static void
drop_database (StewardHandoversPage *self)
{
  self->columns.index = NULL;
  g_clear_pointer (&self->index, steward_handover_index_free);
}

static void
steward_handovers_page_database_changed (StewardPage     *page,
                                         StewardDatabase *db)
{
  StewardHandoversPage *self = STEWARD_HANDOVERS_PAGE (page);

  gtk_filter_list_model_set_model (self->filter_model, NULL);
  drop_database (self);

  if (db != NULL)
    {
      self->index = steward_handover_index_new (db);
      steward_handover_index_set_changed_func (self->index, on_index_changed_cb, self);
      self->columns.index = self->index;
    }

  gtk_filter_list_model_set_model (self->filter_model, get_handovers (self));
  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardHandoversPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->reason_dropdown, 0);
  gtk_toggle_button_set_active (self->open_button, FALSE);
}

/* Brings a hand-over into view: the filters that hide it are cleared, the
 * row is selected and scrolled to; nothing opens. */
static void
steward_handovers_page_show_record (StewardPage *page,
                                    gint64       id)
{
  StewardHandoversPage *self = STEWARD_HANDOVERS_PAGE (page);

  if (self->index == NULL || !steward_handover_index_has_handover (self->index, id))
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_handovers_page_get_visible_model:
 *
 * Returns: (transfer none): the hand-overs as shown: searched, filtered
 *   and sorted
 */
GListModel *
steward_handovers_page_get_visible_model (StewardHandoversPage *self)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVERS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_handovers_page_set_search (StewardHandoversPage *self,
                                   const char           *text)
{
  g_return_if_fail (STEWARD_IS_HANDOVERS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

void
steward_handovers_page_set_open_only (StewardHandoversPage *self,
                                      gboolean              open_only)
{
  g_return_if_fail (STEWARD_IS_HANDOVERS_PAGE (self));

  gtk_toggle_button_set_active (self->open_button, open_only);
}

/**
 * steward_handovers_page_set_reason_filter:
 * @reason: a #StewardHandoverReason, or -1 for all
 */
void
steward_handovers_page_set_reason_filter (StewardHandoversPage *self,
                                          int                   reason)
{
  g_return_if_fail (STEWARD_IS_HANDOVERS_PAGE (self));

  gtk_drop_down_set_selected (self->reason_dropdown, reason < 0 ? 0 : (guint) reason + 1);
}

GtkWidget *
steward_handovers_page_new (void)
{
  return g_object_new (STEWARD_TYPE_HANDOVERS_PAGE, NULL);
}

static void
steward_handovers_page_dispose (GObject *object)
{
  StewardHandoversPage *self = (StewardHandoversPage *)object;

  if (self->filter_model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
      gtk_filter_list_model_set_model (self->filter_model, NULL);
    }
  drop_database (self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_handovers_page_parent_class)->dispose (object);
}

static void
steward_handovers_page_finalize (GObject *object)
{
  StewardHandoversPage *self = (StewardHandoversPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);

  G_OBJECT_CLASS (steward_handovers_page_parent_class)->finalize (object);
}

static void
steward_handovers_page_class_init (StewardHandoversPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_handovers_page_dispose;
  object_class->finalize = steward_handovers_page_finalize;
  page_class->database_changed = steward_handovers_page_database_changed;
  page_class->show_record = steward_handovers_page_show_record;

  g_type_ensure (STEWARD_TYPE_HANDOVER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-handovers-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardHandoversPage, name)
  CHILD (search_entry);
  CHILD (reason_dropdown);
  CHILD (open_button);
  CHILD (export_button);
  CHILD (summary_bar);
  CHILD (summary_label);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (search_filter);
  CHILD (choice_filter);
#undef CHILD
#define COLUMN(name) gtk_widget_class_bind_template_child_full (widget_class, #name, FALSE, \
                       G_STRUCT_OFFSET (StewardHandoversPage, columns.name))
  COLUMN (date_column);
  COLUMN (reason_column);
  COLUMN (from_column);
  COLUMN (to_column);
  COLUMN (items_column);
  COLUMN (authorised_column);
  COLUMN (accepted_column);
  COLUMN (state_column);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "handovers.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "handovers.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "handovers.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "handovers.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "handovers.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "handovers.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "handovers.delete-selected", NULL);
}

static void
steward_handovers_page_init (StewardHandoversPage *self)
{
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) reason_class = g_type_class_ref (STEWARD_TYPE_HANDOVER_REASON);
  GtkExpression *search;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  gtk_string_list_append (reasons, _("All Reasons"));
  for (guint i = 0; i < reason_class->n_values; i++)
    gtk_string_list_append (reasons, steward_handover_reason_to_string (reason_class->values[i].value));
  gtk_drop_down_set_model (self->reason_dropdown, G_LIST_MODEL (reasons));

  /* The items are not properties of the hand-over: the search reads them
   * from the page. */
  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                        G_CALLBACK (handover_search_text), self, NULL);
  gtk_string_filter_set_expression (self->search_filter, search);
  gtk_expression_unref (search);
  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);

  self->cells = steward_cells_new (&self->columns);
  self->columns.calendar = get_calendar (self);
  steward_handover_columns_init (&self->columns, self->cells);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->columns.date_column, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  update_actions (self);
  update_stack (self);
}
