/* steward-register-util.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-register-util"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-register-export.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-page.h"
#include "widgets/steward-progressive.h"

/* Cells */

/* The cells of a column view that show more than one stored property (a
 * date in the user's calendar, a count, a badge) are made by the page's
 * functions; the bound ones are kept, so that all of them are shown again
 * when what they depend on changes: the calendar, another table. */
struct _StewardCells
{
  gpointer    user_data;
  GHashTable *bound;    /* GtkListItem → CellColumn */
  GPtrArray  *columns;  /* CellColumn */
};

typedef struct
{
  StewardCells          *cells;
  GtkListItemFactory    *factory;
  StewardCellSetupFunc   setup;
  StewardCellUpdateFunc  update;
} CellColumn;

static void
cell_column_free (gpointer data)
{
  CellColumn *column = data;

  /* A factory that outlives the cells (something else holds the column)
   * calls nothing that is gone. */
  g_signal_handlers_disconnect_by_data (column->factory, column);
  g_object_unref (column->factory);
  g_free (column);
}

StewardCells *
steward_cells_new (gpointer user_data)
{
  StewardCells *self = g_new0 (StewardCells, 1);

  self->user_data = user_data;
  self->bound = g_hash_table_new (NULL, NULL);
  self->columns = g_ptr_array_new_with_free_func (cell_column_free);

  return self;
}

void
steward_cells_free (StewardCells *self)
{
  g_hash_table_unref (self->bound);
  g_ptr_array_unref (self->columns);
  g_free (self);
}

static void
update_cell (GtkListItem *list_item,
             CellColumn  *column)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (item != NULL && child != NULL)
    column->update (child, item, column->cells->user_data);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             CellColumn               *column)
{
  gtk_list_item_set_child (list_item, column->setup (column->cells->user_data));
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            CellColumn               *column)
{
  g_hash_table_insert (column->cells->bound, list_item, column);
  update_cell (list_item, column);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              CellColumn               *column)
{
  g_hash_table_remove (column->cells->bound, list_item);
}

/**
 * steward_cells_set_column:
 *
 * Gives @column a factory whose cells @setup makes and @update fills.
 * Once @self is freed, the factory makes and fills nothing more.
 */
void
steward_cells_set_column (StewardCells          *self,
                          GtkColumnViewColumn   *column,
                          StewardCellSetupFunc   setup,
                          StewardCellUpdateFunc  update)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  CellColumn *cell_column = g_new0 (CellColumn, 1);

  cell_column->cells = self;
  cell_column->factory = g_object_ref (factory);
  cell_column->setup = setup;
  cell_column->update = update;
  g_ptr_array_add (self->columns, cell_column);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), cell_column);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), cell_column);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), cell_column);
  gtk_column_view_column_set_factory (column, factory);
}

/* Shows every bound cell again. */
void
steward_cells_refresh (StewardCells *self)
{
  GHashTableIter iter;
  gpointer list_item, column;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &list_item, &column))
    update_cell (list_item, column);
}

#define CELL_TOOLTIP_KEY "steward-cell-tooltip"

static gboolean
on_cell_query_tooltip_cb (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), CELL_TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/**
 * steward_cell_set_tooltip:
 * @text: (nullable): the tooltip, or %NULL for none
 *
 * Gives a cell of a column view its tooltip, read when it is shown. Cells
 * are bound again for every row that scrolls into view or that a search
 * brings: gtk_widget_set_tooltip_text() asks the display where the pointer
 * is each time (a round trip to the X server), which made each keystroke
 * of a search cost more than a frame.
 */
void
steward_cell_set_tooltip (GtkWidget  *widget,
                          const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  if (g_object_get_data (G_OBJECT (widget), CELL_TOOLTIP_KEY "-connected") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), NULL);
      g_object_set_data (G_OBJECT (widget), CELL_TOOLTIP_KEY "-connected", GINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (G_OBJECT (widget), CELL_TOOLTIP_KEY, g_strdup (text), g_free);
  if (gtk_widget_get_has_tooltip (widget) != (text != NULL))
    gtk_widget_set_has_tooltip (widget, text != NULL);
}

/* Rows */

/* The rows of a register's column view: GTK 4.8's list views make 205
 * rows' widgets (see steward-progressive.c), at least 32 pixels each; six
 * are made, measured and drawn in under 10 ms. */
#define ROWS_MADE_BY_GTK 205
#define ROW_HEIGHT 32
#define ROWS_PER_FRAME 6

/**
 * steward_register_update_stack:
 * @records: (nullable): every record of the register, %NULL without a database
 * @shown: the records the search and the filters let through
 *
 * Shows the stack's "empty" page when the register has no record,
 * "no-match" when the search and the filters hide all of them, and
 * "list" otherwise.
 */
void
steward_register_update_stack (GtkStack   *stack,
                               GListModel *records,
                               GListModel *shown)
{
  const char *page = "list";

  g_return_if_fail (GTK_IS_STACK (stack));

  if (records == NULL || g_list_model_get_n_items (records) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (shown) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (stack, page);
}

/**
 * steward_register_set_up_view:
 * @selection: @column_view's model, over @sort_model
 * @sort_model: the register's rows, sorted
 *
 * Sorts @sort_model by the column the user clicks, and has @column_view
 * show the rows that fill the screen at once and the others in the frames
 * after (steward_progressive_model_new()). The selection's positions stay
 * those of @sort_model.
 */
void
steward_register_set_up_view (GtkColumnView      *column_view,
                              GtkSingleSelection *selection,
                              GtkSortListModel   *sort_model)
{
  g_autoptr(GListModel) rows = NULL;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));
  g_return_if_fail (GTK_IS_SINGLE_SELECTION (selection));
  g_return_if_fail (GTK_IS_SORT_LIST_MODEL (sort_model));

  gtk_sort_list_model_set_sorter (sort_model, gtk_column_view_get_sorter (column_view));
  rows = steward_progressive_model_new (GTK_WIDGET (column_view), G_LIST_MODEL (sort_model),
                                        ROW_HEIGHT, ROWS_PER_FRAME, ROWS_MADE_BY_GTK);
  gtk_single_selection_set_model (selection, rows);
}

/**
 * steward_register_get_rows:
 * @selection: @column_view's model
 *
 * Returns: (transfer none): @selection, with every row of the register:
 *   those still to come in the frames after the first are added at once
 */
GListModel *
steward_register_get_rows (GtkColumnView      *column_view,
                           GtkSingleSelection *selection)
{
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (column_view), NULL);
  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), NULL);

  steward_progressive_finish (GTK_WIDGET (column_view));

  return G_LIST_MODEL (selection);
}

/**
 * steward_register_select_record:
 *
 * Selects the row of the record with @id and scrolls to it.
 *
 * Returns: whether the record is among the rows shown
 */
gboolean
steward_register_select_record (GtkColumnView      *column_view,
                                GtkSingleSelection *selection,
                                gint64              id)
{
  GListModel *rows = steward_register_get_rows (column_view, selection);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(StewardRecord) record = g_list_model_get_item (rows, i);

      if (steward_record_get_id (record) != id)
        continue;

      gtk_single_selection_set_selected (selection, i);
      /* GTK 4.8 has no gtk_column_view_scroll_to(): its list view does. */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (column_view));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_VIEW (child))
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);

      return TRUE;
    }

  return FALSE;
}

/**
 * steward_register_stop_search_cb:
 *
 * The search entries' ::stop-search (Escape) empties them; bound as a
 * template callback by the register pages.
 */
void
steward_register_stop_search_cb (GtkSearchEntry *entry,
                                 gpointer        user_data)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/**
 * steward_register_show_record:
 * @clear_filters: clears the search and the filters of the page
 *
 * Brings the record with @id into view, for a page's show_record: its
 * row is selected and scrolled to; only when the search or the filters
 * hide it are they cleared first. Nothing opens.
 *
 * Returns: whether the record is now among the rows shown
 */
gboolean
steward_register_show_record (GtkColumnView            *column_view,
                              GtkSingleSelection       *selection,
                              gint64                    id,
                              StewardRegisterClearFunc  clear_filters,
                              gpointer                  user_data)
{
  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (column_view), FALSE);
  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), FALSE);
  g_return_val_if_fail (clear_filters != NULL, FALSE);

  if (steward_register_select_record (column_view, selection, id))
    return TRUE;

  clear_filters (user_data);

  return steward_register_select_record (column_view, selection, id);
}

/* Deleting */

typedef struct
{
  StewardDatabase *db;
  GPtrArray       *records;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_clear_object (&undo->db);
  g_clear_pointer (&undo->records, g_ptr_array_unref);
  g_free (undo);
}

static gboolean
delete_all (StewardDatabase  *db,
            gpointer          user_data,
            GError          **error)
{
  GPtrArray *records = user_data;

  for (guint i = records->len; i > 0; i--)
    if (!steward_record_delete (g_ptr_array_index (records, i - 1), db, error))
      return FALSE;

  return TRUE;
}

static gboolean
restore_all (StewardDatabase  *db,
             gpointer          user_data,
             GError          **error)
{
  GPtrArray *records = user_data;

  for (guint i = 0; i < records->len; i++)
    if (!steward_record_restore (g_ptr_array_index (records, i), db, error))
      return FALSE;

  return TRUE;
}

static void
on_undo_cb (AdwToast *toast,
            UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (!steward_database_transaction (undo->db, restore_all, undo->records, &error))
    g_warning ("Could not restore what was deleted: %s", error->message);
}

/**
 * steward_register_delete_with_undo:
 * @records: (element-type StewardRecord): what to delete, those that the
 *   others refer to first
 * @title: what the toast says
 *
 * Deletes @records in one transaction (the last first) and shows a toast
 * whose Undo puts them all back, with their ids.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when nothing
 *   was deleted (a toast then says why)
 */
AdwToast *
steward_register_delete_with_undo (GtkWidget       *widget,
                                   StewardDatabase *db,
                                   GPtrArray       *records,
                                   const char      *title)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  UndoData *undo;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  /* What the toast restores stays as it was, whatever the lists do with
   * their items. */
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (copies, steward_record_copy (g_ptr_array_index (records, i)));

  if (!steward_database_transaction (db, delete_all, copies, &error))
    {
      steward_show_message (widget, error->message);
      return NULL;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  undo = g_new0 (UndoData, 1);
  undo->db = g_object_ref (db);
  undo->records = g_steal_pointer (&copies);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_cb),
                         undo, (GClosureNotify) (void (*) (void)) undo_data_free, 0);

  return steward_show_toast (widget, toast);
}

/* Exporting */

#define CHOOSER_KEY "steward-export-chooser"

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       GtkWidget       *widget)
{
  StewardRegisterWriteFunc write = g_object_get_data (G_OBJECT (chooser), "steward-write");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        steward_show_message (widget, _("Choose a file on this computer."));
      else if (!write (widget, path, &error))
        steward_show_message (widget, error->message);
      else
        steward_show_message (widget, _("Exported."));
    }

  g_object_set_data (G_OBJECT (widget), CHOOSER_KEY, NULL);
}

/**
 * steward_register_ask_export:
 * @file_name: the name the chooser proposes, with the format's extension
 * @write: writes the file once the user has chosen where
 *
 * Asks where to save, writes, and says in a toast that it was exported,
 * or why not.
 */
void
steward_register_ask_export (GtkWidget                *widget,
                             const char               *title,
                             const char               *file_name,
                             StewardRegisterWriteFunc  write)
{
  GtkFileChooserNative *chooser;

  /* One chooser at a time. */
  if (g_object_get_data (G_OBJECT (widget), CHOOSER_KEY) != NULL)
    return;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_object_set_data (G_OBJECT (chooser), "steward-write", write);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), widget, 0);
  /* The widget keeps the chooser until it answers, or until it goes. */
  g_object_set_data_full (G_OBJECT (widget), CHOOSER_KEY, chooser, g_object_unref);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Forms */

/**
 * steward_register_dup_text:
 * @field: an entry or a text view
 *
 * Returns: (transfer full) (nullable): what @field holds without the
 *   spaces around it; %NULL when nothing is left
 */
char *
steward_register_dup_text (GtkWidget *field)
{
  char *text;

  if (GTK_IS_TEXT_VIEW (field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  else
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));

  g_strstrip (text);
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/**
 * steward_register_set_text:
 * @field: an entry or a text view
 * @text: (nullable): the text, or %NULL for none
 */
void
steward_register_set_text (GtkWidget  *field,
                           const char *text)
{
  if (GTK_IS_TEXT_VIEW (field))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field), text ? text : "");
}

/**
 * steward_register_check_date:
 * @problems: (element-type StewardProblem): from steward_record_validate()
 *
 * A date field that holds something else than a date is a problem the
 * record cannot see: it only gets no date. Said instead of what the
 * record says of its field.
 */
void
steward_register_check_date (StewardDateRow *row,
                             const char     *property,
                             GPtrArray      *problems)
{
  if (steward_date_row_is_valid (row))
    return;

  for (guint i = problems->len; i > 0; i--)
    if (g_strcmp0 (((StewardProblem *) g_ptr_array_index (problems, i - 1))->property, property) == 0)
      g_ptr_array_remove_index (problems, i - 1);

  steward_record_add_problem (problems, property, _("This is not a date: write it as 2026-11-24 or 115-11-24."));
}

/* How the user wants dates shown (the "calendar" setting). */
StewardCalendar
steward_register_get_calendar (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_enum (settings, "calendar");
}

/**
 * steward_register_export_page:
 * @page: a #StewardPage of a register
 * @register_name: the register, as steward_register_export() names it
 *
 * Writes the register of @page's database to @path, as it is stored (not
 * as searched or filtered), with dates in the calendar of the preferences.
 *
 * Returns: whether the file was written
 */
gboolean
steward_register_export_page (GtkWidget   *page,
                              const char  *register_name,
                              const char  *path,
                              GError     **error)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (page));

  g_return_val_if_fail (path != NULL, FALSE);

  if (db == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }

  return steward_register_export (db, register_name, path, steward_register_get_calendar (), error);
}

void
steward_column_set_sort_func (GtkColumnViewColumn *column,
                              GCompareDataFunc     sort_func,
                              gpointer             user_data)
{
  gtk_custom_sorter_set_sort_func (GTK_CUSTOM_SORTER (gtk_column_view_column_get_sorter (column)),
                                   sort_func, user_data, NULL);
}
