/* steward-query.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * StewardQueryOp:
 *
 * How a condition compares a column with its value. The store turns these
 * into SQL with the value bound as a parameter, never spelled into the text.
 */
typedef enum
{
  STEWARD_QUERY_EQUAL,
  STEWARD_QUERY_NOT_EQUAL,
  STEWARD_QUERY_LESS,
  STEWARD_QUERY_LESS_OR_EQUAL,
  STEWARD_QUERY_GREATER,
  STEWARD_QUERY_GREATER_OR_EQUAL,
  STEWARD_QUERY_IS_NULL,
  STEWARD_QUERY_IS_NOT_NULL,
  STEWARD_QUERY_CONTAINS,
} StewardQueryOp;

typedef struct _StewardQuery StewardQuery;

#define STEWARD_TYPE_QUERY (steward_query_get_type ())

GType          steward_query_get_type      (void) G_GNUC_CONST;
StewardQuery  *steward_query_new           (void);
StewardQuery  *steward_query_ref           (StewardQuery   *self);
void           steward_query_unref         (StewardQuery   *self);
void           steward_query_where         (StewardQuery   *self,
                                            const char     *column,
                                            StewardQueryOp  op,
                                            const GValue   *value);
void           steward_query_where_int64   (StewardQuery   *self,
                                            const char     *column,
                                            StewardQueryOp  op,
                                            gint64          value);
void           steward_query_where_string  (StewardQuery   *self,
                                            const char     *column,
                                            StewardQueryOp  op,
                                            const char     *value);
void           steward_query_order_by      (StewardQuery   *self,
                                            const char     *column,
                                            gboolean        descending);
void           steward_query_set_limit     (StewardQuery   *self,
                                            guint           limit);

/* For the store, which turns a query into SQL. */
guint          steward_query_get_n_conditions (StewardQuery  *self);
const char    *steward_query_get_condition    (StewardQuery  *self,
                                               guint          i,
                                               StewardQueryOp *op,
                                               const GValue **value);
guint          steward_query_get_n_orders     (StewardQuery  *self);
const char    *steward_query_get_order        (StewardQuery  *self,
                                               guint          i,
                                               gboolean      *descending);
guint          steward_query_get_limit        (StewardQuery  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardQuery, steward_query_unref)

G_END_DECLS
