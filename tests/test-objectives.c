/* test-objectives.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The information security objectives measured (5.6, 5.4.2.4.4): periods,
 * numbers as typed and shown, judging a value against the target that
 * held, a year's verdict, the trend, the share met, the checks of a
 * measurement, and reading it all from the database. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "logic/steward-objectives.h"
#include "model/steward-measurement.h"
#include "model/steward-objective-target.h"
#include "model/steward-objective.h"
#include "steward-test-util.h"

static GDate *
ymd (int year,
     int month,
     int day)
{
  return g_date_new_dmy (day, month, year);
}

#define assert_date(date, y, m, d) \
  G_STMT_START { \
    g_assert_true (g_date_valid (date)); \
    g_assert_cmpint (g_date_get_year (date), ==, (y)); \
    g_assert_cmpint (g_date_get_month (date), ==, (m)); \
    g_assert_cmpint (g_date_get_day (date), ==, (d)); \
  } G_STMT_END

static StewardObjective *
new_objective (StewardDirection  direction,
               StewardFrequency  frequency,
               const char       *unit,
               const GDate      *start,
               const GDate      *end)
{
  return g_object_new (STEWARD_TYPE_OBJECTIVE,
                       "statement", "核心系統可用率維持在目標水準以上",
                       "kpi-name", "核心系統可用率",
                       "kpi-unit", unit,
                       "direction", direction,
                       "frequency", frequency,
                       "start-date", start,
                       "end-date", end,
                       NULL);
}

static StewardObjectiveTarget *
new_target (gint64       objective_id,
            const GDate *valid_from,
            double       low,
            double       high)
{
  return g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET,
                       "objective-id", objective_id,
                       "valid-from", valid_from,
                       "low", low,
                       "high", high,
                       NULL);
}

static StewardMeasurement *
new_measurement (gint64       objective_id,
                 const GDate *period_start,
                 double       value)
{
  g_autoptr(GDateTime) recorded_at = g_date_time_new_utc (2025, 1, 10, 9, 0, 0);

  return g_object_new (STEWARD_TYPE_MEASUREMENT,
                       "objective-id", objective_id,
                       "period-start", period_start,
                       "value", value,
                       "recorded-by", "資訊安全管理小組",
                       "recorded-at", recorded_at,
                       NULL);
}

/* An objective in memory, with its targets and measurements added by the
 * helpers below, then evaluated. */
typedef struct
{
  StewardObjective *objective;
  GPtrArray        *targets;
  GPtrArray        *measurements;
} Fixture;

static Fixture *
fixture_new (StewardDirection  direction,
             StewardFrequency  frequency,
             const char       *unit,
             const GDate      *start,
             const GDate      *end)
{
  Fixture *f = g_new0 (Fixture, 1);

  f->objective = new_objective (direction, frequency, unit, start, end);
  f->targets = g_ptr_array_new_with_free_func (g_object_unref);
  f->measurements = g_ptr_array_new_with_free_func (g_object_unref);

  return f;
}

static void
fixture_free (Fixture *f)
{
  g_object_unref (f->objective);
  g_ptr_array_unref (f->targets);
  g_ptr_array_unref (f->measurements);
  g_free (f);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Fixture, fixture_free)

static void
add_target (Fixture *f,
            int      year,
            int      month,
            int      day,
            double   low,
            double   high)
{
  g_autoptr(GDate) from = ymd (year, month, day);

  g_ptr_array_add (f->targets, new_target (1, from, low, high));
}

static void
add_value (Fixture *f,
           int      year,
           int      month,
           double   value)
{
  g_autoptr(GDate) start = ymd (year, month, 1);

  g_ptr_array_add (f->measurements, new_measurement (1, start, value));
}

/* The property refuses what is not a finite number; what a form or a
 * file might still hand over is set behind its back. */
static void
set_raw_value (StewardMeasurement *measurement,
               double              value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (measurement), "value");
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  steward_record_set_value (STEWARD_RECORD (measurement), pspec, &gvalue);
}

static StewardEvaluation *
evaluate (Fixture *f,
          int      year,
          int      month,
          int      day)
{
  g_autoptr(GDate) today = ymd (year, month, day);

  return steward_evaluation_new (f->objective, f->targets, f->measurements, today);
}

static const StewardPeriodResult *
period_of (StewardEvaluation *evaluation,
           int                year,
           int                month)
{
  g_autoptr(GDate) start = ymd (year, month, 1);
  int index = steward_evaluation_find_period (evaluation, start);

  g_assert_cmpint (index, >=, 0);

  return steward_evaluation_get_period (evaluation, index);
}

static guint
count_problems (GPtrArray  *problems,
                const char *property)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (((StewardProblem *) g_ptr_array_index (problems, i))->property, property))
      n++;

  return n;
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  return count_problems (problems, property) > 0;
}

/* The message of the only problem of @property. */
static const char *
problem_message (GPtrArray  *problems,
                 const char *property)
{
  const char *message = NULL;

  for (guint i = 0; i < problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->property, property))
        {
          g_assert_null (message);
          message = problem->message;
        }
    }

  g_assert_nonnull (message);

  return message;
}

#define assert_contains(haystack, needle) \
  G_STMT_START { \
    if (strstr ((haystack), (needle)) == NULL) \
      g_error ("“%s” does not contain “%s”", (haystack), (needle)); \
  } G_STMT_END

/* Periods */

static void
test_period_start_of (void)
{
  static const struct
  {
    StewardFrequency frequency;
    int y, m, d;
    int sy, sm;
  } cases[] = {
    { STEWARD_FREQUENCY_MONTHLY, 2024, 2, 29, 2024, 2 },
    { STEWARD_FREQUENCY_MONTHLY, 2024, 12, 31, 2024, 12 },
    { STEWARD_FREQUENCY_MONTHLY, 2025, 1, 1, 2025, 1 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 3, 31, 2024, 1 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 4, 1, 2024, 4 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 5, 15, 2024, 4 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 9, 30, 2024, 7 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 12, 31, 2024, 10 },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 6, 30, 2024, 1 },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 7, 1, 2024, 7 },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 12, 31, 2024, 7 },
    { STEWARD_FREQUENCY_YEARLY, 2024, 12, 31, 2024, 1 },
    { STEWARD_FREQUENCY_YEARLY, 2024, 2, 29, 2024, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = ymd (cases[i].y, cases[i].m, cases[i].d);
      GDate start;

      steward_period_start_of (cases[i].frequency, date, &start);
      assert_date (&start, cases[i].sy, cases[i].sm, 1);
      g_assert_true (steward_period_is_start (cases[i].frequency, &start));

      /* In place. */
      steward_period_start_of (cases[i].frequency, date, date);
      g_assert_cmpint (g_date_compare (date, &start), ==, 0);
    }
}

static void
test_period_is_start (void)
{
  static const struct
  {
    StewardFrequency frequency;
    int y, m, d;
    gboolean is_start;
  } cases[] = {
    { STEWARD_FREQUENCY_MONTHLY, 2024, 2, 1, TRUE },
    { STEWARD_FREQUENCY_MONTHLY, 2024, 2, 2, FALSE },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 4, 1, TRUE },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 10, 1, TRUE },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 5, 1, FALSE },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 12, 1, FALSE },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 7, 1, TRUE },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 4, 1, FALSE },
    { STEWARD_FREQUENCY_YEARLY, 2024, 1, 1, TRUE },
    { STEWARD_FREQUENCY_YEARLY, 2024, 7, 1, FALSE },
    { STEWARD_FREQUENCY_YEARLY, 2024, 1, 2, FALSE },
  };
  GDate invalid;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = ymd (cases[i].y, cases[i].m, cases[i].d);

      if (steward_period_is_start (cases[i].frequency, date) != cases[i].is_start)
        g_error ("case %u: %d-%02d-%02d", i, cases[i].y, cases[i].m, cases[i].d);
    }

  g_date_clear (&invalid, 1);
  g_assert_false (steward_period_is_start (STEWARD_FREQUENCY_MONTHLY, &invalid));
}

static void
test_period_next_and_end (void)
{
  static const struct
  {
    StewardFrequency frequency;
    int y, m;
    int ey, em, ed;   /* the end */
    int ny, nm;       /* the next start */
  } cases[] = {
    /* Leap years: divisible by 4, not by 100 unless by 400. */
    { STEWARD_FREQUENCY_MONTHLY, 2024, 2, 2024, 2, 29, 2024, 3 },
    { STEWARD_FREQUENCY_MONTHLY, 2023, 2, 2023, 2, 28, 2023, 3 },
    { STEWARD_FREQUENCY_MONTHLY, 2100, 2, 2100, 2, 28, 2100, 3 },
    { STEWARD_FREQUENCY_MONTHLY, 2000, 2, 2000, 2, 29, 2000, 3 },
    { STEWARD_FREQUENCY_MONTHLY, 2024, 4, 2024, 4, 30, 2024, 5 },
    { STEWARD_FREQUENCY_MONTHLY, 2024, 12, 2024, 12, 31, 2025, 1 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 1, 2024, 3, 31, 2024, 4 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 4, 2024, 6, 30, 2024, 7 },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 10, 2024, 12, 31, 2025, 1 },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 1, 2024, 6, 30, 2024, 7 },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 7, 2024, 12, 31, 2025, 1 },
    { STEWARD_FREQUENCY_YEARLY, 2024, 1, 2024, 12, 31, 2025, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) start = ymd (cases[i].y, cases[i].m, 1);
      GDate end;

      steward_period_end_of (cases[i].frequency, start, &end);
      assert_date (&end, cases[i].ey, cases[i].em, cases[i].ed);

      steward_period_next (cases[i].frequency, start);
      assert_date (start, cases[i].ny, cases[i].nm, 1);
    }

  /* The end of the period holding a day in its middle. */
  {
    g_autoptr(GDate) middle = ymd (2024, 5, 15);
    GDate end;

    steward_period_end_of (STEWARD_FREQUENCY_QUARTERLY, middle, &end);
    assert_date (&end, 2024, 6, 30);
  }
}

static void
test_period_format (void)
{
  static const struct
  {
    StewardFrequency frequency;
    int y, m;
    StewardCalendar calendar;
    const char *expected;
  } cases[] = {
    { STEWARD_FREQUENCY_MONTHLY, 2024, 3, STEWARD_CALENDAR_GREGORIAN, "2024-03" },
    { STEWARD_FREQUENCY_MONTHLY, 2024, 12, STEWARD_CALENDAR_GREGORIAN, "2024-12" },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 1, STEWARD_CALENDAR_GREGORIAN, "2024 Q1" },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 10, STEWARD_CALENDAR_GREGORIAN, "2024 Q4" },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 1, STEWARD_CALENDAR_GREGORIAN, "2024 H1" },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 7, STEWARD_CALENDAR_GREGORIAN, "2024 H2" },
    { STEWARD_FREQUENCY_YEARLY, 2024, 1, STEWARD_CALENDAR_GREGORIAN, "2024" },
    { STEWARD_FREQUENCY_MONTHLY, 2024, 3, STEWARD_CALENDAR_ROC, "113/03" },
    { STEWARD_FREQUENCY_MONTHLY, 2025, 12, STEWARD_CALENDAR_ROC, "114/12" },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 1, STEWARD_CALENDAR_ROC, "113 Q1" },
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 7, STEWARD_CALENDAR_ROC, "113 Q3" },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 1, STEWARD_CALENDAR_ROC, "113 H1" },
    { STEWARD_FREQUENCY_HALF_YEARLY, 2024, 7, STEWARD_CALENDAR_ROC, "113 H2" },
    { STEWARD_FREQUENCY_YEARLY, 2024, 1, STEWARD_CALENDAR_ROC, "113" },
    /* A day inside a period names the period. */
    { STEWARD_FREQUENCY_QUARTERLY, 2024, 5, STEWARD_CALENDAR_GREGORIAN, "2024 Q2" },
  };
  GDate invalid;
  g_autofree char *empty = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) start = ymd (cases[i].y, cases[i].m, 1);
      g_autofree char *text = steward_period_format (cases[i].frequency, start, cases[i].calendar);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  g_date_clear (&invalid, 1);
  empty = steward_period_format (STEWARD_FREQUENCY_MONTHLY, &invalid, STEWARD_CALENDAR_ROC);
  g_assert_cmpstr (empty, ==, "");
}

/* Numbers */

static void
test_parse_number (void)
{
  static const struct
  {
    const char *text;
    double value;
  } good[] = {
    { "99.5", 99.5 },
    { "  42  ", 42 },
    { "\t7\n", 7 },
    { "９９．５", 99.5 },
    { "１，２３４", 1234 },
    { "\u3000５\u3000", 5 },       /* ideographic spaces */
    { "\u00a012", 12 },           /* a no-break space */
    { "1,234.5", 1234.5 },
    { "1,234,567", 1234567 },
    { "12,345.678", 12345.678 },
    { "-3", -3 },
    { "－3", -3 },                /* a full-width minus */
    { "+7", 7 },
    { "0", 0 },
    { "0.25", 0.25 },
    { ".5", 0.5 },
    { "5.", 5 },
    { "1234", 1234 },
    { "007", 7 },
  };
  const char *bad[] = {
    "", "   ", "abc", "n/a", "1e5", "１e５", "1E5", "NaN", "nan", "inf", "-inf",
    "Infinity", "--1", "+-1", "-+1", "- 1", "1,23", "1,2345", ",123", "1,,234",
    "1234,567", "1,234,56", "1,234.5,6", "1,.5", "1,23,456", "12,34,567", "1.2.3", "1..2", "1 234",
    "12a", "0x10", "-", "+", ".", ",", "１２三", "1e999", "\xff\x31", "٣",
  };
  g_autofree char *huge = NULL;
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      value = -12345;
      if (!steward_parse_number (good[i].text, &value))
        g_error ("“%s” was refused", good[i].text);
      g_assert_cmpfloat (value, ==, good[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      value = -12345;
      if (steward_parse_number (bad[i], &value))
        g_error ("“%s” was read as %g", bad[i], value);
      /* Untouched. */
      g_assert_cmpfloat (value, ==, -12345);
    }

  g_assert_false (steward_parse_number (NULL, &value));

  /* Too large for a double. */
  huge = g_strnfill (400, '9');
  g_assert_false (steward_parse_number (huge, &value));

  /* "-0" is 0, not minus zero. */
  g_assert_true (steward_parse_number ("-0", &value));
  g_assert_cmpfloat (value, ==, 0);
  g_assert_false (signbit (value));
}

static void
test_format_value (void)
{
  static const struct
  {
    double value;
    const char *unit;
    const char *expected;
  } cases[] = {
    { 99.5, "%", "99.5 %" },
    { 99.50, "%", "99.5 %" },
    { 3, "天", "3 天" },
    { 12, NULL, "12" },
    { 12, "", "12" },
    { 12, "  ", "12" },
    { 7, " 天 ", "7 天" },
    { 2.25, "小時", "2.25 小時" },
    { 2.5, "h", "2.5 h" },
    { 1234.5, NULL, "1234.5" },
    { 0.1 + 0.2, NULL, "0.3" },
    { 99.999, "%", "100 %" },
    { 0.004, NULL, "0" },
    { -0.001, NULL, "0" },
    { -3.25, NULL, "-3.25" },
    { 0, "%", "0 %" },
    { 100, "%", "100 %" },
    { 1000000, NULL, "1000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = steward_format_value (cases[i].value, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* Judging */

static void
test_judge (void)
{
  static const struct
  {
    StewardDirection direction;
    double low, high, value;
    StewardVerdict expected;
  } cases[] = {
    /* At least: the low end; the high end plays no part. */
    { STEWARD_DIRECTION_AT_LEAST, 99.5, 99.5, 99.5, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_AT_LEAST, 99.5, 99.5, 99.49, STEWARD_VERDICT_NOT_MET },
    { STEWARD_DIRECTION_AT_LEAST, 99.5, 99.5, 100, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_AT_LEAST, 10, 10, 50, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_AT_LEAST, 0, 0, 0, STEWARD_VERDICT_MET },
    /* At most: the high end. */
    { STEWARD_DIRECTION_AT_MOST, 5, 5, 5, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_AT_MOST, 5, 5, 5.01, STEWARD_VERDICT_NOT_MET },
    { STEWARD_DIRECTION_AT_MOST, 5, 5, 0, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_AT_MOST, 1, 5, 0.5, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_AT_MOST, 1, 5, 3, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_AT_LEAST, 1, 5, 3, STEWARD_VERDICT_MET },
    /* Within: both ends, included. */
    { STEWARD_DIRECTION_WITHIN, 80, 100, 80, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_WITHIN, 80, 100, 100, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_WITHIN, 80, 100, 90, STEWARD_VERDICT_MET },
    { STEWARD_DIRECTION_WITHIN, 80, 100, 79.99, STEWARD_VERDICT_NOT_MET },
    { STEWARD_DIRECTION_WITHIN, 80, 100, 100.01, STEWARD_VERDICT_NOT_MET },
    { STEWARD_DIRECTION_WITHIN, 5, 5, 5, STEWARD_VERDICT_MET },
    /* Nothing to judge. */
    { STEWARD_DIRECTION_AT_LEAST, 1, 1, NAN, STEWARD_VERDICT_NO_DATA },
    { STEWARD_DIRECTION_WITHIN, NAN, 100, 90, STEWARD_VERDICT_NO_DATA },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      StewardVerdict verdict = steward_judge_value (cases[i].direction, cases[i].low,
                                                    cases[i].high, cases[i].value);

      if (verdict != cases[i].expected)
        g_error ("case %u: %g against %g–%g is “%s”, not “%s”", i, cases[i].value,
                 cases[i].low, cases[i].high, steward_verdict_to_string (verdict),
                 steward_verdict_to_string (cases[i].expected));
    }
}

static void
test_to_string (void)
{
  g_assert_cmpstr (steward_verdict_to_string (STEWARD_VERDICT_MET), ==, "Met");
  g_assert_cmpstr (steward_verdict_to_string (STEWARD_VERDICT_NOT_MET), ==, "Not met");
  g_assert_cmpstr (steward_verdict_to_string (STEWARD_VERDICT_NO_DATA), ==, "No data");
  g_assert_cmpstr (steward_verdict_to_string (STEWARD_VERDICT_INCOMPLETE), ==, "Incomplete");
  g_assert_cmpstr (steward_trend_to_string (STEWARD_TREND_IMPROVING), ==, "Improving");
  g_assert_cmpstr (steward_trend_to_string (STEWARD_TREND_STEADY), ==, "Steady");
  g_assert_cmpstr (steward_trend_to_string (STEWARD_TREND_WORSENING), ==, "Worsening");
  g_assert_cmpstr (steward_trend_to_string (STEWARD_TREND_UNKNOWN), ==, "Not enough data");
}

/* Evaluations */

static void
test_no_data (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 15);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  g_autoptr(StewardEvaluation) evaluation = evaluate (f, 2024, 6, 10);
  g_autofree char *text = steward_evaluation_dup_target_text (evaluation, NULL);

  g_assert_true (steward_evaluation_get_objective (evaluation) == f->objective);

  /* January (holding the start, the 15th) to June (holding today). */
  g_assert_cmpuint (steward_evaluation_get_n_periods (evaluation), ==, 6);
  assert_date (&steward_evaluation_get_period (evaluation, 0)->start, 2024, 1, 1);
  assert_date (&steward_evaluation_get_period (evaluation, 0)->end, 2024, 1, 31);
  assert_date (&steward_evaluation_get_period (evaluation, 5)->start, 2024, 6, 1);
  assert_date (&steward_evaluation_get_period (evaluation, 5)->end, 2024, 6, 30);

  for (guint i = 0; i < 6; i++)
    {
      const StewardPeriodResult *period = steward_evaluation_get_period (evaluation, i);

      g_assert_false (period->has_value);
      g_assert_false (period->has_target);
      g_assert_cmpint (period->measurement_id, ==, 0);
      g_assert_cmpint (period->verdict, ==, STEWARD_VERDICT_NO_DATA);
      /* June is running: not due yet. */
      g_assert_true (period->due == (i < 5));
    }

  g_assert_cmpuint (steward_evaluation_count_due (evaluation), ==, 5);
  g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation, 2024), ==, STEWARD_VERDICT_NO_DATA);
  g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation, 2023), ==, STEWARD_VERDICT_NO_DATA);
  g_assert_null (steward_evaluation_get_latest (evaluation));
  g_assert_cmpint (steward_evaluation_get_trend (evaluation, 6), ==, STEWARD_TREND_UNKNOWN);
  g_assert_false (steward_evaluation_is_off_target (evaluation));
  g_assert_false (steward_evaluation_get_target_on (evaluation, start, NULL, NULL));
  g_assert_cmpstr (text, ==, "No target");

  /* A value without a target is measured, not judged; its year is not
   * met either. */
  add_value (f, 2024, 2, 99.9);
  {
    g_autoptr(StewardEvaluation) measured = evaluate (f, 2024, 6, 10);
    const StewardPeriodResult *february = period_of (measured, 2024, 2);

    g_assert_true (february->has_value);
    g_assert_cmpfloat (february->value, ==, 99.9);
    g_assert_false (february->has_target);
    g_assert_cmpint (february->verdict, ==, STEWARD_VERDICT_NO_DATA);
    g_assert_false (february->due);
    g_assert_true (steward_evaluation_get_latest (measured) == february);
    g_assert_cmpint (steward_evaluation_get_year_verdict (measured, 2024), ==, STEWARD_VERDICT_INCOMPLETE);
    /* Not judged is not missed. */
    g_assert_false (steward_evaluation_is_off_target (measured));
  }

  /* Every ended month measured, but January and February before any
   * target: not met, not missed. */
  {
    g_autoptr(GDate) first = ymd (2024, 1, 1);
    g_autoptr(Fixture) late = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", first, NULL);
    g_autoptr(StewardEvaluation) evaluation_late = NULL;

    add_target (late, 2024, 3, 1, 95, 95);
    add_value (late, 2024, 1, 96);
    add_value (late, 2024, 2, 96);
    add_value (late, 2024, 3, 96);
    evaluation_late = evaluate (late, 2024, 4, 10);
    g_assert_false (period_of (evaluation_late, 2024, 2)->has_target);
    g_assert_cmpint (period_of (evaluation_late, 2024, 3)->verdict, ==, STEWARD_VERDICT_MET);
    g_assert_cmpuint (steward_evaluation_count_due (evaluation_late), ==, 0);
    g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation_late, 2024), ==, STEWARD_VERDICT_INCOMPLETE);

    /* With the target from the start, the same values meet the year. */
    g_object_set (g_ptr_array_index (late->targets, 0), "valid-from", first, NULL);
    g_clear_object (&evaluation_late);
    evaluation_late = evaluate (late, 2024, 4, 10);
    g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation_late, 2024), ==, STEWARD_VERDICT_MET);
  }

  /* Not yet in effect: no periods. */
  {
    g_autoptr(StewardEvaluation) early = evaluate (f, 2024, 1, 14);

    g_assert_cmpuint (steward_evaluation_get_n_periods (early), ==, 0);
    g_assert_cmpuint (steward_evaluation_count_due (early), ==, 0);
    g_assert_cmpint (steward_evaluation_find_period (early, start), ==, -1);
  }
}

static void
test_active_period (void)
{
  g_autoptr(GDate) start = ymd (2023, 11, 20);
  g_autoptr(GDate) end = ymd (2024, 8, 31);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_QUARTERLY, "天", start, end);
  g_autoptr(StewardEvaluation) evaluation = NULL;
  g_autoptr(GDate) outside = ymd (2024, 10, 1);

  add_target (f, 2023, 11, 20, 5, 5);
  /* Before the first period, and after the end: counted for no period. */
  add_value (f, 2023, 7, 1);
  add_value (f, 2023, 10, 4);
  add_value (f, 2024, 10, 9);
  evaluation = evaluate (f, 2025, 3, 1);

  /* 2023 Q4 (holding the start) to 2024 Q3 (holding the end). */
  g_assert_cmpuint (steward_evaluation_get_n_periods (evaluation), ==, 4);
  assert_date (&steward_evaluation_get_period (evaluation, 0)->start, 2023, 10, 1);
  assert_date (&steward_evaluation_get_period (evaluation, 3)->start, 2024, 7, 1);
  g_assert_cmpint (steward_evaluation_find_period (evaluation, outside), ==, -1);

  /* The target was set within the first period, after its first day: it
   * is the one the period is judged against. */
  g_assert_true (period_of (evaluation, 2023, 10)->has_target);
  g_assert_cmpint (period_of (evaluation, 2023, 10)->verdict, ==, STEWARD_VERDICT_MET);
  g_assert_cmpfloat (period_of (evaluation, 2023, 10)->value, ==, 4);
  g_assert_cmpuint (steward_evaluation_count_due (evaluation), ==, 3);
  g_assert_cmpfloat (steward_evaluation_get_latest (evaluation)->value, ==, 4);
}

/* Only a period start that check_measurement refuses puts two values in
 * one period: the one named by the period's first day wins, else the
 * latest. */
static void
test_misaligned_values (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_QUARTERLY, "天", start, NULL);
  g_autoptr(StewardEvaluation) evaluation = NULL;

  add_target (f, 2024, 1, 1, 5, 5);
  add_value (f, 2024, 2, 9);
  add_value (f, 2024, 1, 3);
  add_value (f, 2024, 3, 8);
  add_value (f, 2024, 6, 6);
  add_value (f, 2024, 5, 4);
  evaluation = evaluate (f, 2024, 9, 1);

  g_assert_cmpfloat (period_of (evaluation, 2024, 1)->value, ==, 3);
  g_assert_cmpint (period_of (evaluation, 2024, 1)->verdict, ==, STEWARD_VERDICT_MET);
  g_assert_true (period_of (evaluation, 2024, 4)->has_value);
  g_assert_cmpfloat (period_of (evaluation, 2024, 4)->value, ==, 6);
  g_assert_cmpint (period_of (evaluation, 2024, 4)->verdict, ==, STEWARD_VERDICT_NOT_MET);
  g_assert_false (period_of (evaluation, 2024, 7)->has_value);

  /* Two values named by the same day (never so in the database): the one
   * added last. */
  add_value (f, 2024, 7, 4);
  add_value (f, 2024, 7, 7);
  g_clear_object (&evaluation);
  evaluation = evaluate (f, 2024, 9, 1);
  g_assert_cmpfloat (period_of (evaluation, 2024, 7)->value, ==, 7);
}

static void
test_range_target (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_WITHIN, STEWARD_FREQUENCY_QUARTERLY, "%", start, NULL);
  g_autoptr(StewardEvaluation) evaluation = NULL;
  g_autofree char *text = NULL;
  double low, high;

  add_target (f, 2024, 1, 1, 80, 100);
  add_value (f, 2024, 1, 90);
  add_value (f, 2024, 4, 79);
  add_value (f, 2024, 7, 100);
  add_value (f, 2024, 10, 101);
  evaluation = evaluate (f, 2025, 1, 20);
  text = steward_evaluation_dup_target_text (evaluation, start);

  g_assert_cmpstr (text, ==, "80–100 %");
  g_assert_true (steward_evaluation_get_target_on (evaluation, start, &low, &high));
  g_assert_cmpfloat (low, ==, 80);
  g_assert_cmpfloat (high, ==, 100);

  g_assert_cmpuint (steward_evaluation_get_n_periods (evaluation), ==, 5);
  g_assert_cmpint (period_of (evaluation, 2024, 1)->verdict, ==, STEWARD_VERDICT_MET);
  g_assert_cmpint (period_of (evaluation, 2024, 4)->verdict, ==, STEWARD_VERDICT_NOT_MET);
  g_assert_cmpint (period_of (evaluation, 2024, 7)->verdict, ==, STEWARD_VERDICT_MET);
  g_assert_cmpint (period_of (evaluation, 2024, 10)->verdict, ==, STEWARD_VERDICT_NOT_MET);
  g_assert_cmpfloat (period_of (evaluation, 2024, 10)->low, ==, 80);
  g_assert_cmpfloat (period_of (evaluation, 2024, 10)->high, ==, 100);
  g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation, 2024), ==, STEWARD_VERDICT_NOT_MET);
  g_assert_true (steward_evaluation_is_off_target (evaluation));
}

static void
test_target_texts (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(Fixture) at_least = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  g_autoptr(Fixture) at_most = fixture_new (STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_MONTHLY, "天", start, NULL);
  g_autoptr(Fixture) no_unit = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, NULL, start, NULL);
  g_autoptr(StewardEvaluation) e1 = NULL;
  g_autoptr(StewardEvaluation) e2 = NULL;
  g_autoptr(StewardEvaluation) e3 = NULL;
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;
  g_autofree char *t3 = NULL;

  /* Each direction shows its own end of the range. */
  add_target (at_least, 2024, 1, 1, 99.5, 100);
  add_target (at_most, 2024, 1, 1, 0, 5);
  add_target (no_unit, 2024, 1, 1, 12, 12);
  e1 = evaluate (at_least, 2024, 3, 1);
  e2 = evaluate (at_most, 2024, 3, 1);
  e3 = evaluate (no_unit, 2024, 3, 1);
  t1 = steward_evaluation_dup_target_text (e1, start);
  t2 = steward_evaluation_dup_target_text (e2, NULL);
  t3 = steward_evaluation_dup_target_text (e3, start);

  g_assert_cmpstr (t1, ==, "≥ 99.5 %");
  g_assert_cmpstr (t2, ==, "≤ 5 天");
  g_assert_cmpstr (t3, ==, "≥ 12");
}

static void
test_target_changed_mid_year (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(GDate) june_end = ymd (2024, 6, 30);
  g_autoptr(GDate) july = ymd (2024, 7, 1);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  g_autoptr(StewardEvaluation) evaluation = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  double low;

  /* Given in any order: raised from 95 to 99 by the committee on 1 July. */
  add_target (f, 2024, 7, 1, 99, 99);
  add_target (f, 2024, 1, 1, 95, 95);
  for (int month = 1; month <= 12; month++)
    add_value (f, 2024, month, 97);
  evaluation = evaluate (f, 2025, 1, 15);

  for (int month = 1; month <= 12; month++)
    {
      const StewardPeriodResult *period = period_of (evaluation, 2024, month);

      g_assert_true (period->has_target);
      g_assert_cmpfloat (period->low, ==, month < 7 ? 95 : 99);
      g_assert_cmpint (period->verdict, ==, month < 7 ? STEWARD_VERDICT_MET : STEWARD_VERDICT_NOT_MET);
    }

  g_assert_true (steward_evaluation_get_target_on (evaluation, june_end, &low, NULL));
  g_assert_cmpfloat (low, ==, 95);
  g_assert_true (steward_evaluation_get_target_on (evaluation, july, &low, NULL));
  g_assert_cmpfloat (low, ==, 99);
  g_assert_true (steward_evaluation_get_target_on (evaluation, NULL, &low, NULL));
  g_assert_cmpfloat (low, ==, 99);
  before = steward_evaluation_dup_target_text (evaluation, june_end);
  after = steward_evaluation_dup_target_text (evaluation, july);
  g_assert_cmpstr (before, ==, "≥ 95 %");
  g_assert_cmpstr (after, ==, "≥ 99 %");

  g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation, 2024), ==, STEWARD_VERDICT_NOT_MET);
  g_assert_true (steward_evaluation_is_off_target (evaluation));
  /* January 2025 is running and not measured. */
  g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation, 2025), ==, STEWARD_VERDICT_NO_DATA);
  g_assert_cmpuint (steward_evaluation_count_due (evaluation), ==, 0);

  /* Set on 15 July, the new level holds from August: July keeps the old. */
  g_ptr_array_remove_index (f->targets, 0);
  add_target (f, 2024, 7, 15, 99, 99);
  {
    g_autoptr(StewardEvaluation) later = evaluate (f, 2025, 1, 15);

    g_assert_cmpfloat (period_of (later, 2024, 7)->low, ==, 95);
    g_assert_cmpint (period_of (later, 2024, 7)->verdict, ==, STEWARD_VERDICT_MET);
    g_assert_cmpfloat (period_of (later, 2024, 8)->low, ==, 99);
    g_assert_cmpint (period_of (later, 2024, 8)->verdict, ==, STEWARD_VERDICT_NOT_MET);
  }

  /* With values that meet both levels, the year is met. */
  for (guint i = 0; i < f->measurements->len; i++)
    g_object_set (g_ptr_array_index (f->measurements, i), "value", 99.5, NULL);
  {
    g_autoptr(StewardEvaluation) met = evaluate (f, 2025, 1, 15);

    g_assert_cmpint (steward_evaluation_get_year_verdict (met, 2024), ==, STEWARD_VERDICT_MET);
    g_assert_false (steward_evaluation_is_off_target (met));
  }
}

static void
test_missing_period (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_QUARTERLY, "天", start, NULL);
  g_autoptr(StewardEvaluation) evaluation = NULL;

  add_target (f, 2024, 1, 1, 5, 5);
  add_value (f, 2024, 1, 3);
  add_value (f, 2024, 7, 4);
  add_value (f, 2024, 10, 5);
  evaluation = evaluate (f, 2025, 1, 10);

  /* Q2 was never measured: nothing missed, but the year is incomplete. */
  g_assert_true (period_of (evaluation, 2024, 4)->due);
  g_assert_false (period_of (evaluation, 2024, 1)->due);
  g_assert_false (period_of (evaluation, 2025, 1)->due);
  g_assert_cmpuint (steward_evaluation_count_due (evaluation), ==, 1);
  g_assert_cmpint (steward_evaluation_get_year_verdict (evaluation, 2024), ==, STEWARD_VERDICT_INCOMPLETE);
  g_assert_cmpfloat (steward_evaluation_get_latest (evaluation)->value, ==, 5);

  /* A missed period outweighs a missing one. */
  g_object_set (g_ptr_array_index (f->measurements, 1), "value", 6.0, NULL);
  {
    g_autoptr(StewardEvaluation) missed = evaluate (f, 2025, 1, 10);

    g_assert_cmpint (steward_evaluation_get_year_verdict (missed, 2024), ==, STEWARD_VERDICT_NOT_MET);
    /* The latest, Q4, met: not off target. */
    g_assert_false (steward_evaluation_is_off_target (missed));
  }
  g_object_set (g_ptr_array_index (f->measurements, 1), "value", 4.0, NULL);

  /* In a running year only the ended periods count: Q1 2025 measured and
   * met, Q2 running. */
  add_value (f, 2024, 4, 2);
  add_value (f, 2025, 1, 4);
  {
    g_autoptr(StewardEvaluation) running = evaluate (f, 2025, 5, 10);

    g_assert_cmpint (steward_evaluation_get_year_verdict (running, 2024), ==, STEWARD_VERDICT_MET);
    g_assert_cmpint (steward_evaluation_get_year_verdict (running, 2025), ==, STEWARD_VERDICT_MET);
    g_assert_cmpuint (steward_evaluation_count_due (running), ==, 0);
  }
  {
    /* Q2 has ended without a value. */
    g_autoptr(StewardEvaluation) later = evaluate (f, 2025, 7, 2);

    g_assert_cmpint (steward_evaluation_get_year_verdict (later, 2025), ==, STEWARD_VERDICT_INCOMPLETE);
    g_assert_cmpuint (steward_evaluation_count_due (later), ==, 1);
    g_assert_true (period_of (later, 2025, 4)->due);
  }
}

typedef struct
{
  StewardDirection direction;
  double low, high;
  double values[4];
  StewardTrend expected;
} TrendCase;

static void
test_trend (void)
{
  static const TrendCase cases[] = {
    { STEWARD_DIRECTION_AT_LEAST, 95, 95, { 90, 92, 94, 96 }, STEWARD_TREND_IMPROVING },
    { STEWARD_DIRECTION_AT_LEAST, 95, 95, { 96, 94, 92, 90 }, STEWARD_TREND_WORSENING },
    /* 0.1 a period is under 0.5 % of 95. */
    { STEWARD_DIRECTION_AT_LEAST, 95, 95, { 95, 95.1, 95.2, 95.3 }, STEWARD_TREND_STEADY },
    { STEWARD_DIRECTION_AT_MOST, 5, 5, { 8, 7, 6, 5 }, STEWARD_TREND_IMPROVING },
    { STEWARD_DIRECTION_AT_MOST, 5, 5, { 5, 6, 7, 8 }, STEWARD_TREND_WORSENING },
    { STEWARD_DIRECTION_AT_MOST, 5, 5, { 5, 5, 5, 5 }, STEWARD_TREND_STEADY },
    /* Within 80–100: toward 90 improves, away worsens. */
    { STEWARD_DIRECTION_WITHIN, 80, 100, { 70, 75, 80, 85 }, STEWARD_TREND_IMPROVING },
    { STEWARD_DIRECTION_WITHIN, 80, 100, { 110, 105, 100, 95 }, STEWARD_TREND_IMPROVING },
    { STEWARD_DIRECTION_WITHIN, 80, 100, { 90, 95, 100, 105 }, STEWARD_TREND_WORSENING },
    { STEWARD_DIRECTION_WITHIN, 80, 100, { 90, 85, 80, 75 }, STEWARD_TREND_WORSENING },
    /* Rising, but as far from the middle each time. */
    { STEWARD_DIRECTION_WITHIN, 80, 100, { 80, 100, 80, 100 }, STEWARD_TREND_STEADY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) start = ymd (2024, 1, 1);
      g_autoptr(Fixture) f = fixture_new (cases[i].direction, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
      g_autoptr(StewardEvaluation) evaluation = NULL;
      StewardTrend trend;

      add_target (f, 2024, 1, 1, cases[i].low, cases[i].high);
      for (int m = 0; m < 4; m++)
        add_value (f, 2024, m + 1, cases[i].values[m]);
      evaluation = evaluate (f, 2024, 6, 1);
      trend = steward_evaluation_get_trend (evaluation, 4);

      if (trend != cases[i].expected)
        g_error ("case %u: “%s”, not “%s”", i, steward_trend_to_string (trend),
                 steward_trend_to_string (cases[i].expected));
    }
}

static void
test_trend_window (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  g_autoptr(StewardEvaluation) evaluation = NULL;
  static const double values[] = { 100, 100, 100, 90, 92, 94 };

  add_target (f, 2024, 1, 1, 95, 95);
  for (guint m = 0; m < G_N_ELEMENTS (values); m++)
    add_value (f, 2024, m + 1, values[m]);
  evaluation = evaluate (f, 2024, 8, 1);

  /* The last three rise; all six fall. */
  g_assert_cmpint (steward_evaluation_get_trend (evaluation, 3), ==, STEWARD_TREND_IMPROVING);
  g_assert_cmpint (steward_evaluation_get_trend (evaluation, 6), ==, STEWARD_TREND_WORSENING);
  g_assert_cmpint (steward_evaluation_get_trend (evaluation, 60), ==, STEWARD_TREND_WORSENING);
  g_assert_cmpint (steward_evaluation_get_trend (evaluation, 2), ==, STEWARD_TREND_IMPROVING);
  g_assert_cmpint (steward_evaluation_get_trend (evaluation, 1), ==, STEWARD_TREND_UNKNOWN);
  g_assert_cmpint (steward_evaluation_get_trend (evaluation, 0), ==, STEWARD_TREND_UNKNOWN);

  /* One value is not a trend. */
  {
    g_autoptr(Fixture) one = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
    g_autoptr(StewardEvaluation) single = NULL;

    add_target (one, 2024, 1, 1, 95, 95);
    add_value (one, 2024, 3, 97);
    single = evaluate (one, 2024, 8, 1);
    g_assert_cmpint (steward_evaluation_get_trend (single, 6), ==, STEWARD_TREND_UNKNOWN);
  }
}

static void
test_off_target (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(Fixture) f = fixture_new (STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  g_autoptr(StewardEvaluation) missed = NULL;
  g_autoptr(StewardEvaluation) recovered = NULL;

  add_target (f, 2024, 1, 1, 3, 3);
  add_value (f, 2024, 1, 2);
  add_value (f, 2024, 2, 4);
  /* March and April not measured: February is the latest. */
  missed = evaluate (f, 2024, 4, 20);
  g_assert_true (steward_evaluation_is_off_target (missed));
  g_assert_true (steward_evaluation_get_latest (missed) == period_of (missed, 2024, 2));

  add_value (f, 2024, 3, 3);
  recovered = evaluate (f, 2024, 4, 20);
  g_assert_false (steward_evaluation_is_off_target (recovered));
}

static void
test_share_met (void)
{
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(GDate) from = ymd (2024, 2, 10);
  g_autoptr(GDate) to = ymd (2024, 12, 31);
  g_autoptr(Fixture) monthly = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  g_autoptr(Fixture) quarterly = fixture_new (STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_QUARTERLY, "天", start, NULL);
  g_autoptr(Fixture) silent = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  g_autoptr(Fixture) untargeted = fixture_new (STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_YEARLY, NULL, start, NULL);
  g_autoptr(GPtrArray) evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) by_quarter = NULL;
  g_autoptr(GArray) by_month = NULL;
  g_autoptr(GArray) by_year = NULL;
  static const struct
  {
    int month;
    guint n_measured;
    guint n_met;
  } quarters[] = {
    { 1, 3, 1 },   /* monthly missed in March, quarterly met, untargeted not judged */
    { 4, 2, 1 },   /* monthly met (May, June not measured), quarterly missed */
    { 7, 1, 1 },   /* quarterly met */
    { 10, 0, 0 },
  };

  add_target (monthly, 2024, 1, 1, 95, 95);
  add_value (monthly, 2024, 1, 96);
  add_value (monthly, 2024, 2, 97);
  add_value (monthly, 2024, 3, 94);
  add_value (monthly, 2024, 4, 96);
  add_target (quarterly, 2024, 1, 1, 5, 5);
  add_value (quarterly, 2024, 1, 3);
  add_value (quarterly, 2024, 4, 6);
  add_value (quarterly, 2024, 7, 4);
  add_value (untargeted, 2024, 1, 10);
  g_ptr_array_add (evaluations, evaluate (monthly, 2025, 1, 15));
  g_ptr_array_add (evaluations, evaluate (quarterly, 2025, 1, 15));
  g_ptr_array_add (evaluations, evaluate (silent, 2025, 1, 15));
  g_ptr_array_add (evaluations, evaluate (untargeted, 2025, 1, 15));

  /* From the quarter holding 10 February to the one holding 31 December. */
  by_quarter = steward_evaluations_share_met (evaluations, STEWARD_FREQUENCY_QUARTERLY, from, to);
  g_assert_cmpuint (by_quarter->len, ==, G_N_ELEMENTS (quarters));
  for (guint i = 0; i < by_quarter->len; i++)
    {
      StewardShareMet *share = &g_array_index (by_quarter, StewardShareMet, i);

      assert_date (&share->start, 2024, quarters[i].month, 1);
      g_assert_cmpuint (share->n_measured, ==, quarters[i].n_measured);
      g_assert_cmpuint (share->n_met, ==, quarters[i].n_met);
    }

  /* By month, from February: a quarterly value counts in the month its
   * period starts. */
  by_month = steward_evaluations_share_met (evaluations, STEWARD_FREQUENCY_MONTHLY, from, to);
  g_assert_cmpuint (by_month->len, ==, 11);
  assert_date (&g_array_index (by_month, StewardShareMet, 0).start, 2024, 2, 1);
  g_assert_cmpuint (g_array_index (by_month, StewardShareMet, 0).n_measured, ==, 1);   /* February */
  g_assert_cmpuint (g_array_index (by_month, StewardShareMet, 0).n_met, ==, 1);
  g_assert_cmpuint (g_array_index (by_month, StewardShareMet, 1).n_measured, ==, 1);   /* March */
  g_assert_cmpuint (g_array_index (by_month, StewardShareMet, 1).n_met, ==, 0);
  g_assert_cmpuint (g_array_index (by_month, StewardShareMet, 2).n_measured, ==, 2);   /* April */
  g_assert_cmpuint (g_array_index (by_month, StewardShareMet, 2).n_met, ==, 1);
  g_assert_cmpuint (g_array_index (by_month, StewardShareMet, 3).n_measured, ==, 0);   /* May */

  /* The year: the monthly objective missed once, the quarterly once. */
  by_year = steward_evaluations_share_met (evaluations, STEWARD_FREQUENCY_YEARLY, to, to);
  g_assert_cmpuint (by_year->len, ==, 1);
  g_assert_cmpuint (g_array_index (by_year, StewardShareMet, 0).n_measured, ==, 3);
  g_assert_cmpuint (g_array_index (by_year, StewardShareMet, 0).n_met, ==, 0);
}

/* The database */

static StewardObjective *
save_objective (StewardTestDb    *t,
                StewardDirection  direction,
                StewardFrequency  frequency,
                const char       *unit,
                const GDate      *start,
                const GDate      *end)
{
  g_autoptr(StewardObjective) objective = new_objective (direction, frequency, unit, start, end);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (objective), t->db, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&objective);
}

static gint64
save_target (StewardTestDb    *t,
             StewardObjective *objective,
             const GDate      *valid_from,
             double            low,
             double            high)
{
  g_autoptr(StewardObjectiveTarget) target = new_target (steward_record_get_id (STEWARD_RECORD (objective)),
                                                         valid_from, low, high);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (target), t->db, &error));
  g_assert_no_error (error);

  return steward_record_get_id (STEWARD_RECORD (target));
}

static gint64
save_value (StewardTestDb    *t,
            StewardObjective *objective,
            int               year,
            int               month,
            double            value)
{
  g_autoptr(GDate) start = ymd (year, month, 1);
  g_autoptr(StewardMeasurement) measurement = new_measurement (steward_record_get_id (STEWARD_RECORD (objective)),
                                                               start, value);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (measurement), t->db, &error));
  g_assert_no_error (error);

  return steward_record_get_id (STEWARD_RECORD (measurement));
}

static void
assert_same_periods (StewardEvaluation *a,
                     StewardEvaluation *b)
{
  g_assert_cmpuint (steward_evaluation_get_n_periods (a), ==, steward_evaluation_get_n_periods (b));

  for (guint i = 0; i < steward_evaluation_get_n_periods (a); i++)
    {
      const StewardPeriodResult *x = steward_evaluation_get_period (a, i);
      const StewardPeriodResult *y = steward_evaluation_get_period (b, i);

      g_assert_cmpint (g_date_compare (&x->start, &y->start), ==, 0);
      g_assert_cmpint (g_date_compare (&x->end, &y->end), ==, 0);
      g_assert_cmpint (x->has_value, ==, y->has_value);
      g_assert_cmpfloat (x->value, ==, y->value);
      g_assert_cmpint (x->measurement_id, ==, y->measurement_id);
      g_assert_cmpint (x->has_target, ==, y->has_target);
      g_assert_cmpfloat (x->low, ==, y->low);
      g_assert_cmpfloat (x->high, ==, y->high);
      g_assert_cmpint (x->verdict, ==, y->verdict);
      g_assert_cmpint (x->due, ==, y->due);
    }
}

static void
test_load (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) start = ymd (2024, 1, 1);
  g_autoptr(GDate) raised = ymd (2024, 7, 1);
  g_autoptr(GDate) today = ymd (2025, 1, 15);
  g_autoptr(StewardObjective) availability = NULL;
  g_autoptr(StewardObjective) patching = NULL;
  g_autoptr(StewardObjective) training = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(StewardEvaluation) one = NULL;
  g_autoptr(StewardEvaluation) none = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[4];

  availability = save_objective (t, STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
  patching = save_objective (t, STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_QUARTERLY, "天", start, NULL);
  training = save_objective (t, STEWARD_DIRECTION_WITHIN, STEWARD_FREQUENCY_HALF_YEARLY, "小時", start, NULL);

  /* Saved interleaved, out of the objectives' order: each must still find
   * its own. */
  save_target (t, patching, start, 7, 7);
  save_target (t, availability, raised, 99.5, 99.5);
  ids[0] = save_value (t, patching, 2024, 4, 8);
  save_target (t, availability, start, 99, 99);
  ids[1] = save_value (t, availability, 2024, 8, 99.2);
  ids[2] = save_value (t, patching, 2024, 1, 6);
  ids[3] = save_value (t, availability, 2024, 2, 99.7);
  save_target (t, patching, raised, 5, 5);
  save_value (t, patching, 2024, 7, 5);

  evaluations = steward_evaluations_load (t->db, today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (evaluations);
  g_assert_cmpuint (evaluations->len, ==, 3);

  {
    StewardEvaluation *e = g_ptr_array_index (evaluations, 0);
    StewardObjective *objective = steward_evaluation_get_objective (e);
    const StewardPeriodResult *february = period_of (e, 2024, 2);
    const StewardPeriodResult *august = period_of (e, 2024, 8);

    g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (objective)), ==,
                     steward_record_get_id (STEWARD_RECORD (availability)));
    g_assert_true (steward_record_equal (STEWARD_RECORD (objective), STEWARD_RECORD (availability)));
    g_assert_cmpuint (steward_evaluation_get_n_periods (e), ==, 13);
    g_assert_true (february->has_value);
    g_assert_cmpfloat (february->value, ==, 99.7);
    g_assert_cmpint (february->measurement_id, ==, ids[3]);
    g_assert_cmpfloat (february->low, ==, 99);
    g_assert_cmpint (february->verdict, ==, STEWARD_VERDICT_MET);
    g_assert_cmpfloat (august->value, ==, 99.2);
    g_assert_cmpint (august->measurement_id, ==, ids[1]);
    g_assert_cmpfloat (august->low, ==, 99.5);
    g_assert_cmpint (august->verdict, ==, STEWARD_VERDICT_NOT_MET);
    g_assert_cmpuint (steward_evaluation_count_due (e), ==, 10);
  }
  {
    StewardEvaluation *e = g_ptr_array_index (evaluations, 1);
    g_autofree char *text = steward_evaluation_dup_target_text (e, NULL);

    g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (steward_evaluation_get_objective (e))), ==,
                     steward_record_get_id (STEWARD_RECORD (patching)));
    g_assert_cmpuint (steward_evaluation_get_n_periods (e), ==, 5);
    g_assert_cmpint (period_of (e, 2024, 1)->measurement_id, ==, ids[2]);
    g_assert_cmpint (period_of (e, 2024, 1)->verdict, ==, STEWARD_VERDICT_MET);
    g_assert_cmpint (period_of (e, 2024, 4)->measurement_id, ==, ids[0]);
    g_assert_cmpint (period_of (e, 2024, 4)->verdict, ==, STEWARD_VERDICT_NOT_MET);
    g_assert_cmpint (period_of (e, 2024, 7)->verdict, ==, STEWARD_VERDICT_MET);
    g_assert_cmpfloat (period_of (e, 2024, 7)->high, ==, 5);
    g_assert_true (period_of (e, 2024, 10)->due);
    g_assert_cmpstr (text, ==, "≤ 5 天");
  }
  {
    StewardEvaluation *e = g_ptr_array_index (evaluations, 2);

    g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (steward_evaluation_get_objective (e))), ==,
                     steward_record_get_id (STEWARD_RECORD (training)));
    g_assert_cmpuint (steward_evaluation_get_n_periods (e), ==, 3);
    g_assert_null (steward_evaluation_get_latest (e));
  }

  /* One at a time gives the same. */
  for (guint i = 0; i < evaluations->len; i++)
    {
      StewardEvaluation *e = g_ptr_array_index (evaluations, i);
      gint64 id = steward_record_get_id (STEWARD_RECORD (steward_evaluation_get_objective (e)));

      one = steward_evaluation_load (t->db, id, today, &error);
      g_assert_no_error (error);
      g_assert_nonnull (one);
      assert_same_periods (e, one);
      g_clear_object (&one);
    }

  none = steward_evaluation_load (t->db, 9999, today, &error);
  g_assert_null (none);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND);
}

static void
test_check_measurement (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) start = ymd (2024, 1, 15);
  g_autoptr(GDate) end = ymd (2025, 12, 31);
  g_autoptr(GDate) today = ymd (2025, 3, 1);
  g_autoptr(StewardObjective) objective = NULL;
  g_autoptr(StewardEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  gint64 objective_id;
  gint64 existing_id;

  objective = save_objective (t, STEWARD_DIRECTION_AT_LEAST, STEWARD_FREQUENCY_QUARTERLY, "%", start, end);
  objective_id = steward_record_get_id (STEWARD_RECORD (objective));
  save_target (t, objective, start, 95, 95);
  existing_id = save_value (t, objective, 2024, 1, 97);
  evaluation = steward_evaluation_load (t->db, objective_id, today, &error);
  g_assert_no_error (error);

  /* A good one: the next quarter, a percentage up to 100. */
  {
    g_autoptr(GDate) q2 = ymd (2024, 4, 1);
    g_autoptr(StewardMeasurement) good = new_measurement (objective_id, q2, 100);
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (good));

    steward_evaluation_check_measurement (evaluation, good, problems);
    g_assert_cmpuint (problems->len, ==, 0);
  }

  /* The stored one, read again and edited: it is not "another". */
  {
    g_autoptr(StewardMeasurement) again = steward_record_load (t->db, STEWARD_TYPE_MEASUREMENT, existing_id, &error);
    g_autoptr(GPtrArray) problems = NULL;

    g_assert_no_error (error);
    g_object_set (again, "value", 98.0, NULL);
    problems = steward_record_validate (STEWARD_RECORD (again));
    steward_evaluation_check_measurement (evaluation, again, problems);
    g_assert_cmpuint (problems->len, ==, 0);
  }

  /* A second value for 2024 Q1 (the quarter holding the start). */
  {
    g_autoptr(GDate) q1 = ymd (2024, 1, 1);
    g_autoptr(StewardMeasurement) twice = new_measurement (objective_id, q1, 99);
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (twice));
    const char *message;

    steward_evaluation_check_measurement (evaluation, twice, problems);
    message = problem_message (problems, "period-start");
    assert_contains (message, "2024 Q1");
    assert_contains (message, "97 %");
    g_assert_false (has_problem (problems, "value"));
  }

  /* Before the active period, and after it. */
  {
    g_autoptr(GDate) early = ymd (2023, 10, 1);
    g_autoptr(GDate) late = ymd (2026, 1, 1);
    g_autoptr(StewardMeasurement) before = new_measurement (objective_id, early, 90);
    g_autoptr(StewardMeasurement) after = new_measurement (objective_id, late, 90);
    g_autoptr(GPtrArray) problems = NULL;
    const char *message;

    problems = steward_record_validate (STEWARD_RECORD (before));
    steward_evaluation_check_measurement (evaluation, before, problems);
    message = problem_message (problems, "period-start");
    assert_contains (message, "2023 Q4");
    assert_contains (message, "2024-01-15");
    assert_contains (message, "2025-12-31");

    g_clear_pointer (&problems, g_ptr_array_unref);
    problems = steward_record_validate (STEWARD_RECORD (after));
    steward_evaluation_check_measurement (evaluation, after, problems);
    message = problem_message (problems, "period-start");
    assert_contains (message, "2026 Q1");

    /* In the ROC calendar, as the user chose. */
    steward_evaluation_set_calendar (evaluation, STEWARD_CALENDAR_ROC);
    g_clear_pointer (&problems, g_ptr_array_unref);
    problems = steward_record_validate (STEWARD_RECORD (before));
    steward_evaluation_check_measurement (evaluation, before, problems);
    message = problem_message (problems, "period-start");
    assert_contains (message, "112 Q4");
    assert_contains (message, "113-01-15");
    steward_evaluation_set_calendar (evaluation, STEWARD_CALENDAR_GREGORIAN);
  }

  /* Not the first day of a quarter. */
  {
    g_autoptr(GDate) may = ymd (2024, 5, 1);
    g_autoptr(StewardMeasurement) monthly = new_measurement (objective_id, may, 96);
    g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (monthly));
    const char *message;

    steward_evaluation_check_measurement (evaluation, monthly, problems);
    message = problem_message (problems, "period-start");
    assert_contains (message, "2024-04-01");
    assert_contains (message, "2024-05-01");
  }

  /* Values out of range: each adds a problem of its own to those of the
   * record. */
  {
    static const double bad[] = { -1, -0.01, 100.5, 1e300, NAN, INFINITY, -INFINITY };
    g_autoptr(GDate) q3 = ymd (2024, 7, 1);

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(StewardMeasurement) measurement = new_measurement (objective_id, q3, 50);
        g_autoptr(GPtrArray) problems = NULL;
        guint n_before;

        set_raw_value (measurement, bad[i]);
        g_assert_true (steward_measurement_get_value (measurement) == bad[i] || isnan (bad[i]));
        problems = steward_record_validate (STEWARD_RECORD (measurement));
        n_before = count_problems (problems, "value");

        steward_evaluation_check_measurement (evaluation, measurement, problems);
        g_assert_cmpuint (count_problems (problems, "value"), ==, n_before + 1);
        g_assert_false (has_problem (problems, "period-start"));
      }
  }

  /* Over 100 is fine when the unit is not a percentage; with no end, the
   * message says when the objective begins. */
  {
    g_autoptr(StewardObjective) days = save_objective (t, STEWARD_DIRECTION_AT_MOST, STEWARD_FREQUENCY_MONTHLY,
                                                       "天", start, NULL);
    gint64 days_id = steward_record_get_id (STEWARD_RECORD (days));
    g_autoptr(StewardEvaluation) days_evaluation = steward_evaluation_load (t->db, days_id, today, &error);
    g_autoptr(GDate) march = ymd (2024, 3, 1);
    g_autoptr(GDate) december = ymd (2023, 12, 1);
    g_autoptr(StewardMeasurement) many = new_measurement (days_id, march, 150);
    g_autoptr(StewardMeasurement) early = new_measurement (days_id, december, 1);
    g_autoptr(GPtrArray) problems = NULL;

    g_assert_no_error (error);
    problems = steward_record_validate (STEWARD_RECORD (many));
    steward_evaluation_check_measurement (days_evaluation, many, problems);
    g_assert_cmpuint (problems->len, ==, 0);

    g_clear_pointer (&problems, g_ptr_array_unref);
    problems = steward_record_validate (STEWARD_RECORD (early));
    steward_evaluation_check_measurement (days_evaluation, early, problems);
    assert_contains (problem_message (problems, "period-start"), "2024-01-15");
    assert_contains (problem_message (problems, "period-start"), "2023-12");
  }
}

typedef struct
{
  StewardTestDb *t;
  int            n_objectives;
  int            n_months;
} FillData;

static gboolean
fill_in_transaction (StewardDatabase  *db,
                     gpointer          user_data,
                     GError          **error)
{
  FillData *data = user_data;
  g_autoptr(GDate) start = ymd (2015, 1, 1);

  for (int o = 0; o < data->n_objectives; o++)
    {
      g_autoptr(StewardObjective) objective = save_objective (data->t, o % 2 ? STEWARD_DIRECTION_AT_MOST
                                                                             : STEWARD_DIRECTION_AT_LEAST,
                                                              STEWARD_FREQUENCY_MONTHLY, "%", start, NULL);
      g_autoptr(GDate) raised = ymd (2020, 1, 1);

      save_target (data->t, objective, start, 90, 90);
      save_target (data->t, objective, raised, 95, 95);
      for (int m = 0; m < data->n_months; m++)
        save_value (data->t, objective, 2015 + m / 12, m % 12 + 1, 85 + (o * 7 + m * 3) % 15);
    }

  return TRUE;
}

static void
test_load_time (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GDate) today = ymd (2025, 1, 15);
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GArray) shares = NULL;
  g_autoptr(GError) error = NULL;
  FillData data = { t, 50, 120 };
  gint64 begin;
  gint64 elapsed;
  guint n_values = 0;

  g_assert_true (steward_database_transaction (t->db, fill_in_transaction, &data, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (t->db, "measurement"), ==, 50 * 120);

  begin = g_get_monotonic_time ();
  evaluations = steward_evaluations_load (t->db, today, &error);
  elapsed = g_get_monotonic_time () - begin;
  g_assert_no_error (error);

  g_test_message ("steward_evaluations_load: 50 objectives x 120 monthly values in %.2f ms",
                  elapsed / 1000.0);

  g_assert_cmpuint (evaluations->len, ==, 50);
  for (guint i = 0; i < evaluations->len; i++)
    {
      StewardEvaluation *e = g_ptr_array_index (evaluations, i);

      /* January 2015 to January 2025. */
      g_assert_cmpuint (steward_evaluation_get_n_periods (e), ==, 121);
      for (guint p = 0; p < steward_evaluation_get_n_periods (e); p++)
        if (steward_evaluation_get_period (e, p)->has_value)
          n_values++;
    }
  g_assert_cmpuint (n_values, ==, 50 * 120);

  begin = g_get_monotonic_time ();
  shares = steward_evaluations_share_met (evaluations, STEWARD_FREQUENCY_QUARTERLY,
                                          &steward_evaluation_get_period (g_ptr_array_index (evaluations, 0), 0)->start,
                                          today);
  elapsed = g_get_monotonic_time () - begin;
  g_test_message ("steward_evaluations_share_met: %u quarters in %.2f ms", shares->len, elapsed / 1000.0);
  g_assert_cmpuint (shares->len, ==, 41);
  g_assert_cmpuint (g_array_index (shares, StewardShareMet, 0).n_measured, ==, 50);
  g_assert_cmpuint (g_array_index (shares, StewardShareMet, 40).n_measured, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/logic/objectives/period/start-of", test_period_start_of);
  g_test_add_func ("/logic/objectives/period/is-start", test_period_is_start);
  g_test_add_func ("/logic/objectives/period/next-and-end", test_period_next_and_end);
  g_test_add_func ("/logic/objectives/period/format", test_period_format);
  g_test_add_func ("/logic/objectives/number/parse", test_parse_number);
  g_test_add_func ("/logic/objectives/number/format", test_format_value);
  g_test_add_func ("/logic/objectives/judge", test_judge);
  g_test_add_func ("/logic/objectives/to-string", test_to_string);
  g_test_add_func ("/logic/objectives/evaluation/no-data", test_no_data);
  g_test_add_func ("/logic/objectives/evaluation/active-period", test_active_period);
  g_test_add_func ("/logic/objectives/evaluation/misaligned-values", test_misaligned_values);
  g_test_add_func ("/logic/objectives/evaluation/range-target", test_range_target);
  g_test_add_func ("/logic/objectives/evaluation/target-texts", test_target_texts);
  g_test_add_func ("/logic/objectives/evaluation/target-changed-mid-year", test_target_changed_mid_year);
  g_test_add_func ("/logic/objectives/evaluation/missing-period", test_missing_period);
  g_test_add_func ("/logic/objectives/evaluation/trend", test_trend);
  g_test_add_func ("/logic/objectives/evaluation/trend-window", test_trend_window);
  g_test_add_func ("/logic/objectives/evaluation/off-target", test_off_target);
  g_test_add_func ("/logic/objectives/share-met", test_share_met);
  g_test_add_func ("/logic/objectives/check-measurement", test_check_measurement);
  g_test_add_func ("/logic/objectives/load", test_load);
  g_test_add_func ("/logic/objectives/load-time", test_load_time);

  return g_test_run ();
}
