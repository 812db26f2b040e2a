/* steward-party-stats.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PARTY_STATS (steward_party_stats_get_type ())

G_DECLARE_FINAL_TYPE (StewardPartyStats, steward_party_stats, STEWARD, PARTY_STATS, GObject)

StewardPartyStats *steward_party_stats_new                  (StewardDatabase   *db);
guint              steward_party_stats_get_n_in_force       (StewardPartyStats *self,
                                                             gint64             party_id);
guint              steward_party_stats_get_n_unanswered     (StewardPartyStats *self,
                                                             gint64             party_id);
guint              steward_party_stats_get_total_unanswered (StewardPartyStats *self);
const GDate       *steward_party_stats_get_latest_feedback  (StewardPartyStats *self,
                                                             gint64             party_id);
const char        *steward_party_stats_get_text             (StewardPartyStats *self,
                                                             gint64             party_id);
void               steward_party_stats_add_records          (StewardPartyStats *self,
                                                             gint64             party_id,
                                                             GPtrArray         *records);

G_END_DECLS
