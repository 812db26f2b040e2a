/* steward-action-progress.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ACTION_PROGRESS (steward_action_progress_get_type ())

G_DECLARE_FINAL_TYPE (StewardActionProgress, steward_action_progress, STEWARD, ACTION_PROGRESS, StewardRecord)

gint64      steward_action_progress_get_action_id (StewardActionProgress *self);
GDate      *steward_action_progress_get_noted_on  (StewardActionProgress *self);
const char *steward_action_progress_get_note      (StewardActionProgress *self);
const char *steward_action_progress_get_noted_by  (StewardActionProgress *self);

G_END_DECLS
