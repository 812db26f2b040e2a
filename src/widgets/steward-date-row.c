/* steward-date-row.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-date-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-date-row.h"

/* A date field: typed in the Gregorian or the ROC calendar (2026-11-24,
 * 115-11-24, 民國115年11月24日), or picked from a calendar. What is typed
 * is never rewritten while typing; an empty field is no date. */
struct _StewardDateRow
{
  AdwEntryRow      parent_instance;

  GDate           *date;
  StewardCalendar  calendar;
  GtkCalendar     *picker;
  GtkWidget       *button;
  guint            updating : 1;
};

G_DEFINE_FINAL_TYPE (StewardDateRow, steward_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
steward_date_row_new (void)
{
  return g_object_new (STEWARD_TYPE_DATE_ROW, NULL);
}

/**
 * steward_date_row_get_date:
 *
 * Returns: (transfer none) (nullable): the date typed or picked; %NULL when
 *   the field is empty or does not hold a date
 */
GDate *
steward_date_row_get_date (StewardDateRow *self)
{
  g_return_val_if_fail (STEWARD_IS_DATE_ROW (self), NULL);

  return self->date;
}

/**
 * steward_date_row_is_valid:
 *
 * Returns: whether the field is empty or holds a date
 */
gboolean
steward_date_row_is_valid (StewardDateRow *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (STEWARD_IS_DATE_ROW (self), FALSE);

  if (self->date != NULL)
    return TRUE;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));

  return text[0] == '\0';
}

static void
store_date (StewardDateRow *self,
            GDate          *date)
{
  g_clear_pointer (&self->date, g_date_free);
  self->date = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

void
steward_date_row_set_date (StewardDateRow *self,
                           const GDate    *date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (STEWARD_IS_DATE_ROW (self));

  text = date != NULL && g_date_valid (date) ? steward_date_format (date, self->calendar) : g_strdup ("");

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;

  store_date (self, date != NULL && g_date_valid (date) ? g_date_copy (date) : NULL);
}

void
steward_date_row_set_calendar (StewardDateRow  *self,
                               StewardCalendar  calendar)
{
  g_return_if_fail (STEWARD_IS_DATE_ROW (self));

  if (self->calendar == calendar)
    return;

  self->calendar = calendar;
  if (self->date != NULL)
    {
      g_autoptr(GDate) date = g_date_copy (self->date);

      steward_date_row_set_date (self, date);
    }
}

static void
on_changed_cb (StewardDateRow *self)
{
  if (self->updating)
    return;

  store_date (self, steward_date_parse (gtk_editable_get_text (GTK_EDITABLE (self))));
}

static void
on_day_selected_cb (GtkCalendar    *calendar,
                    StewardDateRow *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autoptr(GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (picked),
                                          g_date_time_get_month (picked),
                                          g_date_time_get_year (picked));

  steward_date_row_set_date (self, date);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

/* The calendar opens on the date in the field, or today. */
static void
on_popover_show_cb (GtkPopover     *popover,
                    StewardDateRow *self)
{
  g_autoptr(GDateTime) shown = NULL;

  if (self->date != NULL)
    shown = g_date_time_new_local (g_date_get_year (self->date), g_date_get_month (self->date),
                                   g_date_get_day (self->date), 0, 0, 0);
  else
    shown = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (self->picker, on_day_selected_cb, self);
  gtk_calendar_select_day (self->picker, shown);
  g_signal_handlers_unblock_by_func (self->picker, on_day_selected_cb, self);
}

static void
steward_date_row_finalize (GObject *object)
{
  StewardDateRow *self = (StewardDateRow *)object;

  g_clear_pointer (&self->date, g_date_free);

  G_OBJECT_CLASS (steward_date_row_parent_class)->finalize (object);
}

static void
steward_date_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StewardDateRow *self = STEWARD_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, steward_date_row_is_valid (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_date_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StewardDateRow *self = STEWARD_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      steward_date_row_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_date_row_class_init (StewardDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_date_row_finalize;
  object_class->get_property = steward_date_row_get_property;
  object_class->set_property = steward_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_date_row_init (StewardDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->picker = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->picker));
  g_signal_connect (self->picker, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  g_signal_connect (popover, "show", G_CALLBACK (on_popover_show_cb), self);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_tooltip_text (self->button, _("Pick a Date"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->button);

  g_signal_connect (self, "changed", G_CALLBACK (on_changed_cb), NULL);
}
