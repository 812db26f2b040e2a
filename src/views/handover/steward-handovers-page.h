/* steward-handovers-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-handover.h"
#include "steward-handover-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_HANDOVERS_PAGE (steward_handovers_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardHandoversPage, steward_handovers_page, STEWARD, HANDOVERS_PAGE, StewardPage)

GtkWidget             *steward_handovers_page_new               (void);
GListModel            *steward_handovers_page_get_visible_model (StewardHandoversPage *self);
void                   steward_handovers_page_set_search        (StewardHandoversPage *self,
                                                                 const char           *text);
void                   steward_handovers_page_set_open_only     (StewardHandoversPage *self,
                                                                 gboolean              open_only);
void                   steward_handovers_page_set_reason_filter (StewardHandoversPage *self,
                                                                 int                   reason);
guint                  steward_handovers_page_get_n_open        (StewardHandoversPage *self);
gboolean               steward_handovers_page_export            (StewardHandoversPage  *self,
                                                                 const char            *path,
                                                                 GError               **error);
StewardHandoverEditor *steward_handovers_page_open_editor       (StewardHandoversPage *self,
                                                                 StewardHandover      *handover);
AdwToast              *steward_handovers_page_delete_handover   (StewardHandoversPage *self,
                                                                 StewardHandover      *handover);

G_END_DECLS
