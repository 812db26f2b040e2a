/* steward-communication-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-communication.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMMUNICATION_EDITOR (steward_communication_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardCommunicationEditor, steward_communication_editor, STEWARD, COMMUNICATION_EDITOR, AdwWindow)

StewardCommunicationEditor *steward_communication_editor_new               (StewardDatabase            *db,
                                                                            StewardCommunication       *communication,
                                                                            GListModel                 *people);
gboolean                    steward_communication_editor_save              (StewardCommunicationEditor *self);
StewardCommunication       *steward_communication_editor_get_communication (StewardCommunicationEditor *self);

G_END_DECLS
