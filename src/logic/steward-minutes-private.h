/* steward-minutes-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/steward-enums.h"
#include "store/steward-database.h"
#include "store/steward-query.h"

G_BEGIN_DECLS

/* The blocks of the minutes' document (see steward-minutes.h), shared by
 * the files that build the agenda items' data. */

/* Every record of @type that @query matches (NULL: all). */
GPtrArray  *steward_minutes_load_all      (StewardDatabase    *db,
                                           GType               type,
                                           StewardQuery       *query,
                                           GError            **error);
/* A "text" or "empty" block. */
void        steward_minutes_add_text      (JsonArray          *blocks,
                                           const char         *type,
                                           const char         *text);
/* A "table" block with no rows yet; @numeric may be NULL. */
JsonObject *steward_minutes_add_table     (JsonArray          *blocks,
                                           const char         *caption,
                                           guint               n_columns,
                                           const char *const  *columns,
                                           const gboolean     *numeric);
/* A row of as many texts (NULL: "") as @table has columns. */
void        steward_minutes_add_row       (JsonObject         *table,
                                           ...);
guint       steward_minutes_table_n_rows  (JsonObject         *table);

/* The blocks of agenda item 5 (5.4.2.4), from @from to @day. */
gboolean    steward_minutes_performance_blocks (StewardDatabase  *db,
                                                const GDate      *from,
                                                const GDate      *day,
                                                const char       *since,
                                                StewardCalendar   calendar,
                                                JsonArray        *blocks,
                                                GError          **error);

G_END_DECLS
