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
#include "logic/steward-date.h"
#include "model/steward-duty.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-bodies-page.h"
#include "steward-body-editor.h"
#include "steward-membership-editor.h"

/* Committee > Bodies and Duties: each body of the organization with who
 * appoints it and its duties, clause by clause, as the procedure has them. */
struct _StewardBodiesPage
{
  StewardPage             parent_instance;

  StewardRecordList *bodies;
  StewardRecordList *duties;
  StewardRecordList *people;
  StewardRecordList *memberships;
  GSettings         *settings;
  guint              rebuild_id;
  guint              dirty : 1;

  GtkStack          *stack;
  GtkBox            *bodies_box;
};

G_DEFINE_FINAL_TYPE (StewardBodiesPage, steward_bodies_page, STEWARD_TYPE_PAGE)


static void
open_membership_editor (StewardBodiesPage *self,
                        StewardMembership *membership,
                        gint64             body_id)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));
  StewardMembershipEditor *editor;

  if (db == NULL || steward_database_is_read_only (db))
    return;

  editor = steward_membership_editor_new (db, membership, body_id);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_role_activated_cb (AdwActionRow      *row,
                      StewardBodiesPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "membership-id"));
  StewardMembership *membership = steward_record_list_find (self->memberships, id, NULL);

  if (membership != NULL)
    open_membership_editor (self, membership, 0);
}

static void
open_body_editor (StewardBodiesPage *self,
                  StewardBody       *body)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));
  StewardBodyEditor *editor;

  if (db == NULL || steward_database_is_read_only (db))
    return;

  editor = steward_body_editor_new (db, body);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_edit_body_clicked_cb (GtkButton         *button,
                         StewardBodiesPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "body-id"));
  StewardBody *body = steward_record_list_find (self->bodies, id, NULL);

  if (body != NULL)
    open_body_editor (self, body);
}

static void
add_body_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  open_body_editor (STEWARD_BODIES_PAGE (widget), NULL);
}

static void
on_add_role_clicked_cb (GtkButton         *button,
                        StewardBodiesPage *self)
{
  open_membership_editor (self, NULL, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "body-id")));
}

/* "Convener (校務行政系統) · since 2023-01-01", in the chosen calendar. */
static char *
describe_term (StewardBodiesPage *self,
               StewardMembership *membership,
               gboolean           ended)
{
  StewardCalendar calendar = g_settings_get_enum (self->settings, "calendar");
  g_autofree char *start = steward_date_format (steward_membership_get_start_date (membership), calendar);
  g_autofree char *end = steward_date_format (steward_membership_get_end_date (membership), calendar);
  g_autofree char *role = NULL;

  if (steward_membership_get_process_name (membership) != NULL)
    /* TRANSLATORS: a role, then the name of the business process it owns */
    role = g_strdup_printf (_("%s (%s)"), steward_role_to_string (steward_membership_get_role (membership)),
                            steward_membership_get_process_name (membership));
  else
    role = g_strdup (steward_role_to_string (steward_membership_get_role (membership)));

  if (ended)
    /* TRANSLATORS: a role, then the first and the last day in it */
    return g_strdup_printf (_("%s · %s to %s"), role, start, end);

  /* TRANSLATORS: a role, then the first day in it */
  return g_strdup_printf (_("%s · since %s"), role, start);
}

static GtkWidget *
make_role_row (StewardBodiesPage *self,
               StewardMembership *membership,
               gboolean           ended)
{
  gint64 person_id = steward_membership_get_person_id (membership);
  StewardPerson *person = steward_record_list_find (self->people, person_id, NULL);
  g_autofree char *subtitle = describe_term (self, membership, ended);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 person != NULL ? steward_person_get_name (person) : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (steward_role_is_lead (steward_membership_get_role (membership))
                                                           ? "starred-symbolic" : "avatar-default-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "membership-id",
                     GSIZE_TO_POINTER ((gsize) steward_record_get_id (STEWARD_RECORD (membership))));
  g_signal_connect_object (row, "activated", G_CALLBACK (on_role_activated_cb), self, 0);

  return row;
}

static int
compare_by_role (gconstpointer a,
                 gconstpointer b)
{
  StewardMembership *x = *(StewardMembership * const *)a;
  StewardMembership *y = *(StewardMembership * const *)b;

  return (int) steward_membership_get_role (x) - (int) steward_membership_get_role (y);
}

/* Who holds which role now, leads first; then who held one before, most
 * recent first. */
static void
add_role_rows (StewardBodiesPage *self,
               GtkWidget         *group,
               gint64             body_id)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GPtrArray) current = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *past = NULL;
  guint n_past = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->memberships)); i++)
    {
      g_autoptr(StewardMembership) membership = g_list_model_get_item (G_LIST_MODEL (self->memberships), i);
      GDate *start = steward_membership_get_start_date (membership);

      if (steward_membership_get_body_id (membership) != body_id)
        continue;

      if (steward_membership_is_active_on (membership, today) ||
          (start != NULL && g_date_compare (start, today) > 0))
        g_ptr_array_add (current, g_steal_pointer (&membership));
      else
        {
          if (past == NULL)
            past = adw_expander_row_new ();
          adw_expander_row_add_row (ADW_EXPANDER_ROW (past), make_role_row (self, membership, TRUE));
          n_past++;
        }
    }

  g_ptr_array_sort (current, compare_by_role);
  for (guint i = 0; i < current->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               make_role_row (self, g_ptr_array_index (current, i), FALSE));

  if (past != NULL)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u past role", "%u past roles", n_past),
                                                n_past);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (past), title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), past);
    }
}

static GtkWidget *
make_body_group (StewardBodiesPage *self,
                 StewardBody       *body)
{
  GListModel *duties = G_LIST_MODEL (self->duties);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
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

  {
    g_autofree char *name = g_strdup_printf ("body-%" G_GINT64_FORMAT, body_id);

    gtk_widget_set_name (group, name);
  }
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), steward_body_get_name (body));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description->str);

  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_valign (add_button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (add_button, _("Add a Role in This Body"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a Role in This Body"), -1);
  g_object_set_data (G_OBJECT (add_button), "body-id", GSIZE_TO_POINTER ((gsize) body_id));
  g_signal_connect_object (add_button, "clicked", G_CALLBACK (on_add_role_clicked_cb), self, 0);
  gtk_widget_set_sensitive (add_button, !steward_database_is_read_only (steward_page_get_database (STEWARD_PAGE (self))));
  {
    GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    GtkWidget *edit_button = gtk_button_new_from_icon_name ("document-edit-symbolic");

    gtk_widget_add_css_class (edit_button, "flat");
    gtk_widget_set_valign (edit_button, GTK_ALIGN_START);
    gtk_widget_set_tooltip_text (edit_button, _("Edit the Body and Its Duties"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (edit_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit the Body and Its Duties"), -1);
    g_object_set_data (G_OBJECT (edit_button), "body-id", GSIZE_TO_POINTER ((gsize) body_id));
    g_signal_connect_object (edit_button, "clicked", G_CALLBACK (on_edit_body_clicked_cb), self, 0);
    gtk_widget_set_sensitive (edit_button, gtk_widget_get_sensitive (add_button));
    gtk_box_append (GTK_BOX (buttons), edit_button);
    gtk_box_append (GTK_BOX (buttons), add_button);
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);
  }

  add_role_rows (self, group, body_id);

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
        gtk_box_append (self->bodies_box, make_body_group (self, body));
    }

  if (n_bodies > 0)
    {
      GtkWidget *add_body = gtk_button_new_with_mnemonic (_("_Add a Body…"));

      gtk_widget_add_css_class (add_body, "pill");
      gtk_widget_set_halign (add_body, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (add_body, _("A sub-team, say, with its duties"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add_body), "bodies.add");
      gtk_box_append (self->bodies_box, add_body);
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
  StewardRecordList **lists[] = { &self->bodies, &self->duties, &self->people, &self->memberships };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (*lists[i] != NULL)
        g_signal_handlers_disconnect_by_func (*lists[i], on_items_changed_cb, self);
      g_clear_object (lists[i]);
    }
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
      g_autoptr(StewardQuery) role_query = steward_query_new ();

      steward_query_order_by (body_query, "position", FALSE);
      steward_query_order_by (duty_query, "body_id", FALSE);
      steward_query_order_by (duty_query, "position", FALSE);
      steward_query_order_by (role_query, "start_date", TRUE);
      self->bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, body_query);
      self->duties = steward_record_list_new (db, STEWARD_TYPE_DUTY, duty_query);
      self->memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, role_query);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
      g_signal_connect (self->bodies, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      g_signal_connect (self->duties, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      g_signal_connect (self->memberships, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      g_signal_connect (self->people, "items-changed", G_CALLBACK (on_items_changed_cb), self);
    }

  queue_rebuild (self);
}

/**
 * steward_bodies_page_show_body:
 *
 * Brings a body's duties and members into view, with the focus on them.
 */
void
steward_bodies_page_show_body (StewardBodiesPage *self,
                               gint64             body_id)
{
  g_autofree char *name = g_strdup_printf ("body-%" G_GINT64_FORMAT, body_id);

  g_return_if_fail (STEWARD_IS_BODIES_PAGE (self));

  if (self->dirty || self->rebuild_id != 0)
    {
      g_clear_handle_id (&self->rebuild_id, g_source_remove);
      rebuild_cb (self);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->bodies_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
      {
        gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
        break;
      }
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
steward_bodies_page_show_record (StewardPage *page,
                                 gint64       id)
{
  steward_bodies_page_show_body (STEWARD_BODIES_PAGE (page), id);
}

static void
steward_bodies_page_class_init (StewardBodiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_bodies_page_dispose;
  page_class->database_changed = steward_bodies_page_database_changed;
  page_class->show_record = steward_bodies_page_show_record;
  widget_class->map = steward_bodies_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-bodies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardBodiesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardBodiesPage, bodies_box);

  gtk_widget_class_install_action (widget_class, "bodies.add", NULL, add_body_action);
}

static void
steward_bodies_page_init (StewardBodiesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (queue_rebuild), self,
                           G_CONNECT_SWAPPED);
}
