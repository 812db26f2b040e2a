/* steward-follow-up.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-action-item.h"
#include "model/steward-communication.h"
#include "model/steward-enums.h"
#include "model/steward-handover.h"
#include "model/steward-project.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* The rules of the follow-up (procedure 3.10, 5.4.2, 5.7, 5.8): when an
 * action is overdue, the filters of the Actions page, the link back to
 * where an action came from, closing an action with its effectiveness
 * evaluation, the actions a management review carries over, the trends
 * of findings and actions, and what else needs attention. */

/* Actions */

/* Open or in progress: still to be done. */
gboolean     steward_action_is_active           (StewardActionItem          *action);
/* Active, and due before @today (an action due today is not overdue). */
gboolean     steward_action_is_overdue          (StewardActionItem          *action,
                                                 const GDate                *today);
/* Active, and due within @today's calendar month, first to last day. */
gboolean     steward_action_is_due_this_month   (StewardActionItem          *action,
                                                 const GDate                *today);
guint        steward_actions_count_overdue      (GListModel                 *actions,
                                                 const GDate                *today);

/**
 * StewardActionFilter:
 * @mine_person_id: only the actions this person owns; 0 for anyone's
 * @only_overdue: only overdue actions
 * @only_due_this_month: only active actions due this month
 * @source_kind: a #StewardActionSource, or -1 for any
 * @owner_id: only the actions of this owner; 0 for any
 *
 * The filters of the Actions page. Every condition set must hold.
 */
typedef struct
{
  gint64    mine_person_id;
  gboolean  only_overdue;
  gboolean  only_due_this_month;
  int       source_kind;
  gint64    owner_id;
} StewardActionFilter;

/* Sets @filter to let every action through. */
void         steward_action_filter_init         (StewardActionFilter        *filter);
gboolean     steward_action_filter_match        (const StewardActionFilter  *filter,
                                                 StewardActionItem          *action,
                                                 const GDate                *today);

/* "communications/communications#12", "findings/findings#7", ...: the
 * window's place of the action's source; NULL for "other" or without a
 * source record. A project review's link is its project's, which only
 * the database knows: without it, the projects page itself. */
char        *steward_action_dup_source_link     (StewardActionItem          *action);
char        *steward_action_dup_source_link_with_db (StewardDatabase        *db,
                                                     StewardActionItem      *action);
/* The action's source label when it has one, else its kind, translated. */
char        *steward_action_dup_source_label    (StewardActionItem          *action);

gboolean     steward_action_close               (StewardDatabase            *db,
                                                 StewardActionItem          *action,
                                                 const GDate                *done_on,
                                                 StewardEffectiveness        effectiveness,
                                                 const char                 *evaluated_by,
                                                 const GDate                *evaluated_on,
                                                 const char                 *note,
                                                 GPtrArray                  *problems,
                                                 GError                    **error);

GPtrArray   *steward_actions_open_from_reviews  (StewardDatabase            *db,
                                                 const GDate                *before,
                                                 GError                    **error);
GPtrArray   *steward_actions_for_source         (StewardDatabase            *db,
                                                 StewardActionSource         kind,
                                                 gint64                      source_id,
                                                 GError                    **error);

/* Trends, per period of a frequency (5.4.2.4) */

#define STEWARD_N_GRADINGS (STEWARD_GRADING_OBSERVATION + 1)

/**
 * StewardFindingTrend:
 * @start: the first day of the period
 * @end: its last day
 * @n_opened: findings raised in the period
 * @n_closed: findings closed in the period
 * @n_open_at_end: findings raised by the period's end and not closed by then
 * @opened: @n_opened by #StewardGrading
 * @closed: @n_closed by #StewardGrading
 * @open_at_end: @n_open_at_end by #StewardGrading
 */
typedef struct
{
  GDate  start;
  GDate  end;
  guint  n_opened;
  guint  n_closed;
  guint  n_open_at_end;
  guint  opened[STEWARD_N_GRADINGS];
  guint  closed[STEWARD_N_GRADINGS];
  guint  open_at_end[STEWARD_N_GRADINGS];
} StewardFindingTrend;

/**
 * StewardActionTrend:
 * @n_opened: actions created in the period (cancelled ones too)
 * @n_closed: actions done in the period
 * @n_open_at_end: actions created by the period's end, not yet done or
 *   cancelled then
 * @n_cancelled: actions cancelled in the period
 *
 * The same as #StewardFindingTrend for actions, which have no grading.
 */
typedef struct
{
  GDate  start;
  GDate  end;
  guint  n_opened;
  guint  n_closed;
  guint  n_open_at_end;
  guint  n_cancelled;
} StewardActionTrend;

GArray      *steward_findings_trend             (GListModel                 *findings,
                                                 StewardFrequency            frequency,
                                                 const GDate                *from,
                                                 const GDate                *to);
GArray      *steward_actions_trend              (GListModel                 *actions,
                                                 StewardFrequency            frequency,
                                                 const GDate                *from,
                                                 const GDate                *to);

/* What else needs attention */

/* A media statement without the deputy director's approval (5.7.3). */
gboolean     steward_communication_is_blocked   (StewardCommunication       *communication);
/* Started by @today without a risk assessment (5.8.2). */
gboolean     steward_project_is_risk_due        (StewardProject             *project,
                                                 const GDate                *today);
/* Not yet authorised by the supervisor or accepted by the receiver (3.10). */
gboolean     steward_handover_is_open           (StewardHandover            *handover);

G_END_DECLS
