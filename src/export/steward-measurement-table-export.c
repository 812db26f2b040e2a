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
#include "steward-file-writers.h"
#include "steward-measurement-table-private.h"

/* The measurement table as a file: CSV of the year for other tools, a
 * workbook with a sheet for every year that has values, a PDF of the
 * year with its trend charts to hand to the management review; and the
 * same pages on a printer. */

/* CSV */

/* CSV has no merged cells: a value stands in the column of the month its
 * period starts in, and the frequency column says how to read it. */
static gboolean
write_csv (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  StewardMeasurementTableExport *export = user_data;
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

/* XLSX, by the formats module */

static gboolean
write_xlsx (const char  *tmp_path,
            const char  *display_name,
            gpointer     user_data,
            GError     **error)
{
  const StewardFileWriters *writers = steward_file_writers_get (error);

  return writers != NULL && writers->measurement_table_xlsx (tmp_path, display_name, user_data, error);
}

/* PDF */

static guint
paginate_pdf (cairo_t  *cr,
              gpointer  user_data)
{
  StewardMeasurementTableExport *export = user_data;

  export->pages = steward_measurement_table_paginate (export->evaluations, export->options, cr,
                                                      STEWARD_PAGE_A4_HEIGHT, STEWARD_PAGE_A4_WIDTH);

  return steward_measurement_table_pages_get_n_pages (export->pages);
}

static void
draw_pdf_page (cairo_t  *cr,
               guint     page,
               gpointer  user_data)
{
  StewardMeasurementTableExport *export = user_data;

  steward_measurement_table_pages_draw_page (export->pages, cr, page);
}

static gboolean
write_pdf (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  StewardMeasurementTableExport *export = user_data;
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
  StewardMeasurementTableExport export = { evaluations, options, NULL };
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
on_begin_print_cb (GtkPrintOperation             *operation,
                   GtkPrintContext               *context,
                   StewardMeasurementTableExport *export)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_clear_pointer (&export->pages, steward_measurement_table_pages_free);
  export->pages = steward_measurement_table_paginate (export->evaluations, export->options, cr,
                                                      gtk_print_context_get_width (context),
                                                      gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, steward_measurement_table_pages_get_n_pages (export->pages));
}

static void
on_draw_page_cb (GtkPrintOperation             *operation,
                 GtkPrintContext               *context,
                 int                            page_nr,
                 StewardMeasurementTableExport *export)
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
  StewardMeasurementTableExport export = { evaluations, options, NULL };
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
