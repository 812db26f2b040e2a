/* steward-roster-xlsx.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-roster-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-export-util.h"
#include "export/steward-roster-private.h"
#include "logic/steward-roster.h"
#include "steward-formats.h"
#include "steward-xlsx.h"

/* The roster as a workbook: the table with its header row frozen and
 * filtered, every value a string. */

gboolean
steward_roster_write_xlsx (const char  *tmp_path,
                           const char  *display_name,
                           gpointer     user_data,
                           GError     **error)
{
  StewardRosterExport *export = user_data;
  const lxw_row_t header_row = 2;
  const lxw_col_t last_col = STEWARD_ROSTER_N_FIELDS - 1;
  g_autofree char *heading = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GPtrArray) info_parts = g_ptr_array_new ();
  guint widths[STEWARD_ROSTER_N_FIELDS];
  lxw_error status = LXW_NO_ERROR;
  StewardXlsxFormats formats;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;

  workbook = steward_xlsx_new (tmp_path, display_name, export->title, export->organization,
                               &formats, error);
  if (workbook == NULL)
    return FALSE;

  sheet = steward_xlsx_add_sheet (workbook, _("Roster"));
  if (sheet == NULL)
    return steward_xlsx_close (workbook, display_name, LXW_ERROR_MEMORY_MALLOC_FAILED, error);

  heading = steward_export_dup_heading (export->title, export->organization);
  if (*export->reference != '\0')
    g_ptr_array_add (info_parts, export->reference);
  g_ptr_array_add (info_parts, export->as_of);
  g_ptr_array_add (info_parts, NULL);
  info = g_strjoinv ("    ", (char **)info_parts->pdata);
  steward_xlsx_write_heading (sheet, &formats, last_col, heading, info, &status);

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      const char *title = steward_roster_field_get_title (f);

      widths[f] = steward_xlsx_display_width (title) + 2;
      steward_xlsx_check (worksheet_write_string (sheet, header_row, f, title, formats.header), &status);
    }

  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        {
          const char *value = steward_roster_entry_get_field (entry, f);

          /* Strings, always: an extension such as 0800 or a phone number
           * is not a number to add up, and keeps its leading zero. */
          widths[f] = MAX (widths[f], steward_xlsx_display_width (value) + 2);
          steward_xlsx_check (worksheet_write_string (sheet, header_row + 1 + i, f, value, formats.cell),
                              &status);
        }
    }

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    steward_xlsx_check (worksheet_set_column (sheet, f, f,
                                              CLAMP (widths[f], STEWARD_XLSX_MIN_WIDTH, STEWARD_XLSX_MAX_WIDTH),
                                              NULL),
                        &status);

  worksheet_freeze_panes (sheet, header_row + 1, 0);
  steward_xlsx_check (worksheet_autofilter (sheet, header_row, 0, header_row + export->n_entries, last_col),
                      &status);
  steward_xlsx_set_print (sheet, FALSE, header_row, header_row, &status);

  return steward_xlsx_close (workbook, display_name, status, error);
}
