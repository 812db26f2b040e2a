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
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "logic/steward-date.h"
#include "steward-org-chart.h"
#include "steward-org-chart-private.h"

/* The organization chart that procedure 5.3.1 refers to ("如下圖所示") and
 * does not contain: one box per body in force on a day, with its lead and
 * the number of its members, joined to its parent body.
 *
 * The chart itself is made, placed and drawn in steward-org-chart-layout.c,
 * without a widget, so that the export draws exactly what the screen shows.
 * The widget owns one chart, rebuilds it when the data change, places it
 * when its width changes, and only draws it in snapshot(). */

/* Below this scale the text of the tree is too small to read: the chart
 * turns into an indented list instead. */
#define MIN_SCALE       0.75
#define MIN_ZOOM        0.5
#define MAX_ZOOM        4.0
#define ZOOM_STEP       1.25

/* Drawing */

static void
with_alpha (GdkRGBA       *color,
            const GdkRGBA *base,
            double         alpha)
{
  *color = *base;
  color->alpha *= alpha;
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
palette_init_from_widget (StewardOrgChartLayoutPalette *palette,
                          GtkWidget                    *widget)
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
  GtkWidget              parent_instance;

  GListModel            *models[N_MODELS];
  GPtrArray             *watched;          /* the items whose notify is connected */
  GDate                  date;

  StewardOrgChartLayout *chart;
  gboolean               dirty;
  guint                  rebuild_id;

  gint64                 selected;
  gint64                 pressed;

  double                 zoom;
  /* How the chart fitted at a zoom of 1: other zooms are relative to it. */
  double                 fit_scale;
  gboolean               fit_list;

  /* The placement drawn now. */
  gboolean               placed;
  int                    placed_width;
  double                 scale;
  double                 offset_x;
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
  StewardOrgChartLayoutBox *box = steward_org_chart_layout_find (self->chart, self->selected);
  g_autofree char *selected = box != NULL ? steward_org_chart_layout_box_dup_sentence (box) : NULL;
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

  g_clear_pointer (&self->chart, steward_org_chart_layout_free);
  self->chart = steward_org_chart_layout_new (self->models[MODEL_BODIES], self->models[MODEL_PEOPLE],
                                              self->models[MODEL_MEMBERSHIPS], &self->date);
  context = create_widget_context (self);
  steward_org_chart_layout_shape (self->chart, context);
  g_object_unref (context);
  steward_org_chart_layout_place_tree (self->chart);
  self->placed = FALSE;

  watch_items (self);

  description = steward_org_chart_layout_dup_description (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  if (self->selected != 0 && steward_org_chart_layout_find (self->chart, self->selected) == NULL)
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
    steward_org_chart_layout_use_list (self->chart, width / view.scale);
  else
    steward_org_chart_layout_use_tree (self->chart);

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
  StewardOrgChartLayout *chart = self->chart;

  if (self->zoom == 1.0)
    {
      /* Fits any width down to that of the list. */
      *minimum = ceil (steward_org_chart_layout_list_min_width (chart));
      *natural = MAX (*minimum, ceil (chart->tree_width));
    }
  else if (self->fit_list)
    *minimum = *natural = ceil (steward_org_chart_layout_list_min_width (chart) * self->zoom);
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
          steward_org_chart_layout_use_list (self->chart, width / view.scale);
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
  StewardOrgChartLayoutPalette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ensure_placed (self);
  palette_init_from_widget (&palette, widget);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_cairo_set_source_rgba (cr, &palette.background);
  cairo_paint (cr);

  if (gtk_widget_has_visible_focus (widget) &&
      steward_org_chart_layout_find (self->chart, self->selected) == NULL)
    {
      /* Focused with nothing selected yet: ring the whole chart. */
      GdkRGBA ring = palette.accent;

      ring.alpha *= 0.5;
      steward_org_chart_layout_rounded_rectangle (cr, 2, 2, width - 4, height - 4,
                                                  STEWARD_ORG_CHART_LAYOUT_CORNER_RADIUS);
      gdk_cairo_set_source_rgba (cr, &ring);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  cairo_translate (cr, self->offset_x, 0);
  cairo_scale (cr, self->scale, self->scale);
  steward_org_chart_layout_draw (self->chart, cr, &palette, self->selected,
                                 gtk_widget_has_visible_focus (widget));

  cairo_destroy (cr);
}

/* The area of @box in the widget's coordinates. */
static void
box_get_area (StewardOrgChart          *self,
              StewardOrgChartLayoutBox *box,
              graphene_rect_t          *area)
{
  graphene_rect_init (area,
                      self->offset_x + box->x * self->scale,
                      box->y * self->scale,
                      box->width * self->scale,
                      box->height * self->scale);
}

static StewardOrgChartLayoutBox *
box_at (StewardOrgChart *self,
        double           x,
        double           y)
{
  ensure_placed (self);

  return steward_org_chart_layout_box_at (self->chart,
                                          (x - self->offset_x) / self->scale, y / self->scale);
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
    gtk_adjustment_set_value (adjustment, start - STEWARD_ORG_CHART_LAYOUT_MARGIN);
  else if (start + size > value + page)
    gtk_adjustment_set_value (adjustment, start + size - page + STEWARD_ORG_CHART_LAYOUT_MARGIN);
}

/* Keyboard users must see where the selection went. In a viewport, the
 * widget's coordinates are those of the scrolled content. */
static void
scroll_to_box (StewardOrgChart          *self,
               StewardOrgChartLayoutBox *box)
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
box_reads_before (StewardOrgChartLayoutBox *a,
                  StewardOrgChartLayoutBox *b)
{
  if (fabs (a->y - b->y) > 0.5)
    return a->y < b->y;

  return a->x < b->x;
}

/* The box after @box in reading order (before it when @step is -1), or the
 * first (last) box when @box is %NULL. */
static StewardOrgChartLayoutBox *
chart_reading_step (StewardOrgChartLayout    *chart,
                    StewardOrgChartLayoutBox *box,
                    int                       step)
{
  StewardOrgChartLayoutBox *best = NULL;

  for (guint i = 0; i < chart->boxes->len; i++)
    {
      StewardOrgChartLayoutBox *other = g_ptr_array_index (chart->boxes, i);

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
static StewardOrgChartLayoutBox *
box_in_direction (StewardOrgChartLayout    *chart,
                  StewardOrgChartLayoutBox *box,
                  const char               *direction)
{
  gboolean branches;
  StewardOrgChartLayoutBox *best = NULL;

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
      StewardOrgChartLayoutBox *child = g_ptr_array_index (box->children, i);
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
  StewardOrgChartLayoutBox *target;

  ensure_placed (self);
  target = box_in_direction (self->chart, steward_org_chart_layout_find (self->chart, self->selected),
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
  StewardOrgChartLayoutBox *box = box_at (self, x, y);

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
  StewardOrgChartLayoutBox *box = box_at (self, x, y);

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
  StewardOrgChartLayoutBox *box = keyboard_mode
                                  ? steward_org_chart_layout_find (self->chart, self->selected)
                                  : box_at (self, x, y);
  g_autofree char *lead = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  if (box == NULL)
    return FALSE;

  /* The whole text, where the box ellipsizes it. */
  lead = steward_org_chart_layout_box_dup_lead_text (box);
  count = steward_org_chart_layout_box_dup_count_text (box);
  text = g_strjoin ("\n", steward_org_chart_layout_box_get_name (box), lead, count, NULL);
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
  g_clear_pointer (&self->chart, steward_org_chart_layout_free);

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
  if (steward_org_chart_layout_find (self->chart, body_id) == NULL)
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

  return steward_org_chart_layout_dup_description (self->chart);
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
  StewardOrgChartLayoutBox *box;

  g_return_val_if_fail (STEWARD_IS_ORG_CHART (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  ensure_placed (self);
  box = steward_org_chart_layout_find (self->chart, body_id);
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
  g_return_val_if_fail (G_IS_LIST_MODEL (bodies), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (people), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (memberships), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return steward_org_chart_layout_export (bodies, people, memberships, date, calendar, path, error);
}
