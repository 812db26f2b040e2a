/* steward-record.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-record"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "steward-record.h"

/* The mapping between a record class's properties and its table's columns.
 * It is declared once, in class_init, and every read and write goes through
 * it: there is no per-type CRUD code. */
typedef struct
{
  GParamSpec         *pspec;
  char               *column;
  StewardColumnFlags  flags;
} Column;

typedef struct
{
  char           *table;
  gboolean        read_only;
  GPtrArray      *columns;       /* Column */
  GPtrArray      *names;         /* "id" and then each column name, NULL-terminated */
  GArray         *storage;       /* StewardStorage, "id" first */
} Mapping;

struct _StewardRecordRow
{
  Mapping *mapping;
  GType    type;
  gint64   id;
  GValue  *values;               /* storage values, one per column */
};

typedef struct
{
  gint64  id;
  GValue *values;                /* one per column, made on first use */
} StewardRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StewardRecord, steward_record, G_TYPE_OBJECT)

G_DEFINE_QUARK (steward-record-error-quark, steward_record_error)

static GQuark
mapping_quark (void)
{
  static GQuark quark;

  if G_UNLIKELY (quark == 0)
    quark = g_quark_from_static_string ("steward-record-mapping");

  return quark;
}

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static Mapping *
get_mapping (GType type)
{
  Mapping *mapping = g_type_get_qdata (type, mapping_quark ());

  if G_UNLIKELY (mapping == NULL)
    g_critical ("%s has no table: call steward_record_class_set_table() in its class_init",
                g_type_name (type));

  return mapping;
}

static void steward_record_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec);
static void steward_record_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec);

static Mapping *
ensure_mapping (StewardRecordClass *klass)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  Mapping *mapping = g_type_get_qdata (type, mapping_quark ());

  if (mapping == NULL)
    {
      GObjectClass *object_class = G_OBJECT_CLASS (klass);
      StewardStorage id_storage = STEWARD_STORAGE_INTEGER;

      /* GObject does not inherit these: every record class gets the ones
       * that keep its column values. */
      object_class->get_property = steward_record_get_property;
      object_class->set_property = steward_record_set_property;

      /* Lives as long as the class, that is as long as the program. */
      mapping = g_new0 (Mapping, 1);
      mapping->columns = g_ptr_array_new ();
      mapping->names = g_ptr_array_new ();
      g_ptr_array_add (mapping->names, (gpointer)"id");
      g_ptr_array_add (mapping->names, NULL);
      mapping->storage = g_array_new (FALSE, FALSE, sizeof (StewardStorage));
      g_array_append_val (mapping->storage, id_storage);
      g_type_set_qdata (type, mapping_quark (), mapping);
    }

  return mapping;
}

static StewardStorage
storage_for_type (GType type)
{
  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_BOOLEAN:
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_INT64:
      return STEWARD_STORAGE_INTEGER;

    case G_TYPE_DOUBLE:
      return STEWARD_STORAGE_REAL;

    case G_TYPE_STRING:
    case G_TYPE_ENUM:
      return STEWARD_STORAGE_TEXT;

    case G_TYPE_BOXED:
      if (type == G_TYPE_DATE || type == G_TYPE_DATE_TIME)
        return STEWARD_STORAGE_TEXT;
      if (type == G_TYPE_BYTES)
        return STEWARD_STORAGE_BLOB;
      G_GNUC_FALLTHROUGH;

    default:
      g_error ("Properties of type %s cannot be mapped to a column", g_type_name (type));
    }
}

/**
 * steward_record_class_set_table:
 *
 * Names the table that holds records of this class. Call it in class_init,
 * after installing the properties, then add the columns.
 */
void
steward_record_class_set_table (StewardRecordClass *klass,
                                const char         *table)
{
  Mapping *mapping = ensure_mapping (klass);

  g_free (mapping->table);
  mapping->table = g_strdup (table);
}

/**
 * steward_record_class_set_read_only:
 *
 * Records of this class are written by the store itself (the history), never
 * saved or deleted through a record.
 */
void
steward_record_class_set_read_only (StewardRecordClass *klass)
{
  ensure_mapping (klass)->read_only = TRUE;
}

/**
 * steward_record_class_install_column:
 * @pspec: (transfer full): a new property for @klass; its column has the same
 *   name with '-' written as '_'
 *
 * Installs a property and maps it to a column, both at once: the value is
 * kept by #StewardRecord, so a record class has no get_property or
 * set_property of its own. Strings, booleans, integers, doubles, enums
 * (stored as their nick), GDate (stored as YYYY-MM-DD) and GDateTime (stored
 * as ISO 8601) can be mapped.
 *
 * Returns: (transfer none): @pspec, to keep for notifications and getters
 */
GParamSpec *
steward_record_class_install_column (StewardRecordClass *klass,
                                     GParamSpec         *pspec,
                                     StewardColumnFlags  flags)
{
  Mapping *mapping = ensure_mapping (klass);
  StewardStorage storage;
  Column *column;

  g_return_val_if_fail (G_IS_PARAM_SPEC (pspec), NULL);

  storage = storage_for_type (pspec->value_type);

  /* Property ids are the column's place, counted from 1. */
  g_object_class_install_property (G_OBJECT_CLASS (klass), mapping->columns->len + 1, pspec);

  column = g_new0 (Column, 1);
  column->pspec = pspec;
  column->column = g_strdelimit (g_strdup (pspec->name), "-", '_');
  column->flags = flags;
  g_ptr_array_add (mapping->columns, column);

  /* Keep the names array NULL-terminated: replace the NULL, append one. */
  g_ptr_array_index (mapping->names, mapping->names->len - 1) = column->column;
  g_ptr_array_add (mapping->names, NULL);
  g_array_append_val (mapping->storage, storage);

  return pspec;
}

const char *
steward_record_class_get_table (StewardRecordClass *klass)
{
  Mapping *mapping = get_mapping (G_TYPE_FROM_CLASS (klass));

  return mapping != NULL ? mapping->table : NULL;
}

/**
 * steward_record_class_get_column:
 *
 * Returns: (nullable): the column a property is stored in, to name it in a
 *   #StewardQuery
 */
const char *
steward_record_class_get_column (StewardRecordClass *klass,
                                 const char         *property)
{
  Mapping *mapping = get_mapping (G_TYPE_FROM_CLASS (klass));

  if (g_strcmp0 (property, "id") == 0)
    return "id";

  for (guint i = 0; mapping != NULL && i < mapping->columns->len; i++)
    {
      Column *column = g_ptr_array_index (mapping->columns, i);

      if (g_strcmp0 (column->pspec->name, property) == 0)
        return column->column;
    }

  return NULL;
}

/* Conversions between a property value and what is stored. An unset
 * storage value is NULL in the database. */

static void
value_to_storage (const Column *column,
                  const GValue *value,
                  GValue       *stored)
{
  GType type = G_VALUE_TYPE (value);

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      if (g_value_get_string (value) != NULL)
        {
          g_value_init (stored, G_TYPE_STRING);
          g_value_set_string (stored, g_value_get_string (value));
        }
      break;

    case G_TYPE_BOOLEAN:
      g_value_init (stored, G_TYPE_INT64);
      g_value_set_int64 (stored, g_value_get_boolean (value));
      break;

    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_INT64:
      {
        gint64 number = type == G_TYPE_INT ? g_value_get_int (value)
                      : type == G_TYPE_UINT ? (gint64)g_value_get_uint (value)
                      : g_value_get_int64 (value);

        if (number != 0 || !(column->flags & STEWARD_COLUMN_ZERO_IS_NULL))
          {
            g_value_init (stored, G_TYPE_INT64);
            g_value_set_int64 (stored, number);
          }
      }
      break;

    case G_TYPE_DOUBLE:
      g_value_init (stored, G_TYPE_DOUBLE);
      g_value_set_double (stored, g_value_get_double (value));
      break;

    case G_TYPE_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
        GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (value));

        if (enum_value != NULL)
          {
            g_value_init (stored, G_TYPE_STRING);
            g_value_set_string (stored, enum_value->value_nick);
          }
      }
      break;

    case G_TYPE_BOXED:
      if (type == G_TYPE_DATE)
        {
          GDate *date = g_value_get_boxed (value);

          if (date != NULL && g_date_valid (date))
            {
              g_value_init (stored, G_TYPE_STRING);
              g_value_take_string (stored, g_strdup_printf ("%04u-%02u-%02u",
                                                            g_date_get_year (date),
                                                            g_date_get_month (date),
                                                            g_date_get_day (date)));
            }
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *date_time = g_value_get_boxed (value);

          if (date_time != NULL)
            {
              g_value_init (stored, G_TYPE_STRING);
              g_value_take_string (stored, g_date_time_format_iso8601 (date_time));
            }
        }
      else if (type == G_TYPE_BYTES && g_value_get_boxed (value) != NULL)
        {
          g_value_init (stored, G_TYPE_BYTES);
          g_value_set_boxed (stored, g_value_get_boxed (value));
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

static GDate *
parse_date (const char *text)
{
  unsigned year, month, day;
  char end;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_new_dmy (day, month, year);
}

static void
value_from_storage (const Column *column,
                    const GValue *stored,
                    GValue       *value)
{
  GType type = column->pspec->value_type;
  gboolean is_null = !G_IS_VALUE (stored);

  g_value_init (value, type);
  if (is_null)
    {
      g_param_value_set_default (column->pspec, value);
      return;
    }

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, g_value_get_string (stored));
      break;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, g_value_get_int64 (stored) != 0);
      break;

    case G_TYPE_INT:
      g_value_set_int (value, (int)g_value_get_int64 (stored));
      break;

    case G_TYPE_UINT:
      g_value_set_uint (value, (guint)g_value_get_int64 (stored));
      break;

    case G_TYPE_INT64:
      g_value_set_int64 (value, g_value_get_int64 (stored));
      break;

    case G_TYPE_DOUBLE:
      g_value_set_double (value, g_value_get_double (stored));
      break;

    case G_TYPE_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
        GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, g_value_get_string (stored));

        if (enum_value != NULL)
          g_value_set_enum (value, enum_value->value);
        else
          g_param_value_set_default (column->pspec, value);
      }
      break;

    case G_TYPE_BOXED:
      if (type == G_TYPE_DATE)
        g_value_take_boxed (value, parse_date (g_value_get_string (stored)));
      else if (type == G_TYPE_DATE_TIME)
        g_value_take_boxed (value, g_date_time_new_from_iso8601 (g_value_get_string (stored), NULL));
      else if (type == G_TYPE_BYTES && G_VALUE_HOLDS (stored, G_TYPE_BYTES))
        g_value_set_boxed (value, g_value_get_boxed (stored));
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
storage_equal (const GValue *a,
               const GValue *b)
{
  if (!G_IS_VALUE (a) || !G_IS_VALUE (b))
    return G_IS_VALUE (a) == G_IS_VALUE (b);

  if (G_VALUE_TYPE (a) != G_VALUE_TYPE (b))
    return FALSE;

  switch (G_VALUE_TYPE (a))
    {
    case G_TYPE_INT64:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    default:
      if (G_VALUE_TYPE (a) == G_TYPE_BYTES)
        return g_bytes_equal (g_value_get_boxed (a), g_value_get_boxed (b));
      return FALSE;
    }
}

static GValue *ensure_values (StewardRecord *self);

/* Reads every mapped property of @self as storage values. */
static GValue *
dup_stored_values (StewardRecord *self,
                   Mapping       *mapping)
{
  GValue *stored = g_new0 (GValue, mapping->columns->len);

  for (guint i = 0; i < mapping->columns->len; i++)
    {
      Column *column = g_ptr_array_index (mapping->columns, i);

      value_to_storage (column, steward_record_peek_value (self, column->pspec), &stored[i]);
    }

  return stored;
}

static void
free_values (GValue *values,
             guint   n_values)
{
  for (guint i = 0; i < n_values; i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);
  g_free (values);
}

/* GObject */

static void
set_id (StewardRecord *self,
        gint64         id)
{
  StewardRecordPrivate *priv = steward_record_get_instance_private (self);

  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

static GValue *
ensure_values (StewardRecord *self)
{
  StewardRecordPrivate *priv = steward_record_get_instance_private (self);

  if G_UNLIKELY (priv->values == NULL)
    {
      Mapping *mapping = get_mapping (G_OBJECT_TYPE (self));

      priv->values = g_new0 (GValue, mapping->columns->len);
      for (guint i = 0; i < mapping->columns->len; i++)
        {
          Column *column = g_ptr_array_index (mapping->columns, i);

          g_value_init (&priv->values[i], column->pspec->value_type);
          g_param_value_set_default (column->pspec, &priv->values[i]);
        }
    }

  return priv->values;
}

/* Equal as values, not as pointers (g_param_values_cmp compares boxed
 * values by address, and doubles within an epsilon). */
static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type != G_VALUE_TYPE (b))
    return FALSE;

  if (type == G_TYPE_DATE)
    {
      const GDate *date_a = g_value_get_boxed (a);
      const GDate *date_b = g_value_get_boxed (b);
      gboolean valid_a = date_a != NULL && g_date_valid (date_a);
      gboolean valid_b = date_b != NULL && g_date_valid (date_b);

      if (!valid_a || !valid_b)
        return valid_a == valid_b;

      return g_date_compare (date_a, date_b) == 0;
    }

  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *time_a = g_value_get_boxed (a);
      GDateTime *time_b = g_value_get_boxed (b);

      if (time_a == NULL || time_b == NULL)
        return time_a == time_b;

      return g_date_time_equal (time_a, time_b);
    }

  if (type == G_TYPE_BYTES)
    {
      GBytes *bytes_a = g_value_get_boxed (a);
      GBytes *bytes_b = g_value_get_boxed (b);

      if (bytes_a == NULL || bytes_b == NULL)
        return bytes_a == bytes_b;

      return g_bytes_equal (bytes_a, bytes_b);
    }

  if (type == G_TYPE_DOUBLE)
    return g_value_get_double (a) == g_value_get_double (b);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;

  return g_param_values_cmp (pspec, a, b) == 0;
}

/**
 * steward_record_peek_value:
 * @pspec: a column property of the record's class
 *
 * For the getters of record classes.
 *
 * Returns: (transfer none): the value the record holds for @pspec
 */
const GValue *
steward_record_peek_value (StewardRecord *self,
                           GParamSpec    *pspec)
{
  g_return_val_if_fail (STEWARD_IS_RECORD (self), NULL);
  g_return_val_if_fail (pspec->param_id > 0, NULL);

  return &ensure_values (self)[pspec->param_id - 1];
}

/**
 * steward_record_set_value:
 *
 * Sets a column property, notifying it only when the value changes.
 */
void
steward_record_set_value (StewardRecord *self,
                          GParamSpec    *pspec,
                          const GValue  *value)
{
  GValue *slot;

  g_return_if_fail (STEWARD_IS_RECORD (self));
  g_return_if_fail (pspec->param_id > 0);

  slot = &ensure_values (self)[pspec->param_id - 1];
  if (values_equal (pspec, slot, value))
    return;

  g_value_copy (value, (g_value_reset (slot), slot));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

const char *
steward_record_get_string (StewardRecord *self,
                           GParamSpec    *pspec)
{
  return g_value_get_string (steward_record_peek_value (self, pspec));
}

gint64
steward_record_get_int64 (StewardRecord *self,
                          GParamSpec    *pspec)
{
  return g_value_get_int64 (steward_record_peek_value (self, pspec));
}

gboolean
steward_record_get_boolean (StewardRecord *self,
                            GParamSpec    *pspec)
{
  return g_value_get_boolean (steward_record_peek_value (self, pspec));
}

double
steward_record_get_double (StewardRecord *self,
                           GParamSpec    *pspec)
{
  return g_value_get_double (steward_record_peek_value (self, pspec));
}

int
steward_record_get_int (StewardRecord *self,
                        GParamSpec    *pspec)
{
  return g_value_get_int (steward_record_peek_value (self, pspec));
}

int
steward_record_get_enum (StewardRecord *self,
                         GParamSpec    *pspec)
{
  return g_value_get_enum (steward_record_peek_value (self, pspec));
}

/**
 * steward_record_get_boxed:
 *
 * Returns: (transfer none) (nullable): a GDate or GDateTime column's value
 */
gpointer
steward_record_get_boxed (StewardRecord *self,
                          GParamSpec    *pspec)
{
  return g_value_get_boxed (steward_record_peek_value (self, pspec));
}

void
steward_record_set_string (StewardRecord *self,
                           GParamSpec    *pspec,
                           const char    *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_static_string (&gvalue, value);
  steward_record_set_value (self, pspec, &gvalue);
}

/* The class that installed a property gets its get_property called; every
 * record class inherits these, so the columns of every record class land
 * here, with their place as the property id. */
static void
steward_record_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StewardRecord *self = STEWARD_RECORD (object);
  StewardRecordPrivate *priv = steward_record_get_instance_private (self);

  if (pspec == properties[PROP_ID])
    g_value_set_int64 (value, priv->id);
  else if (pspec->owner_type == G_OBJECT_TYPE (object))
    g_value_copy (&ensure_values (self)[prop_id - 1], value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
steward_record_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StewardRecord *self = STEWARD_RECORD (object);

  if (pspec == properties[PROP_ID])
    set_id (self, g_value_get_int64 (value));
  else if (pspec->owner_type == G_OBJECT_TYPE (object))
    steward_record_set_value (self, pspec, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
steward_record_finalize (GObject *object)
{
  StewardRecord *self = STEWARD_RECORD (object);
  StewardRecordPrivate *priv = steward_record_get_instance_private (self);

  if (priv->values != NULL)
    free_values (priv->values, get_mapping (G_OBJECT_TYPE (self))->columns->len);

  G_OBJECT_CLASS (steward_record_parent_class)->finalize (object);
}

static void
steward_record_class_init (StewardRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_record_finalize;
  object_class->get_property = steward_record_get_property;
  object_class->set_property = steward_record_set_property;

  /**
   * StewardRecord:id:
   *
   * The row id; 0 for a record that was never saved.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_record_init (StewardRecord *self)
{
}

gint64
steward_record_get_id (StewardRecord *self)
{
  StewardRecordPrivate *priv = steward_record_get_instance_private (self);

  g_return_val_if_fail (STEWARD_IS_RECORD (self), 0);

  return priv->id;
}

/**
 * steward_record_assign:
 * @source: a record of the same type
 *
 * Gives @self the id and values of @source, notifying only what changed.
 */
void
steward_record_assign (StewardRecord *self,
                       StewardRecord *source)
{
  Mapping *mapping;

  g_return_if_fail (STEWARD_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  mapping = get_mapping (G_OBJECT_TYPE (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_id (self, steward_record_get_id (source));
  for (guint i = 0; i < mapping->columns->len; i++)
    {
      Column *column = g_ptr_array_index (mapping->columns, i);

      steward_record_set_value (self, column->pspec,
                                steward_record_peek_value (source, column->pspec));
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * steward_record_copy:
 *
 * A copy to edit in a form without touching the record a list shows.
 *
 * Returns: (transfer full): a new record with the same id and values
 */
StewardRecord *
steward_record_copy (StewardRecord *self)
{
  StewardRecord *copy;

  g_return_val_if_fail (STEWARD_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  steward_record_assign (copy, self);

  return copy;
}

/**
 * steward_record_equal:
 *
 * Returns: whether both records have the same id and would store the same
 *   values
 */
gboolean
steward_record_equal (StewardRecord *self,
                      StewardRecord *other)
{
  Mapping *mapping;
  GValue *ours, *theirs;
  gboolean equal = TRUE;

  g_return_val_if_fail (STEWARD_IS_RECORD (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_RECORD (other), FALSE);

  if (G_OBJECT_TYPE (self) != G_OBJECT_TYPE (other) ||
      steward_record_get_id (self) != steward_record_get_id (other))
    return FALSE;

  mapping = get_mapping (G_OBJECT_TYPE (self));
  ours = dup_stored_values (self, mapping);
  theirs = dup_stored_values (other, mapping);

  for (guint i = 0; equal && i < mapping->columns->len; i++)
    equal = storage_equal (&ours[i], &theirs[i]);

  free_values (ours, mapping->columns->len);
  free_values (theirs, mapping->columns->len);

  return equal;
}

static void
free_problem (gpointer data)
{
  StewardProblem *problem = data;

  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

void
steward_record_add_problem (GPtrArray  *problems,
                            const char *property,
                            const char *message)
{
  StewardProblem *problem = g_new0 (StewardProblem, 1);

  problem->property = g_strdup (property);
  problem->message = g_strdup (message);
  g_ptr_array_add (problems, problem);
}

/**
 * steward_record_validate:
 *
 * Returns: (transfer full) (element-type StewardProblem): what is wrong with
 *   the record, one entry per field at fault; empty when it can be saved
 */
GPtrArray *
steward_record_validate (StewardRecord *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (free_problem);

  g_return_val_if_fail (STEWARD_IS_RECORD (self), problems);

  if (STEWARD_RECORD_GET_CLASS (self)->validate != NULL)
    STEWARD_RECORD_GET_CLASS (self)->validate (self, problems);

  return problems;
}

static gboolean
check_can_write (StewardRecord  *self,
                 Mapping        *mapping,
                 GError        **error)
{
  if (mapping == NULL || mapping->read_only)
    {
      g_set_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY,
                   "%s records cannot be changed", G_OBJECT_TYPE_NAME (self));
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_record_save:
 *
 * Validates the record, then inserts it (when its id is 0, which then gets
 * the new id) or updates it. The history is written in the same transaction.
 */
gboolean
steward_record_save (StewardRecord    *self,
                     StewardDatabase  *db,
                     GError          **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  Mapping *mapping;
  GValue *stored;
  gboolean ok;

  g_return_val_if_fail (STEWARD_IS_RECORD (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);

  mapping = get_mapping (G_OBJECT_TYPE (self));
  if (!check_can_write (self, mapping, error))
    return FALSE;

  problems = steward_record_validate (self);
  if (problems->len > 0)
    {
      StewardProblem *problem = g_ptr_array_index (problems, 0);

      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
                           problem->message);
      return FALSE;
    }

  stored = dup_stored_values (self, mapping);

  if (steward_record_get_id (self) == 0)
    {
      gint64 id = steward_database_insert (db, mapping->table, 0,
                                           (const char * const *)mapping->names->pdata + 1,
                                           stored, mapping->columns->len, error);
      ok = id > 0;
      if (ok)
        set_id (self, id);
    }
  else
    ok = steward_database_update (db, mapping->table, steward_record_get_id (self),
                                  (const char * const *)mapping->names->pdata + 1,
                                  stored, mapping->columns->len, error);

  free_values (stored, mapping->columns->len);

  return ok;
}

/**
 * steward_record_delete:
 *
 * Deletes the record's row. The object keeps its id and values, so that
 * steward_record_restore() can undo the deletion.
 */
gboolean
steward_record_delete (StewardRecord    *self,
                       StewardDatabase  *db,
                       GError          **error)
{
  Mapping *mapping;

  g_return_val_if_fail (STEWARD_IS_RECORD (self), FALSE);
  g_return_val_if_fail (steward_record_get_id (self) > 0, FALSE);

  mapping = get_mapping (G_OBJECT_TYPE (self));
  if (!check_can_write (self, mapping, error))
    return FALSE;

  return steward_database_delete (db, mapping->table, steward_record_get_id (self),
                                  (const char * const *)mapping->names->pdata + 1,
                                  mapping->columns->len, error);
}

/**
 * steward_record_restore:
 *
 * Inserts a deleted record again, under its old id.
 */
gboolean
steward_record_restore (StewardRecord    *self,
                        StewardDatabase  *db,
                        GError          **error)
{
  Mapping *mapping;
  GValue *stored;
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_RECORD (self), FALSE);
  g_return_val_if_fail (steward_record_get_id (self) > 0, FALSE);

  mapping = get_mapping (G_OBJECT_TYPE (self));
  if (!check_can_write (self, mapping, error))
    return FALSE;

  stored = dup_stored_values (self, mapping);
  id = steward_database_insert (db, mapping->table, steward_record_get_id (self),
                                (const char * const *)mapping->names->pdata + 1,
                                stored, mapping->columns->len, error);
  free_values (stored, mapping->columns->len);

  return id > 0;
}

/* Reading */

static void
free_row (gpointer data)
{
  StewardRecordRow *row = data;

  free_values (row->values, row->mapping->columns->len);
  g_free (row);
}

typedef struct
{
  Mapping   *mapping;
  GType      type;
  GPtrArray *rows;
} ReadData;

static gboolean
collect_row_cb (const GValue *values,
                guint         n_values,
                gpointer      user_data)
{
  ReadData *data = user_data;
  StewardRecordRow *row = g_new0 (StewardRecordRow, 1);

  row->mapping = data->mapping;
  row->type = data->type;
  row->id = g_value_get_int64 (&values[0]);
  row->values = g_new0 (GValue, n_values - 1);
  for (guint i = 1; i < n_values; i++)
    if (G_IS_VALUE (&values[i]))
      {
        g_value_init (&row->values[i - 1], G_VALUE_TYPE (&values[i]));
        g_value_copy (&values[i], &row->values[i - 1]);
      }

  g_ptr_array_add (data->rows, row);

  return TRUE;
}

/**
 * steward_record_read_rows:
 * @rows: (out) (transfer full): the rows, in the query's order
 *
 * Reads the rows of a record type without making objects of them yet.
 */
gboolean
steward_record_read_rows (StewardDatabase  *db,
                          GType             record_type,
                          StewardQuery     *query,
                          GPtrArray       **rows,
                          GError          **error)
{
  ReadData data;

  g_return_val_if_fail (g_type_is_a (record_type, STEWARD_TYPE_RECORD), FALSE);

  /* The class must exist for its mapping to. */
  g_type_class_unref (g_type_class_ref (record_type));

  data.mapping = get_mapping (record_type);
  data.type = record_type;
  data.rows = g_ptr_array_new_with_free_func (free_row);

  if (!steward_database_select (db, data.mapping->table,
                                (const char * const *)data.mapping->names->pdata,
                                (const StewardStorage *)(void *)data.mapping->storage->data,
                                data.mapping->columns->len + 1,
                                query, collect_row_cb, &data, error))
    {
      g_ptr_array_unref (data.rows);
      return FALSE;
    }

  *rows = data.rows;

  return TRUE;
}

gint64
steward_record_row_get_id (StewardRecordRow *row)
{
  return row->id;
}

/**
 * steward_record_row_create:
 *
 * Returns: (transfer full): a record made from @row
 */
StewardRecord *
steward_record_row_create (StewardRecordRow *row)
{
  StewardRecord *record = g_object_new (row->type, NULL);
  StewardRecordPrivate *priv = steward_record_get_instance_private (record);
  GValue *values = ensure_values (record);

  /* A new object has nobody to notify: fill it directly. */
  priv->id = row->id;
  for (guint i = 0; i < row->mapping->columns->len; i++)
    {
      Column *column = g_ptr_array_index (row->mapping->columns, i);

      g_value_unset (&values[i]);
      value_from_storage (column, &row->values[i], &values[i]);
    }

  return record;
}

/**
 * steward_record_row_apply:
 *
 * Sets on @record the values of @row that differ from its own, so that
 * only what really changed is notified.
 */
void
steward_record_row_apply (StewardRecordRow *row,
                          StewardRecord    *record)
{
  Mapping *mapping = row->mapping;
  GValue *current = dup_stored_values (record, mapping);

  g_object_freeze_notify (G_OBJECT (record));
  set_id (record, row->id);
  for (guint i = 0; i < mapping->columns->len; i++)
    if (!storage_equal (&current[i], &row->values[i]))
      {
        Column *column = g_ptr_array_index (mapping->columns, i);
        g_auto(GValue) value = G_VALUE_INIT;

        value_from_storage (column, &row->values[i], &value);
        steward_record_set_value (record, column->pspec, &value);
      }
  g_object_thaw_notify (G_OBJECT (record));

  free_values (current, mapping->columns->len);
}

/**
 * steward_record_load:
 *
 * Returns: (transfer full) (type StewardRecord): the record with that id, or
 *   %NULL with @error set
 */
gpointer
steward_record_load (StewardDatabase  *db,
                     GType             record_type,
                     gint64            id,
                     GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) rows = NULL;

  steward_query_where_int64 (query, "id", STEWARD_QUERY_EQUAL, id);

  if (!steward_record_read_rows (db, record_type, query, &rows, error))
    return NULL;

  if (rows->len == 0)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND,
                   _("The record no longer exists; someone may have deleted it."));
      return NULL;
    }

  return steward_record_row_create (g_ptr_array_index (rows, 0));
}

/**
 * steward_record_load_each:
 * @func: gets each record in turn (borrowed); returns %FALSE to stop
 */
gboolean
steward_record_load_each (StewardDatabase  *db,
                          GType             record_type,
                          StewardQuery     *query,
                          gboolean        (*func) (StewardRecord *record,
                                                   gpointer       user_data),
                          gpointer          user_data,
                          GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  if (!steward_record_read_rows (db, record_type, query, &rows, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(StewardRecord) record = steward_record_row_create (g_ptr_array_index (rows, i));

      if (!func (record, user_data))
        break;
    }

  return TRUE;
}
