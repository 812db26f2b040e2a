/* steward-communications-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-communication.h"
#include "model/steward-enums.h"
#include "steward-communication-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_COMMUNICATIONS_PAGE (steward_communications_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardCommunicationsPage, steward_communications_page, STEWARD, COMMUNICATIONS_PAGE, StewardPage)

GtkWidget                  *steward_communications_page_new                      (void);
GListModel                 *steward_communications_page_get_visible_model        (StewardCommunicationsPage *self);
void                        steward_communications_page_set_search               (StewardCommunicationsPage *self,
                                                                                  const char                *text);
void                        steward_communications_page_set_kind_filter          (StewardCommunicationsPage *self,
                                                                                  int                        kind);
void                        steward_communications_page_set_channel_filter       (StewardCommunicationsPage *self,
                                                                                  int                        channel);
void                        steward_communications_page_set_awaiting_approval_only (StewardCommunicationsPage *self,
                                                                                  gboolean                   only);
void                        steward_communications_page_set_needs_evaluation_only (StewardCommunicationsPage *self,
                                                                                  gboolean                   only);
StewardCalendar             steward_communications_page_get_calendar             (StewardCommunicationsPage *self);
const char                 *steward_communications_page_get_officer_name         (StewardCommunicationsPage *self,
                                                                                  StewardCommunication      *communication);
guint                       steward_communications_page_get_n_actions            (StewardCommunicationsPage *self,
                                                                                  StewardCommunication      *communication,
                                                                                  guint                     *n_active);
gboolean                    steward_communications_page_needs_actions            (StewardCommunicationsPage *self,
                                                                                  StewardCommunication      *communication);
gboolean                    steward_communications_page_needs_evaluation         (StewardCommunicationsPage *self,
                                                                                  StewardCommunication      *communication);
StewardCommunicationEditor *steward_communications_page_open_editor              (StewardCommunicationsPage *self,
                                                                                  StewardCommunication      *communication);
AdwToast                   *steward_communications_page_delete_communication     (StewardCommunicationsPage *self,
                                                                                  StewardCommunication      *communication);
gboolean                    steward_communications_page_export                   (StewardCommunicationsPage *self,
                                                                                  const char                *path,
                                                                                  GError                   **error);

G_END_DECLS
