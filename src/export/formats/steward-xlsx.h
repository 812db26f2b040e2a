/* steward-xlsx.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* What the workbooks of the formats module share: the document's
 * properties and formats, a sheet's heading and its print set-up, and
 * the first error of the calls that wrote it. */

typedef struct
{
  lxw_format *title;
  lxw_format *info;
  lxw_format *header;
  lxw_format *cell;     /* wrapped text, top */
  lxw_format *number;   /* right-aligned, centred vertically */
} StewardXlsxFormats;

/* Column widths are in Excel's units, about one digit of the default
 * font: a Han character takes two. */
#define STEWARD_XLSX_MIN_WIDTH 8
#define STEWARD_XLSX_MAX_WIDTH 40

lxw_workbook       *steward_xlsx_new                  (const char          *path,
                                                       const char          *display_name,
                                                       const char          *title,
                                                       const char          *organization,
                                                       StewardXlsxFormats  *formats,
                                                       GError             **error);
/* A sheet named @name, or Excel's default name when @name cannot be one. */
lxw_worksheet      *steward_xlsx_add_sheet            (lxw_workbook        *workbook,
                                                       const char          *name);
/* Keeps the first error of a series of calls in @first. */
void                steward_xlsx_check                (lxw_error            status,
                                                       lxw_error           *first);
/* The title (row 0) and the document's line (row 1), across the columns. */
void                steward_xlsx_write_heading        (lxw_worksheet       *sheet,
                                                       StewardXlsxFormats  *formats,
                                                       lxw_col_t            last_col,
                                                       const char          *heading,
                                                       const char          *info,
                                                       lxw_error           *status);
/* A4, as wide as the page, the rows up to @header_row on every page, the
 * page number at the foot. */
void                steward_xlsx_set_print            (lxw_worksheet       *sheet,
                                                       gboolean             landscape,
                                                       lxw_row_t            header_first,
                                                       lxw_row_t            header_last,
                                                       lxw_error           *status);
/* Closes (and frees) @workbook and reports the first error of @status. */
gboolean            steward_xlsx_close                (lxw_workbook        *workbook,
                                                       const char          *display_name,
                                                       lxw_error            status,
                                                       GError             **error);
/* The width of @text in Excel's units: a Han character takes two. */
guint               steward_xlsx_display_width        (const char          *text);
/* The same for a text that wraps: its longest line. */
guint               steward_xlsx_text_width           (const char          *text);

G_END_DECLS
