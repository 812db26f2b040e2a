/* steward-period.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-period"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "steward-date.h"
#include "steward-objectives.h"

/* The periods of a measurement frequency, and numbers as people type and
 * read them: what the objectives, their forms and their exports share. */

/* Periods */

static guint
months_per_period (StewardFrequency frequency)
{
  switch (frequency)
    {
    case STEWARD_FREQUENCY_MONTHLY:     return 1;
    case STEWARD_FREQUENCY_QUARTERLY:   return 3;
    case STEWARD_FREQUENCY_HALF_YEARLY: return 6;
    case STEWARD_FREQUENCY_YEARLY:      return 12;
    default:                            g_return_val_if_reached (1);
    }
}

/**
 * steward_period_start_of:
 * @start: (out caller-allocates): the first day of the period holding @date;
 *   may be @date itself
 */
void
steward_period_start_of (StewardFrequency  frequency,
                         const GDate      *date,
                         GDate            *start)
{
  guint months = months_per_period (frequency);
  GDateMonth month;
  GDateYear year;

  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (start != NULL);

  month = g_date_get_month (date);
  year = g_date_get_year (date);

  /* The periods divide the year evenly: a period starts on a month that
   * follows a whole number of periods from January. */
  g_date_clear (start, 1);
  g_date_set_dmy (start, 1, (month - 1) / months * months + 1, year);
}

gboolean
steward_period_is_start (StewardFrequency  frequency,
                         const GDate      *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  return g_date_valid (date) &&
         g_date_get_day (date) == 1 &&
         (g_date_get_month (date) - 1) % months_per_period (frequency) == 0;
}

/**
 * steward_period_next:
 * @start: (inout): the first day of a period; becomes the first day of the
 *   next one
 */
void
steward_period_next (StewardFrequency  frequency,
                     GDate            *start)
{
  g_return_if_fail (start != NULL && g_date_valid (start));

  g_date_add_months (start, months_per_period (frequency));
}

/**
 * steward_period_end_of:
 * @end: (out caller-allocates): the last day of the period holding @start
 */
void
steward_period_end_of (StewardFrequency  frequency,
                       const GDate      *start,
                       GDate            *end)
{
  g_return_if_fail (start != NULL && g_date_valid (start));
  g_return_if_fail (end != NULL);

  steward_period_start_of (frequency, start, end);
  g_date_add_months (end, months_per_period (frequency));
  g_date_subtract_days (end, 1);
}

/**
 * steward_period_format:
 *
 * Returns: (transfer full): the name of the period holding @start, or ""
 *   when @start is not a valid date
 */
char *
steward_period_format (StewardFrequency  frequency,
                       const GDate      *start,
                       StewardCalendar   calendar)
{
  GDate first;
  int year;
  int month;
  int shown_year;
  gboolean roc;

  g_return_val_if_fail (start != NULL, NULL);

  if (!g_date_valid (start))
    return g_strdup ("");

  steward_period_start_of (frequency, start, &first);
  year = g_date_get_year (&first);
  month = g_date_get_month (&first);

  /* No objective predates the Republic (1912); should one, its periods
   * are named in Gregorian years rather than in years "before ROC". */
  roc = calendar == STEWARD_CALENDAR_ROC && steward_date_roc_year (year) >= 1;
  shown_year = roc ? steward_date_roc_year (year) : year;

  switch (frequency)
    {
    case STEWARD_FREQUENCY_MONTHLY:
      if (roc)
        /* The ROC forms write a month as 113/03 in every language. */
        return g_strdup_printf ("%d/%02d", shown_year, month);
      /* TRANSLATORS: a month as a period of measurement: year, month
       * ("2024-03") */
      return g_strdup_printf (_("%04d-%02d"), year, month);

    case STEWARD_FREQUENCY_QUARTERLY:
      /* TRANSLATORS: a quarter as a period of measurement: the year (it
       * may be an ROC year, 113) and the quarter, 1 to 4 ("2024 Q1");
       * zh_TW writes %d年第%d季 */
      return g_strdup_printf (_("%d Q%d"), shown_year, (month - 1) / 3 + 1);

    case STEWARD_FREQUENCY_HALF_YEARLY:
      if (month == 1)
        /* TRANSLATORS: the first half of a year (it may be an ROC year,
         * 113) as a period of measurement ("2024 H1"); zh_TW writes
         * %d年上半年 */
        return g_strdup_printf (_("%d H1"), shown_year);
      /* TRANSLATORS: the second half of a year (it may be an ROC year,
       * 113) as a period of measurement ("2024 H2"); zh_TW writes
       * %d年下半年 */
      return g_strdup_printf (_("%d H2"), shown_year);

    case STEWARD_FREQUENCY_YEARLY:
      /* TRANSLATORS: a year (it may be an ROC year, 113) as a period of
       * measurement ("2024"); zh_TW writes %d年 */
      return g_strdup_printf (C_("period", "%d"), shown_year);

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* Numbers */

/**
 * steward_parse_number:
 * @value: (out): the number read
 *
 * Reads ASCII or full-width digits with one optional leading sign, at
 * most one decimal point, and commas only between groups of three digits
 * ("1,234.5", not "1,23"); spaces around are ignored. Exponents ("1e5"),
 * "inf", "nan" and values too large for a double are refused.
 *
 * Returns: whether @text is such a number; @value is untouched if not
 */
gboolean
steward_parse_number (const char *text,
                      double     *value)
{
  g_autofree char *normal = NULL;
  g_autoptr(GString) clean = NULL;
  const char *p;
  guint n_digits = 0;
  guint group = 0;
  gboolean grouped = FALSE;
  gboolean in_fraction = FALSE;
  char *end = NULL;
  double result;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  /* Compatibility forms become ASCII: full-width digits, point, comma and
   * signs, and the ideographic and no-break spaces. */
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (normal == NULL)
    return FALSE;
  g_strstrip (normal);

  clean = g_string_new (NULL);
  p = normal;
  if (*p == '-' || *p == '+')
    g_string_append_c (clean, *p++);

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (clean, *p);
          n_digits++;
          group++;
        }
      else if (*p == ',' && !in_fraction)
        {
          /* One to three digits before the first separator, three
           * between two of them. */
          if (group == 0 || group > 3 || (grouped && group != 3))
            return FALSE;
          grouped = TRUE;
          group = 0;
        }
      else if (*p == '.' && !in_fraction)
        {
          if (grouped && group != 3)
            return FALSE;
          g_string_append_c (clean, '.');
          in_fraction = TRUE;
        }
      else
        return FALSE;
    }

  if (n_digits == 0 || (grouped && !in_fraction && group != 3))
    return FALSE;

  result = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (result))
    return FALSE;

  /* Adding zero turns -0 into 0, which nobody means to type. */
  *value = result + 0.0;

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/**
 * steward_format_value:
 * @unit: (nullable): the unit of the indicator, "%", "天", …
 *
 * Returns: (transfer full): @value rounded to two decimals, without
 *   trailing zeros, then a space and @unit when there is one
 */
char *
steward_format_value (double      value,
                      const char *unit)
{
  /* %.2f of the largest double is 312 characters. */
  char number[400];
  g_autofree char *trimmed_unit = NULL;

  if (!isfinite (value))
    g_strlcpy (number, "—", sizeof number);
  else
    {
      g_ascii_formatd (number, sizeof number, "%.2f", value);
      if (strchr (number, '.') != NULL)
        {
          gsize len = strlen (number);

          while (number[len - 1] == '0')
            number[--len] = '\0';
          if (number[len - 1] == '.')
            number[--len] = '\0';
        }
      /* -0.001 rounds to "-0". */
      if (strcmp (number, "-0") == 0)
        g_strlcpy (number, "0", sizeof number);
    }

  if (is_blank (unit))
    return g_strdup (number);

  trimmed_unit = g_strstrip (g_strdup (unit));

  return g_strdup_printf ("%s %s", number, trimmed_unit);
}

/* Verdicts */
