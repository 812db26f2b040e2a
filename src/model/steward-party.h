/* steward-party.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PARTY (steward_party_get_type ())

G_DECLARE_FINAL_TYPE (StewardParty, steward_party, STEWARD, PARTY, StewardRecord)

const char      *steward_party_get_name  (StewardParty *self);
StewardScope     steward_party_get_scope (StewardParty *self);
StewardPartyKind steward_party_get_kind  (StewardParty *self);
const char      *steward_party_get_notes (StewardParty *self);

G_END_DECLS
