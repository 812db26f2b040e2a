/* steward-block-view.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_BLOCK_VIEW (steward_block_view_get_type ())

G_DECLARE_FINAL_TYPE (StewardBlockView, steward_block_view, STEWARD, BLOCK_VIEW, GtkWidget)

GtkWidget *steward_block_view_new        (void);
void       steward_block_view_set_blocks (StewardBlockView *self,
                                          JsonArray        *blocks);

G_END_DECLS
