/* test-overview-reviews.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "model/steward-history-entry.h"
#include "model/steward-minutes.h"
#include "model/steward-review.h"
#include "steward-test-util.h"
#include "views/overview/steward-overview-reviews.h"

static StewardReview *
make_review (StewardReviewKind  kind,
             GDateTime         *starts)
{
  return g_object_new (STEWARD_TYPE_REVIEW, "kind", kind, "year", g_date_time_get_year (starts),
                       "number", 1, "title", "Review", "starts-at", starts, NULL);
}

/* A draft whose meeting was held gets a line; a meeting still to come
 * does not; a year without a regular review gets one unless one is
 * planned. Saved through the store, so that the records have their ids. */
static void
test_lines (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 24, 10, 0, 0);
  g_autoptr(GDateTime) held = g_date_time_add_days (now, -400);
  g_autoptr(GDateTime) planned = g_date_time_add_days (now, 20);
  g_autoptr(StewardReview) past = make_review (STEWARD_REVIEW_REGULAR, held);
  g_autoptr(StewardMinutes) draft = NULL;
  g_autoptr(GListStore) reviews = g_list_store_new (STEWARD_TYPE_REVIEW);
  g_autoptr(GListStore) drafts = g_list_store_new (STEWARD_TYPE_MINUTES);
  g_autoptr(GPtrArray) lines = NULL;
  StewardOverviewLine *line;

  g_assert_true (steward_record_save (STEWARD_RECORD (past), t->db, &error));
  g_assert_no_error (error);
  draft = g_object_new (STEWARD_TYPE_MINUTES, "review-id", steward_record_get_id (STEWARD_RECORD (past)),
                        "version", 1, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (draft), t->db, &error));
  g_assert_no_error (error);
  g_list_store_append (reviews, past);
  g_list_store_append (drafts, draft);

  lines = steward_overview_review_lines (G_LIST_MODEL (reviews), G_LIST_MODEL (drafts), now,
                                         STEWARD_CALENDAR_GREGORIAN);
  g_assert_cmpuint (lines->len, ==, 2);
  line = g_ptr_array_index (lines, 0);
  g_assert_nonnull (strstr (line->title, "Review"));
  {
    g_autofree char *place = g_strdup_printf ("reviews/reviews#%" G_GINT64_FORMAT,
                                              steward_record_get_id (STEWARD_RECORD (past)));

    g_assert_cmpstr (line->place, ==, place);
  }
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpstr (line->place, ==, "reviews/reviews");
  g_assert_nonnull (strstr (line->subtitle, "2025-10-20"));
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* A review planned: the year is not over; a meeting in the future has
   * no minutes to issue yet. */
  {
    g_autoptr(StewardReview) next = make_review (STEWARD_REVIEW_REGULAR, planned);
    g_autoptr(StewardMinutes) next_draft = NULL;

    g_object_set (next, "number", 2, NULL);
    g_assert_true (steward_record_save (STEWARD_RECORD (next), t->db, &error));
    next_draft = g_object_new (STEWARD_TYPE_MINUTES, "review-id", steward_record_get_id (STEWARD_RECORD (next)),
                               "version", 1, NULL);
    g_assert_true (steward_record_save (STEWARD_RECORD (next_draft), t->db, &error));
    g_list_store_append (reviews, next);
    g_list_store_append (drafts, next_draft);
  }
  lines = steward_overview_review_lines (G_LIST_MODEL (reviews), G_LIST_MODEL (drafts), now,
                                         STEWARD_CALENDAR_ROC);
  g_assert_cmpuint (lines->len, ==, 1);
  line = g_ptr_array_index (lines, 0);
  g_assert_nonnull (strstr (line->subtitle, "114"));
}

/* The issued PDF is kept as a BLOB, byte for byte; the history, which is
 * JSON, notes its length instead. */
static void
test_blob (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 3, 2, 9, 30, 0);
  g_autoptr(StewardReview) review = make_review (STEWARD_REVIEW_REGULAR, starts);
  static const guint8 pdf_bytes[] = { '%', 'P', 'D', 'F', 0, 0xff, '\n', 0x80 };
  g_autoptr(GBytes) pdf = g_bytes_new_static (pdf_bytes, sizeof pdf_bytes);
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autoptr(StewardMinutes) loaded = NULL;
  g_autoptr(GPtrArray) history = NULL;
  StewardHistoryEntry *last;

  g_assert_true (steward_record_save (STEWARD_RECORD (review), t->db, &error));
  minutes = g_object_new (STEWARD_TYPE_MINUTES, "review-id", steward_record_get_id (STEWARD_RECORD (review)),
                          "version", 1, "pdf", pdf, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (minutes), t->db, &error));
  g_assert_no_error (error);

  loaded = steward_record_load (t->db, STEWARD_TYPE_MINUTES, steward_record_get_id (STEWARD_RECORD (minutes)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (steward_minutes_get_pdf (loaded));
  g_assert_true (g_bytes_equal (steward_minutes_get_pdf (loaded), pdf));
  g_assert_true (steward_record_equal (STEWARD_RECORD (loaded), STEWARD_RECORD (minutes)));

  history = steward_test_load_history (t->db, "minutes");
  g_assert_cmpuint (history->len, ==, 1);
  last = g_ptr_array_index (history, 0);
  g_assert_nonnull (strstr (steward_history_entry_get_new_values (last), "\"pdf\":\"blob:8\""));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/overview-reviews/lines", test_lines);
  g_test_add_func ("/overview-reviews/blob", test_blob);

  return g_test_run ();
}
