/* steward-review-editor-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-record-list.h"
#include "steward-review-editor.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

G_BEGIN_DECLS

/* What the meeting form shares with its save
 * (steward-review-editor-save.c). */

struct _StewardReviewEditor
{
  AdwWindow            parent_instance;

  StewardDatabase     *db;
  StewardReview       *original;
  StewardReview       *review;
  GDateTime           *now;
  GListStore          *people;      /* StewardPerson: the chair and secretary to choose from */
  StewardRecordList   *all_people;
  char                *auto_number;
  char                *auto_title;
  gboolean             filling;
  gboolean             locked;

  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkWidget           *locked_banner;
  GtkWidget           *general_error;
  GtkWidget           *meeting_group;
  GtkWidget           *people_group;
  GtkWidget           *agenda_group;
  AdwComboRow         *kind_row;
  StewardDateRow      *date_row;
  GtkWidget           *past_note_row;
  AdwEntryRow         *starts_row;
  AdwEntryRow         *ends_row;
  AdwEntryRow         *number_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *place_row;
  AdwComboRow         *chair_row;
  AdwComboRow         *secretary_row;
  GtkListBox          *items_row;
  StewardAttendeeList *attendee_list;
  GtkCheckButton      *item_checks[STEWARD_N_AGENDA_ITEMS];

  /* The error rows, by field. */
  GtkWidget           *date_error_row, *starts_error_row, *ends_error_row, *number_error_row;
  GtkWidget           *title_error_row, *chair_error_row, *secretary_error_row, *items_error_row;
  GtkLabel            *date_error, *starts_error, *ends_error, *number_error;
  GtkLabel            *title_error, *chair_error, *secretary_error, *items_error;

  StewardFormField     fields[8];
};

gboolean          steward_review_editor_is_new         (StewardReviewEditor *self);
StewardReviewKind steward_review_editor_get_kind       (StewardReviewEditor *self);
int               steward_review_editor_read_number    (StewardReviewEditor *self);
GDateTime        *steward_review_editor_read_date_time (StewardReviewEditor *self,
                                                        AdwEntryRow         *row);
GPtrArray        *steward_review_editor_load_items     (StewardReviewEditor *self);

G_END_DECLS
