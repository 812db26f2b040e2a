/* steward-follow-up-enums.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kinds of the follow-up registers (procedure 3.10, 5.4.2, 5.7, 5.8).
 * Each is stored as its nick; *_to_string gives the translated name. */

/* Where a follow-up item (跟催) stands. */
typedef enum
{
  STEWARD_ACTION_OPEN,
  STEWARD_ACTION_IN_PROGRESS,
  STEWARD_ACTION_DONE,
  STEWARD_ACTION_CANCELLED,
} StewardActionStatus;

/* What a follow-up item came from. */
typedef enum
{
  STEWARD_ACTION_SOURCE_REVIEW,
  STEWARD_ACTION_SOURCE_COMMUNICATION,
  STEWARD_ACTION_SOURCE_MEETING,
  STEWARD_ACTION_SOURCE_FINDING,
  STEWARD_ACTION_SOURCE_PROJECT_REVIEW,
  STEWARD_ACTION_SOURCE_OTHER,
} StewardActionSource;

/* The effectiveness evaluation (成效評估) of an action, a communication or a corrective action. */
typedef enum
{
  STEWARD_EFFECTIVENESS_NOT_EVALUATED,
  STEWARD_EFFECTIVENESS_EFFECTIVE,
  STEWARD_EFFECTIVENESS_NOT_EFFECTIVE,
} StewardEffectiveness;

/* The kinds of communication of 5.7. */
typedef enum
{
  STEWARD_COMMUNICATION_INTERNAL,
  STEWARD_COMMUNICATION_CROSS_UNIT,
  STEWARD_COMMUNICATION_EXTERNAL,
  STEWARD_COMMUNICATION_MEDIA,
  STEWARD_COMMUNICATION_ANNOUNCEMENT,
} StewardCommunicationKind;

/* How a communication was made. */
typedef enum
{
  STEWARD_CHANNEL_FACE_TO_FACE,
  STEWARD_CHANNEL_PHONE,
  STEWARD_CHANNEL_EMAIL,
  STEWARD_CHANNEL_MEETING,
  STEWARD_CHANNEL_LETTER,
  STEWARD_CHANNEL_NOTICE,
} StewardChannel;

/* Internal or external audit. */
typedef enum
{
  STEWARD_AUDIT_INTERNAL,
  STEWARD_AUDIT_EXTERNAL,
} StewardAuditKind;

/* Where a finding was raised. */
typedef enum
{
  STEWARD_FINDING_SOURCE_INTERNAL_AUDIT,
  STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT,
  STEWARD_FINDING_SOURCE_INCIDENT,
  STEWARD_FINDING_SOURCE_SELF_CHECK,
} StewardFindingSource;

/* How serious a finding is. */
typedef enum
{
  STEWARD_GRADING_MAJOR,
  STEWARD_GRADING_MINOR,
  STEWARD_GRADING_OBSERVATION,
} StewardGrading;

/* Why equipment is handed over (3.10). */
typedef enum
{
  STEWARD_HANDOVER_NEW,
  STEWARD_HANDOVER_MOVED,
} StewardHandoverReason;

#define STEWARD_TYPE_ACTION_STATUS      (steward_action_status_get_type ())
#define STEWARD_TYPE_ACTION_SOURCE      (steward_action_source_get_type ())
#define STEWARD_TYPE_EFFECTIVENESS      (steward_effectiveness_get_type ())
#define STEWARD_TYPE_COMMUNICATION_KIND (steward_communication_kind_get_type ())
#define STEWARD_TYPE_CHANNEL            (steward_channel_get_type ())
#define STEWARD_TYPE_AUDIT_KIND         (steward_audit_kind_get_type ())
#define STEWARD_TYPE_FINDING_SOURCE     (steward_finding_source_get_type ())
#define STEWARD_TYPE_GRADING            (steward_grading_get_type ())
#define STEWARD_TYPE_HANDOVER_REASON    (steward_handover_reason_get_type ())

GType        steward_action_status_get_type       (void) G_GNUC_CONST;
const char  *steward_action_status_to_string      (StewardActionStatus value);
GType        steward_action_source_get_type       (void) G_GNUC_CONST;
const char  *steward_action_source_to_string      (StewardActionSource value);
GType        steward_effectiveness_get_type       (void) G_GNUC_CONST;
const char  *steward_effectiveness_to_string      (StewardEffectiveness value);
GType        steward_communication_kind_get_type  (void) G_GNUC_CONST;
const char  *steward_communication_kind_to_string (StewardCommunicationKind value);
GType        steward_channel_get_type             (void) G_GNUC_CONST;
const char  *steward_channel_to_string            (StewardChannel value);
GType        steward_audit_kind_get_type          (void) G_GNUC_CONST;
const char  *steward_audit_kind_to_string         (StewardAuditKind value);
GType        steward_finding_source_get_type      (void) G_GNUC_CONST;
const char  *steward_finding_source_to_string     (StewardFindingSource value);
GType        steward_grading_get_type             (void) G_GNUC_CONST;
const char  *steward_grading_to_string            (StewardGrading value);
GType        steward_handover_reason_get_type     (void) G_GNUC_CONST;
const char  *steward_handover_reason_to_string    (StewardHandoverReason value);

G_END_DECLS
