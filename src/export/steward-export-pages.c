/* steward-export-pages.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-export-pages"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "steward-export-util.h"

/* The printed forms' pages (declared in steward-export-util.h): the frame
 * every page has, tables of rows of cells, and the PDF file the pages
 * go to. */

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Noto Sans CJK is what fonts-noto-cjk installs and the Flatpak sees from
 * the host; the family list falls back to whatever Sans fontconfig has. */
#define FONT_FAMILY       "Noto Sans CJK TC,Sans"
#define REFERENCE_SIZE    9.0
#define FOOTER_SIZE       8.0
#define HEADER_GAP       10.0
#define FOOTER_GAP        8.0

double
steward_layout_get_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double)height / PANGO_SCALE;
}

double
steward_layout_get_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double)width / PANGO_SCALE;
}

void
steward_layout_draw (cairo_t     *cr,
                     PangoLayout *layout,
                     double       x,
                     double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

PangoLayout *
steward_page_frame_new_layout (StewardPageFrame *self,
                               const char       *text,
                               double            size,
                               PangoWeight       weight,
                               double            width,
                               PangoAlignment    alignment)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  PangoLayout *layout = pango_layout_new (self->context);

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  /* Plain text, never markup: a name with "<" or "&" is a name. */
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      /* WORD_CHAR: words where there are spaces, characters in a long
       * e-mail address or in Han text, which has no spaces. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      /* An e-mail address broken across lines must not gain a hyphen
       * that someone then types. */
      pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
      pango_layout_set_attributes (layout, attributes);
    }
  pango_layout_set_alignment (layout, alignment);

  return layout;
}

/**
 * steward_page_frame_new:
 * @cr: the cairo_t the pages are drawn on, for measuring text
 * @width: (in points): the page
 * @organization: (nullable):
 * @reference: (nullable): the document number and version
 * @note: (nullable): at the right of the reference, such as the day
 *
 * Returns: (transfer full): the frame, with room for the body between
 *   body_top and body_bottom
 */
StewardPageFrame *
steward_page_frame_new (cairo_t    *cr,
                        double      width,
                        double      height,
                        const char *title,
                        const char *organization,
                        const char *reference,
                        const char *note)
{
  StewardPageFrame *self = g_new0 (StewardPageFrame, 1);
  cairo_font_options_t *options = cairo_font_options_create ();
  double y = STEWARD_PAGE_MARGIN;

  self->width = width;
  self->height = height;
  self->content_width = width - 2 * STEWARD_PAGE_MARGIN;

  /* Measured once for the page, not for a screen: no hinting, no
   * rounding of glyph positions to whole pixels. */
  self->context = pango_cairo_create_context (cr);
  /* Units are points: a 9 pt font is 9 units high, not 12 as at the
   * 96 dpi Pango assumes for a screen. */
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  /* The forms are Traditional Chinese whatever the language of the
   * desktop: Han characters take their Taiwanese forms. */
  pango_context_set_language (self->context, pango_language_from_string ("zh-tw"));

  self->title = steward_page_frame_new_layout (self, title, 16, PANGO_WEIGHT_BOLD,
                                               self->content_width, PANGO_ALIGN_CENTER);
  y += steward_layout_get_height (self->title);
  if (is_set (organization))
    {
      self->organization = steward_page_frame_new_layout (self, organization, 11, PANGO_WEIGHT_NORMAL,
                                                          self->content_width, PANGO_ALIGN_CENTER);
      y += 2 + steward_layout_get_height (self->organization);
    }
  y += HEADER_GAP;
  self->reference = steward_page_frame_new_layout (self, reference ? reference : "", REFERENCE_SIZE,
                                                   PANGO_WEIGHT_NORMAL, self->content_width * 0.6,
                                                   PANGO_ALIGN_LEFT);
  self->note = steward_page_frame_new_layout (self, note ? note : "", REFERENCE_SIZE,
                                              PANGO_WEIGHT_NORMAL, self->content_width * 0.4,
                                              PANGO_ALIGN_RIGHT);
  y += MAX (steward_layout_get_height (self->reference), steward_layout_get_height (self->note)) + 4;

  self->body_top = y;
  /* Room at the foot for the page number. */
  self->body_bottom = height - STEWARD_PAGE_MARGIN - FOOTER_GAP - REFERENCE_SIZE * 1.5;

  return self;
}

void
steward_page_frame_free (StewardPageFrame *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->title);
  g_clear_object (&self->organization);
  g_clear_object (&self->reference);
  g_clear_object (&self->note);
  g_clear_object (&self->context);
  g_free (self);
}

/* The frame of page @page (from 0) of @n_pages, in black. */
void
steward_page_frame_draw (StewardPageFrame *self,
                         cairo_t          *cr,
                         guint             page,
                         guint             n_pages)
{
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  double x = STEWARD_PAGE_MARGIN;
  double y = STEWARD_PAGE_MARGIN;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  steward_layout_draw (cr, self->title, x, y);
  y += steward_layout_get_height (self->title);
  if (self->organization != NULL)
    {
      y += 2;
      steward_layout_draw (cr, self->organization, x, y);
      y += steward_layout_get_height (self->organization);
    }
  y += HEADER_GAP;
  steward_layout_draw (cr, self->reference, x, y);
  steward_layout_draw (cr, self->note, x + self->content_width * 0.6, y);

  /* TRANSLATORS: at the foot of a page of a form: the page number, then
   * the number of pages */
  number = g_strdup_printf (_("%u / %u"), page + 1, n_pages);
  footer = steward_page_frame_new_layout (self, number, FOOTER_SIZE, PANGO_WEIGHT_NORMAL,
                                          self->content_width, PANGO_ALIGN_CENTER);
  steward_layout_draw (cr, footer, x, self->height - STEWARD_PAGE_MARGIN - steward_layout_get_height (footer));

  cairo_restore (cr);
}

/* Tables */

#define GRID_WIDTH 0.5

void
steward_table_draw_row (cairo_t                *cr,
                        double                  x,
                        double                  y,
                        double                  height,
                        const StewardTableCell *cells,
                        guint                   n_cells,
                        gboolean                header)
{
  double width = 0;
  double left;

  for (guint i = 0; i < n_cells; i++)
    width += cells[i].width;

  cairo_save (cr);

  if (header)
    {
      cairo_rectangle (cr, x, y, width, height);
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_fill (cr);
    }

  left = x;
  for (guint i = 0; i < n_cells; i++)
    {
      if (cells[i].shaded)
        {
          cairo_rectangle (cr, left, y, cells[i].width, height);
          cairo_set_source_rgb (cr, 0.99, 0.86, 0.86);
          cairo_fill (cr);
        }
      left += cells[i].width;
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  left = x;
  for (guint i = 0; i < n_cells; i++)
    {
      if (cells[i].layout != NULL)
        steward_layout_draw (cr, cells[i].layout,
                             left + STEWARD_TABLE_CELL_PADDING, y + STEWARD_TABLE_CELL_PADDING);
      left += cells[i].width;
    }

  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  cairo_rel_line_to (cr, width, 0);
  left = x;
  for (guint i = 0; i <= n_cells; i++)
    {
      cairo_move_to (cr, left, y);
      cairo_rel_line_to (cr, 0, height);
      if (i < n_cells)
        left += cells[i].width;
    }
  cairo_set_line_width (cr, GRID_WIDTH);
  cairo_stroke (cr);

  cairo_restore (cr);
}

void
steward_table_draw_rule (cairo_t *cr,
                         double   x,
                         double   y,
                         double   width)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  cairo_rel_line_to (cr, width, 0);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, GRID_WIDTH);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* PDF */

static gboolean
set_cairo_error (cairo_status_t   status,
                 const char      *display_name,
                 GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write the PDF file “%s”: %s"),
               display_name, cairo_status_to_string (status));
  return FALSE;
}

gboolean
steward_pdf_write (const char              *tmp_path,
                   const char              *display_name,
                   double                   width,
                   double                   height,
                   const char              *title,
                   const char              *subject,
                   StewardPdfPaginateFunc   paginate,
                   StewardPdfDrawPageFunc   draw_page,
                   gpointer                 user_data,
                   GError                 **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  surface = cairo_pdf_surface_create (tmp_path, width, height);
  if (!set_cairo_error (cairo_surface_status (surface), display_name, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (is_set (subject))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Steward");

  cr = cairo_create (surface);
  n_pages = paginate (cr, user_data);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_save (cr);
      draw_page (cr, page, user_data);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return set_cairo_error (status, display_name, error);
}
