/* steward-meeting-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-meeting.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MEETING_EDITOR (steward_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardMeetingEditor, steward_meeting_editor, STEWARD, MEETING_EDITOR, AdwWindow)

StewardMeetingEditor *steward_meeting_editor_new                (StewardDatabase       *db,
                                                                 StewardMeeting        *meeting,
                                                                 GListModel            *people);
gboolean              steward_meeting_editor_save               (StewardMeetingEditor  *self);
StewardMeeting       *steward_meeting_editor_get_meeting        (StewardMeetingEditor  *self);
gboolean              steward_meeting_editor_export_notice      (StewardMeetingEditor  *self,
                                                                 const char            *path,
                                                                 GError               **error);
gboolean              steward_meeting_editor_export_invitation  (StewardMeetingEditor  *self,
                                                                 const char            *path,
                                                                 GError               **error);
char                 *steward_meeting_dup_uid                   (StewardDatabase       *db,
                                                                 StewardMeeting        *meeting);
gboolean              steward_meeting_parse_time                (const char            *text,
                                                                 int                   *hour,
                                                                 int                   *minute);

G_END_DECLS
