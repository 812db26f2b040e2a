/* steward-preferences-window.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STEWARD_TYPE_PREFERENCES_WINDOW (steward_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (StewardPreferencesWindow, steward_preferences_window, STEWARD, PREFERENCES_WINDOW, AdwPreferencesWindow)

StewardPreferencesWindow *steward_preferences_window_new (GSettings *settings);

G_END_DECLS
