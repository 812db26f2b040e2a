/* steward-date.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "steward-date.h"

/* The ROC (民國) calendar counts years from 1912, the first year of the
 * Republic: 2026 is 民國115年. Months and days are the Gregorian ones. */
#define ROC_EPOCH 1911

int
steward_date_roc_year (int gregorian_year)
{
  return gregorian_year - ROC_EPOCH;
}

static char *
format_ymd (int              year,
            int              month,
            int              day,
            StewardCalendar  calendar)
{
  int roc_year;

  if (calendar != STEWARD_CALENDAR_ROC)
    /* TRANSLATORS: a date: year, month, day (Gregorian calendar) */
    return g_strdup_printf (_("%04d-%02d-%02d"), year, month, day);

  roc_year = steward_date_roc_year (year);
  if (roc_year >= 1)
    /* TRANSLATORS: a date in the ROC (Minguo) calendar: year of the
     * Republic, month, day; zh_TW writes 民國%d年%d月%d日 */
    return g_strdup_printf (_("ROC %d-%02d-%02d"), roc_year, month, day);

  /* Years before 1912 are counted back: 1911 is 民國前1年. */
  /* TRANSLATORS: a date before the ROC calendar began (1912): years before
   * the Republic, month, day; zh_TW writes 民國前%d年%d月%d日 */
  return g_strdup_printf (_("%d before ROC-%02d-%02d"), 1 - roc_year, month, day);
}

/**
 * steward_date_format:
 *
 * Returns: (transfer full): @date written in @calendar, or "" when it is
 *   %NULL or not valid
 */
char *
steward_date_format (const GDate     *date,
                     StewardCalendar  calendar)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return format_ymd (g_date_get_year (date), g_date_get_month (date),
                     g_date_get_day (date), calendar);
}

/**
 * steward_date_time_format:
 *
 * Returns: (transfer full): @date_time in local time, its date written in
 *   @calendar, with hours and minutes
 */
char *
steward_date_time_format (GDateTime       *date_time,
                          StewardCalendar  calendar)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;

  if (date_time == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (date_time);
  date = format_ymd (g_date_time_get_year (local), g_date_time_get_month (local),
                     g_date_time_get_day_of_month (local), calendar);

  /* TRANSLATORS: a date followed by a time of day */
  return g_strdup_printf (_("%s %02d:%02d"), date,
                          g_date_time_get_hour (local), g_date_time_get_minute (local));
}

/* Reads the number at *@p (spaces before it skipped, as scanf did), at
 * most four digits, and moves *@p past it. */
static gboolean
read_number (const char **p,
             unsigned    *value)
{
  const char *start;

  while (**p == ' ')
    (*p)++;
  start = *p;
  *value = 0;
  while (g_ascii_isdigit (**p))
    {
      if (*p - start == 4)
        return FALSE;
      *value = *value * 10 + (unsigned)(**p - '0');
      (*p)++;
    }

  return *p > start;
}

/**
 * steward_date_parse:
 * @text: a date as people type it
 *
 * Reads 2026-11-24, 2026/11/24, 2026.11.24, and the ROC forms 115-11-24,
 * 115/11/24 and 民國115年11月24日 (a year below 1000 is a year of the
 * Republic). Spaces around are ignored.
 *
 * Returns: (transfer full) (nullable): the date, or %NULL when @text is not
 *   a valid date
 */
GDate *
steward_date_parse (const char *text)
{
  g_autofree char *copy = NULL;
  unsigned year, month, day;
  const char *numbers;
  const char *p;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));

  /* 民國115年11月24日, or ROC 115-11-24 as the English format writes it */
  p = copy;
  if (g_str_has_prefix (p, "民國"))
    p += strlen ("民國");
  else if (g_str_has_prefix (p, "ROC"))
    p += strlen ("ROC");
  while (*p == ' ')
    p++;
  numbers = p;

  /* Digits only: no sign, no number too long for its field (scanf's %u
   * took "-4294967295" for 1 and a day of 257 became 1 in a GDateDay). */
  if (!read_number (&p, &year))
    return NULL;
  if (g_str_has_prefix (p, "年"))
    {
      p += strlen ("年");
      if (!read_number (&p, &month) || !g_str_has_prefix (p, "月"))
        return NULL;
      p += strlen ("月");
      if (!read_number (&p, &day) || !g_str_has_prefix (p, "日"))
        return NULL;
      p += strlen ("日");
    }
  else
    {
      char separator = *p;

      if (separator == '\0' || strchr ("-/.", separator) == NULL)
        return NULL;
      p++;
      if (!read_number (&p, &month) || *p != separator)
        return NULL;
      p++;
      if (!read_number (&p, &day))
        return NULL;
    }
  if (*p != '\0')
    return NULL;

  if (numbers != copy || year < 1000)
    year += ROC_EPOCH;

  if (year > 9999 || month > 12 || day > 31 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_new_dmy (day, month, year);
}

G_LOCK_DEFINE_STATIC (today);

/**
 * steward_date_new_today:
 *
 * The registers ask for today for each row they show. GLib 2.74 reads the
 * local time zone's file again on each g_date_time_new_now_local() when TZ
 * is not set (the cached zone's identifier never equals the unset TZ), so
 * today is kept for a second.
 *
 * Returns: (transfer full): today, in local time
 */
GDate *
steward_date_new_today (void)
{
  static GDate cached;
  static gint64 cached_at = -1;
  gint64 now_us = g_get_monotonic_time ();
  GDate *result;

  G_LOCK (today);
  if (cached_at < 0 || now_us - cached_at >= G_USEC_PER_SEC)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (&cached, 1);
      g_date_set_dmy (&cached, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      cached_at = now_us;
    }
  result = g_date_copy (&cached);
  G_UNLOCK (today);

  return result;
}

/**
 * steward_date_new_taipei_zone:
 *
 * Returns: (transfer full): Asia/Taipei
 */
GTimeZone *
steward_date_new_taipei_zone (void)
{
  GTimeZone *zone = g_time_zone_new_identifier ("Asia/Taipei");

  /* Without the time zone database the offset is the same: no daylight
   * saving time since 1979. */
  return zone != NULL ? zone : g_time_zone_new_offset (8 * 3600);
}
