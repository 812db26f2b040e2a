/* steward-meetings-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-meetings-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-meeting-columns.h"
#include "steward-meetings-page.h"
#include "steward-source-actions.h"
#include "widgets/steward-register-util.h"

#include "export/steward-register-export.h"

/* Communications > Meetings: the meetings across units (procedure
 * 5.7.1.2), each with its notice (topic, time, place, attendees) and its
 * record (the decisions and the actions followed up). A meeting held
 * without a record of its decisions is due. GTK's own chain over the
 * store's list: record list → filter (search as you type, upcoming or
 * past, record due) → sort (by the column the user clicks) → selection →
 * column view. */
struct _StewardMeetingsPage
{
  StewardPage           parent_instance;

  StewardRecordList    *meetings;
  StewardRecordList    *people;
  StewardActionCounts  *counts;
  GSettings            *settings;
  StewardCells         *cells;

  GtkSearchEntry       *search_entry;
  GtkDropDown          *when_dropdown;
  GtkToggleButton      *record_due_button;
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
  StewardMeetingColumns columns;
};

G_DEFINE_FINAL_TYPE (StewardMeetingsPage, steward_meetings_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardMeetingsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

/* How dates are shown: the calendar of the preferences. */
StewardCalendar
steward_meetings_page_get_calendar (StewardMeetingsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_MEETINGS_PAGE (self), STEWARD_CALENDAR_GREGORIAN);

  return g_settings_get_enum (self->settings, "calendar");
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
}

/**
 * steward_meeting_is_record_due:
 *
 * Returns: whether @meeting has started by @now and its decisions are not
 *   recorded yet (5.7.1.2: "會議完成後應將所討論事項及討論結果記錄在會議紀錄中")
 */
gboolean
steward_meeting_is_record_due (StewardMeeting *meeting,
                               GDateTime      *now)
{
  GDateTime *starts;

  g_return_val_if_fail (STEWARD_IS_MEETING (meeting), FALSE);

  starts = steward_meeting_get_starts_at (meeting);

  return starts != NULL && g_date_time_compare (starts, now) <= 0 && is_blank (steward_meeting_get_decisions (meeting));
}

static gboolean
is_record_due (StewardMeeting *meeting)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return steward_meeting_is_record_due (meeting, now);
}

/**
 * steward_meetings_page_get_n_actions:
 * @n_active: (out) (optional): how many of them are still open or in
 *   progress
 *
 * Returns: how many follow-up actions come from @meeting
 */
guint
steward_meetings_page_get_n_actions (StewardMeetingsPage *self,
                                     StewardMeeting      *meeting,
                                     guint               *n_active)
{
  g_return_val_if_fail (STEWARD_IS_MEETINGS_PAGE (self), 0);
  g_return_val_if_fail (STEWARD_IS_MEETING (meeting), 0);

  if (self->counts == NULL)
    {
      if (n_active != NULL)
        *n_active = 0;
      return 0;
    }

  return steward_action_counts_get (self->counts, steward_record_get_id (STEWARD_RECORD (meeting)), n_active);
}

/* Closures of the template */

static char *
meeting_search_text (GObject    *item,
                     const char *topic,
                     const char *place,
                     const char *attendees,
                     const char *decisions)
{
  return g_strjoin ("\n", topic ?: "", place ?: "", attendees ?: "", decisions ?: "", NULL);
}

static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardMeetingsPage *self = user_data;
  StewardMeeting *meeting = item;
  guint when = gtk_drop_down_get_selected (self->when_dropdown);

  if (when == STEWARD_MEETING_WHEN_UPCOMING || when == STEWARD_MEETING_WHEN_PAST)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      GDateTime *starts = steward_meeting_get_starts_at (meeting);
      gboolean upcoming = starts != NULL && g_date_time_compare (starts, now) > 0;

      if (upcoming != (when == STEWARD_MEETING_WHEN_UPCOMING))
        return FALSE;
    }

  if (gtk_toggle_button_get_active (self->record_due_button) && !is_record_due (meeting))
    return FALSE;

  return TRUE;
}

/* What the page shows around the list */

static void
update_summary (StewardMeetingsPage *self)
{
  guint n = self->meetings != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->meetings)) : 0;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  guint n_due = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);

      n_due += steward_meeting_is_record_due (meeting, now);
    }

  gtk_widget_set_visible (self->summary_bar, n_due > 0);
  if (n_due == 0)
    return;

  /* TRANSLATORS: the line above the list of meetings across units */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u meeting held without a record of its decisions",
                                       "%u meetings held without a record of their decisions",
                                       n_due),
                          n_due);
  gtk_label_set_label (self->summary_label, text);
}

static void
update_stack (StewardMeetingsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->meetings),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardMeetingsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.delete-selected", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.export", get_database (self) != NULL);
  /* A menu of disabled items only would say nothing. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

static void
refresh (StewardMeetingsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_items_changed_cb (GListModel          *model,
                     guint                position,
                     guint                removed,
                     guint                added,
                     StewardMeetingsPage *self)
{
  update_stack (self);
}

static void
on_meetings_changed_cb (GListModel          *model,
                        guint                position,
                        guint                removed,
                        guint                added,
                        StewardMeetingsPage *self)
{
  update_summary (self);
  update_stack (self);
}

/* A meeting edited in place is the same object with new values; an
 * action changed changes the counts. */
static void
on_table_changed_cb (StewardDatabase     *db,
                     const char * const  *tables,
                     StewardMeetingsPage *self)
{
  if (g_strv_contains (tables, "action_item") && self->counts != NULL)
    steward_action_counts_update (self->counts);
  refresh (self);
}

static void
on_filter_changed_cb (GObject             *object,
                      GParamSpec          *pspec,
                      StewardMeetingsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_toggle_cb (GtkToggleButton     *button,
              StewardMeetingsPage *self)
{
  on_filter_changed_cb (G_OBJECT (button), NULL, self);
}

static void
on_selection_changed_cb (GtkSingleSelection  *selection,
                         GParamSpec          *pspec,
                         StewardMeetingsPage *self)
{
  update_actions (self);
}

static void
on_calendar_changed_cb (GSettings           *settings,
                        const char          *key,
                        StewardMeetingsPage *self)
{
  steward_cells_refresh (self->cells);
}

/* Deleting, with undo */

/**
 * steward_meetings_page_delete_meeting:
 *
 * Deletes @meeting and shows a toast that can undo it. Its actions stay
 * in the Actions register; undoing brings their source back.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the
 *   meeting could not be deleted (a toast then says why)
 */
AdwToast *
steward_meetings_page_delete_meeting (StewardMeetingsPage *self,
                                      StewardMeeting      *meeting)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autofree char *title = NULL;

  g_return_val_if_fail (STEWARD_IS_MEETINGS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_MEETING (meeting), NULL);

  if (get_database (self) == NULL)
    return NULL;

  g_ptr_array_add (records, meeting);
  /* TRANSLATORS: a toast after deleting a meeting; %s is its topic */
  title = g_strdup_printf (_("Meeting “%s” deleted"), steward_meeting_get_topic (meeting));

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, title);
}

/* The editor */

static void
on_delete_requested_cb (StewardMeetingEditor *editor,
                        StewardMeeting       *meeting,
                        StewardMeetingsPage  *self)
{
  steward_meetings_page_delete_meeting (self, meeting);
}

/**
 * steward_meetings_page_open_editor:
 * @meeting: (nullable): the meeting to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the editor, shown; %NULL when the
 *   database cannot be changed
 */
StewardMeetingEditor *
steward_meetings_page_open_editor (StewardMeetingsPage *self,
                                   StewardMeeting      *meeting)
{
  StewardMeetingEditor *editor;

  g_return_val_if_fail (STEWARD_IS_MEETINGS_PAGE (self), NULL);
  g_return_val_if_fail (meeting == NULL || STEWARD_IS_MEETING (meeting), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_meeting_editor_new (get_database (self), meeting, G_LIST_MODEL (self->people));
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView       *column_view,
                guint                position,
                StewardMeetingsPage *self)
{
  g_autoptr(StewardMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (meeting != NULL)
    steward_meetings_page_open_editor (self, meeting);
}

/* Exporting */

/**
 * steward_meetings_page_export:
 * @path: a .csv or .xlsx file
 *
 * Writes the register, every row, as CSV or XLSX.
 *
 * Returns: whether the file was written
 */
gboolean
steward_meetings_page_export (StewardMeetingsPage  *self,
                              const char           *path,
                              GError              **error)
{
  g_return_val_if_fail (STEWARD_IS_MEETINGS_PAGE (self), FALSE);

  return steward_register_export_page (GTK_WIDGET (self), "meetings", path, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_meetings_page_export (STEWARD_MEETINGS_PAGE (widget), path, error);
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
  name = g_strdup_printf ("%s %s.%s", steward_register_export_get_title ("meetings"), date,
                          g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the Register"), name, write_export);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_meetings_page_open_editor (STEWARD_MEETINGS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardMeetingsPage *self = STEWARD_MEETINGS_PAGE (widget);
  StewardMeeting *meeting = gtk_single_selection_get_selected_item (self->selection);

  if (meeting != NULL && steward_page_can_write (STEWARD_PAGE (self)))
    steward_meetings_page_delete_meeting (self, meeting);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_MEETINGS_PAGE (widget)->search_entry));
}

/* The database */

static void
drop_database (StewardMeetingsPage *self)
{
  if (self->meetings != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->meetings, on_meetings_changed_cb, self);
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->meetings),
                                            on_table_changed_cb, self);
    }
  g_clear_object (&self->meetings);
  g_clear_object (&self->people);
  g_clear_pointer (&self->counts, steward_action_counts_free);
}

static void
steward_meetings_page_database_changed (StewardPage     *page,
                                        StewardDatabase *db)
{
  StewardMeetingsPage *self = STEWARD_MEETINGS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();
      g_autoptr(StewardQuery) people_query = steward_query_new ();

      steward_query_order_by (query, "starts_at", TRUE);
      self->meetings = steward_record_list_new (db, STEWARD_TYPE_MEETING, query);
      steward_query_order_by (people_query, "name", FALSE);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);
      self->counts = steward_action_counts_new (db, STEWARD_ACTION_SOURCE_MEETING);

      g_signal_connect (self->meetings, "items-changed", G_CALLBACK (on_meetings_changed_cb), self);
      /* After the lists' own handlers, which read the rows again. */
      g_signal_connect_object (db, "changed::meeting", G_CALLBACK (on_table_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::action_item", G_CALLBACK (on_table_changed_cb), self, 0);
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->meetings));
  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardMeetingsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->when_dropdown, STEWARD_MEETING_WHEN_ALL);
  gtk_toggle_button_set_active (self->record_due_button, FALSE);
}

/* Brings a meeting into view: the filters that hide it are cleared, the
 * row is selected and scrolled to; nothing opens. */
static void
steward_meetings_page_show_record (StewardPage *page,
                                   gint64       id)
{
  StewardMeetingsPage *self = STEWARD_MEETINGS_PAGE (page);

  if (self->meetings == NULL || steward_record_list_find (self->meetings, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_meetings_page_get_visible_model:
 *
 * Returns: (transfer none): the meetings as shown: searched, filtered and
 *   sorted
 */
GListModel *
steward_meetings_page_get_visible_model (StewardMeetingsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_MEETINGS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_meetings_page_set_search (StewardMeetingsPage *self,
                                  const char          *text)
{
  g_return_if_fail (STEWARD_IS_MEETINGS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

void
steward_meetings_page_set_when_filter (StewardMeetingsPage *self,
                                       StewardMeetingWhen   when)
{
  g_return_if_fail (STEWARD_IS_MEETINGS_PAGE (self));

  gtk_drop_down_set_selected (self->when_dropdown, when);
}

void
steward_meetings_page_set_record_due_only (StewardMeetingsPage *self,
                                           gboolean             only)
{
  g_return_if_fail (STEWARD_IS_MEETINGS_PAGE (self));

  gtk_toggle_button_set_active (self->record_due_button, only);
}

GtkWidget *
steward_meetings_page_new (void)
{
  return g_object_new (STEWARD_TYPE_MEETINGS_PAGE, NULL);
}

static void
steward_meetings_page_dispose (GObject *object)
{
  StewardMeetingsPage *self = (StewardMeetingsPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_meetings_page_parent_class)->dispose (object);
}

static void
steward_meetings_page_finalize (GObject *object)
{
  StewardMeetingsPage *self = (StewardMeetingsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);

  G_OBJECT_CLASS (steward_meetings_page_parent_class)->finalize (object);
}

static void
steward_meetings_page_class_init (StewardMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_meetings_page_dispose;
  object_class->finalize = steward_meetings_page_finalize;
  page_class->database_changed = steward_meetings_page_database_changed;
  page_class->show_record = steward_meetings_page_show_record;

  g_type_ensure (STEWARD_TYPE_MEETING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-meetings-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardMeetingsPage, name)
  CHILD (search_entry);
  CHILD (when_dropdown);
  CHILD (record_due_button);
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
                                             G_STRUCT_OFFSET (StewardMeetingsPage, columns.field))
  COLUMN ("starts_column", starts);
  COLUMN ("attendees_column", attendees);
  COLUMN ("decisions_column", decisions);
  COLUMN ("actions_column", actions);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, meeting_search_text);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_toggle_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "meetings.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "meetings.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "meetings.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "meetings.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "meetings.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "meetings.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "meetings.delete-selected", NULL);
}

static void
steward_meetings_page_init (StewardMeetingsPage *self)
{
  g_autoptr(GtkStringList) whens = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of StewardMeetingWhen. */
  gtk_string_list_append (whens, _("All Meetings"));
  gtk_string_list_append (whens, _("Upcoming"));
  gtk_string_list_append (whens, _("Held"));
  gtk_drop_down_set_model (self->when_dropdown, G_LIST_MODEL (whens));

  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);

  self->cells = steward_cells_new (self);
  steward_meeting_columns_set_up (&self->columns, self->cells, self);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->columns.starts, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  update_actions (self);
  update_stack (self);
}
