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
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-preferences-window.h"
#include "steward-window.h"
#include "store/steward-database.h"

struct _StewardPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwEntryRow          *history_name_row;
  AdwComboRow          *calendar_row;
  AdwComboRow          *person_row;

  /* The people of the database of the window the preferences are for. */
  StewardRecordList    *people;
  gboolean              choosing_person;
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

/* "You are": who of the database's people uses this computer, for the
 * Mine filter of the actions. */

static void
select_my_person (StewardPreferencesWindow *self)
{
  GListModel *choices = adw_combo_row_get_model (self->person_row);
  gint64 me = self->settings != NULL ? g_settings_get_int64 (self->settings, "my-person-id") : 0;
  guint selected = 0;

  for (guint i = 0; choices != NULL && i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(StewardRecord) person = g_list_model_get_item (choices, i);

      if (steward_record_get_id (person) == me)
        selected = i;
    }

  self->choosing_person = TRUE;
  adw_combo_row_set_selected (self->person_row, selected);
  self->choosing_person = FALSE;
}

static void
on_person_selected_cb (AdwComboRow              *row,
                       GParamSpec               *pspec,
                       StewardPreferencesWindow *self)
{
  gpointer person = adw_combo_row_get_selected_item (row);

  if (self->choosing_person || self->settings == NULL || person == NULL || self->people == NULL)
    return;

  g_settings_set_int64 (self->settings, "my-person-id", steward_record_get_id (STEWARD_RECORD (person)));
}

/* A person added or renamed moves the rows: the choice stays who it was. */
static void
on_people_changed_cb (GListModel               *people,
                      guint                     position,
                      guint                     removed,
                      guint                     added,
                      StewardPreferencesWindow *self)
{
  select_my_person (self);
}

static void
set_people (StewardPreferencesWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  StewardDatabase *db = STEWARD_IS_WINDOW (parent) ? steward_window_get_database (STEWARD_WINDOW (parent)) : NULL;
  g_autoptr(GListStore) not_set_store = g_list_store_new (STEWARD_TYPE_PERSON);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(StewardPerson) not_set = steward_person_new ();
  g_autoptr(GtkFlattenListModel) choices = NULL;

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_func (self->people, on_people_changed_cb, self);
  g_clear_object (&self->people);

  /* Never saved: id 0, which the setting takes as nobody. */
  g_object_set (not_set, "name", _("Not set"), NULL);
  g_list_store_append (not_set_store, not_set);
  g_list_store_append (parts, not_set_store);
  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_query_order_by (query, "name", FALSE);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, query);
      g_list_store_append (parts, self->people);
    }

  choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  self->choosing_person = TRUE;
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (choices));
  self->choosing_person = FALSE;
  if (self->people != NULL)
    g_signal_connect_after (self->people, "items-changed", G_CALLBACK (on_people_changed_cb), self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), db != NULL);
  select_my_person (self);
}

static void
on_transient_for_cb (GObject                  *object,
                     GParamSpec               *pspec,
                     StewardPreferencesWindow *self)
{
  set_people (self);
}

static void
steward_preferences_window_dispose (GObject *object)
{
  StewardPreferencesWindow *self = (StewardPreferencesWindow *)object;

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_func (self->people, on_people_changed_cb, self);
  g_clear_object (&self->people);
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
  gtk_widget_class_bind_template_child (widget_class, StewardPreferencesWindow, person_row);
  gtk_widget_class_bind_template_callback (widget_class, on_person_selected_cb);
}

static void
steward_preferences_window_init (StewardPreferencesWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkExpression) person_name = gtk_property_expression_new (STEWARD_TYPE_PERSON, NULL, "name");
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
  adw_combo_row_set_expression (self->person_row, person_name);
}

StewardPreferencesWindow *
steward_preferences_window_new (GSettings *settings)
{
  StewardPreferencesWindow *self = g_object_new (STEWARD_TYPE_PREFERENCES_WINDOW, NULL);
  g_autofree char *login = g_strdup_printf (_("Empty: your login name, %s"), g_get_user_name ());

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "history-name", self->history_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  /* As long as the history keeps it. */
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->history_name_row))),
                           STEWARD_DATABASE_USER_NAME_MAX);
  g_settings_bind_with_mapping (settings, "calendar", self->calendar_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                calendar_to_selected, selected_to_calendar, NULL, NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->history_name_row), login);
  /* The people are those of the window the preferences open over. */
  set_people (self);
  g_signal_connect (self, "notify::transient-for", G_CALLBACK (on_transient_for_cb), self);

  return self;
}
