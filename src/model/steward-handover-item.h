/* steward-handover-item.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_HANDOVER_ITEM (steward_handover_item_get_type ())

G_DECLARE_FINAL_TYPE (StewardHandoverItem, steward_handover_item, STEWARD, HANDOVER_ITEM, StewardRecord)

gint64      steward_handover_item_get_handover_id  (StewardHandoverItem *self);
const char *steward_handover_item_get_name         (StewardHandoverItem *self);
const char *steward_handover_item_get_asset_number (StewardHandoverItem *self);
const char *steward_handover_item_get_serial       (StewardHandoverItem *self);

G_END_DECLS
