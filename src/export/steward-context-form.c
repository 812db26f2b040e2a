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
#include "steward-file-writers.h"

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

/* XLSX, by the formats module */

static gboolean
write_xlsx (const char  *tmp_path,
            const char  *display_name,
            gpointer     user_data,
            GError     **error)
{
  const StewardFileWriters *writers = steward_file_writers_get (error);

  return writers != NULL && writers->context_form_xlsx (tmp_path, display_name, user_data, error);
}

gboolean
steward_context_form_export (StewardContextForm  *form,
                             const char          *path,
                             const char          *refusal,
                             GError             **error)
{
  return steward_export_run (path, write_csv, write_xlsx, steward_context_form_write_pdf, refusal, form, error);
}
