/* steward-parties-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

#include "model/steward-party.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PARTIES_PAGE (steward_parties_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardPartiesPage, steward_parties_page, STEWARD, PARTIES_PAGE, StewardPage)

GListModel *steward_parties_page_get_visible_model (StewardPartiesPage *self);
void        steward_parties_page_set_search        (StewardPartiesPage *self,
                                                    const char         *text);
void        steward_parties_page_set_scope_filter  (StewardPartiesPage *self,
                                                    int                 scope);
void        steward_parties_page_set_kind_filter   (StewardPartiesPage *self,
                                                    int                 kind);
guint       steward_parties_page_get_n_unanswered  (StewardPartiesPage *self);

AdwToast   *steward_parties_page_delete_party      (StewardPartiesPage *self,
                                                    StewardParty       *party);
gboolean    steward_parties_page_export            (StewardPartiesPage  *self,
                                                    const char          *path,
                                                    GError             **error);

G_END_DECLS
