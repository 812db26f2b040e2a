/* steward-chart-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "steward-chart-export.h"
#include "steward-export-util.h"

/* A chart to a file, as the window draws it, in the light colours of a
 * printed page: PNG (at twice the size, for slides and documents), SVG or
 * PDF, by the file's extension. */

#define PNG_SCALE 2.0

typedef struct
{
  StewardChartPlot    *plot;
  StewardExportFormat  format;
  double               width;
  double               height;
} Job;

static gboolean
check_status (cairo_status_t   status,
              const char      *display_name,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* TRANSLATORS: %s is a file name, then what went wrong */
               _("The chart could not be written to “%s”: %s"), display_name, cairo_status_to_string (status));
  return FALSE;
}

static void
draw (Job     *job,
      cairo_t *cr)
{
  StewardChartPalette palette;

  steward_chart_palette_init_light (&palette);
  cairo_set_source_rgba (cr, palette.background.red, palette.background.green, palette.background.blue, 1);
  cairo_paint (cr);
  steward_chart_plot_draw (job->plot, cr, job->width, job->height, &palette);
}

static gboolean
write_chart (const char  *tmp_path,
             const char  *display_name,
             gpointer     user_data,
             GError     **error)
{
  Job *job = user_data;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (job->format == STEWARD_EXPORT_FORMAT_PNG)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->width * PNG_SCALE, job->height * PNG_SCALE);
  else if (job->format == STEWARD_EXPORT_FORMAT_SVG)
    surface = cairo_svg_surface_create (tmp_path, job->width, job->height);
  else
    surface = cairo_pdf_surface_create (tmp_path, job->width, job->height);

  cr = cairo_create (surface);
  if (job->format == STEWARD_EXPORT_FORMAT_PNG)
    cairo_scale (cr, PNG_SCALE, PNG_SCALE);
  draw (job, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && job->format == STEWARD_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, tmp_path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_status (status, display_name, error);
}

/**
 * steward_chart_export:
 * @width: the chart's width, in points (PDF, SVG) or pixels at 1× (PNG)
 *
 * Draws @plot to @path, a PNG, SVG or PDF file by its extension. An
 * existing file is replaced only once the whole chart is written.
 */
gboolean
steward_chart_export (StewardChartPlot  *plot,
                      const char        *path,
                      double             width,
                      double             height,
                      GError           **error)
{
  Job job = { plot, steward_export_format_from_path (path), width, height };

  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (plot), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (job.format != STEWARD_EXPORT_FORMAT_PNG && job.format != STEWARD_EXPORT_FORMAT_SVG &&
      job.format != STEWARD_EXPORT_FORMAT_PDF)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A chart can be exported as PNG, SVG or PDF: end the file name with .png, .svg or .pdf."));
      return FALSE;
    }

  return steward_export_write_atomically (path, write_chart, &job, error);
}
