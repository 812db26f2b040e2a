/* steward-cell-label.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_CELL_LABEL (steward_cell_label_get_type ())

G_DECLARE_FINAL_TYPE (StewardCellLabel, steward_cell_label, STEWARD, CELL_LABEL, GtkWidget)

GtkWidget  *steward_cell_label_new      (void);
const char *steward_cell_label_get_text (StewardCellLabel *self);
void        steward_cell_label_set_text (StewardCellLabel *self,
                                         const char       *text);

G_END_DECLS
