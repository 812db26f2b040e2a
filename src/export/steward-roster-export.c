/* steward-roster-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-roster-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <xlsxwriter.h>

#include "logic/steward-date.h"
#include "logic/steward-roster.h"
#include "steward-roster-export.h"

/* The roster (資訊安全組織成員表, procedure 5.3.7) as a file: CSV for
 * other tools, XLSX for the people who keep it in Excel, PDF to print and
 * sign. Each is written to a hidden file beside the destination and
 * renamed over it at the end, so that a failed export leaves nothing
 * behind and never half of a file. */

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

/* What every format prints above the table, and what it needs to name the
 * file in an error. */
typedef struct
{
  GListModel *roster;
  guint       n_entries;
  char       *display_name;
  char       *title;
  char       *organization;
  char       *reference;
  char       *as_of;
} Export;

typedef gboolean (*ExportFunc) (Export      *export,
                                const char  *path,
                                GError     **error);

static void
export_clear (Export *export)
{
  g_free (export->display_name);
  g_free (export->title);
  g_free (export->organization);
  g_free (export->reference);
  g_free (export->as_of);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

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

/* CSV */

static void
append_csv_field (GString    *csv,
                  const char *field)
{
  /* RFC 4180: only fields with a separator, a quote or a line end are
   * quoted, and a quote inside is doubled. */
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (csv, field);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_csv_record (GString     *csv,
                   const char **fields)
{
  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      if (f > 0)
        g_string_append_c (csv, ',');
      append_csv_field (csv, fields[f]);
    }
  g_string_append (csv, "\r\n");
}

static gboolean
write_csv (Export      *export,
           const char  *path,
           GError     **error)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileIOStream) stream = NULL;
  const char *fields[STEWARD_ROSTER_N_FIELDS];
  GOutputStream *output;

  /* Excel reads a CSV file in the ANSI code page (Big5 on a Taiwanese
   * desktop) unless it starts with a byte-order mark. */
  g_string_append (csv, "\xEF\xBB\xBF");

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    fields[f] = steward_roster_field_get_title (f);
  append_csv_record (csv, fields);

  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        fields[f] = steward_roster_entry_get_field (entry, f);
      append_csv_record (csv, fields);
    }

  /* The temporary file exists already: open it, not replace it, so that
   * the descriptor the caller syncs is the one written. */
  stream = g_file_open_readwrite (file, NULL, error);
  if (stream == NULL)
    return FALSE;

  output = g_io_stream_get_output_stream (G_IO_STREAM (stream));
  return g_output_stream_write_all (output, csv->str, csv->len, NULL, NULL, error) &&
         g_io_stream_close (G_IO_STREAM (stream), NULL, error);
}

/* XLSX */

/* Column widths are in Excel's units, about one digit of the default
 * font: a Han character takes two. */
#define XLSX_MIN_WIDTH 8
#define XLSX_MAX_WIDTH 40

static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return width;
}

/* libxlsxwriter reports an error by each call: the first one says why. */
static void
check_xlsx (lxw_error   status,
            lxw_error  *first)
{
  if (status != LXW_NO_ERROR && *first == LXW_NO_ERROR)
    *first = status;
}

static gboolean
write_xlsx (Export      *export,
            const char  *path,
            GError     **error)
{
  const lxw_row_t title_row = 0;
  const lxw_row_t info_row = 1;
  const lxw_row_t header_row = 2;
  const lxw_col_t last_col = STEWARD_ROSTER_N_FIELDS - 1;
  g_autofree char *heading = NULL;
  g_autofree char *info = NULL;
  g_autofree char *doc_title = g_strdup (export->title);
  g_autofree char *doc_company = g_strdup (export->organization);
  g_autofree char *doc_author = g_strdup ("Steward");
  g_autoptr(GPtrArray) info_parts = g_ptr_array_new ();
  lxw_doc_properties properties = { 0 };
  guint widths[STEWARD_ROSTER_N_FIELDS];
  const char *sheet_name = _("Roster");
  lxw_error status = LXW_NO_ERROR;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *title_format;
  lxw_format *info_format;
  lxw_format *header_format;
  lxw_format *cell_format;

  workbook = workbook_new (path);
  if (workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not start the spreadsheet “%s”."), export->display_name);
      return FALSE;
    }

  properties.title = doc_title;
  properties.company = *doc_company != '\0' ? doc_company : NULL;
  properties.author = doc_author;
  check_xlsx (workbook_set_properties (workbook, &properties), &status);

  /* A translation may not make a valid sheet name (31 characters, no
   * []:*?/\): Excel's default name is better than no file. */
  if (workbook_validate_sheet_name (workbook, sheet_name) != LXW_NO_ERROR)
    sheet_name = NULL;
  sheet = workbook_add_worksheet (workbook, sheet_name);
  if (sheet == NULL)
    {
      workbook_close (workbook);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not start the spreadsheet “%s”."), export->display_name);
      return FALSE;
    }

  title_format = workbook_add_format (workbook);
  format_set_bold (title_format);
  format_set_font_size (title_format, 14);
  format_set_align (title_format, LXW_ALIGN_CENTER);
  format_set_align (title_format, LXW_ALIGN_VERTICAL_CENTER);

  info_format = workbook_add_format (workbook);
  format_set_align (info_format, LXW_ALIGN_LEFT);
  format_set_align (info_format, LXW_ALIGN_VERTICAL_CENTER);

  header_format = workbook_add_format (workbook);
  format_set_bold (header_format);
  format_set_border (header_format, LXW_BORDER_THIN);
  format_set_bg_color (header_format, 0xD9D9D9);
  format_set_align (header_format, LXW_ALIGN_CENTER);
  format_set_align (header_format, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (header_format);

  cell_format = workbook_add_format (workbook);
  format_set_border (cell_format, LXW_BORDER_THIN);
  format_set_align (cell_format, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (cell_format);

  if (*export->organization != '\0')
    /* TRANSLATORS: the title of the roster spreadsheet: the form's name,
     * then the organization; zh_TW may put the organization first with
     * %2$s %1$s */
    heading = g_strdup_printf (_("%s — %s"), export->title, export->organization);
  else
    heading = g_strdup (export->title);
  check_xlsx (worksheet_merge_range (sheet, title_row, 0, title_row, last_col, heading, title_format), &status);
  check_xlsx (worksheet_set_row (sheet, title_row, 24, NULL), &status);

  if (*export->reference != '\0')
    g_ptr_array_add (info_parts, export->reference);
  g_ptr_array_add (info_parts, export->as_of);
  g_ptr_array_add (info_parts, NULL);
  info = g_strjoinv ("    ", (char **)info_parts->pdata);
  check_xlsx (worksheet_merge_range (sheet, info_row, 0, info_row, last_col, info, info_format), &status);

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      const char *title = steward_roster_field_get_title (f);

      widths[f] = display_width (title) + 2;
      check_xlsx (worksheet_write_string (sheet, header_row, f, title, header_format), &status);
    }

  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        {
          const char *value = steward_roster_entry_get_field (entry, f);

          /* Strings, always: an extension such as 0800 or a phone number
           * is not a number to add up, and keeps its leading zero. */
          widths[f] = MAX (widths[f], display_width (value) + 2);
          check_xlsx (worksheet_write_string (sheet, header_row + 1 + i, f, value, cell_format), &status);
        }
    }

  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    check_xlsx (worksheet_set_column (sheet, f, f,
                                      CLAMP (widths[f], XLSX_MIN_WIDTH, XLSX_MAX_WIDTH),
                                      NULL),
                &status);

  worksheet_freeze_panes (sheet, header_row + 1, 0);
  check_xlsx (worksheet_autofilter (sheet, header_row, 0, header_row + export->n_entries, last_col), &status);

  /* Printed from Excel, it looks like the PDF: A4, as wide as the page,
   * the header row on every page, the page number at the foot. */
  worksheet_set_paper (sheet, 9 /* A4 */);
  worksheet_set_portrait (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  check_xlsx (worksheet_repeat_rows (sheet, header_row, header_row), &status);
  check_xlsx (worksheet_set_footer (sheet, "&C&P / &N"), &status);

  /* workbook_close() frees the workbook whatever happens: close it even
   * after an error, and the file is thrown away. */
  check_xlsx (workbook_close (workbook), &status);

  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the spreadsheet “%s”: %s"),
                   export->display_name, lxw_strerror (status));
      return FALSE;
    }

  return TRUE;
}

/* PDF */

#define PAGE_WIDTH      595.0   /* A4 in points */
#define PAGE_HEIGHT     842.0
#define MARGIN           40.0
#define CONTENT_WIDTH   (PAGE_WIDTH - 2 * MARGIN)
#define CELL_PADDING      3.0
#define GRID_WIDTH        0.5
#define HEADER_GAP       10.0
#define FOOTER_GAP        8.0

/* Noto Sans CJK is what fonts-noto-cjk installs and the Flatpak sees from
 * the host; the family list falls back to whatever Sans fontconfig has. */
#define FONT_FAMILY "Noto Sans CJK TC,Sans"

typedef struct
{
  PangoContext *context;
  double        widths[STEWARD_ROSTER_N_FIELDS];
  PangoLayout  *title;
  PangoLayout  *organization;
  PangoLayout  *reference;
  PangoLayout  *as_of;
  PangoLayout  *empty;
  GPtrArray    *header;     /* PangoLayout, one a column */
  GPtrArray    *cells;      /* PangoLayout, row after row */
  GArray       *heights;    /* double, one a row of cells */
  double        header_height;
  double        table_top;
  double        table_bottom;
  GArray       *page_starts; /* guint, the first row of each page */
} PdfLayout;

static void
pdf_layout_clear (PdfLayout *self)
{
  g_clear_object (&self->title);
  g_clear_object (&self->organization);
  g_clear_object (&self->reference);
  g_clear_object (&self->as_of);
  g_clear_object (&self->empty);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->heights, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_object (&self->context);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PdfLayout, pdf_layout_clear)

static PangoLayout *
new_layout (PdfLayout      *self,
            const char     *text,
            double          size,
            PangoWeight     weight,
            double          width,
            PangoAlignment  alignment)
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

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double)height / PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double)width / PANGO_SCALE;
}

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
pdf_layout_columns (PdfLayout *self,
                    Export    *export)
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
      g_autoptr(PangoLayout) header = new_layout (self, steward_roster_field_get_title (f),
                                                  TABLE_FONT_SIZE, PANGO_WEIGHT_BOLD, -1,
                                                  PANGO_ALIGN_LEFT);

      minimum[f] = natural[f] = layout_width (header) + 2 * CELL_PADDING;
    }

  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        {
          g_autoptr(PangoLayout) cell = new_layout (self, steward_roster_entry_get_field (entry, f),
                                                    TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL, -1,
                                                    PANGO_ALIGN_LEFT);

          natural[f] = MAX (natural[f], layout_width (cell) + 2 * CELL_PADDING);

          /* Its longest word, which a wrapping column should not cut:
           * a line may break between any two Han characters. */
          pango_layout_set_width (cell, 1);
          pango_layout_set_wrap (cell, PANGO_WRAP_WORD);
          minimum[f] = MAX (minimum[f], layout_width (cell) + 2 * CELL_PADDING);
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
      PangoLayout *cell = new_layout (self, texts[f], TABLE_FONT_SIZE, weight,
                                      self->widths[f] - 2 * CELL_PADDING, PANGO_ALIGN_LEFT);

      height = MAX (height, layout_height (cell));
      g_ptr_array_add (into, cell);
    }

  return height + 2 * CELL_PADDING;
}

static void
pdf_layout_init (PdfLayout *self,
                 Export    *export,
                 cairo_t   *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  const char *texts[STEWARD_ROSTER_N_FIELDS];
  double y = MARGIN;
  double row_top;
  guint page_first = 0;

  /* Measured once for the page, not for a screen: no hinting, no
   * rounding of glyph positions to whole pixels. */
  self->context = pango_cairo_create_context (cr);
  /* PDF units are points: a 9 pt font is 9 units high, not 12 as at the
   * 96 dpi Pango assumes for a screen. */
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  /* The roster is Traditional Chinese whatever the language of the
   * desktop: Han characters take their Taiwanese forms. */
  pango_context_set_language (self->context, pango_language_from_string ("zh-tw"));

  self->title = new_layout (self, export->title, 16, PANGO_WEIGHT_BOLD, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  y += layout_height (self->title);
  if (*export->organization != '\0')
    {
      self->organization = new_layout (self, export->organization, 11, PANGO_WEIGHT_NORMAL,
                                       CONTENT_WIDTH, PANGO_ALIGN_CENTER);
      y += 2 + layout_height (self->organization);
    }
  y += HEADER_GAP;
  self->reference = new_layout (self, export->reference, TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL,
                                CONTENT_WIDTH * 0.6, PANGO_ALIGN_LEFT);
  self->as_of = new_layout (self, export->as_of, TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL,
                            CONTENT_WIDTH * 0.4, PANGO_ALIGN_RIGHT);
  y += MAX (layout_height (self->reference), layout_height (self->as_of)) + 4;
  self->table_top = y;
  /* Room at the foot for the page number. */
  self->table_bottom = PAGE_HEIGHT - MARGIN - FOOTER_GAP - TABLE_FONT_SIZE * 1.5;

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
  row_top = self->table_top + self->header_height;
  for (guint i = 0; i < export->n_entries; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (export->roster, i);
      double height;

      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        texts[f] = steward_roster_entry_get_field (entry, f);
      height = pdf_layout_row (self, texts, PANGO_WEIGHT_NORMAL, self->cells);
      g_array_append_val (self->heights, height);

      if (row_top + height > self->table_bottom && i > page_first)
        {
          page_first = i;
          g_array_append_val (self->page_starts, page_first);
          row_top = self->table_top + self->header_height;
        }
      row_top += height;
    }

  if (export->n_entries == 0)
    self->empty = new_layout (self, _("Nobody holds a role in the organization on this day."),
                              TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
}

static void
draw_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* One row of the table at @y: a grey ground for the header, the cells of
 * @layouts from @first, the line above and those between the columns.
 * Lines shared by two cells are drawn once: the page draws the line
 * under its last row. */
static void
draw_row (cairo_t   *cr,
          PdfLayout *self,
          GPtrArray *layouts,
          guint      first,
          double     y,
          double     height,
          gboolean   header)
{
  double x = MARGIN;

  if (header)
    {
      cairo_rectangle (cr, MARGIN, y, CONTENT_WIDTH, height);
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      draw_layout (cr, g_ptr_array_index (layouts, first + f), x + CELL_PADDING, y + CELL_PADDING);
      x += self->widths[f];
    }

  cairo_new_path (cr);
  cairo_move_to (cr, MARGIN, y);
  cairo_rel_line_to (cr, CONTENT_WIDTH, 0);
  x = MARGIN;
  for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      cairo_move_to (cr, x, y);
      cairo_rel_line_to (cr, 0, height);
      x += self->widths[f];
    }
  cairo_move_to (cr, MARGIN + CONTENT_WIDTH, y);
  cairo_rel_line_to (cr, 0, height);
  cairo_set_line_width (cr, GRID_WIDTH);
  cairo_stroke (cr);
}

static void
draw_page (cairo_t   *cr,
           PdfLayout *self,
           Export    *export,
           guint      page)
{
  guint n_pages = self->page_starts->len;
  guint first = g_array_index (self->page_starts, guint, page);
  guint last = page + 1 < n_pages ? g_array_index (self->page_starts, guint, page + 1) : export->n_entries;
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  double y = MARGIN;

  cairo_set_source_rgb (cr, 0, 0, 0);

  draw_layout (cr, self->title, MARGIN, y);
  y += layout_height (self->title);
  if (self->organization != NULL)
    {
      y += 2;
      draw_layout (cr, self->organization, MARGIN, y);
      y += layout_height (self->organization);
    }
  y += HEADER_GAP;
  draw_layout (cr, self->reference, MARGIN, y);
  draw_layout (cr, self->as_of, MARGIN + CONTENT_WIDTH * 0.6, y);

  y = self->table_top;
  draw_row (cr, self, self->header, 0, y, self->header_height, TRUE);
  y += self->header_height;

  for (guint i = first; i < last; i++)
    {
      double height = g_array_index (self->heights, double, i);

      draw_row (cr, self, self->cells, i * STEWARD_ROSTER_N_FIELDS, y, height, FALSE);
      y += height;
    }
  cairo_new_path (cr);
  cairo_move_to (cr, MARGIN, y);
  cairo_rel_line_to (cr, CONTENT_WIDTH, 0);
  cairo_set_line_width (cr, GRID_WIDTH);
  cairo_stroke (cr);

  if (self->empty != NULL)
    draw_layout (cr, self->empty, MARGIN, y + HEADER_GAP);

  /* TRANSLATORS: at the foot of a page of the roster: the page number,
   * then the number of pages */
  number = g_strdup_printf (_("%u / %u"), page + 1, n_pages);
  footer = new_layout (self, number, 8, PANGO_WEIGHT_NORMAL, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  draw_layout (cr, footer, MARGIN, PAGE_HEIGHT - MARGIN - layout_height (footer));
}

static gboolean
set_cairo_error (cairo_status_t   status,
                 Export          *export,
                 GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write the PDF file “%s”: %s"),
               export->display_name, cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_pdf (Export      *export,
           const char  *path,
           GError     **error)
{
  g_auto(PdfLayout) layout = { 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  if (!set_cairo_error (cairo_surface_status (surface), export, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, export->title);
  if (*export->organization != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, export->organization);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Steward");

  cr = cairo_create (surface);
  pdf_layout_init (&layout, export, cr);

  for (guint page = 0; page < layout.page_starts->len; page++)
    {
      draw_page (cr, &layout, export, page);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return set_cairo_error (status, export, error);
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

static gboolean
write_atomically (Export      *export,
                  const char  *path,
                  ExportFunc   writer,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", basename);
  g_autofree char *tmp_path = g_build_filename (dir, template, NULL);
  int fd;

  /* Mode 0666 less the umask, as any new document. */
  fd = g_mkstemp_full (tmp_path, O_RDWR, 0666);
  if (fd == -1)
    {
      set_error_from_errno (error, errno, export->display_name);
      return FALSE;
    }

  /* The writers open the temporary file by name and write the same inode
   * the descriptor holds: syncing it makes the rename safe after a crash. */
  if (!writer (export, tmp_path, error))
    goto failed;

  if (g_fsync (fd) != 0 || g_rename (tmp_path, path) != 0)
    {
      set_error_from_errno (error, errno, export->display_name);
      goto failed;
    }

  g_close (fd, NULL);
  return TRUE;

failed:
  g_close (fd, NULL);
  g_unlink (tmp_path);
  return FALSE;
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
  g_auto(Export) export = { 0 };
  g_autoptr(GDate) today = NULL;
  g_autofree char *date = NULL;
  const GDate *as_of;
  ExportFunc writer;

  g_return_val_if_fail (G_IS_LIST_MODEL (roster), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  export.display_name = g_filename_display_name (path);

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
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot export the roster as “%s”: choose a file name ending in .csv, .xlsx or .pdf."),
                   export.display_name);
      return FALSE;
    }

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

  if (options->document_number != NULL && *options->document_number != '\0' &&
      options->version != NULL && *options->version != '\0')
    /* TRANSLATORS: in the header of the roster */
    export.reference = g_strdup_printf (_("Document number: %s    Version: %s"),
                                        options->document_number, options->version);
  else if (options->document_number != NULL && *options->document_number != '\0')
    export.reference = g_strdup_printf (_("Document number: %s"), options->document_number);
  else if (options->version != NULL && *options->version != '\0')
    export.reference = g_strdup_printf (_("Version: %s"), options->version);
  else
    export.reference = g_strdup ("");

  date = steward_date_format (as_of, options->calendar);
  /* TRANSLATORS: in the header of the roster: the day it is for */
  export.as_of = g_strdup_printf (_("As of: %s"), date);

  return write_atomically (&export, path, writer, error);
}
