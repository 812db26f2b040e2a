/* steward-risk-result-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-risk-result.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_RISK_RESULT_EDITOR (steward_risk_result_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardRiskResultEditor, steward_risk_result_editor, STEWARD, RISK_RESULT_EDITOR, AdwWindow)

StewardRiskResultEditor *steward_risk_result_editor_new        (StewardDatabase         *db,
                                                                StewardRiskResult       *result);
gboolean                 steward_risk_result_editor_save       (StewardRiskResultEditor *self);
StewardRiskResult       *steward_risk_result_editor_get_result (StewardRiskResultEditor *self);

G_END_DECLS
