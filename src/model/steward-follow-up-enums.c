/* steward-follow-up-enums.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-follow-up-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-follow-up-enums.h"

G_DEFINE_ENUM_TYPE (StewardActionStatus, steward_action_status,
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_DONE, "done"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_CANCELLED, "cancelled"))

const char *
steward_action_status_to_string (StewardActionStatus value)
{
  switch (value)
    {
    case STEWARD_ACTION_OPEN:        return _("Open");
    case STEWARD_ACTION_IN_PROGRESS: return _("In progress");
    case STEWARD_ACTION_DONE:        return _("Done");
    case STEWARD_ACTION_CANCELLED:   return _("Cancelled");
    default:                        return _("Open");
    }
}

G_DEFINE_ENUM_TYPE (StewardActionSource, steward_action_source,
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_SOURCE_REVIEW, "review"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_SOURCE_COMMUNICATION, "communication"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_SOURCE_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_SOURCE_FINDING, "finding"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_SOURCE_PROJECT_REVIEW, "project-review"),
  G_DEFINE_ENUM_VALUE (STEWARD_ACTION_SOURCE_OTHER, "other"))

const char *
steward_action_source_to_string (StewardActionSource value)
{
  switch (value)
    {
    case STEWARD_ACTION_SOURCE_REVIEW:         return _("Management review");
    case STEWARD_ACTION_SOURCE_COMMUNICATION:  return _("Communication");
    case STEWARD_ACTION_SOURCE_MEETING:        return _("Meeting");
    case STEWARD_ACTION_SOURCE_FINDING:        return _("Finding");
    case STEWARD_ACTION_SOURCE_PROJECT_REVIEW: return _("Project review");
    case STEWARD_ACTION_SOURCE_OTHER:          return _("Other");
    default:                                  return _("Management review");
    }
}

G_DEFINE_ENUM_TYPE (StewardEffectiveness, steward_effectiveness,
  G_DEFINE_ENUM_VALUE (STEWARD_EFFECTIVENESS_NOT_EVALUATED, "not-evaluated"),
  G_DEFINE_ENUM_VALUE (STEWARD_EFFECTIVENESS_EFFECTIVE, "effective"),
  G_DEFINE_ENUM_VALUE (STEWARD_EFFECTIVENESS_NOT_EFFECTIVE, "not-effective"))

const char *
steward_effectiveness_to_string (StewardEffectiveness value)
{
  switch (value)
    {
    case STEWARD_EFFECTIVENESS_NOT_EVALUATED: return _("Not evaluated");
    case STEWARD_EFFECTIVENESS_EFFECTIVE:     return _("Effective");
    case STEWARD_EFFECTIVENESS_NOT_EFFECTIVE: return _("Not effective");
    default:                                 return _("Not evaluated");
    }
}

G_DEFINE_ENUM_TYPE (StewardCommunicationKind, steward_communication_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_COMMUNICATION_INTERNAL, "internal"),
  G_DEFINE_ENUM_VALUE (STEWARD_COMMUNICATION_CROSS_UNIT, "cross-unit"),
  G_DEFINE_ENUM_VALUE (STEWARD_COMMUNICATION_EXTERNAL, "external"),
  G_DEFINE_ENUM_VALUE (STEWARD_COMMUNICATION_MEDIA, "media"),
  G_DEFINE_ENUM_VALUE (STEWARD_COMMUNICATION_ANNOUNCEMENT, "announcement"))

const char *
steward_communication_kind_to_string (StewardCommunicationKind value)
{
  switch (value)
    {
    case STEWARD_COMMUNICATION_INTERNAL:     return _("Internal");
    case STEWARD_COMMUNICATION_CROSS_UNIT:   return _("Across units");
    case STEWARD_COMMUNICATION_EXTERNAL:     return _("External");
    case STEWARD_COMMUNICATION_MEDIA:        return _("Media");
    case STEWARD_COMMUNICATION_ANNOUNCEMENT: return _("Announcement");
    default:                                return _("Internal");
    }
}

G_DEFINE_ENUM_TYPE (StewardChannel, steward_channel,
  G_DEFINE_ENUM_VALUE (STEWARD_CHANNEL_FACE_TO_FACE, "face-to-face"),
  G_DEFINE_ENUM_VALUE (STEWARD_CHANNEL_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (STEWARD_CHANNEL_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (STEWARD_CHANNEL_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (STEWARD_CHANNEL_LETTER, "letter"),
  G_DEFINE_ENUM_VALUE (STEWARD_CHANNEL_NOTICE, "notice"))

const char *
steward_channel_to_string (StewardChannel value)
{
  switch (value)
    {
    case STEWARD_CHANNEL_FACE_TO_FACE: return _("Face to face");
    case STEWARD_CHANNEL_PHONE:        return _("Phone");
    case STEWARD_CHANNEL_EMAIL:        return _("E-mail");
    case STEWARD_CHANNEL_MEETING:      return _("Meeting");
    case STEWARD_CHANNEL_LETTER:       return _("Letter");
    case STEWARD_CHANNEL_NOTICE:       return _("Notice");
    default:                          return _("Face to face");
    }
}

G_DEFINE_ENUM_TYPE (StewardAuditKind, steward_audit_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_AUDIT_INTERNAL, "internal"),
  G_DEFINE_ENUM_VALUE (STEWARD_AUDIT_EXTERNAL, "external"))

const char *
steward_audit_kind_to_string (StewardAuditKind value)
{
  switch (value)
    {
    case STEWARD_AUDIT_INTERNAL: return _("Internal audit");
    case STEWARD_AUDIT_EXTERNAL: return _("External audit");
    default:                    return _("Internal audit");
    }
}

G_DEFINE_ENUM_TYPE (StewardFindingSource, steward_finding_source,
  G_DEFINE_ENUM_VALUE (STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, "internal-audit"),
  G_DEFINE_ENUM_VALUE (STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT, "external-audit"),
  G_DEFINE_ENUM_VALUE (STEWARD_FINDING_SOURCE_INCIDENT, "incident"),
  G_DEFINE_ENUM_VALUE (STEWARD_FINDING_SOURCE_SELF_CHECK, "self-check"))

const char *
steward_finding_source_to_string (StewardFindingSource value)
{
  switch (value)
    {
    case STEWARD_FINDING_SOURCE_INTERNAL_AUDIT: return _("Internal audit");
    case STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT: return _("External audit");
    case STEWARD_FINDING_SOURCE_INCIDENT:       return _("Incident");
    case STEWARD_FINDING_SOURCE_SELF_CHECK:     return _("Self-check");
    default:                                   return _("Internal audit");
    }
}

G_DEFINE_ENUM_TYPE (StewardGrading, steward_grading,
  G_DEFINE_ENUM_VALUE (STEWARD_GRADING_MAJOR, "major"),
  G_DEFINE_ENUM_VALUE (STEWARD_GRADING_MINOR, "minor"),
  G_DEFINE_ENUM_VALUE (STEWARD_GRADING_OBSERVATION, "observation"))

const char *
steward_grading_to_string (StewardGrading value)
{
  switch (value)
    {
    case STEWARD_GRADING_MAJOR:       return _("Major nonconformity");
    case STEWARD_GRADING_MINOR:       return _("Minor nonconformity");
    case STEWARD_GRADING_OBSERVATION: return _("Observation");
    default:                         return _("Major nonconformity");
    }
}

G_DEFINE_ENUM_TYPE (StewardHandoverReason, steward_handover_reason,
  G_DEFINE_ENUM_VALUE (STEWARD_HANDOVER_NEW, "new"),
  G_DEFINE_ENUM_VALUE (STEWARD_HANDOVER_MOVED, "moved"))

const char *
steward_handover_reason_to_string (StewardHandoverReason value)
{
  switch (value)
    {
    case STEWARD_HANDOVER_NEW:   return _("New equipment");
    case STEWARD_HANDOVER_MOVED: return _("Moved equipment");
    default:                    return _("New equipment");
    }
}
