/* steward-minutes-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What the minutes' pages (steward-minutes-layout.c), their PDF
 * (steward-minutes-export.c) and their ODT (steward-minutes-odt.c) share:
 * reading the document, which comes from a file and may lack anything. */

/* The string member @name of @object, or "" (never NULL). */
const char *steward_minutes_get_string  (JsonObject  *object,
                                         const char  *name);
/* The object or array member @name, or NULL. */
JsonObject *steward_minutes_get_object  (JsonObject  *object,
                                         const char  *name);
JsonArray  *steward_minutes_get_array   (JsonObject  *object,
                                         const char  *name);
gint64      steward_minutes_get_int     (JsonObject  *object,
                                         const char  *name);
gboolean    steward_minutes_get_bool    (JsonObject  *object,
                                         const char  *name);
/* Element @i of @array as text: a string, a number written plainly, or
 * "" for null. */
char       *steward_minutes_dup_cell    (JsonArray   *array,
                                         guint        i);

/* The lines of the meeting block, label and value, in order; the labels
 * translated. */
GPtrArray  *steward_minutes_meeting_lines (JsonObject *content);

/* The table of @decisions ("#", decision, owner, due): FALSE, and
 * nothing made, when there are none. */
gboolean    steward_minutes_decision_table (JsonArray   *decisions,
                                            JsonArray  **columns,
                                            JsonArray  **rows);

/* "Page %u of %u", translated. */
char       *steward_minutes_dup_page_of (guint        page,
                                         guint        n_pages);

/* The PNG of a chart block at @width × @height points (twice the pixels),
 * for the ODT; NULL when @block is not a chart. */
GBytes     *steward_minutes_render_chart_png (JsonObject *block,
                                              double      width,
                                              double      height);

G_END_DECLS
