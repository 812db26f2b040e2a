/* steward-close-action-dialog.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-action-item.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CLOSE_ACTION_DIALOG (steward_close_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StewardCloseActionDialog, steward_close_action_dialog, STEWARD, CLOSE_ACTION_DIALOG, AdwWindow)

StewardCloseActionDialog *steward_close_action_dialog_new   (StewardDatabase          *db,
                                                             StewardActionItem        *action);
gboolean                  steward_close_action_dialog_close (StewardCloseActionDialog *self);

G_END_DECLS
