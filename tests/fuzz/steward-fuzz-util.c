/* steward-fuzz-util.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "steward-fuzz.h"

/* A critical is a bug: abort(), which libFuzzer catches and keeps the
 * input of (GLib's own fatal criticals raise SIGTRAP, which it does not). */
static void
log_handler (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        user_data)
{
  g_log_default_handler (domain, level, message, user_data);
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
}

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
  return output;
}

void
steward_fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      /* The messages in English and UTF-8 text, as the tests have them. */
      setlocale (LC_ALL, "C.UTF-8");
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      g_log_set_default_handler (log_handler, NULL);
      g_log_set_writer_func (log_writer, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}

/* Removes everything in @path, and @path itself if @remove_self. */
void
steward_fuzz_clear_dir (const char *path,
                        gboolean    remove_self)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        steward_fuzz_clear_dir (child, TRUE);
      else
        g_unlink (child);
    }
  if (remove_self)
    g_rmdir (path);
}

static char *work_dir;

static void
remove_work_dir (void)
{
  steward_fuzz_clear_dir (work_dir, TRUE);
  g_clear_pointer (&work_dir, g_free);
}

/* A folder of the process's own for the files a target writes, removed
 * when the process ends. */
const char *
steward_fuzz_get_work_dir (void)
{
  if (work_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      work_dir = g_dir_make_tmp ("steward-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_work_dir);
    }

  return work_dir;
}
