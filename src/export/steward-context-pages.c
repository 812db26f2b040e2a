/* steward-context-pages.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-context-pages"

#include "config.h"

#include "steward-context-private.h"
#include "steward-export-util.h"

/* The context forms as a PDF on A4 in landscape: each part under its
 * heading, its header row again on every page it covers. Everything is
 * measured once, by paginate(); drawing a page only draws. */

#define PAGE_WIDTH       STEWARD_PAGE_A4_HEIGHT    /* landscape */
#define PAGE_HEIGHT      STEWARD_PAGE_A4_WIDTH
#define MARGIN           STEWARD_PAGE_MARGIN
#define PADDING          STEWARD_TABLE_CELL_PADDING
#define TABLE_FONT_SIZE  8.0
#define HEADING_SIZE     11.0
#define HEADING_GAP      4.0
#define PART_GAP         16.0
#define EMPTY_GAP        6.0
/* A column as wide as its cells takes no more of the page than this; a
 * longer value wraps. */
#define MAX_FIT_SHARE    0.12

typedef struct
{
  double       widths[STEWARD_CONTEXT_MAX_COLUMNS];
  PangoLayout *heading;        /* nullable */
  PangoLayout *empty;          /* nullable */
  GPtrArray   *header;         /* PangoLayout, a column */
  double       header_height;
  GPtrArray   *cells;          /* PangoLayout, n_columns a row */
  GArray      *heights;        /* double, a row with all its cells */
  GArray      *short_heights;  /* double, a row without its grouped cells */
} PartLayout;

typedef enum
{
  OP_HEADING,
  OP_HEADER,
  OP_ROW,          /* with its grouped cells */
  OP_SHORT_ROW,    /* without them */
  OP_EMPTY,
  OP_RULE,
} OpKind;

/* What a page shows, from top to bottom: measured once, then drawn. */
typedef struct
{
  guint   page;
  OpKind  kind;
  guint   part;
  guint   row;
  double  y;
} Op;

typedef struct
{
  StewardContextForm *form;
  StewardPageFrame   *frame;
  PartLayout         *parts;
  GArray             *ops;
  guint               n_pages;
} Pdf;

static void
pdf_clear (Pdf *pdf)
{
  for (guint p = 0; pdf->parts != NULL && p < pdf->form->parts->len; p++)
    {
      PartLayout *layout = &pdf->parts[p];

      g_clear_object (&layout->heading);
      g_clear_object (&layout->empty);
      g_clear_pointer (&layout->header, g_ptr_array_unref);
      g_clear_pointer (&layout->cells, g_ptr_array_unref);
      g_clear_pointer (&layout->heights, g_array_unref);
      g_clear_pointer (&layout->short_heights, g_array_unref);
    }
  g_clear_pointer (&pdf->parts, g_free);
  g_clear_pointer (&pdf->ops, g_array_unref);
  g_clear_pointer (&pdf->frame, steward_page_frame_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pdf, pdf_clear)

static double
measure (Pdf         *pdf,
         const char  *text,
         PangoWeight  weight,
         gboolean     longest_word)
{
  g_autoptr(PangoLayout) layout = steward_page_frame_new_layout (pdf->frame, text, TABLE_FONT_SIZE, weight, -1,
                                                                 PANGO_ALIGN_LEFT);

  if (longest_word)
    {
      /* As narrow as the lines may break: between words, or between any
       * two Han characters. */
      pango_layout_set_width (layout, 1);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }

  return steward_layout_get_width (layout) + 2 * PADDING;
}

/* The columns that fit their cells get what their widest cell asks for,
 * within MAX_FIT_SHARE; the others share the rest by their weights. */
static void
compute_widths (Pdf                *pdf,
                StewardContextPart *part,
                PartLayout         *layout)
{
  double content_width = pdf->frame->content_width;
  double fixed = 0;
  double weights = 0;
  double rest;

  for (guint c = 0; c < part->n_columns; c++)
    {
      double width;

      if (part->columns[c].weight > 0)
        {
          weights += part->columns[c].weight;
          continue;
        }

      width = measure (pdf, steward_context_column_get_title (&part->columns[c]), PANGO_WEIGHT_BOLD, TRUE);
      for (guint r = 0; r < part->rows->len; r++)
        {
          g_autofree char *text = steward_context_cell_dup_text (pdf->form, steward_context_part_get_cell (part, r, c));

          width = MAX (width, measure (pdf, text, PANGO_WEIGHT_NORMAL, FALSE));
        }

      layout->widths[c] = MIN (width, content_width * (part->columns[c].max_share > 0 ? part->columns[c].max_share
                                                                                      : MAX_FIT_SHARE));
      fixed += layout->widths[c];
    }

  /* The wrapping columns keep at least a third of the page. */
  if (weights > 0 && fixed > content_width * 2 / 3)
    {
      for (guint c = 0; c < part->n_columns; c++)
        if (part->columns[c].weight == 0)
          layout->widths[c] *= content_width * 2 / 3 / fixed;
      fixed = content_width * 2 / 3;
    }

  rest = content_width - fixed;
  for (guint c = 0; c < part->n_columns; c++)
    if (part->columns[c].weight > 0)
      layout->widths[c] = rest * part->columns[c].weight / weights;
    else if (weights == 0)
      layout->widths[c] *= content_width / fixed;
}

static PangoLayout *
new_cell_layout (Pdf            *pdf,
                 const char     *text,
                 PangoWeight     weight,
                 double          width,
                 PangoAlignment  alignment)
{
  return steward_page_frame_new_layout (pdf->frame, text, TABLE_FONT_SIZE, weight, width - 2 * PADDING, alignment);
}

static void
layout_part (Pdf                *pdf,
             StewardContextPart *part,
             PartLayout         *layout)
{
  compute_widths (pdf, part, layout);

  if (part->heading != NULL)
    layout->heading = steward_page_frame_new_layout (pdf->frame, part->heading, HEADING_SIZE, PANGO_WEIGHT_BOLD,
                                                     pdf->frame->content_width, PANGO_ALIGN_LEFT);
  if (part->rows->len == 0 && part->empty != NULL)
    layout->empty = steward_page_frame_new_layout (pdf->frame, part->empty, TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL,
                                                   pdf->frame->content_width, PANGO_ALIGN_LEFT);

  layout->header = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < part->n_columns; c++)
    {
      PangoLayout *cell = new_cell_layout (pdf, steward_context_column_get_title (&part->columns[c]), PANGO_WEIGHT_BOLD, layout->widths[c],
                                           PANGO_ALIGN_CENTER);

      layout->header_height = MAX (layout->header_height, steward_layout_get_height (cell) + 2 * PADDING);
      g_ptr_array_add (layout->header, cell);
    }

  layout->cells = g_ptr_array_new_with_free_func (g_object_unref);
  layout->heights = g_array_sized_new (FALSE, FALSE, sizeof (double), part->rows->len);
  layout->short_heights = g_array_sized_new (FALSE, FALSE, sizeof (double), part->rows->len);
  for (guint r = 0; r < part->rows->len; r++)
    {
      double height = 0;
      double short_height = 0;

      for (guint c = 0; c < part->n_columns; c++)
        {
          g_autofree char *text = steward_context_cell_dup_text (pdf->form, steward_context_part_get_cell (part, r, c));
          PangoLayout *cell = new_cell_layout (pdf, text, PANGO_WEIGHT_NORMAL, layout->widths[c], PANGO_ALIGN_LEFT);
          double cell_height = steward_layout_get_height (cell) + 2 * PADDING;

          height = MAX (height, cell_height);
          if (c >= part->n_grouped)
            short_height = MAX (short_height, cell_height);
          g_ptr_array_add (layout->cells, cell);
        }

      /* A row whose cells are all grouped still has a line's height. */
      if (short_height == 0)
        short_height = height;
      g_array_append_val (layout->heights, height);
      g_array_append_val (layout->short_heights, short_height);
    }
}

static void
add_op (Pdf    *pdf,
        OpKind  kind,
        guint   part,
        guint   row,
        double  y)
{
  Op op = { pdf->n_pages - 1, kind, part, row, y };

  g_array_append_val (pdf->ops, op);
}

/* A part starts with its heading, its header row and its first row (or
 * the line that says it is empty) together; a row never breaks across
 * pages, and the header row comes again at the top of each page. */
static guint
paginate (cairo_t  *cr,
          gpointer  user_data)
{
  Pdf *pdf = user_data;
  StewardContextForm *form = pdf->form;
  double top, bottom, y;

  pdf->frame = steward_page_frame_new (cr, PAGE_WIDTH, PAGE_HEIGHT, form->title, form->organization,
                                       form->reference, form->as_of);
  pdf->parts = g_new0 (PartLayout, form->parts->len);
  pdf->ops = g_array_new (FALSE, FALSE, sizeof (Op));
  pdf->n_pages = 1;

  top = pdf->frame->body_top;
  bottom = pdf->frame->body_bottom;
  y = top;

  for (guint p = 0; p < form->parts->len; p++)
    {
      StewardContextPart *part = g_ptr_array_index (form->parts, p);
      PartLayout *layout = &pdf->parts[p];
      double heading_height, first_height;

      layout_part (pdf, part, layout);
      heading_height = layout->heading ? steward_layout_get_height (layout->heading) + HEADING_GAP : 0;
      first_height = part->rows->len > 0 ? g_array_index (layout->heights, double, 0)
                                         : (layout->empty ? steward_layout_get_height (layout->empty) + EMPTY_GAP : 0);

      if (y > top)
        y += PART_GAP;
      if (y > top && y + heading_height + layout->header_height + first_height > bottom)
        {
          pdf->n_pages++;
          y = top;
        }

      if (layout->heading != NULL)
        add_op (pdf, OP_HEADING, p, 0, y);
      y += heading_height;
      add_op (pdf, OP_HEADER, p, 0, y);
      y += layout->header_height;

      for (guint r = 0; r < part->rows->len; r++)
        {
          StewardContextRow *row = g_ptr_array_index (part->rows, r);
          double height = g_array_index (row->continues ? layout->short_heights : layout->heights, double, r);
          gboolean page_top = FALSE;

          if (y + height > bottom && r > 0)
            {
              add_op (pdf, OP_RULE, p, 0, y);
              pdf->n_pages++;
              y = top;
              add_op (pdf, OP_HEADER, p, 0, y);
              y += layout->header_height;
              page_top = TRUE;
            }

          /* At the top of a page, a row says again whose it is. */
          if (row->continues && !page_top)
            add_op (pdf, OP_SHORT_ROW, p, r, y);
          else
            {
              add_op (pdf, OP_ROW, p, r, y);
              height = g_array_index (layout->heights, double, r);
            }
          y += height;
        }
      add_op (pdf, OP_RULE, p, 0, y);

      if (layout->empty != NULL)
        {
          y += EMPTY_GAP;
          add_op (pdf, OP_EMPTY, p, 0, y);
          y += steward_layout_get_height (layout->empty);
        }
    }

  return pdf->n_pages;
}

static void
draw_row (cairo_t            *cr,
          StewardContextPart *part,
          PartLayout         *layout,
          const Op           *op)
{
  StewardTableCell cells[STEWARD_CONTEXT_MAX_COLUMNS] = { { 0 } };
  double height;

  for (guint c = 0; c < part->n_columns; c++)
    {
      cells[c].width = layout->widths[c];
      if (op->kind == OP_HEADER)
        cells[c].layout = g_ptr_array_index (layout->header, c);
      else if (op->kind == OP_ROW || c >= part->n_grouped)
        {
          cells[c].layout = g_ptr_array_index (layout->cells, op->row * part->n_columns + c);
          cells[c].shaded = steward_context_part_get_cell (part, op->row, c)->marked;
        }
    }

  if (op->kind == OP_HEADER)
    height = layout->header_height;
  else
    height = g_array_index (op->kind == OP_ROW ? layout->heights : layout->short_heights, double, op->row);

  steward_table_draw_row (cr, MARGIN, op->y, height, cells, part->n_columns, op->kind == OP_HEADER);
}

static void
draw_page (cairo_t  *cr,
           guint     page,
           gpointer  user_data)
{
  Pdf *pdf = user_data;

  steward_page_frame_draw (pdf->frame, cr, page, pdf->n_pages);

  for (guint i = 0; i < pdf->ops->len; i++)
    {
      const Op *op = &g_array_index (pdf->ops, Op, i);
      StewardContextPart *part = g_ptr_array_index (pdf->form->parts, op->part);
      PartLayout *layout = &pdf->parts[op->part];

      if (op->page != page)
        continue;

      switch (op->kind)
        {
        case OP_HEADING:
          cairo_set_source_rgb (cr, 0, 0, 0);
          steward_layout_draw (cr, layout->heading, MARGIN, op->y);
          break;

        case OP_EMPTY:
          cairo_set_source_rgb (cr, 0, 0, 0);
          steward_layout_draw (cr, layout->empty, MARGIN, op->y);
          break;

        case OP_RULE:
          steward_table_draw_rule (cr, MARGIN, op->y, pdf->frame->content_width);
          break;

        case OP_HEADER:
        case OP_ROW:
        case OP_SHORT_ROW:
        default:
          draw_row (cr, part, layout, op);
          break;
        }
    }
}

gboolean
steward_context_form_write_pdf (const char  *tmp_path,
                                const char  *display_name,
                                gpointer     user_data,
                                GError     **error)
{
  g_auto(Pdf) pdf = { 0 };

  pdf.form = user_data;

  return steward_pdf_write (tmp_path, display_name, PAGE_WIDTH, PAGE_HEIGHT, pdf.form->title,
                            pdf.form->organization, paginate, draw_page, &pdf, error);
}
