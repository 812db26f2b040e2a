/* steward-review.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/steward-action-item.h"
#include "model/steward-enums.h"
#include "model/steward-minutes.h"
#include "model/steward-review.h"
#include "model/steward-review-attendee.h"
#include "model/steward-review-decision.h"
#include "model/steward-review-item.h"
#include "model/steward-review-enums.h"

G_BEGIN_DECLS

/* The rules of the management review (procedure 5.4): numbering, the
 * agenda, attendance and quorum, decisions that become follow-up items,
 * completeness, and document control of the minutes (5.4.3). Every
 * function that writes does it in one transaction through the records;
 * a problem a user can fix comes back in @problems (StewardProblem, keyed
 * by the property or the wizard page), anything else in @error. */

/* The pages of the review wizard besides the agenda items, as stored in
 * review.wizard_page and used as keys of problems. */
#define STEWARD_REVIEW_PAGE_MEETING   "meeting"
#define STEWARD_REVIEW_PAGE_DECISIONS "decisions"
#define STEWARD_REVIEW_PAGE_SUMMARY   "summary"

/* Numbering: the next number of @kind in @year (1 for the first). */
int             steward_review_next_number          (StewardDatabase       *db,
                                                     StewardReviewKind      kind,
                                                     int                    year,
                                                     GError               **error);
/* "114年度第1次管理審查會議" / "2025 Management Review No. 1": the year in
 * @calendar. */
char           *steward_review_dup_default_title    (StewardReviewKind      kind,
                                                     int                    year,
                                                     int                    number,
                                                     StewardCalendar        calendar);

/* Creates the meeting @review (not yet saved; year and number filled in
 * when 0), its agenda items (every item of a regular review; @items, at
 * least one, for an extraordinary one: a problem on "items" otherwise),
 * its attendees (@person_ids; NULL: the committee's members on the day
 * from the roster) and version 1 of its minutes, a draft. */
gboolean        steward_review_create               (StewardDatabase       *db,
                                                     StewardReview         *review,
                                                     const StewardAgendaItem *items,
                                                     guint                  n_items,
                                                     GArray                *person_ids,
                                                     GPtrArray             *problems,
                                                     GError               **error);

/* The people on the roster on @day (a member of any body), with the role
 * written on the minutes: StewardRosterEntry objects. */
GListModel     *steward_review_list_candidates      (StewardDatabase       *db,
                                                     const GDate           *day,
                                                     GError               **error);
/* The committee's own members on @day: the default invitation. */
GArray         *steward_review_default_attendees    (StewardDatabase       *db,
                                                     const GDate           *day,
                                                     GError               **error);
/* Adds @person_id to the meeting, refusing someone not on the roster on
 * the meeting's day (problem on "person-id"). */
StewardReviewAttendee *steward_review_add_attendee  (StewardDatabase       *db,
                                                     StewardReview         *review,
                                                     gint64                 person_id,
                                                     GPtrArray             *problems,
                                                     GError               **error);

/**
 * StewardQuorum:
 * @n_invited: attendees of the meeting
 * @n_present: present or represented
 * @n_needed: present or represented that make the quorum (more than half)
 * @met: @n_present >= @n_needed
 */
typedef struct
{
  guint    n_invited;
  guint    n_present;
  guint    n_needed;
  gboolean met;
} StewardQuorum;

void            steward_review_get_quorum           (GListModel            *attendees,
                                                     StewardQuorum         *quorum);

/* Document control */

/* The draft version of the minutes, NULL when none (issued and no
 * correction begun). */
StewardMinutes *steward_review_get_draft            (StewardDatabase       *db,
                                                     gint64                 review_id,
                                                     GError               **error);
/* The newest version, draft or issued. */
StewardMinutes *steward_review_get_latest_minutes   (StewardDatabase       *db,
                                                     gint64                 review_id,
                                                     GError               **error);
/* Issued and no correction begun: nothing of the meeting may change. */
gboolean        steward_review_is_locked            (StewardDatabase       *db,
                                                     gint64                 review_id);

/**
 * StewardReviewGap:
 * @page: the wizard page to go to: an agenda item's nick, or
 *   %STEWARD_REVIEW_PAGE_MEETING
 * @message: what is missing, translated
 */
typedef struct
{
  char *page;
  char *message;
} StewardReviewGap;

void            steward_review_gap_free             (StewardReviewGap      *gap);
/* What keeps the minutes from being issued: an agenda item with neither
 * discussion nor conclusion nor "nothing to report"; "nothing to report"
 * without a reason; no chair, no secretary, nobody present. Empty when
 * complete. */
GPtrArray      *steward_review_check_complete       (StewardDatabase       *db,
                                                     gint64                 review_id,
                                                     GError               **error);
/* Whether an item counts as written up. */
gboolean        steward_review_item_is_done         (StewardReviewItem     *item);

/* Issues the draft: refuses incomplete minutes (each gap a problem keyed
 * by its page) and locked ones; stores @content (the minutes as built by
 * steward_minutes_build()), @pdf and its SHA-256, who and when. Use
 * steward_minutes_issue() (export), which renders the PDF. */
gboolean        steward_review_issue                (StewardDatabase       *db,
                                                     gint64                 review_id,
                                                     const char            *issued_by,
                                                     GDateTime             *issued_at,
                                                     JsonObject            *content,
                                                     GBytes                *pdf,
                                                     GPtrArray             *problems,
                                                     GError               **error);
/* Begins a correction of issued minutes: a new draft version that
 * replaces the newest issued one, with @reason (a problem on "reason"
 * when blank). */
StewardMinutes *steward_review_start_correction     (StewardDatabase       *db,
                                                     gint64                 review_id,
                                                     const char            *reason,
                                                     GPtrArray             *problems,
                                                     GError               **error);
/* The SHA-256 of @pdf as lowercase hex. */
char           *steward_review_dup_sha256           (GBytes                *pdf);

/* Decisions and their follow-up items (9.3.3) */

/* Records a decision under @item (-1: the general decisions). With
 * @owner_id > 0 or @due set it is an action: both are then required
 * (problems on "owner-id" and "due-date"), and a follow-up item is made
 * with the review as its source, decided on the meeting's day. */
StewardReviewDecision *steward_review_add_decision  (StewardDatabase       *db,
                                                     StewardReview         *review,
                                                     int                    item,
                                                     const char            *text,
                                                     gint64                 owner_id,
                                                     const GDate           *due,
                                                     GPtrArray             *problems,
                                                     GError               **error);
/* Removes a decision, and its follow-up item when nothing was recorded
 * on it yet (else the item stays, as cancelled). */
gboolean        steward_review_remove_decision      (StewardDatabase       *db,
                                                     StewardReviewDecision *decision,
                                                     GError               **error);

/* The meeting before @review (regular or extraordinary), NULL for the
 * first: its day starts the window of "changes since the last review". */
StewardReview  *steward_review_get_previous         (StewardDatabase       *db,
                                                     StewardReview         *review,
                                                     GError               **error);
/* The actions still open from reviews before @review: the "previous
 * actions" of agenda item 2, StewardActionItem in due order. */
GPtrArray      *steward_review_list_previous_actions (StewardDatabase      *db,
                                                     StewardReview         *review,
                                                     GError               **error);

/* The next meeting from @now on, NULL for none. */
StewardReview  *steward_review_get_next             (StewardDatabase       *db,
                                                     GDateTime             *now,
                                                     GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardReviewGap, steward_review_gap_free)

G_END_DECLS
