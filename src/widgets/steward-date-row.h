/* steward-date-row.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_DATE_ROW (steward_date_row_get_type ())

G_DECLARE_FINAL_TYPE (StewardDateRow, steward_date_row, STEWARD, DATE_ROW, AdwEntryRow)

GtkWidget *steward_date_row_new          (void);
GDate     *steward_date_row_get_date     (StewardDateRow  *self);
void       steward_date_row_set_date     (StewardDateRow  *self,
                                          const GDate     *date);
gboolean   steward_date_row_is_valid     (StewardDateRow  *self);
void       steward_date_row_set_calendar (StewardDateRow  *self,
                                          StewardCalendar  calendar);

G_END_DECLS
