/* steward-notice-export.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

/**
 * StewardNotice:
 * @topic: what the meeting is about (開會事由)
 * @starts_at: when it starts
 * @ends_at: (nullable): when it ends
 * @place: (nullable): where it is held
 * @attendees: (nullable) (array zero-terminated=1): who is invited, one
 *   each; "Name <address>" or "Name address" gives the address too
 * @agenda: (nullable) (array zero-terminated=1): the items to discuss, in
 *   their order
 * @organizer: (nullable): who sends the notice and answers questions (the
 *   officer in charge, 5.7.1.2); "Name <address>" gives the address too
 * @document_number: (nullable): the notice's document number
 * @calendar: how dates are written on the paper notice
 *
 * The notice of a meeting (開會通知單, procedure 5.7.1.2): the topic, the
 * time, the place and the attendees. The meetings across units and the
 * management reviews send it, on paper and as a calendar invitation.
 */
typedef struct
{
  const char         *topic;
  GDateTime          *starts_at;
  GDateTime          *ends_at;
  const char         *place;
  const char * const *attendees;
  const char * const *agenda;
  const char         *organizer;
  const char         *document_number;
  StewardCalendar     calendar;
} StewardNotice;

gboolean steward_notice_export_pdf (const StewardNotice  *notice,
                                    const char           *path,
                                    GError              **error);
gboolean steward_notice_export_ics (const StewardNotice  *notice,
                                    const char           *uid,
                                    const char           *path,
                                    GError              **error);

/* The name and the e-mail address of an attendee or organizer as typed. */
gboolean steward_notice_split_address (const char  *entry,
                                       char       **name,
                                       char       **address);

G_END_DECLS
