/* steward-chart-layer.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* Defined in steward-chart-plot.h. */
typedef struct _StewardChartPalette StewardChartPalette;

typedef enum
{
  STEWARD_CHART_STYLE_FULL,       /* axes, ticks, labels, grid */
  STEWARD_CHART_STYLE_SPARKLINE,  /* the data alone, tight, no text */
} StewardChartStyle;

/* How far from a point, in pixels, the pointer still picks it. */
#define STEWARD_CHART_PICK_DISTANCE 12.0

/* What a layer needs to know to draw: where the plot area is, in the units
 * of the cairo_t (pixels for the widget, points for a PDF), and which data
 * range it shows. */
typedef struct
{
  double                     x;
  double                     y;
  double                     width;
  double                     height;

  double                     x_min;
  double                     x_max;
  double                     y_min;
  double                     y_max;

  const StewardChartPalette *palette;
  const char                *y_unit;        /* nullable */
  StewardChartStyle          style;
} StewardChartContext;

double steward_chart_context_map_x      (const StewardChartContext *ctx,
                                         double                     x);
double steward_chart_context_map_y      (const StewardChartContext *ctx,
                                         double                     y);
double steward_chart_context_slot_width (const StewardChartContext *ctx);

char  *steward_chart_format_value       (double                     value,
                                         const char                *unit);

#define STEWARD_TYPE_CHART_LAYER (steward_chart_layer_get_type ())

G_DECLARE_DERIVABLE_TYPE (StewardChartLayer, steward_chart_layer, STEWARD, CHART_LAYER, GObject)

struct _StewardChartLayerClass
{
  GObjectClass parent_class;

  gboolean (*get_extent) (StewardChartLayer         *self,
                          double                    *x_min,
                          double                    *x_max,
                          double                    *y_min,
                          double                    *y_max);
  void     (*draw)       (StewardChartLayer         *self,
                          cairo_t                   *cr,
                          const StewardChartContext *ctx);
  char    *(*pick)       (StewardChartLayer         *self,
                          const StewardChartContext *ctx,
                          double                     x,
                          double                     y,
                          double                    *distance);
  char    *(*describe)   (StewardChartLayer         *self);

  gpointer padding[8];
};

gboolean  steward_chart_layer_get_extent (StewardChartLayer         *self,
                                          double                    *x_min,
                                          double                    *x_max,
                                          double                    *y_min,
                                          double                    *y_max);
void      steward_chart_layer_draw       (StewardChartLayer         *self,
                                          cairo_t                   *cr,
                                          const StewardChartContext *ctx);
char     *steward_chart_layer_pick       (StewardChartLayer         *self,
                                          const StewardChartContext *ctx,
                                          double                     x,
                                          double                     y,
                                          double                    *distance);
char     *steward_chart_layer_describe   (StewardChartLayer         *self);

G_END_DECLS
