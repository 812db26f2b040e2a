/* steward-date.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

int    steward_date_roc_year          (int              gregorian_year);
char  *steward_date_format            (const GDate     *date,
                                       StewardCalendar  calendar);
char  *steward_date_time_format       (GDateTime       *date_time,
                                       StewardCalendar  calendar);
GDate *steward_date_parse             (const char      *text);
GDate *steward_date_new_today         (void);
/* Taiwan's time zone (Asia/Taipei), or its fixed UTC+8 offset where the
 * time zone database is missing. */
GTimeZone *steward_date_new_taipei_zone (void);

G_END_DECLS
