/* steward-chart.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "steward-chart.h"

/* Shows a StewardChartPlot: draws it with the theme's colours and the
 * widget's font, gives the tooltip of the point under the pointer, and
 * tells screen readers what the chart shows. The plot does the rest, the
 * same way for the exports. */

struct _StewardChart
{
  GtkWidget         parent_instance;

  StewardChartPlot *plot;
};

G_DEFINE_FINAL_TYPE (StewardChart, steward_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lookup_color (GtkStyleContext *style,
              const char      *name,
              GdkRGBA         *color,
              const GdkRGBA   *fallback)
{
  if (!gtk_style_context_lookup_color (style, name, color))
    *color = *fallback;
}

/* The theme's colours, read at each draw: they change with the dark and
 * high-contrast styles. The fallbacks are libadwaita's own. */
static void
palette_init_from_widget (StewardChartPalette *palette,
                          GtkWidget           *widget)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  StewardChartPalette fallback;
  GdkRGBA foreground;
  gboolean dark;

  gtk_style_context_get_color (style, &foreground);
  dark = (0.2126 * foreground.red + 0.7152 * foreground.green + 0.0722 * foreground.blue) > 0.5;
  if (dark)
    steward_chart_palette_init_dark (&fallback);
  else
    steward_chart_palette_init_light (&fallback);

  lookup_color (style, "window_fg_color", &palette->foreground, &foreground);
  if (!gtk_style_context_lookup_color (style, "view_bg_color", &palette->background))
    lookup_color (style, "window_bg_color", &palette->background, &fallback.background);
  lookup_color (style, "accent_color", &palette->accent, &fallback.accent);
  lookup_color (style, "success_color", &palette->met, &fallback.met);
  lookup_color (style, "error_color", &palette->missed, &fallback.missed);

  palette->grid = palette->foreground;
  palette->grid.alpha *= dark ? 0.12 : 0.1;
  palette->band = palette->met;
  palette->band.alpha *= dark ? 0.2 : 0.16;
}

/* The widget's font, its size in pixels: the plot lays text out at 96 dpi,
 * the widget at the user's text scale. */
static char *
dup_widget_font (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  double dpi = pango_cairo_context_get_resolution (context);
  char *string;

  if (dpi <= 0)
    dpi = 96;
  if (!pango_font_description_get_size_is_absolute (font) && pango_font_description_get_size (font) > 0)
    pango_font_description_set_absolute_size (font, pango_font_description_get_size (font) * dpi / 72.0);
  string = pango_font_description_to_string (font);
  pango_font_description_free (font);

  return string;
}

static void
update_accessible (StewardChart *self)
{
  g_autofree char *summary = NULL;
  const char *title = NULL;

  if (self->plot != NULL)
    {
      summary = steward_chart_plot_dup_summary (self->plot);
      title = steward_chart_plot_get_title (self->plot);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  /* TRANSLATORS: the accessible name of a chart without a title */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary != NULL ? summary : "",
                                  -1);
}

static void
steward_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  StewardChart *self = STEWARD_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *font = NULL;
  StewardChartPalette palette;
  cairo_t *cr;

  if (self->plot == NULL || width <= 0 || height <= 0)
    return;

  palette_init_from_widget (&palette, widget);
  font = dup_widget_font (widget);
  palette.font = font;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  steward_chart_plot_draw (self->plot, cr, width, height, &palette);
  cairo_destroy (cr);
}

static void
steward_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  StewardChart *self = STEWARD_CHART (widget);
  gboolean sparkline = self->plot != NULL &&
                       steward_chart_plot_get_style (self->plot) == STEWARD_CHART_STYLE_SPARKLINE;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = sparkline ? 80 : 240;
      *natural = sparkline ? 120 : 480;
    }
  else
    {
      *minimum = sparkline ? 24 : 160;
      *natural = sparkline ? 32 : 280;
    }
}

static gboolean
steward_chart_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  StewardChart *self = STEWARD_CHART (widget);
  g_autofree char *text = NULL;

  if (self->plot == NULL || keyboard_mode)
    return FALSE;

  text = steward_chart_plot_dup_tooltip (self->plot, gtk_widget_get_width (widget),
                                         gtk_widget_get_height (widget), x, y);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* Named colours do not take part in the widget's own style: a change of
 * contrast may leave its colour as it was and still change them. */
static void
steward_chart_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (steward_chart_parent_class)->realize (widget);

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
steward_chart_unrealize (GtkWidget *widget)
{
  if (adw_is_initialized ())
    g_signal_handlers_disconnect_by_func (adw_style_manager_get_for_display (gtk_widget_get_display (widget)),
                                          gtk_widget_queue_draw, widget);

  GTK_WIDGET_CLASS (steward_chart_parent_class)->unrealize (widget);
}

static void
steward_chart_dispose (GObject *object)
{
  StewardChart *self = (StewardChart *)object;

  g_clear_object (&self->plot);

  G_OBJECT_CLASS (steward_chart_parent_class)->dispose (object);
}

static void
steward_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StewardChart *self = STEWARD_CHART (object);

  switch (prop_id)
    {
    case PROP_PLOT:
      g_value_set_object (value, self->plot);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StewardChart *self = STEWARD_CHART (object);

  switch (prop_id)
    {
    case PROP_PLOT:
      steward_chart_set_plot (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_chart_class_init (StewardChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_chart_dispose;
  object_class->get_property = steward_chart_get_property;
  object_class->set_property = steward_chart_set_property;

  widget_class->snapshot = steward_chart_snapshot;
  widget_class->measure = steward_chart_measure;
  widget_class->query_tooltip = steward_chart_query_tooltip;
  widget_class->realize = steward_chart_realize;
  widget_class->unrealize = steward_chart_unrealize;

  /**
   * StewardChart:plot:
   *
   * The chart shown; after changing its layers, call
   * steward_chart_queue_update().
   */
  properties[PROP_PLOT] =
    g_param_spec_object ("plot", NULL, NULL, STEWARD_TYPE_CHART_PLOT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
steward_chart_init (StewardChart *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}

GtkWidget *
steward_chart_new (void)
{
  return g_object_new (STEWARD_TYPE_CHART, NULL);
}

/**
 * steward_chart_get_plot:
 *
 * Returns: (transfer none) (nullable):
 */
StewardChartPlot *
steward_chart_get_plot (StewardChart *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART (self), NULL);

  return self->plot;
}

/**
 * steward_chart_set_plot:
 * @plot: (nullable): the chart to show
 */
void
steward_chart_set_plot (StewardChart     *self,
                        StewardChartPlot *plot)
{
  g_return_if_fail (STEWARD_IS_CHART (self));
  g_return_if_fail (plot == NULL || STEWARD_IS_CHART_PLOT (plot));

  if (!g_set_object (&self->plot, plot))
    return;

  steward_chart_queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLOT]);
}

/**
 * steward_chart_queue_update:
 *
 * Draws the plot again and tells screen readers what it shows now: after
 * its layers, series, labels or style changed.
 */
void
steward_chart_queue_update (StewardChart *self)
{
  g_return_if_fail (STEWARD_IS_CHART (self));

  update_accessible (self);
  /* The style decides the size. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
