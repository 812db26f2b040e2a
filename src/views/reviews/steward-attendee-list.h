/* steward-attendee-list.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-review.h"
#include "model/steward-review-enums.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ATTENDEE_LIST (steward_attendee_list_get_type ())

G_DECLARE_FINAL_TYPE (StewardAttendeeList, steward_attendee_list, STEWARD, ATTENDEE_LIST, GtkBox)

GtkWidget  *steward_attendee_list_new             (void);
void        steward_attendee_list_set_review      (StewardAttendeeList *self,
                                                   StewardDatabase     *db,
                                                   StewardReview       *review);
void        steward_attendee_list_set_day         (StewardAttendeeList *self,
                                                   const GDate         *day);
void        steward_attendee_list_set_editable    (StewardAttendeeList *self,
                                                   gboolean             editable);
gboolean    steward_attendee_list_get_editable    (StewardAttendeeList *self);
GListModel *steward_attendee_list_get_attendees   (StewardAttendeeList *self);
GListModel *steward_attendee_list_get_candidates  (StewardAttendeeList *self);
GArray     *steward_attendee_list_get_person_ids  (StewardAttendeeList *self);
gboolean    steward_attendee_list_add_person      (StewardAttendeeList *self,
                                                   gint64               person_id);
gboolean    steward_attendee_list_set_attendance  (StewardAttendeeList *self,
                                                   gint64               person_id,
                                                   StewardAttendance    attendance,
                                                   const char          *represented_by);
GtkWidget  *steward_attendee_list_check           (StewardAttendeeList *self);
gboolean    steward_attendee_list_store           (StewardAttendeeList *self,
                                                   StewardReview       *review,
                                                   GError             **error);
gboolean    steward_attendee_list_save            (StewardAttendeeList *self,
                                                   StewardReview       *review,
                                                   GError             **error);
char       *steward_attendee_list_dup_quorum_text (StewardAttendeeList *self);

G_END_DECLS
