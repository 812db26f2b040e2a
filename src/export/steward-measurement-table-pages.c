/* steward-measurement-table-pages.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-measurement-table-pages"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "widgets/steward-objective-plot.h"
#include "steward-export-util.h"
#include "steward-measurement-table-private.h"

/* The measurement table on pages, the same for a PDF and for a printer:
 * the table of the year, its header row on every page, then the trend
 * charts, six to a page. Everything is measured once, by
 * steward_measurement_table_paginate(); drawing a page only draws. */

#define TABLE_FONT_SIZE   7.5
#define LEGEND_FONT_SIZE  7.0
#define CHART_TITLE_SIZE  9.0
#define PADDING           STEWARD_TABLE_CELL_PADDING
#define GAP               8.0
#define MIN_MONTH_WIDTH   24.0
#define CHART_COLUMNS     3
#define CHART_ROWS        2
/* The chart draws its axes with Pango at 96 dpi: 6 is 8 points here. */
#define CHART_FONT        "Noto Sans CJK TC,Sans 6"

typedef enum
{
  PAGE_TABLE,
  PAGE_CHARTS,
} PageKind;

typedef struct
{
  PageKind kind;
  guint    first;   /* a row of the table, or a chart */
  guint    last;    /* past the last */
} Page;

typedef struct
{
  StewardChartPlot *plot;
  PangoLayout      *title;
} Chart;

struct _StewardMeasurementTablePages
{
  StewardTable        *table;
  StewardPageFrame    *frame;
  double               widths[STEWARD_TABLE_N_COLUMNS];
  double               month_width;
  GPtrArray           *header;       /* PangoLayout: the columns, then the months */
  double               header_height;
  GPtrArray           *cells;        /* PangoLayout: per row, the columns, then the periods */
  GArray              *heights;      /* double, a row */
  PangoLayout         *legend;
  PangoLayout         *empty;
  PangoLayout         *charts_heading;
  GArray              *charts;       /* Chart */
  StewardChartPalette  palette;
  GArray              *pages;        /* Page */
};

static double
natural_width (StewardMeasurementTablePages *self,
               const char                   *text,
               PangoWeight                   weight)
{
  g_autoptr(PangoLayout) layout = steward_page_frame_new_layout (self->frame, text, TABLE_FONT_SIZE, weight, -1,
                                                                 PANGO_ALIGN_LEFT);

  return steward_layout_get_width (layout) + 2 * PADDING;
}

/* The months as narrow as their values allow; the verdict and the owner
 * as wide as their words, within reason; the rest shared by the text
 * columns, which wrap. */
static void
compute_widths (StewardMeasurementTablePages *self)
{
  static const double shares[STEWARD_TABLE_N_COLUMNS] = {
    [STEWARD_TABLE_COLUMN_OBJECTIVE] = 0.34,
    [STEWARD_TABLE_COLUMN_KPI] = 0.25,
    [STEWARD_TABLE_COLUMN_TARGET] = 0.18,
    [STEWARD_TABLE_COLUMN_NOTES] = 0.23,
  };
  StewardTable *table = self->table;
  double content_width = self->frame->content_width;
  double verdict = natural_width (self, steward_table_column_get_title (STEWARD_TABLE_COLUMN_VERDICT),
                                  PANGO_WEIGHT_BOLD);
  double owner = natural_width (self, steward_table_column_get_title (STEWARD_TABLE_COLUMN_OWNER),
                                PANGO_WEIGHT_BOLD);
  double rest;

  self->month_width = MIN_MONTH_WIDTH;
  for (guint m = 0; m < STEWARD_MEASUREMENT_TABLE_N_MONTHS; m++)
    self->month_width = fmax (self->month_width,
                              natural_width (self, steward_table_month_get_title (m), PANGO_WEIGHT_BOLD));

  for (guint i = 0; i < table->rows->len; i++)
    {
      StewardTableRow *row = g_ptr_array_index (table->rows, i);

      for (guint p = 0; p < row->n_periods; p++)
        self->month_width = fmax (self->month_width,
                                  natural_width (self, row->periods[p].text,
                                                 row->periods[p].missed ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
                                  / row->periods[p].n_months);
      verdict = fmax (verdict, natural_width (self, row->verdict, PANGO_WEIGHT_NORMAL));
      owner = fmax (owner, natural_width (self, row->owner, PANGO_WEIGHT_NORMAL));
    }

  /* A long heading wraps rather than squeeze the objectives. */
  self->widths[STEWARD_TABLE_COLUMN_VERDICT] = MIN (verdict, content_width * 0.08);
  self->widths[STEWARD_TABLE_COLUMN_OWNER] = MIN (owner, content_width * 0.08);
  self->month_width = MIN (self->month_width, content_width * 0.5 / STEWARD_MEASUREMENT_TABLE_N_MONTHS);

  rest = content_width - STEWARD_MEASUREMENT_TABLE_N_MONTHS * self->month_width
         - self->widths[STEWARD_TABLE_COLUMN_VERDICT] - self->widths[STEWARD_TABLE_COLUMN_OWNER];
  for (guint c = 0; c < STEWARD_TABLE_N_COLUMNS; c++)
    if (shares[c] > 0)
      self->widths[c] = rest * shares[c];
}

/* The cells of a row in the order they are drawn: objective, indicator,
 * target, the periods, result, owner, notes. */
static guint
fill_cells (StewardMeasurementTablePages *self,
            GPtrArray                    *layouts,
            guint                         first,
            guint                         n_periods,
            const StewardTablePeriod     *periods,
            StewardTableCell             *cells)
{
  static const StewardTableColumn before[] = {
    STEWARD_TABLE_COLUMN_OBJECTIVE, STEWARD_TABLE_COLUMN_KPI, STEWARD_TABLE_COLUMN_TARGET,
  };
  static const StewardTableColumn after[] = {
    STEWARD_TABLE_COLUMN_VERDICT, STEWARD_TABLE_COLUMN_OWNER, STEWARD_TABLE_COLUMN_NOTES,
  };
  guint n = 0;
  guint l = first;

  for (guint c = 0; c < G_N_ELEMENTS (before); c++, n++)
    cells[n] = (StewardTableCell) { g_ptr_array_index (layouts, l++), self->widths[before[c]], FALSE };

  /* The header and a monthly row fill the twelve months; other rows
   * leave blank the months no period of theirs covers (the objective
   * started or ended in the year). */
  for (guint m = 0; m < STEWARD_MEASUREMENT_TABLE_N_MONTHS;)
    {
      const StewardTablePeriod *period = NULL;

      for (guint p = 0; periods != NULL && p < n_periods; p++)
        if (periods[p].first_month == m)
          period = &periods[p];

      if (periods == NULL || period != NULL)
        {
          guint span = period != NULL ? period->n_months : 1;

          cells[n++] = (StewardTableCell) { g_ptr_array_index (layouts, l++), span * self->month_width,
                                            period != NULL && period->missed };
          m += span;
        }
      else
        {
          cells[n++] = (StewardTableCell) { NULL, self->month_width, FALSE };
          m++;
        }
    }

  for (guint c = 0; c < G_N_ELEMENTS (after); c++, n++)
    cells[n] = (StewardTableCell) { g_ptr_array_index (layouts, l++), self->widths[after[c]], FALSE };

  return n;
}

#define MAX_CELLS (STEWARD_TABLE_N_COLUMNS + STEWARD_MEASUREMENT_TABLE_N_MONTHS)
/* The layouts of a row: one a text column, one a period. */
#define N_LAYOUTS(row) (STEWARD_TABLE_N_COLUMNS + (row)->n_periods)

/* Adds the layout of a cell of @width to @into, and grows the row's
 * @height to hold it. */
static void
add_cell (StewardMeasurementTablePages *self,
          double                       *height,
          GPtrArray                    *into,
          const char                   *text,
          PangoWeight                   weight,
          double                        width,
          PangoAlignment                alignment)
{
  PangoLayout *layout = steward_page_frame_new_layout (self->frame, text, TABLE_FONT_SIZE, weight,
                                                       width - 2 * PADDING, alignment);

  g_ptr_array_add (into, layout);
  *height = MAX (*height, steward_layout_get_height (layout) + 2 * PADDING);
}

static double
layout_header (StewardMeasurementTablePages *self)
{
  static const StewardTableColumn order[] = {
    STEWARD_TABLE_COLUMN_OBJECTIVE, STEWARD_TABLE_COLUMN_KPI, STEWARD_TABLE_COLUMN_TARGET,
    STEWARD_TABLE_N_COLUMNS,  /* the months */
    STEWARD_TABLE_COLUMN_VERDICT, STEWARD_TABLE_COLUMN_OWNER, STEWARD_TABLE_COLUMN_NOTES,
  };
  double height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if (order[i] != STEWARD_TABLE_N_COLUMNS)
        {
          add_cell (self, &height, self->header, steward_table_column_get_title (order[i]),
                    PANGO_WEIGHT_BOLD, self->widths[order[i]], PANGO_ALIGN_CENTER);
          continue;
        }

      for (guint m = 0; m < STEWARD_MEASUREMENT_TABLE_N_MONTHS; m++)
        add_cell (self, &height, self->header, steward_table_month_get_title (m),
                  PANGO_WEIGHT_BOLD, self->month_width, PANGO_ALIGN_CENTER);
    }

  return height;
}

static double
layout_row (StewardMeasurementTablePages *self,
            StewardTableRow              *row)
{
  double height = 0;

  add_cell (self, &height, self->cells, row->objective, PANGO_WEIGHT_NORMAL,
            self->widths[STEWARD_TABLE_COLUMN_OBJECTIVE], PANGO_ALIGN_LEFT);
  add_cell (self, &height, self->cells, row->kpi, PANGO_WEIGHT_NORMAL,
            self->widths[STEWARD_TABLE_COLUMN_KPI], PANGO_ALIGN_LEFT);
  add_cell (self, &height, self->cells, row->target, PANGO_WEIGHT_NORMAL,
            self->widths[STEWARD_TABLE_COLUMN_TARGET], PANGO_ALIGN_LEFT);

  /* Periods in the order of their months, as fill_cells() takes them. */
  for (guint m = 0; m < STEWARD_MEASUREMENT_TABLE_N_MONTHS; m++)
    for (guint p = 0; p < row->n_periods; p++)
      if (row->periods[p].first_month == m)
        add_cell (self, &height, self->cells, row->periods[p].text,
                  row->periods[p].missed ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                  row->periods[p].n_months * self->month_width, PANGO_ALIGN_CENTER);

  add_cell (self, &height, self->cells, row->verdict,
            row->verdict_missed ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
            self->widths[STEWARD_TABLE_COLUMN_VERDICT], PANGO_ALIGN_CENTER);
  add_cell (self, &height, self->cells, row->owner, PANGO_WEIGHT_NORMAL,
            self->widths[STEWARD_TABLE_COLUMN_OWNER], PANGO_ALIGN_LEFT);
  add_cell (self, &height, self->cells, row->notes, PANGO_WEIGHT_NORMAL,
            self->widths[STEWARD_TABLE_COLUMN_NOTES], PANGO_ALIGN_LEFT);

  return height;
}

static void
add_page (StewardMeasurementTablePages *self,
          PageKind                      kind,
          guint                         first,
          guint                         last)
{
  Page page = { kind, first, last };

  g_array_append_val (self->pages, page);
}

/* A row never breaks across pages: one that does not fit starts the
 * next page, under the header row again. The legend stands under the
 * table on every page, so that each page explains itself. */
static void
paginate_table (StewardMeasurementTablePages *self)
{
  StewardTable *table = self->table;
  double content_width = self->frame->content_width;
  double bottom;
  double y;
  guint first = 0;

  self->header = g_ptr_array_new_with_free_func (g_object_unref);
  self->cells = g_ptr_array_new_with_free_func (g_object_unref);
  self->heights = g_array_new (FALSE, FALSE, sizeof (double));

  compute_widths (self);
  self->header_height = layout_header (self);

  self->legend = steward_page_frame_new_layout (self->frame,
                                                _("Values are in the unit of the indicator; a quarterly, "
                                                  "half-yearly or yearly value spans the months of its period. "
                                                  "Shaded and bold: the target was not met. —: not measured."),
                                                LEGEND_FONT_SIZE, PANGO_WEIGHT_NORMAL, content_width,
                                                PANGO_ALIGN_LEFT);
  bottom = self->frame->body_bottom - GAP / 2 - steward_layout_get_height (self->legend);

  y = self->frame->body_top + self->header_height;
  for (guint i = 0; i < table->rows->len; i++)
    {
      double height = layout_row (self, g_ptr_array_index (table->rows, i));

      g_array_append_val (self->heights, height);
      if (y + height > bottom && i > first)
        {
          add_page (self, PAGE_TABLE, first, i);
          first = i;
          y = self->frame->body_top + self->header_height;
        }
      y += height;
    }
  add_page (self, PAGE_TABLE, first, table->rows->len);

  if (table->rows->len == 0)
    self->empty = steward_page_frame_new_layout (self->frame, _("No objective was active in this year."),
                                                 TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL, content_width,
                                                 PANGO_ALIGN_CENTER);
}

static void
chart_clear (Chart *chart)
{
  g_clear_object (&chart->plot);
  g_clear_object (&chart->title);
}

static void
add_chart (StewardMeasurementTablePages *self,
           StewardChartPlot             *plot,
           const char                   *title)
{
  double width = (self->frame->content_width - (CHART_COLUMNS - 1) * GAP) / CHART_COLUMNS;
  Chart chart = { plot, NULL };

  chart.title = steward_page_frame_new_layout (self->frame, title, CHART_TITLE_SIZE, PANGO_WEIGHT_BOLD, width,
                                               PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (chart.title, PANGO_ELLIPSIZE_END);
  g_array_append_val (self->charts, chart);
}

/* The trends over the year of the table and the one before, so that a
 * yearly indicator has two values and a monthly one a year to compare
 * with: the share of the objectives met each quarter, then each
 * objective of the table. */
static void
paginate_charts (StewardMeasurementTablePages *self,
                 GPtrArray                    *evaluations)
{
  StewardTable *table = self->table;
  g_autoptr(GArray) shares = NULL;
  g_autofree char *from_text = steward_table_dup_year (table->year - 1, table->calendar);
  g_autofree char *to_text = steward_table_dup_year (table->year, table->calendar);
  g_autofree char *heading = NULL;
  GDate from, to;
  guint per_page = CHART_COLUMNS * CHART_ROWS;

  self->charts = g_array_new (FALSE, FALSE, sizeof (Chart));
  g_array_set_clear_func (self->charts, (GDestroyNotify)chart_clear);
  steward_chart_palette_init_light (&self->palette);
  self->palette.font = CHART_FONT;

  if (table->rows->len == 0)
    return;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, G_DATE_JANUARY, table->year - 1);
  g_date_set_dmy (&to, 31, G_DATE_DECEMBER, table->year);

  /* TRANSLATORS: above the charts of the measurement table: the years
   * they cover */
  heading = g_strdup_printf (_("Trends, %s to %s"), from_text, to_text);
  self->charts_heading = steward_page_frame_new_layout (self->frame, heading, 11, PANGO_WEIGHT_BOLD,
                                                        self->frame->content_width, PANGO_ALIGN_LEFT);

  shares = steward_evaluations_share_met (evaluations, STEWARD_FREQUENCY_QUARTERLY, &from, &to);
  add_chart (self, steward_share_met_plot_new (shares, STEWARD_FREQUENCY_QUARTERLY, table->calendar),
             /* TRANSLATORS: the title of a chart in the measurement table */
             _("Objectives met, by quarter (%)"));

  for (guint i = 0; i < table->rows->len; i++)
    {
      StewardTableRow *row = g_ptr_array_index (table->rows, i);
      StewardChartPlot *plot = steward_objective_plot_new (row->evaluation, &from, &to, table->calendar,
                                                           STEWARD_CHART_STYLE_FULL);

      add_chart (self, plot, row->kpi);
    }

  for (guint first = 0; first < self->charts->len; first += per_page)
    add_page (self, PAGE_CHARTS, first, MIN (first + per_page, self->charts->len));
}

/**
 * steward_measurement_table_paginate:
 * @evaluations: (element-type StewardEvaluation): every objective
 * @cr: the cairo_t the pages will be drawn on, for measuring text
 * @page_width: (in points):
 *
 * Lays out the table of the options' year, with its trend charts.
 *
 * Returns: (transfer full): the pages
 */
StewardMeasurementTablePages *
steward_measurement_table_paginate (GPtrArray                            *evaluations,
                                    const StewardMeasurementTableOptions *options,
                                    cairo_t                              *cr,
                                    double                                page_width,
                                    double                                page_height)
{
  StewardMeasurementTablePages *self;

  g_return_val_if_fail (evaluations != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  self = g_new0 (StewardMeasurementTablePages, 1);
  self->table = steward_table_new (evaluations, options, options->year);
  self->frame = steward_page_frame_new (cr, page_width, page_height, self->table->title,
                                        self->table->organization, self->table->reference,
                                        self->table->year_text);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));

  paginate_table (self);
  paginate_charts (self, evaluations);

  return self;
}

guint
steward_measurement_table_pages_get_n_pages (StewardMeasurementTablePages *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

static void
draw_table_page (StewardMeasurementTablePages *self,
                 cairo_t                      *cr,
                 const Page                   *page)
{
  StewardTableCell cells[MAX_CELLS];
  double x = STEWARD_PAGE_MARGIN;
  double y = self->frame->body_top;
  guint n;
  guint first_layout = 0;

  n = fill_cells (self, self->header, 0, 0, NULL, cells);
  steward_table_draw_row (cr, x, y, self->header_height, cells, n, TRUE);
  y += self->header_height;

  for (guint i = 0; i < page->first; i++)
    first_layout += N_LAYOUTS ((StewardTableRow *)g_ptr_array_index (self->table->rows, i));

  for (guint i = page->first; i < page->last; i++)
    {
      StewardTableRow *row = g_ptr_array_index (self->table->rows, i);
      double height = g_array_index (self->heights, double, i);

      n = fill_cells (self, self->cells, first_layout, row->n_periods, row->periods, cells);
      steward_table_draw_row (cr, x, y, height, cells, n, FALSE);
      first_layout += N_LAYOUTS (row);
      y += height;
    }
  steward_table_draw_rule (cr, x, y, self->frame->content_width);

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (self->empty != NULL)
    {
      y += GAP;
      steward_layout_draw (cr, self->empty, x, y);
      y += steward_layout_get_height (self->empty);
    }
  steward_layout_draw (cr, self->legend, x, y + GAP / 2);
}

static void
draw_charts_page (StewardMeasurementTablePages *self,
                  cairo_t                      *cr,
                  const Page                   *page)
{
  double width = (self->frame->content_width - (CHART_COLUMNS - 1) * GAP) / CHART_COLUMNS;
  double top = self->frame->body_top + steward_layout_get_height (self->charts_heading) + GAP / 2;
  double height = (self->frame->body_bottom - top - (CHART_ROWS - 1) * GAP) / CHART_ROWS;

  cairo_set_source_rgb (cr, 0, 0, 0);
  steward_layout_draw (cr, self->charts_heading, STEWARD_PAGE_MARGIN, self->frame->body_top);

  for (guint i = page->first; i < page->last; i++)
    {
      Chart *chart = &g_array_index (self->charts, Chart, i);
      guint slot = i - page->first;
      double x = STEWARD_PAGE_MARGIN + (slot % CHART_COLUMNS) * (width + GAP);
      double y = top + (slot / CHART_COLUMNS) * (height + GAP);
      double title_height = steward_layout_get_height (chart->title) + 2;

      cairo_set_source_rgb (cr, 0, 0, 0);
      steward_layout_draw (cr, chart->title, x, y);

      cairo_save (cr);
      cairo_translate (cr, x, y + title_height);
      steward_chart_plot_draw (chart->plot, cr, width, height - title_height, &self->palette);
      cairo_restore (cr);
    }
}

void
steward_measurement_table_pages_draw_page (StewardMeasurementTablePages *self,
                                           cairo_t                      *cr,
                                           guint                         page)
{
  const Page *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->pages->len);

  p = &g_array_index (self->pages, Page, page);

  cairo_save (cr);
  steward_page_frame_draw (self->frame, cr, page, self->pages->len);
  if (p->kind == PAGE_TABLE)
    draw_table_page (self, cr, p);
  else
    draw_charts_page (self, cr, p);
  cairo_restore (cr);
}

void
steward_measurement_table_pages_free (StewardMeasurementTablePages *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->heights, g_array_unref);
  g_clear_object (&self->legend);
  g_clear_object (&self->empty);
  g_clear_object (&self->charts_heading);
  g_clear_pointer (&self->charts, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->frame, steward_page_frame_free);
  g_clear_pointer (&self->table, steward_table_free);
  g_free (self);
}
