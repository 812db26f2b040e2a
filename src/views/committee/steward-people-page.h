/* steward-people-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

#include "model/steward-person.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PEOPLE_PAGE (steward_people_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardPeoplePage, steward_people_page, STEWARD, PEOPLE_PAGE, StewardPage)

GListModel *steward_people_page_get_visible_model (StewardPeoplePage *self);
void        steward_people_page_set_search        (StewardPeoplePage *self,
                                                   const char        *text);

AdwToast   *steward_people_page_delete_person     (StewardPeoplePage *self,
                                                   StewardPerson     *person);

G_END_DECLS
