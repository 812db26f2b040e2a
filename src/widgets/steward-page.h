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
 *
 * The base of the pages of the places: each shows one database.
 */
struct _StewardPageClass
{
  AdwBinClass parent_class;

  void (*database_changed) (StewardPage     *self,
                            StewardDatabase *db);

  /*< private >*/
  gpointer _reserved[4];
};

StewardDatabase *steward_page_get_database (StewardPage     *self);
void             steward_page_set_database (StewardPage     *self,
                                            StewardDatabase *db);

G_END_DECLS
