/* steward-cli-verify.c: `steward --verify`
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-cli-verify"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "store/steward-verify.h"
#include "steward-application-private.h"

/**
 * _steward_application_run_verify:
 * @options: the command line's options
 *
 * Opens the database of --database, $STEWARD_DATABASE or the default file
 * read-only (the app may have it open), checks the history's chain and the
 * issued minutes' PDFs, and prints what it found.
 *
 * Returns: 0 when all is intact, 1 when something was changed behind
 *   Steward's back, 2 when the database could not be read
 */
int
_steward_application_run_verify (GVariantDict *options)
{
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(StewardVerifyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *summary = NULL;

  path = _steward_application_dup_option_database (options);
  if (path == NULL)
    path = steward_database_dup_default_path ();

  db = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  if (db == NULL)
    {
      if (g_error_matches (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_TOO_OLD))
        /* TRANSLATORS: the reason the file could not be opened follows */
        g_printerr (_("Cannot verify: the history's fingerprints need the database of this version of Steward. %s\n"),
                    error->message);
      else
        g_printerr (_("Cannot verify: %s\n"), error->message);
      return 2;
    }

  if (!steward_database_verify (db, &report, &error))
    {
      g_printerr (_("Cannot verify: %s\n"), error->message);
      return 2;
    }

  summary = steward_verify_report_dup_summary (report);
  g_print ("%s\n", summary);

  return steward_verify_report_is_intact (report) ? 0 : 1;
}
