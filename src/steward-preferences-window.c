/* steward-preferences-window.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-preferences-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-preferences-window.h"

struct _StewardPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwEntryRow          *history_name_row;
  AdwComboRow          *calendar_row;
};

G_DEFINE_FINAL_TYPE (StewardPreferencesWindow, steward_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
calendar_to_selected (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "roc") ? 1 : 0);

  return TRUE;
}

static GVariant *
selected_to_calendar (const GValue       *value,
                      const GVariantType *type,
                      gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "roc" : "gregorian");
}

static void
steward_preferences_window_dispose (GObject *object)
{
  StewardPreferencesWindow *self = (StewardPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (steward_preferences_window_parent_class)->dispose (object);
}

static void
steward_preferences_window_class_init (StewardPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, history_name_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, calendar_row);
}

static void
steward_preferences_window_init (StewardPreferencesWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_year (now));
  g_autofree char *gregorian_example = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *roc_example = steward_date_format (today, STEWARD_CALENDAR_ROC);
  g_autofree char *gregorian = NULL;
  g_autofree char *roc = NULL;
  g_autoptr(GtkStringList) calendars = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* TRANSLATORS: a choice of calendar, with today's date as an example */
  gregorian = g_strdup_printf (_("Gregorian (%s)"), gregorian_example);
  /* TRANSLATORS: a choice of calendar, with today's date as an example */
  roc = g_strdup_printf (_("Republic of China (%s)"), roc_example);
  calendars = gtk_string_list_new ((const char * const []) { gregorian, roc, NULL });
  adw_combo_row_set_model (self->calendar_row, G_LIST_MODEL (calendars));
}

StewardPreferencesWindow *
steward_preferences_window_new (GSettings *settings)
{
  StewardPreferencesWindow *self = g_object_new (STEWARD_TYPE_PREFERENCES_WINDOW, NULL);
  g_autofree char *login = g_strdup_printf (_("Empty: your login name, %s"), g_get_user_name ());

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "history-name", self->history_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "calendar", self->calendar_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                calendar_to_selected, selected_to_calendar, NULL, NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->history_name_row), login);

  return self;
}
