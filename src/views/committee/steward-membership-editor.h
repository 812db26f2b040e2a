/* steward-membership-editor.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-membership.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MEMBERSHIP_EDITOR (steward_membership_editor_get_type ())

G_DECLARE_FINAL_TYPE (StewardMembershipEditor, steward_membership_editor, STEWARD, MEMBERSHIP_EDITOR, AdwWindow)

StewardMembershipEditor *steward_membership_editor_new        (StewardDatabase         *db,
                                                               StewardMembership       *membership,
                                                               gint64                   body_id);
gboolean                 steward_membership_editor_save       (StewardMembershipEditor *self);
void                     steward_membership_editor_set_person (StewardMembershipEditor *self,
                                                               gint64                   person_id);
void                     steward_membership_editor_set_role   (StewardMembershipEditor *self,
                                                               StewardRole              role);

G_END_DECLS
