/* steward-org-chart-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

/* Sizes in chart units that the widget shares: it scrolls a selected box
 * into view with its margin, and rings the focused chart as the boxes. */
#define STEWARD_ORG_CHART_LAYOUT_MARGIN        16.0
#define STEWARD_ORG_CHART_LAYOUT_CORNER_RADIUS 8.0

typedef struct _StewardOrgChartLayoutBox StewardOrgChartLayoutBox;

struct _StewardOrgChartLayoutBox
{
  gint64                    id;
  gint64                    parent_id;
  int                       position;
  char                     *name;
  char                     *lead_name;       /* NULL when the body has no lead */
  StewardRole               lead_role;
  GDate                     lead_since;
  guint                     n_members;
  GHashTable               *member_ids;      /* only while the chart is built */

  StewardOrgChartLayoutBox *parent;          /* NULL for a root */
  GPtrArray                *children;        /* StewardOrgChartLayoutBox, borrowed, in order */
  guint                     depth;
  guint                     index;           /* in StewardOrgChartLayout.boxes */
  gboolean                  visited;

  PangoLayout              *name_layout;
  PangoLayout              *lead_layout;
  PangoLayout              *count_layout;

  double                    subtree_width;
  guint                     subtree_depth;
  double                    tree_x;
  double                    tree_y;

  /* Where the box is drawn now, in the tree or in the list. */
  double                    x;
  double                    y;
  double                    width;
  double                    height;
};

/* The chart: its boxes, and how they are placed now. */
typedef struct
{
  GPtrArray *boxes;             /* StewardOrgChartLayoutBox, depth first, trees in order */
  guint      max_depth;
  double     box_height;        /* in the tree, the same for every box */
  double     tree_width;
  double     tree_height;

  gboolean   list;
  double     width;             /* of the current placement */
  double     height;
} StewardOrgChartLayout;

typedef struct
{
  GdkRGBA background;
  GdkRGBA card;
  GdkRGBA shade;
  GdkRGBA border;
  GdkRGBA foreground;
  GdkRGBA dim;
  GdkRGBA connector;
  GdkRGBA accent;
  GdkRGBA accent_bg;
  GdkRGBA warning;
} StewardOrgChartLayoutPalette;

/* The chart of the bodies in force on a day. */
StewardOrgChartLayout    *steward_org_chart_layout_new             (GListModel            *bodies,
                                                                    GListModel            *people,
                                                                    GListModel            *memberships,
                                                                    const GDate           *date);
void                      steward_org_chart_layout_free            (StewardOrgChartLayout *chart);
StewardOrgChartLayoutBox *steward_org_chart_layout_find            (StewardOrgChartLayout *chart,
                                                                    gint64                 id);
char                     *steward_org_chart_layout_dup_description (StewardOrgChartLayout *chart);

/* The text of a box, in full: its name, its lead, its size; the sentence
 * of a screen reader. */
const char *steward_org_chart_layout_box_get_name       (StewardOrgChartLayoutBox *box);
char       *steward_org_chart_layout_box_dup_lead_text  (StewardOrgChartLayoutBox *box);
char       *steward_org_chart_layout_box_dup_count_text (StewardOrgChartLayoutBox *box);
char       *steward_org_chart_layout_box_dup_sentence   (StewardOrgChartLayoutBox *box);

/* The text shaped with a Pango context, then placed as the top-down tree
 * or as the narrow, indented list. */
void                      steward_org_chart_layout_shape          (StewardOrgChartLayout *chart,
                                                                   PangoContext          *context);
void                      steward_org_chart_layout_place_tree     (StewardOrgChartLayout *chart);
void                      steward_org_chart_layout_use_tree       (StewardOrgChartLayout *chart);
double                    steward_org_chart_layout_list_min_width (StewardOrgChartLayout *chart);
void                      steward_org_chart_layout_use_list       (StewardOrgChartLayout *chart,
                                                                   double                 width);
StewardOrgChartLayoutBox *steward_org_chart_layout_box_at         (StewardOrgChartLayout *chart,
                                                                   double                 x,
                                                                   double                 y);

/* Drawing, in chart units. */
void steward_org_chart_layout_rounded_rectangle (cairo_t                            *cr,
                                                 double                              x,
                                                 double                              y,
                                                 double                              width,
                                                 double                              height,
                                                 double                              radius);
void steward_org_chart_layout_draw              (StewardOrgChartLayout              *chart,
                                                 cairo_t                            *cr,
                                                 const StewardOrgChartLayoutPalette *palette,
                                                 gint64                              selected,
                                                 gboolean                            focused);

/* The file export, drawn as the widget draws. */
gboolean steward_org_chart_layout_export (GListModel       *bodies,
                                          GListModel       *people,
                                          GListModel       *memberships,
                                          const GDate      *date,
                                          StewardCalendar   calendar,
                                          const char       *path,
                                          GError          **error);

G_END_DECLS
