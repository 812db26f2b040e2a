/* steward-handover.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-follow-up-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_HANDOVER (steward_handover_get_type ())

G_DECLARE_FINAL_TYPE (StewardHandover, steward_handover, STEWARD, HANDOVER, StewardRecord)

GDate                *steward_handover_get_handed_on     (StewardHandover *self);
StewardHandoverReason steward_handover_get_reason        (StewardHandover *self);
const char           *steward_handover_get_from_party    (StewardHandover *self);
const char           *steward_handover_get_to_party      (StewardHandover *self);
const char           *steward_handover_get_authorised_by (StewardHandover *self);
GDate                *steward_handover_get_authorised_on (StewardHandover *self);
const char           *steward_handover_get_accepted_by   (StewardHandover *self);
GDate                *steward_handover_get_accepted_on   (StewardHandover *self);
const char           *steward_handover_get_notes         (StewardHandover *self);

G_END_DECLS
