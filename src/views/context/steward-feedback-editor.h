/* steward-feedback-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-party-feedback.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_FEEDBACK_EDITOR (steward_feedback_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardFeedbackEditor, steward_feedback_editor, STEWARD, FEEDBACK_EDITOR, AdwWindow)

StewardFeedbackEditor *steward_feedback_editor_new          (StewardDatabase       *db,
                                                             gint64                 party_id,
                                                             StewardPartyFeedback  *feedback);
gboolean               steward_feedback_editor_save         (StewardFeedbackEditor *self);
StewardPartyFeedback  *steward_feedback_editor_get_feedback (StewardFeedbackEditor *self);

G_END_DECLS
