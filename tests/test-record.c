/* test-record.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of StewardRecord: the property ↔ column mapping of every mappable
 * type (with a record class defined here, over a table made for it), save,
 * load, update, copy, equal, assign, validate, delete and restore, and the
 * record types of the organization.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "store/steward-database.h"
#include "model/steward-body.h"
#include "model/steward-duty.h"
#include "model/steward-enums.h"
#include "model/steward-history-entry.h"
#include "model/steward-person.h"
#include "model/steward-record.h"

#include "steward-test-util.h"

/* A record class with one property of every type that can be mapped */

#define TEST_TYPE_ITEM (test_item_get_type ())

G_DECLARE_FINAL_TYPE (TestItem, test_item, TEST, ITEM, StewardRecord)

struct _TestItem
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (TestItem, test_item, STEWARD_TYPE_RECORD)

enum {
  ITEM_PROP_0,
  ITEM_PROP_LABEL,
  ITEM_PROP_FLAG,
  ITEM_PROP_COUNT,
  ITEM_PROP_UCOUNT,
  ITEM_PROP_BIG,
  ITEM_PROP_REF_ID,
  ITEM_PROP_RATIO,
  ITEM_PROP_KIND,
  ITEM_PROP_DAY,
  ITEM_PROP_MOMENT,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

#define ITEM_TABLE_SQL \
  "CREATE TABLE test_item (" \
  "  id      INTEGER PRIMARY KEY," \
  "  label   TEXT," \
  "  flag    INTEGER," \
  "  count   INTEGER," \
  "  ucount  INTEGER," \
  "  big     INTEGER," \
  "  ref_id  INTEGER," \
  "  ratio   REAL," \
  "  kind    TEXT," \
  "  day     TEXT," \
  "  moment  TEXT" \
  ")"

static void
test_item_class_init (TestItemClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  steward_record_class_set_table (record_class, "test_item");

  item_properties[ITEM_PROP_LABEL] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("label", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_FLAG] = steward_record_class_install_column (
    record_class,
    g_param_spec_boolean ("flag", NULL, NULL, FALSE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_COUNT] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("count", NULL, NULL, G_MININT, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_UCOUNT] = steward_record_class_install_column (
    record_class,
    g_param_spec_uint ("ucount", NULL, NULL, 0, G_MAXUINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_BIG] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("big", NULL, NULL, G_MININT64, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_REF_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("ref-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  item_properties[ITEM_PROP_RATIO] = steward_record_class_install_column (
    record_class,
    g_param_spec_double ("ratio", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_BODY_KIND, STEWARD_BODY_OTHER,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_DAY] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("day", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  item_properties[ITEM_PROP_MOMENT] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("moment", NULL, NULL, G_TYPE_DATE_TIME, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
test_item_init (TestItem *self)
{
}

/* Helpers: a database with the test_item table, and raw sqlite3 */

/* How many rows of the file match @sql ("SELECT count(*) ..."), read on
 * a connection of its own, behind the store's back. */
static gint64
raw_count (StewardTestDb *t,
           const char    *sql)
{
  sqlite3 *raw = steward_test_raw_open (t->path, SQLITE_OPEN_READONLY);
  gint64 n = steward_test_raw_int (raw, sql);

  sqlite3_close (raw);

  return n;
}

/* A migrated Steward database, with the test_item table added behind its
 * back, opened again. */
static StewardTestDb *
item_db_new (void)
{
  StewardTestDb *t = steward_test_db_new ();

  g_clear_object (&t->db);

  steward_test_raw_exec_file (t->path, ITEM_TABLE_SQL);

  t->db = steward_test_open_database (t->path);
  steward_database_set_user_name (t->db, "測試者");

  return t;
}

/* Helpers: notifications */

typedef struct
{
  guint       total;
  GHashTable *counts;      /* property name → count */
} NotifyLog;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  NotifyLog *log = user_data;

  log->total++;
  g_hash_table_insert (log->counts, (gpointer)pspec->name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, pspec->name)) + 1));
}

static void
notify_log_watch (NotifyLog *log,
                  gpointer   object)
{
  log->total = 0;
  log->counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_signal_connect (object, "notify", G_CALLBACK (on_notify_cb), log);
}

static void
notify_log_reset (NotifyLog *log)
{
  log->total = 0;
  g_hash_table_remove_all (log->counts);
}

static guint
notify_log_count (NotifyLog  *log,
                  const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, name));
}

static char *
notify_log_describe (NotifyLog *log)
{
  GString *text = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, log->counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_string_append_printf (text, "%s%s×%u", text->len ? ", " : "", (char *)key, GPOINTER_TO_UINT (value));

  return g_string_free (text, FALSE);
}

static void
notify_log_clear (NotifyLog *log,
                  gpointer   object)
{
  g_signal_handlers_disconnect_by_func (object, on_notify_cb, log);
  g_clear_pointer (&log->counts, g_hash_table_unref);
}

/* Helpers: comparing records property by property */

static void
assert_property_equal (GObject    *expected,
                       GObject    *actual,
                       GParamSpec *pspec)
{
  g_auto(GValue) a = G_VALUE_INIT;
  g_auto(GValue) b = G_VALUE_INIT;
  GType type = pspec->value_type;

  g_value_init (&a, type);
  g_value_init (&b, type);
  g_object_get_property (expected, pspec->name, &a);
  g_object_get_property (actual, pspec->name, &b);

  g_test_message ("comparing %s", pspec->name);

  if (type == G_TYPE_STRING)
    g_assert_cmpstr (g_value_get_string (&a), ==, g_value_get_string (&b));
  else if (type == G_TYPE_BOOLEAN)
    g_assert_cmpint (g_value_get_boolean (&a), ==, g_value_get_boolean (&b));
  else if (type == G_TYPE_INT)
    g_assert_cmpint (g_value_get_int (&a), ==, g_value_get_int (&b));
  else if (type == G_TYPE_UINT)
    g_assert_cmpuint (g_value_get_uint (&a), ==, g_value_get_uint (&b));
  else if (type == G_TYPE_INT64)
    g_assert_cmpint (g_value_get_int64 (&a), ==, g_value_get_int64 (&b));
  else if (type == G_TYPE_DOUBLE)
    g_assert_true (g_value_get_double (&a) == g_value_get_double (&b));
  else if (G_TYPE_IS_ENUM (type))
    g_assert_cmpint (g_value_get_enum (&a), ==, g_value_get_enum (&b));
  else if (type == G_TYPE_DATE)
    {
      GDate *da = g_value_get_boxed (&a);
      GDate *db = g_value_get_boxed (&b);

      g_assert_true ((da == NULL) == (db == NULL));
      if (da != NULL)
        {
          g_assert_true (g_date_valid (db));
          g_assert_cmpint (g_date_compare (da, db), ==, 0);
        }
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *da = g_value_get_boxed (&a);
      GDateTime *db = g_value_get_boxed (&b);

      g_assert_true ((da == NULL) == (db == NULL));
      if (da != NULL)
        {
          g_assert_true (g_date_time_equal (da, db));
          g_assert_cmpint (g_date_time_get_utc_offset (da), ==, g_date_time_get_utc_offset (db));
          g_assert_cmpint (g_date_time_get_microsecond (da), ==, g_date_time_get_microsecond (db));
        }
    }
  else
    g_assert_not_reached ();
}

static void
assert_records_same (gpointer expected,
                     gpointer actual)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_true (G_OBJECT_TYPE (expected) == G_OBJECT_TYPE (actual));
  g_assert_cmpint (steward_record_get_id (expected), ==, steward_record_get_id (actual));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (expected), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    if (pspecs[i]->owner_type == G_OBJECT_TYPE (expected))
      assert_property_equal (expected, actual, pspecs[i]);

  g_assert_true (steward_record_equal (expected, actual));
}

static TestItem *
item_new (void)
{
  return g_object_new (TEST_TYPE_ITEM, NULL);
}

static gpointer
load (StewardTestDb *t,
      GType          type,
      gint64         id)
{
  g_autoptr(GError) error = NULL;
  gpointer record = steward_record_load (t->db, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (record, type));

  return record;
}

static void
save (gpointer       record,
      StewardTestDb *t)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (record, t->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_record_get_id (record), >, 0);
}

/* The mapping */

static void
test_class_mapping (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (TEST_TYPE_ITEM);
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  g_assert_cmpstr (steward_record_class_get_table (record_class), ==, "test_item");
  g_assert_cmpstr (steward_record_class_get_column (record_class, "id"), ==, "id");
  g_assert_cmpstr (steward_record_class_get_column (record_class, "label"), ==, "label");
  g_assert_cmpstr (steward_record_class_get_column (record_class, "ref-id"), ==, "ref_id");
  g_assert_null (steward_record_class_get_column (record_class, "no-such-property"));

  /* The organization's classes. */
  {
    g_autoptr(GTypeClass) body_class = g_type_class_ref (STEWARD_TYPE_BODY);

    g_assert_cmpstr (steward_record_class_get_table (STEWARD_RECORD_CLASS (body_class)), ==, "body");
    g_assert_cmpstr (steward_record_class_get_column (STEWARD_RECORD_CLASS (body_class), "parent-id"), ==, "parent_id");
    g_assert_cmpstr (steward_record_class_get_column (STEWARD_RECORD_CLASS (body_class), "retired-on"), ==, "retired_on");
  }

  /* A new record has id 0 and the defaults of its properties. */
  {
    g_autoptr(TestItem) item = item_new ();
    StewardBodyKind kind;
    char *label;
    GDate *day;

    g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (item)), ==, 0);
    g_object_get (item, "label", &label, "kind", &kind, "day", &day, NULL);
    g_assert_null (label);
    g_assert_cmpint (kind, ==, STEWARD_BODY_OTHER);
    g_assert_null (day);
  }
}

/* Round trips */

static TestItem *
make_item_a (void)
{
  TestItem *item = item_new ();
  g_autoptr(GTimeZone) taipei = g_time_zone_new_offset (8 * 3600);
  g_autoptr(GDateTime) whole = g_date_time_new (taipei, 2026, 11, 24, 9, 5, 30);
  g_autoptr(GDateTime) moment = g_date_time_add (whole, 123456);
  g_autoptr(GDate) day = g_date_new_dmy (24, G_DATE_NOVEMBER, 2026);

  g_assert_nonnull (moment);
  g_object_set (item,
                "label", "資訊安全委員會 🔐👩‍💻 Ünïcödé ☃",
                "flag", TRUE,
                "count", G_MININT,
                "ucount", G_MAXUINT,
                "big", G_MAXINT64,
                "ref-id", (gint64)42,
                "ratio", 1e300,
                "kind", STEWARD_BODY_AUDIT_TEAM,
                "day", day,
                "moment", moment,
                NULL);

  return item;
}

static TestItem *
make_item_b (void)
{
  TestItem *item = item_new ();
  g_autoptr(GDateTime) moment = g_date_time_new_utc (1970, 1, 1, 0, 0, 0);
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JANUARY, 1);

  g_object_set (item,
                "label", "",
                "flag", FALSE,
                "count", -1,
                "ucount", 0u,
                "big", G_MININT64,
                "ref-id", (gint64)0,
                "ratio", -2.5,
                "kind", STEWARD_BODY_COMMITTEE,
                "day", day,
                "moment", moment,
                NULL);

  return item;
}

static TestItem *
make_item_d (void)
{
  TestItem *item = item_new ();
  g_autoptr(GDateTime) whole = g_date_time_new_utc (9999, 12, 31, 23, 59, 59);
  g_autoptr(GDateTime) moment = g_date_time_add (whole, 999999);
  g_autoptr(GDate) day = g_date_new_dmy (31, G_DATE_DECEMBER, 9999);

  g_object_set (item,
                "label", "line one\nline two\ttab \"quoted\" 'single' \\ NUL-free",
                "count", G_MAXINT,
                "big", (gint64)-1,
                "ref-id", G_MAXINT64,
                "ratio", -1e300,
                "kind", STEWARD_BODY_CISO,
                "day", day,
                "moment", moment,
                NULL);

  return item;
}

static void
test_round_trip (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(TestItem) a = make_item_a ();
  g_autoptr(TestItem) b = make_item_b ();
  g_autoptr(TestItem) c = item_new ();
  g_autoptr(TestItem) d = make_item_d ();
  TestItem *items[] = { a, b, c, d };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    save (items[i], t);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(TestItem) loaded = load (t, TEST_TYPE_ITEM, steward_record_get_id (STEWARD_RECORD (items[i])));

      g_test_message ("item %u", i);
      g_assert_true (loaded != items[i]);
      assert_records_same (items[i], loaded);
    }

  /* What the file holds, seen from outside. The literal 1e300 is compared
   * within a relative 1e-12: SQLite reads it with long double arithmetic,
   * which valgrind does in double precision, a few units in the last place
   * off. The value itself is compared exactly by the round trip above. */
  {
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM test_item WHERE id = %" G_GINT64_FORMAT
      " AND label = '資訊安全委員會 🔐👩‍💻 Ünïcödé ☃' AND flag = 1"
      " AND count = -2147483648 AND ucount = 4294967295"
      " AND typeof (big) = 'integer' AND big = 9223372036854775807"
      " AND ref_id = 42 AND typeof (ratio) = 'real'"
      " AND abs (ratio / 1e300 - 1) < 1e-12"
      " AND kind = 'audit-team' AND day = '2026-11-24'"
      " AND moment LIKE '2026-11-24T09:05:30.123456%%'",
      steward_record_get_id (STEWARD_RECORD (a)));

    g_assert_cmpint (raw_count (t, sql), ==, 1);
  }
  {
    /* An empty string is not NULL; a zero id is NULL. */
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM test_item WHERE id = %" G_GINT64_FORMAT
      " AND label IS NOT NULL AND label = '' AND flag = 0 AND count = -1 AND ucount = 0"
      " AND big = -9223372036854775808 AND ref_id IS NULL AND ratio = -2.5"
      " AND kind = 'committee' AND day = '0001-01-01' AND moment LIKE '1970-01-01T00:00:00%%'",
      steward_record_get_id (STEWARD_RECORD (b)));

    g_assert_cmpint (raw_count (t, sql), ==, 1);
  }
  {
    /* Defaults: NULL string, NULL id, NULL dates. */
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM test_item WHERE id = %" G_GINT64_FORMAT
      " AND label IS NULL AND flag = 0 AND count = 0 AND ucount = 0 AND big = 0"
      " AND ref_id IS NULL AND ratio = 0 AND kind = 'other' AND day IS NULL AND moment IS NULL",
      steward_record_get_id (STEWARD_RECORD (c)));

    g_assert_cmpint (raw_count (t, sql), ==, 1);
  }
  {
    g_autofree char *sql = g_strdup_printf (
      "SELECT count(*) FROM test_item WHERE id = %" G_GINT64_FORMAT
      " AND ref_id = 9223372036854775807 AND day = '9999-12-31'"
      " AND abs (ratio / -1e300 - 1) < 1e-12",
      steward_record_get_id (STEWARD_RECORD (d)));

    g_assert_cmpint (raw_count (t, sql), ==, 1);
  }

  /* NULL and "" stay apart after a load. */
  {
    g_autoptr(TestItem) loaded_b = load (t, TEST_TYPE_ITEM, steward_record_get_id (STEWARD_RECORD (b)));
    g_autoptr(TestItem) loaded_c = load (t, TEST_TYPE_ITEM, steward_record_get_id (STEWARD_RECORD (c)));
    g_autofree char *label_b = NULL;
    g_autofree char *label_c = NULL;
    gint64 ref_b;

    g_object_get (loaded_b, "label", &label_b, "ref-id", &ref_b, NULL);
    g_object_get (loaded_c, "label", &label_c, NULL);
    g_assert_cmpstr (label_b, ==, "");
    g_assert_null (label_c);
    g_assert_cmpint (ref_b, ==, 0);
  }
}

static void
test_load_missing (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(GError) error = NULL;
  gpointer record;

  record = steward_record_load (t->db, TEST_TYPE_ITEM, 12345, &error);
  g_assert_null (record);
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND);
}

static void
test_save_assigns_id (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(TestItem) first = make_item_a ();
  g_autoptr(TestItem) second = make_item_b ();
  g_autoptr(GPtrArray) entries = NULL;
  NotifyLog log;
  guint n_changed = 0;

  g_signal_connect (t->db, "changed::test_item", G_CALLBACK (steward_test_count_cb), &n_changed);
  notify_log_watch (&log, first);

  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (first)), ==, 0);
  save (first, t);
  g_assert_cmpuint (notify_log_count (&log, "id"), ==, 1);
  g_assert_cmpuint (log.total, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);

  save (second, t);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (second)), !=,
                   steward_record_get_id (STEWARD_RECORD (first)));
  g_assert_cmpint (steward_test_count_rows (t->db, "test_item"), ==, 2);

  entries = steward_test_load_history (t->db, "test_item");
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (steward_history_entry_get_action (g_ptr_array_index (entries, 0)), ==, "insert");
  g_assert_cmpint (steward_history_entry_get_row_id (g_ptr_array_index (entries, 0)), ==,
                   steward_record_get_id (STEWARD_RECORD (first)));
  g_assert_cmpstr (steward_history_entry_get_user_name (g_ptr_array_index (entries, 0)), ==, "測試者");

  notify_log_clear (&log, first);
}

static void
test_update_only_changes (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(TestItem) original = make_item_a ();
  g_autoptr(TestItem) item = NULL;
  g_autoptr(TestItem) other = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *sql = NULL;
  StewardHistoryEntry *last;
  NotifyLog log;
  gint64 id;

  save (original, t);
  id = steward_record_get_id (STEWARD_RECORD (original));
  item = load (t, TEST_TYPE_ITEM, id);
  notify_log_watch (&log, item);

  /* Setting what is already there notifies nothing. */
  g_object_set (item, "label", "資訊安全委員會 🔐👩‍💻 Ünïcödé ☃", "count", G_MININT, "flag", TRUE,
                "kind", STEWARD_BODY_AUDIT_TEAM, "ref-id", (gint64)42, NULL);
  g_assert_cmpuint (log.total, ==, 0);

  g_object_set (item, "count", 7, NULL);
  g_assert_cmpuint (notify_log_count (&log, "count"), ==, 1);
  g_assert_cmpuint (log.total, ==, 1);

  save (item, t);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (item)), ==, id);
  g_assert_cmpint (steward_test_count_rows (t->db, "test_item"), ==, 1);

  /* The row changed in that column only. */
  sql = g_strdup_printf ("SELECT count(*) FROM test_item WHERE id = %" G_GINT64_FORMAT
                         " AND count = 7 AND label = '資訊安全委員會 🔐👩‍💻 Ünïcödé ☃'"
                         " AND big = 9223372036854775807 AND day = '2026-11-24'", id);
  g_assert_cmpint (raw_count (t, sql), ==, 1);

  entries = steward_test_load_history (t->db, "test_item");
  g_assert_cmpuint (entries->len, ==, 2);
  last = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (steward_history_entry_get_action (last), ==, "update");
  g_assert_nonnull (strstr (steward_history_entry_get_old_values (last), "\"count\":-2147483648"));
  g_assert_nonnull (strstr (steward_history_entry_get_new_values (last), "\"count\":7"));

  /* Saving again without a change writes nothing. */
  save (item, t);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = steward_test_load_history (t->db, "test_item");
  g_assert_cmpuint (entries->len, ==, 2);

  /* Someone else changes the label: applying the row to this object
   * notifies the label only. */
  other = load (t, TEST_TYPE_ITEM, id);
  g_object_set (other, "label", "改過的名稱", NULL);
  save (other, t);

  notify_log_reset (&log);
  {
    g_autoptr(StewardQuery) query = steward_query_new ();
    g_autoptr(GPtrArray) rows = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *label = NULL;
    g_autofree char *described = NULL;

    steward_query_where_int64 (query, "id", STEWARD_QUERY_EQUAL, id);
    g_assert_true (steward_record_read_rows (t->db, TEST_TYPE_ITEM, query, &rows, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_cmpint (steward_record_row_get_id (g_ptr_array_index (rows, 0)), ==, id);

    steward_record_row_apply (g_ptr_array_index (rows, 0), STEWARD_RECORD (item));
    described = notify_log_describe (&log);
    g_test_message ("notified: %s", described);
    g_assert_cmpuint (notify_log_count (&log, "label"), ==, 1);
    g_assert_cmpuint (log.total, ==, 1);
    g_object_get (item, "label", &label, NULL);
    g_assert_cmpstr (label, ==, "改過的名稱");
    assert_records_same (other, item);
  }

  notify_log_clear (&log, item);
}

static void
test_copy_equal (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(TestItem) item = make_item_a ();
  g_autoptr(TestItem) copy = NULL;
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autofree char *label = NULL;

  save (item, t);

  copy = TEST_ITEM (steward_record_copy (STEWARD_RECORD (item)));
  g_assert_true (copy != item);
  assert_records_same (item, copy);

  /* The copy is separate: editing it leaves the original alone. */
  g_object_set (copy, "label", "草稿", NULL);
  g_assert_false (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));
  g_object_get (item, "label", &label, NULL);
  g_assert_cmpstr (label, ==, "資訊安全委員會 🔐👩‍💻 Ünïcödé ☃");

  g_object_set (copy, "label", label, NULL);
  g_assert_true (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));

  /* Same values but another id: another record. */
  g_object_set (copy, "id", steward_record_get_id (STEWARD_RECORD (item)) + 1, NULL);
  g_assert_false (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));
  g_object_set (copy, "id", steward_record_get_id (STEWARD_RECORD (item)), NULL);
  g_assert_true (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));

  /* A value of each kind makes a difference. */
  {
    g_autoptr(GDate) other_day = g_date_new_dmy (25, G_DATE_NOVEMBER, 2026);

    g_object_set (copy, "day", other_day, NULL);
    g_assert_false (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));
    steward_record_assign (STEWARD_RECORD (copy), STEWARD_RECORD (item));
    g_assert_true (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));

    g_object_set (copy, "ratio", 1e299, NULL);
    g_assert_false (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));
    steward_record_assign (STEWARD_RECORD (copy), STEWARD_RECORD (item));

    g_object_set (copy, "kind", STEWARD_BODY_CISO, NULL);
    g_assert_false (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (copy)));
    steward_record_assign (STEWARD_RECORD (copy), STEWARD_RECORD (item));
    assert_records_same (item, copy);
  }

  /* Records of two types are never equal. */
  g_assert_false (steward_record_equal (STEWARD_RECORD (item), STEWARD_RECORD (person)));
}

static void
test_assign_notifies_changes (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(TestItem) item = make_item_a ();
  g_autoptr(TestItem) edited = NULL;
  g_autoptr(TestItem) fresh = item_new ();
  g_autofree char *described = NULL;
  NotifyLog log;

  save (item, t);
  edited = TEST_ITEM (steward_record_copy (STEWARD_RECORD (item)));
  g_object_set (edited, "label", "改名", "ratio", 0.5, NULL);

  /* Assigning a record to a blank one notifies everything that differs. */
  notify_log_watch (&log, fresh);
  steward_record_assign (STEWARD_RECORD (fresh), STEWARD_RECORD (item));
  assert_records_same (item, fresh);
  g_assert_cmpuint (notify_log_count (&log, "id"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "label"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "day"), ==, 1);
  notify_log_clear (&log, fresh);

  /* Assigning the edited copy back notifies what was edited. */
  notify_log_watch (&log, item);
  steward_record_assign (STEWARD_RECORD (item), STEWARD_RECORD (edited));
  assert_records_same (edited, item);
  described = notify_log_describe (&log);
  g_test_message ("notified: %s", described);
  g_assert_cmpuint (notify_log_count (&log, "label"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "ratio"), ==, 1);
  g_assert_cmpuint (notify_log_count (&log, "id"), ==, 0);
  g_assert_cmpuint (notify_log_count (&log, "count"), ==, 0);

  /* Equal dates held in other objects are not changes. */
  g_assert_cmpuint (notify_log_count (&log, "day"), ==, 0);
  g_assert_cmpuint (notify_log_count (&log, "moment"), ==, 0);
  g_assert_cmpuint (log.total, ==, 2);

  notify_log_clear (&log, item);
}

/* Validation */

typedef struct
{
  const char *name;
  const char *email;
  const char *problems;   /* the properties at fault, comma-separated */
} PersonCase;

static void
test_person_validate (void)
{
  static const PersonCase cases[] = {
    { "陳雅婷", NULL, "" },
    { "陳雅婷", "", "" },
    { "陳雅婷", "a.b@tn.edu.tw", "" },
    { "Alice Chen", "alice.chen+isms@example.gov.tw", "" },
    { NULL, NULL, "name" },
    { "", NULL, "name" },
    { "   ", NULL, "name" },
    { "\t\n", NULL, "name" },
    { "陳雅婷", "a@", "email" },
    { "陳雅婷", "a b@x.tw", "email" },
    { "陳雅婷", "@x.tw", "email" },
    { "陳雅婷", "a@x", "email" },
    { "陳雅婷", "a@@x.tw", "email" },
    { "陳雅婷", "a@x..tw", "email" },
    { "陳雅婷", "a@.tw", "email" },
    { "陳雅婷", "a@x.", "email" },
    { "陳雅婷", "a@b@x.tw", "email" },
    { "陳雅婷", "a,b@x.tw", "email" },
    { "  ", "a@", "name,email" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StewardPerson) person = steward_person_new ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GString) found = g_string_new (NULL);

      g_object_set (person, "name", cases[i].name, "email", cases[i].email, NULL);
      problems = steward_record_validate (STEWARD_RECORD (person));

      for (guint j = 0; j < problems->len; j++)
        {
          StewardProblem *problem = g_ptr_array_index (problems, j);

          g_assert_nonnull (problem->message);
          g_assert_cmpstr (problem->message, !=, "");
          g_string_append_printf (found, "%s%s", j > 0 ? "," : "", problem->property);
        }

      g_test_message ("name “%s”, e-mail “%s”: %s", cases[i].name, cases[i].email, found->str);
      g_assert_cmpstr (found->str, ==, cases[i].problems);
      g_assert_cmpint (steward_email_is_valid (cases[i].email), ==,
                       strstr (cases[i].problems, "email") == NULL);
    }
}

static void
test_person_save_invalid (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(StewardPerson) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  g_signal_connect (t->db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);

  g_object_set (person, "name", "   ", "email", "a@x", NULL);
  g_assert_false (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (person)), ==, 0);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);

  /* Valid now. */
  g_object_set (person, "name", "陳雅婷", "email", "a.b@tn.edu.tw", "unit", "資訊安全組", NULL);
  save (person, t);
  g_assert_cmpuint (n_changed, >, 0);
  n_changed = 0;

  /* An update that would make it invalid is refused too. */
  g_object_set (person, "email", "a b@x.tw", NULL);
  g_assert_false (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, 1);

  loaded = load (t, STEWARD_TYPE_PERSON, steward_record_get_id (STEWARD_RECORD (person)));
  g_assert_cmpstr (steward_person_get_email (loaded), ==, "a.b@tn.edu.tw");
  g_assert_cmpstr (steward_person_get_name (loaded), ==, "陳雅婷");
  g_assert_cmpstr (steward_person_get_unit (loaded), ==, "資訊安全組");
  g_assert_null (steward_person_get_title (loaded));
}

/* Delete and restore */

static void
test_delete_restore (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(StewardPerson) loaded = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_set (person,
                "name", "林志明",
                "title", "組長",
                "unit", "網路管理組",
                "phone", "06-2991111",
                "extension", "8123",
                "email", "chihming.lin@tn.edu.tw",
                "notes", "負責校園網路骨幹維運",
                NULL);
  save (person, t);
  id = steward_record_get_id (STEWARD_RECORD (person));

  g_assert_true (steward_record_delete (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, 0);
  g_assert_null (steward_record_load (t->db, STEWARD_TYPE_PERSON, id, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The object keeps what it had, so that it can be put back. */
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (person)), ==, id);
  g_assert_cmpstr (steward_person_get_notes (person), ==, "負責校園網路骨幹維運");

  g_assert_true (steward_record_restore (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (person)), ==, id);

  loaded = load (t, STEWARD_TYPE_PERSON, id);
  assert_records_same (person, loaded);
  g_assert_cmpstr (steward_person_get_phone (loaded), ==, "06-2991111");
  g_assert_cmpstr (steward_person_get_extension (loaded), ==, "8123");

  /* Restoring what is there already breaks the primary key. */
  g_assert_false (steward_record_restore (STEWARD_RECORD (person), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (t->db, "person"), ==, 1);

  entries = steward_test_load_history (t->db, "person");
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (steward_history_entry_get_action (g_ptr_array_index (entries, 0)), ==, "insert");
  g_assert_cmpstr (steward_history_entry_get_action (g_ptr_array_index (entries, 1)), ==, "delete");
  g_assert_cmpstr (steward_history_entry_get_action (g_ptr_array_index (entries, 2)), ==, "insert");
  for (guint i = 0; i < entries->len; i++)
    g_assert_cmpint (steward_history_entry_get_row_id (g_ptr_array_index (entries, i)), ==, id);
  g_assert_nonnull (strstr (steward_history_entry_get_old_values (g_ptr_array_index (entries, 1)),
                            "\"notes\":\"負責校園網路骨幹維運\""));
}

static void
test_history_read_only (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(StewardHistoryEntry) blank = g_object_new (STEWARD_TYPE_HISTORY_ENTRY, NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  StewardHistoryEntry *entry;
  guint n_changed = 0;

  g_object_set (person, "name", "黃淑芬", NULL);
  save (person, t);

  entries = steward_test_load_history (t->db, "person");
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (steward_history_entry_get_action (entry), ==, "insert");
  g_assert_cmpstr (steward_history_entry_get_table_name (entry), ==, "person");
  g_assert_nonnull (steward_history_entry_get_at (entry));

  g_signal_connect (t->db, "changed", G_CALLBACK (steward_test_count_cb), &n_changed);

  g_object_set (entry, "action", "delete", NULL);
  g_assert_false (steward_record_save (STEWARD_RECORD (entry), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (steward_record_delete (STEWARD_RECORD (entry), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (steward_record_restore (STEWARD_RECORD (entry), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_object_set (blank, "action", "insert", "table-name", "person", "user-name", "偽造者", NULL);
  g_assert_false (steward_record_save (STEWARD_RECORD (blank), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (blank)), ==, 0);

  g_assert_cmpint (steward_test_count_rows (t->db, "history"), ==, 1);
  g_assert_cmpuint (n_changed, ==, 0);
}

/* Bodies and duties */

static void
test_body_parent (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(StewardBody) committee = steward_body_new (STEWARD_BODY_COMMITTEE, "資訊安全委員會");
  g_autoptr(StewardBody) ciso = steward_body_new (STEWARD_BODY_CISO, "資訊安全官");
  g_autoptr(StewardBody) orphan = steward_body_new (STEWARD_BODY_OTHER, "孤兒小組");
  g_autoptr(StewardBody) loaded = NULL;
  g_autoptr(StewardQuery) top = steward_query_new ();
  g_autoptr(GDate) retired = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 committee_id;

  steward_query_where (top, "parent_id", STEWARD_QUERY_IS_NULL, NULL);

  save (committee, t);
  committee_id = steward_record_get_id (STEWARD_RECORD (committee));
  /* No parent is NULL, not 0, so that the foreign key holds. */
  g_assert_cmpint (steward_database_count (t->db, "body", top, NULL), ==, 1);

  g_object_set (ciso, "parent-id", committee_id, "retired-on", retired,
                "appointed-by", "資訊安全委員會", "position", 1, NULL);
  save (ciso, t);
  g_assert_cmpint (steward_database_count (t->db, "body", top, NULL), ==, 1);

  loaded = load (t, STEWARD_TYPE_BODY, steward_record_get_id (STEWARD_RECORD (ciso)));
  g_assert_cmpint (steward_body_get_kind (loaded), ==, STEWARD_BODY_CISO);
  g_assert_cmpstr (steward_body_get_name (loaded), ==, "資訊安全官");
  g_assert_cmpint (steward_body_get_parent_id (loaded), ==, committee_id);
  g_assert_cmpstr (steward_body_get_appointed_by (loaded), ==, "資訊安全委員會");
  g_assert_cmpint (steward_body_get_position (loaded), ==, 1);
  g_assert_nonnull (steward_body_get_retired_on (loaded));
  g_assert_cmpint (g_date_compare (steward_body_get_retired_on (loaded), retired), ==, 0);
  g_clear_object (&loaded);

  loaded = load (t, STEWARD_TYPE_BODY, committee_id);
  g_assert_cmpint (steward_body_get_parent_id (loaded), ==, 0);
  g_assert_null (steward_body_get_retired_on (loaded));
  g_assert_cmpint (steward_body_get_kind (loaded), ==, STEWARD_BODY_COMMITTEE);
  g_clear_object (&loaded);

  /* A parent that does not exist. */
  g_object_set (orphan, "parent-id", (gint64)9999, NULL);
  g_assert_false (steward_record_save (STEWARD_RECORD (orphan), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (orphan)), ==, 0);
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, 2);

  /* A parent with children cannot be deleted. */
  g_assert_false (steward_record_delete (STEWARD_RECORD (committee), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, 2);

  /* A body cannot be its own parent. */
  g_object_set (ciso, "parent-id", steward_record_get_id (STEWARD_RECORD (ciso)), NULL);
  problems = steward_record_validate (STEWARD_RECORD (ciso));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((StewardProblem *)g_ptr_array_index (problems, 0))->property, ==, "parent-id");
  g_assert_false (steward_record_save (STEWARD_RECORD (ciso), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  /* Back to the top: the parent column becomes NULL again. */
  g_object_set (ciso, "parent-id", (gint64)0, "retired-on", NULL, NULL);
  save (ciso, t);
  g_assert_cmpint (steward_database_count (t->db, "body", top, NULL), ==, 2);
  loaded = load (t, STEWARD_TYPE_BODY, steward_record_get_id (STEWARD_RECORD (ciso)));
  g_assert_null (steward_body_get_retired_on (loaded));

  /* And now the committee can go. */
  g_assert_true (steward_record_delete (STEWARD_RECORD (committee), t->db, &error));
  g_assert_no_error (error);

  /* A body needs a name. */
  {
    g_autoptr(StewardBody) nameless = steward_body_new (STEWARD_BODY_OTHER, " ");
    g_autoptr(GPtrArray) nameless_problems = steward_record_validate (STEWARD_RECORD (nameless));

    g_assert_cmpuint (nameless_problems->len, ==, 1);
    g_assert_cmpstr (((StewardProblem *)g_ptr_array_index (nameless_problems, 0))->property, ==, "name");
  }
}

static void
test_duty_requires_text_and_body (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(StewardBody) body = steward_body_new (STEWARD_BODY_AUDIT_TEAM, "資訊安全稽核小組");
  g_autoptr(StewardDuty) duty = g_object_new (STEWARD_TYPE_DUTY, NULL);
  g_autoptr(StewardDuty) loaded = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 body_id;

  save (body, t);
  body_id = steward_record_get_id (STEWARD_RECORD (body));

  problems = steward_record_validate (STEWARD_RECORD (duty));
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((StewardProblem *)g_ptr_array_index (problems, 0))->property, ==, "text");
  g_assert_cmpstr (((StewardProblem *)g_ptr_array_index (problems, 1))->property, ==, "body-id");
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_false (steward_record_save (STEWARD_RECORD (duty), t->db, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_clear_error (&error);

  /* Blank text is no text. */
  g_object_set (duty, "body-id", body_id, "text", "  \n", NULL);
  problems = steward_record_validate (STEWARD_RECORD (duty));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((StewardProblem *)g_ptr_array_index (problems, 0))->property, ==, "text");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A body that does not exist is caught by the foreign key. */
  g_object_set (duty, "body-id", (gint64)9999, "text", "執行資訊安全內部稽核。", NULL);
  problems = steward_record_validate (STEWARD_RECORD (duty));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_false (steward_record_save (STEWARD_RECORD (duty), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (t->db, "duty"), ==, 0);

  g_object_set (duty, "body-id", body_id, "clause", "5.3.6.2", "position", 1, NULL);
  save (duty, t);

  loaded = load (t, STEWARD_TYPE_DUTY, steward_record_get_id (STEWARD_RECORD (duty)));
  g_assert_cmpint (steward_duty_get_body_id (loaded), ==, body_id);
  g_assert_cmpint (steward_duty_get_position (loaded), ==, 1);
  g_assert_cmpstr (steward_duty_get_clause (loaded), ==, "5.3.6.2");
  g_assert_cmpstr (steward_duty_get_text (loaded), ==, "執行資訊安全內部稽核。");

  /* steward_duty_new() fills the same properties. */
  {
    g_autoptr(StewardDuty) made = steward_duty_new (body_id, 2, "5.3.6.3", "撰寫資訊安全稽核報告。");

    g_assert_cmpint (steward_duty_get_body_id (made), ==, body_id);
    g_assert_cmpint (steward_duty_get_position (made), ==, 2);
    save (made, t);
    g_assert_cmpint (steward_test_count_rows (t->db, "duty"), ==, 2);
  }
}

static void
test_body_delete_refused_while_duties (void)
{
  g_autoptr(StewardTestDb) t = item_db_new ();
  g_autoptr(StewardBody) body = steward_body_new (STEWARD_BODY_OTHER, "個資保護小組");
  g_autoptr(GPtrArray) duties = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  guint n_duty_changed = 0;
  gint64 body_id;

  save (body, t);
  body_id = steward_record_get_id (STEWARD_RECORD (body));
  for (int i = 0; i < 2; i++)
    {
      StewardDuty *duty = steward_duty_new (body_id, i, NULL, "保護個人資料。");

      save (duty, t);
      g_ptr_array_add (duties, duty);
    }
  g_assert_cmpint (steward_test_count_rows (t->db, "duty"), ==, 2);

  /* A body with duties cannot be deleted behind the history's back: the
   * schema refuses (bodies are retired, not deleted), and nothing moves. */
  g_assert_false (steward_record_delete (STEWARD_RECORD (body), t->db, &error));
  g_assert_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, 1);
  g_assert_cmpint (steward_test_count_rows (t->db, "duty"), ==, 2);

  /* Deleting the duties first goes through the store: history and signal. */
  g_signal_connect (t->db, "changed::duty", G_CALLBACK (steward_test_count_cb), &n_duty_changed);
  for (guint i = 0; i < duties->len; i++)
    g_assert_true (steward_record_delete (g_ptr_array_index (duties, i), t->db, NULL));
  g_assert_true (steward_record_delete (STEWARD_RECORD (body), t->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (steward_test_count_rows (t->db, "body"), ==, 0);
  g_assert_cmpint (steward_test_count_rows (t->db, "duty"), ==, 0);
  g_assert_cmpuint (n_duty_changed, ==, 2);

  entries = steward_test_load_history (t->db, "duty");
  g_assert_cmpuint (entries->len, ==, 4);
  g_assert_cmpstr (steward_history_entry_get_action (g_ptr_array_index (entries, 2)), ==, "delete");
  g_assert_cmpstr (steward_history_entry_get_action (g_ptr_array_index (entries, 3)), ==, "delete");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/record/class-mapping", test_class_mapping);
  g_test_add_func ("/model/record/round-trip", test_round_trip);
  g_test_add_func ("/model/record/load-missing", test_load_missing);
  g_test_add_func ("/model/record/save-assigns-id", test_save_assigns_id);
  g_test_add_func ("/model/record/update-only-changes", test_update_only_changes);
  g_test_add_func ("/model/record/copy-equal", test_copy_equal);
  g_test_add_func ("/model/record/assign-notifies-changes", test_assign_notifies_changes);
  g_test_add_func ("/model/record/person-validate", test_person_validate);
  g_test_add_func ("/model/record/person-save-invalid", test_person_save_invalid);
  g_test_add_func ("/model/record/delete-restore", test_delete_restore);
  g_test_add_func ("/model/record/history-read-only", test_history_read_only);
  g_test_add_func ("/model/record/body-parent", test_body_parent);
  g_test_add_func ("/model/record/duty-requires-text-and-body", test_duty_requires_text_and_body);
  g_test_add_func ("/model/record/body-delete-refused-while-duties", test_body_delete_refused_while_duties);

  return g_test_run ();
}
