/* steward-attendee-list-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "logic/steward-roster.h"
#include "model/steward-record-list.h"
#include "model/steward-review-attendee.h"
#include "steward-attendee-list.h"

G_BEGIN_DECLS

/* What the attendee list shares with its rows (steward-attendee-row.c)
 * and the people it can invite (steward-attendee-candidates.c). */

/* The rows of one attendee in the list box: the attendee, the "represented
 * by" entry (shown only for represented) and what is wrong with it. */
typedef struct
{
  StewardAttendeeList   *self;
  StewardReviewAttendee *attendee;
  GtkWidget             *row;
  GtkDropDown           *dropdown;
  GtkWidget             *remove_button;
  AdwEntryRow           *represented_row;
  GtkWidget             *error_row;
  GtkLabel              *error_label;
  GtkEventController    *focus;        /* on represented_row, owned by it */
  guint                  save_source;  /* the pause after typing "represented by" */
  gboolean               updating;
} AttendeeRow;

#define ROWS_PER_ATTENDEE 3

struct _StewardAttendeeList
{
  GtkBox                parent_instance;

  StewardDatabase      *db;
  StewardReview        *review;
  GDate                *day;
  GListModel           *attendees;   /* StewardRecordList, or GListStore for a new meeting */
  StewardRecordList    *people;
  GListModel           *candidates;  /* StewardRosterEntry */
  GHashTable           *invited;     /* person ids */
  GPtrArray            *rows;        /* AttendeeRow, in the order of attendees */
  gboolean              editable;

  GtkSizeGroup         *dropdown_group;  /* the attendance choices, one width */
  GtkFilterListModel   *candidate_model;
  GtkCustomFilter      *candidate_filter;

  AdwPreferencesGroup  *group;
  GtkMenuButton        *add_button;
  GtkPopover           *add_popover;
  GtkSearchEntry       *candidate_search;
  GtkStack             *candidate_stack;
  GtkListView          *candidate_view;
  GtkLabel             *candidate_empty;
  GtkListBox           *list_box;
  GtkLabel             *message_label;
  GtkImage             *quorum_icon;
  GtkLabel             *quorum_label;
};

/* The list */
gboolean            steward_attendee_list_is_stored              (StewardAttendeeList   *self);
gboolean            steward_attendee_list_can_edit               (StewardAttendeeList   *self);
void                steward_attendee_list_show_message           (StewardAttendeeList   *self,
                                                                  const char            *message);
const char         *steward_attendee_list_get_person_name        (StewardAttendeeList   *self,
                                                                  gint64                 person_id);
StewardRosterEntry *steward_attendee_list_find_candidate         (StewardAttendeeList   *self,
                                                                  gint64                 person_id);
void                steward_attendee_list_update_quorum          (StewardAttendeeList   *self);
void                steward_attendee_list_emit_changed           (StewardAttendeeList   *self);

/* The people to invite */
void                steward_attendee_list_init_candidates        (StewardAttendeeList   *self);
void                steward_attendee_list_update_invited         (StewardAttendeeList   *self);
void                steward_attendee_list_update_candidate_stack (StewardAttendeeList   *self);
void                steward_attendee_list_load_candidates        (StewardAttendeeList   *self);
void                steward_attendee_list_search_changed_cb      (GtkSearchEntry        *entry,
                                                                  StewardAttendeeList   *self);
void                steward_attendee_list_search_activate_cb     (GtkSearchEntry        *entry,
                                                                  StewardAttendeeList   *self);
void                steward_attendee_list_candidate_activate_cb  (GtkListView           *view,
                                                                  guint                  position,
                                                                  StewardAttendeeList   *self);
void                steward_attendee_list_popover_show_cb        (GtkWidget             *popover,
                                                                  StewardAttendeeList   *self);

/* The rows */
AttendeeRow           *steward_attendee_row_new             (StewardAttendeeList   *self,
                                                             StewardReviewAttendee *attendee);
void                   steward_attendee_row_free            (gpointer               data);
StewardReviewAttendee *steward_attendee_row_dup_attendee    (AttendeeRow           *row);
gboolean               steward_attendee_row_check           (AttendeeRow           *row,
                                                             StewardReviewAttendee *attendee);
void                   steward_attendee_row_commit          (AttendeeRow           *row);
gboolean               steward_attendee_row_flush           (AttendeeRow           *row);
void                   steward_attendee_row_detach          (AttendeeRow           *row);
void                   steward_attendee_row_update_editable (AttendeeRow           *row);

G_END_DECLS
