/* steward-chart-plot.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>

#include "steward-chart-axes.h"
#include "steward-chart-layer.h"

G_BEGIN_DECLS

/* The colours and font a chart is drawn with: the theme's, read by the
 * widget, or fixed ones for exports, which have no display. */
struct _StewardChartPalette
{
  GdkRGBA     foreground;   /* text and axes */
  GdkRGBA     background;   /* behind a full chart; sparklines leave it out */
  GdkRGBA     grid;
  GdkRGBA     accent;       /* lines and bars without a target */
  GdkRGBA     met;
  GdkRGBA     missed;
  GdkRGBA     band;         /* the target's good side, translucent */
  const char *font;         /* a PangoFontDescription string: "Cantarell 9" */
  /* The bars of the second and third series of a group, after the accent
   * of the first; steward_chart_plot_draw() sets them to suit the
   * foreground, light or dark. */
  GdkRGBA     series2;
  GdkRGBA     series3;
};

void           steward_chart_palette_init_light       (StewardChartPalette       *palette);
void           steward_chart_palette_init_dark        (StewardChartPalette       *palette);
const GdkRGBA *steward_chart_palette_get_series_color (const StewardChartPalette *palette,
                                                       guint                      index);

#define STEWARD_TYPE_CHART_PLOT (steward_chart_plot_get_type ())

G_DECLARE_FINAL_TYPE (StewardChartPlot, steward_chart_plot, STEWARD, CHART_PLOT, GObject)

StewardChartPlot  *steward_chart_plot_new          (void);
void               steward_chart_plot_add_layer    (StewardChartPlot          *self,
                                                    StewardChartLayer         *layer);
guint              steward_chart_plot_get_n_layers (StewardChartPlot          *self);
StewardChartLayer *steward_chart_plot_get_layer    (StewardChartPlot          *self,
                                                    guint                      i);
void               steward_chart_plot_clear        (StewardChartPlot          *self);

StewardChartStyle  steward_chart_plot_get_style    (StewardChartPlot          *self);
void               steward_chart_plot_set_style    (StewardChartPlot          *self,
                                                    StewardChartStyle          style);
void               steward_chart_plot_set_x_labels (StewardChartPlot          *self,
                                                    const char * const        *labels);
const char        *steward_chart_plot_get_x_label  (StewardChartPlot          *self,
                                                    double                     x);
void               steward_chart_plot_set_y_range  (StewardChartPlot          *self,
                                                    double                     min,
                                                    double                     max);
void               steward_chart_plot_unset_y_range (StewardChartPlot         *self);
const char        *steward_chart_plot_get_y_unit   (StewardChartPlot          *self);
void               steward_chart_plot_set_y_unit   (StewardChartPlot          *self,
                                                    const char                *unit);
const char        *steward_chart_plot_get_title    (StewardChartPlot          *self);
void               steward_chart_plot_set_title    (StewardChartPlot          *self,
                                                    const char                *title);

gboolean           steward_chart_plot_get_extent   (StewardChartPlot          *self,
                                                    double                    *x_min,
                                                    double                    *x_max,
                                                    double                    *y_min,
                                                    double                    *y_max);
gboolean           steward_chart_plot_get_context  (StewardChartPlot          *self,
                                                    double                     width,
                                                    double                     height,
                                                    StewardChartContext       *ctx,
                                                    double                    *y_step);

void               steward_chart_plot_draw         (StewardChartPlot          *self,
                                                    cairo_t                   *cr,
                                                    double                     width,
                                                    double                     height,
                                                    const StewardChartPalette *palette);
char              *steward_chart_plot_dup_tooltip  (StewardChartPlot          *self,
                                                    double                     width,
                                                    double                     height,
                                                    double                     x,
                                                    double                     y);
char              *steward_chart_plot_dup_summary  (StewardChartPlot          *self);

/* For the tests: the x labels the last draw showed, left to right. */
guint              steward_chart_plot_get_n_shown_x_labels (StewardChartPlot *self);
gboolean           steward_chart_plot_get_shown_x_label    (StewardChartPlot *self,
                                                            guint             nth,
                                                            guint            *index,
                                                            double           *left,
                                                            double           *width);
/* The series the legend of the last draw named, left to right; @left and
 * @width are those of the swatch and the name together. */
guint              steward_chart_plot_get_n_shown_legend   (StewardChartPlot *self);
gboolean           steward_chart_plot_get_shown_legend     (StewardChartPlot *self,
                                                            guint             nth,
                                                            const char      **name,
                                                            double           *left,
                                                            double           *width);

/* The legend above the plot area, which the axes lay out and draw with
 * their font: for StewardChartPlot only (steward-chart-axes.c). */
void               steward_chart_axes_set_legend           (StewardChartAxes          *axes,
                                                            const char * const        *names);
void               steward_chart_axes_draw_legend          (StewardChartAxes          *axes,
                                                            cairo_t                   *cr,
                                                            const StewardChartContext *ctx);
guint              steward_chart_axes_get_n_shown_legend   (StewardChartAxes          *axes);
gboolean           steward_chart_axes_get_shown_legend     (StewardChartAxes          *axes,
                                                            guint                      nth,
                                                            const char               **name,
                                                            double                    *left,
                                                            double                    *width);

G_END_DECLS
