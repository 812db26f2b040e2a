/* steward-formats-module.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "steward-formats.h"

/* The formats module's one exported symbol (STEWARD_FILE_WRITERS_SYMBOL):
 * everything else in the module is hidden. */

static const StewardFileWriters writers = {
  .size = sizeof (StewardFileWriters),
  .roster_xlsx = steward_roster_write_xlsx,
  .register_xlsx = steward_register_write_xlsx,
  .measurement_table_xlsx = steward_measurement_table_write_xlsx,
  .context_form_xlsx = steward_context_form_write_xlsx,
  .notice_dup_ics = steward_notice_dup_ics,
  .minutes_write_odt = steward_minutes_write_odt,
};

G_MODULE_EXPORT const StewardFileWriters *steward_formats_get_writers (void);

G_MODULE_EXPORT const StewardFileWriters *
steward_formats_get_writers (void)
{
  return &writers;
}
