/* steward-query.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-query"

#include "config.h"

#include "steward-query.h"

typedef struct
{
  char           *column;
  StewardQueryOp  op;
  GValue          value;
} Condition;

typedef struct
{
  char     *column;
  gboolean  descending;
} Order;

struct _StewardQuery
{
  gatomicrefcount  ref_count;
  GArray          *conditions;
  GArray          *orders;
  guint            limit;
};

G_DEFINE_BOXED_TYPE (StewardQuery, steward_query, steward_query_ref, steward_query_unref)

static void
clear_condition (gpointer data)
{
  Condition *condition = data;

  g_free (condition->column);
  if (G_IS_VALUE (&condition->value))
    g_value_unset (&condition->value);
}

static void
clear_order (gpointer data)
{
  Order *order = data;

  g_free (order->column);
}

/**
 * steward_query_new:
 *
 * A query is a list of conditions joined with AND, an order and a limit.
 * It names columns, not tables: the record type it is used with supplies the
 * table.
 *
 * Returns: (transfer full): a new query that matches every row
 */
StewardQuery *
steward_query_new (void)
{
  StewardQuery *self = g_new0 (StewardQuery, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->conditions = g_array_new (FALSE, TRUE, sizeof (Condition));
  g_array_set_clear_func (self->conditions, clear_condition);
  self->orders = g_array_new (FALSE, TRUE, sizeof (Order));
  g_array_set_clear_func (self->orders, clear_order);

  return self;
}

StewardQuery *
steward_query_ref (StewardQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
steward_query_unref (StewardQuery *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->conditions);
      g_array_unref (self->orders);
      g_free (self);
    }
}

void
steward_query_where (StewardQuery   *self,
                     const char     *column,
                     StewardQueryOp  op,
                     const GValue   *value)
{
  Condition condition = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL);
  g_return_if_fail (value != NULL ||
                    op == STEWARD_QUERY_IS_NULL ||
                    op == STEWARD_QUERY_IS_NOT_NULL);

  condition.column = g_strdup (column);
  condition.op = op;
  if (value != NULL)
    {
      g_value_init (&condition.value, G_VALUE_TYPE (value));
      g_value_copy (value, &condition.value);
    }

  g_array_append_val (self->conditions, condition);
}

void
steward_query_where_int64 (StewardQuery   *self,
                           const char     *column,
                           StewardQueryOp  op,
                           gint64          value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT64);
  g_value_set_int64 (&gvalue, value);
  steward_query_where (self, column, op, &gvalue);
}

void
steward_query_where_string (StewardQuery   *self,
                            const char     *column,
                            StewardQueryOp  op,
                            const char     *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  steward_query_where (self, column, op, &gvalue);
}

void
steward_query_order_by (StewardQuery *self,
                        const char   *column,
                        gboolean      descending)
{
  Order order = { g_strdup (column), !!descending };

  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL);

  g_array_append_val (self->orders, order);
}

void
steward_query_set_limit (StewardQuery *self,
                         guint         limit)
{
  g_return_if_fail (self != NULL);

  self->limit = limit;
}

guint
steward_query_get_n_conditions (StewardQuery *self)
{
  return self != NULL ? self->conditions->len : 0;
}

const char *
steward_query_get_condition (StewardQuery    *self,
                             guint            i,
                             StewardQueryOp  *op,
                             const GValue   **value)
{
  const Condition *condition;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->conditions->len, NULL);

  condition = &g_array_index (self->conditions, Condition, i);
  *op = condition->op;
  *value = G_IS_VALUE (&condition->value) ? &condition->value : NULL;

  return condition->column;
}

guint
steward_query_get_n_orders (StewardQuery *self)
{
  return self != NULL ? self->orders->len : 0;
}

const char *
steward_query_get_order (StewardQuery *self,
                         guint         i,
                         gboolean     *descending)
{
  const Order *order;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->orders->len, NULL);

  order = &g_array_index (self->orders, Order, i);
  *descending = order->descending;

  return order->column;
}

guint
steward_query_get_limit (StewardQuery *self)
{
  return self != NULL ? self->limit : 0;
}
