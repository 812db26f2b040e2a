/* steward-import-dialog.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "logic/steward-csv-import.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_IMPORT_DIALOG (steward_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StewardImportDialog, steward_import_dialog, STEWARD, IMPORT_DIALOG, AdwWindow)

GtkWindow        *steward_import_dialog_new        (GtkWindow           *parent,
                                                    StewardDatabase     *db,
                                                    GType                record_type);
void              steward_import_dialog_load_file  (StewardImportDialog *self,
                                                    GFile               *file);
gboolean          steward_import_dialog_get_busy   (StewardImportDialog *self);
StewardCsvImport *steward_import_dialog_get_import (StewardImportDialog *self);

G_END_DECLS
