/* test-crash-safety.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kills steward-crash-writer with SIGKILL at random points, again and
 * again, and after each kill opens the file as Steward does and checks
 * that nothing acknowledged was lost: the file opens, PRAGMA
 * integrity_check is ok and foreign_key_check empty, every write that had
 * returned success is there with its values (a deleted row absent), each
 * multi-row transaction is whole or absent, and every row has the history
 * rows of what was done to it. In WAL mode, and with the rollback journal
 * that a network file system gets (STEWARD_NETWORK_FS=1).
 *
 * STEWARD_CRASH_ITERATIONS: kills in all, half in each mode (1000);
 * STEWARD_CRASH_SEED:
 * to replay a run (printed at the start).
 */

#define G_LOG_DOMAIN "test-crash-safety"

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "steward-test-util.h"

static const char *writer_path;

typedef enum
{
  PHASE_OPEN,        /* opening, creating or migrating the file */
  PHASE_IDLE,        /* between two writes */
  PHASE_SINGLE,      /* inside a one-row save, update or delete */
  PHASE_TXN_START,   /* a multi-row transaction begun, no row yet */
  PHASE_TXN_MIDDLE,  /* after its first row */
  PHASE_TXN_COMMIT,  /* all its rows written, committing */
  N_PHASES
} Phase;

static const char * const phase_names[N_PHASES] = {
  "open/migration", "between writes", "one-row write",
  "transaction start", "transaction middle", "transaction commit",
};

/* What the harness knows must be in the current file. */
typedef struct
{
  char    *name;
  char    *title;     /* NULL: a member, whose title is not checked */
  int      notes;     /* length of the notes */
  gboolean deleted;
} Person;

typedef struct
{
  GHashTable *people;    /* id → Person */
  GHashTable *bodies;    /* ids */
  GHashTable *reviews;   /* ids */
} Model;

typedef struct
{
  guint   kills;
  guint   by_phase[N_PHASES];
  guint   acknowledged;
  guint   verified;
  guint   integrity_ok;
  guint   fresh_files;
  guint   pending_applied;
  guint   pending_absent;
  gint64  check_usec;
  GArray *reopen_usec;
} Figures;

static void
person_free (gpointer data)
{
  Person *p = data;

  g_free (p->name);
  g_free (p->title);
  g_free (p);
}

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
model_reset (Model *m)
{
  g_clear_pointer (&m->people, g_hash_table_unref);
  g_clear_pointer (&m->bodies, g_hash_table_unref);
  g_clear_pointer (&m->reviews, g_hash_table_unref);
  m->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, person_free);
  m->bodies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  m->reviews = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
model_set_person (Model      *m,
                  gint64      id,
                  const char *name,
                  const char *title,
                  int         notes)
{
  Person *p = g_new0 (Person, 1);

  p->name = g_strdup (name);
  p->title = g_strdup (title);
  p->notes = notes;
  g_hash_table_replace (m->people, dup_id (id), p);
}

static gint64
parse_id (const char *text)
{
  gint64 id = g_ascii_strtoll (text, NULL, 10);

  g_assert_cmpint (id, >, 0);

  return id;
}

/* Running the writer */

static void
remove_database (const char *path)
{
  const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Starts the writer and kills it @delay_usec after it said "ready" (after
 * it started, with @from_spawn), or when it is still opening once the
 * delay has passed. Returns what it wrote, all of it. */
static char *
run_and_kill (const char *path,
              const char *tag,
              guint32     seed,
              gint64      delay_usec,
              gboolean    from_spawn,
              gint64     *ready_usec)
{
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  const char *argv[] = { writer_path, path, tag, seed_text, NULL };
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  GPid pid;
  int fd;
  int status;
  gint64 started;
  gint64 deadline;
  char buffer[4096];
  gssize n;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &fd, NULL, &error));
  g_assert_no_error (error);
  started = g_get_monotonic_time ();
  deadline = from_spawn ? started + delay_usec : -1;
  *ready_usec = -1;

  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gint64 now = g_get_monotonic_time ();
      int timeout;
      int ready;

      if (deadline >= 0 && now >= deadline)
        break;
      timeout = deadline < 0 ? 30000 : (int)((deadline - now + 999) / 1000);
      ready = poll (&pfd, 1, timeout);
      if (ready < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (ready, >=, 0);
      if (ready == 0)
        {
          if (deadline < 0)
            g_error ("The writer said nothing for 30 s: %s", out->str);
          continue;
        }

      n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        g_error ("The writer stopped by itself: %s", out->str);
      g_string_append_len (out, buffer, n);

      if (*ready_usec < 0 && strstr (out->str, "ready ") != NULL)
        {
          *ready_usec = g_get_monotonic_time () - started;
          if (deadline < 0)
            deadline = g_get_monotonic_time () + delay_usec;
        }
    }

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
  g_spawn_close_pid (pid);

  /* What it wrote before it died waits in the pipe. */
  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (out, buffer, n);
    }
  close (fd);

  return g_string_free (out, FALSE);
}

/* Checking the file */

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  return stmt;
}

static GHashTable *
load_ids (sqlite3    *db,
          const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s", table);
  sqlite3_stmt *stmt = prepare (db, sql);
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (ids, dup_id (sqlite3_column_int64 (stmt, 0)));
  sqlite3_finalize (stmt);

  return ids;
}

/* The row of the person called @name, or 0. */
static gint64
find_person (sqlite3     *db,
             const char  *name,
             char       **title,
             int         *notes)
{
  sqlite3_stmt *stmt = prepare (db, "SELECT id, title, length (coalesce (notes, '')) FROM person WHERE name = ?");
  gint64 id = 0;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (title != NULL)
        *title = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      if (notes != NULL)
        *notes = sqlite3_column_int (stmt, 2);
    }
  sqlite3_finalize (stmt);

  return id;
}

/* Invariants that hold for any state the writer can leave: whole bodies,
 * whole reviews, and history that agrees with the rows. */
static void
check_invariants (sqlite3 *db)
{
  const char * const tables[] = {
    "person", "body", "membership", "review", "review_item", "review_attendee", "minutes",
  };
  g_autofree char *integrity = steward_test_raw_text (db, "PRAGMA integrity_check");

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (steward_test_raw_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* A body is made with its two memberships and their people. */
  g_assert_cmpint (steward_test_raw_int (db,
    "SELECT count(*) FROM body b WHERE"
    " (SELECT count(*) FROM membership m WHERE m.body_id = b.id) != 2"
    " OR (SELECT count(*) FROM person p WHERE p.name LIKE 'member-' || b.name || '-%') != 2"),
    ==, 0);
  g_assert_cmpint (steward_test_raw_int (db,
    "SELECT count(*) FROM person p WHERE p.name LIKE 'member-%' AND NOT EXISTS"
    " (SELECT 1 FROM membership m WHERE m.person_id = p.id)"),
    ==, 0);

  /* A review is made with every item of the agenda, two attendees and
   * a draft of its minutes. */
  g_assert_cmpint (steward_test_raw_int (db,
    "SELECT count(*) FROM review r WHERE"
    " (SELECT count(*) FROM review_attendee a WHERE a.review_id = r.id) != 2"
    " OR (SELECT count(*) FROM minutes m WHERE m.review_id = r.id) != 1"
    " OR (SELECT count(*) FROM review_item i WHERE i.review_id = r.id) = 0"),
    ==, 0);
  g_assert_cmpint (steward_test_raw_int (db,
    "SELECT count(DISTINCT (SELECT count(*) FROM review_item i WHERE i.review_id = r.id))"
    " FROM review r"),
    <=, 1);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *missing = g_strdup_printf (
        "SELECT count(*) FROM %s x WHERE NOT EXISTS (SELECT 1 FROM history h"
        " WHERE h.table_name = '%s' AND h.row_id = x.id AND h.action = 'insert')",
        tables[i], tables[i]);
      g_autofree char *disagreeing = g_strdup_printf (
        "SELECT count(*) FROM (SELECT h.row_id, h.action FROM history h"
        "  WHERE h.table_name = '%s' AND h.id = (SELECT max (h2.id) FROM history h2"
        "   WHERE h2.table_name = '%s' AND h2.row_id = h.row_id)) l"
        " WHERE (l.action = 'delete') = EXISTS (SELECT 1 FROM %s x WHERE x.id = l.row_id)",
        tables[i], tables[i], tables[i]);

      /* Every row has the history of its insert, and the last history
       * of a row is a delete exactly when the row is gone. */
      g_assert_cmpint (steward_test_raw_int (db, missing), ==, 0);
      g_assert_cmpint (steward_test_raw_int (db, disagreeing), ==, 0);
    }

  /* The last history of a person holds its title as it is. */
  g_assert_cmpint (steward_test_raw_int (db,
    "SELECT count(*) FROM person p WHERE p.title IS NOT json_extract ("
    " (SELECT h.new_values FROM history h WHERE h.table_name = 'person' AND h.row_id = p.id"
    "  ORDER BY h.id DESC LIMIT 1), '$.title')"),
    ==, 0);
}

/* Every acknowledged write, with its values. */
static void
check_model (sqlite3 *db,
             Model   *m)
{
  g_autoptr(GHashTable) bodies = load_ids (db, "body");
  g_autoptr(GHashTable) reviews = load_ids (db, "review");
  sqlite3_stmt *stmt = prepare (db, "SELECT id, name, title, length (coalesce (notes, '')) FROM person");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Person *p = g_hash_table_lookup (m->people, &id);

      g_hash_table_add (seen, dup_id (id));
      if (p == NULL)
        continue;
      if (p->deleted)
        g_error ("Person %" G_GINT64_FORMAT " was deleted, and is there", id);
      g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 1), ==, p->name);
      if (p->title != NULL)
        {
          g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 2), ==, p->title);
          g_assert_cmpint (sqlite3_column_int (stmt, 3), ==, p->notes);
        }
    }
  sqlite3_finalize (stmt);

  g_hash_table_iter_init (&iter, m->people);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!((Person *)value)->deleted && !g_hash_table_contains (seen, key))
      g_error ("Person %" G_GINT64_FORMAT " (%s) was saved, and is gone",
               *(gint64 *)key, ((Person *)value)->name);

  g_hash_table_iter_init (&iter, m->bodies);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (bodies, key))
      g_error ("Body %" G_GINT64_FORMAT " was saved, and is gone", *(gint64 *)key);

  g_hash_table_iter_init (&iter, m->reviews);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (reviews, key))
      g_error ("Review %" G_GINT64_FORMAT " was saved, and is gone", *(gint64 *)key);
}

/* The write that had begun when the writer was killed: in the file whole,
 * or not at all. What is there joins the model. */
static void
settle_pending (sqlite3  *db,
                Model    *m,
                char    **words,
                Figures  *figures)
{
  gboolean applied = FALSE;

  if (g_strcmp0 (words[1], "person") == 0)
    {
      g_autofree char *title = NULL;
      int notes = -1;
      gint64 id = find_person (db, words[2], &title, &notes);

      if (id != 0)
        {
          g_assert_cmpstr (title, ==, words[3]);
          g_assert_cmpint (notes, ==, atoi (words[4]));
          model_set_person (m, id, words[2], words[3], notes);
          applied = TRUE;
        }
    }
  else if (g_strcmp0 (words[1], "update") == 0)
    {
      gint64 id = parse_id (words[2]);
      Person *p = g_hash_table_lookup (m->people, &id);
      g_autofree char *title = NULL;

      g_assert_nonnull (p);
      g_assert_cmpint (find_person (db, p->name, &title, NULL), ==, id);
      if (g_strcmp0 (title, words[3]) == 0)
        {
          g_free (p->title);
          p->title = g_strdup (words[3]);
          applied = TRUE;
        }
      else
        g_assert_cmpstr (title, ==, p->title);
    }
  else if (g_strcmp0 (words[1], "delete") == 0)
    {
      gint64 id = parse_id (words[2]);
      Person *p = g_hash_table_lookup (m->people, &id);

      g_assert_nonnull (p);
      if (find_person (db, p->name, NULL, NULL) == 0)
        {
          p->deleted = TRUE;
          applied = TRUE;
        }
    }
  else if (g_strcmp0 (words[1], "body") == 0)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (id), 0) FROM body WHERE name = '%s'", words[2]);
      gint64 body_id = steward_test_raw_int (db, sql);

      /* Whole: check_invariants() counts its memberships and people. */
      applied = body_id != 0;
      if (applied)
        {
          g_hash_table_add (m->bodies, dup_id (body_id));
          for (guint k = 0; k < 2; k++)
            {
              g_autofree char *name = g_strdup_printf ("member-%s-%u", words[2], k);
              gint64 id = find_person (db, name, NULL, NULL);

              g_assert_cmpint (id, >, 0);
              model_set_person (m, id, name, NULL, 0);
            }
        }
    }
  else if (g_strcmp0 (words[1], "review") == 0)
    {
      /* Whole or absent is checked by check_invariants() for every review. */
      return;
    }
  else
    g_error ("Unknown write “%s”", words[1]);

  if (applied)
    figures->pending_applied++;
  else
    figures->pending_absent++;
}

/* Reads the writer's lines into the model; returns the phase of the kill
 * and the writes acknowledged. */
static Phase
read_lines (const char  *out,
            Model       *m,
            const char  *journal_mode,
            char      ***pending,
            guint       *acknowledged)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_lines = g_strv_length (lines);
  Phase phase = PHASE_OPEN;

  *pending = NULL;
  *acknowledged = 0;

  /* The last piece has no newline: a line not written whole. */
  for (guint i = 0; i + 1 < n_lines; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);

      if (g_strcmp0 (words[0], "start") == 0)
        phase = PHASE_OPEN;
      else if (g_strcmp0 (words[0], "ready") == 0)
        {
          g_assert_cmpstr (words[1], ==, journal_mode);
          phase = PHASE_IDLE;
        }
      else if (g_strcmp0 (words[0], "begin") == 0)
        {
          gboolean multi = g_strcmp0 (words[1], "body") == 0 || g_strcmp0 (words[1], "review") == 0;

          /* A review may make the body it needs first: that one is
           * acknowledged on its own. */
          g_clear_pointer (pending, g_strfreev);
          *pending = g_steal_pointer (&words);
          phase = multi ? PHASE_TXN_START : PHASE_SINGLE;
        }
      else if (g_strcmp0 (words[0], "mid") == 0)
        phase = PHASE_TXN_MIDDLE;
      else if (g_strcmp0 (words[0], "commit") == 0)
        phase = PHASE_TXN_COMMIT;
      else if (g_strcmp0 (words[0], "ok") == 0)
        {
          if (g_strcmp0 (words[1], "person") == 0)
            model_set_person (m, parse_id (words[2]), words[3], words[4], atoi (words[5]));
          else if (g_strcmp0 (words[1], "update") == 0)
            {
              gint64 id = parse_id (words[2]);
              Person *p = g_hash_table_lookup (m->people, &id);

              g_assert_nonnull (p);
              g_free (p->title);
              p->title = g_strdup (words[3]);
            }
          else if (g_strcmp0 (words[1], "delete") == 0)
            {
              gint64 id = parse_id (words[2]);
              Person *p = g_hash_table_lookup (m->people, &id);

              g_assert_nonnull (p);
              p->deleted = TRUE;
            }
          else if (g_strcmp0 (words[1], "body") == 0)
            {
              g_hash_table_add (m->bodies, dup_id (parse_id (words[2])));
              for (guint k = 0; k < 2; k++)
                {
                  g_autofree char *name = g_strdup_printf ("member-%s-%u", words[7], k);

                  model_set_person (m, parse_id (words[3 + k]), name, NULL, 0);
                }
            }
          else if (g_strcmp0 (words[1], "review") == 0)
            g_hash_table_add (m->reviews, dup_id (parse_id (words[2])));
          else
            g_error ("Unknown write “%s”", lines[i]);

          g_clear_pointer (pending, g_strfreev);
          (*acknowledged)++;
          phase = PHASE_IDLE;
        }
      else if (g_strcmp0 (words[0], "error") == 0)
        g_error ("The writer failed: %s", lines[i]);
      else
        g_error ("The writer said “%s”", lines[i]);
    }

  return phase;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

static guint
iterations (void)
{
  const char *text = g_getenv ("STEWARD_CRASH_ITERATIONS");

  return text != NULL && *text ? (guint)g_ascii_strtoull (text, NULL, 10) : 1000;
}

static void
run_crashes (gboolean network)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  const char *journal_mode = network ? "delete" : "wal";
  const char *seed_text = g_getenv ("STEWARD_CRASH_SEED");
  guint32 seed = seed_text != NULL ? (guint32)g_ascii_strtoull (seed_text, NULL, 10) : g_random_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  /* Half the kills in each mode. */
  guint n = (iterations () + !network) / 2;
  gint64 max_delay;
  Figures figures = { 0 };
  Model model = { 0 };
  gint64 started = g_get_monotonic_time ();
  gint64 fresh_ready = 60000;   /* spawn to "ready" on a new file, measured */
  guint file_number = 0;

  g_test_message ("%s: %u kills, seed %u (STEWARD_CRASH_SEED=%u replays it)",
                  journal_mode, n, seed, seed);
  if (network)
    g_setenv ("STEWARD_NETWORK_FS", "1", TRUE);
  else
    g_unsetenv ("STEWARD_NETWORK_FS");

  figures.reopen_usec = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* 0–40 ms of writing at most, or three writes' time where a write
   * takes longer (with the rollback journal, each commit syncs the
   * journal and the file): measured by letting the writer write 0.5 s. */
  {
    g_autofree char *calibration = g_strdup_printf ("%s/calibration.db", dir);
    g_autofree char *out = NULL;
    g_auto(GStrv) pending = NULL;
    gint64 ready_usec;
    guint acknowledged;

    model_reset (&model);
    out = run_and_kill (calibration, "c", seed, 500000, FALSE, &ready_usec);
    read_lines (out, &model, journal_mode, &pending, &acknowledged);
    max_delay = CLAMP (3 * 500000 / MAX (acknowledged, 1), 40000, 400000);
    g_test_message ("%s: %u writes in 0.5 s: kills up to %.0f ms after the open",
                    journal_mode, acknowledged, max_delay / 1e3);
    remove_database (calibration);
  }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *tag = g_strdup_printf ("%s%u", network ? "r" : "w", i);
      g_autofree char *out = NULL;
      g_auto(GStrv) pending = NULL;
      g_autoptr(StewardDatabase) db = NULL;
      g_autoptr(GError) error = NULL;
      gboolean fresh = path == NULL || g_rand_int_range (rand, 0, 25) == 0;
      gboolean from_spawn = fresh && g_rand_boolean (rand);
      gint64 delay;
      gint64 ready_usec;
      gint64 reopen;
      gint64 checking;
      guint acknowledged;
      Phase phase;
      sqlite3 *raw;

      if (fresh)
        {
          if (path != NULL)
            remove_database (path);
          g_free (path);
          path = g_strdup_printf ("%s/crash-%u.db", dir, file_number++);
          model_reset (&model);
          figures.fresh_files++;
        }

      /* Up to 40 ms of writing; on a new file sometimes from the start,
       * so that the kill lands while the schema is being made. */
      delay = from_spawn ? g_rand_int_range (rand, 0, (int)(fresh_ready * 6 / 5) + 1)
                         : g_rand_int_range (rand, 0, (int)max_delay + 1);
      out = run_and_kill (path, tag, g_rand_int (rand), delay, from_spawn, &ready_usec);
      if (fresh && ready_usec > 0)
        fresh_ready = (fresh_ready + ready_usec) / 2;

      phase = read_lines (out, &model, journal_mode, &pending, &acknowledged);
      figures.kills++;
      figures.by_phase[phase]++;
      figures.acknowledged += acknowledged;

      /* Steward opens it, rolling back or replaying the journal. */
      reopen = g_get_monotonic_time ();
      db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
      reopen = g_get_monotonic_time () - reopen;
      if (db == NULL)
        g_error ("Kill %u (%s): the file did not open: %s", i, phase_names[phase], error->message);
      g_assert_cmpstr (steward_database_get_journal_mode (db), ==, journal_mode);
      g_assert_true (steward_database_is_on_network (db) == network);
      g_array_append_val (figures.reopen_usec, reopen);
      steward_database_close (db);

      checking = g_get_monotonic_time ();
      raw = steward_test_raw_open (path, SQLITE_OPEN_READWRITE);
      if (pending != NULL)
        settle_pending (raw, &model, pending, &figures);
      check_invariants (raw);
      check_model (raw, &model);
      sqlite3_close (raw);
      figures.check_usec += g_get_monotonic_time () - checking;

      figures.integrity_ok++;
      figures.verified += acknowledged;
    }

  g_array_sort (figures.reopen_usec, compare_int64);
  g_test_message ("%s: %u kills (%u on new files), %.1f s in all",
                  journal_mode, figures.kills, figures.fresh_files,
                  (g_get_monotonic_time () - started) / 1e6);
  g_test_message ("  checking the files after the kills: %.1f s", figures.check_usec / 1e6);
  for (guint p = 0; p < N_PHASES; p++)
    g_test_message ("  killed at %-20s %u", phase_names[p], figures.by_phase[p]);
  g_test_message ("  writes acknowledged %u, verified after the kill %u", figures.acknowledged, figures.verified);
  g_test_message ("  writes under way at the kill: %u found whole, %u found absent (reviews checked whole by the invariants)",
                  figures.pending_applied, figures.pending_absent);
  g_test_message ("  integrity_check ok, foreign_key_check empty: %u of %u", figures.integrity_ok, figures.kills);
  if (figures.reopen_usec->len > 0)
    g_test_message ("  reopen after the kill: median %.2f ms, max %.2f ms",
                    g_array_index (figures.reopen_usec, gint64, figures.reopen_usec->len / 2) / 1e3,
                    g_array_index (figures.reopen_usec, gint64, figures.reopen_usec->len - 1) / 1e3);

  g_assert_cmpuint (figures.kills, ==, n);
  g_assert_cmpuint (figures.integrity_ok, ==, n);
  g_assert_cmpuint (figures.verified, ==, figures.acknowledged);
  /* The kills were spread: a run that never hit a transaction proves
   * little. */
  if (n >= 200)
    {
      g_assert_cmpuint (figures.acknowledged, >=, n / 4);
      g_assert_cmpuint (figures.by_phase[PHASE_OPEN], >, 0);
      g_assert_cmpuint (figures.by_phase[PHASE_SINGLE], >, 0);
      g_assert_cmpuint (figures.by_phase[PHASE_TXN_MIDDLE] + figures.by_phase[PHASE_TXN_COMMIT], >, 0);
    }

  g_unsetenv ("STEWARD_NETWORK_FS");
  g_clear_pointer (&model.people, g_hash_table_unref);
  g_clear_pointer (&model.bodies, g_hash_table_unref);
  g_clear_pointer (&model.reviews, g_hash_table_unref);
  g_array_unref (figures.reopen_usec);
  steward_test_remove_tree (dir);
}

static void
test_crash_wal (void)
{
  run_crashes (FALSE);
}

static void
test_crash_rollback_journal (void)
{
  run_crashes (TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  writer_path = g_getenv ("STEWARD_CRASH_WRITER");
  if (writer_path == NULL)
    g_error ("STEWARD_CRASH_WRITER names the writer program");

  g_test_add_func ("/crash/wal", test_crash_wal);
  g_test_add_func ("/crash/rollback-journal", test_crash_rollback_journal);

  return g_test_run ();
}
