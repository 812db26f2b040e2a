/* steward-chart-axes.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "steward-chart-layer.h"

G_BEGIN_DECLS

void              steward_chart_nice_range            (double                     min,
                                                       double                     max,
                                                       guint                      max_intervals,
                                                       double                    *nice_min,
                                                       double                    *nice_max,
                                                       double                    *step);
void              steward_chart_widen_range           (double                    *min,
                                                       double                    *max);

/* The axes of a full chart, for StewardChartPlot: the y ticks with their
 * labels and unit, the x labels that fit, and the font they are laid out
 * with. No widget: PangoCairo's own font map. */
typedef struct _StewardChartAxes StewardChartAxes;

StewardChartAxes *steward_chart_axes_new              (void);
void              steward_chart_axes_free             (StewardChartAxes          *axes);
const char       *steward_chart_axes_get_font         (StewardChartAxes          *axes);
void              steward_chart_axes_set_font         (StewardChartAxes          *axes,
                                                       const char                *font);
void              steward_chart_axes_update_context   (StewardChartAxes          *axes,
                                                       cairo_t                   *cr);
void              steward_chart_axes_set_x_labels     (StewardChartAxes          *axes,
                                                       const char * const        *labels);
guint             steward_chart_axes_get_n_x_labels   (StewardChartAxes          *axes);
const char       *steward_chart_axes_get_x_label      (StewardChartAxes          *axes,
                                                       double                     x);
gboolean          steward_chart_axes_place            (StewardChartAxes          *axes,
                                                       double                     width,
                                                       double                     height,
                                                       gboolean                   fixed_y,
                                                       StewardChartContext       *ctx,
                                                       double                    *y_step);
void              steward_chart_axes_draw_back        (StewardChartAxes          *axes,
                                                       cairo_t                   *cr,
                                                       const StewardChartContext *ctx,
                                                       double                     y_step);
void              steward_chart_axes_draw_front       (StewardChartAxes          *axes,
                                                       cairo_t                   *cr,
                                                       const StewardChartContext *ctx,
                                                       double                     width);
guint             steward_chart_axes_get_n_shown      (StewardChartAxes          *axes);
gboolean          steward_chart_axes_get_shown        (StewardChartAxes          *axes,
                                                       guint                      nth,
                                                       guint                     *index,
                                                       double                    *left,
                                                       double                    *width);

G_END_DECLS
