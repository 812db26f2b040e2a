/* steward-contact.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-context-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CONTACT (steward_contact_get_type ())

G_DECLARE_FINAL_TYPE (StewardContact, steward_contact, STEWARD, CONTACT, StewardRecord)

const char           *steward_contact_get_organization (StewardContact *self);
const char           *steward_contact_get_unit         (StewardContact *self);
const char           *steward_contact_get_person       (StewardContact *self);
const char           *steward_contact_get_role         (StewardContact *self);
const char           *steward_contact_get_phone        (StewardContact *self);
const char           *steward_contact_get_email        (StewardContact *self);
const char           *steward_contact_get_address      (StewardContact *self);
StewardContactPurpose steward_contact_get_purpose      (StewardContact *self);
GDate                *steward_contact_get_verified_on  (StewardContact *self);
const char           *steward_contact_get_notes        (StewardContact *self);

gboolean              steward_contact_phone_is_valid   (const char     *phone);
gboolean              steward_contact_email_is_valid   (const char     *email);

G_END_DECLS
