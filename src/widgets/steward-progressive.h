/* steward-progressive.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GListModel *steward_progressive_model_new (GtkWidget  *view,
                                           GListModel *model,
                                           int         row_height,
                                           guint       rows_per_frame,
                                           guint       n_widgets);
void        steward_progressive_finish    (GtkWidget  *view);
guint       steward_progressive_count_rows_to_fill (GtkWidget *view,
                                                    int        row_height);

G_END_DECLS
