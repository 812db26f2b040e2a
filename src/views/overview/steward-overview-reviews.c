/* steward-overview-reviews.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-overview-reviews"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-minutes.h"
#include "model/steward-review.h"
#include "steward-overview-reviews.h"

void
steward_overview_line_free (StewardOverviewLine *line)
{
  if (line == NULL)
    return;

  g_free (line->title);
  g_free (line->subtitle);
  g_free (line->place);
  g_free (line);
}

static StewardOverviewLine *
line_new (char       *title,
          char       *subtitle,
          char       *place,
          const char *icon_name,
          const char *style)
{
  StewardOverviewLine *line = g_new0 (StewardOverviewLine, 1);

  line->title = title;
  line->subtitle = subtitle;
  line->place = place;
  line->icon_name = icon_name;
  line->style = style;

  return line;
}

static StewardReview *
find_review (GListModel *reviews,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(StewardReview) review = g_list_model_get_item (reviews, i);

      if (steward_record_get_id (STEWARD_RECORD (review)) == id)
        return g_steal_pointer (&review);
    }

  return NULL;
}

/* Minutes of meetings already held that nobody has issued yet. */
static void
add_draft_lines (GPtrArray       *lines,
                 GListModel      *reviews,
                 GListModel      *drafts,
                 GDateTime       *now,
                 StewardCalendar  calendar)
{
  for (guint i = 0; i < g_list_model_get_n_items (drafts); i++)
    {
      g_autoptr(StewardMinutes) minutes = g_list_model_get_item (drafts, i);
      g_autoptr(StewardReview) review = find_review (reviews, steward_minutes_get_review_id (minutes));
      GDateTime *starts;
      g_autofree char *when = NULL;
      char *title;

      if (review == NULL || steward_minutes_get_status (minutes) != STEWARD_MINUTES_DRAFT)
        continue;
      starts = steward_review_get_starts_at (review);
      if (starts == NULL || g_date_time_compare (starts, now) > 0)
        continue;

      when = steward_date_time_format (starts, calendar);
      if (steward_minutes_get_version (minutes) > 1)
        /* TRANSLATORS: an Overview line; %s is a meeting's title */
        title = g_strdup_printf (_("Correction of the minutes in draft: %s"), steward_review_get_title (review));
      else
        /* TRANSLATORS: an Overview line; %s is a meeting's title */
        title = g_strdup_printf (_("Minutes still a draft: %s"), steward_review_get_title (review));
      g_ptr_array_add (lines, line_new (title,
                                        /* TRANSLATORS: %s is when the meeting was held */
                                        g_strdup_printf (_("Held %s; the minutes are issued under document control (5.4.3)."), when),
                                        g_strdup_printf ("reviews/reviews#%" G_GINT64_FORMAT,
                                                         steward_record_get_id (STEWARD_RECORD (review))),
                                        "document-edit-symbolic", "warning"));
    }
}

/* At least one management review a year (5.4.1): a line when the last one
 * was held over a year ago and none is planned. Without any review yet,
 * the Reviews place itself says how to begin. */
static void
add_yearly_line (GPtrArray       *lines,
                 GListModel      *reviews,
                 GDateTime       *now,
                 StewardCalendar  calendar)
{
  g_autoptr(GDateTime) year_ago = g_date_time_add_years (now, -1);
  g_autoptr(GDateTime) last = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(StewardReview) review = g_list_model_get_item (reviews, i);
      GDateTime *starts = steward_review_get_starts_at (review);

      if (steward_review_get_kind (review) != STEWARD_REVIEW_REGULAR || starts == NULL)
        continue;
      if (g_date_time_compare (starts, now) > 0)
        return;  /* one is planned */
      if (last == NULL || g_date_time_compare (starts, last) > 0)
        {
          g_clear_pointer (&last, g_date_time_unref);
          last = g_date_time_ref (starts);
        }
    }

  if (last != NULL && g_date_time_compare (last, year_ago) < 0)
    {
      g_autofree char *when = steward_date_time_format (last, calendar);

      g_ptr_array_add (lines, line_new (g_strdup (_("No management review for over a year")),
                                        /* TRANSLATORS: %s is when the last management review was held */
                                        g_strdup_printf (_("The last was held %s; the committee reviews the ISMS at least once a year (5.4.1)."), when),
                                        g_strdup ("reviews/reviews"), "dialog-warning-symbolic", "warning"));
    }
}

/**
 * steward_overview_review_lines:
 *
 * Returns: (transfer full) (element-type StewardOverviewLine): the lines
 */
GPtrArray *
steward_overview_review_lines (GListModel      *reviews,
                               GListModel      *drafts,
                               GDateTime       *now,
                               StewardCalendar  calendar)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_overview_line_free);

  g_return_val_if_fail (G_IS_LIST_MODEL (reviews), lines);
  g_return_val_if_fail (G_IS_LIST_MODEL (drafts), lines);

  add_draft_lines (lines, reviews, drafts, now, calendar);
  add_yearly_line (lines, reviews, now, calendar);

  return lines;
}
