/* steward-duty.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_DUTY (steward_duty_get_type ())

G_DECLARE_FINAL_TYPE (StewardDuty, steward_duty, STEWARD, DUTY, StewardRecord)

StewardDuty *steward_duty_new          (gint64       body_id,
                                        int          position,
                                        const char  *clause,
                                        const char  *text);
gint64       steward_duty_get_body_id  (StewardDuty *self);
int          steward_duty_get_position (StewardDuty *self);
const char  *steward_duty_get_clause   (StewardDuty *self);
const char  *steward_duty_get_text     (StewardDuty *self);

G_END_DECLS
