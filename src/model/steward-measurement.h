/* steward-measurement.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MEASUREMENT (steward_measurement_get_type ())

G_DECLARE_FINAL_TYPE (StewardMeasurement, steward_measurement, STEWARD, MEASUREMENT, StewardRecord)

gint64      steward_measurement_get_objective_id (StewardMeasurement *self);
GDate      *steward_measurement_get_period_start (StewardMeasurement *self);
double      steward_measurement_get_value        (StewardMeasurement *self);
const char *steward_measurement_get_evidence     (StewardMeasurement *self);
const char *steward_measurement_get_recorded_by  (StewardMeasurement *self);
GDateTime  *steward_measurement_get_recorded_at  (StewardMeasurement *self);
const char *steward_measurement_get_notes        (StewardMeasurement *self);

G_END_DECLS
