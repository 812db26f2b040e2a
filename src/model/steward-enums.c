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

G_DEFINE_ENUM_TYPE (StewardRole, steward_role,
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_CONVENER, "convener"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_DEPUTY_CONVENER, "deputy-convener"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_MEMBER, "member"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_CISO, "ciso"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_DOCUMENT_CONTROLLER, "document-controller"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_PROCESS_OWNER, "process-owner"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_AUDIT_LEAD, "audit-lead"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_AUDITOR, "auditor"),
  G_DEFINE_ENUM_VALUE (STEWARD_ROLE_SECRETARY, "secretary"))

/**
 * steward_role_to_string:
 *
 * Returns: the role, translated, as the roster names it
 */
const char *
steward_role_to_string (StewardRole role)
{
  switch (role)
    {
    case STEWARD_ROLE_CONVENER:            return _("Convener");
    case STEWARD_ROLE_DEPUTY_CONVENER:     return _("Deputy convener");
    case STEWARD_ROLE_MEMBER:              return _("Member");
    case STEWARD_ROLE_CISO:                return _("CISO");
    case STEWARD_ROLE_DOCUMENT_CONTROLLER: return _("Document controller");
    case STEWARD_ROLE_PROCESS_OWNER:       return _("Key business process owner");
    case STEWARD_ROLE_AUDIT_LEAD:          return _("Audit lead");
    case STEWARD_ROLE_AUDITOR:             return _("Auditor");
    case STEWARD_ROLE_SECRETARY:           return _("Secretary");
    default:                               return _("Member");
    }
}

/**
 * steward_role_is_lead:
 *
 * Returns: whether the role leads its body: every body needs one (5.3)
 */
gboolean
steward_role_is_lead (StewardRole role)
{
  return role == STEWARD_ROLE_CONVENER ||
         role == STEWARD_ROLE_CISO ||
         role == STEWARD_ROLE_AUDIT_LEAD;
}

G_DEFINE_ENUM_TYPE (StewardDirection, steward_direction,
  G_DEFINE_ENUM_VALUE (STEWARD_DIRECTION_AT_LEAST, "at-least"),
  G_DEFINE_ENUM_VALUE (STEWARD_DIRECTION_AT_MOST, "at-most"),
  G_DEFINE_ENUM_VALUE (STEWARD_DIRECTION_WITHIN, "within"))

/**
 * steward_direction_to_string:
 *
 * Returns: the direction, translated, as a form names it
 */
const char *
steward_direction_to_string (StewardDirection direction)
{
  switch (direction)
    {
    case STEWARD_DIRECTION_AT_LEAST: return _("At least");
    case STEWARD_DIRECTION_AT_MOST:  return _("At most");
    case STEWARD_DIRECTION_WITHIN:   return _("Within a range");
    default:                         return _("At least");
    }
}

G_DEFINE_ENUM_TYPE (StewardFrequency, steward_frequency,
  G_DEFINE_ENUM_VALUE (STEWARD_FREQUENCY_MONTHLY, "monthly"),
  G_DEFINE_ENUM_VALUE (STEWARD_FREQUENCY_QUARTERLY, "quarterly"),
  G_DEFINE_ENUM_VALUE (STEWARD_FREQUENCY_HALF_YEARLY, "half-yearly"),
  G_DEFINE_ENUM_VALUE (STEWARD_FREQUENCY_YEARLY, "yearly"))

const char *
steward_frequency_to_string (StewardFrequency frequency)
{
  switch (frequency)
    {
    case STEWARD_FREQUENCY_MONTHLY:     return _("Monthly");
    case STEWARD_FREQUENCY_QUARTERLY:   return _("Quarterly");
    case STEWARD_FREQUENCY_HALF_YEARLY: return _("Half-yearly");
    case STEWARD_FREQUENCY_YEARLY:      return _("Yearly");
    default:                            return _("Monthly");
    }
}

G_DEFINE_ENUM_TYPE (StewardPlanStatus, steward_plan_status,
  G_DEFINE_ENUM_VALUE (STEWARD_PLAN_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (STEWARD_PLAN_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (STEWARD_PLAN_DONE, "done"),
  G_DEFINE_ENUM_VALUE (STEWARD_PLAN_CANCELLED, "cancelled"))

const char *
steward_plan_status_to_string (StewardPlanStatus status)
{
  switch (status)
    {
    case STEWARD_PLAN_PLANNED:     return _("Planned");
    case STEWARD_PLAN_IN_PROGRESS: return _("In progress");
    case STEWARD_PLAN_DONE:        return _("Done");
    case STEWARD_PLAN_CANCELLED:   return _("Cancelled");
    default:                       return _("Planned");
    }
}
