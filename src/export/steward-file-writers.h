/* steward-file-writers.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "steward-export-util.h"
#include "steward-notice-export.h"

G_BEGIN_DECLS

/* The formats that need a library of their own: XLSX (libxlsxwriter, with
 * OpenSSL), ICS (libical, with ICU) and ODT (libgsf, with libxml2). Their
 * writers are in a module of their own (src/export/formats), loaded on
 * the first export that needs one: start-up does not load those libraries
 * nor read them from the disk. CSV and PDF need none and are written by
 * the program itself.
 *
 * Each XLSX writer takes the data the export that calls it gathered, as
 * its private header declares it. */
typedef struct
{
  gsize                   size;  /* sizeof (StewardFileWriters): the module matches the program */

  StewardExportWriteFunc  roster_xlsx;             /* StewardRosterExport */
  StewardExportWriteFunc  register_xlsx;           /* StewardRegisterExport */
  StewardExportWriteFunc  measurement_table_xlsx;  /* StewardMeasurementTableExport */
  StewardExportWriteFunc  context_form_xlsx;       /* StewardContextForm */

  /* (transfer full): the invitation as iCalendar text; @agenda is its
   * description. */
  char                 *(*notice_dup_ics)    (const StewardNotice  *notice,
                                              const char           *uid,
                                              const char           *agenda);
  gboolean              (*minutes_write_odt) (JsonObject           *content,
                                              const char           *tmp_path,
                                              const char           *display_name,
                                              GError              **error);
} StewardFileWriters;

/* The module's one entry point. */
#define STEWARD_FILE_WRITERS_SYMBOL "steward_formats_get_writers"
typedef const StewardFileWriters *(*StewardFileWritersGetFunc) (void);

/* Loads the module the first time (STEWARD_FORMATS_MODULE in the
 * environment names another file, for the build tree). Returns NULL with
 * @error set when it cannot be loaded. Thread-safe. */
const StewardFileWriters *steward_file_writers_get (GError **error);

G_END_DECLS
