/* steward-measurement-table-export.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gtk/gtk.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

/* Where the database keeps the form's number and version (its meta
 * table), and what to print until the centre sets its own numbering. */
#define STEWARD_MEASUREMENT_TABLE_NUMBER_KEY      "measurement-table-document-number"
#define STEWARD_MEASUREMENT_TABLE_VERSION_KEY     "measurement-table-version"
#define STEWARD_MEASUREMENT_TABLE_DEFAULT_NUMBER  "ISMS-R-006"
#define STEWARD_MEASUREMENT_TABLE_DEFAULT_VERSION "1.0"

/**
 * StewardMeasurementTableOptions:
 * @organization: the centre's name, for the title (may be %NULL)
 * @document_number: the form's document number, printed in the header
 * @version: the form's version, printed in the header
 * @year: the Gregorian year the table is for
 * @calendar: how years and periods are written (ROC on Taiwanese
 *   public-sector forms)
 * @owner_names: (nullable): the name of each objective's owner, by the
 *   person's id (a #gint64 pointer, g_int64_hash()) to a string
 */
typedef struct
{
  const char      *organization;
  const char      *document_number;
  const char      *version;
  int              year;
  StewardCalendar  calendar;
  GHashTable      *owner_names;
} StewardMeasurementTableOptions;

/* The ISMS effectiveness measurement table (ISMS有效性量測表, procedure
 * 5.6 and 5.4.2.4.4) of @evaluations (StewardEvaluation) as CSV, XLSX
 * or PDF, by the extension of @path. */
gboolean  steward_measurement_table_export (GPtrArray                             *evaluations,
                                            const char                            *path,
                                            const StewardMeasurementTableOptions  *options,
                                            GError                               **error);

/* The pages, for a PDF or a printer: measured once with @cr, then drawn
 * page by page on any cairo_t in points. */
typedef struct _StewardMeasurementTablePages StewardMeasurementTablePages;

StewardMeasurementTablePages *steward_measurement_table_paginate  (GPtrArray                            *evaluations,
                                                                   const StewardMeasurementTableOptions *options,
                                                                   cairo_t                              *cr,
                                                                   double                                page_width,
                                                                   double                                page_height);
guint     steward_measurement_table_pages_get_n_pages (StewardMeasurementTablePages *pages);
void      steward_measurement_table_pages_draw_page   (StewardMeasurementTablePages *pages,
                                                       cairo_t                      *cr,
                                                       guint                         page);
void      steward_measurement_table_pages_free        (StewardMeasurementTablePages *pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardMeasurementTablePages, steward_measurement_table_pages_free)

/* Prints the table with the print dialog, A4 landscape by default. */
gboolean  steward_measurement_table_print  (GtkWindow                             *parent,
                                            GPtrArray                             *evaluations,
                                            const StewardMeasurementTableOptions  *options,
                                            GError                               **error);

G_END_DECLS
