/* steward-chart-plot.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart-plot"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "steward-bar-layer.h"
#include "steward-chart-layer-private.h"
#include "steward-chart-plot.h"

/* A chart without a widget: its layers and axes, and the drawing of both
 * on any cairo_t. The widget draws it on a GtkSnapshot with the theme's
 * colours; the exports draw it on a PDF or PNG surface with fixed ones,
 * from the command line, without GTK. So nothing here may touch a widget,
 * a style context or the display.
 *
 * The layers map their data into the plot area that the axes leave; the
 * plot keeps that placement from one draw to the tooltips that follow. */

#define SPARKLINE_INSET   4.5    /* room for the last point's marker */
#define MARKER_SLACK      6.0    /* markers may cross the plot's edge */

struct _StewardChartPlot
{
  GObject              parent_instance;

  GPtrArray           *layers;
  StewardChartStyle    style;
  StewardChartAxes    *axes;
  gboolean             has_y_range;
  double               y_range_min;
  double               y_range_max;
  char                *y_unit;
  char                *title;

  /* The last draw, which tooltips pick from. */
  StewardChartPalette  palette;
  StewardChartContext  frame;
  double               frame_y_step;
  double               frame_width;
  double               frame_height;
  gboolean             has_frame;
};

G_DEFINE_FINAL_TYPE (StewardChartPlot, steward_chart_plot, G_TYPE_OBJECT)

/* Colours */

static void
set_series_hex (GdkRGBA *color,
                guint32  rgb)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = 1;
}

/* libadwaita's orange and purple after its blue accent: apart from it,
 * from each other and from the green and red of met and missed, in grey
 * print too (dark, light, middle). The theme names no such colours. */
static void
complete_palette (StewardChartPalette *palette)
{
  const GdkRGBA *fg = &palette->foreground;
  gboolean dark = (0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue) > 0.5;

  set_series_hex (&palette->series2, dark ? 0xffa348 : 0xe66100);
  set_series_hex (&palette->series3, dark ? 0xdc8add : 0x813d9c);
}

/**
 * steward_chart_palette_get_series_color:
 * @index: which series of a group, from 0
 *
 * Returns: (transfer none): the colour of its bars: the accent, then the
 *   second and third series' colours, then round again
 */
const GdkRGBA *
steward_chart_palette_get_series_color (const StewardChartPalette *palette,
                                        guint                      index)
{
  g_return_val_if_fail (palette != NULL, NULL);

  switch (index % 3)
    {
    case 0:
      return &palette->accent;
    case 1:
      return &palette->series2;
    default:
      return &palette->series3;
    }
}

/* Layout */

/* The names of a group of bar layers side by side, in the order of their
 * colours; a single series needs no legend. */
static void
update_legend (StewardChartPlot *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (self->style == STEWARD_CHART_STYLE_FULL)
    for (guint i = 0; i < self->layers->len; i++)
      {
        StewardChartLayer *layer = g_ptr_array_index (self->layers, i);
        guint index, size;

        if (!STEWARD_IS_BAR_LAYER (layer))
          continue;
        steward_bar_layer_get_group (STEWARD_BAR_LAYER (layer), &index, &size);
        if (size < 2)
          continue;
        if (names->len < size)
          g_ptr_array_set_size (names, size);
        g_ptr_array_index (names, index) =
          (gpointer)steward_chart_series_get_name (steward_bar_layer_get_series (STEWARD_BAR_LAYER (layer)));
      }

  for (guint i = 0; i < names->len; i++)
    if (g_ptr_array_index (names, i) == NULL)
      g_ptr_array_index (names, i) = (gpointer)"";
  g_ptr_array_add (names, NULL);
  steward_chart_axes_set_legend (self->axes, (const char * const *)names->pdata);
}

static void
union_extent (double *min,
              double *max,
              double  lo,
              double  hi)
{
  if (isfinite (lo))
    *min = MIN (*min, lo);
  if (isfinite (hi))
    *max = MAX (*max, hi);
}

/* Where the plot area goes in @width × @height and what it shows. */
static gboolean
compute_frame (StewardChartPlot    *self,
               double               width,
               double               height,
               StewardChartContext *ctx,
               double              *y_step)
{
  double x_min, x_max, y_min, y_max;

  memset (ctx, 0, sizeof *ctx);
  ctx->palette = &self->palette;
  ctx->y_unit = self->y_unit;
  ctx->style = self->style;

  if (!steward_chart_plot_get_extent (self, &x_min, &x_max, &y_min, &y_max))
    {
      x_min = x_max = 0;
      y_min = 0;
      y_max = 1;
    }

  /* Half a period on either side: a bar or a marker fits in its slot. */
  ctx->x_min = x_min - 0.5;
  ctx->x_max = x_max + 0.5;
  ctx->y_min = y_min;
  ctx->y_max = y_max;

  if (self->style == STEWARD_CHART_STYLE_FULL)
    {
      update_legend (self);
      return steward_chart_axes_place (self->axes, width, height, self->has_y_range, ctx, y_step);
    }

  steward_chart_widen_range (&ctx->y_min, &ctx->y_max);
  ctx->x = ctx->y = SPARKLINE_INSET;
  ctx->width = width - 2 * SPARKLINE_INSET;
  ctx->height = height - 2 * SPARKLINE_INSET;
  *y_step = 0;

  return ctx->width > 0 && ctx->height > 0;
}

/**
 * steward_chart_plot_draw:
 * @cr: where to draw, from (0, 0); its state is kept
 * @palette: the colours, and the font of the axes
 *
 * Draws the chart in @width × @height of @cr's units. A full chart fills
 * its background first; a sparkline leaves it to what is below.
 */
void
steward_chart_plot_draw (StewardChartPlot          *self,
                         cairo_t                   *cr,
                         double                     width,
                         double                     height,
                         const StewardChartPalette *palette)
{
  gboolean full;
  double clip_x, clip_y;

  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);

  self->has_frame = FALSE;
  if (!(width > 0) || !(height > 0))
    return;

  full = self->style == STEWARD_CHART_STYLE_FULL;
  /* Kept for the tooltips, which come between draws. A sparkline has no
   * text, and a page of them no Pango context each. */
  self->palette = *palette;
  complete_palette (&self->palette);
  if (full)
    {
      steward_chart_axes_set_font (self->axes, palette->font != NULL ? palette->font : STEWARD_CHART_DEFAULT_FONT);
      steward_chart_axes_update_context (self->axes, cr);
    }
  self->palette.font = steward_chart_axes_get_font (self->axes);

  if (!compute_frame (self, width, height, &self->frame, &self->frame_y_step))
    return;
  self->frame_width = width;
  self->frame_height = height;
  self->has_frame = TRUE;

  cairo_save (cr);

  if (full && palette->background.alpha > 0)
    {
      steward_chart_set_source (cr, &palette->background, 1);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  if (full)
    steward_chart_axes_draw_back (self->axes, cr, &self->frame, self->frame_y_step);

  /* The markers of the first and last values may cross the plot's edge,
   * not the drawing's. */
  clip_x = MAX (0, self->frame.x - MARKER_SLACK);
  clip_y = MAX (0, self->frame.y - MARKER_SLACK);
  cairo_save (cr);
  cairo_rectangle (cr, clip_x, clip_y,
                   MIN (width, self->frame.x + self->frame.width + MARKER_SLACK) - clip_x,
                   MIN (height, self->frame.y + self->frame.height + MARKER_SLACK) - clip_y);
  cairo_clip (cr);
  for (guint i = 0; i < self->layers->len; i++)
    steward_chart_layer_draw (g_ptr_array_index (self->layers, i), cr, &self->frame);
  cairo_restore (cr);

  if (full)
    {
      steward_chart_axes_draw_front (self->axes, cr, &self->frame, width);
      steward_chart_axes_draw_legend (self->axes, cr, &self->frame);
    }

  cairo_restore (cr);
}

/**
 * steward_chart_plot_get_context:
 * @ctx: (out caller-allocates): the plot area and data range a draw in
 *   @width × @height uses
 * @y_step: (out) (optional): between two y grid lines; 0 for a sparkline
 *
 * Returns: whether there is room to draw
 */
gboolean
steward_chart_plot_get_context (StewardChartPlot    *self,
                                double               width,
                                double               height,
                                StewardChartContext *ctx,
                                double              *y_step)
{
  double step;

  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), FALSE);
  g_return_val_if_fail (ctx != NULL, FALSE);

  if (self->has_frame && self->frame_width == width && self->frame_height == height)
    {
      *ctx = self->frame;
      step = self->frame_y_step;
    }
  else
    {
      if (self->style == STEWARD_CHART_STYLE_FULL && steward_chart_axes_get_font (self->axes) == NULL)
        steward_chart_axes_set_font (self->axes, STEWARD_CHART_DEFAULT_FONT);
      if (!(width > 0 && height > 0) || !compute_frame (self, width, height, ctx, &step))
        return FALSE;
    }

  if (y_step != NULL)
    *y_step = step;

  return TRUE;
}

/**
 * steward_chart_plot_dup_tooltip:
 * @width: of the drawing, as given to steward_chart_plot_draw()
 * @height:
 * @x: the pointer, in the same units
 * @y:
 *
 * Returns: (transfer full) (nullable): the text of the point nearest to
 *   @x, @y, within %STEWARD_CHART_PICK_DISTANCE: the series, the period,
 *   the value and whether it met its target; %NULL when none is that near
 */
char *
steward_chart_plot_dup_tooltip (StewardChartPlot *self,
                                double            width,
                                double            height,
                                double            x,
                                double            y)
{
  StewardChartContext ctx;
  double best_distance = G_MAXDOUBLE;
  char *best = NULL;

  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), NULL);

  if (!steward_chart_plot_get_context (self, width, height, &ctx, NULL))
    return NULL;

  /* The layer drawn last is on top: it wins a tie. */
  for (guint i = self->layers->len; i > 0; i--)
    {
      double distance = G_MAXDOUBLE;
      char *text = steward_chart_layer_pick (g_ptr_array_index (self->layers, i - 1), &ctx, x, y, &distance);

      if (text != NULL && distance <= STEWARD_CHART_PICK_DISTANCE && distance < best_distance)
        {
          g_free (best);
          best = text;
          best_distance = distance;
        }
      else
        g_free (text);
    }

  return best;
}

/**
 * steward_chart_plot_dup_summary:
 *
 * Returns: (transfer full): what the chart shows, in sentences, for a
 *   screen reader
 */
char *
steward_chart_plot_dup_summary (StewardChartPlot *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), NULL);

  /* From the front to the back: the values before the target behind them. */
  for (guint i = self->layers->len; i > 0; i--)
    {
      g_autofree char *sentence = steward_chart_layer_describe (g_ptr_array_index (self->layers, i - 1));

      if (sentence == NULL || sentence[0] == '\0')
        continue;
      if (summary->len > 0)
        g_string_append_c (summary, ' ');
      g_string_append (summary, sentence);
    }

  if (summary->len == 0)
    {
      if (self->title != NULL)
        /* TRANSLATORS: a chart's summary; the %s is its title */
        return g_strdup_printf (_("%s: no data."), self->title);
      /* TRANSLATORS: a chart's summary */
      return g_strdup (_("No data."));
    }

  /* The title, unless the first series already says it. */
  if (self->title != NULL && !g_str_has_prefix (summary->str, self->title))
    {
      /* TRANSLATORS: the title of a chart, as the first sentence of its
       * summary */
      g_autofree char *title = g_strdup_printf (_("%s."), self->title);

      g_string_prepend_c (summary, ' ');
      g_string_prepend (summary, title);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

/* The object */

static void
steward_chart_plot_dispose (GObject *object)
{
  StewardChartPlot *self = (StewardChartPlot *)object;

  steward_chart_plot_clear (self);

  G_OBJECT_CLASS (steward_chart_plot_parent_class)->dispose (object);
}

static void
steward_chart_plot_finalize (GObject *object)
{
  StewardChartPlot *self = (StewardChartPlot *)object;

  g_ptr_array_unref (self->layers);
  steward_chart_axes_free (self->axes);
  g_free (self->y_unit);
  g_free (self->title);

  G_OBJECT_CLASS (steward_chart_plot_parent_class)->finalize (object);
}

static void
steward_chart_plot_class_init (StewardChartPlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_chart_plot_dispose;
  object_class->finalize = steward_chart_plot_finalize;
}

static void
steward_chart_plot_init (StewardChartPlot *self)
{
  self->layers = g_ptr_array_new_with_free_func (g_object_unref);
  self->axes = steward_chart_axes_new ();
  steward_chart_palette_init_light (&self->palette);
  complete_palette (&self->palette);
}

StewardChartPlot *
steward_chart_plot_new (void)
{
  return g_object_new (STEWARD_TYPE_CHART_PLOT, NULL);
}

/**
 * steward_chart_plot_add_layer:
 * @layer: drawn above the layers added before it
 */
void
steward_chart_plot_add_layer (StewardChartPlot  *self,
                              StewardChartLayer *layer)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));
  g_return_if_fail (STEWARD_IS_CHART_LAYER (layer));

  g_ptr_array_add (self->layers, g_object_ref (layer));
  steward_chart_layer_set_plot (layer, self);
  self->has_frame = FALSE;
}

guint
steward_chart_plot_get_n_layers (StewardChartPlot *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), 0);

  return self->layers->len;
}

/**
 * steward_chart_plot_get_layer:
 *
 * Returns: (transfer none):
 */
StewardChartLayer *
steward_chart_plot_get_layer (StewardChartPlot *self,
                              guint             i)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), NULL);
  g_return_val_if_fail (i < self->layers->len, NULL);

  return g_ptr_array_index (self->layers, i);
}

/**
 * steward_chart_plot_clear:
 *
 * Removes the layers; the labels, unit, range and title stay.
 */
void
steward_chart_plot_clear (StewardChartPlot *self)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));

  for (guint i = 0; i < self->layers->len; i++)
    {
      StewardChartLayer *layer = g_ptr_array_index (self->layers, i);

      if (steward_chart_layer_get_plot (layer) == self)
        steward_chart_layer_set_plot (layer, NULL);
    }
  g_ptr_array_set_size (self->layers, 0);
  self->has_frame = FALSE;
}

StewardChartStyle
steward_chart_plot_get_style (StewardChartPlot *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), STEWARD_CHART_STYLE_FULL);

  return self->style;
}

void
steward_chart_plot_set_style (StewardChartPlot  *self,
                              StewardChartStyle  style)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));

  self->style = style;
  self->has_frame = FALSE;
}

/**
 * steward_chart_plot_set_x_labels:
 * @labels: (nullable) (array zero-terminated=1): the label of each period,
 *   x = 0 first: "113/03", "2024-Q1"
 *
 * The x axis shows as many of them as fit apart.
 */
void
steward_chart_plot_set_x_labels (StewardChartPlot   *self,
                                 const char * const *labels)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));

  steward_chart_axes_set_x_labels (self->axes, labels);
  self->has_frame = FALSE;
}

/**
 * steward_chart_plot_get_x_label:
 * @x: a period
 *
 * Returns: (transfer none) (nullable): its label, when @x is a whole
 *   period that has one
 */
const char *
steward_chart_plot_get_x_label (StewardChartPlot *self,
                                double            x)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), NULL);

  return steward_chart_axes_get_x_label (self->axes, x);
}

/**
 * steward_chart_plot_set_y_range:
 *
 * Shows exactly @min to @max, whatever the data; as before, from the data,
 * after steward_chart_plot_unset_y_range().
 */
void
steward_chart_plot_set_y_range (StewardChartPlot *self,
                                double            min,
                                double            max)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));
  g_return_if_fail (isfinite (min) && isfinite (max) && min <= max);

  self->has_y_range = TRUE;
  self->y_range_min = min;
  self->y_range_max = max;
  self->has_frame = FALSE;
}

void
steward_chart_plot_unset_y_range (StewardChartPlot *self)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));

  self->has_y_range = FALSE;
  self->has_frame = FALSE;
}

const char *
steward_chart_plot_get_y_unit (StewardChartPlot *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), NULL);

  return self->y_unit;
}

/**
 * steward_chart_plot_set_y_unit:
 * @unit: (nullable): "%", "小時", "天"; shown above the y axis and after
 *   values
 */
void
steward_chart_plot_set_y_unit (StewardChartPlot *self,
                               const char       *unit)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));

  g_free (self->y_unit);
  self->y_unit = unit != NULL && unit[0] != '\0' ? g_strdup (unit) : NULL;
  self->has_frame = FALSE;
}

const char *
steward_chart_plot_get_title (StewardChartPlot *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), NULL);

  return self->title;
}

/**
 * steward_chart_plot_set_title:
 * @title: (nullable): what the chart is of; the summary starts with it
 */
void
steward_chart_plot_set_title (StewardChartPlot *self,
                              const char       *title)
{
  g_return_if_fail (STEWARD_IS_CHART_PLOT (self));

  g_free (self->title);
  self->title = title != NULL && title[0] != '\0' ? g_strdup (title) : NULL;
}

/**
 * steward_chart_plot_get_extent:
 * @x_min: (out):
 * @x_max: (out):
 * @y_min: (out):
 * @y_max: (out):
 *
 * The data of every layer together, the target included; the periods of
 * the x labels; the y range if one was set.
 *
 * Returns: whether there is anything to show
 */
gboolean
steward_chart_plot_get_extent (StewardChartPlot *self,
                               double           *x_min,
                               double           *x_max,
                               double           *y_min,
                               double           *y_max)
{
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;

  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), FALSE);

  for (guint i = 0; i < self->layers->len; i++)
    {
      double lx0, lx1, ly0, ly1;

      if (steward_chart_layer_get_extent (g_ptr_array_index (self->layers, i), &lx0, &lx1, &ly0, &ly1))
        {
          union_extent (&x0, &x1, lx0, lx1);
          union_extent (&y0, &y1, ly0, ly1);
        }
    }

  if (steward_chart_axes_get_n_x_labels (self->axes) > 0)
    union_extent (&x0, &x1, 0, steward_chart_axes_get_n_x_labels (self->axes) - 1);

  if (self->has_y_range)
    {
      y0 = self->y_range_min;
      y1 = self->y_range_max;
    }

  if (!(x0 <= x1) || !(y0 <= y1))
    return FALSE;

  *x_min = x0;
  *x_max = x1;
  *y_min = y0;
  *y_max = y1;

  return TRUE;
}

guint
steward_chart_plot_get_n_shown_x_labels (StewardChartPlot *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), 0);

  if (!self->has_frame || self->style != STEWARD_CHART_STYLE_FULL)
    return 0;

  return steward_chart_axes_get_n_shown (self->axes);
}

/**
 * steward_chart_plot_get_shown_x_label:
 * @nth: less than steward_chart_plot_get_n_shown_x_labels()
 * @index: (out) (optional): which label, of those set
 * @left: (out) (optional): where it starts
 * @width: (out) (optional): how wide it is
 */
gboolean
steward_chart_plot_get_shown_x_label (StewardChartPlot *self,
                                      guint             nth,
                                      guint            *index,
                                      double           *left,
                                      double           *width)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), FALSE);

  if (nth >= steward_chart_plot_get_n_shown_x_labels (self))
    return FALSE;

  return steward_chart_axes_get_shown (self->axes, nth, index, left, width);
}

guint
steward_chart_plot_get_n_shown_legend (StewardChartPlot *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), 0);

  if (!self->has_frame || self->style != STEWARD_CHART_STYLE_FULL)
    return 0;

  return steward_chart_axes_get_n_shown_legend (self->axes);
}

/**
 * steward_chart_plot_get_shown_legend:
 * @nth: less than steward_chart_plot_get_n_shown_legend()
 * @name: (out) (optional) (transfer none): the series' name
 * @left: (out) (optional): where its swatch starts
 * @width: (out) (optional): of the swatch and the name
 */
gboolean
steward_chart_plot_get_shown_legend (StewardChartPlot  *self,
                                     guint              nth,
                                     const char       **name,
                                     double            *left,
                                     double            *width)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PLOT (self), FALSE);

  if (nth >= steward_chart_plot_get_n_shown_legend (self))
    return FALSE;

  return steward_chart_axes_get_shown_legend (self->axes, nth, name, left, width);
}
