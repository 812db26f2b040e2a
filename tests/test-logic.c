/* test-logic.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of the rules that are neither widgets nor SQL: ROC-calendar dates,
 * the template of the organization of the procedure, and the sample data.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "store/steward-database.h"
#include "model/steward-body.h"
#include "model/steward-duty.h"
#include "model/steward-person.h"
#include "logic/steward-date.h"
#include "logic/steward-sample-data.h"
#include "logic/steward-template.h"

#include "steward-test-util.h"

/* Dates */

static void
test_roc_year (void)
{
  g_assert_cmpint (steward_date_roc_year (2026), ==, 115);
  g_assert_cmpint (steward_date_roc_year (1912), ==, 1);
  g_assert_cmpint (steward_date_roc_year (1949), ==, 38);
  g_assert_cmpint (steward_date_roc_year (2000), ==, 89);
  g_assert_cmpint (steward_date_roc_year (1911), ==, 0);
}

static void
assert_date_format (int              year,
                    GDateMonth       month,
                    GDateDay         day,
                    StewardCalendar  calendar,
                    const char      *expected)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);
  g_autofree char *text = steward_date_format (date, calendar);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_date_format (void)
{
  assert_date_format (2026, G_DATE_NOVEMBER, 24, STEWARD_CALENDAR_GREGORIAN, "2026-11-24");
  assert_date_format (2026, G_DATE_NOVEMBER, 24, STEWARD_CALENDAR_ROC, "ROC 115-11-24");
  assert_date_format (2026, G_DATE_JANUARY, 5, STEWARD_CALENDAR_ROC, "ROC 115-01-05");
  assert_date_format (1912, G_DATE_JANUARY, 1, STEWARD_CALENDAR_ROC, "ROC 1-01-01");
  assert_date_format (1912, G_DATE_JANUARY, 1, STEWARD_CALENDAR_GREGORIAN, "1912-01-01");
  assert_date_format (2011, G_DATE_OCTOBER, 10, STEWARD_CALENDAR_ROC, "ROC 100-10-10");

  /* Before the Republic: 1911 is 民國前1年, 1900 is 民國前12年. */
  assert_date_format (1911, G_DATE_DECEMBER, 31, STEWARD_CALENDAR_ROC, "1 before ROC-12-31");
  assert_date_format (1900, G_DATE_FEBRUARY, 3, STEWARD_CALENDAR_ROC, "12 before ROC-02-03");
  assert_date_format (1911, G_DATE_DECEMBER, 31, STEWARD_CALENDAR_GREGORIAN, "1911-12-31");
  assert_date_format (5, G_DATE_MARCH, 1, STEWARD_CALENDAR_GREGORIAN, "0005-03-01");

  /* No date, or an invalid one, is written as nothing. */
  {
    g_autofree char *none = steward_date_format (NULL, STEWARD_CALENDAR_ROC);
    g_autoptr(GDate) invalid = g_date_new ();
    g_autofree char *unset = steward_date_format (invalid, STEWARD_CALENDAR_GREGORIAN);

    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (unset, ==, "");
  }
}

static void
test_date_time_format (void)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 11, 23, 16, 30, 0);
  g_autoptr(GDateTime) local = g_date_time_new_local (2026, 1, 5, 7, 5, 59);
  g_autoptr(GTimeZone) new_york = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) elsewhere = g_date_time_new (new_york, 2026, 11, 24, 11, 0, 0);
  g_autofree char *gregorian = NULL;
  g_autofree char *roc = NULL;
  g_autofree char *local_text = NULL;
  g_autofree char *elsewhere_text = NULL;
  g_autofree char *none = NULL;

  /* Shown in local time (TZ is UTC+8 here, set in main): 16:30 UTC on the
   * 23rd is 00:30 on the 24th in Taipei. */
  gregorian = steward_date_time_format (utc, STEWARD_CALENDAR_GREGORIAN);
  roc = steward_date_time_format (utc, STEWARD_CALENDAR_ROC);
  g_assert_cmpstr (gregorian, ==, "2026-11-24 00:30");
  g_assert_cmpstr (roc, ==, "ROC 115-11-24 00:30");

  local_text = steward_date_time_format (local, STEWARD_CALENDAR_ROC);
  g_assert_cmpstr (local_text, ==, "ROC 115-01-05 07:05");

  elsewhere_text = steward_date_time_format (elsewhere, STEWARD_CALENDAR_GREGORIAN);
  g_assert_cmpstr (elsewhere_text, ==, "2026-11-25 00:00");

  none = steward_date_time_format (NULL, STEWARD_CALENDAR_ROC);
  g_assert_cmpstr (none, ==, "");
}

/* The template */

typedef struct
{
  StewardBodyKind  kind;
  guint            n_duties;
  int              parent;        /* the kind of the parent, or -1 */
  const char      *clause_prefix;
} ExpectedBody;

static const ExpectedBody expected_bodies[] = {
  { STEWARD_BODY_COMMITTEE, 11, -1, "5.3.2." },
  { STEWARD_BODY_CISO, 5, STEWARD_BODY_COMMITTEE, "5.3.3." },
  { STEWARD_BODY_MANAGEMENT_TEAM, 9, STEWARD_BODY_CISO, "5.3.4." },
  { STEWARD_BODY_EMERGENCY_TEAM, 11, STEWARD_BODY_COMMITTEE, "5.3.5." },
  { STEWARD_BODY_AUDIT_TEAM, 4, STEWARD_BODY_COMMITTEE, "5.3.6." },
};

static void
test_template_apply (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GPtrArray) bodies = NULL;
  g_autoptr(GError) error = NULL;
  StewardBody *by_kind[STEWARD_BODY_OTHER + 1] = { NULL };
  guint n_body_changed = 0;
  guint n_duty_changed = 0;
  guint n_person_changed = 0;

  g_assert_true (steward_database_is_empty (t->db));

  g_signal_connect (t->db, "changed::body", G_CALLBACK (steward_test_count_cb), &n_body_changed);
  g_signal_connect (t->db, "changed::duty", G_CALLBACK (steward_test_count_cb), &n_duty_changed);
  g_signal_connect (t->db, "changed::person", G_CALLBACK (steward_test_count_cb), &n_person_changed);

  g_assert_true (steward_template_apply (t->db, &error));
  g_assert_no_error (error);

  /* One transaction: one announcement per table. */
  g_assert_cmpuint (n_body_changed, ==, 1);
  g_assert_cmpuint (n_duty_changed, ==, 1);
  g_assert_cmpuint (n_person_changed, ==, 0);
  g_assert_false (steward_database_is_empty (t->db));

  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, 5);
  g_assert_cmpint (steward_test_count_rows (t->db, "duty"), ==, 11 + 5 + 9 + 11 + 4);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, 0);

  bodies = steward_test_load_all (t->db, STEWARD_TYPE_BODY, NULL);
  for (guint i = 0; i < bodies->len; i++)
    {
      StewardBody *body = g_ptr_array_index (bodies, i);
      StewardBodyKind kind = steward_body_get_kind (body);

      g_assert_cmpint (kind, <, STEWARD_BODY_OTHER);
      g_assert_null (by_kind[kind]);     /* each kind once */
      by_kind[kind] = body;
      g_assert_cmpstr (steward_body_get_name (body), ==, steward_body_kind_to_string (kind));
      g_assert_nonnull (steward_body_get_description (body));
      g_assert_cmpstr (steward_body_get_description (body), !=, "");
      g_assert_nonnull (steward_body_get_appointed_by (body));
      g_assert_null (steward_body_get_retired_on (body));
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected_bodies); i++)
    {
      const ExpectedBody *expected = &expected_bodies[i];
      StewardBody *body = by_kind[expected->kind];
      g_autoptr(StewardQuery) query = steward_query_new ();
      g_autoptr(GPtrArray) duties = NULL;
      gint64 parent_id;

      g_assert_nonnull (body);
      g_test_message ("%s", steward_body_get_name (body));

      parent_id = expected->parent < 0 ? 0
                : steward_record_get_id (STEWARD_RECORD (by_kind[expected->parent]));
      g_assert_cmpint (steward_body_get_parent_id (body), ==, parent_id);
      g_assert_cmpint (steward_body_get_position (body), ==, (int)i);

      steward_query_where_int64 (query, "body_id", STEWARD_QUERY_EQUAL,
                                 steward_record_get_id (STEWARD_RECORD (body)));
      steward_query_order_by (query, "position", FALSE);
      g_assert_cmpint (steward_database_count (t->db, "duty", query, NULL), ==, expected->n_duties);

      duties = steward_test_load_all (t->db, STEWARD_TYPE_DUTY, query);
      g_assert_cmpuint (duties->len, ==, expected->n_duties);
      for (guint j = 0; j < duties->len; j++)
        {
          StewardDuty *duty = g_ptr_array_index (duties, j);

          g_assert_cmpint (steward_duty_get_position (duty), ==, (int)j);
          g_assert_true (g_str_has_prefix (steward_duty_get_clause (duty), expected->clause_prefix));
          g_assert_cmpstr (steward_duty_get_text (duty), !=, "");
        }
    }

  /* The first and last duties, verbatim from the procedure's source text. */
  {
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) duties = NULL;

    steward_query_where_string (query, "clause", STEWARD_QUERY_EQUAL, "5.3.3.5");
    duties = steward_test_load_all (t->db, STEWARD_TYPE_DUTY, query);
    g_assert_cmpuint (duties->len, ==, 1);
    g_assert_nonnull (strstr (steward_duty_get_text (g_ptr_array_index (duties, 0)), "document controller"));
  }

  /* Every write is in the history. */
  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, 5 + 40);
}

static void
test_is_empty (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_database_is_empty (t->db));

  /* A meta value is not an organization. */
  g_assert_true (steward_database_set_meta (t->db, "note", "hello", &error));
  g_assert_no_error (error);
  g_assert_true (steward_database_is_empty (t->db));

  g_object_set (person, "name", "陳雅婷", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);
  g_assert_false (steward_database_is_empty (t->db));

  g_assert_true (steward_record_delete (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);
  g_assert_true (steward_database_is_empty (t->db));
}

/* Sample data */

static gboolean
collect_row_text_cb (const GValue *values,
                     guint         n_values,
                     gpointer      user_data)
{
  GString *row = g_string_new (NULL);

  for (guint i = 0; i < n_values; i++)
    {
      if (!G_IS_VALUE (&values[i]))
        g_string_append (row, "NULL");
      else if (G_VALUE_HOLDS_INT64 (&values[i]))
        g_string_append_printf (row, "%" G_GINT64_FORMAT, g_value_get_int64 (&values[i]));
      else
        g_string_append_printf (row, "“%s”", g_value_get_string (&values[i]));
      g_string_append_c (row, '|');
    }

  g_ptr_array_add (user_data, g_string_free (row, FALSE));

  return TRUE;
}

/* Every row of @table, each written as one line, in id order. */
static GPtrArray *
dump_table (StewardTestDb      *t,
            const char         *table,
            const char * const *columns,
            guint               n_columns)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree StewardStorage *storage = g_new0 (StewardStorage, n_columns);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_columns; i++)
    storage[i] = g_str_equal (columns[i], "id") || g_str_has_suffix (columns[i], "_id") ||
                 g_str_equal (columns[i], "position")
                 ? STEWARD_STORAGE_INTEGER : STEWARD_STORAGE_TEXT;

  steward_query_order_by (query, "id", FALSE);
  steward_database_select (t->db, table, columns, storage, n_columns, query,
                           collect_row_text_cb, rows, &error);
  g_assert_no_error (error);

  return rows;
}

static const char * const person_columns[] = {
  "id", "name", "title", "unit", "phone", "extension", "email", "notes",
};

static const char * const body_columns[] = {
  "id", "kind", "name", "parent_id", "appointed_by", "position", "description", "retired_on",
};

static gboolean
has_han (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;

  return FALSE;
}

static void
assert_people_sound (GPtrArray *people)
{
  g_autoptr(GHashTable) emails = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < people->len; i++)
    {
      StewardPerson *person = g_ptr_array_index (people, i);
      const char *name = steward_person_get_name (person);
      const char *email = steward_person_get_email (person);
      g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (person));

      g_assert_nonnull (name);
      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_assert_cmpuint (g_utf8_strlen (name, -1), >=, 2);
      g_assert_true (has_han (name));

      g_assert_nonnull (email);
      g_assert_true (steward_email_is_valid (email));
      g_assert_nonnull (strchr (email, '@'));
      if (g_hash_table_contains (emails, email))
        g_error ("%s is given twice", email);
      g_hash_table_add (emails, (gpointer)email);

      g_assert_nonnull (steward_person_get_unit (person));
      g_assert_nonnull (steward_person_get_title (person));
      g_assert_cmpuint (problems->len, ==, 0);
    }
}

static void
test_sample_small (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardTestDb) other = steward_test_db_new ();
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) other_rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  guint n_person_changed = 0;

  g_assert_null (steward_sample_data_dup_size (t->db));
  g_signal_connect (t->db, "changed::person", G_CALLBACK (steward_test_count_cb), &n_person_changed);

  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  /* One transaction. */
  g_assert_cmpuint (n_person_changed, ==, 1);

  g_assert_cmpint (steward_test_count_rows (t->db, "person"), >=, 20);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), <=, 30);
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, 5);
  g_assert_cmpint (steward_test_count_rows (t->db, "duty"), ==, 40);
  size = steward_sample_data_dup_size (t->db);
  g_assert_cmpstr (size, ==, "small");

  people = steward_test_load_all (t->db, STEWARD_TYPE_PERSON, NULL);
  g_assert_cmpint (people->len, ==, steward_test_count_rows (t->db, "person"));
  assert_people_sound (people);

  /* The same every time. */
  g_assert_true (steward_sample_data_fill (other->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);

  rows = dump_table (t, "person", person_columns, G_N_ELEMENTS (person_columns));
  other_rows = dump_table (other, "person", person_columns, G_N_ELEMENTS (person_columns));
  g_assert_cmpuint (rows->len, ==, other_rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (g_ptr_array_index (rows, i), ==, g_ptr_array_index (other_rows, i));

  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&other_rows, g_ptr_array_unref);
  rows = dump_table (t, "body", body_columns, G_N_ELEMENTS (body_columns));
  other_rows = dump_table (other, "body", body_columns, G_N_ELEMENTS (body_columns));
  g_assert_cmpuint (rows->len, ==, other_rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (g_ptr_array_index (rows, i), ==, g_ptr_array_index (other_rows, i));
}

static void
test_sample_refuses_non_empty (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardTestDb) filled = steward_test_db_new ();
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  gint64 n_people, n_history;

  /* A centre's own roster, one person long. */
  g_object_set (person, "name", "主任", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);

  g_signal_connect (t->db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);
  g_assert_false (steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, 1);
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, 1);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_null (steward_sample_data_dup_size (t->db));

  /* Filling twice is refused too. */
  g_assert_true (steward_sample_data_fill (filled->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  n_people = steward_test_count_rows (filled->db, "person");
  n_history = steward_test_count_rows (filled->db, "history");
  g_assert_false (steward_sample_data_fill (filled->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (filled->db, "person"), ==, n_people);
  g_assert_cmpint (steward_test_count_rows (filled->db, "history"), ==, n_history);
  g_assert_cmpint (steward_test_count_rows (filled->db, "body"), ==, 5);
}

static void
test_sample_parse_size (void)
{
  StewardSampleSize size = STEWARD_SAMPLE_LARGE;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_sample_data_parse_size ("small", &size, &error));
  g_assert_no_error (error);
  g_assert_cmpint (size, ==, STEWARD_SAMPLE_SMALL);

  g_assert_true (steward_sample_data_parse_size ("large", &size, &error));
  g_assert_no_error (error);
  g_assert_cmpint (size, ==, STEWARD_SAMPLE_LARGE);

  /* No size given is the small one. */
  g_assert_true (steward_sample_data_parse_size (NULL, &size, &error));
  g_assert_no_error (error);
  g_assert_cmpint (size, ==, STEWARD_SAMPLE_SMALL);

  size = STEWARD_SAMPLE_LARGE;
  g_assert_false (steward_sample_data_parse_size ("huge", &size, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "huge"));
  g_clear_error (&error);

  g_assert_false (steward_sample_data_parse_size ("", &size, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);

  g_assert_cmpstr (steward_sample_data_size_name (STEWARD_SAMPLE_SMALL), ==, "small");
  g_assert_cmpstr (steward_sample_data_size_name (STEWARD_SAMPLE_LARGE), ==, "large");
}

static void
test_sample_large (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *size = NULL;
  gint64 started;
  double seconds;
  gint64 n_people, n_history;

  started = g_get_monotonic_time ();
  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_LARGE, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - started) / (double)G_USEC_PER_SEC;

  n_people = steward_test_count_rows (t->db, "person");
  n_history = steward_test_count_rows (t->db, "history");
  g_test_message ("Large sample data: %" G_GINT64_FORMAT " people, %" G_GINT64_FORMAT
                  " bodies, %" G_GINT64_FORMAT " duties, %" G_GINT64_FORMAT
                  " history rows, in %.2f s",
                  n_people, steward_test_count_rows (t->db, "body"), steward_test_count_rows (t->db, "duty"), n_history, seconds);

  g_assert_cmpint (n_people, >=, 300);
  g_assert_cmpint (n_history, >=, 5000);
  /* The template and the centre's own sub-teams. */
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), >, 5);
  size = steward_sample_data_dup_size (t->db);
  g_assert_cmpstr (size, ==, "large");

  people = steward_test_load_all (t->db, STEWARD_TYPE_PERSON, NULL);
  assert_people_sound (people);

  /* History has all three kinds of change. */
  {
    const char *actions[] = { "insert", "update", "delete" };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        g_autoptr(StewardQuery) query = steward_query_new ();

        steward_query_where_string (query, "action", STEWARD_QUERY_EQUAL, actions[i]);
        steward_query_where_string (query, "table_name", STEWARD_QUERY_EQUAL, "person");
        g_assert_cmpint (steward_database_count (t->db, "history", query, NULL), >, 0);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  /* English source strings, and a fixed local time zone (UTC+8, POSIX
   * form, no tzdata needed). */
  setlocale (LC_ALL, "C");
  g_setenv ("TZ", "CST-8", TRUE);
  tzset ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/logic/date/roc-year", test_roc_year);
  g_test_add_func ("/logic/date/format", test_date_format);
  g_test_add_func ("/logic/date/time-format", test_date_time_format);
  g_test_add_func ("/logic/template/apply", test_template_apply);
  g_test_add_func ("/logic/template/is-empty", test_is_empty);
  g_test_add_func ("/logic/sample-data/small", test_sample_small);
  g_test_add_func ("/logic/sample-data/refuses-non-empty", test_sample_refuses_non_empty);
  g_test_add_func ("/logic/sample-data/parse-size", test_sample_parse_size);
  g_test_add_func ("/logic/sample-data/large", test_sample_large);

  return g_test_run ();
}
