/* steward-roster.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-enums.h"
#include "model/steward-membership.h"

G_BEGIN_DECLS

/* One line of the roster (資訊安全組織成員表, 5.3.7): a role held in a
 * body, with the person's details. Made from the records, never stored but
 * in the snapshot of a review. */
#define STEWARD_TYPE_ROSTER_ENTRY (steward_roster_entry_get_type ())

G_DECLARE_FINAL_TYPE (StewardRosterEntry, steward_roster_entry, STEWARD, ROSTER_ENTRY, GObject)

typedef enum
{
  STEWARD_ROSTER_FIELD_BODY,
  STEWARD_ROSTER_FIELD_ROLE,
  STEWARD_ROSTER_FIELD_NAME,
  STEWARD_ROSTER_FIELD_UNIT,
  STEWARD_ROSTER_FIELD_TITLE,
  STEWARD_ROSTER_FIELD_PHONE,
  STEWARD_ROSTER_FIELD_EXTENSION,
  STEWARD_ROSTER_FIELD_EMAIL,
  STEWARD_ROSTER_N_FIELDS,
} StewardRosterField;

const char  *steward_roster_field_get_title        (StewardRosterField  field);
const char  *steward_roster_field_get_key          (StewardRosterField  field);
const char  *steward_roster_entry_get_field        (StewardRosterEntry *self,
                                                    StewardRosterField  field);
gint64       steward_roster_entry_get_body_id      (StewardRosterEntry *self);
gint64       steward_roster_entry_get_person_id    (StewardRosterEntry *self);
StewardRole  steward_roster_entry_get_role         (StewardRosterEntry *self);

GListModel  *steward_roster_build                  (GListModel         *bodies,
                                                    GListModel         *people,
                                                    GListModel         *memberships,
                                                    const GDate        *as_of);
char        *steward_roster_to_json                (GListModel         *roster);
GListModel  *steward_roster_new_from_json          (const char         *json,
                                                    GError            **error);

gboolean     steward_roster_review_is_due          (GListModel         *reviews,
                                                    const GDate        *today,
                                                    GDate             **last_review);
GPtrArray   *steward_roster_bodies_without_lead    (GListModel         *bodies,
                                                    GListModel         *memberships,
                                                    const GDate        *today);
void         steward_membership_check_conflicts    (StewardMembership  *membership,
                                                    GListModel         *memberships,
                                                    GPtrArray          *problems);
guint        steward_person_count_memberships      (GListModel         *memberships,
                                                    gint64              person_id);

G_END_DECLS
