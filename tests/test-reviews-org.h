/* test-reviews-org.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the tests of the management review share: a small organization in
 * a temporary database, meetings made in it, and reading their records.
 */

#pragma once

#include <glib.h>

#include "logic/steward-review.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "steward-test-util.h"

#define ID(record) steward_record_get_id (STEWARD_RECORD (record))

/* A small organization: a committee of three, a team member outside the
 * committee, a former member, and someone not in the organization. */
typedef struct
{
  StewardTestDb *t;
  StewardDatabase *db;
  gint64 committee_id;
  gint64 team_id;
  gint64 convener;
  gint64 member;
  gint64 other_member;
  gint64 team_member;
  gint64 former;
  gint64 outsider;
} Org;

static inline void
save (StewardDatabase *db,
      gpointer         record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (record, db, &error));
  g_assert_no_error (error);
}

static inline gint64
add_person (StewardDatabase *db,
            const char      *name)
{
  g_autoptr(StewardPerson) person = g_object_new (STEWARD_TYPE_PERSON, "name", name, NULL);

  save (db, person);

  return ID (person);
}

static inline gint64
add_body (StewardDatabase *db,
          StewardBodyKind  kind,
          const char      *name,
          int              position)
{
  g_autoptr(StewardBody) body = g_object_new (STEWARD_TYPE_BODY, "kind", kind, "name", name,
                                              "position", position, NULL);

  save (db, body);

  return ID (body);
}

static inline void
add_membership (StewardDatabase *db,
                gint64           person_id,
                gint64           body_id,
                StewardRole      role,
                const GDate     *end)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2025);
  g_autoptr(StewardMembership) membership = steward_membership_new (person_id, body_id, role, start);

  if (end != NULL)
    g_object_set (membership, "end-date", end, NULL);
  save (db, membership);
}

static inline Org *
org_new (void)
{
  Org *org = g_new0 (Org, 1);
  g_autoptr(GDate) left = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);

  org->t = steward_test_db_new ();
  org->db = org->t->db;
  org->committee_id = add_body (org->db, STEWARD_BODY_COMMITTEE, "資訊安全委員會", 0);
  org->team_id = add_body (org->db, STEWARD_BODY_MANAGEMENT_TEAM, "資訊安全管理小組", 1);
  org->convener = add_person (org->db, "王大明");
  org->member = add_person (org->db, "李小華");
  org->other_member = add_person (org->db, "陳志強");
  org->team_member = add_person (org->db, "林美玲");
  org->former = add_person (org->db, "張舊員");
  org->outsider = add_person (org->db, "外部訪客");

  add_membership (org->db, org->convener, org->committee_id, STEWARD_ROLE_CONVENER, NULL);
  add_membership (org->db, org->member, org->committee_id, STEWARD_ROLE_MEMBER, NULL);
  add_membership (org->db, org->other_member, org->committee_id, STEWARD_ROLE_MEMBER, NULL);
  /* The convener also leads the team: one line for them, the committee's. */
  add_membership (org->db, org->convener, org->team_id, STEWARD_ROLE_MEMBER, NULL);
  add_membership (org->db, org->team_member, org->team_id, STEWARD_ROLE_MEMBER, NULL);
  add_membership (org->db, org->former, org->committee_id, STEWARD_ROLE_MEMBER, left);

  return org;
}

static inline void
org_free (Org *org)
{
  steward_test_db_free (org->t);
  g_free (org);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Org, org_free)

static inline GDateTime *
at (const char *iso)
{
  GDateTime *date_time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (date_time);

  return date_time;
}

static inline StewardReview *
new_review_at (StewardReviewKind  kind,
               GDateTime         *starts,
               gint64             chair,
               gint64             secretary)
{
  return g_object_new (STEWARD_TYPE_REVIEW,
                       "kind", kind,
                       "title", kind == STEWARD_REVIEW_REGULAR ? "管理審查會議" : "臨時會議",
                       "starts-at", starts,
                       "place", "第一會議室",
                       "chair-id", chair,
                       "secretary-id", secretary,
                       NULL);
}

/* An empty array of problems, freed as the records free theirs. */
static inline GPtrArray *
new_problems (void)
{
  g_autoptr(StewardPerson) any = g_object_new (STEWARD_TYPE_PERSON, "name", "x", NULL);
  GPtrArray *problems = steward_record_validate (STEWARD_RECORD (any));

  g_assert_cmpuint (problems->len, ==, 0);

  return problems;
}

/* A regular review of the committee on @iso, chaired by the convener. */
static inline StewardReview *
create_regular (Org        *org,
                const char *iso)
{
  g_autoptr(GDateTime) starts = at (iso);
  StewardReview *review = new_review_at (STEWARD_REVIEW_REGULAR, starts, org->convener, org->member);
  g_autoptr(GPtrArray) problems = new_problems ();
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_review_create (org->db, review, NULL, 0, NULL, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpint (ID (review), >, 0);

  return review;
}

static inline gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((StewardProblem *) g_ptr_array_index (problems, i))->property, property) == 0)
      return TRUE;

  return FALSE;
}

static inline GPtrArray *
load_of_review (StewardDatabase *db,
                GType            type,
                StewardReview   *review)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, ID (review));
  steward_query_order_by (query, "position", FALSE);
  steward_query_order_by (query, "id", FALSE);

  return steward_test_load_all (db, type, query);
}

static inline GListModel *
attendee_model (StewardDatabase *db,
                StewardReview   *review)
{
  g_autoptr(GPtrArray) attendees = load_of_review (db, STEWARD_TYPE_REVIEW_ATTENDEE, review);
  GListStore *store = g_list_store_new (STEWARD_TYPE_REVIEW_ATTENDEE);

  g_list_store_splice (store, 0, 0, attendees->pdata, attendees->len);

  return G_LIST_MODEL (store);
}
