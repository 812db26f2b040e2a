/* steward-context-form.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-context-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-context-private.h"
#include "steward-export-util.h"

/* The context forms, and two of their files: a CSV table for the CSV
 * import and for other tools, a workbook with a sheet a part. The PDF is
 * steward-context-pages.c. */

StewardContextForm *
steward_context_form_new (const char      *title,
                          const char      *organization,
                          const char      *reference,
                          const GDate     *as_of,
                          StewardCalendar  calendar)
{
  StewardContextForm *form = g_new0 (StewardContextForm, 1);
  g_autofree char *date = steward_date_format (as_of, calendar);

  form->title = g_strdup (title);
  form->organization = g_strdup (organization ? organization : "");
  form->reference = g_strdup (reference ? reference : "");
  /* TRANSLATORS: in the header of a form: the day it is for */
  form->as_of = g_strdup_printf (_("As of: %s"), date);
  form->calendar = calendar;
  form->parts = g_ptr_array_new ();

  return form;
}

static void
row_free (StewardContextRow *row,
          guint              n_columns)
{
  for (guint c = 0; c < n_columns; c++)
    g_free (row->cells[c].text);
  g_free (row->cells);
  g_free (row);
}

static void
part_free (StewardContextPart *part)
{
  for (guint i = 0; i < part->rows->len; i++)
    row_free (g_ptr_array_index (part->rows, i), part->n_columns);
  g_ptr_array_unref (part->rows);
  g_free (part->heading);
  g_free (part->sheet);
  g_free (part->kind);
  g_free (part->empty);
  g_free (part);
}

void
steward_context_form_free (StewardContextForm *form)
{
  if (form == NULL)
    return;

  for (guint i = 0; i < form->parts->len; i++)
    part_free (g_ptr_array_index (form->parts, i));
  g_ptr_array_unref (form->parts);
  g_free (form->title);
  g_free (form->organization);
  g_free (form->reference);
  g_free (form->as_of);
  g_free (form);
}

StewardContextPart *
steward_context_form_add_part (StewardContextForm         *form,
                               const char                 *heading,
                               const char                 *sheet,
                               const char                 *kind,
                               const char                 *empty,
                               const StewardContextColumn *columns,
                               guint                       n_columns,
                               guint                       n_grouped)
{
  StewardContextPart *part = g_new0 (StewardContextPart, 1);

  g_return_val_if_fail (n_columns <= STEWARD_CONTEXT_MAX_COLUMNS, NULL);
  g_return_val_if_fail (n_grouped <= n_columns, NULL);

  part->heading = g_strdup (heading);
  part->sheet = g_strdup (sheet);
  part->kind = g_strdup (kind);
  part->empty = g_strdup (empty);
  part->columns = columns;
  part->n_columns = n_columns;
  part->n_grouped = n_grouped;
  part->rows = g_ptr_array_new ();
  g_ptr_array_add (form->parts, part);

  return part;
}

StewardContextCell *
steward_context_part_add_row (StewardContextPart *part,
                              gboolean            continues)
{
  StewardContextRow *row = g_new0 (StewardContextRow, 1);

  row->cells = g_new0 (StewardContextCell, part->n_columns);
  for (guint c = 0; c < part->n_columns; c++)
    g_date_clear (&row->cells[c].date, 1);
  row->continues = continues && part->rows->len > 0;
  g_ptr_array_add (part->rows, row);

  return row->cells;
}

void
steward_context_cell_set_text (StewardContextCell *cell,
                               const char         *text)
{
  g_free (cell->text);
  cell->text = g_strdup (text);
}

void
steward_context_cell_set_date (StewardContextCell *cell,
                               const GDate        *date)
{
  if (date != NULL && g_date_valid (date))
    cell->date = *date;
  else
    g_date_clear (&cell->date, 1);
}

const char *
steward_context_column_get_title (const StewardContextColumn *column)
{
  if (column->context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, column->context, column->title);

  return _(column->title);
}

StewardContextCell *
steward_context_part_get_cell (StewardContextPart *part,
                               guint               row,
                               guint               column)
{
  return &((StewardContextRow *)g_ptr_array_index (part->rows, row))->cells[column];
}

/* Returns: (transfer full): the text of a cell as the PDF prints it, a
 * date in the form's calendar */
char *
steward_context_cell_dup_text (StewardContextForm *form,
                               StewardContextCell *cell)
{
  if (g_date_valid (&cell->date))
    return steward_date_format (&cell->date, form->calendar);

  return g_strdup (cell->text ? cell->text : "");
}

/* CSV */

/* Two parts share a column that has the same title. */
static gboolean
same_column (gconstpointer a,
             gconstpointer b)
{
  const StewardContextColumn *x = a;
  const StewardContextColumn *y = b;

  return g_str_equal (x->title, y->title) && g_strcmp0 (x->context, y->context) == 0;
}

/* One table whatever the parts: with several, a first column says which
 * part a row is from, and a column the parts share (internal or external)
 * is one column. The CSV import finds the columns of the records it
 * imports by their names and leaves out the others. Dates are ISO 8601,
 * which spreadsheets and the import read alike. */
static gboolean
write_csv (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  StewardContextForm *form = user_data;
  g_autoptr(StewardCsv) csv = steward_csv_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();   /* StewardContextColumn */
  g_autofree guint *positions = NULL;
  g_autofree const char **texts = NULL;
  gboolean several = form->parts->len > 1;
  guint n_positions = 0;
  guint first = several ? 1 : 0;

  for (guint p = 0; p < form->parts->len; p++)
    n_positions += ((StewardContextPart *)g_ptr_array_index (form->parts, p))->n_columns;
  positions = g_new0 (guint, n_positions);

  /* Where each column of each part goes. */
  n_positions = 0;
  for (guint p = 0; p < form->parts->len; p++)
    {
      StewardContextPart *part = g_ptr_array_index (form->parts, p);

      for (guint c = 0; c < part->n_columns; c++)
        {
          guint index;

          if (!g_ptr_array_find_with_equal_func (titles, &part->columns[c], same_column, &index))
            {
              index = titles->len;
              g_ptr_array_add (titles, (gpointer)&part->columns[c]);
            }
          positions[n_positions++] = first + index;
        }
    }

  texts = g_new0 (const char *, first + titles->len);
  if (several)
    /* TRANSLATORS: the first column of the interested parties and issues
     * register as CSV: whether a row is an interested party or an issue */
    texts[0] = _("Register");
  for (guint t = 0; t < titles->len; t++)
    texts[first + t] = steward_context_column_get_title (g_ptr_array_index (titles, t));
  steward_csv_add_row (csv, texts, first + titles->len);

  n_positions = 0;
  for (guint p = 0; p < form->parts->len; p++)
    {
      StewardContextPart *part = g_ptr_array_index (form->parts, p);
      guint *part_positions = positions + n_positions;

      for (guint r = 0; r < part->rows->len; r++)
        {
          char isos[STEWARD_CONTEXT_MAX_COLUMNS][16];

          memset (texts, 0, sizeof (char *) * (first + titles->len));
          if (several)
            texts[0] = part->kind;
          for (guint c = 0; c < part->n_columns; c++)
            {
              StewardContextCell *cell = steward_context_part_get_cell (part, r, c);

              if (g_date_valid (&cell->date))
                {
                  g_date_strftime (isos[c], sizeof isos[c], "%Y-%m-%d", &cell->date);
                  texts[part_positions[c]] = isos[c];
                }
              else
                texts[part_positions[c]] = cell->text;
            }
          steward_csv_add_row (csv, texts, first + titles->len);
        }
      n_positions += part->n_columns;
    }

  return steward_csv_write (csv, tmp_path, error);
}

/* XLSX */

#define HEADER_ROW  2
#define DATE_WIDTH  12

typedef struct
{
  StewardXlsxFormats  common;
  lxw_format         *date;
  lxw_format         *marked;
  lxw_format         *marked_date;
} Formats;

static lxw_format *
add_cell_format (lxw_workbook *workbook,
                 gboolean      date,
                 gboolean      marked)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  if (date)
    format_set_num_format (format, "yyyy-mm-dd");
  else
    format_set_text_wrap (format);
  if (marked)
    format_set_bg_color (format, 0xFCDCDC);

  return format;
}

/* A long text wraps: its column grows no wider than the longest line of
 * its cells, and no wider than the column allows. */
static guint
text_width (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint width = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    width = MAX (width, steward_export_display_width (lines[i]));

  return width;
}

static void
write_sheet (lxw_worksheet      *sheet,
             Formats            *formats,
             StewardContextPart *part,
             const char         *heading,
             const char         *info,
             lxw_error          *status)
{
  guint widths[STEWARD_CONTEXT_MAX_COLUMNS];
  lxw_col_t last_col = part->n_columns - 1;

  steward_xlsx_write_heading (sheet, &formats->common, last_col, heading, info, status);

  for (guint c = 0; c < part->n_columns; c++)
    {
      const char *title = steward_context_column_get_title (&part->columns[c]);

      widths[c] = text_width (title) + 2;
      steward_xlsx_check (worksheet_write_string (sheet, HEADER_ROW, c, title, formats->common.header), status);
    }

  for (guint r = 0; r < part->rows->len; r++)
    for (guint c = 0; c < part->n_columns; c++)
      {
        StewardContextCell *cell = steward_context_part_get_cell (part, r, c);
        lxw_row_t row = HEADER_ROW + 1 + r;

        /* Dates as dates, which sort and filter; everything else as
         * strings: a phone number keeps its leading zero. */
        if (g_date_valid (&cell->date))
          {
            lxw_datetime datetime = { g_date_get_year (&cell->date), g_date_get_month (&cell->date),
                                      g_date_get_day (&cell->date), 0, 0, 0 };

            widths[c] = MAX (widths[c], DATE_WIDTH);
            steward_xlsx_check (worksheet_write_datetime (sheet, row, c, &datetime,
                                                          cell->marked ? formats->marked_date : formats->date),
                                status);
          }
        else
          {
            const char *text = cell->text ? cell->text : "";

            widths[c] = MAX (widths[c], text_width (text) + 2);
            steward_xlsx_check (worksheet_write_string (sheet, row, c, text,
                                                        cell->marked ? formats->marked : formats->common.cell),
                                status);
          }
      }

  for (guint c = 0; c < part->n_columns; c++)
    steward_xlsx_check (worksheet_set_column (sheet, c, c,
                                              CLAMP (widths[c], STEWARD_XLSX_MIN_WIDTH, part->columns[c].max_width),
                                              NULL),
                        status);

  worksheet_freeze_panes (sheet, HEADER_ROW + 1, 0);
  steward_xlsx_check (worksheet_autofilter (sheet, HEADER_ROW, 0, HEADER_ROW + part->rows->len, last_col), status);
  steward_xlsx_set_print (sheet, TRUE, HEADER_ROW, HEADER_ROW, status);
}

static gboolean
write_xlsx (const char  *tmp_path,
            const char  *display_name,
            gpointer     user_data,
            GError     **error)
{
  StewardContextForm *form = user_data;
  g_autofree char *heading = steward_export_dup_heading (form->title, form->organization);
  g_autofree char *info = NULL;
  lxw_error status = LXW_NO_ERROR;
  lxw_workbook *workbook;
  Formats formats;

  workbook = steward_xlsx_new (tmp_path, display_name, form->title, form->organization, &formats.common, error);
  if (workbook == NULL)
    return FALSE;

  formats.date = add_cell_format (workbook, TRUE, FALSE);
  formats.marked = add_cell_format (workbook, FALSE, TRUE);
  formats.marked_date = add_cell_format (workbook, TRUE, TRUE);

  if (*form->reference != '\0')
    info = g_strdup_printf ("%s    %s", form->reference, form->as_of);
  else
    info = g_strdup (form->as_of);

  for (guint p = 0; p < form->parts->len; p++)
    {
      StewardContextPart *part = g_ptr_array_index (form->parts, p);
      lxw_worksheet *sheet = steward_xlsx_add_sheet (workbook, part->sheet);

      if (sheet == NULL)
        return steward_xlsx_close (workbook, display_name, LXW_ERROR_MEMORY_MALLOC_FAILED, error);

      write_sheet (sheet, &formats, part, heading, info, &status);
    }

  return steward_xlsx_close (workbook, display_name, status, error);
}

gboolean
steward_context_form_export (StewardContextForm  *form,
                             const char          *path,
                             const char          *refusal,
                             GError             **error)
{
  return steward_export_run (path, write_csv, write_xlsx, steward_context_form_write_pdf, refusal, form, error);
}
