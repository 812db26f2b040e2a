/* steward-export-util.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-export-util"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "steward-export-util.h"

static const struct
{
  const char          *extension;
  StewardExportFormat  format;
} extensions[] = {
  { ".csv", STEWARD_EXPORT_FORMAT_CSV },
  { ".xlsx", STEWARD_EXPORT_FORMAT_XLSX },
  { ".pdf", STEWARD_EXPORT_FORMAT_PDF },
  { ".png", STEWARD_EXPORT_FORMAT_PNG },
  { ".svg", STEWARD_EXPORT_FORMAT_SVG },
};

/**
 * steward_export_format_from_path:
 *
 * Returns: the format the extension of @path names, whatever its case, or
 *   %STEWARD_EXPORT_FORMAT_UNKNOWN
 */
StewardExportFormat
steward_export_format_from_path (const char *path)
{
  g_autofree char *basename = NULL;
  const char *dot;

  g_return_val_if_fail (path != NULL, STEWARD_EXPORT_FORMAT_UNKNOWN);

  basename = g_path_get_basename (path);
  dot = strrchr (basename, '.');

  /* ".csv" alone is a hidden file with no extension. */
  if (dot == NULL || dot == basename)
    return STEWARD_EXPORT_FORMAT_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_ascii_strcasecmp (dot, extensions[i].extension) == 0)
      return extensions[i].format;

  return STEWARD_EXPORT_FORMAT_UNKNOWN;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

char *
steward_export_dup_reference (const char *document_number,
                              const char *version)
{
  if (is_set (document_number) && is_set (version))
    /* TRANSLATORS: in the header of a form (the roster, the measurement
     * table) */
    return g_strdup_printf (_("Document number: %s    Version: %s"), document_number, version);
  if (is_set (document_number))
    return g_strdup_printf (_("Document number: %s"), document_number);
  if (is_set (version))
    return g_strdup_printf (_("Version: %s"), version);

  return g_strdup ("");
}

char *
steward_export_dup_heading (const char *title,
                            const char *organization)
{
  if (!is_set (organization))
    return g_strdup (title);

  /* TRANSLATORS: the title of a spreadsheet: the form's name, then the
   * organization; zh_TW may put the organization first with %2$s %1$s */
  return g_strdup_printf (_("%s — %s"), title, organization);
}

/* Writing */

static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *display_name)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: %s"), display_name, g_strerror (saved_errno));
}

/**
 * steward_export_write_atomically:
 * @path: the destination
 * @writer: writes the file at the temporary path it is given
 *
 * Each export is written to a hidden file beside the destination and
 * renamed over it at the end, so that a failed export leaves nothing
 * behind and never half of a file; what was at @path is kept until then.
 *
 * Returns: whether the file was written
 */
gboolean
steward_export_write_atomically (const char              *path,
                                 StewardExportWriteFunc   writer,
                                 gpointer                 user_data,
                                 GError                 **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", basename);
  g_autofree char *tmp_path = g_build_filename (dir, template, NULL);
  int fd;

  /* Mode 0666 less the umask, as any new document. */
  fd = g_mkstemp_full (tmp_path, O_RDWR, 0666);
  if (fd == -1)
    {
      set_error_from_errno (error, errno, display_name);
      return FALSE;
    }

  /* The writers open the temporary file by name and write the same inode
   * the descriptor holds: syncing it makes the rename safe after a crash. */
  if (!writer (tmp_path, display_name, user_data, error))
    goto failed;

  if (g_fsync (fd) != 0 || g_rename (tmp_path, path) != 0)
    {
      set_error_from_errno (error, errno, display_name);
      goto failed;
    }

  g_close (fd, NULL);
  return TRUE;

failed:
  g_close (fd, NULL);
  g_unlink (tmp_path);
  return FALSE;
}

gboolean
steward_export_run (const char              *path,
                    StewardExportWriteFunc   write_csv,
                    StewardExportWriteFunc   write_xlsx,
                    StewardExportWriteFunc   write_pdf,
                    const char              *refusal,
                    gpointer                 user_data,
                    GError                 **error)
{
  StewardExportWriteFunc writer = NULL;

  switch (steward_export_format_from_path (path))
    {
    case STEWARD_EXPORT_FORMAT_CSV:
      writer = write_csv;
      break;

    case STEWARD_EXPORT_FORMAT_XLSX:
      writer = write_xlsx;
      break;

    case STEWARD_EXPORT_FORMAT_PDF:
      writer = write_pdf;
      break;

    case STEWARD_EXPORT_FORMAT_PNG:
    case STEWARD_EXPORT_FORMAT_SVG:
    case STEWARD_EXPORT_FORMAT_UNKNOWN:
    default:
      break;
    }

  if (writer == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, refusal);
      return FALSE;
    }

  return steward_export_write_atomically (path, writer, user_data, error);
}

/* CSV */

struct _StewardCsv
{
  GString  *text;
  gboolean  row_started;
};

StewardCsv *
steward_csv_new (void)
{
  StewardCsv *self = g_new0 (StewardCsv, 1);

  /* Excel reads a CSV file in the ANSI code page (Big5 on a Taiwanese
   * desktop) unless it starts with a byte-order mark. */
  self->text = g_string_new ("\xEF\xBB\xBF");

  return self;
}

void
steward_csv_free (StewardCsv *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_free (self);
}

static void
start_field (StewardCsv *self)
{
  if (self->row_started)
    g_string_append_c (self->text, ',');
  self->row_started = TRUE;
}

/* A signed number as text, such as "-5" or "+3.5": Excel reads it as
 * the number it is, not as a formula, and it must stay as it is. Only
 * digits with one decimal point: "-1+1" or "-0x10" are not numbers. */
static gboolean
is_plain_number (const char *text)
{
  gboolean digits = FALSE;
  gboolean point = FALSE;

  for (const char *p = text + 1; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }

  return digits;
}

/* A spreadsheet runs a cell that starts with = + - or @ as a formula
 * (a tab or CR before it is skipped): "=HYPERLINK(...)" typed into a
 * name would be a link in the committee's copy. A leading apostrophe
 * makes it text again, and Excel does not show it. */
static gboolean
needs_neutralising (const char *text)
{
  switch (text[0])
    {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return TRUE;

    case '+':
    case '-':
      return !is_plain_number (text);

    default:
      return FALSE;
    }
}

void
steward_csv_add_text (StewardCsv *self,
                      const char *text)
{
  gboolean neutralise;

  g_return_if_fail (self != NULL);

  if (text == NULL)
    text = "";

  start_field (self);
  neutralise = needs_neutralising (text);

  /* RFC 4180: only fields with a separator, a quote or a line end are
   * quoted, and a quote inside is doubled. */
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      if (neutralise)
        g_string_append_c (self->text, '\'');
      g_string_append (self->text, text);
      return;
    }

  g_string_append_c (self->text, '"');
  if (neutralise)
    g_string_append_c (self->text, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->text, '"');
      g_string_append_c (self->text, *p);
    }
  g_string_append_c (self->text, '"');
}

/* A number as a spreadsheet reads it whatever the locale: a dot before
 * the decimals, no thousands separator, as many digits as it has. */
void
steward_csv_add_number (StewardCsv *self,
                        double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (value));

  start_field (self);
  g_string_append (self->text, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

void
steward_csv_add_row (StewardCsv         *self,
                     const char * const *texts,
                     guint               n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    steward_csv_add_text (self, texts[i]);
  steward_csv_end_row (self);
}

void
steward_csv_end_row (StewardCsv *self)
{
  g_return_if_fail (self != NULL);

  g_string_append (self->text, "\r\n");
  self->row_started = FALSE;
}

const char *
steward_csv_peek (StewardCsv *self,
                  gsize      *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->text->len;

  return self->text->str;
}

gboolean
steward_csv_write (StewardCsv  *self,
                   const char  *tmp_path,
                   GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (tmp_path);
  g_autoptr(GFileIOStream) stream = NULL;
  GOutputStream *output;

  g_return_val_if_fail (self != NULL, FALSE);

  /* The temporary file exists already: open it, not replace it, so that
   * the descriptor the caller syncs is the one written. */
  stream = g_file_open_readwrite (file, NULL, error);
  if (stream == NULL)
    return FALSE;

  output = g_io_stream_get_output_stream (G_IO_STREAM (stream));
  return g_output_stream_write_all (output, self->text->str, self->text->len, NULL, NULL, error) &&
         g_io_stream_close (G_IO_STREAM (stream), NULL, error);
}

/* XLSX */

guint
steward_export_display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return width;
}

/* libxlsxwriter reports an error by each call: the first one says why. */
void
steward_xlsx_check (lxw_error  status,
                    lxw_error *first)
{
  if (status != LXW_NO_ERROR && *first == LXW_NO_ERROR)
    *first = status;
}

static void
set_start_error (GError     **error,
                 const char  *display_name)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not start the spreadsheet “%s”."), display_name);
}

lxw_workbook *
steward_xlsx_new (const char          *path,
                  const char          *display_name,
                  const char          *title,
                  const char          *organization,
                  StewardXlsxFormats  *formats,
                  GError             **error)
{
  g_autofree char *doc_title = g_strdup (title);
  g_autofree char *doc_company = g_strdup (organization);
  g_autofree char *doc_author = g_strdup ("Steward");
  lxw_doc_properties properties = { 0 };
  lxw_workbook *workbook;

  workbook = workbook_new (path);
  if (workbook == NULL)
    {
      set_start_error (error, display_name);
      return NULL;
    }

  /* libxlsxwriter copies the properties. */
  properties.title = doc_title;
  properties.company = is_set (doc_company) ? doc_company : NULL;
  properties.author = doc_author;
  if (workbook_set_properties (workbook, &properties) != LXW_NO_ERROR)
    {
      workbook_close (workbook);
      set_start_error (error, display_name);
      return NULL;
    }

  formats->title = workbook_add_format (workbook);
  format_set_bold (formats->title);
  format_set_font_size (formats->title, 14);
  format_set_align (formats->title, LXW_ALIGN_CENTER);
  format_set_align (formats->title, LXW_ALIGN_VERTICAL_CENTER);

  formats->info = workbook_add_format (workbook);
  format_set_align (formats->info, LXW_ALIGN_LEFT);
  format_set_align (formats->info, LXW_ALIGN_VERTICAL_CENTER);

  formats->header = workbook_add_format (workbook);
  format_set_bold (formats->header);
  format_set_border (formats->header, LXW_BORDER_THIN);
  format_set_bg_color (formats->header, 0xD9D9D9);
  format_set_align (formats->header, LXW_ALIGN_CENTER);
  format_set_align (formats->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (formats->header);

  formats->cell = workbook_add_format (workbook);
  format_set_border (formats->cell, LXW_BORDER_THIN);
  format_set_align (formats->cell, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (formats->cell);

  formats->number = workbook_add_format (workbook);
  format_set_border (formats->number, LXW_BORDER_THIN);
  format_set_align (formats->number, LXW_ALIGN_CENTER);
  format_set_align (formats->number, LXW_ALIGN_VERTICAL_CENTER);

  return workbook;
}

lxw_worksheet *
steward_xlsx_add_sheet (lxw_workbook *workbook,
                        const char   *name)
{
  /* A translation may not make a valid sheet name (31 characters, no
   * []:*?/\): Excel's default name is better than no file. */
  if (name != NULL && workbook_validate_sheet_name (workbook, name) != LXW_NO_ERROR)
    name = NULL;

  return workbook_add_worksheet (workbook, name);
}

void
steward_xlsx_write_heading (lxw_worksheet      *sheet,
                            StewardXlsxFormats *formats,
                            lxw_col_t           last_col,
                            const char         *heading,
                            const char         *info,
                            lxw_error          *status)
{
  steward_xlsx_check (worksheet_merge_range (sheet, 0, 0, 0, last_col, heading, formats->title), status);
  steward_xlsx_check (worksheet_set_row (sheet, 0, 24, NULL), status);
  steward_xlsx_check (worksheet_merge_range (sheet, 1, 0, 1, last_col, info, formats->info), status);
}

void
steward_xlsx_set_print (lxw_worksheet *sheet,
                        gboolean       landscape,
                        lxw_row_t      header_first,
                        lxw_row_t      header_last,
                        lxw_error     *status)
{
  /* Printed from Excel, it looks like the PDF: A4, as wide as the page,
   * the header rows on every page, the page number at the foot. */
  worksheet_set_paper (sheet, 9 /* A4 */);
  if (landscape)
    worksheet_set_landscape (sheet);
  else
    worksheet_set_portrait (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  steward_xlsx_check (worksheet_repeat_rows (sheet, header_first, header_last), status);
  steward_xlsx_check (worksheet_set_footer (sheet, "&C&P / &N"), status);
}

gboolean
steward_xlsx_close (lxw_workbook  *workbook,
                    const char    *display_name,
                    lxw_error      status,
                    GError       **error)
{
  /* workbook_close() frees the workbook whatever happens: close it even
   * after an error, and the file is thrown away. */
  steward_xlsx_check (workbook_close (workbook), &status);

  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the spreadsheet “%s”: %s"),
                   display_name, lxw_strerror (status));
      return FALSE;
    }

  return TRUE;
}

/* Pages */

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
