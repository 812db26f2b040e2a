/* steward-reviews-page-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-record-list.h"
#include "steward-reviews-page.h"
#include "widgets/steward-register-util.h"

G_BEGIN_DECLS

/* What the reviews page shares with its columns and its documents
 * (steward-review-columns.c, steward-reviews-page-documents.c). */

typedef struct
{
  GtkColumnViewColumn *title;
  GtkColumnViewColumn *kind;
  GtkColumnViewColumn *starts;
  GtkColumnViewColumn *place;
  GtkColumnViewColumn *chair;
  GtkColumnViewColumn *status;
  GtkColumnViewColumn *sha;
} StewardReviewColumns;

struct _StewardReviewsPage
{
  StewardPage           parent_instance;

  StewardRecordList    *reviews;
  StewardRecordList    *people;
  GHashTable           *infos;         /* review id → where its minutes stand */
  GSettings            *settings;
  StewardCells         *cells;
  GDateTime            *now;
  gint64                next_id;
  StewardReview        *export_review;
  gboolean              export_notice;

  GtkSearchEntry       *search_entry;
  GtkWidget            *add_button;
  GtkWidget            *documents_button;
  GtkWidget            *next_bar;
  GtkLabel             *next_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkStringFilter      *search_filter;
  StewardReviewColumns  columns;
};

StewardDatabase *steward_reviews_page_get_db         (StewardReviewsPage         *self);
GDateTime       *steward_reviews_page_dup_now        (StewardReviewsPage         *self);
const char      *steward_reviews_page_get_chair      (StewardReviewsPage         *self,
                                                      StewardReview              *review);
gboolean         steward_reviews_page_is_locked      (StewardReviewsPage         *self,
                                                      StewardReview              *review);
void             steward_reviews_page_update_actions (StewardReviewsPage         *self);

void             steward_review_columns_set_up       (const StewardReviewColumns *columns,
                                                      StewardCells               *cells,
                                                      StewardReviewsPage         *page);

void             steward_reviews_page_ask_export     (StewardReviewsPage         *self,
                                                      StewardReview              *review,
                                                      gboolean                    notice,
                                                      const char                 *format);
void             steward_reviews_page_print          (StewardReviewsPage         *self,
                                                      StewardReview              *review);

G_END_DECLS
