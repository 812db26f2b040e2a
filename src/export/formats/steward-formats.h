/* steward-formats.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "export/steward-file-writers.h"

G_BEGIN_DECLS

/* The writers of the formats module, which steward-formats-module.c hands
 * to the program as its StewardFileWriters. Their code calls the
 * program's own functions, which the program exports to the module. */

gboolean  steward_roster_write_xlsx            (const char           *tmp_path,
                                                const char           *display_name,
                                                gpointer              user_data,
                                                GError              **error);
gboolean  steward_register_write_xlsx          (const char           *tmp_path,
                                                const char           *display_name,
                                                gpointer              user_data,
                                                GError              **error);
gboolean  steward_measurement_table_write_xlsx (const char           *tmp_path,
                                                const char           *display_name,
                                                gpointer              user_data,
                                                GError              **error);
gboolean  steward_context_form_write_xlsx      (const char           *tmp_path,
                                                const char           *display_name,
                                                gpointer              user_data,
                                                GError              **error);
char     *steward_notice_dup_ics               (const StewardNotice  *notice,
                                                const char           *uid,
                                                const char           *agenda);
/* Writes the ODT of @content to @tmp_path. */
gboolean  steward_minutes_write_odt            (JsonObject           *content,
                                                const char           *tmp_path,
                                                const char           *display_name,
                                                GError              **error);

G_END_DECLS
