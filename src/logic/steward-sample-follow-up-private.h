/* steward-sample-follow-up-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/steward-action-item.h"
#include "model/steward-person.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* What the parts of the sample follow-up share: the small sample
 * (steward-sample-follow-up.c, and its actions and hand-overs in
 * steward-sample-follow-up-actions.c) and the large one
 * (steward-sample-follow-up-large.c). */

/* Who is who in the small organization (steward-sample-data.c). */
enum
{
  DIRECTOR,         /* 主任, chairs the meetings */
  DEPUTY,           /* 副主任, the deputy director (協理) who approves media statements */
  SECRETARY,
  ADMIN_LEAD,
  ADMIN_STAFF,
  SYSTEM_LEAD,
  SYSTEM_ENGINEER,
  SYSTEM_ENGINEER_2,
  NETWORK_LEAD,
  NETWORK_ENGINEER,
  APP_LEAD,
  APP_ENGINEER,
  CISO,             /* 資訊安全組組長 */
  SECURITY_ENGINEER,
  SECURITY_ENGINEER_2,
  TRAINING_LEAD,    /* leads the internal audit team */
  TRAINING_STAFF,
  N_ROLES
};

/* The small sample as it is made: who is who, and the ids of the records
 * the actions come from. */
typedef struct
{
  StewardDatabase *db;
  const GDate     *today;
  StewardPerson   *who[N_ROLES];
  gint64           communications[18];
  gint64           meetings[4];
  gint64           findings[11];
  gint64           project_reviews[3];
} StewardSampleSmall;

GDate       *steward_sample_day                  (const GDate         *today,
                                                 int                  offset);
gint64       steward_sample_person_id            (StewardPerson       *person);
gboolean     steward_sample_save                 (gpointer             record,
                                                 StewardDatabase     *db,
                                                 GError             **error);
const char  *steward_sample_name_of              (StewardSampleSmall  *s,
                                                 guint                role);

/* steward-sample-follow-up-actions.c */
gboolean     steward_sample_fill_small_actions   (StewardSampleSmall  *s,
                                                 GError             **error);
gboolean     steward_sample_fill_small_handovers (StewardSampleSmall  *s,
                                                 GError             **error);

/* steward-sample-follow-up-large.c */
gboolean     steward_sample_follow_up_fill_large (StewardDatabase     *db,
                                                 const GDate         *today,
                                                 GPtrArray           *people,
                                                 GError             **error);

G_END_DECLS
