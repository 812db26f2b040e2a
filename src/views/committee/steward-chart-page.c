/* steward-chart-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-chart-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-chart-page.h"

#define ZOOM_STEP 1.25

/* Committee > Chart: the figure 5.3.1 refers to, drawn from the bodies and
 * who holds which role today. A body chosen on it opens its duties and
 * members under Bodies and Duties. */
struct _StewardChartPage
{
  StewardPage           parent_instance;

  StewardRecordList    *bodies;
  StewardRecordList    *people;
  StewardRecordList    *memberships;
  GtkFileChooserNative *chooser;

  StewardOrgChart      *chart;
};

G_DEFINE_FINAL_TYPE (StewardChartPage, steward_chart_page, STEWARD_TYPE_PAGE)

/**
 * steward_chart_page_get_chart:
 *
 * Returns: (transfer none): the chart
 */
StewardOrgChart *
steward_chart_page_get_chart (StewardChartPage *self)
{
  g_return_val_if_fail (STEWARD_IS_CHART_PAGE (self), NULL);

  return self->chart;
}

static void
on_body_activated_cb (StewardOrgChart  *chart,
                      gint64            body_id,
                      StewardChartPage *self)
{
  g_autofree char *target = g_strdup_printf ("committee/bodies#%" G_GINT64_FORMAT, body_id);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-place", "s", target);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  StewardChartPage *self = STEWARD_CHART_PAGE (widget);
  double zoom = steward_org_chart_get_zoom (self->chart);

  if (g_str_equal (action_name, "chart.zoom-in"))
    zoom *= ZOOM_STEP;
  else if (g_str_equal (action_name, "chart.zoom-out"))
    zoom /= ZOOM_STEP;
  else
    zoom = 1.0;

  steward_org_chart_set_zoom (self->chart, zoom);
}


static void
on_export_response_cb (GtkNativeDialog  *chooser,
                       int               response,
                       StewardChartPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->bodies != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GDate) today = steward_date_new_today ();
      g_autoptr(GError) error = NULL;

      if (path == NULL ||
          !steward_org_chart_export (G_LIST_MODEL (self->bodies), G_LIST_MODEL (self->people),
                                     G_LIST_MODEL (self->memberships), today, path, &error))
        steward_show_message (GTK_WIDGET (self), error ? error->message : _("The chart could not be exported."));
      else
        steward_show_message (GTK_WIDGET (self), _("The chart was exported."));
    }

  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardChartPage *self = STEWARD_CHART_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  /* TRANSLATORS: the file name of the exported chart; %s is png, svg or pdf */
  name = g_strdup_printf (_("Information security organization chart.%s"), g_variant_get_string (param, NULL));
  self->chooser = gtk_file_chooser_native_new (_("Export the Chart"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
steward_chart_page_database_changed (StewardPage     *page,
                                     StewardDatabase *db)
{
  StewardChartPage *self = STEWARD_CHART_PAGE (page);

  g_clear_object (&self->bodies);
  g_clear_object (&self->people);
  g_clear_object (&self->memberships);

  if (db != NULL)
    {
      self->bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
      self->memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, NULL);
    }

  steward_org_chart_set_models (self->chart,
                                G_LIST_MODEL (self->bodies),
                                G_LIST_MODEL (self->people),
                                G_LIST_MODEL (self->memberships));
}

static void
steward_chart_page_dispose (GObject *object)
{
  StewardChartPage *self = (StewardChartPage *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->bodies);
  g_clear_object (&self->people);
  g_clear_object (&self->memberships);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_chart_page_parent_class)->dispose (object);
}

static void
steward_chart_page_class_init (StewardChartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_chart_page_dispose;
  page_class->database_changed = steward_chart_page_database_changed;

  g_type_ensure (STEWARD_TYPE_ORG_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-chart-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardChartPage, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_body_activated_cb);

  gtk_widget_class_install_action (widget_class, "chart.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_action);
}

static void
steward_chart_page_init (StewardChartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
