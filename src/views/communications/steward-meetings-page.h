/* steward-meetings-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-enums.h"
#include "model/steward-meeting.h"
#include "steward-meeting-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

/**
 * StewardMeetingWhen:
 * @STEWARD_MEETING_WHEN_ALL: every meeting (the default)
 * @STEWARD_MEETING_WHEN_UPCOMING: the meetings still to start
 * @STEWARD_MEETING_WHEN_PAST: the meetings that have started
 *
 * The choices of the page's time filter, in their order.
 */
typedef enum
{
  STEWARD_MEETING_WHEN_ALL,
  STEWARD_MEETING_WHEN_UPCOMING,
  STEWARD_MEETING_WHEN_PAST,
} StewardMeetingWhen;

#define STEWARD_TYPE_MEETINGS_PAGE (steward_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardMeetingsPage, steward_meetings_page, STEWARD, MEETINGS_PAGE, StewardPage)

GtkWidget            *steward_meetings_page_new               (void);
GListModel           *steward_meetings_page_get_visible_model (StewardMeetingsPage *self);
void                  steward_meetings_page_set_search        (StewardMeetingsPage *self,
                                                               const char          *text);
void                  steward_meetings_page_set_when_filter   (StewardMeetingsPage *self,
                                                               StewardMeetingWhen   when);
void                  steward_meetings_page_set_record_due_only (StewardMeetingsPage *self,
                                                               gboolean             only);
StewardCalendar       steward_meetings_page_get_calendar      (StewardMeetingsPage *self);
guint                 steward_meetings_page_get_n_actions     (StewardMeetingsPage *self,
                                                               StewardMeeting      *meeting,
                                                               guint               *n_active);
gboolean              steward_meeting_is_record_due           (StewardMeeting      *meeting,
                                                               GDateTime           *now);
StewardMeetingEditor *steward_meetings_page_open_editor       (StewardMeetingsPage *self,
                                                               StewardMeeting      *meeting);
AdwToast             *steward_meetings_page_delete_meeting    (StewardMeetingsPage *self,
                                                               StewardMeeting      *meeting);
gboolean              steward_meetings_page_export            (StewardMeetingsPage *self,
                                                               const char          *path,
                                                               GError             **error);

G_END_DECLS
