/* steward-measurement-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "logic/steward-objectives.h"
#include "model/steward-measurement.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MEASUREMENT_EDITOR (steward_measurement_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardMeasurementEditor, steward_measurement_editor, STEWARD, MEASUREMENT_EDITOR, AdwWindow)

StewardMeasurementEditor *steward_measurement_editor_new             (StewardDatabase          *db,
                                                                      StewardEvaluation        *evaluation,
                                                                      StewardMeasurement       *measurement,
                                                                      const GDate              *period,
                                                                      const char               *recorded_by);
gboolean                  steward_measurement_editor_save            (StewardMeasurementEditor *self);
StewardMeasurement       *steward_measurement_editor_get_measurement (StewardMeasurementEditor *self);

G_END_DECLS
