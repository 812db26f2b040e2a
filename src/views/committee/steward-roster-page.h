/* steward-roster-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ROSTER_PAGE (steward_roster_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardRosterPage, steward_roster_page, STEWARD, ROSTER_PAGE, StewardPage)

GListModel *steward_roster_page_get_visible_model (StewardRosterPage *self);
void        steward_roster_page_set_date          (StewardRosterPage *self,
                                                   const GDate       *date);
void        steward_roster_page_set_search        (StewardRosterPage *self,
                                                   const char        *text);
gboolean    steward_roster_page_mark_reviewed     (StewardRosterPage *self,
                                                   const char        *reviewer,
                                                   const char        *note,
                                                   GError           **error);
gboolean    steward_roster_page_is_due            (StewardRosterPage *self);
gboolean    steward_roster_page_set_form_details  (StewardRosterPage *self,
                                                   const char        *number,
                                                   const char        *version,
                                                   GError           **error);

G_END_DECLS
