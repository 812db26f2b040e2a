/* steward-review-enums.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-review-enums.h"

G_DEFINE_ENUM_TYPE (StewardReviewKind, steward_review_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_REVIEW_REGULAR, "regular"),
  G_DEFINE_ENUM_VALUE (STEWARD_REVIEW_EXTRAORDINARY, "extraordinary"))

const char *
steward_review_kind_to_string (StewardReviewKind value)
{
  switch (value)
    {
    case STEWARD_REVIEW_REGULAR:       return _("Management review");
    case STEWARD_REVIEW_EXTRAORDINARY: return _("Extraordinary meeting");
    default:                          return _("Management review");
    }
}

G_DEFINE_ENUM_TYPE (StewardAttendance, steward_attendance,
  G_DEFINE_ENUM_VALUE (STEWARD_ATTENDANCE_PRESENT, "present"),
  G_DEFINE_ENUM_VALUE (STEWARD_ATTENDANCE_ABSENT, "absent"),
  G_DEFINE_ENUM_VALUE (STEWARD_ATTENDANCE_ON_LEAVE, "on-leave"),
  G_DEFINE_ENUM_VALUE (STEWARD_ATTENDANCE_REPRESENTED, "represented"))

const char *
steward_attendance_to_string (StewardAttendance value)
{
  switch (value)
    {
    case STEWARD_ATTENDANCE_PRESENT:     return _("Present");
    case STEWARD_ATTENDANCE_ABSENT:      return _("Absent");
    case STEWARD_ATTENDANCE_ON_LEAVE:    return _("On leave");
    case STEWARD_ATTENDANCE_REPRESENTED: return _("Represented");
    default:                            return _("Present");
    }
}

G_DEFINE_ENUM_TYPE (StewardAgendaItem, steward_agenda_item,
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_POLICY, "policy"),
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_PREVIOUS_ACTIONS, "previous-actions"),
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_ISSUES, "issues"),
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_PARTIES, "parties"),
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_PERFORMANCE, "performance"),
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_FEEDBACK, "feedback"),
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_RISKS, "risks"),
  G_DEFINE_ENUM_VALUE (STEWARD_AGENDA_IMPROVEMENT, "improvement"))

const char *
steward_agenda_item_to_string (StewardAgendaItem value)
{
  switch (value)
    {
    case STEWARD_AGENDA_POLICY:           return _("Information security policy");
    case STEWARD_AGENDA_PREVIOUS_ACTIONS: return _("Status of actions from previous reviews");
    case STEWARD_AGENDA_ISSUES:           return _("Changes in external and internal issues");
    case STEWARD_AGENDA_PARTIES:          return _("Changes in needs and expectations of interested parties");
    case STEWARD_AGENDA_PERFORMANCE:      return _("Information security performance");
    case STEWARD_AGENDA_FEEDBACK:         return _("Feedback from interested parties");
    case STEWARD_AGENDA_RISKS:            return _("Risk assessment results and the treatment plan");
    case STEWARD_AGENDA_IMPROVEMENT:      return _("Opportunities for continual improvement");
    default:                             return _("Information security policy");
    }
}

G_DEFINE_ENUM_TYPE (StewardMinutesStatus, steward_minutes_status,
  G_DEFINE_ENUM_VALUE (STEWARD_MINUTES_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (STEWARD_MINUTES_ISSUED, "issued"))

const char *
steward_minutes_status_to_string (StewardMinutesStatus value)
{
  switch (value)
    {
    case STEWARD_MINUTES_DRAFT:  return _("Draft");
    case STEWARD_MINUTES_ISSUED: return _("Issued");
    default:                    return _("Draft");
    }
}

const char *
steward_agenda_item_get_clause (StewardAgendaItem value)
{
  static const char * const clauses[STEWARD_N_AGENDA_ITEMS] = {
    "5.4.2.1", "5.4.2.2", "5.4.2.3", "5.4.2.3", "5.4.2.4", "5.4.2.5", "5.4.2.6", "5.4.2.7",
  };

  g_return_val_if_fail ((guint) value < STEWARD_N_AGENDA_ITEMS, NULL);

  return clauses[value];
}

const char *
steward_agenda_item_get_nick (StewardAgendaItem value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (STEWARD_TYPE_AGENDA_ITEM);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  return enum_value->value_nick;
}

int
steward_agenda_item_from_nick (const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (STEWARD_TYPE_AGENDA_ITEM);
  GEnumValue *enum_value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return enum_value != NULL ? enum_value->value : -1;
}
