/* steward-minutes.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/steward-enums.h"
#include "model/steward-review.h"
#include "model/steward-review-enums.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* The minutes of a management review as one document: what the wizard
 * shows beside each agenda item, what the preview, the PDF, the print and
 * the editable export draw, and what issued minutes keep (the content
 * column of minutes). Built from the records as of the meeting's day;
 * every text is already translated and every date already written in the
 * chosen calendar, so that issued minutes read the same forever.
 *
 * The document (format 1), a JSON object:
 *
 *   "format": 1
 *   "title": "114年度第1次管理審查會議紀錄"
 *   "meeting": { "title", "kind" (translated), "kind_nick", "when" (text),
 *                "starts_at" (ISO 8601), "place", "chair", "secretary" }
 *   "document": { "number", "version" (int), "status" (translated),
 *                 "status_nick", "issued_by", "issued_at" (text),
 *                 "replaces" (version int, absent for 1), "reason" }
 *   "attendance": { "columns": [...], "rows": [[...]...],
 *                   "quorum": "9 of 11 present; quorum (6) met" }
 *   "items": [ {
 *       "nick": "previous-actions", "number": "二", "title", "clause",
 *       "nothing_to_report": bool, "reason", "discussion", "conclusion",
 *       "blocks": [ BLOCK... ],
 *       "decisions": [ { "text", "owner", "due", "action_id" (int, 0 for a
 *                        decision without action) } ]
 *   } ... ]
 *   "decisions": [ ... ]       the general decisions, as above
 *   "signatures": [ "Chair", "Secretary" ]   the lines to sign, translated
 *
 * A BLOCK is one of:
 *   { "type": "text", "text": "..." }
 *   { "type": "empty", "text": "No changes to issues since 2025-03-12." }
 *       (a register with nothing to show says so plainly)
 *   { "type": "table", "caption": "...", "columns": ["...", ...],
 *     "rows": [["...", ...], ...], "numeric": [false, true, ...] }
 *   { "type": "chart", "caption": "...", "style": "line" | "bar",
 *     "unit": "%", "labels": ["114Q1", ...],
 *     "series": [ { "name": "...", "values": [1.0, null, ...],
 *                   "states": ["met" | "missed" | "normal", ...] } ],
 *     "target_low": [ ... | null ], "target_high": [ ... | null ],
 *     "direction": "at-least" | "at-most" | "within" }
 *   Any block may have a "role": "open-actions" marks the table (or the
 *   sentence) of the actions still open from earlier reviews, which the
 *   wizard replaces by its editable list in a draft.
 *   A chart's arrays are as long as "labels"; null is a gap. The target
 *   arrays are optional and give the target band per label (a step where
 *   the target changed). steward_chart_plot_new_from_json() draws it. */

#define STEWARD_MINUTES_FORMAT 1

/* The whole document of @review_id's minutes as they stand now (draft),
 * with the live data as of the meeting's day. */
JsonObject *steward_minutes_build             (StewardDatabase    *db,
                                               gint64              review_id,
                                               StewardCalendar     calendar,
                                               GError            **error);

/* The data blocks of one agenda item of @review as of its day: the same
 * array steward_minutes_build() puts in the item's "blocks". The wizard
 * shows them beside the item. */
JsonArray  *steward_minutes_build_item_blocks (StewardDatabase    *db,
                                               StewardReview      *review,
                                               StewardAgendaItem   item,
                                               StewardCalendar     calendar,
                                               GError            **error);

/* The document of the newest version: the stored content of issued
 * minutes (never rebuilt), or a fresh build of the draft. */
JsonObject *steward_minutes_load              (StewardDatabase    *db,
                                               gint64              review_id,
                                               StewardCalendar     calendar,
                                               GError            **error);

/* The number of agenda item @index as the minutes write it: "一" … "八"
 * in Chinese, "1" … "8" in English (a translated string). */
const char *steward_minutes_item_number       (guint               index);

G_END_DECLS
