/* steward-review-status.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-status"

#include "config.h"

#include <glib/gi18n.h>

#include "model/steward-minutes.h"
#include "steward-review-status.h"

static gboolean
keep_first_cb (StewardRecord *record,
               gpointer       user_data)
{
  StewardMinutes **latest = user_data;

  *latest = g_object_ref (STEWARD_MINUTES (record));

  return FALSE;
}

/**
 * steward_review_dup_status_text:
 *
 * Where the minutes of @review stand, as the reviews page and the
 * overview write it: "Draft", "Issued, version 2", "Correction in
 * progress (version 3)". A meeting not yet saved, or whose minutes
 * cannot be read, is a draft.
 *
 * Returns: (transfer full): the status, translated
 */
char *
steward_review_dup_status_text (StewardDatabase *db,
                                StewardReview   *review)
{
  g_autoptr(StewardQuery) query = NULL;
  g_autoptr(StewardMinutes) latest = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  int version;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);

  id = steward_record_get_id (STEWARD_RECORD (review));
  if (id > 0)
    {
      query = steward_query_new ();
      steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, id);
      steward_query_order_by (query, "version", TRUE);
      steward_query_set_limit (query, 1);
      if (!steward_record_load_each (db, STEWARD_TYPE_MINUTES, query, keep_first_cb, &latest, &error))
        g_warning ("Could not read the minutes of review %" G_GINT64_FORMAT ": %s", id, error->message);
    }

  if (latest == NULL)
    return g_strdup (_("Draft"));

  version = steward_minutes_get_version (latest);
  if (steward_minutes_get_status (latest) == STEWARD_MINUTES_ISSUED)
    /* TRANSLATORS: the status of a meeting's minutes; %d is their version */
    return g_strdup_printf (_("Issued, version %d"), version);
  if (version > 1)
    /* TRANSLATORS: the status of a meeting's minutes: issued minutes are
     * being corrected in a new version, %d */
    return g_strdup_printf (_("Correction in progress (version %d)"), version);

  return g_strdup (_("Draft"));
}
