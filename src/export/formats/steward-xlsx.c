/* steward-xlsx.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "steward-xlsx.h"

guint
steward_xlsx_display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return width;
}

guint
steward_xlsx_text_width (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint width = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    width = MAX (width, steward_xlsx_display_width (lines[i]));

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
  properties.company = doc_company != NULL && *doc_company != '\0' ? doc_company : NULL;
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
