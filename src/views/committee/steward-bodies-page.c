/* steward-bodies-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-bodies-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-body.h"
#include "model/steward-duty.h"
#include "model/steward-record-list.h"
#include "steward-bodies-page.h"

/* Committee > Bodies and Duties: each body of the organization with who
 * appoints it and its duties, clause by clause, as the procedure has them. */
struct _StewardBodiesPage
{
  StewardPage             parent_instance;

  StewardRecordList *bodies;
  StewardRecordList *duties;
  guint              rebuild_id;
  guint              dirty : 1;

  GtkStack          *stack;
  GtkBox            *bodies_box;
};

G_DEFINE_FINAL_TYPE (StewardBodiesPage, steward_bodies_page, STEWARD_TYPE_PAGE)


static GtkWidget *
make_body_group (StewardBody *body,
                 GListModel  *duties)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *kind = steward_body_kind_to_string (steward_body_get_kind (body));
  g_autoptr(GString) description = g_string_new (NULL);
  gint64 body_id = steward_record_get_id (STEWARD_RECORD (body));
  guint n_duties = 0;

  /* A sub-team says what kind of body it is; the five of the procedure
   * are named after their kind already. */
  if (g_strcmp0 (kind, steward_body_get_name (body)) != 0)
    g_string_append (description, kind);
  if (steward_body_get_appointed_by (body) != NULL)
    {
      if (description->len > 0)
        g_string_append (description, " · ");
      /* TRANSLATORS: who appoints a body of the organization */
      g_string_append_printf (description, _("Appointed by %s"), steward_body_get_appointed_by (body));
    }
  if (steward_body_get_description (body) != NULL)
    g_string_append_printf (description, "%s%s", description->len > 0 ? "\n" : "",
                            steward_body_get_description (body));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), steward_body_get_name (body));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description->str);

  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(StewardDuty) duty = g_list_model_get_item (duties, i);
      GtkWidget *row;

      if (steward_duty_get_body_id (duty) != body_id)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_duty_get_text (duty));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      if (steward_duty_get_clause (duty) != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), steward_duty_get_clause (duty));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      n_duties++;
    }

  if (n_duties == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No duties recorded"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

static gboolean
rebuild_cb (gpointer user_data)
{
  StewardBodiesPage *self = user_data;
  GtkWidget *child;
  guint n_bodies = self->bodies != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->bodies)) : 0;

  self->rebuild_id = 0;
  self->dirty = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->bodies_box))) != NULL)
    gtk_box_remove (self->bodies_box, child);

  for (guint i = 0; i < n_bodies; i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (G_LIST_MODEL (self->bodies), i);

      if (steward_body_get_retired_on (body) == NULL)
        gtk_box_append (self->bodies_box, make_body_group (body, G_LIST_MODEL (self->duties)));
    }

  gtk_stack_set_visible_child_name (self->stack, n_bodies > 0 ? "bodies" : "empty");

  return G_SOURCE_REMOVE;
}

/* Both lists change in one commit when the template is applied: build
 * once. A page nobody sees waits until it is shown. */
static void
queue_rebuild (StewardBodiesPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->dirty = TRUE;
  else if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
steward_bodies_page_map (GtkWidget *widget)
{
  StewardBodiesPage *self = STEWARD_BODIES_PAGE (widget);

  if (self->dirty)
    rebuild_cb (self);

  GTK_WIDGET_CLASS (steward_bodies_page_parent_class)->map (widget);
}

static void
on_items_changed_cb (GListModel        *model,
                     guint              position,
                     guint              removed,
                     guint              added,
                     StewardBodiesPage *self)
{
  queue_rebuild (self);
}

static void
clear_lists (StewardBodiesPage *self)
{
  if (self->bodies != NULL)
    g_signal_handlers_disconnect_by_func (self->bodies, on_items_changed_cb, self);
  if (self->duties != NULL)
    g_signal_handlers_disconnect_by_func (self->duties, on_items_changed_cb, self);
  g_clear_object (&self->bodies);
  g_clear_object (&self->duties);
}

static void
steward_bodies_page_database_changed (StewardPage     *page,
                                      StewardDatabase *db)
{
  StewardBodiesPage *self = STEWARD_BODIES_PAGE (page);

  clear_lists (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) body_query = steward_query_new ();
      g_autoptr(StewardQuery) duty_query = steward_query_new ();

      steward_query_order_by (body_query, "position", FALSE);
      steward_query_order_by (duty_query, "body_id", FALSE);
      steward_query_order_by (duty_query, "position", FALSE);
      self->bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, body_query);
      self->duties = steward_record_list_new (db, STEWARD_TYPE_DUTY, duty_query);
      g_signal_connect (self->bodies, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      g_signal_connect (self->duties, "items-changed", G_CALLBACK (on_items_changed_cb), self);
    }

  queue_rebuild (self);
}

static void
steward_bodies_page_dispose (GObject *object)
{
  StewardBodiesPage *self = (StewardBodiesPage *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  clear_lists (self);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_bodies_page_parent_class)->dispose (object);
}



static void
steward_bodies_page_class_init (StewardBodiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_bodies_page_dispose;
  page_class->database_changed = steward_bodies_page_database_changed;
  widget_class->map = steward_bodies_page_map;


  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-bodies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardBodiesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardBodiesPage, bodies_box);
}

static void
steward_bodies_page_init (StewardBodiesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
