/* steward-register-xlsx.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-register-xlsx"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "export/steward-register-private.h"
#include "steward-formats.h"
#include "steward-xlsx.h"

/* A follow-up register as a workbook: one sheet, the header row frozen
 * and filtered, dates as dates. */

#define HEADER_ROW 2
#define DATE_WIDTH 12
#define DATE_TIME_WIDTH 17

typedef struct
{
  StewardXlsxFormats  common;
  lxw_format         *date;
  lxw_format         *date_time;
} Formats;

static lxw_format *
add_date_format (lxw_workbook *workbook,
                 const char   *number_format)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format (format, number_format);

  return format;
}

static lxw_datetime *
to_lxw (const StewardRegisterWhen *when,
        lxw_datetime              *out)
{
  *out = (lxw_datetime) { when->year, when->month, when->day, when->hour, when->minute, when->second };
  return out;
}

gboolean
steward_register_write_xlsx (const char  *tmp_path,
                             const char  *display_name,
                             gpointer     user_data,
                             GError     **error)
{
  StewardRegisterExport *export = user_data;
  const StewardRegister *reg = export->reg;
  lxw_col_t last_col = reg->n_columns - 1;
  guint widths[STEWARD_REGISTER_MAX_COLUMNS];
  lxw_error status = LXW_NO_ERROR;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  Formats formats;

  workbook = steward_xlsx_new (tmp_path, display_name, export->title, NULL, &formats.common, error);
  if (workbook == NULL)
    return FALSE;

  formats.date = add_date_format (workbook, "yyyy-mm-dd");
  formats.date_time = add_date_format (workbook, "yyyy-mm-dd hh:mm");

  sheet = steward_xlsx_add_sheet (workbook, _(reg->sheet));
  if (sheet == NULL)
    return steward_xlsx_close (workbook, display_name, LXW_ERROR_MEMORY_MALLOC_FAILED, error);

  steward_xlsx_write_heading (sheet, &formats.common, last_col, export->title, export->info, &status);

  for (guint c = 0; c < reg->n_columns; c++)
    {
      const char *title = _(reg->columns[c].title);

      widths[c] = steward_xlsx_text_width (title) + 2;
      steward_xlsx_check (worksheet_write_string (sheet, HEADER_ROW, c, title, formats.common.header), &status);
    }

  for (guint r = 0; r < export->n_rows; r++)
    for (guint c = 0; c < reg->n_columns; c++)
      {
        StewardRegisterCell *cell = steward_register_export_get_cell (export, r, c);
        lxw_row_t row = HEADER_ROW + 1 + r;
        g_autofree char *number = NULL;
        lxw_datetime when;

        switch (cell->kind)
          {
          case CELL_TEXT:
            widths[c] = MAX (widths[c], steward_xlsx_text_width (cell->text) + 2);
            steward_xlsx_check (worksheet_write_string (sheet, row, c, cell->text, formats.common.cell), &status);
            break;

          case CELL_NUMBER:
            number = g_strdup_printf ("%.15g", cell->number);
            widths[c] = MAX (widths[c], (guint)strlen (number) + 2);
            steward_xlsx_check (worksheet_write_number (sheet, row, c, cell->number, formats.common.number),
                                &status);
            break;

          case CELL_DATE:
            widths[c] = MAX (widths[c], DATE_WIDTH);
            steward_xlsx_check (worksheet_write_datetime (sheet, row, c, to_lxw (&cell->when, &when), formats.date), &status);
            break;

          case CELL_DATE_TIME:
            widths[c] = MAX (widths[c], DATE_TIME_WIDTH);
            steward_xlsx_check (worksheet_write_datetime (sheet, row, c, to_lxw (&cell->when, &when), formats.date_time), &status);
            break;

          case CELL_EMPTY:
          default:
            steward_xlsx_check (worksheet_write_blank (sheet, row, c, formats.common.cell), &status);
            break;
          }
      }

  for (guint c = 0; c < reg->n_columns; c++)
    {
      guint max_width = reg->columns[c].max_width ? reg->columns[c].max_width : STEWARD_XLSX_MAX_WIDTH;

      steward_xlsx_check (worksheet_set_column (sheet, c, c, CLAMP (widths[c], STEWARD_XLSX_MIN_WIDTH,
                                                                    MAX (max_width, STEWARD_XLSX_MIN_WIDTH)),
                                                NULL),
                          &status);
    }

  worksheet_freeze_panes (sheet, HEADER_ROW + 1, 0);
  steward_xlsx_check (worksheet_autofilter (sheet, HEADER_ROW, 0, HEADER_ROW + export->n_rows, last_col), &status);
  steward_xlsx_set_print (sheet, TRUE, HEADER_ROW, HEADER_ROW, &status);

  return steward_xlsx_close (workbook, display_name, status, error);
}
