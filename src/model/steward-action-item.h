/* steward-action-item.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ACTION_ITEM (steward_action_item_get_type ())

G_DECLARE_FINAL_TYPE (StewardActionItem, steward_action_item, STEWARD, ACTION_ITEM, StewardRecord)

const char          *steward_action_item_get_title           (StewardActionItem *self);
gint64               steward_action_item_get_owner_id        (StewardActionItem *self);
GDate               *steward_action_item_get_created_on      (StewardActionItem *self);
GDate               *steward_action_item_get_due_date        (StewardActionItem *self);
StewardActionStatus  steward_action_item_get_status          (StewardActionItem *self);
StewardActionSource  steward_action_item_get_source_kind     (StewardActionItem *self);
gint64               steward_action_item_get_source_id       (StewardActionItem *self);
const char          *steward_action_item_get_source_label    (StewardActionItem *self);
GDate               *steward_action_item_get_done_on         (StewardActionItem *self);
StewardEffectiveness steward_action_item_get_effectiveness   (StewardActionItem *self);
const char          *steward_action_item_get_evaluated_by    (StewardActionItem *self);
GDate               *steward_action_item_get_evaluated_on    (StewardActionItem *self);
const char          *steward_action_item_get_evaluation_note (StewardActionItem *self);
const char          *steward_action_item_get_notes           (StewardActionItem *self);

G_END_DECLS
