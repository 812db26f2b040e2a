/* steward-window.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "steward-application.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_WINDOW (steward_window_get_type ())

G_DECLARE_FINAL_TYPE (StewardWindow, steward_window, STEWARD, WINDOW, AdwApplicationWindow)

StewardWindow   *steward_window_new          (StewardApplication *application);
StewardDatabase *steward_window_get_database (StewardWindow      *self);
void             steward_window_set_database (StewardWindow      *self,
                                              StewardDatabase    *db);
void             steward_window_show_error   (StewardWindow      *self,
                                              const char         *path,
                                              const GError       *error);
void             steward_window_show_place   (StewardWindow      *self,
                                              const char         *place);
const char      *steward_window_get_page_name (StewardWindow     *self);
void             steward_window_close_database (StewardWindow    *self);
void             steward_window_show_toast    (StewardWindow      *self,
                                               const char         *text);
StewardPage     *steward_window_get_page      (StewardWindow     *self,
                                               const char        *name);

typedef void (*StewardWindowFunc) (StewardWindow *self,
                                   gpointer       user_data);

void             steward_window_after_first_frame (StewardWindow     *self,
                                                   StewardWindowFunc  func,
                                                   gpointer           user_data,
                                                   GDestroyNotify     destroy);

G_END_DECLS
