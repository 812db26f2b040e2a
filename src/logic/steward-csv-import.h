/* steward-csv-import.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-record.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_CSV_IMPORT_ERROR (steward_csv_import_error_quark ())

/**
 * StewardCsvImportError:
 * @STEWARD_CSV_IMPORT_ERROR_TOO_LARGE: the file, its rows or its columns are
 *   more than an import takes
 * @STEWARD_CSV_IMPORT_ERROR_ENCODING: neither UTF-8, UTF-16 nor Big5
 * @STEWARD_CSV_IMPORT_ERROR_PARSE: not CSV that can be read (a quote that
 *   is never closed)
 * @STEWARD_CSV_IMPORT_ERROR_EMPTY: no header row
 * @STEWARD_CSV_IMPORT_ERROR_MISSING_COLUMNS: a column every row needs is not
 *   in the header row
 */
typedef enum
{
  STEWARD_CSV_IMPORT_ERROR_TOO_LARGE,
  STEWARD_CSV_IMPORT_ERROR_ENCODING,
  STEWARD_CSV_IMPORT_ERROR_PARSE,
  STEWARD_CSV_IMPORT_ERROR_EMPTY,
  STEWARD_CSV_IMPORT_ERROR_MISSING_COLUMNS,
} StewardCsvImportError;

/* Larger files are refused before they are read. */
#define STEWARD_CSV_IMPORT_MAX_BYTES (20 * 1024 * 1024)

/**
 * StewardImportRow:
 * @line: the line of the file the row starts on, counted from 1
 * @record: the record made from the row, not saved yet (its id is set once
 *   steward_csv_import_commit() has saved it)
 * @problems: (element-type StewardProblem): why the row cannot be imported;
 *   empty when it can
 * @cells: the row's cells as the file has them (decoded), one per column of
 *   the header row, %NULL-terminated
 */
typedef struct
{
  guint           line;
  StewardRecord  *record;
  GPtrArray      *problems;
  char          **cells;
} StewardImportRow;

#define STEWARD_TYPE_CSV_IMPORT (steward_csv_import_get_type ())

G_DECLARE_FINAL_TYPE (StewardCsvImport, steward_csv_import, STEWARD, CSV_IMPORT, GObject)

GQuark                   steward_csv_import_error_quark     (void);

StewardCsvImport        *steward_csv_import_new             (StewardDatabase        *db,
                                                             GType                   record_type);
GType                    steward_csv_import_get_record_type (StewardCsvImport       *self);
gboolean                 steward_csv_import_load_bytes      (StewardCsvImport       *self,
                                                             GBytes                 *bytes,
                                                             GError                **error);
const char              *steward_csv_import_get_encoding    (StewardCsvImport       *self);
guint                    steward_csv_import_get_n_rows      (StewardCsvImport       *self);
const StewardImportRow  *steward_csv_import_get_row         (StewardCsvImport       *self,
                                                             guint                   i);
guint                    steward_csv_import_get_n_good      (StewardCsvImport       *self);
guint                    steward_csv_import_get_n_bad       (StewardCsvImport       *self);
GPtrArray               *steward_csv_import_get_notes       (StewardCsvImport       *self);
gboolean                 steward_csv_import_commit          (StewardCsvImport       *self,
                                                             guint                  *n_imported,
                                                             GError                **error);

/* For a preview: the main fields of the record type, their names, and what
 * a row holds in each. */
const char * const      *steward_csv_import_get_preview_fields (StewardCsvImport       *self);
const char              *steward_csv_import_get_field_title    (StewardCsvImport       *self,
                                                                const char             *property);
char                    *steward_csv_import_dup_field_text     (StewardCsvImport       *self,
                                                                const StewardImportRow *row,
                                                                const char             *property);
char                    *steward_import_row_dup_problems_text  (const StewardImportRow *row);

G_END_DECLS
