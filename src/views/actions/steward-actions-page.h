/* steward-actions-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

#include "model/steward-action-item.h"
#include "steward-action-editor.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ACTIONS_PAGE (steward_actions_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardActionsPage, steward_actions_page, STEWARD, ACTIONS_PAGE, StewardPage)

GtkWidget           *steward_actions_page_new               (void);
GListModel          *steward_actions_page_get_visible_model (StewardActionsPage *self);
void                 steward_actions_page_set_search        (StewardActionsPage *self,
                                                             const char         *text);
guint                steward_actions_page_get_n_overdue     (StewardActionsPage *self);

StewardActionEditor *steward_actions_page_open_editor       (StewardActionsPage *self,
                                                             StewardActionItem  *action);
GtkWindow           *steward_actions_page_open_close_dialog (StewardActionsPage *self,
                                                             StewardActionItem  *action);
AdwToast            *steward_actions_page_delete_action     (StewardActionsPage *self,
                                                             StewardActionItem  *action);
gboolean             steward_actions_page_export            (StewardActionsPage *self,
                                                             const char         *path,
                                                             GError            **error);

G_END_DECLS
