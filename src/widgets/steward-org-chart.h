/* steward-org-chart.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_ORG_CHART (steward_org_chart_get_type ())

G_DECLARE_FINAL_TYPE (StewardOrgChart, steward_org_chart, STEWARD, ORG_CHART, GtkWidget)

GtkWidget *steward_org_chart_new               (void);
void       steward_org_chart_set_models        (StewardOrgChart  *self,
                                                GListModel       *bodies,
                                                GListModel       *people,
                                                GListModel       *memberships);
void       steward_org_chart_set_date          (StewardOrgChart  *self,
                                                const GDate      *date);
gint64     steward_org_chart_get_selected_body (StewardOrgChart  *self);
void       steward_org_chart_select_body       (StewardOrgChart  *self,
                                                gint64            body_id);
double     steward_org_chart_get_zoom          (StewardOrgChart  *self);
void       steward_org_chart_set_zoom          (StewardOrgChart  *self,
                                                double            zoom);
char      *steward_org_chart_dup_description   (StewardOrgChart  *self);
gboolean   steward_org_chart_get_compact       (StewardOrgChart  *self);
gboolean   steward_org_chart_get_body_area     (StewardOrgChart  *self,
                                                gint64            body_id,
                                                graphene_rect_t  *area);

/* For the tests: how many boxes the chart draws. */
guint      steward_org_chart_get_n_boxes       (StewardOrgChart  *self);

gboolean   steward_org_chart_export            (GListModel       *bodies,
                                                GListModel       *people,
                                                GListModel       *memberships,
                                                const GDate      *date,
                                                const char       *path,
                                                GError          **error);
gboolean   steward_org_chart_export_full       (GListModel       *bodies,
                                                GListModel       *people,
                                                GListModel       *memberships,
                                                const GDate      *date,
                                                StewardCalendar   calendar,
                                                const char       *path,
                                                GError          **error);

G_END_DECLS
