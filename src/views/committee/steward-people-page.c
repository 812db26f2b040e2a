/* steward-people-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-people-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-person.h"
#include "logic/steward-roster.h"
#include "model/steward-membership.h"
#include "model/steward-record-list.h"
#include "steward-people-page.h"
#include "steward-person-editor.h"
#include "widgets/steward-register-util.h"

/* Committee > People: everyone the roster is made from. The list is GTK's
 * own chain over the store's list: record list → filter (search as you
 * type) → sort (by the column the user clicks) → selection → column view. */
struct _StewardPeoplePage
{
  StewardPage         parent_instance;

  StewardRecordList  *people;
  StewardRecordList  *memberships;

  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;
  GtkColumnViewColumn *name_column;
};

G_DEFINE_FINAL_TYPE (StewardPeoplePage, steward_people_page, STEWARD_TYPE_PAGE)


static char *
person_search_text (GObject    *item,
                    const char *name,
                    const char *title,
                    const char *unit,
                    const char *phone,
                    const char *extension,
                    const char *email)
{
  return g_strjoin ("\n",
                    name ? name : "", title ? title : "", unit ? unit : "",
                    phone ? phone : "", extension ? extension : "", email ? email : "",
                    NULL);
}

static void
update_stack (StewardPeoplePage *self)
{
  const char *page = "list";

  if (self->people == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->people)) == 0)
    page = "empty";
  else if (gtk_filter_list_model_get_model (self->filter_model) != NULL &&
           g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
on_items_changed_cb (GListModel        *model,
                     guint              position,
                     guint              removed,
                     guint              added,
                     StewardPeoplePage *self)
{
  update_stack (self);
}

typedef struct
{
  StewardDatabase *db;
  StewardPerson   *person;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_clear_object (&undo->db);
  g_clear_object (&undo->person);
  g_free (undo);
}

static void
on_undo_cb (AdwToast *toast,
            UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (!steward_record_restore (STEWARD_RECORD (undo->person), undo->db, &error))
    g_warning ("Could not restore %s: %s", steward_person_get_name (undo->person), error->message);
}

/**
 * steward_people_page_delete_person:
 *
 * Deletes @person and shows a toast that can undo it.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the person
 *   could not be deleted (the toast then says why)
 */
AdwToast *
steward_people_page_delete_person (StewardPeoplePage *self,
                                   StewardPerson     *person)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardPerson) deleted = STEWARD_PERSON (steward_record_copy (STEWARD_RECORD (person)));
  g_autofree char *title = NULL;
  AdwToast *toast;
  UndoData *undo;

  /* Who held which role when stays known: a person with roles is ended in
   * those roles, not deleted. The database refuses it too. */
  if (self->memberships != NULL &&
      steward_person_count_memberships (G_LIST_MODEL (self->memberships),
                                        steward_record_get_id (STEWARD_RECORD (person))) > 0)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s is a person's name */
      message = g_strdup_printf (_("“%s” holds or held roles in the organization, so the roster’s history needs them: end their roles instead of deleting them."),
                                 steward_person_get_name (person));
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 8);
      steward_show_toast (GTK_WIDGET (self), toast);
      return NULL;
    }

  if (!steward_record_delete (STEWARD_RECORD (deleted), steward_page_get_database (STEWARD_PAGE (self)), &error))
    {
      steward_show_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return NULL;
    }

  /* TRANSLATORS: a toast after deleting; %s is the person's name */
  title = g_strdup_printf (_("“%s” deleted"), steward_person_get_name (deleted));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  undo = g_new0 (UndoData, 1);
  undo->db = g_object_ref (steward_page_get_database (STEWARD_PAGE (self)));
  undo->person = g_steal_pointer (&deleted);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_cb),
                         undo, (GClosureNotify) (void (*) (void)) undo_data_free, 0);

  return steward_show_toast (GTK_WIDGET (self), toast);
}

static void
on_delete_requested_cb (StewardPersonEditor *editor,
                        StewardPerson       *person,
                        StewardPeoplePage   *self)
{
  steward_people_page_delete_person (self, person);
}

static void
open_editor (StewardPeoplePage *self,
             StewardPerson     *person)
{
  StewardPersonEditor *editor;

  if (steward_page_get_database (STEWARD_PAGE (self)) == NULL || steward_database_is_read_only (steward_page_get_database (STEWARD_PAGE (self))))
    return;

  editor = steward_person_editor_new (steward_page_get_database (STEWARD_PAGE (self)), person);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_activate_cb (GtkColumnView     *column_view,
                guint              position,
                StewardPeoplePage *self)
{
  g_autoptr(StewardPerson) person = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (person != NULL)
    open_editor (self, person);
}

static void
on_stop_search_cb (GtkSearchEntry    *entry,
                   StewardPeoplePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_editor (STEWARD_PEOPLE_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardPeoplePage *self = STEWARD_PEOPLE_PAGE (widget);
  StewardPerson *person = gtk_single_selection_get_selected_item (self->selection);

  if (person != NULL && !steward_database_is_read_only (steward_page_get_database (STEWARD_PAGE (self))))
    steward_people_page_delete_person (self, person);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_PEOPLE_PAGE (widget)->search_entry));
}

static void
steward_people_page_database_changed (StewardPage     *page,
                                      StewardDatabase *db)
{
  StewardPeoplePage *self = STEWARD_PEOPLE_PAGE (page);
  g_autoptr(StewardQuery) query = NULL;

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_func (self->people, on_items_changed_cb, self);
  g_clear_object (&self->people);
  g_clear_object (&self->memberships);

  if (db != NULL)
    {
      self->memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, NULL);
      query = steward_query_new ();
      steward_query_order_by (query, "name", FALSE);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, query);
      g_signal_connect (self->people, "items-changed", G_CALLBACK (on_items_changed_cb), self);
    }

  /* Rows are made when the page is first shown, not at start-up. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->people));
  else
    gtk_filter_list_model_set_model (self->filter_model, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add",
                                 db != NULL && !steward_database_is_read_only (db));
  update_stack (self);

}

/**
 * steward_people_page_get_visible_model:
 *
 * Returns: (transfer none): the people as shown: searched and sorted
 */
GListModel *
steward_people_page_get_visible_model (StewardPeoplePage *self)
{
  g_return_val_if_fail (STEWARD_IS_PEOPLE_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_people_page_set_search (StewardPeoplePage *self,
                                const char        *text)
{
  g_return_if_fail (STEWARD_IS_PEOPLE_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
}

static void
steward_people_page_map (GtkWidget *widget)
{
  StewardPeoplePage *self = STEWARD_PEOPLE_PAGE (widget);

  if (gtk_filter_list_model_get_model (self->filter_model) != G_LIST_MODEL (self->people))
    gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->people));

  GTK_WIDGET_CLASS (steward_people_page_parent_class)->map (widget);
}

static void
steward_people_page_dispose (GObject *object)
{
  StewardPeoplePage *self = (StewardPeoplePage *)object;

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_func (self->people, on_items_changed_cb, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);

  /* AdwBin disposes its child, the template's root. */

  g_clear_object (&self->people);
  g_clear_object (&self->memberships);

  G_OBJECT_CLASS (steward_people_page_parent_class)->dispose (object);
}



static void
steward_people_page_class_init (StewardPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_people_page_dispose;
  page_class->database_changed = steward_people_page_database_changed;
  widget_class->map = steward_people_page_map;


  g_type_ensure (STEWARD_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, StewardPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardPeoplePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, StewardPeoplePage, selection);
  gtk_widget_class_bind_template_child (widget_class, StewardPeoplePage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, StewardPeoplePage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, StewardPeoplePage, name_column);
  gtk_widget_class_bind_template_callback (widget_class, person_search_text);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "people.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "people.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "people.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "people.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "people.delete-selected", NULL);
}

static void
steward_people_page_init (StewardPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  /* By name, in the collation of the user’s locale,
   * with the column header showing it. */
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  update_stack (self);
}
