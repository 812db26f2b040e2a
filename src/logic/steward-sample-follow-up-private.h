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

/* What the small sample (steward-sample-follow-up.c) and the large one
 * (steward-sample-follow-up-large.c) share. */

GDate    *steward_sample_day                 (const GDate          *today,
                                              int                   offset);
gint64    steward_sample_person_id           (StewardPerson        *person);
gboolean  steward_sample_save                (gpointer              record,
                                              StewardDatabase      *db,
                                              GError              **error);
gboolean  steward_sample_follow_up_fill_large (StewardDatabase     *db,
                                               const GDate         *today,
                                               GPtrArray           *people,
                                               GError             **error);

G_END_DECLS
