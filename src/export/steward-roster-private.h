/* steward-roster-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The roster export's data, which steward-roster-export.c gathers and
 * writes as CSV and PDF, and the formats module as XLSX
 * (formats/steward-roster-xlsx.c). */

/* What every format prints above the table. */
typedef struct
{
  GListModel *roster;
  guint       n_entries;
  char       *title;
  char       *organization;
  char       *reference;
  char       *as_of;
} StewardRosterExport;

G_END_DECLS
