/* steward-review-enums.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kinds of the management review (procedure 5.4).
 * Each is stored as its nick; *_to_string gives the translated name. */

/* A regular management review (at least once a year, 5.4.1) or an extraordinary one. */
typedef enum
{
  STEWARD_REVIEW_REGULAR,
  STEWARD_REVIEW_EXTRAORDINARY,
} StewardReviewKind;

/* Whether an invited member came to the meeting. */
typedef enum
{
  STEWARD_ATTENDANCE_PRESENT,
  STEWARD_ATTENDANCE_ABSENT,
  STEWARD_ATTENDANCE_ON_LEAVE,
  STEWARD_ATTENDANCE_REPRESENTED,
} StewardAttendance;

/* The agenda items of a management review (5.4.2, ISO/IEC 27001:2022 9.3.2), in their order. */
typedef enum
{
  STEWARD_AGENDA_POLICY,
  STEWARD_AGENDA_PREVIOUS_ACTIONS,
  STEWARD_AGENDA_ISSUES,
  STEWARD_AGENDA_PARTIES,
  STEWARD_AGENDA_PERFORMANCE,
  STEWARD_AGENDA_FEEDBACK,
  STEWARD_AGENDA_RISKS,
  STEWARD_AGENDA_IMPROVEMENT,
} StewardAgendaItem;

#define STEWARD_N_AGENDA_ITEMS (STEWARD_AGENDA_IMPROVEMENT + 1)

/* Where a version of the minutes stands under document control (5.4.3). */
typedef enum
{
  STEWARD_MINUTES_DRAFT,
  STEWARD_MINUTES_ISSUED,
} StewardMinutesStatus;

#define STEWARD_TYPE_REVIEW_KIND    (steward_review_kind_get_type ())
#define STEWARD_TYPE_ATTENDANCE     (steward_attendance_get_type ())
#define STEWARD_TYPE_AGENDA_ITEM    (steward_agenda_item_get_type ())
#define STEWARD_TYPE_MINUTES_STATUS (steward_minutes_status_get_type ())

GType        steward_review_kind_get_type     (void) G_GNUC_CONST;
const char  *steward_review_kind_to_string    (StewardReviewKind value);
GType        steward_attendance_get_type      (void) G_GNUC_CONST;
const char  *steward_attendance_to_string     (StewardAttendance value);
GType        steward_agenda_item_get_type     (void) G_GNUC_CONST;
const char  *steward_agenda_item_to_string    (StewardAgendaItem value);
GType        steward_minutes_status_get_type  (void) G_GNUC_CONST;
const char  *steward_minutes_status_to_string (StewardMinutesStatus value);

/* The clause of the procedure an agenda item stands for ("5.4.2.1"), its
 * stored name ("previous-actions"), and the agenda item of a stored name
 * (-1 for none). */
const char  *steward_agenda_item_get_clause   (StewardAgendaItem value);
const char  *steward_agenda_item_get_nick     (StewardAgendaItem value);
int          steward_agenda_item_from_nick    (const char       *nick);

G_END_DECLS
