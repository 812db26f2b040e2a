/* steward-csv-import-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-record.h"

G_BEGIN_DECLS

/* What the importer knows of one record type: its fields, the names their
 * columns go by in English and in Chinese, the words its enum cells may
 * hold, and what makes two entries the same. */
typedef struct _StewardImportKind StewardImportKind;

const StewardImportKind *steward_import_kind_for_type        (GType                    record_type);

guint                    steward_import_kind_get_n_fields    (const StewardImportKind *kind);
const char              *steward_import_kind_get_property    (const StewardImportKind *kind,
                                                              guint                    field);
const char              *steward_import_kind_get_title       (const StewardImportKind *kind,
                                                              guint                    field);
char                    *steward_import_kind_dup_column_name (const StewardImportKind *kind,
                                                              guint                    field);
const char              *steward_import_kind_get_zh_name     (const StewardImportKind *kind,
                                                              guint                    field);
gboolean                 steward_import_kind_is_required     (const StewardImportKind *kind,
                                                              guint                    field);
int                      steward_import_kind_find_field      (const StewardImportKind *kind,
                                                              const char              *property);
int                      steward_import_kind_match_header    (const StewardImportKind *kind,
                                                              const char              *header);
void                     steward_import_kind_set_cell        (const StewardImportKind *kind,
                                                              StewardRecord           *record,
                                                              guint                    field,
                                                              const char              *cell,
                                                              GPtrArray               *problems);
const char              *steward_import_kind_get_absent_note (const StewardImportKind *kind,
                                                              guint                    field);
const char              *steward_import_kind_get_derived_from (const StewardImportKind *kind,
                                                              guint                    field);

gboolean                 steward_import_is_register_header   (const char              *header);
gboolean                 steward_import_kind_owns_row        (const StewardImportKind *kind,
                                                              const char              *register_cell);
const char              *steward_import_kind_get_other_rows_note (const StewardImportKind *kind);

char                    *steward_import_kind_dup_key         (const StewardImportKind *kind,
                                                              StewardRecord           *record);
const char              *steward_import_kind_get_key_property (const StewardImportKind *kind);
const char              *steward_import_kind_get_existing_message (const StewardImportKind *kind);

const char * const      *steward_import_kind_get_preview     (const StewardImportKind *kind);
char                    *steward_import_kind_dup_value_text  (const StewardImportKind *kind,
                                                              StewardRecord           *record,
                                                              const char              *property);

char                    *steward_import_kind_dup_missing_message (const StewardImportKind *kind,
                                                              const int               *columns);
char                    *steward_import_dup_quoted_list      (GPtrArray               *names);
char                    *steward_import_normalize            (const char              *text,
                                                              gboolean                 words_only);

char                    *steward_csv_decode                  (const char              *data,
                                                              gsize                    size,
                                                              const char             **encoding,
                                                              gsize                   *out_len,
                                                              guint                   *n_nuls,
                                                              GError                 **error);
char                     steward_csv_find_delimiter          (const char             **text,
                                                              gsize                   *len,
                                                              guint                   *line);

G_END_DECLS
