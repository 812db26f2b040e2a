/* steward-meeting.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MEETING (steward_meeting_get_type ())

G_DECLARE_FINAL_TYPE (StewardMeeting, steward_meeting, STEWARD, MEETING, StewardRecord)

gint64      steward_meeting_get_communication_id (StewardMeeting *self);
const char *steward_meeting_get_topic            (StewardMeeting *self);
GDateTime  *steward_meeting_get_starts_at        (StewardMeeting *self);
GDateTime  *steward_meeting_get_ends_at          (StewardMeeting *self);
const char *steward_meeting_get_place            (StewardMeeting *self);
const char *steward_meeting_get_attendees        (StewardMeeting *self);
const char *steward_meeting_get_decisions        (StewardMeeting *self);

G_END_DECLS
