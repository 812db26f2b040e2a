/* steward-roster-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-roster-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-roster.h"
#include "steward-export-util.h"
#include "steward-file-writers.h"
#include "steward-roster-export.h"
#include "steward-roster-private.h"

/* The roster (資訊安全組織成員表, procedure 5.3.7) as a file: CSV for
 * other tools, XLSX for the people who keep it in Excel, PDF to print and
 * sign, each written whole or not at all
 * (steward_export_write_atomically()). */

static void
export_clear (StewardRosterExport *export)
{
  g_free (export->title);
  g_free (export->organization);
  g_free (export->reference);
  g_free (export->as_of);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StewardRosterExport, export_clear)

/* CSV */

static gboolean
write_csv (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  StewardRosterExport *export = user_data;
  g_autoptr(StewardCsv) csv = steward_csv_new ();
  const char *fields[STEWARD_ROSTER_N_FIELDS];

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    fields[f] = steward_roster_field_get_title (f);
  steward_csv_add_row (csv, fields, STEWARD_ROSTER_N_FIELDS);

  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        fields[f] = steward_roster_entry_get_field (entry, f);
      steward_csv_add_row (csv, fields, STEWARD_ROSTER_N_FIELDS);
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

  return writers != NULL && writers->roster_xlsx (tmp_path, display_name, user_data, error);
}

/* PDF */

#define PAGE_WIDTH      STEWARD_PAGE_A4_WIDTH
#define PAGE_HEIGHT     STEWARD_PAGE_A4_HEIGHT
#define MARGIN          STEWARD_PAGE_MARGIN
#define CONTENT_WIDTH   (PAGE_WIDTH - 2 * MARGIN)
#define CELL_PADDING    STEWARD_TABLE_CELL_PADDING
#define EMPTY_GAP       10.0

typedef struct
{
  StewardRosterExport *export;
  StewardPageFrame    *frame;
  double               widths[STEWARD_ROSTER_N_FIELDS];
  PangoLayout         *empty;
  GPtrArray           *header;     /* PangoLayout, one a column */
  GPtrArray           *cells;      /* PangoLayout, row after row */
  GArray              *heights;    /* double, one a row of cells */
  double               header_height;
  GArray              *page_starts; /* guint, the first row of each page */
} PdfLayout;

static void
pdf_layout_clear (PdfLayout *self)
{
  g_clear_object (&self->empty);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->heights, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_pointer (&self->frame, steward_page_frame_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PdfLayout, pdf_layout_clear)

#define TABLE_FONT_SIZE 9.0

/* Contact details are copied by hand from the printed form: they keep
 * their line when the page allows, and the names of bodies, roles, units
 * and titles wrap instead. */
static const gboolean keep_whole[STEWARD_ROSTER_N_FIELDS] = {
  [STEWARD_ROSTER_FIELD_NAME] = TRUE,
  [STEWARD_ROSTER_FIELD_PHONE] = TRUE,
  [STEWARD_ROSTER_FIELD_EXTENSION] = TRUE,
  [STEWARD_ROSTER_FIELD_EMAIL] = TRUE,
};

/* The widest a column that wraps may be for the columns to fill
 * @available: the narrow ones keep their natural width, the wide ones
 * share the rest equally, none below its heading or its longest word.
 * Found by bisection. */
static double
find_wrap_level (const double   *minimum,
                 const double   *natural,
                 const gboolean *wraps,
                 double          available)
{
  double low = 0;
  double high = available;

  for (guint step = 0; step < 50; step++)
    {
      double level = (low + high) / 2;
      double sum = 0;

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        sum += wraps[f] ? CLAMP (level, minimum[f], natural[f]) : natural[f];

      if (sum > available)
        high = level;
      else
        low = level;
    }

  return low;
}

/* Columns get what their widest cell asks for when everything fits,
 * stretched in proportion to fill the page; otherwise see above. */
static void
pdf_layout_columns (PdfLayout           *self,
                    StewardRosterExport *export)
{
  double natural[STEWARD_ROSTER_N_FIELDS];
  double minimum[STEWARD_ROSTER_N_FIELDS];
  gboolean wraps[STEWARD_ROSTER_N_FIELDS];
  double natural_sum = 0;
  double minimum_sum = 0;
  double whole_sum = 0;
  double level;

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      g_autoptr(PangoLayout) header = steward_page_frame_new_layout (self->frame, steward_roster_field_get_title (f),
                                                                     TABLE_FONT_SIZE, PANGO_WEIGHT_BOLD, -1,
                                                                     PANGO_ALIGN_LEFT);

      minimum[f] = natural[f] = steward_layout_get_width (header) + 2 * CELL_PADDING;
    }

  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        {
          const char *text = steward_roster_entry_get_field (entry, f);
          g_autoptr(PangoLayout) cell = steward_page_frame_new_layout (self->frame, text,
                                                                       TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL, -1,
                                                                       PANGO_ALIGN_LEFT);

          natural[f] = MAX (natural[f], steward_layout_get_width (cell) + 2 * CELL_PADDING);

          /* Its longest word, which a wrapping column should not cut:
           * a line may break between any two Han characters. */
          pango_layout_set_width (cell, 1);
          pango_layout_set_wrap (cell, PANGO_WRAP_WORD);
          minimum[f] = MAX (minimum[f], steward_layout_get_width (cell) + 2 * CELL_PADDING);
        }
    }

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      natural_sum += natural[f];
      minimum_sum += minimum[f];
      whole_sum += keep_whole[f] ? natural[f] : minimum[f];
    }

  if (natural_sum <= CONTENT_WIDTH || minimum_sum >= CONTENT_WIDTH)
    {
      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        self->widths[f] = natural[f] * CONTENT_WIDTH / natural_sum;
      return;
    }

  /* When even the contact details do not fit whole, every column wraps;
   * when not even the longest words do, words break too (WORD_CHAR). */
  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    wraps[f] = whole_sum > CONTENT_WIDTH || !keep_whole[f];

  level = find_wrap_level (minimum, natural, wraps, CONTENT_WIDTH);
  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    self->widths[f] = wraps[f] ? CLAMP (level, minimum[f], natural[f]) : natural[f];
}

static double
pdf_layout_row (PdfLayout   *self,
                const char **texts,
                PangoWeight  weight,
                GPtrArray   *into)
{
  double height = 0;

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      PangoLayout *cell = steward_page_frame_new_layout (self->frame, texts[f], TABLE_FONT_SIZE, weight,
                                                         self->widths[f] - 2 * CELL_PADDING, PANGO_ALIGN_LEFT);

      height = MAX (height, steward_layout_get_height (cell));
      g_ptr_array_add (into, cell);
    }

  return height + 2 * CELL_PADDING;
}

static guint
pdf_layout_init (cairo_t  *cr,
                 gpointer  user_data)
{
  PdfLayout *self = user_data;
  StewardRosterExport *export = self->export;
  const char *texts[STEWARD_ROSTER_N_FIELDS];
  double row_top;
  guint page_first = 0;

  self->frame = steward_page_frame_new (cr, PAGE_WIDTH, PAGE_HEIGHT, export->title, export->organization,
                                        export->reference, export->as_of);

  pdf_layout_columns (self, export);

  self->header = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    texts[f] = steward_roster_field_get_title (f);
  self->header_height = pdf_layout_row (self, texts, PANGO_WEIGHT_BOLD, self->header);

  self->cells = g_ptr_array_new_with_free_func (g_object_unref);
  self->heights = g_array_sized_new (FALSE, FALSE, sizeof (double), export->n_entries);
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->page_starts, page_first);

  /* A row never breaks across pages: one that does not fit starts the
   * next page, under the header row again. */
  row_top = self->frame->body_top + self->header_height;
  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);
      double height;

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        texts[f] = steward_roster_entry_get_field (entry, f);
      height = pdf_layout_row (self, texts, PANGO_WEIGHT_NORMAL, self->cells);
      g_array_append_val (self->heights, height);

      if (row_top + height > self->frame->body_bottom && i > page_first)
        {
          page_first = i;
          g_array_append_val (self->page_starts, page_first);
          row_top = self->frame->body_top + self->header_height;
        }
      row_top += height;
    }

  if (export->n_entries == 0)
    self->empty = steward_page_frame_new_layout (self->frame, _("Nobody holds a role in the organization on this day."),
                                                 TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL, CONTENT_WIDTH,
                                                 PANGO_ALIGN_CENTER);

  return self->page_starts->len;
}

static void
draw_row (cairo_t   *cr,
          PdfLayout *self,
          GPtrArray *layouts,
          guint      first,
          double     y,
          double     height,
          gboolean   header)
{
  StewardTableCell cells[STEWARD_ROSTER_N_FIELDS] = { { 0 } };

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      cells[f].layout = g_ptr_array_index (layouts, first + f);
      cells[f].width = self->widths[f];
    }

  steward_table_draw_row (cr, MARGIN, y, height, cells, STEWARD_ROSTER_N_FIELDS, header);
}

static void
draw_page (cairo_t  *cr,
           guint     page,
           gpointer  user_data)
{
  PdfLayout *self = user_data;
  guint n_pages = self->page_starts->len;
  guint first = g_array_index (self->page_starts, guint, page);
  guint last = page + 1 < n_pages ? g_array_index (self->page_starts, guint, page + 1) : self->export->n_entries;
  double y = self->frame->body_top;

  steward_page_frame_draw (self->frame, cr, page, n_pages);

  draw_row (cr, self, self->header, 0, y, self->header_height, TRUE);
  y += self->header_height;

  for (guint i = first; i < last; i++)
    {
      double height = g_array_index (self->heights, double, i);

      draw_row (cr, self, self->cells, i * STEWARD_ROSTER_N_FIELDS, y, height, FALSE);
      y += height;
    }
  steward_table_draw_rule (cr, MARGIN, y, CONTENT_WIDTH);

  if (self->empty != NULL)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      steward_layout_draw (cr, self->empty, MARGIN, y + EMPTY_GAP);
    }
}

static gboolean
write_pdf (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  StewardRosterExport *export = user_data;
  g_auto(PdfLayout) layout = { 0 };

  layout.export = export;

  return steward_pdf_write (tmp_path, display_name, PAGE_WIDTH, PAGE_HEIGHT,
                            export->title, export->organization,
                            pdf_layout_init, draw_page, &layout, error);
}

/**
 * steward_roster_export:
 * @roster: the #StewardRosterEntry of the roster
 * @path: the file to write, its format named by its extension
 * @options: what the form says above the table
 *
 * Writes the roster as CSV, XLSX or PDF. The file appears when it is
 * complete; on error there is no file, and what was at @path before is
 * kept.
 *
 * Returns: whether the file was written
 */
gboolean
steward_roster_export (GListModel                        *roster,
                       const char                        *path,
                       const StewardRosterExportOptions  *options,
                       GError                           **error)
{
  g_auto(StewardRosterExport) export = { 0 };
  g_autoptr(GDate) today = NULL;
  g_autofree char *date = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *refusal = NULL;
  const GDate *as_of;

  g_return_val_if_fail (G_IS_LIST_MODEL (roster), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_filename_display_name (path);
  refusal = g_strdup_printf (_("Cannot export the roster as “%s”: choose a file name ending in .csv, .xlsx or .pdf."),
                             display_name);

  as_of = options->as_of;
  if (as_of == NULL || !g_date_valid (as_of))
    {
      today = g_date_new ();
      g_date_set_time_t (today, time (NULL));
      as_of = today;
    }

  export.roster = roster;
  export.n_entries = g_list_model_get_n_items (roster);
  export.title = g_strdup (_("Information security organization roster"));
  export.organization = g_strdup (options->organization ? options->organization : "");

  export.reference = steward_export_dup_reference (options->document_number, options->version);

  date = steward_date_format (as_of, options->calendar);
  /* TRANSLATORS: in the header of the roster: the day it is for */
  export.as_of = g_strdup_printf (_("As of: %s"), date);

  return steward_export_run (path, write_csv, write_xlsx, write_pdf, refusal, &export, error);
}
