/* steward-body.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_BODY (steward_body_get_type ())

G_DECLARE_FINAL_TYPE (StewardBody, steward_body, STEWARD, BODY, StewardRecord)

StewardBody     *steward_body_new              (StewardBodyKind  kind,
                                                const char      *name);
StewardBodyKind  steward_body_get_kind         (StewardBody     *self);
const char      *steward_body_get_name         (StewardBody     *self);
gint64           steward_body_get_parent_id    (StewardBody     *self);
const char      *steward_body_get_appointed_by (StewardBody     *self);
int              steward_body_get_position     (StewardBody     *self);
const char      *steward_body_get_description  (StewardBody     *self);
GDate           *steward_body_get_retired_on   (StewardBody     *self);

G_END_DECLS
