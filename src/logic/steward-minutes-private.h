/* steward-minutes-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/steward-enums.h"
#include "model/steward-review.h"
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

/* The window of a review's data: from the day after the previous review
 * (or a year before the meeting when there was none) to the meeting's
 * day. */
typedef struct
{
  StewardDatabase *db;
  StewardReview   *review;
  StewardCalendar  calendar;
  GDate            day;       /* the meeting's day */
  GDate            from;      /* the window's first day */
  char            *day_iso;
  char            *from_iso;
  char            *since;     /* the previous review's day, or from, written */
  GDateTime       *from_time;
  GDateTime       *to_time;
  GHashTable      *names;     /* person id → name */
} StewardMinutesWindow;

/* The name of person @id (cached), "" for none. */
const char   *steward_minutes_window_person  (StewardMinutesWindow *w,
                                              gint64                id);
char         *steward_minutes_window_party   (StewardMinutesWindow *w,
                                              gint64                party_id);
/* @column (a date) within the window, in order. */
StewardQuery *steward_minutes_window_query   (StewardMinutesWindow *w,
                                              const char           *column);
/* An "empty" block of @text, which it takes. */
void          steward_minutes_add_empty_text (JsonArray            *blocks,
                                              char                 *text);
/* "No … since %s.": @format has one %s, the window's start. */
#define steward_minutes_add_empty(w, blocks, format) \
  steward_minutes_add_empty_text ((blocks), g_strdup_printf ((format), (w)->since))

/* Agenda items 6, 7 and 8, in steward-minutes-registers.c. */
gboolean steward_minutes_item_feedback    (StewardMinutesWindow  *w,
                                           JsonArray             *blocks,
                                           GError               **error);
gboolean steward_minutes_item_risks       (StewardMinutesWindow  *w,
                                           JsonArray             *blocks,
                                           GError               **error);
gboolean steward_minutes_item_improvement (StewardMinutesWindow  *w,
                                           JsonArray             *blocks,
                                           GError               **error);

G_END_DECLS
