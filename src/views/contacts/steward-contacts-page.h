/* steward-contacts-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

#include "model/steward-contact.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_CONTACTS_PAGE (steward_contacts_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardContactsPage, steward_contacts_page, STEWARD, CONTACTS_PAGE, StewardPage)

GListModel *steward_contacts_page_get_visible_model  (StewardContactsPage *self);
void        steward_contacts_page_set_search         (StewardContactsPage *self,
                                                      const char          *text);
void        steward_contacts_page_set_purpose_filter (StewardContactsPage *self,
                                                      int                  purpose);
void        steward_contacts_page_set_due_only       (StewardContactsPage *self,
                                                      gboolean             due_only);
guint       steward_contacts_page_get_n_due          (StewardContactsPage *self);

gboolean    steward_contacts_page_mark_verified      (StewardContactsPage *self,
                                                      StewardContact      *contact);
AdwToast   *steward_contacts_page_delete_contact     (StewardContactsPage *self,
                                                      StewardContact      *contact);
gboolean    steward_contacts_page_export             (StewardContactsPage  *self,
                                                      const char           *path,
                                                      GError              **error);

G_END_DECLS
