/* steward-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_PAGE (steward_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (StewardPage, steward_page, STEWARD, PAGE, AdwBin)

/**
 * StewardPageClass:
 * @database_changed: the page shows another database, or none (%NULL)
 * @show_record: bring one record of the page into view (a link such as
 *   "committee/bodies#12" names it)
 *
 * The base of the pages of the places: each shows one database.
 */
struct _StewardPageClass
{
  AdwBinClass parent_class;

  void (*database_changed) (StewardPage     *self,
                            StewardDatabase *db);
  void (*show_record)      (StewardPage     *self,
                            gint64           id);

  /*< private >*/
  gpointer _reserved[3];
};

StewardDatabase *steward_page_get_database (StewardPage     *self);
gboolean         steward_page_can_write    (StewardPage     *self);
void             steward_page_set_database (StewardPage     *self,
                                            StewardDatabase *db);
void             steward_page_show_record  (StewardPage     *self,
                                            gint64           id);

AdwToast        *steward_show_toast        (GtkWidget       *widget,
                                            AdwToast        *toast);
void             steward_show_message      (GtkWidget       *widget,
                                            const char      *message);

G_END_DECLS
