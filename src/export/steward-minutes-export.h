/* steward-minutes-export.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <json-glib/json-glib.h>

#include "export/steward-notice-export.h"
#include "model/steward-enums.h"
#include "model/steward-review.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* The minutes of a management review (5.4.3) on paper and on file, all
 * drawn from the document of steward_minutes_build() (see
 * logic/steward-minutes.h): an A4 PDF made with cairo and Pango, the same
 * pages printed through GtkPrintOperation and shown in the app's preview,
 * and an editable ODT for the official template. */

typedef struct _StewardMinutesLayout StewardMinutesLayout;

/* Lays out @content on pages of @width × @height points (A4: 595 × 842)
 * for @cr's font metrics: the header with the document number, version
 * and "page x of y" on every page; the meeting and the attendance table;
 * every agenda item with its tables and charts, decisions and actions;
 * the general decisions; the signature lines for the chair and the
 * secretary. */
StewardMinutesLayout *steward_minutes_layout_new      (JsonObject            *content,
                                                       cairo_t               *cr,
                                                       double                 width,
                                                       double                 height);
void                  steward_minutes_layout_free     (StewardMinutesLayout  *self);
guint                 steward_minutes_layout_get_n_pages (StewardMinutesLayout *self);
/* Draws page @page (from 0) at the origin of @cr. */
void                  steward_minutes_layout_draw_page (StewardMinutesLayout *self,
                                                       cairo_t               *cr,
                                                       guint                  page);

/* The PDF of @content, in memory: what is issued and hashed. */
GBytes               *steward_minutes_render_pdf      (JsonObject            *content,
                                                       GError               **error);
/* Writes @content to @path: .pdf, or .odt (editable, for LibreOffice and
 * Word). */
gboolean              steward_minutes_export          (JsonObject            *content,
                                                       const char            *path,
                                                       GError               **error);
/* Issued minutes write the very PDF that was issued; a draft is built
 * anew. .odt is always built from the document. */
gboolean              steward_minutes_export_review   (StewardDatabase       *db,
                                                       gint64                 review_id,
                                                       StewardCalendar        calendar,
                                                       const char            *path,
                                                       GError               **error);

/* Builds the document, renders the PDF and issues the draft through
 * steward_review_issue() (problems as there). */
gboolean              steward_minutes_issue           (StewardDatabase       *db,
                                                       gint64                 review_id,
                                                       const char            *issued_by,
                                                       StewardCalendar        calendar,
                                                       GPtrArray             *problems,
                                                       GError               **error);

/* The meeting notice (開會通知單, 5.7.1.2) of a review: topic, time,
 * place, attendees and the agenda, as PDF or .ics (by @path's extension).
 * A notice for a meeting that has already begun is refused with a
 * message that says so (STEWARD_RECORD_ERROR_INVALID), unless @now is
 * NULL (the tests and the command line of past meetings). */
gboolean              steward_review_export_notice    (StewardDatabase       *db,
                                                       gint64                 review_id,
                                                       StewardCalendar        calendar,
                                                       GDateTime             *now,
                                                       const char            *path,
                                                       GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardMinutesLayout, steward_minutes_layout_free)

G_END_DECLS
