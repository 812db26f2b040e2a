/* steward-party-feedback.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PARTY_FEEDBACK (steward_party_feedback_get_type ())

G_DECLARE_FINAL_TYPE (StewardPartyFeedback, steward_party_feedback, STEWARD, PARTY_FEEDBACK, StewardRecord)

gint64      steward_party_feedback_get_party_id     (StewardPartyFeedback *self);
GDate      *steward_party_feedback_get_received_on  (StewardPartyFeedback *self);
const char *steward_party_feedback_get_content      (StewardPartyFeedback *self);
const char *steward_party_feedback_get_response     (StewardPartyFeedback *self);
GDate      *steward_party_feedback_get_responded_on (StewardPartyFeedback *self);

G_END_DECLS
