/* steward-membership.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MEMBERSHIP (steward_membership_get_type ())

G_DECLARE_FINAL_TYPE (StewardMembership, steward_membership, STEWARD, MEMBERSHIP, StewardRecord)

StewardMembership *steward_membership_new               (gint64             person_id,
                                                         gint64             body_id,
                                                         StewardRole        role,
                                                         const GDate       *start_date);
gint64             steward_membership_get_person_id     (StewardMembership *self);
gint64             steward_membership_get_body_id       (StewardMembership *self);
StewardRole        steward_membership_get_role          (StewardMembership *self);
const char        *steward_membership_get_process_name  (StewardMembership *self);
GDate             *steward_membership_get_start_date    (StewardMembership *self);
GDate             *steward_membership_get_end_date      (StewardMembership *self);
const char        *steward_membership_get_decision_ref  (StewardMembership *self);
GDate             *steward_membership_get_decision_date (StewardMembership *self);
const char        *steward_membership_get_notes         (StewardMembership *self);
gboolean           steward_membership_is_active_on      (StewardMembership *self,
                                                         const GDate       *date);
gboolean           steward_membership_overlaps          (StewardMembership *self,
                                                         StewardMembership *other);

G_END_DECLS
