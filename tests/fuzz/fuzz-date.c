/* fuzz-date.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The date parser (logic/steward-date.c) with any text: ISO, slashes and
 * dots, the ROC forms. A date it accepts must be the one the text wrote:
 * its day the last number of the text, its month the one before, and it
 * must come back the same from both calendars' formats. */

#include "config.h"

#include <string.h>

#include "logic/steward-date.h"
#include "steward-fuzz.h"

/* The last @n runs of ASCII digits in @text, as numbers (G_MAXUINT when a
 * run is too long to be one). Returns how many were found. */
static guint
last_numbers (const char *text,
              guint      *numbers,
              guint       n)
{
  guint found = 0;

  for (const char *p = text; *p != '\0'; )
    {
      guint64 value = 0;

      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      for (; g_ascii_isdigit (*p); p++)
        value = MIN (value * 10 + (guint64)(*p - '0'), (guint64)G_MAXUINT);
      memmove (numbers, numbers + 1, (n - 1) * sizeof *numbers);
      numbers[n - 1] = (guint)value;
      found++;
    }

  return MIN (found, n);
}

int
steward_fuzz_date (const guint8 *data,
                   gsize         size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  g_autoptr(GDate) date = NULL;
  guint numbers[3] = { 0 };

  steward_fuzz_init ();

  date = steward_date_parse (text);
  if (date == NULL)
    return 0;

  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), >=, 1000);
  g_assert_cmpuint (g_date_get_year (date), <=, 9999);

  /* Every form it reads ends with year, month, day as digits. */
  g_assert_cmpuint (last_numbers (text, numbers, 3), ==, 3);
  g_assert_cmpuint (g_date_get_day (date), ==, numbers[2]);
  g_assert_cmpuint (g_date_get_month (date), ==, numbers[1]);

  for (StewardCalendar calendar = STEWARD_CALENDAR_GREGORIAN;
       calendar <= STEWARD_CALENDAR_ROC; calendar++)
    {
      g_autofree char *formatted = steward_date_format (date, calendar);
      g_autoptr(GDate) again = steward_date_parse (formatted);

      /* A ROC year before the Republic is not written back. */
      if (again == NULL && g_date_get_year (date) < 1912)
        continue;
      g_assert_nonnull (again);
      g_assert_cmpint (g_date_compare (date, again), ==, 0);
    }

  return 0;
}
