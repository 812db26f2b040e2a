/* steward-sample-data.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/steward-database.h"

G_BEGIN_DECLS

typedef enum
{
  STEWARD_SAMPLE_SMALL,
  STEWARD_SAMPLE_LARGE,
} StewardSampleSize;

/* The large sample's years, unless STEWARD_SAMPLE_YEARS says otherwise. */
#define STEWARD_SAMPLE_DEFAULT_YEARS 10

guint        steward_sample_data_get_years  (void);
gboolean     steward_sample_data_parse_size (const char         *text,
                                             StewardSampleSize  *size,
                                             GError            **error);
const char  *steward_sample_data_size_name  (StewardSampleSize   size);
gboolean     steward_sample_data_fill       (StewardDatabase    *db,
                                             StewardSampleSize   size,
                                             GError            **error);
char        *steward_sample_data_dup_size   (StewardDatabase    *db);

G_END_DECLS
