/* steward-context-export.h
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

/* Where the database keeps each form's number and version (its meta
 * table), and what to print until the centre sets its own numbering. */
#define STEWARD_CONTEXT_REGISTER_NUMBER_KEY      "context-register-document-number"
#define STEWARD_CONTEXT_REGISTER_VERSION_KEY     "context-register-version"
#define STEWARD_CONTEXT_REGISTER_DEFAULT_NUMBER  "ISMS-R-007"
#define STEWARD_CONTEXT_REGISTER_DEFAULT_VERSION "1.0"

#define STEWARD_CONTACTS_NUMBER_KEY              "contacts-document-number"
#define STEWARD_CONTACTS_VERSION_KEY             "contacts-version"
#define STEWARD_CONTACTS_DEFAULT_NUMBER          "ISMS-R-008"
#define STEWARD_CONTACTS_DEFAULT_VERSION         "1.0"

/**
 * StewardContextExportOptions:
 * @organization: the centre's name, for the title (may be %NULL)
 * @document_number: the form's document number, printed in the header;
 *   %NULL for the one the database keeps, or the default
 * @version: the form's version, printed in the header; %NULL as above
 * @as_of: (nullable): the day the form is for; %NULL for today
 * @calendar: how the PDF writes dates (ROC on Taiwanese public-sector
 *   forms); CSV and XLSX always hold Gregorian dates, which spreadsheets
 *   and the CSV import read
 */
typedef struct
{
  const char      *organization;
  const char      *document_number;
  const char      *version;
  const GDate     *as_of;
  StewardCalendar  calendar;
} StewardContextExportOptions;

/* The interested parties and issues register (利害關係者與議題一覽表,
 * procedure 5.1.2, 5.1.3) as CSV, XLSX or PDF, by the extension of @path. */
gboolean  steward_context_register_export  (StewardDatabase                    *db,
                                            const char                         *path,
                                            const StewardContextExportOptions  *options,
                                            GError                            **error);

/* The external contacts list (外部單位聯絡清單, procedure 5.5) as CSV,
 * XLSX or PDF, by the extension of @path. */
gboolean  steward_contacts_export          (StewardDatabase                    *db,
                                            const char                         *path,
                                            const StewardContextExportOptions  *options,
                                            GError                            **error);

G_END_DECLS
