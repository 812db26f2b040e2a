/* test-record-list.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of StewardRecordList: a GListModel over a query that refreshes
 * itself after each commit that touched its table, with minimal
 * items-changed and the same objects for rows that are still there.
 * GIO only: the GTK chain on top of it is tested with the UI.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "store/steward-database.h"
#include "model/steward-body.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"

#include "steward-test-util.h"

/* Helpers: a database of people */

static StewardPerson *
add_person (StewardTestDb *t,
            const char    *name,
            const char    *unit)
{
  g_autoptr(GError) error = NULL;
  StewardPerson *person = steward_person_new ();

  g_object_set (person, "name", name, "unit", unit, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), t->db, &error));
  g_assert_no_error (error);

  return person;
}

static gint64
add_person_id (StewardTestDb *t,
               const char    *name,
               const char    *unit)
{
  g_autoptr(StewardPerson) person = add_person (t, name, unit);

  return steward_record_get_id (STEWARD_RECORD (person));
}

/* Changes a person the way a form does: on a copy, saved. */
static void
edit_person (StewardTestDb *t,
             StewardPerson *person,
             const char    *first_property,
             ...)
{
  g_autoptr(StewardRecord) copy = steward_record_copy (STEWARD_RECORD (person));
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);

  g_assert_true (steward_record_save (copy, t->db, &error));
  g_assert_no_error (error);
}

static StewardQuery *
query_by_name (void)
{
  StewardQuery *query = steward_query_new ();

  steward_query_order_by (query, "name", FALSE);

  return query;
}

/* Helpers: watching a list as a view would */

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  GListModel *model;
  GPtrArray  *shadow;     /* what a view built from items-changed holds */
  GArray     *changes;    /* Change */
  guint       n_items_notified;
} Watcher;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Watcher    *watcher)
{
  Change change = { position, removed, added };

  g_array_append_val (watcher->changes, change);
  g_test_message ("items-changed (%u, %u, %u)", position, removed, added);

  g_assert_cmpuint (position + removed, <=, watcher->shadow->len);
  g_assert_cmpuint (watcher->shadow->len - removed + added, ==, g_list_model_get_n_items (model));

  g_ptr_array_remove_range (watcher->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watcher->shadow, position + i, g_list_model_get_item (model, position + i));
}

static void
on_n_items_cb (GObject    *object,
               GParamSpec *pspec,
               Watcher    *watcher)
{
  watcher->n_items_notified++;
}

static Watcher *
watcher_new (gpointer model)
{
  Watcher *watcher = g_new0 (Watcher, 1);
  guint n_items = g_list_model_get_n_items (model);

  watcher->model = g_object_ref (model);
  watcher->shadow = g_ptr_array_new_with_free_func (g_object_unref);
  watcher->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (watcher->shadow, g_list_model_get_item (model, i));

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), watcher);
  g_signal_connect (model, "notify::n-items", G_CALLBACK (on_n_items_cb), watcher);

  return watcher;
}

static void
watcher_free (Watcher *watcher)
{
  g_signal_handlers_disconnect_by_data (watcher->model, watcher);
  g_object_unref (watcher->model);
  g_ptr_array_unref (watcher->shadow);
  g_array_unref (watcher->changes);
  g_free (watcher);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Watcher, watcher_free)

static void
watcher_reset (Watcher *watcher)
{
  g_array_set_size (watcher->changes, 0);
  watcher->n_items_notified = 0;
}

static void
assert_change (Watcher *watcher,
               guint    index,
               guint    position,
               guint    removed,
               guint    added)
{
  Change *change;

  g_assert_cmpuint (index, <, watcher->changes->len);
  change = &g_array_index (watcher->changes, Change, index);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
}

/* A snapshot of the objects the list holds. */
static GPtrArray *
items_of (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static gboolean
collect_name_cb (const GValue *values,
                 guint         n_values,
                 gpointer      user_data)
{
  g_ptr_array_add (user_data, g_value_dup_string (&values[0]));

  return TRUE;
}

/* The list agrees with the view built from its signals, with the database
 * and with @expected (names in order, NULL-terminated, or NULL). */
static void
assert_list (Watcher            *watcher,
             StewardQuery       *query,
             const char * const *expected)
{
  GListModel *model = watcher->model;
  guint n_items = g_list_model_get_n_items (model);
  static const char * const columns[] = { "name" };
  static const StewardStorage storage[] = { STEWARD_STORAGE_TEXT };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_list_model_get_item_type (model) == STEWARD_TYPE_PERSON);
  g_assert_cmpuint (watcher->shadow->len, ==, n_items);
  g_assert_null (g_list_model_get_item (model, n_items));

  steward_database_select (steward_record_list_get_database (STEWARD_RECORD_LIST (model)),
                           "person", columns, storage, 1, query, collect_name_cb, names, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (names->len, ==, n_items);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(StewardPerson) item = g_list_model_get_item (model, i);
      guint position = G_MAXUINT;

      /* The same object a view holds, with the database's values. */
      g_assert_true (item == g_ptr_array_index (watcher->shadow, i));
      g_assert_cmpstr (steward_person_get_name (item), ==, g_ptr_array_index (names, i));
      if (expected != NULL)
        g_assert_cmpstr (steward_person_get_name (item), ==, expected[i]);

      g_assert_true (steward_record_list_find (STEWARD_RECORD_LIST (model),
                                               steward_record_get_id (STEWARD_RECORD (item)),
                                               &position) == (gpointer)item);
      g_assert_cmpuint (position, ==, i);
    }

  if (expected != NULL)
    g_assert_cmpuint (g_strv_length ((char **)expected), ==, n_items);
}

/* Objects outside [position, position + span) are the ones from before. */
static void
assert_kept_outside (GPtrArray  *before,
                     GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < position; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == g_ptr_array_index (before, i));
    }

  for (guint i = position + added; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == g_ptr_array_index (before, i - added + removed));
    }
}

/* Notifications of one object */

typedef struct
{
  guint name;
  guint title;
  guint unit;
  guint total;
} PersonNotes;

static void
on_person_notify_cb (GObject     *object,
                     GParamSpec  *pspec,
                     PersonNotes *notes)
{
  notes->total++;
  if (g_str_equal (pspec->name, "name"))
    notes->name++;
  else if (g_str_equal (pspec->name, "title"))
    notes->title++;
  else if (g_str_equal (pspec->name, "unit"))
    notes->unit++;
}

/* Tests */

static const char * const initial_names[] = { "Alice", "Bob", "Carol", "Eve", NULL };

static StewardRecordList *
make_people_list (StewardTestDb *t,
                  StewardQuery  *query)
{
  for (guint i = 0; initial_names[i] != NULL; i++)
    add_person_id (t, initial_names[i], "行政組");

  return steward_record_list_new (t->db, STEWARD_TYPE_PERSON, query);
}

static void
test_initial (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  guint n_items = 0;

  g_assert_true (steward_record_list_get_database (list) == t->db);
  g_assert_true (steward_record_list_get_record_type (list) == STEWARD_TYPE_PERSON);
  g_object_get (list, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 4);
  assert_list (watcher, query, initial_names);

  /* A list of an empty table. */
  {
    g_autoptr(StewardRecordList) bodies = steward_record_list_new (t->db, STEWARD_TYPE_BODY, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bodies)), ==, 0);
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (bodies), 0));
    g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (bodies)) == STEWARD_TYPE_BODY);
  }
}

static void
test_insert (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  g_autoptr(GPtrArray) before = items_of (G_LIST_MODEL (list));
  static const char * const expected[] = { "Alice", "Bob", "Carol", "Dave", "Eve", NULL };
  gint64 dave = add_person_id (t, "Dave", "行政組");

  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 3, 0, 1);
  {
    g_autoptr(StewardRecord) inserted = g_list_model_get_item (G_LIST_MODEL (list), 3);

    g_assert_cmpint (steward_record_get_id (inserted), ==, dave);
  }
  g_assert_cmpuint (watcher->n_items_notified, ==, 1);
  assert_list (watcher, query, expected);
  assert_kept_outside (before, G_LIST_MODEL (list), 3, 0, 1);

  /* At the start and at the end. */
  watcher_reset (watcher);
  g_clear_pointer (&before, g_ptr_array_unref);
  before = items_of (G_LIST_MODEL (list));
  add_person_id (t, "Aaron", "行政組");
  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 0, 0, 1);
  assert_kept_outside (before, G_LIST_MODEL (list), 0, 0, 1);

  watcher_reset (watcher);
  add_person_id (t, "Zoe", "行政組");
  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 6, 0, 1);
  assert_list (watcher, query, NULL);
}

static void
test_update_in_place (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  g_autoptr(GPtrArray) before = items_of (G_LIST_MODEL (list));
  g_autoptr(StewardPerson) carol = g_list_model_get_item (G_LIST_MODEL (list), 2);
  PersonNotes notes = { 0 };

  g_assert_cmpstr (steward_person_get_name (carol), ==, "Carol");
  g_signal_connect (carol, "notify", G_CALLBACK (on_person_notify_cb), &notes);

  edit_person (t, carol, "title", "組長", NULL);

  /* The order holds: no items-changed, the same object, notified. */
  g_assert_cmpuint (watcher->changes->len, ==, 0);
  g_assert_cmpuint (notes.title, ==, 1);
  g_assert_cmpuint (notes.name, ==, 0);
  g_assert_cmpuint (notes.total, ==, 1);
  g_assert_cmpstr (steward_person_get_title (carol), ==, "組長");
  assert_kept_outside (before, G_LIST_MODEL (list), 0, 0, 0);
  assert_list (watcher, query, initial_names);

  /* A save that changes nothing notifies nothing. */
  notes = (PersonNotes) { 0 };
  edit_person (t, carol, "title", "組長", NULL);
  g_assert_cmpuint (watcher->changes->len, ==, 0);
  g_assert_cmpuint (notes.total, ==, 0);

  g_signal_handlers_disconnect_by_func (carol, on_person_notify_cb, &notes);
}

static void
test_update_moves (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  g_autoptr(GPtrArray) before = items_of (G_LIST_MODEL (list));
  g_autoptr(StewardPerson) bob = g_list_model_get_item (G_LIST_MODEL (list), 1);
  static const char * const expected[] = { "Alice", "Carol", "Dan", "Eve", NULL };
  PersonNotes notes = { 0 };
  guint position = G_MAXUINT;

  g_signal_connect (bob, "notify", G_CALLBACK (on_person_notify_cb), &notes);

  /* Bob becomes Dan: from position 1 to 2. */
  edit_person (t, bob, "name", "Dan", NULL);

  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 1, 2, 2);
  g_assert_cmpuint (watcher->n_items_notified, ==, 0);
  assert_list (watcher, query, expected);
  assert_kept_outside (before, G_LIST_MODEL (list), 1, 2, 2);

  /* It is the same object, notified of its new name. */
  g_assert_true (steward_record_list_find (list, steward_record_get_id (STEWARD_RECORD (bob)), &position) == (gpointer)bob);
  g_assert_cmpuint (position, ==, 2);
  g_assert_cmpstr (steward_person_get_name (bob), ==, "Dan");
  g_assert_cmpuint (notes.name, ==, 1);
  g_assert_cmpuint (notes.total, ==, 1);

  /* From the start to the end: the whole list is the span. */
  watcher_reset (watcher);
  {
    g_autoptr(StewardPerson) alice = g_list_model_get_item (G_LIST_MODEL (list), 0);
    static const char * const last[] = { "Carol", "Dan", "Eve", "Zelda", NULL };

    edit_person (t, alice, "name", "Zelda", NULL);
    g_assert_cmpuint (watcher->changes->len, ==, 1);
    assert_change (watcher, 0, 0, 4, 4);
    assert_list (watcher, query, last);
    g_assert_true (g_ptr_array_index (watcher->shadow, 3) == (gpointer)alice);
  }

  g_signal_handlers_disconnect_by_func (bob, on_person_notify_cb, &notes);
}

static void
test_delete (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  g_autoptr(GPtrArray) before = items_of (G_LIST_MODEL (list));
  g_autoptr(StewardPerson) carol = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_autoptr(GError) error = NULL;
  static const char * const expected[] = { "Alice", "Bob", "Eve", NULL };
  gint64 id = steward_record_get_id (STEWARD_RECORD (carol));

  g_assert_true (steward_record_delete (STEWARD_RECORD (carol), t->db, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 2, 1, 0);
  g_assert_cmpuint (watcher->n_items_notified, ==, 1);
  assert_list (watcher, query, expected);
  assert_kept_outside (before, G_LIST_MODEL (list), 2, 1, 0);
  g_assert_null (steward_record_list_find (list, id, NULL));

  /* Undo: it comes back at its place. */
  watcher_reset (watcher);
  g_assert_true (steward_record_restore (STEWARD_RECORD (carol), t->db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 2, 0, 1);
  assert_list (watcher, query, initial_names);
}

typedef struct
{
  StewardTestDb *t;
  Watcher       *watcher;
} TransactionData;

static gboolean
insert_three (StewardDatabase  *db,
              gpointer          user_data,
              GError          **error)
{
  TransactionData *data = user_data;

  add_person_id (data->t, "Aaron", "行政組");
  add_person_id (data->t, "Dave", "行政組");
  add_person_id (data->t, "Zoe", "行政組");

  /* Nothing reaches the list before the commit. */
  g_assert_cmpuint (data->watcher->changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (data->watcher->model), ==, 4);

  return TRUE;
}

static gboolean
insert_and_fail (StewardDatabase  *db,
                 gpointer          user_data,
                 GError          **error)
{
  TransactionData *data = user_data;

  add_person_id (data->t, "Ghost", "行政組");
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");

  return FALSE;
}

static void
test_transaction (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  g_autoptr(GPtrArray) before = items_of (G_LIST_MODEL (list));
  g_autoptr(GError) error = NULL;
  static const char * const expected[] = { "Aaron", "Alice", "Bob", "Carol", "Dave", "Eve", "Zoe", NULL };
  TransactionData data = { t, watcher };
  Change *change;

  g_assert_true (steward_database_transaction (t->db, insert_three, &data, &error));
  g_assert_no_error (error);

  /* One commit, one items-changed. */
  g_assert_cmpuint (watcher->changes->len, ==, 1);
  change = &g_array_index (watcher->changes, Change, 0);
  g_assert_cmpuint (change->added, ==, change->removed + 3);
  g_assert_cmpuint (watcher->n_items_notified, ==, 1);
  assert_list (watcher, query, expected);
  assert_kept_outside (before, G_LIST_MODEL (list), change->position, change->removed, change->added);

  /* Rows that survive keep their objects even inside the span. */
  for (guint i = 0; i < before->len; i++)
    {
      guint position;

      g_assert_true (g_ptr_array_find (watcher->shadow, g_ptr_array_index (before, i), &position));
    }

  /* A rolled-back transaction changes nothing. */
  watcher_reset (watcher);
  g_assert_false (steward_database_transaction (t->db, insert_and_fail, &data, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (watcher->changes->len, ==, 0);
  assert_list (watcher, query, expected);
}

static void
test_query_unit (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(StewardRecordList) list = NULL;
  g_autoptr(Watcher) watcher = NULL;
  g_autoptr(StewardRecordList) everyone = NULL;
  g_autoptr(StewardPerson) mover = NULL;
  g_autoptr(StewardPerson) outsider = NULL;
  gint64 mover_id;
  static const char * const before_names[] = { "陳雅婷", "黃志明", NULL };
  static const char * const after_names[] = { "林怡君", "陳雅婷", "黃志明", NULL };

  steward_query_where_string (query, "unit", STEWARD_QUERY_EQUAL, "資訊安全組");
  steward_query_order_by (query, "name", FALSE);

  add_person_id (t, "陳雅婷", "資訊安全組");
  add_person_id (t, "黃志明", "資訊安全組");
  mover_id = add_person_id (t, "林怡君", "系統管理組");
  outsider = add_person (t, "王建宏", "網路管理組");

  list = steward_record_list_new (t->db, STEWARD_TYPE_PERSON, query);
  watcher = watcher_new (list);
  assert_list (watcher, query, before_names);

  everyone = steward_record_list_new (t->db, STEWARD_TYPE_PERSON, NULL);
  mover = g_object_ref (steward_record_list_find (everyone, mover_id, NULL));
  g_assert_nonnull (mover);

  /* Joining the unit: the list gains the person, at the sorted place. */
  edit_person (t, mover, "unit", "資訊安全組", NULL);
  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 0, 0, 1);
  assert_list (watcher, query, after_names);
  /* The list made its own object: lists do not share them. */
  g_assert_true (g_ptr_array_index (watcher->shadow, 0) != (gpointer)mover);

  /* A change elsewhere in the table: nothing changes here. */
  watcher_reset (watcher);
  edit_person (t, outsider, "title", "工程師", NULL);
  g_assert_cmpuint (watcher->changes->len, ==, 0);

  /* Leaving it: the list loses the person. */
  edit_person (t, mover, "unit", "應用服務組", NULL);
  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 0, 1, 0);
  assert_list (watcher, query, before_names);
}

static void
test_other_tables (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  g_autoptr(StewardBody) body = steward_body_new (STEWARD_BODY_COMMITTEE, "資訊安全委員會");
  g_autoptr(StewardRecordList) bodies = steward_record_list_new (t->db, STEWARD_TYPE_BODY, NULL);
  g_autoptr(Watcher) body_watcher = watcher_new (bodies);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (STEWARD_RECORD (body), t->db, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (watcher->changes->len, ==, 0);
  g_assert_cmpuint (body_watcher->changes->len, ==, 1);
  assert_change (body_watcher, 0, 0, 0, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (bodies)) == STEWARD_TYPE_BODY);
}

static void
test_find (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(StewardPerson) eve = g_list_model_get_item (G_LIST_MODEL (list), 3);
  guint position = G_MAXUINT;

  g_assert_true (steward_record_list_find (list, steward_record_get_id (STEWARD_RECORD (eve)), &position) == (gpointer)eve);
  g_assert_cmpuint (position, ==, 3);
  g_assert_true (steward_record_list_find (list, steward_record_get_id (STEWARD_RECORD (eve)), NULL) == (gpointer)eve);

  position = 77;
  g_assert_null (steward_record_list_find (list, 4242, &position));
  g_assert_null (steward_record_list_find (list, 0, NULL));
}

static void
test_set_query (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) query = query_by_name ();
  g_autoptr(StewardQuery) descending = steward_query_new ();
  g_autoptr(StewardQuery) few = steward_query_new ();
  g_autoptr(StewardRecordList) list = make_people_list (t, query);
  g_autoptr(Watcher) watcher = watcher_new (list);
  g_autoptr(GPtrArray) before = items_of (G_LIST_MODEL (list));
  static const char * const reversed[] = { "Eve", "Carol", "Bob", "Alice", NULL };
  static const char * const first_two[] = { "Eve", "Carol", NULL };

  steward_query_order_by (descending, "name", TRUE);
  steward_record_list_set_query (list, descending);
  assert_list (watcher, descending, reversed);
  g_assert_cmpuint (watcher->changes->len, >=, 1);

  /* The same objects, in another order. */
  for (guint i = 0; i < before->len; i++)
    g_assert_true (g_ptr_array_index (watcher->shadow, i) == g_ptr_array_index (before, before->len - 1 - i));

  watcher_reset (watcher);
  steward_query_order_by (few, "name", TRUE);
  steward_query_set_limit (few, 2);
  steward_record_list_set_query (list, few);
  g_assert_cmpuint (watcher->changes->len, ==, 1);
  assert_change (watcher, 0, 2, 2, 0);
  assert_list (watcher, few, first_two);
}

static void
test_default_order (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(StewardQuery) named = steward_query_new ();
  g_autoptr(StewardRecordList) all = NULL;
  g_autoptr(StewardRecordList) some = NULL;
  static const char * const by_id[] = { "Zed", "Mia", "Amy", NULL };
  gint64 ids[3];

  for (guint i = 0; i < 3; i++)
    ids[i] = add_person_id (t, by_id[i], NULL);
  g_assert_cmpint (ids[0], <, ids[1]);
  g_assert_cmpint (ids[1], <, ids[2]);

  /* steward_record_list_new(): "by id when none is given". */
  all = steward_record_list_new (t->db, STEWARD_TYPE_PERSON, NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (G_LIST_MODEL (all), i);

      g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (person)), ==, ids[i]);
    }

  /* A condition on an indexed column, still without an order. */
  steward_query_where_string (named, "name", STEWARD_QUERY_GREATER, "");
  some = steward_record_list_new (t->db, STEWARD_TYPE_PERSON, named);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (some)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (G_LIST_MODEL (some), i);

      /* No order asked for: by id, whatever index the condition uses. */
      g_assert_cmpint (steward_record_get_id (STEWARD_RECORD (person)), ==, ids[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/record-list/initial", test_initial);
  g_test_add_func ("/model/record-list/insert", test_insert);
  g_test_add_func ("/model/record-list/update-in-place", test_update_in_place);
  g_test_add_func ("/model/record-list/update-moves", test_update_moves);
  g_test_add_func ("/model/record-list/delete", test_delete);
  g_test_add_func ("/model/record-list/transaction", test_transaction);
  g_test_add_func ("/model/record-list/query-unit", test_query_unit);
  g_test_add_func ("/model/record-list/other-tables", test_other_tables);
  g_test_add_func ("/model/record-list/find", test_find);
  g_test_add_func ("/model/record-list/set-query", test_set_query);
  g_test_add_func ("/model/record-list/default-order", test_default_order);

  return g_test_run ();
}
