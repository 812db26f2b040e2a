/* steward-application-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "steward-application.h"
#include "steward-window.h"

G_BEGIN_DECLS

void  _steward_application_add_actions          (StewardApplication *self);
char *_steward_application_dup_option_database (GVariantDict       *options);
void  steward_application_restore_backup        (StewardApplication *self,
                                                 StewardWindow      *window,
                                                 const char         *backup_path);

/* The maintenance options, each in a file of its own; they return the
 * process's exit status. */
int   _steward_application_run_backup           (GVariantDict       *options);  /* --backup, --restore */
int   _steward_application_run_verify           (GVariantDict       *options);  /* --verify */

G_END_DECLS
