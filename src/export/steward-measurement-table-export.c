/* steward-measurement-table-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-measurement-table-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-export-util.h"
#include "steward-measurement-table-private.h"

/* The measurement table as a file: CSV of the year for other tools, a
 * workbook with a sheet for every year that has values, a PDF of the
 * year with its trend charts to hand to the management review; and the
 * same pages on a printer. */

typedef struct
{
  GPtrArray                            *evaluations;
  const StewardMeasurementTableOptions *options;
  StewardMeasurementTablePages         *pages;
} Export;

/* CSV */

/* CSV has no merged cells: a value stands in the column of the month its
 * period starts in, and the frequency column says how to read it. */
static gboolean
write_csv (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  Export *export = user_data;
  g_autoptr(StewardTable) table = steward_table_new (export->evaluations, export->options,
                                                     export->options->year);
  g_autoptr(StewardCsv) csv = steward_csv_new ();

  steward_csv_add_text (csv, steward_table_column_get_title (STEWARD_TABLE_COLUMN_OBJECTIVE));
  steward_csv_add_text (csv, steward_table_column_get_title (STEWARD_TABLE_COLUMN_KPI));
  /* TRANSLATORS: a column of the measurement table as CSV */
  steward_csv_add_text (csv, _("Unit"));
  steward_csv_add_text (csv, steward_table_column_get_title (STEWARD_TABLE_COLUMN_TARGET));
  /* TRANSLATORS: a column of the measurement table as CSV: how often the
   * indicator is measured */
  steward_csv_add_text (csv, _("Frequency"));
  for (guint m = 0; m < STEWARD_MEASUREMENT_TABLE_N_MONTHS; m++)
    {
      g_autofree char *month = NULL;
      GDate start;

      g_date_clear (&start, 1);
      g_date_set_dmy (&start, 1, m + 1, table->year);
      month = steward_period_format (STEWARD_FREQUENCY_MONTHLY, &start, table->calendar);
      steward_csv_add_text (csv, month);
    }
  steward_csv_add_text (csv, steward_table_column_get_title (STEWARD_TABLE_COLUMN_VERDICT));
  steward_csv_add_text (csv, steward_table_column_get_title (STEWARD_TABLE_COLUMN_OWNER));
  steward_csv_add_text (csv, steward_table_column_get_title (STEWARD_TABLE_COLUMN_NOTES));
  steward_csv_end_row (csv);

  for (guint i = 0; i < table->rows->len; i++)
    {
      StewardTableRow *row = g_ptr_array_index (table->rows, i);
      const StewardTablePeriod *by_month[STEWARD_MEASUREMENT_TABLE_N_MONTHS] = { NULL };

      for (guint p = 0; p < row->n_periods; p++)
        by_month[row->periods[p].first_month] = &row->periods[p];

      steward_csv_add_text (csv, row->objective);
      steward_csv_add_text (csv, steward_objective_get_kpi_name (steward_evaluation_get_objective (row->evaluation)));
      steward_csv_add_text (csv, row->unit);
      steward_csv_add_text (csv, row->target);
      steward_csv_add_text (csv, steward_frequency_to_string (row->frequency));
      /* Numbers as numbers; a period without a value is an empty field. */
      for (guint m = 0; m < STEWARD_MEASUREMENT_TABLE_N_MONTHS; m++)
        {
          if (by_month[m] != NULL && by_month[m]->has_value)
            steward_csv_add_number (csv, by_month[m]->value);
          else
            steward_csv_add_text (csv, "");
        }
      steward_csv_add_text (csv, row->verdict);
      steward_csv_add_text (csv, row->owner);
      steward_csv_add_text (csv, row->notes);
      steward_csv_end_row (csv);
    }

  return steward_csv_write (csv, tmp_path, error);
}

/* XLSX */

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
  widths[c] = MAX (widths[c], steward_export_display_width (text) + 2);
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

static gboolean
write_xlsx (const char  *tmp_path,
            const char  *display_name,
            gpointer     user_data,
            GError     **error)
{
  Export *export = user_data;
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

/* PDF */

static guint
paginate_pdf (cairo_t  *cr,
              gpointer  user_data)
{
  Export *export = user_data;

  export->pages = steward_measurement_table_paginate (export->evaluations, export->options, cr,
                                                      STEWARD_PAGE_A4_HEIGHT, STEWARD_PAGE_A4_WIDTH);

  return steward_measurement_table_pages_get_n_pages (export->pages);
}

static void
draw_pdf_page (cairo_t  *cr,
               guint     page,
               gpointer  user_data)
{
  Export *export = user_data;

  steward_measurement_table_pages_draw_page (export->pages, cr, page);
}

static gboolean
write_pdf (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  Export *export = user_data;
  gboolean ok;

  /* A4 in landscape: the twelve months need the width. */
  ok = steward_pdf_write (tmp_path, display_name, STEWARD_PAGE_A4_HEIGHT, STEWARD_PAGE_A4_WIDTH,
                          _("ISMS effectiveness measurement table"), export->options->organization,
                          paginate_pdf, draw_pdf_page, export, error);
  g_clear_pointer (&export->pages, steward_measurement_table_pages_free);

  return ok;
}

/**
 * steward_measurement_table_export:
 * @evaluations: (element-type StewardEvaluation): every objective, in
 *   the order of the table
 * @path: the file to write, its format named by its extension
 * @options: the year, and what the form says above the table
 *
 * Writes the measurement table of the options' year as CSV or PDF, or as
 * a workbook with a sheet for each year that has values. The file
 * appears when it is complete; on error there is no file, and what was
 * at @path before is kept.
 *
 * Returns: whether the file was written
 */
gboolean
steward_measurement_table_export (GPtrArray                             *evaluations,
                                  const char                            *path,
                                  const StewardMeasurementTableOptions  *options,
                                  GError                               **error)
{
  Export export = { evaluations, options, NULL };
  g_autofree char *display_name = NULL;
  g_autofree char *refusal = NULL;

  g_return_val_if_fail (evaluations != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_filename_display_name (path);
  refusal = g_strdup_printf (_("Cannot export the measurement table as “%s”: choose a file name ending in .csv, .xlsx or .pdf."),
                             display_name);

  return steward_export_run (path, write_csv, write_xlsx, write_pdf, refusal, &export, error);
}

/* Print */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   Export            *export)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_clear_pointer (&export->pages, steward_measurement_table_pages_free);
  export->pages = steward_measurement_table_paginate (export->evaluations, export->options, cr,
                                                      gtk_print_context_get_width (context),
                                                      gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, steward_measurement_table_pages_get_n_pages (export->pages));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 Export            *export)
{
  steward_measurement_table_pages_draw_page (export->pages, gtk_print_context_get_cairo_context (context),
                                             page_nr);
}

/**
 * steward_measurement_table_print:
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Shows the print dialog and prints the pages the PDF has, on A4 in
 * landscape unless the user chooses otherwise. Returns when the printing
 * has been handed to the printer or cancelled.
 *
 * Returns: FALSE with @error set when printing failed; cancelling is not
 *   an error
 */
gboolean
steward_measurement_table_print (GtkWindow                             *parent,
                                 GPtrArray                             *evaluations,
                                 const StewardMeasurementTableOptions  *options,
                                 GError                               **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  Export export = { evaluations, options, NULL };
  GtkPrintOperationResult result;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (evaluations != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The pages have margins of their own, the same as in the PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("ISMS effectiveness measurement table"));

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), &export);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), &export);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error);
  g_clear_pointer (&export.pages, steward_measurement_table_pages_free);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
