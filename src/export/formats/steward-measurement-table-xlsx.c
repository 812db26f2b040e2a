/* steward-measurement-table-xlsx.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-measurement-table-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-measurement-table-private.h"
#include "steward-formats.h"
#include "steward-xlsx.h"

/* The measurement table as a workbook: a sheet for every year that has
 * values, opened on the year asked for. */

enum
{
  COL_OBJECTIVE,
  COL_KPI,
  COL_TARGET,
  COL_FIRST_MONTH,
  COL_VERDICT = COL_FIRST_MONTH + STEWARD_MEASUREMENT_TABLE_N_MONTHS,
  COL_OWNER,
  COL_NOTES,
  N_COLS,
};

#define HEADER_ROW 2
#define MONTH_WIDTH 8

typedef struct
{
  StewardXlsxFormats  common;
  lxw_format         *missed;      /* a number that missed its target */
  lxw_format         *centre;      /* "—", the verdict */
  lxw_format         *verdict_missed;
} Formats;

static void
write_text_cell (lxw_worksheet *sheet,
                 lxw_row_t      r,
                 lxw_col_t      c,
                 const char    *text,
                 lxw_format    *format,
                 guint         *widths,
                 lxw_error     *status)
{
  widths[c] = MAX (widths[c], steward_xlsx_display_width (text) + 2);
  steward_xlsx_check (worksheet_write_string (sheet, r, c, text, format), status);
}

static void
write_period (lxw_worksheet            *sheet,
              Formats                  *formats,
              lxw_row_t                 r,
              const StewardTablePeriod *period,
              lxw_error                *status)
{
  lxw_col_t first = COL_FIRST_MONTH + period->first_month;
  lxw_col_t last = first + period->n_months - 1;
  lxw_format *format = period->missed ? formats->missed : formats->common.number;

  if (!period->has_value)
    format = formats->centre;

  /* A merged range holds a string; a number is written over its first
   * cell afterwards, in the range's format. */
  if (last > first)
    steward_xlsx_check (worksheet_merge_range (sheet, r, first, r, last, "", format), status);

  if (period->has_value)
    steward_xlsx_check (worksheet_write_number (sheet, r, first, period->value, format), status);
  else if (last == first || *period->text != '\0')
    steward_xlsx_check (worksheet_write_string (sheet, r, first, period->text, format), status);
}

static void
write_sheet (lxw_worksheet *sheet,
             Formats       *formats,
             StewardTable  *table,
             lxw_error     *status)
{
  static const struct
  {
    lxw_col_t          col;
    StewardTableColumn column;
    guint              max_width;
  } text_columns[] = {
    { COL_OBJECTIVE, STEWARD_TABLE_COLUMN_OBJECTIVE, 40 },
    { COL_KPI, STEWARD_TABLE_COLUMN_KPI, 30 },
    { COL_TARGET, STEWARD_TABLE_COLUMN_TARGET, 20 },
    { COL_VERDICT, STEWARD_TABLE_COLUMN_VERDICT, 14 },
    { COL_OWNER, STEWARD_TABLE_COLUMN_OWNER, 14 },
    { COL_NOTES, STEWARD_TABLE_COLUMN_NOTES, 40 },
  };
  g_autofree char *heading = steward_export_dup_heading (table->title, table->organization);
  g_autofree char *info = NULL;
  guint widths[N_COLS] = { 0 };

  if (*table->reference != '\0')
    info = g_strdup_printf ("%s    %s", table->reference, table->year_text);
  else
    info = g_strdup (table->year_text);
  steward_xlsx_write_heading (sheet, &formats->common, N_COLS - 1, heading, info, status);

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    write_text_cell (sheet, HEADER_ROW, text_columns[i].col, steward_table_column_get_title (text_columns[i].column),
                     formats->common.header, widths, status);
  for (guint m = 0; m < STEWARD_MEASUREMENT_TABLE_N_MONTHS; m++)
    steward_xlsx_check (worksheet_write_string (sheet, HEADER_ROW, COL_FIRST_MONTH + m,
                                                steward_table_month_get_title (m), formats->common.header),
                        status);

  for (guint i = 0; i < table->rows->len; i++)
    {
      StewardTableRow *row = g_ptr_array_index (table->rows, i);
      lxw_row_t r = HEADER_ROW + 1 + i;

      write_text_cell (sheet, r, COL_OBJECTIVE, row->objective, formats->common.cell, widths, status);
      write_text_cell (sheet, r, COL_KPI, row->kpi, formats->common.cell, widths, status);
      write_text_cell (sheet, r, COL_TARGET, row->target, formats->common.cell, widths, status);
      for (guint p = 0; p < row->n_periods; p++)
        write_period (sheet, formats, r, &row->periods[p], status);
      write_text_cell (sheet, r, COL_VERDICT, row->verdict,
                       row->verdict_missed ? formats->verdict_missed : formats->centre, widths, status);
      write_text_cell (sheet, r, COL_OWNER, row->owner, formats->common.cell, widths, status);
      write_text_cell (sheet, r, COL_NOTES, row->notes, formats->common.cell, widths, status);
    }

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      lxw_col_t col = text_columns[i].col;

      steward_xlsx_check (worksheet_set_column (sheet, col, col,
                                                CLAMP (widths[col], STEWARD_XLSX_MIN_WIDTH, text_columns[i].max_width),
                                                NULL),
                          status);
    }
  steward_xlsx_check (worksheet_set_column (sheet, COL_FIRST_MONTH, COL_VERDICT - 1, MONTH_WIDTH, NULL), status);

  worksheet_freeze_panes (sheet, HEADER_ROW + 1, COL_TARGET);
  steward_xlsx_set_print (sheet, TRUE, HEADER_ROW, HEADER_ROW, status);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

/* Every year with a measured value, and the year asked for, in order. */
static GArray *
collect_years (GPtrArray *evaluations,
               int        year)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_add (seen, GINT_TO_POINTER (year));
  for (guint e = 0; e < evaluations->len; e++)
    {
      StewardEvaluation *evaluation = g_ptr_array_index (evaluations, e);

      for (guint i = 0; i < steward_evaluation_get_n_periods (evaluation); i++)
        {
          const StewardPeriodResult *period = steward_evaluation_get_period (evaluation, i);

          if (period->has_value)
            g_hash_table_add (seen, GINT_TO_POINTER ((int)g_date_get_year (&period->start)));
        }
    }

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int y = GPOINTER_TO_INT (key);

      g_array_append_val (years, y);
    }
  g_array_sort (years, compare_years);

  return years;
}

static lxw_format *
add_format (lxw_workbook *workbook,
            gboolean      missed,
            gboolean      bold)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (format);
  if (missed)
    format_set_bg_color (format, 0xFCDCDC);
  if (bold)
    format_set_bold (format);

  return format;
}

gboolean
steward_measurement_table_write_xlsx (const char  *tmp_path,
                                      const char  *display_name,
                                      gpointer     user_data,
                                      GError     **error)
{
  StewardMeasurementTableExport *export = user_data;
  g_autoptr(GArray) years = collect_years (export->evaluations, export->options->year);
  lxw_error status = LXW_NO_ERROR;
  lxw_workbook *workbook;
  Formats formats;

  workbook = steward_xlsx_new (tmp_path, display_name, _("ISMS effectiveness measurement table"),
                               export->options->organization, &formats.common, error);
  if (workbook == NULL)
    return FALSE;

  formats.missed = add_format (workbook, TRUE, TRUE);
  formats.centre = add_format (workbook, FALSE, FALSE);
  formats.verdict_missed = add_format (workbook, FALSE, TRUE);

  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr(StewardTable) table = steward_table_new (export->evaluations, export->options, year);
      g_autofree char *name = steward_table_dup_year (year, export->options->calendar);
      lxw_worksheet *sheet = steward_xlsx_add_sheet (workbook, name);

      if (sheet == NULL)
        return steward_xlsx_close (workbook, display_name, LXW_ERROR_MEMORY_MALLOC_FAILED, error);

      write_sheet (sheet, &formats, table, &status);
      /* Excel opens on the year asked for. */
      if (year == export->options->year)
        worksheet_activate (sheet);
    }

  return steward_xlsx_close (workbook, display_name, status, error);
}
