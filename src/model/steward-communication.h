/* steward-communication.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMMUNICATION (steward_communication_get_type ())

G_DECLARE_FINAL_TYPE (StewardCommunication, steward_communication, STEWARD, COMMUNICATION, StewardRecord)

StewardCommunicationKind steward_communication_get_kind             (StewardCommunication *self);
GDate                   *steward_communication_get_occurred_on      (StewardCommunication *self);
StewardChannel           steward_communication_get_channel          (StewardCommunication *self);
const char              *steward_communication_get_parties          (StewardCommunication *self);
const char              *steward_communication_get_subject          (StewardCommunication *self);
const char              *steward_communication_get_outcome          (StewardCommunication *self);
gboolean                 steward_communication_get_follow_up_needed (StewardCommunication *self);
gint64                   steward_communication_get_officer_id       (StewardCommunication *self);
StewardEffectiveness     steward_communication_get_effectiveness    (StewardCommunication *self);
const char              *steward_communication_get_evaluated_by     (StewardCommunication *self);
GDate                   *steward_communication_get_evaluated_on     (StewardCommunication *self);
const char              *steward_communication_get_evaluation_note  (StewardCommunication *self);
const char              *steward_communication_get_approved_by      (StewardCommunication *self);
GDate                   *steward_communication_get_approved_on      (StewardCommunication *self);
GDate                   *steward_communication_get_released_on      (StewardCommunication *self);

G_END_DECLS
