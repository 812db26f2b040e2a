/* steward-org-chart.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-org-chart"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "logic/steward-date.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "steward-org-chart.h"

/* The organization chart that procedure 5.3.1 refers to ("如下圖所示") and
 * does not contain: one box per body in force on a day, with its lead and
 * the number of its members, joined to its parent body.
 *
 * The file has two halves. The chart (Chart, Box) is made from the three
 * models, shaped with Pango and placed and drawn with cairo; it knows no
 * widget, so that the export draws exactly what the screen shows. The
 * widget owns one chart, rebuilds it when the data change, places it when
 * its width changes, and only draws it in snapshot(). */

/* Sizes in chart units: pixels at a scale of 1. */
#define MARGIN          16.0
#define BOX_WIDTH       208.0
#define BOX_PADDING     10.0
#define TEXT_SPACING    4.0
#define CORNER_RADIUS   8.0
#define COLUMN_GAP      24.0    /* between neighbouring subtrees */
#define LEVEL_GAP       40.0    /* parent to children: room for the connectors */
#define ROW_GAP         48.0    /* between rows of separate trees */
#define LIST_GAP        10.0
#define LIST_INDENT     24.0
#define LIST_MIN_INDENT 12.0
#define LIST_MAX_WIDTH  560.0
/* A forest of many small trees (sub-teams without a parent) wraps into
 * rows instead of growing into one very wide line. */
#define WRAP_WIDTH      (4 * BOX_WIDTH + 3 * COLUMN_GAP)

/* Below this scale the text of the tree is too small to read: the chart
 * turns into an indented list instead. */
#define MIN_SCALE       0.75
#define MIN_ZOOM        0.5
#define MAX_ZOOM        4.0
#define ZOOM_STEP       1.25

/* Bigger pixels in the exported PNG, for print and slides. */
#define PNG_SCALE       2.0
/* A4 landscape, in points. */
#define PDF_WIDTH       841.89
#define PDF_HEIGHT      595.28
#define PDF_MARGIN      36.0
#define PDF_MAX_SCALE   1.5

#define EXPORT_FONT     "Sans 10"

typedef struct _Box Box;

struct _Box
{
  gint64       id;
  gint64       parent_id;
  int          position;
  char        *name;
  char        *lead_name;       /* NULL when the body has no lead */
  StewardRole  lead_role;
  GDate        lead_since;
  guint        n_members;
  GHashTable  *member_ids;      /* only while the chart is built */

  Box         *parent;          /* NULL for a root */
  GPtrArray   *children;        /* Box, borrowed, in order */
  guint        depth;
  guint        index;           /* in Chart.boxes */
  gboolean     visited;

  PangoLayout *name_layout;
  PangoLayout *lead_layout;
  PangoLayout *count_layout;

  double       subtree_width;
  guint        subtree_depth;
  double       tree_x;
  double       tree_y;

  /* Where the box is drawn now, in the tree or in the list. */
  double       x;
  double       y;
  double       width;
  double       height;
};

typedef struct
{
  GPtrArray *boxes;             /* Box, depth first, trees in order */
  guint      max_depth;
  double     box_height;        /* in the tree, the same for every box */
  double     tree_width;
  double     tree_height;

  gboolean   list;
  double     width;             /* of the current placement */
  double     height;
} Chart;

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
} Palette;

/* The chart */

static void
box_free (gpointer data)
{
  Box *box = data;

  g_clear_pointer (&box->member_ids, g_hash_table_unref);
  g_clear_pointer (&box->children, g_ptr_array_unref);
  g_clear_object (&box->name_layout);
  g_clear_object (&box->lead_layout);
  g_clear_object (&box->count_layout);
  g_free (box->name);
  g_free (box->lead_name);
  g_free (box);
}

static void
chart_free (Chart *chart)
{
  g_ptr_array_unref (chart->boxes);
  g_free (chart);
}

static int
compare_boxes (gconstpointer a,
               gconstpointer b)
{
  const Box *x = *(Box * const *)a;
  const Box *y = *(Box * const *)b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;

  return x->id < y->id ? -1 : (x->id > y->id);
}

static void
visit_box (Chart *chart,
           Box   *box,
           guint  depth)
{
  box->visited = TRUE;
  box->depth = depth;
  box->index = chart->boxes->len;
  chart->max_depth = MAX (chart->max_depth, depth);
  g_ptr_array_add (chart->boxes, box);

  for (guint i = 0; i < box->children->len; i++)
    {
      Box *child = g_ptr_array_index (box->children, i);

      if (!child->visited)
        visit_box (chart, child, depth + 1);
    }
}

/* Of two leads at once (a hand-over), the later appointment is the one
 * that leads now. */
static void
consider_lead (Box               *box,
               StewardMembership *membership,
               const char        *person_name)
{
  GDate *since = steward_membership_get_start_date (membership);

  if (box->lead_name != NULL && g_date_valid (&box->lead_since) &&
      since != NULL && g_date_valid (since) && g_date_compare (since, &box->lead_since) <= 0)
    return;

  g_free (box->lead_name);
  box->lead_name = g_strdup (person_name);
  box->lead_role = steward_membership_get_role (membership);
  if (since != NULL && g_date_valid (since))
    box->lead_since = *since;
}

/* The bodies in force on @date with their lead and members, as a forest:
 * a body whose parent is missing or retired is a root, and so is the first
 * body of a loop of parents (which the data should not hold, but must not
 * hide). */
static Chart *
chart_new (GListModel  *bodies,
           GListModel  *people,
           GListModel  *memberships,
           const GDate *date)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  Chart *chart = g_new0 (Chart, 1);

  chart->boxes = g_ptr_array_new_with_free_func (box_free);

  for (guint i = 0; bodies != NULL && i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (bodies, i);
      GDate *retired = steward_body_get_retired_on (body);
      Box *box;

      if (retired != NULL && g_date_valid (retired) && g_date_compare (retired, date) <= 0)
        continue;

      box = g_new0 (Box, 1);
      box->id = steward_record_get_id (STEWARD_RECORD (body));
      box->parent_id = steward_body_get_parent_id (body);
      box->position = steward_body_get_position (body);
      box->name = g_strdup (steward_body_get_name (body));
      box->children = g_ptr_array_new ();
      box->member_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_date_clear (&box->lead_since, 1);
      g_ptr_array_add (sorted, box);
      g_hash_table_insert (by_id, &box->id, box);
    }

  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (people, i);
      gint64 person_id = steward_record_get_id (STEWARD_RECORD (person));

      g_hash_table_insert (names, g_memdup2 (&person_id, sizeof person_id),
                           g_strdup (steward_person_get_name (person)));
    }

  for (guint i = 0; memberships != NULL && i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(StewardMembership) membership = g_list_model_get_item (memberships, i);
      gint64 body_id = steward_membership_get_body_id (membership);
      gint64 person_id = steward_membership_get_person_id (membership);
      Box *box = g_hash_table_lookup (by_id, &body_id);
      const char *name = g_hash_table_lookup (names, &person_id);

      /* As in the roster: only people that exist, on that day. */
      if (box == NULL || name == NULL || !steward_membership_is_active_on (membership, date))
        continue;

      /* One person in two roles of a body (the CISO is also the document
       * controller, 5.3.3.5) is one member. */
      g_hash_table_add (box->member_ids, g_memdup2 (&person_id, sizeof person_id));

      if (steward_role_is_lead (steward_membership_get_role (membership)))
        consider_lead (box, membership, name);
    }

  g_ptr_array_sort (sorted, compare_boxes);

  for (guint i = 0; i < sorted->len; i++)
    {
      Box *box = g_ptr_array_index (sorted, i);
      Box *parent = box->parent_id != box->id ? g_hash_table_lookup (by_id, &box->parent_id) : NULL;

      box->n_members = g_hash_table_size (box->member_ids);
      g_clear_pointer (&box->member_ids, g_hash_table_unref);

      if (parent != NULL)
        {
          box->parent = parent;
          g_ptr_array_add (parent->children, box);
        }
    }

  for (guint i = 0; i < sorted->len; i++)
    {
      Box *box = g_ptr_array_index (sorted, i);

      if (box->parent == NULL)
        visit_box (chart, box, 0);
    }

  /* What is left is in a loop: cut it above its first body. */
  for (guint i = 0; i < sorted->len; i++)
    {
      Box *box = g_ptr_array_index (sorted, i);

      if (box->visited)
        continue;

      g_ptr_array_remove (box->parent->children, box);
      box->parent = NULL;
      visit_box (chart, box, 0);
    }

  return chart;
}

static Box *
chart_find (Chart  *chart,
            gint64  id)
{
  for (guint i = 0; chart != NULL && id != 0 && i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);

      if (box->id == id)
        return box;
    }

  return NULL;
}

static const char *
box_get_name (Box *box)
{
  return box->name != NULL && box->name[0] != '\0' ? box->name : _("Unnamed body");
}

static char *
box_dup_lead_text (Box *box)
{
  if (box->lead_name == NULL)
    return g_strdup (_("No lead"));

  /* TRANSLATORS: the lead of a body in the organization chart: a role,
   * then a person's name, e.g. "Convener: 王志明"; zh_TW writes "%s：%s" */
  return g_strdup_printf (_("%s: %s"), steward_role_to_string (box->lead_role), box->lead_name);
}

static char *
box_dup_count_text (Box *box)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", box->n_members),
                          box->n_members);
}

/* One sentence for a screen reader: the body, its lead, its size. */
static char *
box_dup_sentence (Box *box)
{
  if (box->lead_name != NULL)
    /* TRANSLATORS: one body in the description of the organization chart:
     * the body, its lead's name, the lead's role, the number of members */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s, led by %s (%s), %u member",
                                         "%s, led by %s (%s), %u members",
                                         box->n_members),
                            box_get_name (box), box->lead_name,
                            steward_role_to_string (box->lead_role), box->n_members);

  /* TRANSLATORS: one body in the description of the organization chart:
   * the body, the number of members */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s, without a lead, %u member",
                                       "%s, without a lead, %u members",
                                       box->n_members),
                          box_get_name (box), box->n_members);
}

static char *
chart_dup_description (Chart *chart)
{
  g_autoptr(GString) bodies = g_string_new (NULL);

  if (chart == NULL || chart->boxes->len == 0)
    return g_strdup (_("Organization chart: no bodies."));

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      g_autofree char *sentence = box_dup_sentence (g_ptr_array_index (chart->boxes, i));

      if (i > 0)
        /* TRANSLATORS: between two bodies in the description of the
         * organization chart; zh_TW writes "；" */
        g_string_append (bodies, _("; "));
      g_string_append (bodies, sentence);
    }

  /* TRANSLATORS: what a screen reader says of the organization chart: the
   * list of its bodies; zh_TW writes "組織圖：%s。" */
  return g_strdup_printf (_("Organization chart: %s."), bodies->str);
}

static PangoLayout *
new_box_layout (PangoContext *context,
                const char   *text,
                int           max_lines,
                PangoAttrList *attrs)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);

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
box_content_height (Box *box)
{
  return layout_height (box->name_layout) + TEXT_SPACING +
         layout_height (box->lead_layout) + TEXT_SPACING +
         layout_height (box->count_layout);
}

static void
box_set_text_width (Box            *box,
                    double          width,
                    PangoAlignment  alignment)
{
  PangoLayout *layouts[] = { box->name_layout, box->lead_layout, box->count_layout };
  int text_width = (int)floor ((width - 2 * BOX_PADDING) * PANGO_SCALE);

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      pango_layout_set_width (layouts[i], text_width);
      pango_layout_set_alignment (layouts[i], alignment);
    }
}

/* Makes the text of every box with @context, and the height of the boxes:
 * all have that of the tallest, which keeps the levels of the tree
 * straight. Names and leads wrap to two lines at most, then ellipsize. */
static void
chart_shape (Chart        *chart,
             PangoContext *context)
{
  PangoAttrList *bold = pango_attr_list_new ();
  PangoAttrList *small = pango_attr_list_new ();

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (small, pango_attr_scale_new (PANGO_SCALE_SMALL));

  chart->box_height = 0;
  for (guint i = 0; i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);
      g_autofree char *lead = box_dup_lead_text (box);
      g_autofree char *count = box_dup_count_text (box);

      g_clear_object (&box->name_layout);
      g_clear_object (&box->lead_layout);
      g_clear_object (&box->count_layout);
      box->name_layout = new_box_layout (context, box_get_name (box), 2, bold);
      box->lead_layout = new_box_layout (context, lead, 2, NULL);
      box->count_layout = new_box_layout (context, count, 1, small);
      box_set_text_width (box, BOX_WIDTH, PANGO_ALIGN_CENTER);

      chart->box_height = MAX (chart->box_height, ceil (box_content_height (box) + 2 * BOX_PADDING));
    }

  pango_attr_list_unref (bold);
  pango_attr_list_unref (small);
}

static void
measure_subtree (Box *box)
{
  double children_width = 0;

  box->subtree_depth = 0;
  for (guint i = 0; i < box->children->len; i++)
    {
      Box *child = g_ptr_array_index (box->children, i);

      measure_subtree (child);
      children_width += (i > 0 ? COLUMN_GAP : 0) + child->subtree_width;
      box->subtree_depth = MAX (box->subtree_depth, child->subtree_depth + 1);
    }

  box->subtree_width = MAX (BOX_WIDTH, children_width);
}

/* Each subtree owns a band of the width no other subtree enters, so boxes
 * never overlap; the parent and the group of its children are both centred
 * in the band, so the children sit centred under their parent. */
static void
place_subtree (Chart  *chart,
               Box    *box,
               double  left,
               double  top)
{
  double children_width = 0;
  double x;

  box->tree_x = left + (box->subtree_width - BOX_WIDTH) / 2;
  box->tree_y = top + box->depth * (chart->box_height + LEVEL_GAP);

  for (guint i = 0; i < box->children->len; i++)
    children_width += (i > 0 ? COLUMN_GAP : 0) +
                      ((Box *)g_ptr_array_index (box->children, i))->subtree_width;

  x = left + (box->subtree_width - children_width) / 2;
  for (guint i = 0; i < box->children->len; i++)
    {
      Box *child = g_ptr_array_index (box->children, i);

      place_subtree (chart, child, x, top);
      x += child->subtree_width + COLUMN_GAP;
    }
}

static double
row_height (Chart *chart,
            guint  depth)
{
  return (depth + 1) * chart->box_height + depth * LEVEL_GAP;
}

/* The top-down tree: the trees side by side, in rows when there are many. */
static void
chart_place_tree (Chart *chart)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  double wrap = WRAP_WIDTH;
  double widest = 0;
  double row_width = 0;
  double top = MARGIN;
  guint start = 0;

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);

      if (box->parent == NULL)
        {
          measure_subtree (box);
          g_ptr_array_add (roots, box);
          wrap = MAX (wrap, box->subtree_width);
        }
    }

  /* Which roots go in which row. */
  for (guint i = 0; i < roots->len; i++)
    {
      Box *root = g_ptr_array_index (roots, i);

      if (i > 0 && row_width + COLUMN_GAP + root->subtree_width > wrap)
        {
          g_array_append_val (row_ends, i);
          widest = MAX (widest, row_width);
          row_width = 0;
        }
      row_width += (row_width > 0 ? COLUMN_GAP : 0) + root->subtree_width;
    }
  g_array_append_val (row_ends, roots->len);
  widest = MAX (widest, row_width);

  for (guint r = 0; r < row_ends->len; r++)
    {
      guint end = g_array_index (row_ends, guint, r);
      guint depth = 0;
      double x;

      row_width = 0;
      for (guint i = start; i < end; i++)
        {
          Box *root = g_ptr_array_index (roots, i);

          row_width += (i > start ? COLUMN_GAP : 0) + root->subtree_width;
          depth = MAX (depth, root->subtree_depth);
        }

      x = MARGIN + (widest - row_width) / 2;
      for (guint i = start; i < end; i++)
        {
          Box *root = g_ptr_array_index (roots, i);

          place_subtree (chart, root, x, top);
          x += root->subtree_width + COLUMN_GAP;
        }

      if (end > start)
        top += row_height (chart, depth) + ROW_GAP;
      start = end;
    }

  chart->tree_width = widest + 2 * MARGIN;
  chart->tree_height = roots->len > 0 ? top - ROW_GAP + MARGIN : 2 * MARGIN;
}

static void
chart_use_tree (Chart *chart)
{
  for (guint i = 0; i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);

      box->x = box->tree_x;
      box->y = box->tree_y;
      box->width = BOX_WIDTH;
      box->height = chart->box_height;
      box_set_text_width (box, BOX_WIDTH, PANGO_ALIGN_CENTER);
    }

  chart->list = FALSE;
  chart->width = chart->tree_width;
  chart->height = chart->tree_height;
}

/* The narrowest the list can be, in chart units. Never narrower boxes
 * than in the tree, so that the text fits in the boxes' common height. */
static double
chart_list_min_width (Chart *chart)
{
  return 2 * MARGIN + BOX_WIDTH + MIN (chart->max_depth, 4) * LIST_MIN_INDENT;
}

/* The narrow layout: one box a line, depth first, indented by depth, the
 * connectors down the left as in a tree view. Each box is as tall as its
 * text at its width: names that wrapped in the tree fit on one line here. */
static void
chart_use_list (Chart  *chart,
                double  width)
{
  double inner = CLAMP (width, chart_list_min_width (chart), LIST_MAX_WIDTH + 2 * MARGIN) - 2 * MARGIN;
  double indent = chart->max_depth > 0 ? MIN (LIST_INDENT, (inner - BOX_WIDTH) / chart->max_depth) : 0;
  double y = MARGIN;

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);

      box->x = MARGIN + box->depth * indent;
      box->width = inner - box->depth * indent;
      box_set_text_width (box, box->width, PANGO_ALIGN_LEFT);
      box->y = y;
      box->height = ceil (box_content_height (box) + 2 * BOX_PADDING);
      y += box->height + LIST_GAP;
    }

  chart->list = TRUE;
  chart->width = inner + 2 * MARGIN;
  chart->height = chart->boxes->len > 0 ? y - LIST_GAP + MARGIN : 2 * MARGIN;
}

static Box *
chart_box_at (Chart  *chart,
              double  x,
              double  y)
{
  for (guint i = 0; chart != NULL && i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);

      if (x >= box->x && x < box->x + box->width &&
          y >= box->y && y < box->y + box->height)
        return box;
    }

  return NULL;
}

/* Drawing */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_connectors (Chart   *chart,
                 cairo_t *cr)
{
  for (guint i = 0; i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);

      if (box->children->len == 0)
        continue;

      if (chart->list)
        {
          /* Down the parent's left, then across to each child. */
          Box *last = g_ptr_array_index (box->children, box->children->len - 1);
          Box *first = g_ptr_array_index (box->children, 0);
          double x = box->x + (first->x - box->x) / 2;

          cairo_move_to (cr, x, box->y + box->height);
          cairo_line_to (cr, x, last->y + last->height / 2);
          for (guint c = 0; c < box->children->len; c++)
            {
              Box *child = g_ptr_array_index (box->children, c);

              cairo_move_to (cr, x, child->y + child->height / 2);
              cairo_line_to (cr, child->x, child->y + child->height / 2);
            }
        }
      else
        {
          /* Down from the parent to the middle of the gap, across above
           * the children, down into each: all in the gap between two
           * levels, where no box is. */
          double px = box->x + box->width / 2;
          double mid = box->y + box->height + LEVEL_GAP / 2;
          double left = px;
          double right = px;

          cairo_move_to (cr, px, box->y + box->height);
          cairo_line_to (cr, px, mid);
          for (guint c = 0; c < box->children->len; c++)
            {
              Box *child = g_ptr_array_index (box->children, c);
              double cx = child->x + child->width / 2;

              left = MIN (left, cx);
              right = MAX (right, cx);
              cairo_move_to (cr, cx, mid);
              cairo_line_to (cr, cx, child->y);
            }
          cairo_move_to (cr, left, mid);
          cairo_line_to (cr, right, mid);
        }
    }

  cairo_set_line_width (cr, 1.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_stroke (cr);
}

static void
draw_layout (cairo_t       *cr,
             PangoLayout   *layout,
             const GdkRGBA *color,
             double         x,
             double         y)
{
  gdk_cairo_set_source_rgba (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_box (Chart         *chart,
          Box           *box,
          cairo_t       *cr,
          const Palette *palette,
          gboolean       selected,
          gboolean       focused)
{
  double h = box->height;
  double y;

  /* A card, as libadwaita draws one: a shade below, a fill, a border. */
  rounded_rectangle (cr, box->x, box->y + 1, box->width, h, CORNER_RADIUS);
  gdk_cairo_set_source_rgba (cr, &palette->shade);
  cairo_fill (cr);

  rounded_rectangle (cr, box->x, box->y, box->width, h, CORNER_RADIUS);
  gdk_cairo_set_source_rgba (cr, &palette->card);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, selected ? &palette->accent_bg : &palette->border);
  cairo_set_line_width (cr, selected ? 2.5 : 1);
  cairo_stroke (cr);

  if (selected && focused)
    {
      GdkRGBA ring = palette->accent;

      ring.alpha *= 0.5;
      rounded_rectangle (cr, box->x - 4, box->y - 4, box->width + 8, h + 8, CORNER_RADIUS + 4);
      gdk_cairo_set_source_rgba (cr, &ring);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  y = box->y + (h - box_content_height (box)) / 2;
  draw_layout (cr, box->name_layout, &palette->foreground, box->x + BOX_PADDING, y);
  y += layout_height (box->name_layout) + TEXT_SPACING;
  /* Every body needs a lead (5.3): a missing one stands out. */
  draw_layout (cr, box->lead_layout, box->lead_name != NULL ? &palette->foreground : &palette->warning,
               box->x + BOX_PADDING, y);
  y += layout_height (box->lead_layout) + TEXT_SPACING;
  draw_layout (cr, box->count_layout, &palette->dim, box->x + BOX_PADDING, y);
}

/* Draws the placed chart in chart units: the one drawing of the widget and
 * of the export. */
static void
chart_draw (Chart         *chart,
            cairo_t       *cr,
            const Palette *palette,
            gint64         selected,
            gboolean       focused)
{
  gdk_cairo_set_source_rgba (cr, &palette->connector);
  draw_connectors (chart, cr);

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      Box *box = g_ptr_array_index (chart->boxes, i);

      draw_box (chart, box, cr, palette, box->id == selected, focused);
    }
}

static void
with_alpha (GdkRGBA       *color,
            const GdkRGBA *base,
            double         alpha)
{
  *color = *base;
  color->alpha *= alpha;
}

/* The printed palette: libadwaita's light colours, with the borders a
 * little stronger for paper. */
static void
palette_init_print (Palette *palette)
{
  gdk_rgba_parse (&palette->background, "#ffffff");
  gdk_rgba_parse (&palette->card, "#ffffff");
  gdk_rgba_parse (&palette->shade, "rgba(0,0,0,0.07)");
  gdk_rgba_parse (&palette->border, "rgba(0,0,0,0.3)");
  gdk_rgba_parse (&palette->foreground, "rgba(0,0,0,0.8)");
  gdk_rgba_parse (&palette->dim, "rgba(0,0,0,0.55)");
  gdk_rgba_parse (&palette->connector, "rgba(0,0,0,0.45)");
  gdk_rgba_parse (&palette->accent, "#1c71d8");
  gdk_rgba_parse (&palette->accent_bg, "#3584e4");
  gdk_rgba_parse (&palette->warning, "#9c6e03");
}

static void
lookup_color (GtkStyleContext *style,
              const char      *name,
              GdkRGBA         *color,
              const char      *fallback)
{
  if (!gtk_style_context_lookup_color (style, name, color))
    gdk_rgba_parse (color, fallback);
}

/* The theme's colours, read when drawing: they change with the dark and
 * high-contrast styles. The fallbacks are libadwaita's own values. */
static void
palette_init_from_widget (Palette   *palette,
                          GtkWidget *widget)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  gboolean dark;

  gtk_style_context_get_color (style, &palette->foreground);
  dark = (0.2126 * palette->foreground.red + 0.7152 * palette->foreground.green +
          0.0722 * palette->foreground.blue) > 0.5;

  lookup_color (style, "window_bg_color", &palette->background, dark ? "#242424" : "#fafafa");
  lookup_color (style, "card_bg_color", &palette->card, dark ? "rgba(255,255,255,0.08)" : "#ffffff");
  lookup_color (style, "card_shade_color", &palette->shade, dark ? "rgba(0,0,0,0.36)" : "rgba(0,0,0,0.07)");
  if (!gtk_style_context_lookup_color (style, "borders", &palette->border))
    with_alpha (&palette->border, &palette->foreground, 0.15);
  lookup_color (style, "accent_color", &palette->accent, dark ? "#78aeed" : "#1c71d8");
  lookup_color (style, "accent_bg_color", &palette->accent_bg, "#3584e4");
  lookup_color (style, "warning_color", &palette->warning, dark ? "#f8e45c" : "#9c6e03");
  /* As .dim-label does. */
  with_alpha (&palette->dim, &palette->foreground, 0.55);
  with_alpha (&palette->connector, &palette->foreground, 0.45);
}

/* The widget */

enum {
  MODEL_BODIES,
  MODEL_PEOPLE,
  MODEL_MEMBERSHIPS,
  N_MODELS
};

struct _StewardOrgChart
{
  GtkWidget   parent_instance;

  GListModel *models[N_MODELS];
  GPtrArray  *watched;          /* the items whose notify is connected */
  GDate       date;

  Chart      *chart;
  gboolean    dirty;
  guint       rebuild_id;

  gint64      selected;
  gint64      pressed;

  double      zoom;
  /* How the chart fitted at a zoom of 1: other zooms are relative to it. */
  double      fit_scale;
  gboolean    fit_list;

  /* The placement drawn now. */
  gboolean    placed;
  int         placed_width;
  double      scale;
  double      offset_x;
};

G_DEFINE_FINAL_TYPE (StewardOrgChart, steward_org_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_BODY,
  PROP_ZOOM,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  BODY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  gboolean list;
  double   scale;
} View;

static void on_item_notify_cb (GObject    *item,
                               GParamSpec *pspec,
                               gpointer    user_data);

static void
unwatch_items (StewardOrgChart *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i),
                                          on_item_notify_cb, self);
  g_ptr_array_set_size (self->watched, 0);
}

/* A record list changes a row in place, with notify and no items-changed:
 * a renamed body or person, a membership that ended. */
static void
watch_items (StewardOrgChart *self)
{
  unwatch_items (self);

  for (guint m = 0; m < N_MODELS; m++)
    for (guint i = 0; self->models[m] != NULL && i < g_list_model_get_n_items (self->models[m]); i++)
      {
        GObject *item = g_list_model_get_item (self->models[m], i);

        g_signal_connect (item, "notify", G_CALLBACK (on_item_notify_cb), self);
        g_ptr_array_add (self->watched, item);
      }
}

static void
update_accessible_description (StewardOrgChart *self)
{
  Box *box = chart_find (self->chart, self->selected);
  g_autofree char *selected = box != NULL ? box_dup_sentence (box) : NULL;
  g_autofree char *hint = NULL;

  if (selected != NULL)
    /* TRANSLATORS: said of the organization chart when a body is
     * selected; the %s is the body, its lead and members */
    hint = g_strdup_printf (_("Selected: %s. Arrow keys move between bodies; Enter opens the selected one."),
                            selected);
  else
    hint = g_strdup (_("Arrow keys move between bodies; Enter opens the selected one."));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint,
                                  -1);
}

/* The widget's font and font options, but the text laid out without
 * hinted metrics or rounded positions: the chart is drawn scaled, and text
 * laid out for the pixels of one scale looks uneven at another. */
static PangoContext *
create_widget_context (StewardOrgChart *self)
{
  PangoContext *context = gtk_widget_create_pango_context (GTK_WIDGET (self));
  const cairo_font_options_t *base = pango_cairo_context_get_font_options (context);
  cairo_font_options_t *options = base != NULL ? cairo_font_options_copy (base) : cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

/* Reads the models again, once the data changed: from an idle, or from the
 * layout of the frame if that comes first; not from snapshot(), which
 * always follows a layout. */
static void
rebuild (StewardOrgChart *self)
{
  g_autofree char *description = NULL;
  PangoContext *context;

  self->dirty = FALSE;
  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  g_clear_pointer (&self->chart, chart_free);
  self->chart = chart_new (self->models[MODEL_BODIES], self->models[MODEL_PEOPLE],
                           self->models[MODEL_MEMBERSHIPS], &self->date);
  context = create_widget_context (self);
  chart_shape (self->chart, context);
  g_object_unref (context);
  chart_place_tree (self->chart);
  self->placed = FALSE;

  watch_items (self);

  description = chart_dup_description (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  if (self->selected != 0 && chart_find (self->chart, self->selected) == NULL)
    {
      self->selected = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_BODY]);
    }
  update_accessible_description (self);
}

static void
ensure_chart (StewardOrgChart *self)
{
  if (self->dirty || self->chart == NULL)
    rebuild (self);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  StewardOrgChart *self = user_data;

  self->rebuild_id = 0;
  ensure_chart (self);

  return G_SOURCE_REMOVE;
}

/* The three models change one after the other: read them once, before the
 * next frame is laid out. */
static void
queue_rebuild (StewardOrgChart *self)
{
  self->dirty = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));

  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, rebuild_cb, self, NULL);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  queue_rebuild (user_data);
}

static void
on_item_notify_cb (GObject    *item,
                   GParamSpec *pspec,
                   gpointer    user_data)
{
  queue_rebuild (user_data);
}

static View
compute_view (StewardOrgChart *self,
              int              width)
{
  View view;

  if (self->zoom == 1.0)
    {
      double fit = MIN (1.0, width / self->chart->tree_width);

      view.list = fit < MIN_SCALE;
      view.scale = view.list ? 1.0 : fit;
    }
  else
    {
      view.list = self->fit_list;
      view.scale = self->zoom * (view.list ? 1.0 : self->fit_scale);
    }

  return view;
}

static void
place (StewardOrgChart *self,
       int              width)
{
  View view = compute_view (self, width);

  if (self->zoom == 1.0)
    {
      self->fit_scale = MIN (1.0, width / self->chart->tree_width);
      self->fit_list = view.list;
    }

  if (view.list)
    chart_use_list (self->chart, width / view.scale);
  else
    chart_use_tree (self->chart);

  self->scale = view.scale;
  self->offset_x = MAX (0, (width - self->chart->width * view.scale) / 2);
  self->placed = TRUE;
  self->placed_width = width;
}

static void
ensure_placed (StewardOrgChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  ensure_chart (self);
  if (!self->placed || self->placed_width != width)
    place (self, width);
}

static GtkSizeRequestMode
steward_org_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
measure_width (StewardOrgChart *self,
               int             *minimum,
               int             *natural)
{
  Chart *chart = self->chart;

  if (self->zoom == 1.0)
    {
      /* Fits any width down to that of the list. */
      *minimum = ceil (chart_list_min_width (chart));
      *natural = MAX (*minimum, ceil (chart->tree_width));
    }
  else if (self->fit_list)
    *minimum = *natural = ceil (chart_list_min_width (chart) * self->zoom);
  else
    *minimum = *natural = ceil (chart->tree_width * self->fit_scale * self->zoom);
}

static void
steward_org_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (widget);
  int min_width, nat_width;

  ensure_chart (self);
  measure_width (self, &min_width, &nat_width);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
    }
  else
    {
      int width = for_size >= 0 ? MAX (for_size, min_width) : nat_width;
      View view = compute_view (self, width);
      double height = self->chart->tree_height;

      if (view.list)
        {
          /* The height of the list depends on how its text wraps at that
           * width: place it to know, and again for the width it gets. */
          chart_use_list (self->chart, width / view.scale);
          height = self->chart->height;
          self->placed = FALSE;
        }

      *minimum = *natural = ceil (height * view.scale);
    }
}

static void
steward_org_chart_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (widget);

  ensure_chart (self);
  place (self, width);
}

static void
steward_org_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  Palette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ensure_placed (self);
  palette_init_from_widget (&palette, widget);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_cairo_set_source_rgba (cr, &palette.background);
  cairo_paint (cr);

  if (gtk_widget_has_visible_focus (widget) && chart_find (self->chart, self->selected) == NULL)
    {
      /* Focused with nothing selected yet: ring the whole chart. */
      GdkRGBA ring = palette.accent;

      ring.alpha *= 0.5;
      rounded_rectangle (cr, 2, 2, width - 4, height - 4, CORNER_RADIUS);
      gdk_cairo_set_source_rgba (cr, &ring);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  cairo_translate (cr, self->offset_x, 0);
  cairo_scale (cr, self->scale, self->scale);
  chart_draw (self->chart, cr, &palette, self->selected, gtk_widget_has_visible_focus (widget));

  cairo_destroy (cr);
}

/* The area of @box in the widget's coordinates. */
static void
box_get_area (StewardOrgChart *self,
              Box             *box,
              graphene_rect_t *area)
{
  graphene_rect_init (area,
                      self->offset_x + box->x * self->scale,
                      box->y * self->scale,
                      box->width * self->scale,
                      box->height * self->scale);
}

static Box *
box_at (StewardOrgChart *self,
        double           x,
        double           y)
{
  ensure_placed (self);

  return chart_box_at (self->chart, (x - self->offset_x) / self->scale, y / self->scale);
}

static void
scroll_adjustment (GtkAdjustment *adjustment,
                   double         start,
                   double         size)
{
  double value, page;

  if (adjustment == NULL)
    return;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (start < value)
    gtk_adjustment_set_value (adjustment, start - MARGIN);
  else if (start + size > value + page)
    gtk_adjustment_set_value (adjustment, start + size - page + MARGIN);
}

/* Keyboard users must see where the selection went. In a viewport, the
 * widget's coordinates are those of the scrolled content. */
static void
scroll_to_box (StewardOrgChart *self,
               Box             *box)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  graphene_rect_t area;

  if (!GTK_IS_VIEWPORT (parent))
    return;

  box_get_area (self, box, &area);
  scroll_adjustment (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (parent)),
                     area.origin.x, area.size.width);
  scroll_adjustment (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (parent)),
                     area.origin.y, area.size.height);
}

static void
activate_selected (StewardOrgChart *self)
{
  if (self->selected != 0)
    g_signal_emit (self, signals[BODY_ACTIVATED], 0, self->selected);
}

/* Reading order: by level, then left to right; the order of the boxes in
 * the list. */
static gboolean
box_reads_before (Box *a,
                  Box *b)
{
  if (fabs (a->y - b->y) > 0.5)
    return a->y < b->y;

  return a->x < b->x;
}

/* The box after @box in reading order (before it when @step is -1), or the
 * first (last) box when @box is %NULL. */
static Box *
chart_reading_step (Chart *chart,
                    Box   *box,
                    int    step)
{
  Box *best = NULL;

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      Box *other = g_ptr_array_index (chart->boxes, i);

      if (other == box ||
          (box != NULL && (step > 0 ? !box_reads_before (box, other) : !box_reads_before (other, box))))
        continue;
      if (best == NULL || (step > 0 ? box_reads_before (other, best) : box_reads_before (best, other)))
        best = other;
    }

  return best;
}

/* Where an arrow key goes. In the tree, Up and Down follow the branches
 * and Left and Right read the chart like a page, so that they reach every
 * box; in the list, Up and Down read it and Left and Right follow the
 * branches, as in a tree view. */
static Box *
box_in_direction (Chart      *chart,
                  Box        *box,
                  const char *direction)
{
  gboolean branches;
  Box *best = NULL;

  if (g_str_equal (direction, "first"))
    return chart_reading_step (chart, NULL, 1);
  if (g_str_equal (direction, "last"))
    return chart_reading_step (chart, NULL, -1);
  if (box == NULL)
    return chart_reading_step (chart, NULL, 1);

  branches = chart->list ? g_str_equal (direction, "left") || g_str_equal (direction, "right")
                         : g_str_equal (direction, "up") || g_str_equal (direction, "down");

  if (!branches)
    return chart_reading_step (chart, box,
                               g_str_equal (direction, "right") || g_str_equal (direction, "down") ? 1 : -1);

  if (g_str_equal (direction, "up") || g_str_equal (direction, "left"))
    return box->parent;

  /* The child straight below, or the nearest to it. */
  for (guint i = 0; i < box->children->len; i++)
    {
      Box *child = g_ptr_array_index (box->children, i);
      double distance = fabs (child->x + child->width / 2 - box->x - box->width / 2);

      if (best == NULL || distance < fabs (best->x + best->width / 2 - box->x - box->width / 2))
        best = child;
    }

  return best;
}

static void
move_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (widget);
  Box *target;

  ensure_placed (self);
  target = box_in_direction (self->chart, chart_find (self->chart, self->selected),
                             g_variant_get_string (parameter, NULL));
  if (target == NULL)
    return;

  steward_org_chart_select_body (self, target->id);
  scroll_to_box (self, target);
}

static void
activate_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  activate_selected (STEWARD_ORG_CHART (widget));
}

static void
zoom_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (widget);

  if (g_str_equal (action_name, "org-chart.zoom-in"))
    steward_org_chart_set_zoom (self, self->zoom * ZOOM_STEP);
  else if (g_str_equal (action_name, "org-chart.zoom-out"))
    steward_org_chart_set_zoom (self, self->zoom / ZOOM_STEP);
  else
    steward_org_chart_set_zoom (self, 1.0);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              StewardOrgChart          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Without Ctrl, the scrolled window scrolls. */
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  steward_org_chart_set_zoom (self, self->zoom * pow (ZOOM_STEP, -dy));

  return TRUE;
}

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               StewardOrgChart *self)
{
  Box *box = box_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->pressed = box != NULL ? box->id : 0;
  if (box == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  steward_org_chart_select_body (self, box->id);
}

static void
on_released_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                StewardOrgChart *self)
{
  Box *box = box_at (self, x, y);

  /* As a button: activated when released on the box it was pressed on. */
  if (box != NULL && box->id == self->pressed && n_press == 1)
    activate_selected (self);
  self->pressed = 0;
}

static gboolean
steward_org_chart_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_mode,
                                 GtkTooltip *tooltip)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (widget);
  Box *box = keyboard_mode ? chart_find (self->chart, self->selected) : box_at (self, x, y);
  g_autofree char *lead = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  if (box == NULL)
    return FALSE;

  /* The whole text, where the box ellipsizes it. */
  lead = box_dup_lead_text (box);
  count = box_dup_count_text (box);
  text = g_strjoin ("\n", box_get_name (box), lead, count, NULL);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
steward_org_chart_state_flags_changed (GtkWidget     *widget,
                                       GtkStateFlags  previous)
{
  GtkWidgetClass *parent_class = GTK_WIDGET_CLASS (steward_org_chart_parent_class);
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  if (parent_class->state_flags_changed != NULL)
    parent_class->state_flags_changed (widget, previous);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

/* The text is shaped with the widget's font: a new font means new text. */
static void
steward_org_chart_system_setting_changed (GtkWidget        *widget,
                                          GtkSystemSetting  setting)
{
  GtkWidgetClass *parent_class = GTK_WIDGET_CLASS (steward_org_chart_parent_class);

  if (parent_class->system_setting_changed != NULL)
    parent_class->system_setting_changed (widget, setting);

  if (setting == GTK_SYSTEM_SETTING_FONT_NAME ||
      setting == GTK_SYSTEM_SETTING_FONT_CONFIG ||
      setting == GTK_SYSTEM_SETTING_DPI)
    queue_rebuild (STEWARD_ORG_CHART (widget));
}

static void
steward_org_chart_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (steward_org_chart_parent_class)->root (widget);

  /* The font of a widget in a window can differ from that of the widget
   * alone. */
  queue_rebuild (STEWARD_ORG_CHART (widget));
}

/* Named colours do not take part in the widget's own style: a change of
 * contrast may leave its colour as it was and still change them. */
static void
steward_org_chart_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (steward_org_chart_parent_class)->realize (widget);

  if (adw_is_initialized ())
    {
      AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));

      g_signal_connect_object (manager, "notify::dark", G_CALLBACK (gtk_widget_queue_draw),
                               widget, G_CONNECT_SWAPPED);
      g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw),
                               widget, G_CONNECT_SWAPPED);
    }
}

static void
steward_org_chart_unrealize (GtkWidget *widget)
{
  if (adw_is_initialized ())
    g_signal_handlers_disconnect_by_func (adw_style_manager_get_for_display (gtk_widget_get_display (widget)),
                                          gtk_widget_queue_draw, widget);

  GTK_WIDGET_CLASS (steward_org_chart_parent_class)->unrealize (widget);
}

static void
disconnect_models (StewardOrgChart *self)
{
  for (guint m = 0; m < N_MODELS; m++)
    if (self->models[m] != NULL)
      {
        g_signal_handlers_disconnect_by_func (self->models[m], on_items_changed_cb, self);
        g_clear_object (&self->models[m]);
      }
}

static void
steward_org_chart_dispose (GObject *object)
{
  StewardOrgChart *self = (StewardOrgChart *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  disconnect_models (self);
  unwatch_items (self);
  g_clear_pointer (&self->chart, chart_free);

  G_OBJECT_CLASS (steward_org_chart_parent_class)->dispose (object);
}

static void
steward_org_chart_finalize (GObject *object)
{
  StewardOrgChart *self = (StewardOrgChart *)object;

  g_ptr_array_unref (self->watched);

  G_OBJECT_CLASS (steward_org_chart_parent_class)->finalize (object);
}

static void
steward_org_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (object);

  switch (prop_id)
    {
    case PROP_SELECTED_BODY:
      g_value_set_int64 (value, self->selected);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_org_chart_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StewardOrgChart *self = STEWARD_ORG_CHART (object);

  switch (prop_id)
    {
    case PROP_SELECTED_BODY:
      steward_org_chart_select_body (self, g_value_get_int64 (value));
      break;

    case PROP_ZOOM:
      steward_org_chart_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_DATE:
      steward_org_chart_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            keyval,
             GdkModifierType  modifiers,
             const char      *action,
             const char      *direction)
{
  if (direction != NULL)
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, "s", direction);
  else
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, action, NULL);
}

static void
steward_org_chart_class_init (StewardOrgChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct
  {
    guint       keyval;
    guint       kp_keyval;
    const char *direction;
  } moves[] = {
    { GDK_KEY_Left, GDK_KEY_KP_Left, "left" },
    { GDK_KEY_Right, GDK_KEY_KP_Right, "right" },
    { GDK_KEY_Up, GDK_KEY_KP_Up, "up" },
    { GDK_KEY_Down, GDK_KEY_KP_Down, "down" },
    { GDK_KEY_Home, GDK_KEY_KP_Home, "first" },
    { GDK_KEY_End, GDK_KEY_KP_End, "last" },
  };

  object_class->dispose = steward_org_chart_dispose;
  object_class->finalize = steward_org_chart_finalize;
  object_class->get_property = steward_org_chart_get_property;
  object_class->set_property = steward_org_chart_set_property;

  widget_class->get_request_mode = steward_org_chart_get_request_mode;
  widget_class->measure = steward_org_chart_measure;
  widget_class->size_allocate = steward_org_chart_size_allocate;
  widget_class->snapshot = steward_org_chart_snapshot;
  widget_class->query_tooltip = steward_org_chart_query_tooltip;
  widget_class->state_flags_changed = steward_org_chart_state_flags_changed;
  widget_class->system_setting_changed = steward_org_chart_system_setting_changed;
  widget_class->root = steward_org_chart_root;
  widget_class->realize = steward_org_chart_realize;
  widget_class->unrealize = steward_org_chart_unrealize;

  /**
   * StewardOrgChart:selected-body:
   *
   * The id of the selected body, or 0.
   */
  properties[PROP_SELECTED_BODY] =
    g_param_spec_int64 ("selected-body", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StewardOrgChart:zoom:
   *
   * 1 fits the chart to the width; 2 draws it twice as big.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * StewardOrgChart:date:
   *
   * The day the chart shows the organization of.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StewardOrgChart::body-activated:
   * @body_id: the body clicked, or selected when Enter was pressed
   */
  signals[BODY_ACTIVATED] =
    g_signal_new ("body-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "org-chart.move", "s", move_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.activate", NULL, activate_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.zoom-in", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.zoom-out", NULL, zoom_action_cb);
  gtk_widget_class_install_action (widget_class, "org-chart.zoom-reset", NULL, zoom_action_cb);

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      add_binding (widget_class, moves[i].keyval, 0, "org-chart.move", moves[i].direction);
      add_binding (widget_class, moves[i].kp_keyval, 0, "org-chart.move", moves[i].direction);
    }
  add_binding (widget_class, GDK_KEY_Return, 0, "org-chart.activate", NULL);
  add_binding (widget_class, GDK_KEY_ISO_Enter, 0, "org-chart.activate", NULL);
  add_binding (widget_class, GDK_KEY_KP_Enter, 0, "org-chart.activate", NULL);
  add_binding (widget_class, GDK_KEY_space, 0, "org-chart.activate", NULL);
  add_binding (widget_class, GDK_KEY_KP_Space, 0, "org-chart.activate", NULL);
  add_binding (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "org-chart.zoom-in", NULL);
  add_binding (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "org-chart.zoom-in", NULL);
  add_binding (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "org-chart.zoom-in", NULL);
  add_binding (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "org-chart.zoom-out", NULL);
  add_binding (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "org-chart.zoom-out", NULL);
  add_binding (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "org-chart.zoom-reset", NULL);
  add_binding (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "org-chart.zoom-reset", NULL);

  gtk_widget_class_set_css_name (widget_class, "orgchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
steward_org_chart_init (StewardOrgChart *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  GtkEventController *scroll;
  GtkGesture *click;

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  self->date = *today;
  self->zoom = 1.0;
  self->fit_scale = 1.0;
  self->scale = 1.0;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  queue_rebuild (self);
}

GtkWidget *
steward_org_chart_new (void)
{
  return g_object_new (STEWARD_TYPE_ORG_CHART, NULL);
}

/**
 * steward_org_chart_set_models:
 * @bodies: (nullable): the #StewardBody records
 * @people: (nullable): the #StewardPerson records
 * @memberships: (nullable): the #StewardMembership records
 *
 * The chart follows the models' changes by itself.
 */
void
steward_org_chart_set_models (StewardOrgChart *self,
                              GListModel      *bodies,
                              GListModel      *people,
                              GListModel      *memberships)
{
  GListModel *models[N_MODELS] = { bodies, people, memberships };

  g_return_if_fail (STEWARD_IS_ORG_CHART (self));
  g_return_if_fail (bodies == NULL || G_IS_LIST_MODEL (bodies));
  g_return_if_fail (people == NULL || G_IS_LIST_MODEL (people));
  g_return_if_fail (memberships == NULL || G_IS_LIST_MODEL (memberships));

  disconnect_models (self);

  for (guint m = 0; m < N_MODELS; m++)
    if (models[m] != NULL)
      {
        self->models[m] = g_object_ref (models[m]);
        g_signal_connect (models[m], "items-changed", G_CALLBACK (on_items_changed_cb), self);
      }

  queue_rebuild (self);
}

/**
 * steward_org_chart_set_date:
 * @date: (nullable): the day to show the organization of; today with %NULL
 */
void
steward_org_chart_set_date (StewardOrgChart *self,
                            const GDate     *date)
{
  g_autoptr(GDate) today = NULL;

  g_return_if_fail (STEWARD_IS_ORG_CHART (self));

  if (date == NULL || !g_date_valid (date))
    date = today = steward_date_new_today ();

  if (g_date_compare (date, &self->date) == 0)
    return;

  self->date = *date;
  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gint64
steward_org_chart_get_selected_body (StewardOrgChart *self)
{
  g_return_val_if_fail (STEWARD_IS_ORG_CHART (self), 0);

  return self->selected;
}

/**
 * steward_org_chart_select_body:
 * @body_id: a body on the chart, or 0 to select none
 *
 * A body that is not on the chart (unknown, or retired on the chart's
 * date) selects none.
 */
void
steward_org_chart_select_body (StewardOrgChart *self,
                               gint64           body_id)
{
  g_return_if_fail (STEWARD_IS_ORG_CHART (self));

  ensure_chart (self);
  if (chart_find (self->chart, body_id) == NULL)
    body_id = 0;

  if (body_id == self->selected)
    return;

  self->selected = body_id;
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_BODY]);
}

double
steward_org_chart_get_zoom (StewardOrgChart *self)
{
  g_return_val_if_fail (STEWARD_IS_ORG_CHART (self), 1.0);

  return self->zoom;
}

/**
 * steward_org_chart_set_zoom:
 * @zoom: 1 to fit the width; between 0.5 and 4
 */
void
steward_org_chart_set_zoom (StewardOrgChart *self,
                            double           zoom)
{
  g_return_if_fail (STEWARD_IS_ORG_CHART (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  /* Steps in and out come back to exactly "fit". */
  if (G_APPROX_VALUE (zoom, 1.0, 0.01))
    zoom = 1.0;

  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  self->placed = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org-chart.zoom-in", zoom < MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "org-chart.zoom-out", zoom > MIN_ZOOM);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/**
 * steward_org_chart_dup_description:
 *
 * Returns: (transfer full): the chart in words, as the accessible label
 *   gives it: every body with its lead and number of members
 */
char *
steward_org_chart_dup_description (StewardOrgChart *self)
{
  g_return_val_if_fail (STEWARD_IS_ORG_CHART (self), NULL);

  ensure_chart (self);

  return chart_dup_description (self->chart);
}

/**
 * steward_org_chart_get_n_boxes:
 *
 * Returns: how many bodies the chart shows
 */
guint
steward_org_chart_get_n_boxes (StewardOrgChart *self)
{
  g_return_val_if_fail (STEWARD_IS_ORG_CHART (self), 0);

  ensure_chart (self);

  return self->chart->boxes->len;
}

/**
 * steward_org_chart_get_body_area:
 * @area: (out): where the box of @body_id is, in the widget's coordinates
 *
 * Returns: whether the body is on the chart
 */
gboolean
steward_org_chart_get_body_area (StewardOrgChart *self,
                                 gint64           body_id,
                                 graphene_rect_t *area)
{
  Box *box;

  g_return_val_if_fail (STEWARD_IS_ORG_CHART (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  ensure_placed (self);
  box = chart_find (self->chart, body_id);
  if (box == NULL)
    return FALSE;

  box_get_area (self, box, area);

  return TRUE;
}

/**
 * steward_org_chart_get_compact:
 *
 * Returns: whether the chart is drawn as the narrow, indented list rather
 *   than as a tree
 */
gboolean
steward_org_chart_get_compact (StewardOrgChart *self)
{
  g_return_val_if_fail (STEWARD_IS_ORG_CHART (self), FALSE);

  ensure_placed (self);

  return self->chart->list;
}

/* Export */

typedef enum
{
  EXPORT_PNG,
  EXPORT_SVG,
  EXPORT_PDF,
} ExportFormat;

/* The file is drawn in memory first: a chart that cannot be drawn never
 * touches the file. */
static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (user_data, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
export_format_from_path (const char   *path,
                         ExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = EXPORT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = EXPORT_PDF;
  else
    return FALSE;

  return TRUE;
}

/* Text for files, the same on every desktop: no hinting, which would
 * shape the text for the screen's pixels only. */
static PangoContext *
create_export_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *font = pango_font_description_from_string (EXPORT_FONT);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_font_description (context, font);

  cairo_font_options_destroy (options);
  pango_font_description_free (font);

  return context;
}

/* How dates are printed is the user's choice (the "calendar" setting), when
 * the application's settings are there to say it. */
static StewardCalendar
get_print_calendar (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "calendar"))
    return STEWARD_CALENDAR_GREGORIAN;

  settings = g_settings_new_full (schema, NULL, NULL);

  return g_settings_get_enum (settings, "calendar");
}

static cairo_status_t
export_png (Chart         *chart,
            const Palette *palette,
            GByteArray    *output)
{
  double scale = chart->width * PNG_SCALE < 16384 && chart->height * PNG_SCALE < 16384 ? PNG_SCALE : 1;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         ceil (chart->width * scale),
                                                         ceil (chart->height * scale));
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_scale (cr, scale, scale);
  gdk_cairo_set_source_rgba (cr, &palette->background);
  cairo_paint (cr);
  chart_draw (chart, cr, palette, 0, FALSE);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_cb, output);
  cairo_surface_destroy (surface);

  return status;
}

static cairo_status_t
export_svg (Chart         *chart,
            const Palette *palette,
            GByteArray    *output)
{
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (write_cb, output,
                                                                  chart->width, chart->height);
  cairo_t *cr;
  cairo_status_t status;

  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  gdk_cairo_set_source_rgba (cr, &palette->background);
  cairo_paint (cr);
  chart_draw (chart, cr, palette, 0, FALSE);
  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/* One A4 page, landscape: a title, the day, the chart scaled to fit. */
static cairo_status_t
export_pdf (Chart           *chart,
            const Palette   *palette,
            PangoContext    *context,
            const GDate     *date,
            StewardCalendar  calendar,
            GByteArray      *output)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_cb, output, PDF_WIDTH, PDF_HEIGHT);
  g_autoptr(PangoLayout) title = pango_layout_new (context);
  g_autoptr(PangoLayout) subtitle = pango_layout_new (context);
  g_autofree char *day = steward_date_format (date, calendar);
  g_autofree char *as_of = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();
  double available_width = PDF_WIDTH - 2 * PDF_MARGIN;
  double top, scale;
  cairo_t *cr;
  cairo_status_t status;

  /* TRANSLATORS: the date the printed organization chart shows */
  as_of = g_strdup_printf (_("As of %s"), day);

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_XX_LARGE));
  pango_layout_set_attributes (title, attrs);
  pango_attr_list_unref (attrs);
  /* TRANSLATORS: the title of the printed organization chart (5.3.1) */
  pango_layout_set_text (title, _("Information security organization"), -1);
  pango_layout_set_width (title, available_width * PANGO_SCALE);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (subtitle, as_of, -1);
  pango_layout_set_width (subtitle, available_width * PANGO_SCALE);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pango_layout_get_text (title));
  cr = cairo_create (surface);

  draw_layout (cr, title, &palette->foreground, PDF_MARGIN, PDF_MARGIN);
  top = PDF_MARGIN + layout_height (title) + TEXT_SPACING;
  draw_layout (cr, subtitle, &palette->dim, PDF_MARGIN, top);
  top += layout_height (subtitle) + MARGIN;

  scale = MIN (PDF_MAX_SCALE, MIN (available_width / chart->width,
                                   (PDF_HEIGHT - PDF_MARGIN - top) / chart->height));
  cairo_translate (cr, PDF_MARGIN + (available_width - chart->width * scale) / 2, top);
  cairo_scale (cr, scale, scale);
  chart_draw (chart, cr, palette, 0, FALSE);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static gboolean
write_chart (Chart            *chart,
             PangoContext     *context,
             ExportFormat      format,
             const GDate      *date,
             StewardCalendar   calendar,
             const char       *path,
             GError          **error)
{
  g_autoptr(GByteArray) output = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  cairo_status_t status;
  Palette palette;

  palette_init_print (&palette);

  switch (format)
    {
    case EXPORT_PNG:
      status = export_png (chart, &palette, output);
      break;

    case EXPORT_SVG:
      status = export_svg (chart, &palette, output);
      break;

    case EXPORT_PDF:
      status = export_pdf (chart, &palette, context, date, calendar, output);
      break;

    default:
      g_assert_not_reached ();
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the organization chart: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  /* Written beside and renamed over an existing file, which stays as it
   * was when the disk fails. */
  file = g_file_new_for_path (path);

  return g_file_replace_contents (file, (const char *)output->data, output->len, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/**
 * steward_org_chart_export:
 * @bodies: the #StewardBody records
 * @people: the #StewardPerson records
 * @memberships: the #StewardMembership records
 * @date: (nullable): the day to show the organization of; today with %NULL
 * @path: the file to write: PNG, SVG or PDF by its extension
 *
 * Draws the chart as the widget does, in the light colours, to a file. The
 * PDF is one A4 landscape page with a title and the date, in the calendar
 * of the user's settings. An existing file is replaced only when the whole
 * chart was drawn and written.
 */
gboolean
steward_org_chart_export (GListModel   *bodies,
                          GListModel   *people,
                          GListModel   *memberships,
                          const GDate  *date,
                          const char   *path,
                          GError      **error)
{
  return steward_org_chart_export_full (bodies, people, memberships, date,
                                        get_print_calendar (), path, error);
}

/**
 * steward_org_chart_export_full:
 * @calendar: how the PDF writes the date
 *
 * As steward_org_chart_export(), with the calendar given, as on the
 * command line.
 */
gboolean
steward_org_chart_export_full (GListModel       *bodies,
                               GListModel       *people,
                               GListModel       *memberships,
                               const GDate      *date,
                               StewardCalendar   calendar,
                               const char       *path,
                               GError          **error)
{
  g_autoptr(GDate) today = NULL;
  PangoContext *context;
  ExportFormat format;
  Chart *chart;
  gboolean ok;

  g_return_val_if_fail (G_IS_LIST_MODEL (bodies), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (memberships), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!export_format_from_path (path, &format))
    {
      g_autofree char *name = g_filename_display_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot export the organization chart as “%s”: the file name must end in .png, .svg or .pdf."),
                   name);
      return FALSE;
    }

  if (date == NULL || !g_date_valid (date))
    date = today = steward_date_new_today ();

  context = create_export_context ();
  chart = chart_new (bodies, people, memberships, date);
  chart_shape (chart, context);
  chart_place_tree (chart);
  chart_use_tree (chart);

  ok = write_chart (chart, context, format, date, calendar, path, error);

  chart_free (chart);
  g_object_unref (context);

  return ok;
}
