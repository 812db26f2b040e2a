/* steward-roster-export.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-enums.h"
#include "export/steward-export-util.h"

G_BEGIN_DECLS

/**
 * StewardRosterExportOptions:
 * @organization: the centre's name, for the title (may be %NULL)
 * @document_number: the form's document number, printed in the header
 * @version: the form's version, printed in the header
 * @as_of: the day the roster is for
 * @calendar: how dates are written (ROC on Taiwanese public-sector forms)
 */
typedef struct
{
  const char      *organization;
  const char      *document_number;
  const char      *version;
  const GDate     *as_of;
  StewardCalendar  calendar;
} StewardRosterExportOptions;

gboolean            steward_roster_export           (GListModel                        *roster,
                                                     const char                        *path,
                                                     const StewardRosterExportOptions  *options,
                                                     GError                           **error);

G_END_DECLS
