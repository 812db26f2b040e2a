/* steward-review-attendance.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-roster.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "steward-review.h"

/* Who is invited to a management review and who came (5.4, 5.7.1.2):
 * the invitation is taken from the roster of the meeting's day, and the
 * quorum is more than half of those invited. */

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_list_store_append (user_data, record);

  return TRUE;
}

static GListStore *
load_store (StewardDatabase  *db,
            GType             type,
            GError          **error)
{
  g_autoptr(GListStore) store = g_list_store_new (type);
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (db, type, query, collect_cb, store, error))
    return NULL;

  return g_steal_pointer (&store);
}

/* The roster of @day, and which of its bodies are the committee. */
static GListModel *
build_roster (StewardDatabase  *db,
              const GDate      *day,
              GHashTable      **committees,
              GError          **error)
{
  g_autoptr(GListStore) bodies = NULL;
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GListStore) memberships = NULL;

  if ((bodies = load_store (db, STEWARD_TYPE_BODY, error)) == NULL ||
      (people = load_store (db, STEWARD_TYPE_PERSON, error)) == NULL ||
      (memberships = load_store (db, STEWARD_TYPE_MEMBERSHIP, error)) == NULL)
    return NULL;

  if (committees != NULL)
    {
      *committees = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (bodies)); i++)
        {
          g_autoptr(StewardBody) body = g_list_model_get_item (G_LIST_MODEL (bodies), i);

          if (steward_body_get_kind (body) == STEWARD_BODY_COMMITTEE)
            g_hash_table_add (*committees, g_memdup2 (&(gint64) { steward_record_get_id (STEWARD_RECORD (body)) },
                                                      sizeof (gint64)));
        }
    }

  return steward_roster_build (G_LIST_MODEL (bodies), G_LIST_MODEL (people), G_LIST_MODEL (memberships), day);
}

static gboolean
is_committee (GHashTable         *committees,
              StewardRosterEntry *entry)
{
  gint64 body_id = steward_roster_entry_get_body_id (entry);

  return g_hash_table_contains (committees, &body_id);
}

/* A person's line of the roster as the minutes name them: their role in
 * the committee when they have one, else their first role elsewhere. */
static StewardRosterEntry *
find_entry (GListModel *roster,
            GHashTable *committees,
            gint64      person_id)
{
  StewardRosterEntry *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (roster, i);

      if (steward_roster_entry_get_person_id (entry) != person_id)
        continue;
      if (is_committee (committees, entry))
        return entry;
      if (found == NULL)
        found = entry;
    }

  return found;
}

static char *
dup_role_label (GHashTable         *committees,
                StewardRosterEntry *entry)
{
  const char *role = steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_ROLE);

  if (is_committee (committees, entry))
    return g_strdup (role);

  /* TRANSLATORS: a role, then the body it is held in (or the business
   * process it owns) */
  return g_strdup_printf (_("%s (%s)"), role,
                          steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_BODY));
}

/**
 * steward_review_list_candidates:
 * @day: the meeting's day
 *
 * Everyone on the roster on @day, once each, in the roster's order: the
 * line of their committee role when they have one, else of their first
 * role.
 *
 * Returns: (transfer full) (nullable): a list of #StewardRosterEntry, or
 *   %NULL with @error set
 */
GListModel *
steward_review_list_candidates (StewardDatabase  *db,
                                const GDate      *day,
                                GError          **error)
{
  g_autoptr(GHashTable) committees = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GListModel) roster = NULL;
  GListStore *store;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  roster = build_roster (db, day, &committees, error);
  if (roster == NULL)
    return NULL;

  store = g_list_store_new (STEWARD_TYPE_ROSTER_ENTRY);
  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (roster, i);
      gint64 person_id = steward_roster_entry_get_person_id (entry);

      if (g_hash_table_contains (seen, &person_id))
        continue;

      g_hash_table_add (seen, g_memdup2 (&person_id, sizeof person_id));
      g_list_store_append (store, find_entry (roster, committees, person_id));
    }

  return G_LIST_MODEL (store);
}

/**
 * steward_review_default_attendees:
 * @day: the meeting's day
 *
 * The members of the committee on @day, in the roster's order (the
 * convener first): whom a meeting invites unless the secretary says
 * otherwise.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the person
 *   ids, or %NULL with @error set
 */
GArray *
steward_review_default_attendees (StewardDatabase  *db,
                                  const GDate      *day,
                                  GError          **error)
{
  g_autoptr(GHashTable) committees = NULL;
  g_autoptr(GListModel) roster = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  roster = build_roster (db, day, &committees, error);
  if (roster == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (roster, i);
      gint64 person_id = steward_roster_entry_get_person_id (entry);
      gboolean known = FALSE;

      if (!is_committee (committees, entry))
        continue;

      for (guint j = 0; j < ids->len && !known; j++)
        known = g_array_index (ids, gint64, j) == person_id;
      if (!known)
        g_array_append_val (ids, person_id);
    }

  return g_steal_pointer (&ids);
}

static gboolean
collect_attendee_cb (StewardRecord *record,
                     gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

static gboolean
add_problem (GPtrArray   *problems,
             const char  *property,
             const char  *message,
             GError     **error)
{
  if (problems != NULL)
    steward_record_add_problem (problems, property, message);
  g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID, message);

  return FALSE;
}

static gboolean
check_unlocked (StewardDatabase  *db,
                StewardReview    *review,
                GError          **error)
{
  if (!steward_review_is_locked (db, steward_record_get_id (STEWARD_RECORD (review))))
    return TRUE;

  g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY,
                       _("These minutes are issued; start a correction to change them."));
  return FALSE;
}

/**
 * steward_review_add_attendee:
 * @review: a saved meeting
 * @person_id: someone on the roster on the meeting's day
 * @problems: (nullable) (element-type StewardProblem): gets, on
 *   "person-id", why the person cannot be added
 *
 * Invites @person_id to @review, after those already invited, with the
 * role the roster gives them on the meeting's day; present until the
 * secretary says otherwise.
 *
 * Returns: (transfer full) (nullable): the saved attendee, or %NULL with
 *   @error set (%STEWARD_RECORD_ERROR_INVALID with the problem's message;
 *   %STEWARD_RECORD_ERROR_READ_ONLY when the minutes are issued)
 */
StewardReviewAttendee *
steward_review_add_attendee (StewardDatabase  *db,
                             StewardReview    *review,
                             gint64            person_id,
                             GPtrArray        *problems,
                             GError          **error)
{
  g_autoptr(GHashTable) committees = NULL;
  g_autoptr(GListModel) roster = NULL;
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardReviewAttendee) attendee = NULL;
  g_autoptr(GDate) day = NULL;
  g_autofree char *role = NULL;
  StewardRosterEntry *entry;
  GDateTime *starts;
  gint64 review_id;
  int position = 0;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  review_id = steward_record_get_id (STEWARD_RECORD (review));
  starts = steward_review_get_starts_at (review);
  g_return_val_if_fail (review_id > 0 && starts != NULL, NULL);

  if (!check_unlocked (db, review, error))
    return NULL;

  day = g_date_new_dmy (g_date_time_get_day_of_month (starts), g_date_time_get_month (starts),
                        g_date_time_get_year (starts));
  roster = build_roster (db, day, &committees, error);
  if (roster == NULL)
    return NULL;

  entry = find_entry (roster, committees, person_id);
  if (entry == NULL)
    {
      g_autoptr(StewardPerson) person = steward_record_load (db, STEWARD_TYPE_PERSON, person_id, NULL);
      g_autofree char *message = NULL;

      if (person != NULL)
        /* TRANSLATORS: the name of a person */
        message = g_strdup_printf (_("%s is not on the roster on the day of the meeting: only members of "
                                     "the organization can attend."),
                                   steward_person_get_name (person));
      else
        message = g_strdup (_("This person is not on the roster on the day of the meeting: only members "
                              "of the organization can attend."));

      add_problem (problems, "person-id", message, error);
      return NULL;
    }

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  if (!steward_record_load_each (db, STEWARD_TYPE_REVIEW_ATTENDEE, query, collect_attendee_cb, attendees, error))
    return NULL;

  for (guint i = 0; i < attendees->len; i++)
    {
      StewardReviewAttendee *other = g_ptr_array_index (attendees, i);

      if (steward_review_attendee_get_person_id (other) == person_id)
        {
          g_autofree char *message = NULL;

          /* TRANSLATORS: the name of a person */
          message = g_strdup_printf (_("%s is already among the attendees."),
                                     steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME));
          add_problem (problems, "person-id", message, error);
          return NULL;
        }
      position = MAX (position, steward_review_attendee_get_position (other) + 1);
    }

  role = dup_role_label (committees, entry);
  attendee = g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE,
                           "review-id", review_id,
                           "person-id", person_id,
                           "position", position,
                           "role-label", role,
                           "attendance", STEWARD_ATTENDANCE_PRESENT,
                           NULL);
  if (!steward_record_save (STEWARD_RECORD (attendee), db, error))
    return NULL;

  return g_steal_pointer (&attendee);
}

/**
 * steward_review_get_quorum:
 * @attendees: the meeting's #StewardReviewAttendee records
 * @quorum: (out caller-allocates): how many were invited and came
 *
 * The quorum is more than half of those invited, present or represented.
 */
void
steward_review_get_quorum (GListModel    *attendees,
                           StewardQuorum *quorum)
{
  g_return_if_fail (G_IS_LIST_MODEL (attendees));
  g_return_if_fail (quorum != NULL);

  quorum->n_invited = g_list_model_get_n_items (attendees);
  quorum->n_present = 0;
  for (guint i = 0; i < quorum->n_invited; i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = g_list_model_get_item (attendees, i);
      StewardAttendance attendance = steward_review_attendee_get_attendance (attendee);

      if (attendance == STEWARD_ATTENDANCE_PRESENT || attendance == STEWARD_ATTENDANCE_REPRESENTED)
        quorum->n_present++;
    }

  quorum->n_needed = quorum->n_invited / 2 + 1;
  quorum->met = quorum->n_invited > 0 && quorum->n_present >= quorum->n_needed;
}
