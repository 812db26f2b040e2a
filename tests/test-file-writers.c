/* test-file-writers.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The formats module (steward-file-writers.h): the libraries of XLSX, ICS
 * and ODT are not loaded until an export needs one; a module that cannot
 * be loaded is a clear error that writes no file, and CSV and PDF go on
 * working. The steps run in order in one process: the module is loaded
 * once for all. */

#include "config.h"

#include <string.h>

#include "export/steward-file-writers.h"
#include "export/steward-notice-export.h"
#include "steward-test-util.h"

/* Whether a library whose file name starts with @prefix is mapped into
 * this process. */
static gboolean
is_mapped (const char *prefix)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *slash = strrchr (lines[i], '/');

      if (slash != NULL && g_str_has_prefix (slash + 1, prefix))
        return TRUE;
    }

  return FALSE;
}

static GDateTime *
new_start (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+08:00");

  return g_date_time_new (zone, 2026, 12, 3, 14, 0, 0);
}

static gboolean
export_ics (const char  *path,
            GError     **error)
{
  const char * const attendees[] = { "王小明 <wang@example.gov.tw>", NULL };
  g_autoptr(GDateTime) starts_at = new_start ();
  StewardNotice notice = {
    .topic = "資訊安全推動小組會議",
    .starts_at = starts_at,
    .attendees = attendees,
    .calendar = STEWARD_CALENDAR_GREGORIAN,
  };

  return steward_notice_export_ics (&notice, "meeting-1@steward", path, error);
}

static gboolean
export_pdf (const char  *path,
            GError     **error)
{
  g_autoptr(GDateTime) starts_at = new_start ();
  StewardNotice notice = {
    .topic = "資訊安全推動小組會議",
    .starts_at = starts_at,
    .calendar = STEWARD_CALENDAR_ROC,
  };

  return steward_notice_export_pdf (&notice, path, error);
}

static void
test_loaded_when_needed (void)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *ics = g_build_filename (dir, "notice.ics", NULL);
  g_autofree char *pdf = g_build_filename (dir, "notice.pdf", NULL);
  g_autofree char *not_a_module = g_build_filename (dir, "steward-formats.so", NULL);
  g_autofree char *module = g_strdup (g_getenv ("STEWARD_FORMATS_MODULE"));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const StewardFileWriters *writers;

  g_assert_nonnull (module);

  /* Start-up does not pay for the libraries. */
  g_assert_false (is_mapped ("libxlsxwriter"));
  g_assert_false (is_mapped ("libical"));
  g_assert_false (is_mapped ("libgsf"));

  /* No module: a message that says what still works, and no file. */
  g_setenv ("STEWARD_FORMATS_MODULE", "/nonexistent/steward-formats.so", TRUE);
  g_assert_false (export_ics (ics, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "CSV and PDF still work"));
  g_assert_nonnull (strstr (error->message, "/nonexistent/steward-formats.so"));
  g_assert_false (g_file_test (ics, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A file that is not a module, the same. */
  g_assert_true (g_file_set_contents (not_a_module, "not a module", -1, NULL));
  g_setenv ("STEWARD_FORMATS_MODULE", not_a_module, TRUE);
  g_assert_null (steward_file_writers_get (&error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);

  /* PDF needs no module. */
  g_assert_true (export_pdf (pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_false (is_mapped ("libical"));

  /* The module of this build: the invitation is written, libical is
   * loaded now, and the module is loaded once. */
  g_setenv ("STEWARD_FORMATS_MODULE", module, TRUE);
  g_assert_true (export_ics (ics, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:資訊安全推動小組會議\r\n"));
  g_assert_true (is_mapped ("libical"));

  writers = steward_file_writers_get (&error);
  g_assert_no_error (error);
  g_assert_nonnull (writers);
  g_assert_cmpuint (writers->size, ==, sizeof (StewardFileWriters));
  g_setenv ("STEWARD_FORMATS_MODULE", "/nonexistent/steward-formats.so", TRUE);
  g_assert_true (steward_file_writers_get (NULL) == writers);

  steward_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/file-writers/loaded-when-needed", test_loaded_when_needed);

  return g_test_run ();
}
