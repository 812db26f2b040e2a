/* steward-crash-writer.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program test-crash-safety kills: it opens a Steward database and
 * writes to it through the store, as the app does, until it is killed.
 * Each write is announced on stdout before it starts ("begin …"), inside a
 * transaction after its first row ("mid …") and just before the commit
 * ("commit …"), and acknowledged ("ok …") once the function that did it
 * returned TRUE. The lines are written with write(2), unbuffered, so that
 * what the harness reads after the kill is exactly what had happened.
 *
 * Usage: steward-crash-writer DATABASE TAG SEED
 */

#define G_LOG_DOMAIN "steward-crash-writer"

#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "logic/steward-review.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record.h"
#include "store/steward-database.h"

#define ID(record) steward_record_get_id (STEWARD_RECORD (record))

typedef struct
{
  StewardDatabase *db;
  GRand           *rand;
  const char      *tag;
  guint            serial;
  GArray          *solo_ids;     /* people made alone: updated and deleted */
  gint64           members[2];   /* the two members of the last body made */
} Writer;

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize length;
  gsize done = 0;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  length = strlen (line);
  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, line + done, length - done);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          _exit (3);
        }
      done += n;
    }
}

static G_NORETURN void
fail (const char *what,
      GError     *error)
{
  say ("error %s %s\n", what, error != NULL ? error->message : "");
  exit (2);
}

static gboolean
collect_solo_cb (StewardRecord *record,
                 gpointer       user_data)
{
  Writer *w = user_data;
  const char *name = steward_person_get_name (STEWARD_PERSON (record));
  gint64 id = ID (record);

  if (g_str_has_prefix (name, "solo-"))
    g_array_append_val (w->solo_ids, id);

  return TRUE;
}

/* One person alone: a name that says which run made it, a title, and
 * notes of a random length so that the file grows by pages at a time. */
static void
write_person (Writer *w)
{
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("solo-%s-%u", w->tag, w->serial);
  g_autofree char *title = g_strdup_printf ("t%u", g_rand_int (w->rand));
  guint notes_length = g_rand_int_range (w->rand, 0, 6000);
  g_autofree char *notes = g_strnfill (notes_length, 'n');
  gint64 id;

  g_object_set (person, "name", name, "title", title, "notes", notes, NULL);
  say ("begin person %s %s %u\n", name, title, notes_length);
  if (!steward_record_save (STEWARD_RECORD (person), w->db, &error))
    fail ("person", error);
  id = ID (person);
  g_array_append_val (w->solo_ids, id);
  say ("ok person %" G_GINT64_FORMAT " %s %s %u\n", id, name, title, notes_length);
}

static void
write_update (Writer *w)
{
  g_autoptr(StewardPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("u%u", g_rand_int (w->rand));
  gint64 id;

  if (w->solo_ids->len == 0)
    {
      write_person (w);
      return;
    }

  id = g_array_index (w->solo_ids, gint64, g_rand_int_range (w->rand, 0, w->solo_ids->len));
  person = steward_record_load (w->db, STEWARD_TYPE_PERSON, id, &error);
  if (person == NULL)
    fail ("load", error);

  g_object_set (person, "title", title, NULL);
  say ("begin update %" G_GINT64_FORMAT " %s\n", id, title);
  if (!steward_record_save (STEWARD_RECORD (person), w->db, &error))
    fail ("update", error);
  say ("ok update %" G_GINT64_FORMAT " %s\n", id, title);
}

static void
write_delete (Writer *w)
{
  g_autoptr(StewardPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  guint index;
  gint64 id;

  if (w->solo_ids->len == 0)
    {
      write_person (w);
      return;
    }

  index = g_rand_int_range (w->rand, 0, w->solo_ids->len);
  id = g_array_index (w->solo_ids, gint64, index);
  person = steward_record_load (w->db, STEWARD_TYPE_PERSON, id, &error);
  if (person == NULL)
    fail ("load", error);

  say ("begin delete %" G_GINT64_FORMAT "\n", id);
  if (!steward_record_delete (STEWARD_RECORD (person), w->db, &error))
    fail ("delete", error);
  g_array_remove_index_fast (w->solo_ids, index);
  say ("ok delete %" G_GINT64_FORMAT "\n", id);
}

/* A committee with two new members: five rows in one transaction. */
typedef struct
{
  Writer *w;
  const char *name;
  gint64 ids[5];   /* body, two people, two memberships */
} BodyData;

static gboolean
body_cb (StewardDatabase  *db,
         gpointer          user_data,
         GError          **error)
{
  BodyData *data = user_data;
  g_autoptr(StewardBody) body = steward_body_new (STEWARD_BODY_COMMITTEE, data->name);
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2000);

  if (!steward_record_save (STEWARD_RECORD (body), db, error))
    return FALSE;
  data->ids[0] = ID (body);
  say ("mid body %s\n", data->name);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(StewardPerson) person = steward_person_new ();
      g_autoptr(StewardMembership) membership = NULL;
      g_autofree char *name = g_strdup_printf ("member-%s-%u", data->name, i);

      g_object_set (person, "name", name, NULL);
      if (!steward_record_save (STEWARD_RECORD (person), db, error))
        return FALSE;
      membership = steward_membership_new (ID (person), ID (body),
                                           i == 0 ? STEWARD_ROLE_CONVENER : STEWARD_ROLE_MEMBER,
                                           start);
      if (!steward_record_save (STEWARD_RECORD (membership), db, error))
        return FALSE;
      data->ids[1 + i] = ID (person);
      data->ids[3 + i] = ID (membership);
    }

  say ("commit body %s\n", data->name);

  return TRUE;
}

static void
write_body (Writer *w)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("body-%s-%u", w->tag, w->serial);
  BodyData data = { w, name, { 0 } };

  say ("begin body %s\n", name);
  if (!steward_database_transaction (w->db, body_cb, &data, &error))
    fail ("body", error);
  w->members[0] = data.ids[1];
  w->members[1] = data.ids[2];
  say ("ok body %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
       " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s\n",
       data.ids[0], data.ids[1], data.ids[2], data.ids[3], data.ids[4], name);
}

/* A management review made by steward_review_create (the meeting, every
 * agenda item, two attendees and a draft of the minutes), nested in a
 * transaction of the writer's own so that the kill can be told where. */
typedef struct
{
  Writer *w;
  StewardReview *review;
} ReviewData;

static gboolean
review_cb (StewardDatabase  *db,
           gpointer          user_data,
           GError          **error)
{
  ReviewData *data = user_data;
  g_autoptr(GArray) person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_vals (person_ids, data->w->members, 2);
  say ("mid review\n");
  if (!steward_review_create (db, data->review, NULL, 0, person_ids, NULL, error))
    return FALSE;
  say ("commit review\n");

  return TRUE;
}

static void
write_review (Writer *w)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (8 * 3600);
  g_autoptr(GDateTime) starts = g_date_time_new (zone, g_rand_int_range (w->rand, 2015, 2035),
                                                 g_rand_int_range (w->rand, 1, 13),
                                                 g_rand_int_range (w->rand, 1, 29), 14, 0, 0);
  g_autoptr(StewardReview) review = NULL;
  ReviewData data;

  if (w->members[0] == 0)
    write_body (w);

  review = g_object_new (STEWARD_TYPE_REVIEW,
                         "kind", STEWARD_REVIEW_REGULAR,
                         "title", "管理審查會議",
                         "starts-at", starts,
                         "place", "第一會議室",
                         "chair-id", w->members[0],
                         "secretary-id", w->members[1],
                         NULL);
  data.w = w;
  data.review = review;
  say ("begin review\n");
  if (!steward_database_transaction (w->db, review_cb, &data, &error))
    fail ("review", error);
  say ("ok review %" G_GINT64_FORMAT "\n", ID (review));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Writer w = { 0 };

  if (argc != 4)
    {
      g_printerr ("Usage: %s DATABASE TAG SEED\n", argv[0]);
      return 1;
    }

  say ("start\n");
  w.db = steward_database_open (argv[1], STEWARD_DATABASE_OPEN_DEFAULT, &error);
  if (w.db == NULL)
    fail ("open", error);
  say ("ready %s\n", steward_database_get_journal_mode (w.db));

  w.rand = g_rand_new_with_seed ((guint32)g_ascii_strtoull (argv[3], NULL, 10));
  w.tag = argv[2];
  w.solo_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!steward_record_load_each (w.db, STEWARD_TYPE_PERSON, NULL, collect_solo_cb, &w, &error))
    fail ("load", error);

  for (w.serial = 0; ; w.serial++)
    {
      int kind = g_rand_int_range (w.rand, 0, 100);

      if (kind < 35)
        write_person (&w);
      else if (kind < 55)
        write_update (&w);
      else if (kind < 65)
        write_delete (&w);
      else if (kind < 85)
        write_body (&w);
      else
        write_review (&w);
    }

  return 0;
}
