/* steward-communications-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-communications-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-communication-columns.h"
#include "steward-communications-page.h"
#include "steward-source-actions.h"
#include "widgets/steward-register-util.h"

#include "export/steward-register-export.h"

/* Communications > Communications: the record of communication of
 * procedure 5.7, within units, across units, with external parties and
 * the media, and announcements. Each row says what was agreed, who is in
 * charge, how far its follow-up is and whether its effectiveness was
 * evaluated; a statement to the media without the deputy director's
 * approval (5.7.3) is marked Blocked. GTK's own chain over the store's
 * list: record list → filter (search as you type, kind, channel, awaiting
 * approval, needs evaluation) → sort (by the column the user clicks) →
 * selection → column view. */
struct _StewardCommunicationsPage
{
  StewardPage           parent_instance;

  StewardRecordList    *communications;
  StewardRecordList    *people;
  StewardActionCounts  *counts;
  GSettings            *settings;
  StewardCells         *cells;

  GtkSearchEntry       *search_entry;
  GtkDropDown          *kind_dropdown;
  GtkDropDown          *channel_dropdown;
  GtkToggleButton      *approval_button;
  GtkToggleButton      *evaluation_button;
  GtkWidget            *add_button;
  GtkWidget            *export_button;
  GtkWidget            *summary_bar;
  GtkLabel             *summary_label;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkStringFilter      *search_filter;
  GtkCustomFilter      *choice_filter;
  StewardCommunicationColumns columns;
};

G_DEFINE_FINAL_TYPE (StewardCommunicationsPage, steward_communications_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardCommunicationsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

/* How dates are shown: the calendar of the preferences. */
StewardCalendar
steward_communications_page_get_calendar (StewardCommunicationsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self), STEWARD_CALENDAR_GREGORIAN);

  return g_settings_get_enum (self->settings, "calendar");
}

/**
 * steward_communications_page_get_officer_name:
 *
 * Returns: (nullable): the name of @communication's officer in charge
 */
const char *
steward_communications_page_get_officer_name (StewardCommunicationsPage *self,
                                              StewardCommunication      *communication)
{
  gint64 officer_id = steward_communication_get_officer_id (communication);
  StewardPerson *person = NULL;

  g_return_val_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self), NULL);

  if (self->people != NULL && officer_id > 0)
    person = steward_record_list_find (self->people, officer_id, NULL);

  return person != NULL ? steward_person_get_name (person) : NULL;
}

/**
 * steward_communications_page_get_n_actions:
 * @n_active: (out) (optional): how many of them are still open or in
 *   progress
 *
 * Returns: how many follow-up actions come from @communication
 */
guint
steward_communications_page_get_n_actions (StewardCommunicationsPage *self,
                                           StewardCommunication      *communication,
                                           guint                     *n_active)
{
  g_return_val_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self), 0);
  g_return_val_if_fail (STEWARD_IS_COMMUNICATION (communication), 0);

  if (self->counts == NULL)
    {
      if (n_active != NULL)
        *n_active = 0;
      return 0;
    }

  return steward_action_counts_get (self->counts, steward_record_get_id (STEWARD_RECORD (communication)), n_active);
}

/**
 * steward_communications_page_needs_evaluation:
 *
 * Its follow-up is done (5.7.1.2, 5.7.2.1: "完成後…進行成效評估"): it had
 * actions, none is still open or in progress, and its effectiveness is not
 * evaluated yet.
 *
 * Returns: whether @communication is due for its evaluation
 */
gboolean
steward_communications_page_needs_evaluation (StewardCommunicationsPage *self,
                                              StewardCommunication      *communication)
{
  guint n_active;
  guint n_actions = steward_communications_page_get_n_actions (self, communication, &n_active);

  return steward_communication_get_effectiveness (communication) == STEWARD_EFFECTIVENESS_NOT_EVALUATED &&
         n_actions > 0 && n_active == 0;
}

/**
 * steward_communications_page_needs_actions:
 *
 * Returns: whether @communication needs a follow-up, and has no action yet
 */
gboolean
steward_communications_page_needs_actions (StewardCommunicationsPage *self,
                                           StewardCommunication      *communication)
{
  return steward_communication_get_follow_up_needed (communication) &&
         steward_communications_page_get_n_actions (self, communication, NULL) == 0;
}

/* Closures of the template */

static char *
communication_search_text (GObject                   *item,
                           const char                *subject,
                           const char                *parties,
                           const char                *outcome,
                           const char                *evaluation_note,
                           const char                *approved_by,
                           gint64                     officer_id,
                           StewardCommunicationsPage *self)
{
  StewardCommunication *communication = STEWARD_COMMUNICATION (item);
  const char *officer = STEWARD_IS_COMMUNICATIONS_PAGE (self)
                        ? steward_communications_page_get_officer_name (self, communication) : NULL;

  return g_strjoin ("\n",
                    subject ?: "", parties ?: "", outcome ?: "", evaluation_note ?: "", approved_by ?: "",
                    officer ?: "",
                    steward_communication_kind_to_string (steward_communication_get_kind (communication)),
                    steward_channel_to_string (steward_communication_get_channel (communication)),
                    NULL);
}

static char *
communication_kind_name (GObject *item,
                         int      kind)
{
  return g_strdup (steward_communication_kind_to_string (kind));
}

static char *
communication_channel_name (GObject *item,
                            int      channel)
{
  return g_strdup (steward_channel_to_string (channel));
}

static char *
communication_effectiveness_name (GObject *item,
                                  int      effectiveness)
{
  return g_strdup (steward_effectiveness_to_string (effectiveness));
}

/* The filters above the list: "All Kinds" and "All Channels" first, then
 * the values of the enums in their order. */
static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardCommunicationsPage *self = user_data;
  StewardCommunication *communication = item;
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint channel = gtk_drop_down_get_selected (self->channel_dropdown);

  if (kind != GTK_INVALID_LIST_POSITION && kind > 0 &&
      steward_communication_get_kind (communication) != (StewardCommunicationKind) (kind - 1))
    return FALSE;
  if (channel != GTK_INVALID_LIST_POSITION && channel > 0 &&
      steward_communication_get_channel (communication) != (StewardChannel) (channel - 1))
    return FALSE;
  if (gtk_toggle_button_get_active (self->approval_button) && !steward_communication_is_blocked (communication))
    return FALSE;
  if (gtk_toggle_button_get_active (self->evaluation_button) &&
      !steward_communications_page_needs_evaluation (self, communication))
    return FALSE;

  return TRUE;
}

/* What the page shows around the list */

static void
update_summary (StewardCommunicationsPage *self)
{
  guint n = self->communications != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->communications)) : 0;
  guint n_blocked = 0, n_lacking = 0, n_evaluation = 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardCommunication) communication = g_list_model_get_item (G_LIST_MODEL (self->communications), i);

      n_blocked += steward_communication_is_blocked (communication);
      n_lacking += steward_communications_page_needs_actions (self, communication);
      n_evaluation += steward_communications_page_needs_evaluation (self, communication);
    }

  if (n_blocked > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u media statement awaits the deputy director’s approval",
                                                          "%u media statements await the deputy director’s approval",
                                                          n_blocked), n_blocked));
  if (n_lacking > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u communication needs follow-up actions",
                                                          "%u communications need follow-up actions",
                                                          n_lacking), n_lacking));
  if (n_evaluation > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u communication to evaluate",
                                                          "%u communications to evaluate",
                                                          n_evaluation), n_evaluation));

  gtk_widget_set_visible (self->summary_bar, parts->len > 0);
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: between the parts of the line above a list */
  text = g_strjoinv (_(" · "), (char **) parts->pdata);
  gtk_label_set_label (self->summary_label, text);
}

static void
update_stack (StewardCommunicationsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->communications),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardCommunicationsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "communications.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "communications.delete-selected", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "communications.export", get_database (self) != NULL);
  /* A menu of disabled items only would say nothing. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

/* Whatever changed (a communication, an action, a person), the filters,
 * the order and the computed cells are looked at again. */
static void
refresh (StewardCommunicationsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_items_changed_cb (GListModel                *model,
                     guint                      position,
                     guint                      removed,
                     guint                      added,
                     StewardCommunicationsPage *self)
{
  update_stack (self);
}

static void
on_communications_changed_cb (GListModel                *model,
                              guint                      position,
                              guint                      removed,
                              guint                      added,
                              StewardCommunicationsPage *self)
{
  update_summary (self);
  update_stack (self);
}

static void
on_table_changed_cb (StewardDatabase           *db,
                     const char * const        *tables,
                     StewardCommunicationsPage *self)
{
  if (g_strv_contains (tables, "action_item") && self->counts != NULL)
    steward_action_counts_update (self->counts);
  refresh (self);
}

static void
on_filter_changed_cb (GObject                   *object,
                      GParamSpec                *pspec,
                      StewardCommunicationsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_toggle_cb (GtkToggleButton           *button,
              StewardCommunicationsPage *self)
{
  on_filter_changed_cb (G_OBJECT (button), NULL, self);
}

static void
on_selection_changed_cb (GtkSingleSelection        *selection,
                         GParamSpec                *pspec,
                         StewardCommunicationsPage *self)
{
  update_actions (self);
}

static void
on_calendar_changed_cb (GSettings                 *settings,
                        const char                *key,
                        StewardCommunicationsPage *self)
{
  steward_cells_refresh (self->cells);
}

/* Deleting, with undo */

/**
 * steward_communications_page_delete_communication:
 *
 * Deletes @communication and shows a toast that can undo it. Its actions
 * stay in the Actions register; undoing brings their source back.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the
 *   communication could not be deleted (a toast then says why)
 */
AdwToast *
steward_communications_page_delete_communication (StewardCommunicationsPage *self,
                                                  StewardCommunication      *communication)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autofree char *title = NULL;

  g_return_val_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_COMMUNICATION (communication), NULL);

  if (get_database (self) == NULL)
    return NULL;

  g_ptr_array_add (records, communication);
  /* TRANSLATORS: a toast after deleting a communication; %s is its subject */
  title = g_strdup_printf (_("Communication “%s” deleted"), steward_communication_get_subject (communication));

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, title);
}

/* The editor */

static void
on_delete_requested_cb (StewardCommunicationEditor *editor,
                        StewardCommunication       *communication,
                        StewardCommunicationsPage  *self)
{
  steward_communications_page_delete_communication (self, communication);
}

/**
 * steward_communications_page_open_editor:
 * @communication: (nullable): the communication to edit, or %NULL for a
 *   new one
 *
 * Returns: (transfer none) (nullable): the editor, shown; %NULL when the
 *   database cannot be changed
 */
StewardCommunicationEditor *
steward_communications_page_open_editor (StewardCommunicationsPage *self,
                                         StewardCommunication      *communication)
{
  StewardCommunicationEditor *editor;

  g_return_val_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self), NULL);
  g_return_val_if_fail (communication == NULL || STEWARD_IS_COMMUNICATION (communication), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_communication_editor_new (get_database (self), communication, G_LIST_MODEL (self->people));
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView             *column_view,
                guint                      position,
                StewardCommunicationsPage *self)
{
  g_autoptr(StewardCommunication) communication = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (communication != NULL)
    steward_communications_page_open_editor (self, communication);
}

/* Exporting */

/**
 * steward_communications_page_export:
 * @path: a .csv or .xlsx file
 *
 * Writes the register, every row, as CSV or XLSX.
 *
 * Returns: whether the file was written
 */
gboolean
steward_communications_page_export (StewardCommunicationsPage  *self,
                                    const char                 *path,
                                    GError                    **error)
{
  g_return_val_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self), FALSE);

  return steward_register_export_page (GTK_WIDGET (self), "communications", path, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_communications_page_export (STEWARD_COMMUNICATIONS_PAGE (widget), path, error);
}

/* The generic export of the registers writes CSV and XLSX: the menu
 * offers those. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = NULL;

  /* The register's title, the day, the format. */
  name = g_strdup_printf ("%s %s.%s", steward_register_export_get_title ("communications"), date,
                          g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the Register"), name, write_export);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_communications_page_open_editor (STEWARD_COMMUNICATIONS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardCommunicationsPage *self = STEWARD_COMMUNICATIONS_PAGE (widget);
  StewardCommunication *communication = gtk_single_selection_get_selected_item (self->selection);

  if (communication != NULL && steward_page_can_write (STEWARD_PAGE (self)))
    steward_communications_page_delete_communication (self, communication);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_COMMUNICATIONS_PAGE (widget)->search_entry));
}

/* The database */

static void
drop_database (StewardCommunicationsPage *self)
{
  if (self->communications != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->communications, on_communications_changed_cb, self);
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->communications),
                                            on_table_changed_cb, self);
    }
  g_clear_object (&self->communications);
  g_clear_object (&self->people);
  g_clear_pointer (&self->counts, steward_action_counts_free);
}

static void
steward_communications_page_database_changed (StewardPage     *page,
                                              StewardDatabase *db)
{
  StewardCommunicationsPage *self = STEWARD_COMMUNICATIONS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();
      g_autoptr(StewardQuery) people_query = steward_query_new ();

      steward_query_order_by (query, "occurred_on", TRUE);
      self->communications = steward_record_list_new (db, STEWARD_TYPE_COMMUNICATION, query);
      steward_query_order_by (people_query, "name", FALSE);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);
      self->counts = steward_action_counts_new (db, STEWARD_ACTION_SOURCE_COMMUNICATION);

      g_signal_connect (self->communications, "items-changed", G_CALLBACK (on_communications_changed_cb), self);
      /* After the lists' own handlers, which read the rows again. */
      g_signal_connect_object (db, "changed::communication", G_CALLBACK (on_table_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::action_item", G_CALLBACK (on_table_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::person", G_CALLBACK (on_table_changed_cb), self, 0);
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->communications));
  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardCommunicationsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->channel_dropdown, 0);
  gtk_toggle_button_set_active (self->approval_button, FALSE);
  gtk_toggle_button_set_active (self->evaluation_button, FALSE);
}

/* Brings a communication into view: the filters that hide it are cleared,
 * the row is selected and scrolled to; nothing opens. */
static void
steward_communications_page_show_record (StewardPage *page,
                                         gint64       id)
{
  StewardCommunicationsPage *self = STEWARD_COMMUNICATIONS_PAGE (page);

  if (self->communications == NULL || steward_record_list_find (self->communications, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_communications_page_get_visible_model:
 *
 * Returns: (transfer none): the communications as shown: searched,
 *   filtered and sorted
 */
GListModel *
steward_communications_page_get_visible_model (StewardCommunicationsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_communications_page_set_search (StewardCommunicationsPage *self,
                                        const char                *text)
{
  g_return_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/**
 * steward_communications_page_set_kind_filter:
 * @kind: a #StewardCommunicationKind, or -1 for all
 */
void
steward_communications_page_set_kind_filter (StewardCommunicationsPage *self,
                                             int                        kind)
{
  g_return_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind < 0 ? 0 : (guint) kind + 1);
}

/**
 * steward_communications_page_set_channel_filter:
 * @channel: a #StewardChannel, or -1 for all
 */
void
steward_communications_page_set_channel_filter (StewardCommunicationsPage *self,
                                                int                        channel)
{
  g_return_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self));

  gtk_drop_down_set_selected (self->channel_dropdown, channel < 0 ? 0 : (guint) channel + 1);
}

void
steward_communications_page_set_awaiting_approval_only (StewardCommunicationsPage *self,
                                                        gboolean                   only)
{
  g_return_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self));

  gtk_toggle_button_set_active (self->approval_button, only);
}

void
steward_communications_page_set_needs_evaluation_only (StewardCommunicationsPage *self,
                                                       gboolean                   only)
{
  g_return_if_fail (STEWARD_IS_COMMUNICATIONS_PAGE (self));

  gtk_toggle_button_set_active (self->evaluation_button, only);
}

GtkWidget *
steward_communications_page_new (void)
{
  return g_object_new (STEWARD_TYPE_COMMUNICATIONS_PAGE, NULL);
}

static void
steward_communications_page_dispose (GObject *object)
{
  StewardCommunicationsPage *self = (StewardCommunicationsPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_communications_page_parent_class)->dispose (object);
}

static void
steward_communications_page_finalize (GObject *object)
{
  StewardCommunicationsPage *self = (StewardCommunicationsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);

  G_OBJECT_CLASS (steward_communications_page_parent_class)->finalize (object);
}

static void
steward_communications_page_class_init (StewardCommunicationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_communications_page_dispose;
  object_class->finalize = steward_communications_page_finalize;
  page_class->database_changed = steward_communications_page_database_changed;
  page_class->show_record = steward_communications_page_show_record;

  g_type_ensure (STEWARD_TYPE_COMMUNICATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-communications-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardCommunicationsPage, name)
  CHILD (search_entry);
  CHILD (kind_dropdown);
  CHILD (channel_dropdown);
  CHILD (approval_button);
  CHILD (evaluation_button);
  CHILD (add_button);
  CHILD (export_button);
  CHILD (summary_bar);
  CHILD (summary_label);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (search_filter);
  CHILD (choice_filter);
#undef CHILD
#define COLUMN(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (StewardCommunicationsPage, columns.field))
  COLUMN ("date_column", date);
  COLUMN ("kind_column", kind);
  COLUMN ("channel_column", channel);
  COLUMN ("officer_column", officer);
  COLUMN ("follow_up_column", follow_up);
  COLUMN ("evaluation_column", evaluation);
  COLUMN ("approval_column", approval);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, communication_search_text);
  gtk_widget_class_bind_template_callback (widget_class, communication_kind_name);
  gtk_widget_class_bind_template_callback (widget_class, communication_channel_name);
  gtk_widget_class_bind_template_callback (widget_class, communication_effectiveness_name);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_toggle_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "communications.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "communications.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "communications.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "communications.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "communications.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "communications.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "communications.delete-selected", NULL);
}

static GListModel *
new_choices (const char *all,
             GType       enum_type)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  gtk_string_list_append (choices, all);
  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (choices, enum_type == STEWARD_TYPE_CHANNEL
                                     ? steward_channel_to_string (enum_class->values[i].value)
                                     : steward_communication_kind_to_string (enum_class->values[i].value));

  return G_LIST_MODEL (choices);
}

static void
steward_communications_page_init (StewardCommunicationsPage *self)
{
  g_autoptr(GListModel) kinds = new_choices (_("All Kinds"), STEWARD_TYPE_COMMUNICATION_KIND);
  g_autoptr(GListModel) channels = new_choices (_("All Channels"), STEWARD_TYPE_CHANNEL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_model (self->kind_dropdown, kinds);
  gtk_drop_down_set_model (self->channel_dropdown, channels);

  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);

  self->cells = steward_cells_new (self);
  steward_communication_columns_set_up (&self->columns, self->cells, self);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->columns.date, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  update_actions (self);
  update_stack (self);
}
