/* steward-minutes-layout.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes-layout"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-export-util.h"
#include "steward-minutes-export.h"
#include "steward-minutes-private.h"
#include "widgets/steward-chart-json.h"

/* The pages of the minutes: the document is cut into boxes (a paragraph,
 * a row of a table, a chart, the signature lines), which flow down the
 * pages; a paragraph breaks between its lines, a table's row never, and a
 * table that goes on on a new page repeats its header row there. The PDF,
 * the print and the preview all draw these pages. */

#define HEADER_SIZE      8.0
#define TITLE_SIZE      15.0
#define HEADING_SIZE    11.5
#define BODY_SIZE        9.5
#define SMALL_SIZE       8.0
#define TABLE_SIZE       8.0
#define CHART_HEIGHT   170.0
#define CHART_FONT     "Noto Sans CJK TC,Sans 6.5"
#define SIGNATURE_GAP   38.0
#define HEADER_TOP      (STEWARD_PAGE_MARGIN - 16.0)

/* The boxes */

typedef enum
{
  BOX_TEXT,
  BOX_ROW,
  BOX_CHART,
  BOX_SIGNATURES,
} BoxKind;

typedef struct _Box Box;

struct _Box
{
  BoxKind           kind;
  double            x;
  double            space_before;
  double            height;
  gboolean          keep_with_next;
  gboolean          grey;

  /* BOX_TEXT: the paragraph and where each line starts and ends */
  PangoLayout      *layout;
  GArray           *line_tops;
  GArray           *line_bottoms;

  /* BOX_ROW */
  StewardTableCell *cells;
  guint             n_cells;
  gboolean          header_row;
  Box              *header;     /* the header row of the row's table */
  gboolean          last_row;

  /* BOX_CHART */
  StewardChartPlot *plot;

  /* BOX_SIGNATURES */
  GPtrArray        *labels;
};

typedef struct
{
  Box    *box;
  guint   page;
  double  y;
  guint   first_line;
  guint   n_lines;
  gboolean last_row;   /* the last row of its table on this page */
} Placement;

struct _StewardMinutesLayout
{
  StewardPageFrame    *frame;
  StewardChartPalette  palette;
  GPtrArray           *boxes;
  GArray              *placements;
  guint                n_pages;

  PangoLayout         *reference;
  PangoLayout         *status;
  PangoLayout         *watermark;
  gboolean             draft;
};

static void
box_free (Box *box)
{
  g_clear_object (&box->layout);
  g_clear_pointer (&box->line_tops, g_array_unref);
  g_clear_pointer (&box->line_bottoms, g_array_unref);
  for (guint i = 0; i < box->n_cells; i++)
    g_clear_object (&box->cells[i].layout);
  g_free (box->cells);
  g_clear_object (&box->plot);
  g_clear_pointer (&box->labels, g_ptr_array_unref);
  g_free (box);
}

static PangoLayout *
new_layout (StewardMinutesLayout *self,
            const char           *text,
            double                size,
            PangoWeight           weight,
            double                width)
{
  return steward_page_frame_new_layout (self->frame, text, size, weight, width, PANGO_ALIGN_LEFT);
}

static Box *
add_box (StewardMinutesLayout *self,
         BoxKind               kind,
         double                space_before)
{
  Box *box = g_new0 (Box, 1);

  box->kind = kind;
  box->x = STEWARD_PAGE_MARGIN;
  box->space_before = space_before;
  g_ptr_array_add (self->boxes, box);

  return box;
}

static Box *
add_text (StewardMinutesLayout *self,
          const char           *text,
          double                size,
          PangoWeight           weight,
          double                indent,
          double                space_before)
{
  Box *box;
  PangoLayoutIter *iter;

  if (text == NULL || *text == '\0')
    return NULL;

  box = add_box (self, BOX_TEXT, space_before);
  box->x += indent;
  box->layout = new_layout (self, text, size, weight, self->frame->content_width - indent);
  box->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  box->line_bottoms = g_array_new (FALSE, FALSE, sizeof (double));

  iter = pango_layout_get_iter (box->layout);
  do
    {
      PangoRectangle logical;
      double top, bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double)logical.y / PANGO_SCALE;
      bottom = (double)(logical.y + logical.height) / PANGO_SCALE;
      g_array_append_val (box->line_tops, top);
      g_array_append_val (box->line_bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  box->height = steward_layout_get_height (box->layout);

  return box;
}

/* A text of several paragraphs: one box each, so that the page can break
 * between them. */
static void
add_paragraphs (StewardMinutesLayout *self,
                const char           *text,
                double                indent,
                double                space_before)
{
  g_auto(GStrv) paragraphs = NULL;

  if (text == NULL || *text == '\0')
    return;

  paragraphs = g_strsplit (text, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      if (*g_strstrip (paragraphs[i]) == '\0')
        continue;
      add_text (self, paragraphs[i], BODY_SIZE, PANGO_WEIGHT_NORMAL, indent, i == 0 ? space_before : 3);
    }
}

static void
add_label (StewardMinutesLayout *self,
           const char           *label,
           double                indent)
{
  Box *box = add_text (self, label, BODY_SIZE, PANGO_WEIGHT_BOLD, indent, 6);

  if (box != NULL)
    box->keep_with_next = TRUE;
}

static void
wrap_cell (PangoLayout *layout,
           double       width)
{
  pango_layout_set_width (layout, (int)(MAX (width - 2 * STEWARD_TABLE_CELL_PADDING, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
}

/* Columns as wide as their text where they all fit, the room left shared
 * in proportion (or given to the last column, for a list of labels and
 * values); otherwise the narrow ones keep their width and the wide ones
 * share the rest. */
static void
fit_columns (double   *natural,
             guint     n_columns,
             double    width,
             gboolean  stretch_last)
{
  double total = 0;
  double fixed = 0;
  double wide = 0;
  double fair = width / n_columns;

  for (guint c = 0; c < n_columns; c++)
    total += natural[c];

  if (total <= width)
    {
      if (stretch_last)
        natural[n_columns - 1] += width - total;
      else
        for (guint c = 0; c < n_columns; c++)
          natural[c] *= width / total;
      return;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      if (natural[c] <= fair)
        fixed += natural[c];
      else
        wide += natural[c];
    }

  for (guint c = 0; c < n_columns; c++)
    if (natural[c] > fair)
      natural[c] = (width - fixed) * natural[c] / wide;
}

/* A table of @columns (nullable: no header) and @rows (arrays of cells),
 * @numeric columns right-aligned. */
static void
add_table (StewardMinutesLayout *self,
           JsonArray            *columns,
           JsonArray            *rows,
           JsonArray            *numeric,
           gboolean              stretch_last,
           double                indent,
           double                space_before)
{
  guint n_columns = columns != NULL ? json_array_get_length (columns) : 0;
  guint n_rows = rows != NULL ? json_array_get_length (rows) : 0;
  double width = self->frame->content_width - indent;
  g_autofree double *natural = NULL;
  g_autoptr(GPtrArray) row_boxes = g_ptr_array_new ();
  Box *header = NULL;

  for (guint r = 0; r < n_rows; r++)
    {
      JsonNode *node = json_array_get_element (rows, r);

      if (JSON_NODE_HOLDS_ARRAY (node))
        n_columns = MAX (n_columns, json_array_get_length (json_node_get_array (node)));
    }
  if (n_columns == 0)
    return;

  natural = g_new0 (double, n_columns);

  for (int r = columns != NULL ? -1 : 0; r < (int)n_rows; r++)
    {
      JsonArray *cells = NULL;
      Box *box;

      if (r < 0)
        cells = columns;
      else if (JSON_NODE_HOLDS_ARRAY (json_array_get_element (rows, r)))
        cells = json_array_get_array_element (rows, r);

      box = add_box (self, BOX_ROW, r == (columns != NULL ? -1 : 0) ? space_before : 0);
      box->x += indent;
      box->header_row = r < 0;
      box->keep_with_next = r < 0;
      box->header = header;
      box->n_cells = n_columns;
      box->cells = g_new0 (StewardTableCell, n_columns);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = steward_minutes_dup_cell (cells, c);
          PangoLayout *layout = new_layout (self, text, TABLE_SIZE,
                                            r < 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, -1);

          if (numeric != NULL &&
              c < json_array_get_length (numeric) &&
              json_node_get_value_type (json_array_get_element (numeric, c)) == G_TYPE_BOOLEAN &&
              json_array_get_boolean_element (numeric, c))
            pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);

          natural[c] = MAX (natural[c], steward_layout_get_width (layout) + 2 * STEWARD_TABLE_CELL_PADDING + 1);
          box->cells[c].layout = layout;
        }
      if (r < 0)
        header = box;
      g_ptr_array_add (row_boxes, box);
    }

  fit_columns (natural, n_columns, width, stretch_last);

  for (guint i = 0; i < row_boxes->len; i++)
    {
      Box *box = g_ptr_array_index (row_boxes, i);
      double height = 0;

      for (guint c = 0; c < n_columns; c++)
        {
          box->cells[c].width = natural[c];
          wrap_cell (box->cells[c].layout, natural[c]);
          height = MAX (height, steward_layout_get_height (box->cells[c].layout));
        }
      box->height = height + 2 * STEWARD_TABLE_CELL_PADDING;
      box->last_row = i + 1 == row_boxes->len;
    }
}

static void
add_chart (StewardMinutesLayout *self,
           JsonObject           *block,
           double                indent)
{
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new_from_json (block);
  Box *caption;
  Box *box;

  if (plot == NULL)
    return;

  caption = add_text (self, steward_minutes_get_string (block, "caption"), SMALL_SIZE,
                      PANGO_WEIGHT_BOLD, indent, 8);
  if (caption != NULL)
    caption->keep_with_next = TRUE;

  box = add_box (self, BOX_CHART, caption != NULL ? 2 : 8);
  box->x += indent;
  box->height = CHART_HEIGHT;
  box->plot = g_steal_pointer (&plot);
}

static void
add_block (StewardMinutesLayout *self,
           JsonObject           *block,
           double                indent)
{
  const char *type = steward_minutes_get_string (block, "type");

  if (g_str_equal (type, "text"))
    add_paragraphs (self, steward_minutes_get_string (block, "text"), indent, 6);
  else if (g_str_equal (type, "empty"))
    {
      Box *box = add_text (self, steward_minutes_get_string (block, "text"), BODY_SIZE,
                           PANGO_WEIGHT_NORMAL, indent, 6);

      if (box != NULL)
        box->grey = TRUE;
    }
  else if (g_str_equal (type, "table"))
    {
      Box *caption = add_text (self, steward_minutes_get_string (block, "caption"), SMALL_SIZE,
                               PANGO_WEIGHT_BOLD, indent, 8);

      if (caption != NULL)
        caption->keep_with_next = TRUE;
      add_table (self, steward_minutes_get_array (block, "columns"),
                 steward_minutes_get_array (block, "rows"),
                 steward_minutes_get_array (block, "numeric"), FALSE, indent, caption != NULL ? 2 : 8);
    }
  else if (g_str_equal (type, "chart"))
    add_chart (self, block, indent);
}

static void
add_decisions (StewardMinutesLayout *self,
               JsonArray            *decisions,
               double                indent)
{
  g_autoptr(JsonArray) columns = NULL;
  g_autoptr(JsonArray) rows = NULL;

  if (!steward_minutes_decision_table (decisions, &columns, &rows))
    return;

  add_label (self, _("Decisions and actions"), indent);
  add_table (self, columns, rows, NULL, FALSE, indent, 3);
}

static void
add_item (StewardMinutesLayout *self,
          JsonObject           *item)
{
  const char *number = steward_minutes_get_string (item, "number");
  const char *clause = steward_minutes_get_string (item, "clause");
  JsonArray *blocks = steward_minutes_get_array (item, "blocks");
  /* TRANSLATORS: the heading of an agenda item in the minutes: its number
   * and its title ("二、前次會議決議事項之處理狀態") */
  g_autofree char *heading = g_strdup_printf (C_("agenda item", "%s. %s"), number,
                                              steward_minutes_get_string (item, "title"));
  Box *box = add_text (self, heading, HEADING_SIZE, PANGO_WEIGHT_BOLD, 0, 16);
  const double indent = 12;

  box->keep_with_next = TRUE;
  if (*clause != '\0')
    {
      /* TRANSLATORS: under an agenda item of the minutes: the section of
       * the ISMS organization procedure (5.4.2.x) that asks for it */
      g_autofree char *text = g_strdup_printf (_("Procedure section %s"), clause);

      box = add_text (self, text, SMALL_SIZE, PANGO_WEIGHT_NORMAL, indent, 1);
      box->grey = TRUE;
      box->keep_with_next = TRUE;
    }

  if (steward_minutes_get_bool (item, "nothing_to_report"))
    {
      /* TRANSLATORS: an agenda item with nothing to report, and why */
      g_autofree char *text = g_strdup_printf (_("Nothing to report: %s"),
                                               steward_minutes_get_string (item, "reason"));

      add_text (self, text, BODY_SIZE, PANGO_WEIGHT_NORMAL, indent, 6);
    }

  for (guint i = 0; blocks != NULL && i < json_array_get_length (blocks); i++)
    {
      JsonNode *node = json_array_get_element (blocks, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_block (self, json_node_get_object (node), indent);
    }

  if (*steward_minutes_get_string (item, "discussion") != '\0')
    {
      add_label (self, _("Discussion"), indent);
      add_paragraphs (self, steward_minutes_get_string (item, "discussion"), indent, 2);
    }
  if (*steward_minutes_get_string (item, "conclusion") != '\0')
    {
      add_label (self, _("Conclusion"), indent);
      add_paragraphs (self, steward_minutes_get_string (item, "conclusion"), indent, 2);
    }

  add_decisions (self, steward_minutes_get_array (item, "decisions"), indent);
}

static void
add_meeting (StewardMinutesLayout *self,
             JsonObject           *content)
{
  g_autoptr(GPtrArray) lines = steward_minutes_meeting_lines (content);
  g_autoptr(JsonArray) rows = json_array_new ();

  for (guint i = 0; i + 1 < lines->len; i += 2)
    {
      JsonArray *row = json_array_new ();

      json_array_add_string_element (row, g_ptr_array_index (lines, i));
      json_array_add_string_element (row, g_ptr_array_index (lines, i + 1));
      json_array_add_array_element (rows, row);
    }

  add_table (self, NULL, rows, NULL, TRUE, 0, 12);
}

static void
add_attendance (StewardMinutesLayout *self,
                JsonObject           *content)
{
  JsonObject *attendance = steward_minutes_get_object (content, "attendance");
  Box *box = add_text (self, _("Attendance"), HEADING_SIZE, PANGO_WEIGHT_BOLD, 0, 16);

  box->keep_with_next = TRUE;
  add_table (self, steward_minutes_get_array (attendance, "columns"),
             steward_minutes_get_array (attendance, "rows"), NULL, FALSE, 0, 4);
  add_text (self, steward_minutes_get_string (attendance, "quorum"), BODY_SIZE,
            PANGO_WEIGHT_NORMAL, 0, 4);
}

static void
add_signatures (StewardMinutesLayout *self,
                JsonObject           *content)
{
  JsonArray *signatures = steward_minutes_get_array (content, "signatures");
  guint n = signatures != NULL ? json_array_get_length (signatures) : 0;
  Box *box;

  if (n == 0)
    return;

  box = add_box (self, BOX_SIGNATURES, 28);
  box->labels = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = steward_minutes_dup_cell (signatures, i);

      g_ptr_array_add (box->labels, new_layout (self, label, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                                self->frame->content_width / n - 12));
    }
  box->height = SIGNATURE_GAP + 12;
}

/* Pagination */

static double
first_height (Box *box)
{
  if (box->kind == BOX_TEXT)
    return g_array_index (box->line_bottoms, double, 0);
  return box->height;
}

static void
place (StewardMinutesLayout *self,
       Box                  *box,
       guint                 page,
       double                y,
       guint                 first_line,
       guint                 n_lines)
{
  Placement placement = { box, page, y, first_line, n_lines, box->last_row };

  g_array_append_val (self->placements, placement);
}

static void
paginate (StewardMinutesLayout *self)
{
  double top = self->frame->body_top;
  double bottom = self->frame->body_bottom;
  double y = top;
  guint page = 0;

  for (guint i = 0; i < self->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (self->boxes, i);
      Box *next = i + 1 < self->boxes->len ? g_ptr_array_index (self->boxes, i + 1) : NULL;
      double space = y > top ? box->space_before : 0;
      double needed = box->kind == BOX_TEXT ? g_array_index (box->line_bottoms, double, 0) : box->height;

      /* A heading keeps with what follows it: its clause line, a caption,
       * the first line or row of the text or table under them. */
      if (box->keep_with_next && next != NULL)
        {
          guint j = i + 1;

          needed = box->height;
          while (next->keep_with_next && j + 1 < self->boxes->len)
            {
              needed += next->space_before + next->height;
              next = g_ptr_array_index (self->boxes, ++j);
            }
          needed += next->space_before + first_height (next);
        }

      if (y > top && y + space + needed > bottom)
        {
          if (self->placements->len > 0)
            g_array_index (self->placements, Placement, self->placements->len - 1).last_row = TRUE;
          page++;
          y = top;
          space = 0;
          if (box->kind == BOX_ROW && box->header != NULL)
            {
              place (self, box->header, page, y, 0, 0);
              y += box->header->height;
            }
        }
      y += space;

      if (box->kind == BOX_TEXT)
        {
          guint n_lines = box->line_tops->len;
          guint first = 0;

          while (first < n_lines)
            {
              double origin = g_array_index (box->line_tops, double, first);
              guint last = first;

              /* As many lines as fit, at least one. */
              while (last + 1 < n_lines &&
                     y + g_array_index (box->line_bottoms, double, last + 1) - origin <= bottom)
                last++;

              place (self, box, page, y, first, last - first + 1);
              y += g_array_index (box->line_bottoms, double, last) - origin;
              first = last + 1;
              if (first < n_lines)
                {
                  page++;
                  y = top;
                }
            }
        }
      else
        {
          place (self, box, page, y, 0, 0);
          y += box->height;
        }
    }

  self->n_pages = page + 1;
}

/**
 * steward_minutes_layout_new:
 * @content: the document of steward_minutes_build()
 * @cr: the surface the pages go to, for measuring text
 *
 * Returns: (transfer full): the pages of @content
 */
StewardMinutesLayout *
steward_minutes_layout_new (JsonObject *content,
                            cairo_t    *cr,
                            double      width,
                            double      height)
{
  StewardMinutesLayout *self = g_new0 (StewardMinutesLayout, 1);
  JsonObject *document = steward_minutes_get_object (content, "document");
  JsonArray *items = steward_minutes_get_array (content, "items");
  JsonArray *decisions = steward_minutes_get_array (content, "decisions");
  g_autofree char *version = NULL;
  g_autofree char *reference = NULL;
  const char *status_nick = steward_minutes_get_string (document, "status_nick");
  Box *title;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  /* The frame measures text for the page; its own title and foot are not
   * drawn: the minutes' header says more and takes less room. */
  self->frame = steward_page_frame_new (cr, width, height, "", NULL, NULL, NULL);
  self->frame->body_top = STEWARD_PAGE_MARGIN + 14;
  self->frame->body_bottom = height - STEWARD_PAGE_MARGIN;
  self->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify)box_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  steward_chart_palette_init_light (&self->palette);
  self->palette.font = CHART_FONT;

  if (steward_minutes_get_int (document, "version") > 0)
    version = g_strdup_printf ("%d", (int)steward_minutes_get_int (document, "version"));
  reference = steward_export_dup_reference (steward_minutes_get_string (document, "number"), version);
  self->reference = new_layout (self, reference, HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  self->status = new_layout (self, steward_minutes_get_string (document, "status"), HEADER_SIZE,
                             PANGO_WEIGHT_BOLD, -1);
  self->draft = !g_str_equal (status_nick, "issued");
  if (self->draft)
    {
      /* TRANSLATORS: the watermark across every page of minutes that are
       * not issued yet */
      self->watermark = new_layout (self, _("DRAFT"), 96, PANGO_WEIGHT_BOLD, -1);
    }

  title = add_text (self, steward_minutes_get_string (content, "title"), TITLE_SIZE, PANGO_WEIGHT_BOLD, 0, 0);
  if (title != NULL)
    pango_layout_set_alignment (title->layout, PANGO_ALIGN_CENTER);
  add_meeting (self, content);
  add_attendance (self, content);

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_item (self, json_node_get_object (node));
    }

  if (decisions != NULL && json_array_get_length (decisions) > 0)
    {
      Box *box = add_text (self, _("General decisions"), HEADING_SIZE, PANGO_WEIGHT_BOLD, 0, 16);

      box->keep_with_next = TRUE;
      add_decisions (self, decisions, 12);
    }

  add_signatures (self, content);
  paginate (self);

  return self;
}

void
steward_minutes_layout_free (StewardMinutesLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->boxes, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_object (&self->reference);
  g_clear_object (&self->status);
  g_clear_object (&self->watermark);
  g_clear_pointer (&self->frame, steward_page_frame_free);
  g_free (self);
}

guint
steward_minutes_layout_get_n_pages (StewardMinutesLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

/* Drawing */

static void
draw_header (StewardMinutesLayout *self,
             cairo_t              *cr,
             guint                 page)
{
  g_autofree char *page_of = steward_minutes_dup_page_of (page + 1, self->n_pages);
  g_autoptr(PangoLayout) number = new_layout (self, page_of, HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);
  double right = self->frame->width - STEWARD_PAGE_MARGIN;
  double number_width = steward_layout_get_width (number);
  double y = HEADER_TOP;

  if (self->watermark != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, self->frame->width / 2, self->frame->height / 2);
      cairo_rotate (cr, -G_PI / 4);
      cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
      steward_layout_draw (cr, self->watermark,
                           -steward_layout_get_width (self->watermark) / 2,
                           -steward_layout_get_height (self->watermark) / 2);
      cairo_restore (cr);
    }

  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  steward_layout_draw (cr, self->reference, STEWARD_PAGE_MARGIN, y);
  steward_layout_draw (cr, number, right - number_width, y);
  if (self->draft)
    cairo_set_source_rgb (cr, 0.75, 0.1, 0.1);
  steward_layout_draw (cr, self->status,
                       right - number_width - 16 - steward_layout_get_width (self->status), y);

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, STEWARD_PAGE_MARGIN, y + steward_layout_get_height (number) + 2);
  cairo_line_to (cr, right, y + steward_layout_get_height (number) + 2);
  cairo_stroke (cr);
}

static void
draw_text (cairo_t         *cr,
           const Placement *placement)
{
  Box *box = placement->box;
  double origin = g_array_index (box->line_tops, double, placement->first_line);
  PangoLayoutIter *iter = pango_layout_get_iter (box->layout);
  guint line = 0;

  do
    {
      if (line >= placement->first_line && line < placement->first_line + placement->n_lines)
        {
          PangoRectangle logical;
          double baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, box->x + (double)logical.x / PANGO_SCALE, placement->y + baseline - origin);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_signatures (StewardMinutesLayout *self,
                 cairo_t              *cr,
                 const Placement      *placement)
{
  GPtrArray *labels = placement->box->labels;
  double slot = self->frame->content_width / labels->len;

  for (guint i = 0; i < labels->len; i++)
    {
      double x = STEWARD_PAGE_MARGIN + i * slot;
      double line_y = placement->y + SIGNATURE_GAP;

      steward_layout_draw (cr, g_ptr_array_index (labels, i), x, placement->y);
      cairo_move_to (cr, x, line_y);
      cairo_line_to (cr, x + slot - 24, line_y);
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);
    }
}

void
steward_minutes_layout_draw_page (StewardMinutesLayout *self,
                                  cairo_t              *cr,
                                  guint                 page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  draw_header (self, cr, page);

  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);
      Box *box = placement->box;

      if (placement->page != page)
        continue;

      if (box->grey)
        cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);

      switch (box->kind)
        {
        case BOX_TEXT:
          draw_text (cr, placement);
          break;

        case BOX_ROW:
          steward_table_draw_row (cr, box->x, placement->y, box->height, box->cells, box->n_cells,
                                  box->header_row);
          if (placement->last_row)
            {
              double width = 0;

              for (guint c = 0; c < box->n_cells; c++)
                width += box->cells[c].width;
              steward_table_draw_rule (cr, box->x, placement->y + box->height, width);
            }
          break;

        case BOX_CHART:
          cairo_save (cr);
          cairo_translate (cr, box->x, placement->y);
          steward_chart_plot_draw (box->plot, cr, self->frame->content_width - (box->x - STEWARD_PAGE_MARGIN),
                                   box->height, &self->palette);
          cairo_restore (cr);
          break;

        case BOX_SIGNATURES:
          draw_signatures (self, cr, placement);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}
