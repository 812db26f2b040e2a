/* steward-person.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PERSON (steward_person_get_type ())

G_DECLARE_FINAL_TYPE (StewardPerson, steward_person, STEWARD, PERSON, StewardRecord)

StewardPerson *steward_person_new           (void);
const char    *steward_person_get_name      (StewardPerson *self);
const char    *steward_person_get_title     (StewardPerson *self);
const char    *steward_person_get_unit      (StewardPerson *self);
const char    *steward_person_get_phone     (StewardPerson *self);
const char    *steward_person_get_extension (StewardPerson *self);
const char    *steward_person_get_email     (StewardPerson *self);
const char    *steward_person_get_notes     (StewardPerson *self);
gboolean       steward_email_is_valid       (const char    *email);

G_END_DECLS
