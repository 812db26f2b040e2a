/* steward-record-list.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-record-list"

#include "config.h"

#include "steward-record-list.h"

/* A GListModel of the records one query returns. It listens to the
 * database's changed signal for its table, reads the query again and keeps
 * the objects of rows that are still there, so a row that changed is the
 * same object with new property values, and items-changed spans only what
 * moved. */
struct _StewardRecordList
{
  GObject          parent_instance;

  StewardDatabase *db;
  GType            record_type;
  StewardQuery    *query;
  GPtrArray       *items;        /* StewardRecord, in order */
  GHashTable      *by_id;        /* id → StewardRecord, borrowed from items */
  gulong           changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardRecordList, steward_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_RECORD_TYPE,
  PROP_QUERY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
steward_record_list_get_item_type (GListModel *model)
{
  return STEWARD_RECORD_LIST (model)->record_type;
}

static guint
steward_record_list_get_n_items (GListModel *model)
{
  return STEWARD_RECORD_LIST (model)->items->len;
}

static gpointer
steward_record_list_get_item (GListModel *model,
                              guint       position)
{
  StewardRecordList *self = STEWARD_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = steward_record_list_get_item_type;
  iface->get_n_items = steward_record_list_get_n_items;
  iface->get_item = steward_record_list_get_item;
}

/* The one place that tells the views what changed. */
static void
emit_items_changed (StewardRecordList *self,
                    guint              position,
                    guint              removed,
                    guint              added)
{
  if (removed == 0 && added == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);

  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * steward_record_list_refresh:
 *
 * Reads the query again. Called by itself after each commit that touched
 * the table; call it by hand only after changing the query.
 */
gboolean
steward_record_list_refresh (StewardRecordList  *self,
                             GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  GPtrArray *new_items;
  guint prefix = 0;
  guint suffix = 0;

  g_return_val_if_fail (STEWARD_IS_RECORD_LIST (self), FALSE);

  if (!steward_record_read_rows (self->db, self->record_type, self->query, &rows, error))
    return FALSE;

  new_items = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      StewardRecordRow *row = g_ptr_array_index (rows, i);
      gint64 id = steward_record_row_get_id (row);
      StewardRecord *record = g_hash_table_lookup (self->by_id, &id);

      if (record != NULL)
        {
          steward_record_row_apply (row, record);
          g_ptr_array_add (new_items, g_object_ref (record));
        }
      else
        g_ptr_array_add (new_items, steward_record_row_create (row));
    }

  old_items = g_steal_pointer (&self->items);
  self->items = new_items;

  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < new_items->len; i++)
    {
      StewardRecord *record = g_ptr_array_index (new_items, i);
      gint64 *key = g_new (gint64, 1);

      *key = steward_record_get_id (record);
      g_hash_table_insert (self->by_id, key, record);
    }

  while (prefix < old_items->len && prefix < new_items->len &&
         g_ptr_array_index (old_items, prefix) == g_ptr_array_index (new_items, prefix))
    prefix++;

  while (suffix < old_items->len - prefix && suffix < new_items->len - prefix &&
         g_ptr_array_index (old_items, old_items->len - 1 - suffix) ==
         g_ptr_array_index (new_items, new_items->len - 1 - suffix))
    suffix++;

  emit_items_changed (self, prefix,
                      old_items->len - prefix - suffix,
                      new_items->len - prefix - suffix);

  return TRUE;
}

static void
on_database_changed_cb (StewardDatabase    *db,
                        const char * const *tables,
                        StewardRecordList  *self)
{
  g_autoptr(GError) error = NULL;

  if (!steward_record_list_refresh (self, &error))
    g_warning ("Could not read %s records again: %s",
               g_type_name (self->record_type), error->message);
}

static void
steward_record_list_constructed (GObject *object)
{
  StewardRecordList *self = (StewardRecordList *)object;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->record_type);
  g_autofree char *signal = NULL;

  G_OBJECT_CLASS (steward_record_list_parent_class)->constructed (object);

  g_return_if_fail (self->db != NULL);

  signal = g_strconcat ("changed::",
                        steward_record_class_get_table (STEWARD_RECORD_CLASS (klass)),
                        NULL);
  self->changed_id = g_signal_connect_object (self->db, signal,
                                              G_CALLBACK (on_database_changed_cb),
                                              self, 0);

  if (!steward_record_list_refresh (self, &error))
    g_warning ("Could not read %s records: %s", g_type_name (self->record_type), error->message);
}

static void
steward_record_list_dispose (GObject *object)
{
  StewardRecordList *self = (StewardRecordList *)object;

  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_record_list_parent_class)->dispose (object);
}

static void
steward_record_list_finalize (GObject *object)
{
  StewardRecordList *self = (StewardRecordList *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->query, steward_query_unref);

  G_OBJECT_CLASS (steward_record_list_parent_class)->finalize (object);
}

static void
steward_record_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StewardRecordList *self = STEWARD_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    case PROP_RECORD_TYPE:
      g_value_set_gtype (value, self->record_type);
      break;

    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_record_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StewardRecordList *self = STEWARD_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;

    case PROP_RECORD_TYPE:
      self->record_type = g_value_get_gtype (value);
      break;

    case PROP_QUERY:
      self->query = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_record_list_class_init (StewardRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = steward_record_list_constructed;
  object_class->dispose = steward_record_list_dispose;
  object_class->finalize = steward_record_list_finalize;
  object_class->get_property = steward_record_list_get_property;
  object_class->set_property = steward_record_list_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, STEWARD_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RECORD_TYPE] =
    g_param_spec_gtype ("record-type", NULL, NULL, STEWARD_TYPE_RECORD,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, STEWARD_TYPE_QUERY,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_record_list_init (StewardRecordList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * steward_record_list_new:
 * @record_type: a #StewardRecord subclass
 * @query: (nullable): which rows, in which order (by id when none is given)
 *
 * Returns: (transfer full): the list, already filled
 */
StewardRecordList *
steward_record_list_new (StewardDatabase *db,
                         GType            record_type,
                         StewardQuery    *query)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, STEWARD_TYPE_RECORD), NULL);

  return g_object_new (STEWARD_TYPE_RECORD_LIST,
                       "database", db,
                       "record-type", record_type,
                       "query", query,
                       NULL);
}

StewardDatabase *
steward_record_list_get_database (StewardRecordList *self)
{
  g_return_val_if_fail (STEWARD_IS_RECORD_LIST (self), NULL);

  return self->db;
}

GType
steward_record_list_get_record_type (StewardRecordList *self)
{
  g_return_val_if_fail (STEWARD_IS_RECORD_LIST (self), G_TYPE_INVALID);

  return self->record_type;
}

/**
 * steward_record_list_set_query:
 *
 * Changes which rows the list holds, and reads them.
 */
void
steward_record_list_set_query (StewardRecordList *self,
                               StewardQuery      *query)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (STEWARD_IS_RECORD_LIST (self));

  g_clear_pointer (&self->query, steward_query_unref);
  self->query = query != NULL ? steward_query_ref (query) : NULL;

  if (!steward_record_list_refresh (self, &error))
    g_warning ("Could not read %s records: %s", g_type_name (self->record_type), error->message);
}

/**
 * steward_record_list_find:
 * @position: (out) (optional): where the record is
 *
 * Returns: (transfer none) (nullable): the record with that id
 */
gpointer
steward_record_list_find (StewardRecordList *self,
                          gint64             id,
                          guint             *position)
{
  StewardRecord *record;

  g_return_val_if_fail (STEWARD_IS_RECORD_LIST (self), NULL);

  record = g_hash_table_lookup (self->by_id, &id);
  if (record != NULL && position != NULL)
    g_ptr_array_find (self->items, record, position);

  return record;
}
