/* steward-register-export.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-enums.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* The registers of the follow-up as spreadsheets, and the hand-over form. */

/* Where the database keeps the hand-over form's number and version (its
 * meta table), and what to print until the centre sets its own. */
#define STEWARD_HANDOVER_FORM_NUMBER_KEY      "handover-form-document-number"
#define STEWARD_HANDOVER_FORM_VERSION_KEY     "handover-form-version"
#define STEWARD_HANDOVER_FORM_DEFAULT_NUMBER  "ISMS-R-009"
#define STEWARD_HANDOVER_FORM_DEFAULT_VERSION "1.0"

/* "actions", "communications", "meetings", "findings", "audits",
 * "risk-results", "projects", "handovers"; NULL-terminated. */
const char * const  *steward_register_export_get_names  (void);
/* The register's title, translated, or NULL for a name it does not know. */
const char          *steward_register_export_get_title  (const char       *register_name);

gboolean             steward_register_export            (StewardDatabase  *db,
                                                         const char       *register_name,
                                                         const char       *path,
                                                         StewardCalendar   calendar,
                                                         GError          **error);

/* The equipment hand-over form (資訊設備移交單, procedure 3.10) as an A4
 * PDF to print and sign. */
gboolean             steward_handover_form_export       (StewardDatabase  *db,
                                                         gint64            handover_id,
                                                         const char       *path,
                                                         StewardCalendar   calendar,
                                                         GError          **error);

G_END_DECLS
