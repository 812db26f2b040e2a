/* steward-org-chart-layout.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-org-chart-layout"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "logic/steward-date.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "steward-org-chart-private.h"

/* The organization chart that procedure 5.3.1 refers to ("如下圖所示") and
 * does not contain: one box per body in force on a day, with its lead and
 * the number of its members, joined to its parent body.
 *
 * The chart (StewardOrgChartLayout, StewardOrgChartLayoutBox) is made from
 * the three models, shaped with Pango and placed and drawn with cairo; it
 * knows no widget, so that the export here draws exactly what the screen
 * shows. The widget, StewardOrgChart, owns one chart and draws it. */

/* Sizes in chart units: pixels at a scale of 1. */
#define MARGIN          STEWARD_ORG_CHART_LAYOUT_MARGIN
#define BOX_WIDTH       208.0
#define BOX_PADDING     10.0
#define TEXT_SPACING    4.0
#define CORNER_RADIUS   STEWARD_ORG_CHART_LAYOUT_CORNER_RADIUS
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

/* Bigger pixels in the exported PNG, for print and slides. */
#define PNG_SCALE       2.0
/* A4 landscape, in points. */
#define PDF_WIDTH       841.89
#define PDF_HEIGHT      595.28
#define PDF_MARGIN      36.0
#define PDF_MAX_SCALE   1.5

#define EXPORT_FONT     "Sans 10"

/* The chart */

static void
box_free (gpointer data)
{
  StewardOrgChartLayoutBox *box = data;

  g_clear_pointer (&box->member_ids, g_hash_table_unref);
  g_clear_pointer (&box->children, g_ptr_array_unref);
  g_clear_object (&box->name_layout);
  g_clear_object (&box->lead_layout);
  g_clear_object (&box->count_layout);
  g_free (box->name);
  g_free (box->lead_name);
  g_free (box);
}

void
steward_org_chart_layout_free (StewardOrgChartLayout *chart)
{
  g_ptr_array_unref (chart->boxes);
  g_free (chart);
}

static int
compare_boxes (gconstpointer a,
               gconstpointer b)
{
  const StewardOrgChartLayoutBox *x = *(StewardOrgChartLayoutBox * const *)a;
  const StewardOrgChartLayoutBox *y = *(StewardOrgChartLayoutBox * const *)b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;

  return x->id < y->id ? -1 : (x->id > y->id);
}

static void
visit_box (StewardOrgChartLayout    *chart,
           StewardOrgChartLayoutBox *box,
           guint                     depth)
{
  box->visited = TRUE;
  box->depth = depth;
  box->index = chart->boxes->len;
  chart->max_depth = MAX (chart->max_depth, depth);
  g_ptr_array_add (chart->boxes, box);

  for (guint i = 0; i < box->children->len; i++)
    {
      StewardOrgChartLayoutBox *child = g_ptr_array_index (box->children, i);

      if (!child->visited)
        visit_box (chart, child, depth + 1);
    }
}

/* Of two leads at once (a hand-over), the later appointment is the one
 * that leads now. */
static void
consider_lead (StewardOrgChartLayoutBox *box,
               StewardMembership        *membership,
               const char               *person_name)
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
StewardOrgChartLayout *
steward_org_chart_layout_new (GListModel  *bodies,
                              GListModel  *people,
                              GListModel  *memberships,
                              const GDate *date)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  StewardOrgChartLayout *chart = g_new0 (StewardOrgChartLayout, 1);

  chart->boxes = g_ptr_array_new_with_free_func (box_free);

  for (guint i = 0; bodies != NULL && i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (bodies, i);
      GDate *retired = steward_body_get_retired_on (body);
      StewardOrgChartLayoutBox *box;

      if (retired != NULL && g_date_valid (retired) && g_date_compare (retired, date) <= 0)
        continue;

      box = g_new0 (StewardOrgChartLayoutBox, 1);
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
      StewardOrgChartLayoutBox *box = g_hash_table_lookup (by_id, &body_id);
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
      StewardOrgChartLayoutBox *box = g_ptr_array_index (sorted, i);
      StewardOrgChartLayoutBox *parent = box->parent_id != box->id
                                         ? g_hash_table_lookup (by_id, &box->parent_id) : NULL;

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
      StewardOrgChartLayoutBox *box = g_ptr_array_index (sorted, i);

      if (box->parent == NULL)
        visit_box (chart, box, 0);
    }

  /* What is left is in a loop: cut it above its first body. */
  for (guint i = 0; i < sorted->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (sorted, i);

      if (box->visited)
        continue;

      g_ptr_array_remove (box->parent->children, box);
      box->parent = NULL;
      visit_box (chart, box, 0);
    }

  return chart;
}

StewardOrgChartLayoutBox *
steward_org_chart_layout_find (StewardOrgChartLayout *chart,
                               gint64                 id)
{
  for (guint i = 0; chart != NULL && id != 0 && i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);

      if (box->id == id)
        return box;
    }

  return NULL;
}

const char *
steward_org_chart_layout_box_get_name (StewardOrgChartLayoutBox *box)
{
  return box->name != NULL && box->name[0] != '\0' ? box->name : _("Unnamed body");
}

char *
steward_org_chart_layout_box_dup_lead_text (StewardOrgChartLayoutBox *box)
{
  if (box->lead_name == NULL)
    return g_strdup (_("No lead"));

  /* TRANSLATORS: the lead of a body in the organization chart: a role,
   * then a person's name, e.g. "Convener: 王志明"; zh_TW writes "%s：%s" */
  return g_strdup_printf (_("%s: %s"), steward_role_to_string (box->lead_role), box->lead_name);
}

char *
steward_org_chart_layout_box_dup_count_text (StewardOrgChartLayoutBox *box)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members", box->n_members),
                          box->n_members);
}

/* One sentence for a screen reader: the body, its lead, its size. */
char *
steward_org_chart_layout_box_dup_sentence (StewardOrgChartLayoutBox *box)
{
  if (box->lead_name != NULL)
    /* TRANSLATORS: one body in the description of the organization chart:
     * the body, its lead's name, the lead's role, the number of members */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s, led by %s (%s), %u member",
                                         "%s, led by %s (%s), %u members",
                                         box->n_members),
                            steward_org_chart_layout_box_get_name (box), box->lead_name,
                            steward_role_to_string (box->lead_role), box->n_members);

  /* TRANSLATORS: one body in the description of the organization chart:
   * the body, the number of members */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s, without a lead, %u member",
                                       "%s, without a lead, %u members",
                                       box->n_members),
                          steward_org_chart_layout_box_get_name (box), box->n_members);
}

char *
steward_org_chart_layout_dup_description (StewardOrgChartLayout *chart)
{
  g_autoptr(GString) bodies = g_string_new (NULL);

  if (chart == NULL || chart->boxes->len == 0)
    return g_strdup (_("Organization chart: no bodies."));

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      g_autofree char *sentence =
        steward_org_chart_layout_box_dup_sentence (g_ptr_array_index (chart->boxes, i));

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
box_content_height (StewardOrgChartLayoutBox *box)
{
  return layout_height (box->name_layout) + TEXT_SPACING +
         layout_height (box->lead_layout) + TEXT_SPACING +
         layout_height (box->count_layout);
}

static void
box_set_text_width (StewardOrgChartLayoutBox *box,
                    double                    width,
                    PangoAlignment            alignment)
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
void
steward_org_chart_layout_shape (StewardOrgChartLayout *chart,
                                PangoContext          *context)
{
  PangoAttrList *bold = pango_attr_list_new ();
  PangoAttrList *small = pango_attr_list_new ();

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (small, pango_attr_scale_new (PANGO_SCALE_SMALL));

  chart->box_height = 0;
  for (guint i = 0; i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);
      g_autofree char *lead = steward_org_chart_layout_box_dup_lead_text (box);
      g_autofree char *count = steward_org_chart_layout_box_dup_count_text (box);

      g_clear_object (&box->name_layout);
      g_clear_object (&box->lead_layout);
      g_clear_object (&box->count_layout);
      box->name_layout = new_box_layout (context, steward_org_chart_layout_box_get_name (box),
                                         2, bold);
      box->lead_layout = new_box_layout (context, lead, 2, NULL);
      box->count_layout = new_box_layout (context, count, 1, small);
      box_set_text_width (box, BOX_WIDTH, PANGO_ALIGN_CENTER);

      chart->box_height = MAX (chart->box_height, ceil (box_content_height (box) + 2 * BOX_PADDING));
    }

  pango_attr_list_unref (bold);
  pango_attr_list_unref (small);
}

static void
measure_subtree (StewardOrgChartLayoutBox *box)
{
  double children_width = 0;

  box->subtree_depth = 0;
  for (guint i = 0; i < box->children->len; i++)
    {
      StewardOrgChartLayoutBox *child = g_ptr_array_index (box->children, i);

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
place_subtree (StewardOrgChartLayout    *chart,
               StewardOrgChartLayoutBox *box,
               double                    left,
               double                    top)
{
  double children_width = 0;
  double x;

  box->tree_x = left + (box->subtree_width - BOX_WIDTH) / 2;
  box->tree_y = top + box->depth * (chart->box_height + LEVEL_GAP);

  for (guint i = 0; i < box->children->len; i++)
    children_width += (i > 0 ? COLUMN_GAP : 0) +
                      ((StewardOrgChartLayoutBox *)g_ptr_array_index (box->children, i))->subtree_width;

  x = left + (box->subtree_width - children_width) / 2;
  for (guint i = 0; i < box->children->len; i++)
    {
      StewardOrgChartLayoutBox *child = g_ptr_array_index (box->children, i);

      place_subtree (chart, child, x, top);
      x += child->subtree_width + COLUMN_GAP;
    }
}

static double
row_height (StewardOrgChartLayout *chart,
            guint                  depth)
{
  return (depth + 1) * chart->box_height + depth * LEVEL_GAP;
}

/* The top-down tree: the trees side by side, in rows when there are many. */
void
steward_org_chart_layout_place_tree (StewardOrgChartLayout *chart)
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
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);

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
      StewardOrgChartLayoutBox *root = g_ptr_array_index (roots, i);

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
          StewardOrgChartLayoutBox *root = g_ptr_array_index (roots, i);

          row_width += (i > start ? COLUMN_GAP : 0) + root->subtree_width;
          depth = MAX (depth, root->subtree_depth);
        }

      x = MARGIN + (widest - row_width) / 2;
      for (guint i = start; i < end; i++)
        {
          StewardOrgChartLayoutBox *root = g_ptr_array_index (roots, i);

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

void
steward_org_chart_layout_use_tree (StewardOrgChartLayout *chart)
{
  for (guint i = 0; i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);

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
double
steward_org_chart_layout_list_min_width (StewardOrgChartLayout *chart)
{
  return 2 * MARGIN + BOX_WIDTH + MIN (chart->max_depth, 4) * LIST_MIN_INDENT;
}

/* The narrow layout: one box a line, depth first, indented by depth, the
 * connectors down the left as in a tree view. Each box is as tall as its
 * text at its width: names that wrapped in the tree fit on one line here. */
void
steward_org_chart_layout_use_list (StewardOrgChartLayout *chart,
                                   double                 width)
{
  double inner = CLAMP (width, steward_org_chart_layout_list_min_width (chart),
                        LIST_MAX_WIDTH + 2 * MARGIN) - 2 * MARGIN;
  double indent = chart->max_depth > 0 ? MIN (LIST_INDENT, (inner - BOX_WIDTH) / chart->max_depth) : 0;
  double y = MARGIN;

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);

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

StewardOrgChartLayoutBox *
steward_org_chart_layout_box_at (StewardOrgChartLayout *chart,
                                 double                 x,
                                 double                 y)
{
  for (guint i = 0; chart != NULL && i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);

      if (x >= box->x && x < box->x + box->width &&
          y >= box->y && y < box->y + box->height)
        return box;
    }

  return NULL;
}

/* Drawing */

void
steward_org_chart_layout_rounded_rectangle (cairo_t *cr,
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
draw_connectors (StewardOrgChartLayout *chart,
                 cairo_t               *cr)
{
  for (guint i = 0; i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);

      if (box->children->len == 0)
        continue;

      if (chart->list)
        {
          /* Down the parent's left, then across to each child. */
          StewardOrgChartLayoutBox *last = g_ptr_array_index (box->children, box->children->len - 1);
          StewardOrgChartLayoutBox *first = g_ptr_array_index (box->children, 0);
          double x = box->x + (first->x - box->x) / 2;

          cairo_move_to (cr, x, box->y + box->height);
          cairo_line_to (cr, x, last->y + last->height / 2);
          for (guint c = 0; c < box->children->len; c++)
            {
              StewardOrgChartLayoutBox *child = g_ptr_array_index (box->children, c);

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
              StewardOrgChartLayoutBox *child = g_ptr_array_index (box->children, c);
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
draw_box (StewardOrgChartLayout              *chart,
          StewardOrgChartLayoutBox           *box,
          cairo_t                            *cr,
          const StewardOrgChartLayoutPalette *palette,
          gboolean                            selected,
          gboolean                            focused)
{
  double h = box->height;
  double y;

  /* A card, as libadwaita draws one: a shade below, a fill, a border. */
  steward_org_chart_layout_rounded_rectangle (cr, box->x, box->y + 1, box->width, h, CORNER_RADIUS);
  gdk_cairo_set_source_rgba (cr, &palette->shade);
  cairo_fill (cr);

  steward_org_chart_layout_rounded_rectangle (cr, box->x, box->y, box->width, h, CORNER_RADIUS);
  gdk_cairo_set_source_rgba (cr, &palette->card);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, selected ? &palette->accent_bg : &palette->border);
  cairo_set_line_width (cr, selected ? 2.5 : 1);
  cairo_stroke (cr);

  if (selected && focused)
    {
      GdkRGBA ring = palette->accent;

      ring.alpha *= 0.5;
      steward_org_chart_layout_rounded_rectangle (cr, box->x - 4, box->y - 4, box->width + 8, h + 8,
                                                  CORNER_RADIUS + 4);
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
void
steward_org_chart_layout_draw (StewardOrgChartLayout              *chart,
                               cairo_t                            *cr,
                               const StewardOrgChartLayoutPalette *palette,
                               gint64                              selected,
                               gboolean                            focused)
{
  gdk_cairo_set_source_rgba (cr, &palette->connector);
  draw_connectors (chart, cr);

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *box = g_ptr_array_index (chart->boxes, i);

      draw_box (chart, box, cr, palette, box->id == selected, focused);
    }
}

/* The printed palette: libadwaita's light colours, with the borders a
 * little stronger for paper. */
static void
palette_init_print (StewardOrgChartLayoutPalette *palette)
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


static cairo_status_t
export_png (StewardOrgChartLayout              *chart,
            const StewardOrgChartLayoutPalette *palette,
            GByteArray                         *output)
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
  steward_org_chart_layout_draw (chart, cr, palette, 0, FALSE);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_cb, output);
  cairo_surface_destroy (surface);

  return status;
}


/* Ends a drawing on a surface that streams its file: what went wrong while
 * drawing, or while finishing the file. Takes both. */
static cairo_status_t
finish_drawing (cairo_t         *cr,
                cairo_surface_t *surface)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static cairo_status_t
export_svg (StewardOrgChartLayout              *chart,
            const StewardOrgChartLayoutPalette *palette,
            GByteArray                         *output)
{
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (write_cb, output,
                                                                  chart->width, chart->height);
  cairo_t *cr;

  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  gdk_cairo_set_source_rgba (cr, &palette->background);
  cairo_paint (cr);
  steward_org_chart_layout_draw (chart, cr, palette, 0, FALSE);
  return finish_drawing (cr, surface);
}

/* One A4 page, landscape: a title, the day, the chart scaled to fit. */
static cairo_status_t
export_pdf (StewardOrgChartLayout              *chart,
            const StewardOrgChartLayoutPalette *palette,
            PangoContext                       *context,
            const GDate                        *date,
            StewardCalendar                     calendar,
            GByteArray                         *output)
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
  steward_org_chart_layout_draw (chart, cr, palette, 0, FALSE);
  cairo_show_page (cr);
  return finish_drawing (cr, surface);
}

static gboolean
write_chart (StewardOrgChartLayout  *chart,
             PangoContext           *context,
             ExportFormat            format,
             const GDate            *date,
             StewardCalendar         calendar,
             const char             *path,
             GError                **error)
{
  g_autoptr(GByteArray) output = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  cairo_status_t status;
  StewardOrgChartLayoutPalette palette;

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

/* Draws the chart of the models on @date (today with %NULL) to @path, as
 * steward_org_chart_export_full() says, which checks the arguments. */
gboolean
steward_org_chart_layout_export (GListModel       *bodies,
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
  StewardOrgChartLayout *chart;
  gboolean ok;

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
  chart = steward_org_chart_layout_new (bodies, people, memberships, date);
  steward_org_chart_layout_shape (chart, context);
  steward_org_chart_layout_place_tree (chart);
  steward_org_chart_layout_use_tree (chart);

  ok = write_chart (chart, context, format, date, calendar, path, error);

  steward_org_chart_layout_free (chart);
  g_object_unref (context);

  return ok;
}
