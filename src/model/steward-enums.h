/* steward-enums.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The bodies of the organization (procedure 5.3). Stored as the nick. */
typedef enum
{
  STEWARD_BODY_COMMITTEE,        /* 資訊安全委員會, 5.3.2 */
  STEWARD_BODY_CISO,             /* 資訊安全官, 5.3.3 */
  STEWARD_BODY_MANAGEMENT_TEAM,  /* 資訊安全管理小組, 5.3.4 */
  STEWARD_BODY_EMERGENCY_TEAM,   /* 緊急處理組, 5.3.5 */
  STEWARD_BODY_AUDIT_TEAM,       /* 資訊安全稽核小組, 5.3.6 */
  STEWARD_BODY_OTHER,            /* a sub-team the centre adds */
} StewardBodyKind;

/* How dates are shown: the ROC (民國) calendar is the one of Taiwanese
 * public-sector forms. */
typedef enum
{
  STEWARD_CALENDAR_GREGORIAN,
  STEWARD_CALENDAR_ROC,
} StewardCalendar;

/* The roles of a membership (procedure 5.3). Stored as the nick. */
typedef enum
{
  STEWARD_ROLE_CONVENER,             /* 召集人 */
  STEWARD_ROLE_DEPUTY_CONVENER,      /* 副召集人 */
  STEWARD_ROLE_MEMBER,               /* 委員／成員 */
  STEWARD_ROLE_CISO,                 /* 資訊安全官 */
  STEWARD_ROLE_DOCUMENT_CONTROLLER,  /* 文管人員, 5.3.3.5 */
  STEWARD_ROLE_PROCESS_OWNER,        /* 關鍵業務流程負責人, 5.3.5.2 */
  STEWARD_ROLE_AUDIT_LEAD,           /* 稽核組長 */
  STEWARD_ROLE_AUDITOR,              /* 稽核人員 */
  STEWARD_ROLE_SECRETARY,            /* 秘書／承辦人員 */
} StewardRole;

/* Which side of the target a good value lies on (procedure 5.6). */
typedef enum
{
  STEWARD_DIRECTION_AT_LEAST,  /* 至少: availability, training hours */
  STEWARD_DIRECTION_AT_MOST,   /* 至多: click rate, days to remediate */
  STEWARD_DIRECTION_WITHIN,    /* 介於: a range */
} StewardDirection;

/* How often an objective is measured: its periods start on the first of
 * a month, a quarter, a half-year or a year. */
typedef enum
{
  STEWARD_FREQUENCY_MONTHLY,
  STEWARD_FREQUENCY_QUARTERLY,
  STEWARD_FREQUENCY_HALF_YEARLY,
  STEWARD_FREQUENCY_YEARLY,
} StewardFrequency;

/* Where the plan of an objective stands (5.6.2). */
typedef enum
{
  STEWARD_PLAN_PLANNED,
  STEWARD_PLAN_IN_PROGRESS,
  STEWARD_PLAN_DONE,
  STEWARD_PLAN_CANCELLED,
} StewardPlanStatus;

#define STEWARD_TYPE_BODY_KIND (steward_body_kind_get_type ())
#define STEWARD_TYPE_DIRECTION   (steward_direction_get_type ())
#define STEWARD_TYPE_FREQUENCY   (steward_frequency_get_type ())
#define STEWARD_TYPE_PLAN_STATUS (steward_plan_status_get_type ())
#define STEWARD_TYPE_ROLE      (steward_role_get_type ())
#define STEWARD_TYPE_CALENDAR  (steward_calendar_get_type ())

GType        steward_body_kind_get_type      (void) G_GNUC_CONST;
GType        steward_calendar_get_type       (void) G_GNUC_CONST;
const char  *steward_body_kind_to_string     (StewardBodyKind kind);
GType        steward_role_get_type           (void) G_GNUC_CONST;
const char  *steward_role_to_string          (StewardRole     role);
gboolean     steward_role_is_lead            (StewardRole     role);
GType        steward_direction_get_type      (void) G_GNUC_CONST;
const char  *steward_direction_to_string     (StewardDirection direction);
GType        steward_frequency_get_type      (void) G_GNUC_CONST;
const char  *steward_frequency_to_string     (StewardFrequency frequency);
GType        steward_plan_status_get_type    (void) G_GNUC_CONST;
const char  *steward_plan_status_to_string   (StewardPlanStatus status);

G_END_DECLS
