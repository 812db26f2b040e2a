/* steward-file-writers.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-file-writers"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "steward-file-writers.h"

G_LOCK_DEFINE_STATIC (writers);

static gboolean
set_error (GError     **error,
           const char  *reason)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               /* TRANSLATORS: %s says why, in English (from the system) */
               _("Steward’s module for XLSX, ICS and ODT files could not be loaded: %s. "
                 "CSV and PDF still work; reinstalling Steward restores the others."),
               reason);
  return FALSE;
}

static const StewardFileWriters *
load (GError **error)
{
  const char *path = g_getenv ("STEWARD_FORMATS_MODULE");
  StewardFileWritersGetFunc get_writers = NULL;
  const StewardFileWriters *writers;
  GModule *module;

  if (path == NULL || *path == '\0')
    path = STEWARD_FORMATS_MODULE;

  /* Lazily bound and local: only this entry point is looked up. */
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      set_error (error, g_module_error ());
      return NULL;
    }

  if (!g_module_symbol (module, STEWARD_FILE_WRITERS_SYMBOL, (gpointer *)&get_writers) ||
      get_writers == NULL)
    {
      set_error (error, g_module_error ());
      g_module_close (module);
      return NULL;
    }

  writers = get_writers ();
  if (writers == NULL || writers->size != sizeof (StewardFileWriters))
    {
      /* A module of another version of Steward. */
      /* TRANSLATORS: %s is a file name */
      g_autofree char *reason = g_strdup_printf (_("%s belongs to another version of Steward"), path);

      set_error (error, reason);
      g_module_close (module);
      return NULL;
    }

  /* The writers' code stays for as long as the program runs. */
  g_module_make_resident (module);
  g_debug ("Loaded %s", path);

  return writers;
}

const StewardFileWriters *
steward_file_writers_get (GError **error)
{
  static const StewardFileWriters *writers;
  const StewardFileWriters *result;

  G_LOCK (writers);
  if (writers == NULL)
    writers = load (error);
  result = writers;
  G_UNLOCK (writers);

  return result;
}
