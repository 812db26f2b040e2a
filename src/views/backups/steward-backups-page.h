/* steward-backups-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_BACKUPS_PAGE (steward_backups_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardBackupsPage, steward_backups_page, STEWARD, BACKUPS_PAGE, StewardPage)

GtkWidget  *steward_backups_page_new       (void);
void        steward_backups_page_refresh   (StewardBackupsPage *self);
GListModel *steward_backups_page_get_model (StewardBackupsPage *self);

G_END_DECLS
