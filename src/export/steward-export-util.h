/* steward-export-util.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* What the exports share: the format a file name asks for, writing a file
 * so that it appears whole or not at all, CSV for Excel
 * (steward-export-util.c); and the frame of a printed page, its tables and
 * the PDF file (steward-export-pages.c). The formats that need a library
 * of their own are written by the formats module
 * (steward-file-writers.h). */

typedef enum
{
  STEWARD_EXPORT_FORMAT_UNKNOWN,
  STEWARD_EXPORT_FORMAT_CSV,
  STEWARD_EXPORT_FORMAT_XLSX,
  STEWARD_EXPORT_FORMAT_PDF,
  STEWARD_EXPORT_FORMAT_PNG,
  STEWARD_EXPORT_FORMAT_SVG,
} StewardExportFormat;

StewardExportFormat steward_export_format_from_path   (const char  *path);

/* "Document number: X    Version: Y", either half alone, or "". */
char               *steward_export_dup_reference      (const char  *document_number,
                                                       const char  *version);
/* "Title — Organization", or the title alone. */
char               *steward_export_dup_heading        (const char  *title,
                                                       const char  *organization);

/* Writing a file */

/* Writes the file at @tmp_path, which exists already: open it, do not
 * replace it. @display_name names the destination in error messages. */
typedef gboolean (*StewardExportWriteFunc) (const char  *tmp_path,
                                            const char  *display_name,
                                            gpointer     user_data,
                                            GError     **error);

gboolean            steward_export_write_atomically   (const char              *path,
                                                       StewardExportWriteFunc   writer,
                                                       gpointer                 user_data,
                                                       GError                 **error);

/* Writes @path with the writer its extension asks for; refuses any other
 * extension with @refusal, which says which ones work. */
gboolean            steward_export_run                (const char              *path,
                                                       StewardExportWriteFunc   write_csv,
                                                       StewardExportWriteFunc   write_xlsx,
                                                       StewardExportWriteFunc   write_pdf,
                                                       const char              *refusal,
                                                       gpointer                 user_data,
                                                       GError                 **error);

/* CSV: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends. */

typedef struct _StewardCsv StewardCsv;

StewardCsv         *steward_csv_new                   (void);
void                steward_csv_free                  (StewardCsv  *self);
void                steward_csv_add_text              (StewardCsv  *self,
                                                       const char  *text);
void                steward_csv_add_number            (StewardCsv  *self,
                                                       double       value);
void                steward_csv_add_row               (StewardCsv         *self,
                                                       const char * const *texts,
                                                       guint               n_texts);
void                steward_csv_end_row               (StewardCsv  *self);
/* The text as written, for tests. */
const char         *steward_csv_peek                  (StewardCsv  *self,
                                                       gsize       *length);
gboolean            steward_csv_write                 (StewardCsv  *self,
                                                       const char  *tmp_path,
                                                       GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardCsv, steward_csv_free)

/* Pages */

#define STEWARD_PAGE_A4_WIDTH   595.0   /* in points */
#define STEWARD_PAGE_A4_HEIGHT  842.0
#define STEWARD_PAGE_MARGIN      40.0

/* The frame of every page of a form: its title, the organization, the
 * document's line with a note at its right ("As of ..."), and the page
 * number at the foot. Measured for a page, in points. */
typedef struct
{
  double        width;
  double        height;
  double        content_width;
  double        body_top;      /* where the frame leaves room for the body */
  double        body_bottom;

  /*< private >*/
  PangoContext *context;
  PangoLayout  *title;
  PangoLayout  *organization;
  PangoLayout  *reference;
  PangoLayout  *note;
} StewardPageFrame;

StewardPageFrame   *steward_page_frame_new            (cairo_t           *cr,
                                                       double             width,
                                                       double             height,
                                                       const char        *title,
                                                       const char        *organization,
                                                       const char        *reference,
                                                       const char        *note);
void                steward_page_frame_free           (StewardPageFrame  *self);
/* (transfer full): plain text (never markup), the CJK font, @width in
 * points or -1 for no wrapping. */
PangoLayout        *steward_page_frame_new_layout     (StewardPageFrame  *self,
                                                       const char        *text,
                                                       double             size,
                                                       PangoWeight        weight,
                                                       double             width,
                                                       PangoAlignment     alignment);
void                steward_page_frame_draw           (StewardPageFrame  *self,
                                                       cairo_t           *cr,
                                                       guint              page,
                                                       guint              n_pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardPageFrame, steward_page_frame_free)

double              steward_layout_get_width          (PangoLayout       *layout);
double              steward_layout_get_height         (PangoLayout       *layout);
void                steward_layout_draw               (cairo_t           *cr,
                                                       PangoLayout       *layout,
                                                       double             x,
                                                       double             y);

/* Tables on a page: rows of cells, each with its own width so that a cell
 * can span columns; a row never breaks across pages. */

#define STEWARD_TABLE_CELL_PADDING 3.0

typedef struct
{
  PangoLayout *layout;      /* nullable */
  double       width;
  gboolean     shaded;      /* a light ground that marks the cell */
} StewardTableCell;

/* One row at (@x, @y): a grey ground for a header, the cells, the line
 * above and those between them. Lines shared by two cells are drawn once:
 * steward_table_draw_rule() draws the line under the last row. */
void                steward_table_draw_row            (cairo_t                 *cr,
                                                       double                   x,
                                                       double                   y,
                                                       double                   height,
                                                       const StewardTableCell  *cells,
                                                       guint                    n_cells,
                                                       gboolean                 header);
void                steward_table_draw_rule           (cairo_t                 *cr,
                                                       double                   x,
                                                       double                   y,
                                                       double                   width);

/* A PDF of @n_pages pages drawn by @draw_page. @paginate, called first
 * with the PDF's cairo_t for measuring, returns the number of pages. */
typedef guint (*StewardPdfPaginateFunc) (cairo_t  *cr,
                                         gpointer  user_data);
typedef void  (*StewardPdfDrawPageFunc) (cairo_t  *cr,
                                         guint     page,
                                         gpointer  user_data);

gboolean            steward_pdf_write                 (const char              *tmp_path,
                                                       const char              *display_name,
                                                       double                   width,
                                                       double                   height,
                                                       const char              *title,
                                                       const char              *subject,
                                                       StewardPdfPaginateFunc   paginate,
                                                       StewardPdfDrawPageFunc   draw_page,
                                                       gpointer                 user_data,
                                                       GError                 **error);

G_END_DECLS
