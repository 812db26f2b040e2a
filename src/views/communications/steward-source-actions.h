/* steward-source-actions.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-action-item.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_SOURCE_ACTIONS (steward_source_actions_get_type ())

G_DECLARE_FINAL_TYPE (StewardSourceActions, steward_source_actions, STEWARD, SOURCE_ACTIONS, AdwPreferencesGroup)

/* Saves the source, which is new, and returns its id; 0 when it cannot
 * be saved (the form then says why). */
typedef gint64 (*StewardSourceSaveFunc) (gpointer user_data);

GtkWidget         *steward_source_actions_new         (void);
void               steward_source_actions_set_save_func (StewardSourceActions *self,
                                                       StewardSourceSaveFunc save,
                                                       gpointer              user_data);
void               steward_source_actions_set_people  (StewardSourceActions *self,
                                                       GListModel           *people);
void               steward_source_actions_set_source  (StewardSourceActions *self,
                                                       StewardDatabase      *db,
                                                       StewardActionSource   kind,
                                                       gint64                source_id,
                                                       const char           *source_label);
GListModel        *steward_source_actions_get_actions (StewardSourceActions *self);
StewardActionItem *steward_source_actions_add         (StewardSourceActions *self);

/* How many actions each source of one kind has, and how many of them are
 * still open or in progress: for the columns of the sources' lists. */
typedef struct _StewardActionCounts StewardActionCounts;

StewardActionCounts *steward_action_counts_new    (StewardDatabase     *db,
                                                   StewardActionSource  kind);
void                 steward_action_counts_free   (StewardActionCounts *self);
void                 steward_action_counts_update (StewardActionCounts *self);
guint                steward_action_counts_get    (StewardActionCounts *self,
                                                   gint64               source_id,
                                                   guint               *n_active);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardActionCounts, steward_action_counts_free)

G_END_DECLS
