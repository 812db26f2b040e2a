/* steward-contacts-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-contacts-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "model/steward-record-list.h"
#include "steward-contact-editor.h"
#include "steward-contacts-page.h"
#include "widgets/steward-register-util.h"

#include "export/steward-context-export.h"
#include "views/context/steward-import-dialog.h"

/* Contacts: the external contacts list (外部單位聯絡清單, procedure 5.5),
 * kept by the ISMS management team. Whom to call outside the centre, for
 * what, and when the entry was last checked: an entry never verified, or
 * verified a year ago or more, is due and says so. The list is GTK's own
 * chain over the store's list: record list → filter (search as you type,
 * purpose, due) → sort (by the column the user clicks) → selection →
 * column view. */
struct _StewardContactsPage
{
  StewardPage           parent_instance;

  StewardRecordList    *contacts;
  GSettings            *settings;
  StewardCells         *cells;

  GtkSearchEntry       *search_entry;
  GtkDropDown          *purpose_dropdown;
  GtkToggleButton      *due_button;
  GtkWidget            *add_button;
  GtkWidget            *export_button;
  GtkWidget            *import_button;
  GtkWidget            *mark_verified_button;
  GtkWidget            *summary_bar;
  GtkLabel             *summary_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkStringFilter      *search_filter;
  GtkCustomFilter      *choice_filter;
  GtkCustomSorter      *verified_sorter;
  GtkColumnViewColumn  *organization_column;
  GtkColumnViewColumn  *purpose_column;
  GtkColumnViewColumn  *verified_column;
};

G_DEFINE_FINAL_TYPE (StewardContactsPage, steward_contacts_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardContactsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static StewardCalendar
get_calendar (StewardContactsPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static char *
contact_search_text (GObject    *item,
                     const char *organization,
                     const char *unit,
                     const char *person,
                     const char *role,
                     const char *phone,
                     const char *email,
                     const char *address,
                     const char *notes)
{
  const char *purpose = steward_contact_purpose_to_string (steward_contact_get_purpose (STEWARD_CONTACT (item)));

  return g_strjoin ("\n",
                    organization ? organization : "", unit ? unit : "", person ? person : "",
                    role ? role : "", phone ? phone : "", email ? email : "",
                    address ? address : "", notes ? notes : "", purpose,
                    NULL);
}

static char *
contact_purpose_name (GObject *item,
                      int      purpose)
{
  return g_strdup (steward_contact_purpose_to_string (purpose));
}

/* The purpose dropdown: "All Purposes", then the purposes in the order of
 * the enum. */
static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardContactsPage *self = user_data;
  StewardContact *contact = item;
  guint purpose = gtk_drop_down_get_selected (self->purpose_dropdown);

  if (purpose != GTK_INVALID_LIST_POSITION && purpose > 0 &&
      steward_contact_get_purpose (contact) != (StewardContactPurpose) (purpose - 1))
    return FALSE;

  if (gtk_toggle_button_get_active (self->due_button))
    {
      g_autoptr(GDate) today = steward_date_new_today ();

      return steward_contact_is_due (contact, today);
    }

  return TRUE;
}

/* Never verified first: those are the most overdue. */
static int
verified_sorter_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  GDate *date_a = steward_contact_get_verified_on (STEWARD_CONTACT ((gpointer) a));
  GDate *date_b = steward_contact_get_verified_on (STEWARD_CONTACT ((gpointer) b));

  if (date_a == NULL || date_b == NULL)
    return (date_a != NULL) - (date_b != NULL);

  return g_date_compare (date_a, date_b);
}

/* Cells */

static GtkWidget *
make_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static GtkWidget *
setup_purpose_cell (gpointer user_data)
{
  return make_label ();
}

static void
update_purpose_cell (GtkWidget *child,
                     gpointer   item,
                     gpointer   user_data)
{
  gtk_label_set_label (GTK_LABEL (child), steward_contact_purpose_to_string (steward_contact_get_purpose (item)));
}

/* The date of the last verification, in the user's calendar, and a badge
 * when it is time to verify again. */
static GtkWidget *
setup_verified_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = make_label ();
  /* TRANSLATORS: a badge beside the date a contact was last verified: it
   * is time to verify it again */
  GtkWidget *badge = gtk_label_new (_("Due"));

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (badge, "warning");
  gtk_widget_add_css_class (badge, "caption-heading");
  steward_cell_set_tooltip (badge, _("Never verified, or verified a year ago or more"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_verified_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  StewardContactsPage *self = user_data;
  GtkWidget *label = gtk_widget_get_first_child (child);
  GDate *verified_on = steward_contact_get_verified_on (item);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *text = NULL;

  text = verified_on != NULL ? steward_date_format (verified_on, get_calendar (self)) : g_strdup (_("Never"));
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_visible (gtk_widget_get_next_sibling (label), steward_contact_is_due (item, today));
}

/* What the page shows around the list */

/**
 * steward_contacts_page_get_n_due:
 *
 * Returns: how many contacts were never verified, or not for over a year
 */
guint
steward_contacts_page_get_n_due (StewardContactsPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  g_return_val_if_fail (STEWARD_IS_CONTACTS_PAGE (self), 0);

  if (self->contacts == NULL)
    return 0;

  return steward_context_count_contacts_due (G_LIST_MODEL (self->contacts), today);
}

static void
update_summary (StewardContactsPage *self)
{
  guint n_due = steward_contacts_page_get_n_due (self);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->summary_bar, n_due > 0);
  if (n_due == 0)
    return;

  /* TRANSLATORS: the line above the external contacts list; "not
   * verified" includes never verified */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u contact not verified for over a year",
                                       "%u contacts not verified for over a year",
                                       n_due),
                          n_due);
  gtk_label_set_label (self->summary_label, text);
}

static void
update_stack (StewardContactsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->contacts),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardContactsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.delete-selected", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.mark-verified", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.export", get_database (self) != NULL);
  /* A menu of disabled items only would say nothing. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

static void
on_items_changed_cb (GListModel          *model,
                     guint                position,
                     guint                removed,
                     guint                added,
                     StewardContactsPage *self)
{
  update_stack (self);
}

static void
on_contacts_changed_cb (GListModel          *model,
                        guint                position,
                        guint                removed,
                        guint                added,
                        StewardContactsPage *self)
{
  update_summary (self);
  update_stack (self);
}

/* A contact edited in place is the same object with new values: the
 * filters, the order and the computed cells are looked at again. */
static void
on_table_changed_cb (StewardDatabase     *db,
                     const char * const  *tables,
                     StewardContactsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_filter_changed_cb (GObject             *object,
                      GParamSpec          *pspec,
                      StewardContactsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_due_toggled_cb (GtkToggleButton     *button,
                   StewardContactsPage *self)
{
  on_filter_changed_cb (G_OBJECT (button), NULL, self);
}

static void
on_selection_changed_cb (GtkSingleSelection  *selection,
                         GParamSpec          *pspec,
                         StewardContactsPage *self)
{
  update_actions (self);
}

static void
on_calendar_changed_cb (GSettings           *settings,
                        const char          *key,
                        StewardContactsPage *self)
{
  steward_cells_refresh (self->cells);
}

/* Deleting, with undo */

/**
 * steward_contacts_page_delete_contact:
 *
 * Deletes @contact and shows a toast that can undo it.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the contact
 *   could not be deleted (a toast then says why)
 */
AdwToast *
steward_contacts_page_delete_contact (StewardContactsPage *self,
                                      StewardContact      *contact)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autofree char *title = NULL;

  g_return_val_if_fail (STEWARD_IS_CONTACTS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_CONTACT (contact), NULL);

  if (get_database (self) == NULL)
    return NULL;

  g_ptr_array_add (records, contact);
  /* TRANSLATORS: a toast after deleting an external contact; %s is the
   * organization */
  title = g_strdup_printf (_("Contact of “%s” deleted"), steward_contact_get_organization (contact));

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, title);
}

/**
 * steward_contacts_page_mark_verified:
 *
 * Records that @contact was checked today and is still right.
 *
 * Returns: whether it was saved (a toast says why not)
 */
gboolean
steward_contacts_page_mark_verified (StewardContactsPage *self,
                                     StewardContact      *contact)
{
  g_autoptr(StewardContact) verified = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (STEWARD_IS_CONTACTS_PAGE (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_CONTACT (contact), FALSE);

  if (get_database (self) == NULL)
    return FALSE;

  /* The stored entry changes only once the save has gone through. */
  verified = STEWARD_CONTACT (steward_record_copy (STEWARD_RECORD (contact)));
  g_object_set (verified, "verified-on", today, NULL);
  if (!steward_record_save (STEWARD_RECORD (verified), get_database (self), &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }

  /* TRANSLATORS: a toast; %s is the organization of an external contact */
  message = g_strdup_printf (_("Contact of “%s” verified today"), steward_contact_get_organization (verified));
  steward_show_message (GTK_WIDGET (self), message);

  return TRUE;
}

/* The editor */

static void
on_delete_requested_cb (StewardContactEditor *editor,
                        StewardContact       *contact,
                        StewardContactsPage  *self)
{
  steward_contacts_page_delete_contact (self, contact);
}

static void
open_editor (StewardContactsPage *self,
             StewardContact      *contact)
{
  StewardContactEditor *editor;

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return;

  editor = steward_contact_editor_new (get_database (self), contact);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_activate_cb (GtkColumnView       *column_view,
                guint                position,
                StewardContactsPage *self)
{
  g_autoptr(StewardContact) contact = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (contact != NULL)
    open_editor (self, contact);
}

/* Exporting and importing */

/**
 * steward_contacts_page_export:
 * @path: where to write: a .pdf, .xlsx or .csv file
 *
 * Writes the external contacts list as it is stored (not as searched or
 * filtered), for today, with dates in the user's calendar.
 *
 * Returns: whether the file was written
 */
gboolean
steward_contacts_page_export (StewardContactsPage  *self,
                              const char           *path,
                              GError              **error)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardContextExportOptions options = { 0 };

  g_return_val_if_fail (STEWARD_IS_CONTACTS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (get_database (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }

  options.as_of = today;
  options.calendar = get_calendar (self);

  return steward_contacts_export (get_database (self), path, &options, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_contacts_page_export (STEWARD_CONTACTS_PAGE (widget), path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = NULL;

  /* TRANSLATORS: the file name of the exported external contacts list;
   * the first %s is a date, the second the extension */
  name = g_strdup_printf (_("External contacts list %s.%s"), date, g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the External Contacts List"), name, write_export);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardContactsPage *self = STEWARD_CONTACTS_PAGE (widget);
  GtkWindow *dialog;

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return;

  dialog = steward_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                      get_database (self), STEWARD_TYPE_CONTACT);
  gtk_window_present (dialog);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  open_editor (STEWARD_CONTACTS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardContactsPage *self = STEWARD_CONTACTS_PAGE (widget);
  StewardContact *contact = gtk_single_selection_get_selected_item (self->selection);

  if (contact != NULL && steward_page_can_write (STEWARD_PAGE (self)))
    steward_contacts_page_delete_contact (self, contact);
}

static void
mark_verified_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardContactsPage *self = STEWARD_CONTACTS_PAGE (widget);
  StewardContact *contact = gtk_single_selection_get_selected_item (self->selection);

  if (contact != NULL && steward_page_can_write (STEWARD_PAGE (self)))
    steward_contacts_page_mark_verified (self, contact);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_CONTACTS_PAGE (widget)->search_entry));
}

/* The database */

static void
drop_database (StewardContactsPage *self)
{
  if (self->contacts != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->contacts, on_contacts_changed_cb, self);
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->contacts),
                                            on_table_changed_cb, self);
    }
  g_clear_object (&self->contacts);
}

static void
steward_contacts_page_database_changed (StewardPage     *page,
                                        StewardDatabase *db)
{
  StewardContactsPage *self = STEWARD_CONTACTS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_query_order_by (query, "organization", FALSE);
      self->contacts = steward_record_list_new (db, STEWARD_TYPE_CONTACT, query);
      g_signal_connect (self->contacts, "items-changed", G_CALLBACK (on_contacts_changed_cb), self);
      /* After the list's own handler, which reads the rows again. */
      g_signal_connect_object (db, "changed::contact", G_CALLBACK (on_table_changed_cb), self, 0);
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->contacts));
  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardContactsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->purpose_dropdown, 0);
  gtk_toggle_button_set_active (self->due_button, FALSE);
}

/* Brings a contact into view: the filters that hide it are cleared, the
 * row is selected and scrolled to; nothing opens. */
static void
steward_contacts_page_show_record (StewardPage *page,
                                   gint64       id)
{
  StewardContactsPage *self = STEWARD_CONTACTS_PAGE (page);

  if (self->contacts == NULL || steward_record_list_find (self->contacts, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_contacts_page_get_visible_model:
 *
 * Returns: (transfer none): the contacts as shown: searched, filtered and
 *   sorted
 */
GListModel *
steward_contacts_page_get_visible_model (StewardContactsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_CONTACTS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_contacts_page_set_search (StewardContactsPage *self,
                                  const char          *text)
{
  g_return_if_fail (STEWARD_IS_CONTACTS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/**
 * steward_contacts_page_set_purpose_filter:
 * @purpose: a #StewardContactPurpose, or -1 for all
 */
void
steward_contacts_page_set_purpose_filter (StewardContactsPage *self,
                                          int                  purpose)
{
  g_return_if_fail (STEWARD_IS_CONTACTS_PAGE (self));

  gtk_drop_down_set_selected (self->purpose_dropdown, purpose < 0 ? 0 : (guint) purpose + 1);
}

void
steward_contacts_page_set_due_only (StewardContactsPage *self,
                                    gboolean             due_only)
{
  g_return_if_fail (STEWARD_IS_CONTACTS_PAGE (self));

  gtk_toggle_button_set_active (self->due_button, due_only);
}

static void
steward_contacts_page_dispose (GObject *object)
{
  StewardContactsPage *self = (StewardContactsPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_contacts_page_parent_class)->dispose (object);
}

static void
steward_contacts_page_finalize (GObject *object)
{
  StewardContactsPage *self = (StewardContactsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);

  G_OBJECT_CLASS (steward_contacts_page_parent_class)->finalize (object);
}

static void
steward_contacts_page_class_init (StewardContactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_contacts_page_dispose;
  object_class->finalize = steward_contacts_page_finalize;
  page_class->database_changed = steward_contacts_page_database_changed;
  page_class->show_record = steward_contacts_page_show_record;

  g_type_ensure (STEWARD_TYPE_CONTACT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-contacts-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardContactsPage, name)
  CHILD (search_entry);
  CHILD (purpose_dropdown);
  CHILD (due_button);
  CHILD (add_button);
  CHILD (export_button);
  CHILD (import_button);
  CHILD (mark_verified_button);
  CHILD (summary_bar);
  CHILD (summary_label);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (search_filter);
  CHILD (choice_filter);
  CHILD (verified_sorter);
  CHILD (organization_column);
  CHILD (purpose_column);
  CHILD (verified_column);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, contact_search_text);
  gtk_widget_class_bind_template_callback (widget_class, contact_purpose_name);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "contacts.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "contacts.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "contacts.mark-verified", NULL, mark_verified_action);
  gtk_widget_class_install_action (widget_class, "contacts.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "contacts.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "contacts.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "contacts.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "contacts.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "contacts.delete-selected", NULL);
}

static void
steward_contacts_page_init (StewardContactsPage *self)
{
  g_autoptr(GtkStringList) purposes = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) purpose_class = g_type_class_ref (STEWARD_TYPE_CONTACT_PURPOSE);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (purposes, _("All Purposes"));
  for (guint i = 0; i < purpose_class->n_values; i++)
    gtk_string_list_append (purposes, steward_contact_purpose_to_string (purpose_class->values[i].value));
  gtk_drop_down_set_model (self->purpose_dropdown, G_LIST_MODEL (purposes));

  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);
  gtk_custom_sorter_set_sort_func (self->verified_sorter, verified_sorter_cb, NULL, NULL);
  self->cells = steward_cells_new (self);
  steward_cells_set_column (self->cells, self->purpose_column, setup_purpose_cell, update_purpose_cell);
  steward_cells_set_column (self->cells, self->verified_column, setup_verified_cell, update_verified_cell);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->organization_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  update_actions (self);
  update_stack (self);
}
