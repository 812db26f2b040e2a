/* steward-enums.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-enums.h"

G_DEFINE_ENUM_TYPE (StewardBodyKind, steward_body_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_BODY_COMMITTEE, "committee"),
  G_DEFINE_ENUM_VALUE (STEWARD_BODY_CISO, "ciso"),
  G_DEFINE_ENUM_VALUE (STEWARD_BODY_MANAGEMENT_TEAM, "management-team"),
  G_DEFINE_ENUM_VALUE (STEWARD_BODY_EMERGENCY_TEAM, "emergency-team"),
  G_DEFINE_ENUM_VALUE (STEWARD_BODY_AUDIT_TEAM, "audit-team"),
  G_DEFINE_ENUM_VALUE (STEWARD_BODY_OTHER, "other"))

G_DEFINE_ENUM_TYPE (StewardCalendar, steward_calendar,
  G_DEFINE_ENUM_VALUE (STEWARD_CALENDAR_GREGORIAN, "gregorian"),
  G_DEFINE_ENUM_VALUE (STEWARD_CALENDAR_ROC, "roc"))

/**
 * steward_body_kind_to_string:
 *
 * Returns: the kind of body, translated, as the procedure names it
 */
const char *
steward_body_kind_to_string (StewardBodyKind kind)
{
  switch (kind)
    {
    case STEWARD_BODY_COMMITTEE:       return _("Information security committee");
    case STEWARD_BODY_CISO:            return _("Chief information security officer");
    case STEWARD_BODY_MANAGEMENT_TEAM: return _("ISMS management team");
    case STEWARD_BODY_EMERGENCY_TEAM:  return _("Emergency response team");
    case STEWARD_BODY_AUDIT_TEAM:      return _("Internal audit team");
    case STEWARD_BODY_OTHER:           return _("Other team");
    default:                           return _("Other team");
    }
}
