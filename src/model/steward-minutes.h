/* steward-minutes.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-review-enums.h"
#include "steward-record.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MINUTES (steward_minutes_get_type ())

G_DECLARE_FINAL_TYPE (StewardMinutes, steward_minutes, STEWARD, MINUTES, StewardRecord)

gint64               steward_minutes_get_review_id       (StewardMinutes *self);
int                  steward_minutes_get_version         (StewardMinutes *self);
gint64               steward_minutes_get_replaces_id     (StewardMinutes *self);
StewardMinutesStatus steward_minutes_get_status          (StewardMinutes *self);
const char          *steward_minutes_get_document_number (StewardMinutes *self);
const char          *steward_minutes_get_reason          (StewardMinutes *self);
const char          *steward_minutes_get_issued_by       (StewardMinutes *self);
GDateTime           *steward_minutes_get_issued_at       (StewardMinutes *self);
const char          *steward_minutes_get_content         (StewardMinutes *self);
GBytes              *steward_minutes_get_pdf             (StewardMinutes *self);
const char          *steward_minutes_get_pdf_sha256      (StewardMinutes *self);

G_END_DECLS
