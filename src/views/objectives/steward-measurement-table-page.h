/* steward-measurement-table-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_MEASUREMENT_TABLE_PAGE (steward_measurement_table_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardMeasurementTablePage, steward_measurement_table_page, STEWARD, MEASUREMENT_TABLE_PAGE, StewardPage)

void steward_measurement_table_page_set_year (StewardMeasurementTablePage *self,
                                              int                          year);
int  steward_measurement_table_page_get_year (StewardMeasurementTablePage *self);

G_END_DECLS
