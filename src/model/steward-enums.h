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

#define STEWARD_TYPE_BODY_KIND (steward_body_kind_get_type ())
#define STEWARD_TYPE_CALENDAR  (steward_calendar_get_type ())

GType        steward_body_kind_get_type      (void) G_GNUC_CONST;
GType        steward_calendar_get_type       (void) G_GNUC_CONST;
const char  *steward_body_kind_to_string     (StewardBodyKind kind);

G_END_DECLS
