/* steward-block-view.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-block-view"

#include "config.h"

#include <glib/gi18n.h>

#include "steward-block-view.h"
#include "steward-chart-json.h"
#include "steward-chart.h"
#include "steward-form.h"

/* The data blocks of an agenda item (the format is in
 * logic/steward-minutes.h), as the wizard shows them beside the item:
 * text, a plain sentence where a register has nothing to show, tables
 * and charts. The wizard sets the blocks again each time the data
 * changes, so a slot of the same kind is filled again rather than built
 * anew, and long tables are a virtual list, not a widget per cell. */

/* Up to this many rows a table is a grid, whose columns fit every cell;
 * longer ones are a column view that makes rows only as they show. */
#define GRID_MAX_ROWS 15
/* A long table scrolls inside this height, so that the item's text
 * around it stays in view. */
#define LIST_MAX_HEIGHT 360
/* GTK 4.8 makes a row widget for every item of a list of up to 200:
 * a long table gets its rows this many at a time, as it is scrolled. */
#define LIST_PAGE 16
/* Set, a long table makes only its first few rows at once; the frames
 * that follow fill its height, so that setting many tables at once
 * stays quick. */
#define LIST_FIRST_ROWS 4
#define CHART_HEIGHT 240
/* What a wrapped label shows of a text block: pages of prose, but not a
 * word of 65,000 characters typed into a record's field, which Pango
 * takes seconds to wrap (README); a grid's cell shows what a form's row
 * shows. The minutes as written and exported keep all of it. */
#define TEXT_MAX_CHARS 10000

typedef enum
{
  KIND_TEXT,
  KIND_EMPTY,
  KIND_GRID,
  KIND_LIST,
  KIND_CHART,
} BlockKind;

typedef struct
{
  BlockKind   kind;
  /* The slot's own child of the view. */
  GtkWidget  *widget;
  /* Above a table or chart; the sentence of text and empty blocks. */
  GtkWidget  *label;
  /* The grid, column view or chart. */
  GtkWidget  *content;
  /* KIND_LIST: the rows (BlockRow) of the column view, made as the
   * list is scrolled to them, of all the rows of the block. */
  GListStore    *rows;
  JsonArray     *all_rows;
  GtkAdjustment *vadjustment;
  guint          tick_id;
} Slot;

struct _StewardBlockView
{
  GtkWidget  parent_instance;

  GPtrArray *slots;
};

G_DEFINE_FINAL_TYPE (StewardBlockView, steward_block_view, GTK_TYPE_WIDGET)

/* One row of a long table: the cells of the document, kept as they are. */

#define BLOCK_TYPE_ROW (block_row_get_type ())

G_DECLARE_FINAL_TYPE (BlockRow, block_row, BLOCK, ROW, GObject)

struct _BlockRow
{
  GObject    parent_instance;

  JsonArray *cells;
};

G_DEFINE_FINAL_TYPE (BlockRow, block_row, G_TYPE_OBJECT)

static void
block_row_finalize (GObject *object)
{
  BlockRow *self = BLOCK_ROW (object);

  g_clear_pointer (&self->cells, json_array_unref);

  G_OBJECT_CLASS (block_row_parent_class)->finalize (object);
}

static void
block_row_class_init (BlockRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = block_row_finalize;
}

static void
block_row_init (BlockRow *self)
{
}

/* Reading the document */

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

/* A cell is text in the document; a number written as a number is
 * shown too, rather than an empty cell. */
static char *
dup_cell_text (JsonArray *cells,
               guint      i)
{
  JsonNode *node;

  if (cells == NULL || i >= json_array_get_length (cells))
    return g_strdup ("");

  node = json_array_get_element (cells, i);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return g_strdup ("");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", json_node_get_double (node));

    default:
      return g_strdup ("");
    }
}

static gboolean
column_is_numeric (JsonObject *block,
                   guint       column)
{
  JsonArray *numeric = member_array (block, "numeric");
  JsonNode *node;

  if (numeric == NULL || column >= json_array_get_length (numeric))
    return FALSE;

  node = json_array_get_element (numeric, column);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

static gboolean
kind_of_block (JsonObject *block,
               BlockKind  *kind)
{
  const char *type = member_string (block, "type");
  JsonArray *rows;

  if (g_strcmp0 (type, "text") == 0)
    *kind = KIND_TEXT;
  else if (g_strcmp0 (type, "empty") == 0)
    *kind = KIND_EMPTY;
  else if (g_strcmp0 (type, "chart") == 0)
    *kind = KIND_CHART;
  else if (g_strcmp0 (type, "table") == 0)
    {
      rows = member_array (block, "rows");
      *kind = rows != NULL && json_array_get_length (rows) > GRID_MAX_ROWS ? KIND_LIST : KIND_GRID;
    }
  else
    return FALSE;

  return TRUE;
}

/* Labels */

static GtkWidget *
make_wrapped_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);

  return label;
}

static GtkWidget *
make_caption (void)
{
  GtkWidget *label = make_wrapped_label ();

  gtk_widget_add_css_class (label, "heading");

  return label;
}

static void
set_caption (Slot       *slot,
             JsonObject *block)
{
  const char *caption = member_string (block, "caption");

  gtk_label_set_label (GTK_LABEL (slot->label), caption != NULL ? caption : "");
  gtk_widget_set_visible (slot->label, caption != NULL && *caption != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (slot->content),
                                  /* TRANSLATORS: the accessible name of a table without a caption */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, caption != NULL && *caption != '\0' ? caption : _("Table"),
                                  -1);
}

/* Text and empty blocks */

static void
setup_text (Slot *slot)
{
  slot->label = make_wrapped_label ();
  slot->widget = slot->label;
}

static void
setup_empty (Slot *slot)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");

  slot->widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (slot->widget, "dim-label");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  slot->label = make_wrapped_label ();
  gtk_widget_set_hexpand (slot->label, TRUE);
  gtk_box_append (GTK_BOX (slot->widget), icon);
  gtk_box_append (GTK_BOX (slot->widget), slot->label);
}

static void
fill_text (Slot       *slot,
           JsonObject *block)
{
  g_autofree char *shown = steward_form_dup_excerpt (member_string (block, "text") ?: "", TEXT_MAX_CHARS);

  gtk_label_set_label (GTK_LABEL (slot->label), shown);
}

/* Short tables: a grid */

static GtkWidget *
make_box_with_caption (Slot *slot)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  slot->label = make_caption ();
  gtk_box_append (GTK_BOX (box), slot->label);

  return box;
}

static void
setup_grid (Slot *slot)
{
  slot->widget = make_box_with_caption (slot);
  /* Cells wrap, so that a wide table fits the page rather than widening
   * the whole wizard. */
  slot->content = g_object_new (GTK_TYPE_GRID,
                                "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                "column-spacing", 24,
                                "row-spacing", 6,
                                "halign", GTK_ALIGN_START,
                                NULL);
  gtk_box_append (GTK_BOX (slot->widget), slot->content);
}

/* The cell at @column, @row of the grid, reused when there is one. */
static void
set_cell (GtkGrid    *grid,
          guint       column,
          guint       row,
          const char *text,
          gboolean    numeric)
{
  GtkWidget *label = gtk_grid_get_child_at (grid, column, row);
  g_autofree char *shown = steward_form_dup_excerpt (text, STEWARD_FORM_ROW_MAX_CHARS);

  if (label == NULL)
    {
      label = gtk_label_new (NULL);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      if (row == 0)
        {
          gtk_widget_add_css_class (label, "caption-heading");
          gtk_widget_add_css_class (label, "dim-label");
        }
      gtk_grid_attach (grid, label, column, row, 1, 1);
    }

  gtk_label_set_label (GTK_LABEL (label), shown);
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  /* Numbers stay on one line, in figures of one width. */
  gtk_label_set_wrap (GTK_LABEL (label), !numeric);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  else
    gtk_widget_remove_css_class (label, "numeric");
}

static void
fill_grid (Slot       *slot,
           JsonObject *block)
{
  GtkGrid *grid = GTK_GRID (slot->content);
  JsonArray *columns = member_array (block, "columns");
  JsonArray *rows = member_array (block, "rows");
  guint n_columns = columns != NULL ? json_array_get_length (columns) : 0;
  guint n_rows = rows != NULL ? json_array_get_length (rows) : 0;
  GtkWidget *child, *next;

  /* The cells outside the new table go; the others are filled again. */
  for (child = gtk_widget_get_first_child (slot->content); child != NULL; child = next)
    {
      int column, row;

      next = gtk_widget_get_next_sibling (child);
      gtk_grid_query_child (grid, child, &column, &row, NULL, NULL);
      if ((guint) column >= n_columns || (guint) row > n_rows)
        gtk_grid_remove (grid, child);
    }

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *title = dup_cell_text (columns, c);
      gboolean numeric = column_is_numeric (block, c);

      set_cell (grid, c, 0, title, numeric);
      for (guint r = 0; r < n_rows; r++)
        {
          JsonNode *node = json_array_get_element (rows, r);
          g_autofree char *text = dup_cell_text (JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL, c);

          set_cell (grid, c, r + 1, text, numeric);
        }
    }

  set_caption (slot, block);
}

/* Long tables: a column view */

/* The width a column needs, in the widths of a character: an East Asian
 * character takes two. Cells of a column view are inscriptions, which do
 * not measure their text, so that a long table costs little. */
#define LIST_MAX_CHARS 48

static guint
text_chars (const char *text)
{
  guint n = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    n += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return n;
}

static guint
column_chars (JsonArray *columns,
              JsonArray *rows,
              guint      column)
{
  g_autofree char *title = dup_cell_text (columns, column);
  guint n = text_chars (title);
  guint n_rows = rows != NULL ? json_array_get_length (rows) : 0;

  for (guint r = 0; r < n_rows && n < LIST_MAX_CHARS; r++)
    {
      JsonNode *node = json_array_get_element (rows, r);
      g_autofree char *text = dup_cell_text (JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL, column);

      n = MAX (n, text_chars (text));
    }

  return MIN (n, LIST_MAX_CHARS);
}

static void
setup_list_cell_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (item, inscription);
}

static void
bind_list_cell_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkInscription *inscription = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  BlockRow *row = gtk_list_item_get_item (item);
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "steward-column"));
  gboolean numeric = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "steward-numeric"));
  guint chars = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "steward-chars"));
  g_autofree char *text = dup_cell_text (row->cells, column);

  gtk_inscription_set_text (inscription, text);
  gtk_inscription_set_min_chars (inscription, MIN (chars, 12));
  gtk_inscription_set_nat_chars (inscription, chars);
  gtk_inscription_set_xalign (inscription, numeric ? 1 : 0);
  if (numeric)
    gtk_widget_add_css_class (GTK_WIDGET (inscription), "numeric");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (inscription), "numeric");
}

static BlockRow *
block_row_new (JsonArray *rows,
               guint      position)
{
  JsonNode *node = json_array_get_element (rows, position);
  BlockRow *row = g_object_new (BLOCK_TYPE_ROW, NULL);

  row->cells = JSON_NODE_HOLDS_ARRAY (node) ? json_array_ref (json_node_get_array (node)) : NULL;

  return row;
}

/* Replaces the rows from @first on with the block's, up to @end. */
static void
load_rows (Slot  *slot,
           guint  first,
           guint  end)
{
  guint n_loaded = g_list_model_get_n_items (G_LIST_MODEL (slot->rows));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (end > first ? end - first : 0, g_object_unref);

  for (guint r = first; r < end; r++)
    g_ptr_array_add (items, block_row_new (slot->all_rows, r));

  if (n_loaded > first || items->len > 0)
    g_list_store_splice (slot->rows, first, n_loaded - first, items->pdata, items->len);
}

/* Near the end of the rows there are, the next page; checked on each
 * frame, after the layout of the rows last added, until the list is
 * full or the end is out of sight. */
static gboolean
load_more_cb (GtkWidget     *widget,
              GdkFrameClock *frame_clock,
              gpointer       user_data)
{
  Slot *slot = user_data;
  guint n_loaded = g_list_model_get_n_items (G_LIST_MODEL (slot->rows));
  guint n_all = slot->all_rows != NULL ? json_array_get_length (slot->all_rows) : 0;
  double page = gtk_adjustment_get_page_size (slot->vadjustment);

  /* Not laid out yet: nothing tells how many rows show. */
  if (page <= 0 && n_loaded < n_all)
    return G_SOURCE_CONTINUE;

  if (n_loaded >= n_all ||
      gtk_adjustment_get_value (slot->vadjustment) + page < gtk_adjustment_get_upper (slot->vadjustment) - 1)
    {
      slot->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  load_rows (slot, n_loaded, MIN (n_all, n_loaded + LIST_PAGE));

  return G_SOURCE_CONTINUE;
}

static void
watch_list_end (Slot *slot)
{
  guint n_loaded = g_list_model_get_n_items (G_LIST_MODEL (slot->rows));
  guint n_all = slot->all_rows != NULL ? json_array_get_length (slot->all_rows) : 0;

  if (slot->tick_id == 0 && n_loaded < n_all)
    slot->tick_id = gtk_widget_add_tick_callback (slot->content, load_more_cb, slot, NULL);
}

static void
on_list_scrolled_cb (GtkAdjustment *adjustment,
                     Slot          *slot)
{
  watch_list_end (slot);
}

static void
setup_list (Slot *slot)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkSelectionModel *selection;

  slot->widget = make_box_with_caption (slot);
  slot->rows = g_list_store_new (BLOCK_TYPE_ROW);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (slot->rows))));
  slot->content = gtk_column_view_new (selection);
  gtk_widget_add_css_class (slot->content, "data-table");
  /* The overlay scrollbar is not to cover the numbers at the right. */
  gtk_widget_set_margin_end (slot->content, 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), LIST_MAX_HEIGHT);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_halign (scrolled, GTK_ALIGN_START);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), slot->content);
  gtk_box_append (GTK_BOX (slot->widget), scrolled);

  slot->vadjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  g_signal_connect (slot->vadjustment, "value-changed", G_CALLBACK (on_list_scrolled_cb), slot);
  g_signal_connect (slot->vadjustment, "changed", G_CALLBACK (on_list_scrolled_cb), slot);
}

/* Sets the columns' titles, alignment and widths; whether any changed,
 * so that every row is to be shown again. */
static gboolean
fill_list_columns (Slot       *slot,
                   JsonObject *block)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (slot->content);
  GListModel *view_columns = gtk_column_view_get_columns (view);
  JsonArray *columns = member_array (block, "columns");
  JsonArray *rows = member_array (block, "rows");
  guint n_columns = columns != NULL ? json_array_get_length (columns) : 0;
  gboolean changed = FALSE;

  /* The columns there are stay; only their titles and alignment change. */
  while (g_list_model_get_n_items (view_columns) > n_columns)
    {
      g_autoptr(GtkColumnViewColumn) last = g_list_model_get_item (view_columns, g_list_model_get_n_items (view_columns) - 1);

      gtk_column_view_remove_column (view, last);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autofree char *title = dup_cell_text (columns, c);
      GObject *factory;
      gboolean numeric = column_is_numeric (block, c);
      guint chars = column_chars (columns, rows, c);

      if (c < g_list_model_get_n_items (view_columns))
        column = g_list_model_get_item (view_columns, c);
      else
        {
          GtkListItemFactory *new_factory = gtk_signal_list_item_factory_new ();

          g_object_set_data (G_OBJECT (new_factory), "steward-column", GUINT_TO_POINTER (c));
          g_signal_connect (new_factory, "setup", G_CALLBACK (setup_list_cell_cb), NULL);
          g_signal_connect (new_factory, "bind", G_CALLBACK (bind_list_cell_cb), NULL);
          column = gtk_column_view_column_new (NULL, new_factory);
          gtk_column_view_column_set_resizable (column, TRUE);
          gtk_column_view_append_column (view, column);
          changed = TRUE;
        }

      gtk_column_view_column_set_title (column, title);
      factory = G_OBJECT (gtk_column_view_column_get_factory (column));
      if (GPOINTER_TO_INT (g_object_get_data (factory, "steward-numeric")) != numeric ||
          GPOINTER_TO_UINT (g_object_get_data (factory, "steward-chars")) != chars)
        changed = TRUE;
      g_object_set_data (factory, "steward-numeric", GINT_TO_POINTER (numeric));
      g_object_set_data (factory, "steward-chars", GUINT_TO_POINTER (chars));
    }

  return changed;
}

static gboolean
row_equal (BlockRow *row,
           JsonNode *node)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return row->cells == NULL;

  return row->cells != NULL && json_array_equal (row->cells, json_node_get_array (node));
}

/* The row at @position of the store, which keeps it alive. */
static BlockRow *
peek_row (GListModel *model,
          guint       position)
{
  g_autoptr(BlockRow) row = g_list_model_get_item (model, position);

  return row;
}

static void
fill_list (Slot       *slot,
           JsonObject *block)
{
  GListModel *model = G_LIST_MODEL (slot->rows);
  JsonArray *rows = member_array (block, "rows");
  guint n_rows = rows != NULL ? json_array_get_length (rows) : 0;
  guint n_loaded = g_list_model_get_n_items (model);
  guint first = 0;
  guint end;

  /* Only the rows that changed are made again: set again with the same
   * data, as the wizard does after each change, nothing is. */
  if (!fill_list_columns (slot, block))
    while (first < MIN (n_loaded, n_rows) &&
           row_equal (peek_row (model, first), json_array_get_element (rows, first)))
      first++;

  g_clear_pointer (&slot->all_rows, json_array_unref);
  slot->all_rows = rows != NULL ? json_array_ref (rows) : NULL;
  /* As many rows as were scrolled to, the first few at least. */
  end = MIN (n_rows, MAX (n_loaded, LIST_FIRST_ROWS));
  if (first < end || first < n_loaded)
    load_rows (slot, first, end);
  watch_list_end (slot);

  set_caption (slot, block);
}

/* Charts */

static void
setup_chart (Slot *slot)
{
  slot->widget = make_box_with_caption (slot);
  slot->content = steward_chart_new ();
  gtk_widget_set_size_request (slot->content, -1, CHART_HEIGHT);
  gtk_widget_set_hexpand (slot->content, TRUE);
  gtk_box_append (GTK_BOX (slot->widget), slot->content);
}

static void
fill_chart (Slot       *slot,
            JsonObject *block)
{
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new_from_json (block);
  const char *caption = member_string (block, "caption");

  /* The caption is above the chart, as above a table; the plot's title
   * names the chart to assistive technologies. */
  gtk_label_set_label (GTK_LABEL (slot->label), caption != NULL ? caption : "");
  gtk_widget_set_visible (slot->label, caption != NULL && *caption != '\0');
  steward_chart_set_plot (STEWARD_CHART (slot->content), plot);
}

/* Slots */

static void
slot_free (Slot *slot)
{
  if (slot->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (slot->vadjustment, slot);
  g_clear_object (&slot->vadjustment);
  if (slot->tick_id != 0)
    gtk_widget_remove_tick_callback (slot->content, slot->tick_id);
  g_clear_pointer (&slot->widget, gtk_widget_unparent);
  g_clear_object (&slot->rows);
  g_clear_pointer (&slot->all_rows, json_array_unref);
  g_free (slot);
}

/* How each kind of slot is made, and filled with a block. */
static const struct
{
  void (*setup) (Slot       *slot);
  void (*fill)  (Slot       *slot,
                 JsonObject *block);
} kinds[] = {
  [KIND_TEXT] = { setup_text, fill_text },
  [KIND_EMPTY] = { setup_empty, fill_text },
  [KIND_GRID] = { setup_grid, fill_grid },
  [KIND_LIST] = { setup_list, fill_list },
  [KIND_CHART] = { setup_chart, fill_chart },
};

static Slot *
slot_new (BlockKind kind)
{
  Slot *slot = g_new0 (Slot, 1);

  slot->kind = kind;
  kinds[kind].setup (slot);

  return slot;
}

/**
 * steward_block_view_set_blocks:
 * @blocks: (nullable): the "blocks" of an agenda item; %NULL for none
 *
 * Shows @blocks in place of what the view showed. A block of a type the
 * view does not know is left out.
 */
void
steward_block_view_set_blocks (StewardBlockView *self,
                               JsonArray        *blocks)
{
  guint n_blocks = blocks != NULL ? json_array_get_length (blocks) : 0;
  guint n_slots = 0;

  g_return_if_fail (STEWARD_IS_BLOCK_VIEW (self));

  for (guint i = 0; i < n_blocks; i++)
    {
      JsonNode *node = json_array_get_element (blocks, i);
      JsonObject *block;
      BlockKind kind;
      Slot *slot = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      block = json_node_get_object (node);
      if (!kind_of_block (block, &kind))
        continue;

      if (n_slots < self->slots->len)
        slot = g_ptr_array_index (self->slots, n_slots);

      if (slot == NULL || slot->kind != kind)
        {
          GtkWidget *previous = n_slots > 0 ? ((Slot *) g_ptr_array_index (self->slots, n_slots - 1))->widget : NULL;

          slot = slot_new (kind);
          gtk_widget_insert_after (slot->widget, GTK_WIDGET (self), previous);
          if (n_slots < self->slots->len)
            {
              slot_free (g_ptr_array_index (self->slots, n_slots));
              self->slots->pdata[n_slots] = slot;
            }
          else
            g_ptr_array_add (self->slots, slot);
        }

      kinds[kind].fill (slot, block);
      n_slots++;
    }

  if (n_slots < self->slots->len)
    g_ptr_array_remove_range (self->slots, n_slots, self->slots->len - n_slots);
}

GtkWidget *
steward_block_view_new (void)
{
  return g_object_new (STEWARD_TYPE_BLOCK_VIEW, NULL);
}

static void
steward_block_view_dispose (GObject *object)
{
  StewardBlockView *self = STEWARD_BLOCK_VIEW (object);

  if (self->slots != NULL)
    g_ptr_array_set_size (self->slots, 0);

  G_OBJECT_CLASS (steward_block_view_parent_class)->dispose (object);
}

static void
steward_block_view_finalize (GObject *object)
{
  StewardBlockView *self = STEWARD_BLOCK_VIEW (object);

  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_block_view_parent_class)->finalize (object);
}

static void
steward_block_view_class_init (StewardBlockViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_block_view_dispose;
  object_class->finalize = steward_block_view_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "blockview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
steward_block_view_init (StewardBlockView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 18);
  self->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) slot_free);
}
