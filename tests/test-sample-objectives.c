/* test-sample-objectives.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of the objectives of the sample data: what the small sample shows
 * (targets, plans, three years of values, misses, periods due) and how big
 * and how fast the large one is. The figures are checked in SQL, from the
 * columns themselves, not with the app's own evaluation.
 */

#include "config.h"

#include <locale.h>
#include <stdarg.h>
#include <time.h>

#include <glib.h>

#include "store/steward-database.h"
#include "model/steward-measurement.h"
#include "model/steward-objective.h"
#include "model/steward-person.h"
#include "logic/steward-date.h"
#include "logic/steward-sample-data.h"
#include "logic/steward-sample-objectives.h"

#include "steward-test-util.h"

/* The target in force on the first day of a measurement's period. */
#define TARGET_IN_FORCE \
  "JOIN objective_target t ON t.objective_id = o.id " \
  "AND t.valid_from = (SELECT max (t2.valid_from) FROM objective_target t2 " \
  "                    WHERE t2.objective_id = o.id AND t2.valid_from <= m.period_start) "

/* Whether a value missed the target of the alias @t. */
#define MISSED_AGAINST(t) \
  "((o.direction = 'at-least' AND m.value < " #t ".low) OR " \
  " (o.direction = 'at-most' AND m.value > " #t ".high) OR " \
  " (o.direction = 'within' AND (m.value < " #t ".low OR m.value > " #t ".high)))"
#define MISSED MISSED_AGAINST (t)

#define MONTHS_PER_PERIOD \
  "(CASE o.frequency WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 " \
  "                  WHEN 'half-yearly' THEN 6 ELSE 12 END)"

static gint64 count (sqlite3    *raw,
                     const char *format,
                     ...) G_GNUC_PRINTF (2, 3);

static gint64
count (sqlite3    *raw,
       const char *format,
       ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  return steward_test_raw_int (raw, sql);
}

static char *
dup_iso (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);

  return g_strdup (text);
}

static guint
months_per_period (StewardFrequency frequency)
{
  switch (frequency)
    {
    case STEWARD_FREQUENCY_MONTHLY:
      return 1;
    case STEWARD_FREQUENCY_QUARTERLY:
      return 3;
    case STEWARD_FREQUENCY_HALF_YEARLY:
      return 6;
    case STEWARD_FREQUENCY_YEARLY:
    default:
      return 12;
    }
}

/* The first day of the last period of @frequency that ended before @today. */
static GDate *
new_latest_ended_period (StewardFrequency  frequency,
                         const GDate      *today)
{
  guint months = months_per_period (frequency);
  guint first_month = (g_date_get_month (today) - 1) / months * months + 1;
  GDate *start = g_date_new_dmy (1, first_month, g_date_get_year (today));

  g_date_subtract_months (start, months);

  return start;
}

/* The rows the sample is made of, in one string, to compare two fills. */
static char *
dump_objectives (const char *path)
{
  sqlite3 *raw = steward_test_raw_open (path, SQLITE_OPEN_READONLY);
  g_autoptr(GString) dump = g_string_new (NULL);
  static const char * const queries[] = {
    "SELECT group_concat (statement || '|' || owner_id || '|' || direction || '|' || frequency "
    "                     || '|' || start_date, ';') FROM (SELECT * FROM objective ORDER BY id)",
    "SELECT group_concat (objective_id || '|' || valid_from || '|' || low || '|' || high || '|' "
    "                     || decision_ref, ';') FROM (SELECT * FROM objective_target ORDER BY id)",
    "SELECT group_concat (objective_id || '|' || period_start || '|' || value || '|' || evidence "
    "                     || '|' || recorded_by || '|' || recorded_at, ';') "
    "FROM (SELECT * FROM measurement ORDER BY id)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *text = steward_test_raw_text (raw, queries[i]);

      g_string_append (dump, text != NULL ? text : "");
      g_string_append_c (dump, '\n');
    }
  sqlite3_close (raw);

  return g_string_free (g_steal_pointer (&dump), FALSE);
}

static void
test_small (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardTestDb) other = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *today_iso = dup_iso (today);
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *other_dump = NULL;
  int year = g_date_get_year (today);
  gint64 n_measurements, n_missed;
  guint n_due = 0;
  sqlite3 *raw;

  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  now = g_date_time_new_now_local ();
  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);

  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective"), ==, 8);

  /* Each has a target from its first day, a plan with its resources, and
   * an owner among the people. */
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective o WHERE NOT EXISTS "
                               "(SELECT 1 FROM objective_target t WHERE t.objective_id = o.id "
                               " AND t.valid_from = o.start_date)"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective o WHERE NOT EXISTS "
                               "(SELECT 1 FROM objective_plan p WHERE p.objective_id = o.id "
                               " AND p.budget_amount > 0 AND p.responsible_id IS NOT NULL "
                               " AND p.due_date IS NOT NULL AND p.evaluation IS NOT NULL "
                               " AND p.resource_people IS NOT NULL "
                               " AND p.resource_equipment IS NOT NULL "
                               " AND p.resource_procedures IS NOT NULL)"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective o WHERE o.owner_id IS NULL "
                               "OR o.owner_id NOT IN (SELECT id FROM person) "
                               "OR o.policy_goal IS NULL OR o.kpi_unit IS NULL "
                               "OR o.kpi_method IS NULL OR o.kpi_source IS NULL"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (DISTINCT owner_id) FROM objective"), >=, 5);
  /* Every frequency and every direction is shown. */
  g_assert_cmpint (count (raw, "SELECT count (DISTINCT frequency) FROM objective"), ==, 4);
  g_assert_cmpint (count (raw, "SELECT count (DISTINCT direction) FROM objective"), ==, 3);

  /* Started three years ago, measured in each of the three years since. */
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective WHERE start_date = '%d-01-01'",
                          year - 3), ==, 8);
  for (int y = year - 3; y < year; y++)
    g_assert_cmpint (count (raw, "SELECT count (*) FROM objective o WHERE NOT EXISTS "
                                 "(SELECT 1 FROM measurement m WHERE m.objective_id = o.id "
                                 " AND m.period_start BETWEEN '%d-01-01' AND '%d-12-31')", y, y),
                     ==, 0);

  /* Targets: single-sided ones have low == high; some were changed. */
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective_target t JOIN objective o "
                               "ON o.id = t.objective_id WHERE o.direction != 'within' "
                               "AND t.low != t.high"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective_target t JOIN objective o "
                               "ON o.id = t.objective_id WHERE o.direction = 'within' "
                               "AND t.low >= t.high"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM (SELECT objective_id FROM objective_target "
                               "GROUP BY objective_id HAVING count (*) >= 2)"), >=, 2);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective_target "
                               "WHERE decision_ref IS NULL OR decision_ref = ''"), ==, 0);

  /* Values: plausible, on the first day of a period, of periods that
   * have ended, each judged against a target. */
  n_measurements = count (raw, "SELECT count (*) FROM measurement");
  g_assert_cmpint (n_measurements, >=, 8 * 3);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id WHERE m.value < 0 "
                               "OR (o.kpi_unit = '%%' AND m.value > 100)"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id "
                               "WHERE strftime ('%%d', m.period_start) != '01' "
                               "OR (CAST (strftime ('%%m', m.period_start) AS INTEGER) - 1) %% "
                               MONTHS_PER_PERIOD " != 0"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id WHERE date (m.period_start, '+' || "
                               MONTHS_PER_PERIOD " || ' months', '-1 day') >= '%s' "
                               "OR m.period_start < o.start_date", today_iso), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id " TARGET_IN_FORCE), ==, n_measurements);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement WHERE evidence IS NULL "
                               "OR evidence = '' OR trim (recorded_by) = ''"), ==, 0);

  /* Some periods missed their target (outages, a bad drill, a slow
   * quarter), in several objectives, but they are the exception. */
  n_missed = count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                         "ON o.id = m.objective_id " TARGET_IN_FORCE "WHERE " MISSED);
  g_test_message ("Small sample: %" G_GINT64_FORMAT " measurements, %" G_GINT64_FORMAT " missed",
                  n_measurements, n_missed);
  g_assert_cmpint (n_missed, >=, 1);
  g_assert_cmpint (n_missed * 5, <, n_measurements);
  g_assert_cmpint (count (raw, "SELECT count (DISTINCT o.id) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id " TARGET_IN_FORCE "WHERE " MISSED), >=, 3);
  /* A miss that the first target would have let pass: the tightened
   * target is the one that counts after the change. */
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id " TARGET_IN_FORCE
                               "JOIN objective_target first ON first.objective_id = o.id "
                               "AND first.valid_from = o.start_date "
                               "WHERE t.id != first.id AND " MISSED
                               " AND NOT " MISSED_AGAINST (first)), >=, 1);

  /* One or two objectives have not reported their latest period yet. */
  objectives = steward_test_load_all (t->db, STEWARD_TYPE_OBJECTIVE, NULL);
  g_assert_cmpuint (objectives->len, ==, 8);
  for (guint i = 0; i < objectives->len; i++)
    {
      StewardObjective *objective = g_ptr_array_index (objectives, i);
      StewardFrequency frequency = steward_objective_get_frequency (objective);
      g_autoptr(GDate) latest = new_latest_ended_period (frequency, today);
      g_autofree char *latest_iso = dup_iso (latest);

      if (count (raw, "SELECT count (*) FROM measurement WHERE objective_id = %" G_GINT64_FORMAT
                      " AND period_start = '%s'",
                 steward_record_get_id (STEWARD_RECORD (objective)), latest_iso) == 0)
        n_due++;
    }
  g_assert_cmpuint (n_due, >=, 1);
  g_assert_cmpuint (n_due, <=, 2);

  /* Recorded after the period began, and not in the future. */
  measurements = steward_test_load_all (t->db, STEWARD_TYPE_MEASUREMENT, NULL);
  g_assert_cmpint (measurements->len, ==, n_measurements);
  for (guint i = 0; i < measurements->len; i++)
    {
      StewardMeasurement *measurement = g_ptr_array_index (measurements, i);
      GDateTime *at = steward_measurement_get_recorded_at (measurement);
      GDate *start = steward_measurement_get_period_start (measurement);
      g_autoptr(GDate) day = NULL;

      g_assert_nonnull (at);
      g_assert_cmpint (g_date_time_compare (at, now), <=, 0);
      day = g_date_new_dmy (g_date_time_get_day_of_month (at), g_date_time_get_month (at),
                            g_date_time_get_year (at));
      g_assert_cmpint (g_date_compare (day, start), >, 0);
    }

  sqlite3_close (raw);

  /* The same every time. */
  g_assert_true (steward_sample_data_fill (other->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  dump = dump_objectives (t->path);
  other_dump = dump_objectives (other->path);
  g_assert_cmpstr (dump, ==, other_dump);
}

static gboolean
fill_objectives_cb (StewardDatabase  *db,
                    gpointer          user_data,
                    GError          **error)
{
  GPtrArray *people = user_data;
  g_autoptr(GDate) today = steward_date_new_today ();

  return steward_sample_objectives_fill (db, TRUE, today, people, error);
}

static gboolean
save_people_cb (StewardDatabase  *db,
                gpointer          user_data,
                GError          **error)
{
  GPtrArray *people = user_data;

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(StewardPerson) person = steward_person_new ();
      g_autofree char *name = g_strdup_printf ("同仁%03u", i);

      g_object_set (person, "name", name, NULL);
      if (!steward_record_save (STEWARD_RECORD (person), db, error))
        return FALSE;
      g_ptr_array_add (people, g_steal_pointer (&person));
    }

  return TRUE;
}

static void
test_large (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardTestDb) alone = steward_test_db_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 started, n_measurements;
  double seconds, objectives_seconds;
  sqlite3 *raw;

  started = g_get_monotonic_time ();
  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_LARGE, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - started) / (double)G_USEC_PER_SEC;

  /* What the objectives add: the same fill, alone, in one transaction,
   * for as many people. */
  g_assert_true (steward_database_transaction (alone->db, save_people_cb, people, &error));
  g_assert_no_error (error);
  started = g_get_monotonic_time ();
  g_assert_true (steward_database_transaction (alone->db, fill_objectives_cb, people, &error));
  g_assert_no_error (error);
  objectives_seconds = (g_get_monotonic_time () - started) / (double)G_USEC_PER_SEC;

  raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);
  n_measurements = count (raw, "SELECT count (*) FROM measurement");
  g_test_message ("Large sample data: %" G_GINT64_FORMAT " objectives, %" G_GINT64_FORMAT
                  " targets, %" G_GINT64_FORMAT " plans, %" G_GINT64_FORMAT
                  " measurements, %" G_GINT64_FORMAT " missed; whole fill %.2f s, "
                  "objectives alone %.2f s",
                  count (raw, "SELECT count (*) FROM objective"),
                  count (raw, "SELECT count (*) FROM objective_target"),
                  count (raw, "SELECT count (*) FROM objective_plan"),
                  n_measurements,
                  count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                              "ON o.id = m.objective_id " TARGET_IN_FORCE "WHERE " MISSED),
                  seconds, objectives_seconds);

  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective"), ==, 50);
  g_assert_cmpint (n_measurements, >=, 5900);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM objective WHERE frequency != 'monthly'"),
                   ==, 0);
  /* Targets changed a couple of times; owners spread over the people. */
  g_assert_cmpint (count (raw, "SELECT count (*) FROM (SELECT objective_id FROM objective_target "
                               "GROUP BY objective_id HAVING count (*) >= 3)"), ==, 50);
  g_assert_cmpint (count (raw, "SELECT count (DISTINCT owner_id) FROM objective"), >=, 20);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id WHERE m.value < 0 "
                               "OR (o.kpi_unit = '%%' AND m.value > 100)"), ==, 0);
  g_assert_cmpint (count (raw, "SELECT count (*) FROM measurement m JOIN objective o "
                               "ON o.id = m.objective_id " TARGET_IN_FORCE), ==, n_measurements);
  sqlite3_close (raw);

  g_assert_cmpint (steward_test_count_rows (alone->db, "measurement"), ==, n_measurements);
}

int
main (int   argc,
      char *argv[])
{
  /* A fixed local time zone (UTC+8, POSIX form, no tzdata needed). */
  setlocale (LC_ALL, "C");
  g_setenv ("TZ", "CST-8", TRUE);
  tzset ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sample-objectives/small", test_small);
  g_test_add_func ("/sample-objectives/large", test_large);

  return g_test_run ();
}
