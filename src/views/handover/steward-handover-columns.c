/* steward-handover-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-handover-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-handover-item.h"
#include "model/steward-record-list.h"
#include "steward-handover-columns.h"
#include "widgets/steward-register-util.h"

/* The index */

/* What the rows show comes from these tables. */
static const char * const table_signals[] = {
  "changed::handover", "changed::handover_item",
};

struct _StewardHandoverIndex
{
  StewardDatabase          *db;
  StewardRecordList        *handovers;
  StewardRecordList        *items;
  GHashTable               *items_by_handover;  /* handover id → GPtrArray of StewardHandoverItem */
  gulong                    handlers[G_N_ELEMENTS (table_signals)];
  StewardHandoverIndexFunc  changed_func;
  gpointer                  changed_data;
};

static void
rebuild (StewardHandoverIndex *self)
{
  GListModel *items = G_LIST_MODEL (self->items);

  g_hash_table_remove_all (self->items_by_handover);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(StewardHandoverItem) item = g_list_model_get_item (items, i);
      gint64 handover_id = steward_handover_item_get_handover_id (item);
      GPtrArray *list = g_hash_table_lookup (self->items_by_handover, &handover_id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->items_by_handover, g_memdup2 (&handover_id, sizeof handover_id), list);
        }
      g_ptr_array_add (list, g_steal_pointer (&item));
    }
}

/* After the lists' own handlers, which read the rows again. */
static void
on_table_changed_cb (StewardDatabase      *db,
                     const char * const   *tables,
                     StewardHandoverIndex *self)
{
  rebuild (self);
  if (self->changed_func != NULL)
    self->changed_func (self->changed_data);
}

StewardHandoverIndex *
steward_handover_index_new (StewardDatabase *db)
{
  StewardHandoverIndex *self;
  g_autoptr(StewardQuery) handovers = steward_query_new ();
  g_autoptr(StewardQuery) items = steward_query_new ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  self = g_new0 (StewardHandoverIndex, 1);
  steward_query_order_by (handovers, "handed_on", TRUE);
  steward_query_order_by (items, "id", FALSE);
  self->db = g_object_ref (db);
  self->handovers = steward_record_list_new (db, STEWARD_TYPE_HANDOVER, handovers);
  self->items = steward_record_list_new (db, STEWARD_TYPE_HANDOVER_ITEM, items);
  self->items_by_handover = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                   (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < G_N_ELEMENTS (table_signals); i++)
    self->handlers[i] = g_signal_connect (db, table_signals[i], G_CALLBACK (on_table_changed_cb), self);
  rebuild (self);

  return self;
}

void
steward_handover_index_free (StewardHandoverIndex *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
    g_clear_signal_handler (&self->handlers[i], self->db);
  g_clear_object (&self->handovers);
  g_clear_object (&self->items);
  g_clear_pointer (&self->items_by_handover, g_hash_table_unref);
  g_clear_object (&self->db);
  g_free (self);
}

/* @func is called after any change to what the rows show. */
void
steward_handover_index_set_changed_func (StewardHandoverIndex     *self,
                                         StewardHandoverIndexFunc  func,
                                         gpointer                  user_data)
{
  self->changed_func = func;
  self->changed_data = user_data;
}

/**
 * steward_handover_index_get_handovers:
 *
 * Returns: (transfer none): the hand-overs, StewardHandover
 */
GListModel *
steward_handover_index_get_handovers (StewardHandoverIndex *self)
{
  return G_LIST_MODEL (self->handovers);
}

gboolean
steward_handover_index_has_handover (StewardHandoverIndex *self,
                                     gint64                id)
{
  return steward_record_list_find (self->handovers, id, NULL) != NULL;
}

/**
 * steward_handover_index_get_items:
 *
 * Returns: (transfer none) (nullable) (element-type StewardHandoverItem):
 *   the items of the hand-over, in the order they were listed; %NULL for
 *   none
 */
GPtrArray *
steward_handover_index_get_items (StewardHandoverIndex *self,
                                  gint64                handover_id)
{
  return g_hash_table_lookup (self->items_by_handover, &handover_id);
}

/**
 * steward_handover_index_dup_item_text:
 *
 * Returns: (transfer full): the names, asset numbers and serial numbers
 *   of the hand-over's items, one a line, for the search
 */
char *
steward_handover_index_dup_item_text (StewardHandoverIndex *self,
                                      gint64                handover_id)
{
  GPtrArray *items = steward_handover_index_get_items (self, handover_id);
  GString *text = g_string_new (NULL);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      StewardHandoverItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (text, "%s\n%s\n%s\n",
                              steward_handover_item_get_name (item) ?: "",
                              steward_handover_item_get_asset_number (item) ?: "",
                              steward_handover_item_get_serial (item) ?: "");
    }

  return g_string_free (text, FALSE);
}

/**
 * steward_handover_index_dup_records:
 *
 * Returns: (transfer container) (element-type StewardRecord): @handover,
 *   then its items: what deleting it deletes
 */
GPtrArray *
steward_handover_index_dup_records (StewardHandoverIndex *self,
                                    StewardHandover      *handover)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *items = steward_handover_index_get_items (self, steward_record_get_id (STEWARD_RECORD (handover)));

  g_ptr_array_add (records, g_object_ref (handover));
  for (guint i = 0; items != NULL && i < items->len; i++)
    g_ptr_array_add (records, g_object_ref (g_ptr_array_index (items, i)));

  return records;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
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
make_badge (const char *text,
            const char *tooltip)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (badge), 0);
  gtk_widget_add_css_class (badge, "warning");
  gtk_widget_add_css_class (badge, "caption-heading");
  steward_cell_set_tooltip (badge, tooltip);

  return badge;
}

static GtkWidget *
setup_label_cell (gpointer user_data)
{
  return make_label ();
}

static GtkWidget *
setup_date_cell (gpointer user_data)
{
  GtkWidget *label = make_label ();

  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
update_date_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  StewardHandoverColumns *columns = user_data;
  g_autofree char *text = steward_date_format (steward_handover_get_handed_on (item), columns->calendar);

  gtk_label_set_label (GTK_LABEL (child), text);
}

static void
update_reason_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_handover_reason_to_string (steward_handover_get_reason (item)));
}

/* How many, then their names. */
static void
update_items_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  StewardHandoverColumns *columns = user_data;
  GPtrArray *items = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint n;

  if (columns->index != NULL)
    items = steward_handover_index_get_items (columns->index, steward_record_get_id (item));
  n = items != NULL ? items->len : 0;
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between the names of the items of a hand-over */
        g_string_append (names, _(", "));
      g_string_append (names, steward_handover_item_get_name (g_ptr_array_index (items, i)));
    }

  /* TRANSLATORS: the items of a hand-over: how many, then their names */
  text = n > 0 ? g_strdup_printf (_("%u: %s"), n, names->str) : g_strdup ("0");
  gtk_label_set_label (GTK_LABEL (child), text);
  steward_cell_set_tooltip (child, names->str);
}

/* Who and when, or a badge when either is missing. */
static GtkWidget *
setup_signature_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_box_append (GTK_BOX (box), make_label ());
  /* TRANSLATORS: a badge in the "Authorised" and "Accepted" columns of the
   * hand-overs: nobody has signed yet */
  gtk_box_append (GTK_BOX (box), make_badge (_("Missing"), NULL));

  return box;
}

static void
show_signature (GtkWidget              *box,
                const char             *by,
                const GDate            *on,
                const char             *tooltip,
                StewardHandoverColumns *columns)
{
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *badge = gtk_widget_get_next_sibling (label);
  gboolean missing = is_blank (by) || on == NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (label, !missing);
  gtk_widget_set_visible (badge, missing);
  steward_cell_set_tooltip (badge, tooltip);
  if (missing)
    return;

  date = steward_date_format (on, columns->calendar);
  /* TRANSLATORS: who signed a hand-over, and when */
  text = g_strdup_printf (_("%s, %s"), by, date);
  gtk_label_set_label (GTK_LABEL (label), text);
}

static void
update_authorised_cell (GtkWidget *child,
                        gpointer   item,
                        gpointer   user_data)
{
  show_signature (child, steward_handover_get_authorised_by (item), steward_handover_get_authorised_on (item),
                  _("The responsible supervisor has not authorised the hand-over yet"), user_data);
}

static void
update_accepted_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  show_signature (child, steward_handover_get_accepted_by (item), steward_handover_get_accepted_on (item),
                  _("The receiver has not accepted responsibility for the equipment yet"), user_data);
}

static GtkWidget *
setup_state_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *complete = make_label ();

  /* TRANSLATORS: the state of a hand-over that was authorised and accepted */
  gtk_label_set_label (GTK_LABEL (complete), C_("handover", "Complete"));
  gtk_box_append (GTK_BOX (box), complete);
  /* TRANSLATORS: the state of a hand-over not yet authorised or accepted */
  gtk_box_append (GTK_BOX (box), make_badge (C_("handover", "Open"),
                                             _("Not yet authorised by the supervisor or accepted by the receiver")));

  return box;
}

static void
update_state_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  GtkWidget *complete = gtk_widget_get_first_child (child);
  gboolean open = steward_handover_is_open (item);

  gtk_widget_set_visible (complete, !open);
  gtk_widget_set_visible (gtk_widget_get_next_sibling (complete), open);
}

/* Sorters */

static int
compare_dates (const GDate *a,
               const GDate *b)
{
  /* None first. */
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return g_date_compare (a, b);
}

static int
date_sort_cb (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return compare_dates (steward_handover_get_handed_on ((gpointer) a), steward_handover_get_handed_on ((gpointer) b));
}

static int
reason_sort_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return g_utf8_collate (steward_handover_reason_to_string (steward_handover_get_reason ((gpointer) a)),
                         steward_handover_reason_to_string (steward_handover_get_reason ((gpointer) b)));
}

static int
items_sort_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  StewardHandoverColumns *columns = user_data;
  GPtrArray *items_a, *items_b;
  guint n_a, n_b;

  if (columns->index == NULL)
    return 0;

  items_a = steward_handover_index_get_items (columns->index, steward_record_get_id ((gpointer) a));
  items_b = steward_handover_index_get_items (columns->index, steward_record_get_id ((gpointer) b));
  n_a = items_a != NULL ? items_a->len : 0;
  n_b = items_b != NULL ? items_b->len : 0;

  return (n_a > n_b) - (n_a < n_b);
}

static int
authorised_sort_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return compare_dates (steward_handover_get_authorised_on ((gpointer) a),
                        steward_handover_get_authorised_on ((gpointer) b));
}

static int
accepted_sort_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return compare_dates (steward_handover_get_accepted_on ((gpointer) a),
                        steward_handover_get_accepted_on ((gpointer) b));
}

/* Open first when ascending: what needs doing. */
static int
state_sort_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return (int) steward_handover_is_open ((gpointer) b) - (int) steward_handover_is_open ((gpointer) a);
}

static void
set_sorter (GtkColumnViewColumn    *column,
            GCompareDataFunc        func,
            StewardHandoverColumns *columns)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (func, columns, NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

/**
 * steward_handover_columns_init:
 * @cells: made with @columns as their user data
 *
 * Gives the computed columns their cells and their order.
 */
void
steward_handover_columns_init (StewardHandoverColumns *columns,
                               StewardCells           *cells)
{
  steward_cells_set_column (cells, columns->date_column, setup_date_cell, update_date_cell);
  steward_cells_set_column (cells, columns->reason_column, setup_label_cell, update_reason_cell);
  steward_cells_set_column (cells, columns->items_column, setup_label_cell, update_items_cell);
  steward_cells_set_column (cells, columns->authorised_column, setup_signature_cell, update_authorised_cell);
  steward_cells_set_column (cells, columns->accepted_column, setup_signature_cell, update_accepted_cell);
  steward_cells_set_column (cells, columns->state_column, setup_state_cell, update_state_cell);

  set_sorter (columns->date_column, date_sort_cb, columns);
  set_sorter (columns->reason_column, reason_sort_cb, columns);
  set_sorter (columns->items_column, items_sort_cb, columns);
  set_sorter (columns->authorised_column, authorised_sort_cb, columns);
  set_sorter (columns->accepted_column, accepted_sort_cb, columns);
  set_sorter (columns->state_column, state_sort_cb, columns);
}
