/* steward-context-xlsx.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-context-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-context-private.h"
#include "export/steward-export-util.h"
#include "steward-formats.h"
#include "steward-xlsx.h"

/* A context form as a workbook: a sheet for each part, its header row
 * frozen and filtered; a long text's column grows no wider than the
 * longest line of its cells, and no wider than the column allows. */

#define HEADER_ROW  2
#define DATE_WIDTH  12

typedef struct
{
  StewardXlsxFormats  common;
  lxw_format         *date;
  lxw_format         *marked;
  lxw_format         *marked_date;
} Formats;

static lxw_format *
add_cell_format (lxw_workbook *workbook,
                 gboolean      date,
                 gboolean      marked)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (date)
    format_set_num_format (format, "yyyy-mm-dd");
  else
    format_set_text_wrap (format);
  if (marked)
    format_set_bg_color (format, 0xFCDCDC);

  return format;
}

static void
write_sheet (lxw_worksheet      *sheet,
             Formats            *formats,
             StewardContextPart *part,
             const char         *heading,
             const char         *info,
             lxw_error          *status)
{
  guint widths[STEWARD_CONTEXT_MAX_COLUMNS];
  lxw_col_t last_col = part->n_columns - 1;

  steward_xlsx_write_heading (sheet, &formats->common, last_col, heading, info, status);

  for (guint c = 0; c < part->n_columns; c++)
    {
      const char *title = steward_context_column_get_title (&part->columns[c]);

      widths[c] = steward_xlsx_text_width (title) + 2;
      steward_xlsx_check (worksheet_write_string (sheet, HEADER_ROW, c, title, formats->common.header), status);
    }

  for (guint r = 0; r < part->rows->len; r++)
    for (guint c = 0; c < part->n_columns; c++)
      {
        StewardContextCell *cell = steward_context_part_get_cell (part, r, c);
        lxw_row_t row = HEADER_ROW + 1 + r;

        /* Dates as dates, which sort and filter; everything else as
         * strings: a phone number keeps its leading zero. */
        if (g_date_valid (&cell->date))
          {
            lxw_datetime datetime = { g_date_get_year (&cell->date), g_date_get_month (&cell->date),
                                      g_date_get_day (&cell->date), 0, 0, 0 };

            widths[c] = MAX (widths[c], DATE_WIDTH);
            steward_xlsx_check (worksheet_write_datetime (sheet, row, c, &datetime,
                                                          cell->marked ? formats->marked_date : formats->date),
                                status);
          }
        else
          {
            const char *text = cell->text ? cell->text : "";

            widths[c] = MAX (widths[c], steward_xlsx_text_width (text) + 2);
            steward_xlsx_check (worksheet_write_string (sheet, row, c, text,
                                                        cell->marked ? formats->marked : formats->common.cell),
                                status);
          }
      }

  for (guint c = 0; c < part->n_columns; c++)
    steward_xlsx_check (worksheet_set_column (sheet, c, c,
                                              CLAMP (widths[c], STEWARD_XLSX_MIN_WIDTH, part->columns[c].max_width),
                                              NULL),
                        status);

  worksheet_freeze_panes (sheet, HEADER_ROW + 1, 0);
  steward_xlsx_check (worksheet_autofilter (sheet, HEADER_ROW, 0, HEADER_ROW + part->rows->len, last_col), status);
  steward_xlsx_set_print (sheet, TRUE, HEADER_ROW, HEADER_ROW, status);
}

gboolean
steward_context_form_write_xlsx (const char  *tmp_path,
                                 const char  *display_name,
                                 gpointer     user_data,
                                 GError     **error)
{
  StewardContextForm *form = user_data;
  g_autofree char *heading = steward_export_dup_heading (form->title, form->organization);
  g_autofree char *info = NULL;
  lxw_error status = LXW_NO_ERROR;
  lxw_workbook *workbook;
  Formats formats;

  workbook = steward_xlsx_new (tmp_path, display_name, form->title, form->organization, &formats.common, error);
  if (workbook == NULL)
    return FALSE;

  formats.date = add_cell_format (workbook, TRUE, FALSE);
  formats.marked = add_cell_format (workbook, FALSE, TRUE);
  formats.marked_date = add_cell_format (workbook, TRUE, TRUE);

  if (*form->reference != '\0')
    info = g_strdup_printf ("%s    %s", form->reference, form->as_of);
  else
    info = g_strdup (form->as_of);

  for (guint p = 0; p < form->parts->len; p++)
    {
      StewardContextPart *part = g_ptr_array_index (form->parts, p);
      lxw_worksheet *sheet = steward_xlsx_add_sheet (workbook, part->sheet);

      if (sheet == NULL)
        return steward_xlsx_close (workbook, display_name, LXW_ERROR_MEMORY_MALLOC_FAILED, error);

      write_sheet (sheet, &formats, part, heading, info, &status);
    }

  return steward_xlsx_close (workbook, display_name, status, error);
}
