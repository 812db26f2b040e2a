/* steward-actions-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-actions-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-action-progress.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-action-columns.h"
#include "steward-actions-page.h"
#include "steward-close-action-dialog.h"
#include "widgets/steward-register-util.h"


/* Actions: every follow-up item (跟催) in one list, whatever it came from
 * (a management review, a communication or meeting, a finding, a project
 * review), with its owner, due date, status, latest progress and, once
 * done, its effectiveness evaluation (成效評估, procedure 5.4.3, 5.7).
 * GTK's own chain over the store's list: record list → filter (the
 * search as you type, and Mine, Overdue, Due this month, source, owner)
 * → sort (by the column clicked) → selection → column view. */
struct _StewardActionsPage
{
  StewardPage           parent_instance;

  StewardRecordList    *actions;
  StewardRecordList    *people;
  StewardRecordList    *progress;
  GSettings            *settings;
  GtkCustomFilter      *choice_filter;
  GtkStringFilter      *search_filter;
  StewardCells         *cells;
  StewardActionLookup   lookup;
  /* The choices and the day, read once for a whole filtering of the list
   * instead of once a row: see choice_filter_cb(). */
  StewardActionFilter   cached_filter;
  GDate                 cached_today;
  gint64                cached_at;

  GtkSearchEntry       *search_entry;
  GtkToggleButton      *mine_button;
  GtkToggleButton      *overdue_button;
  GtkToggleButton      *month_button;
  GtkDropDown          *source_dropdown;
  GtkDropDown          *owner_dropdown;
  GtkWidget            *export_button;
  GtkWidget            *summary_bar;
  GtkLabel             *summary_label;
  GtkWidget            *due_badge;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkEveryFilter       *every_filter;
  StewardActionColumns  columns;
};

G_DEFINE_FINAL_TYPE (StewardActionsPage, steward_actions_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardActionsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

/* What the owner, source and progress cells show */

static void
fill_people (StewardActionsPage *self)
{
  steward_action_lookup_set_people (&self->lookup, self->people != NULL ? G_LIST_MODEL (self->people) : NULL);
}

static void
fill_progress (StewardActionsPage *self)
{
  steward_action_lookup_set_progress (&self->lookup, self->progress != NULL ? G_LIST_MODEL (self->progress) : NULL);
}

/* The search and the filters */

static gint64
get_my_person_id (StewardActionsPage *self)
{
  return g_settings_get_int64 (self->settings, "my-person-id");
}

static void
read_filter (StewardActionsPage  *self,
             StewardActionFilter *filter)
{
  guint source = gtk_drop_down_get_selected (self->source_dropdown);
  StewardRecord *owner = gtk_drop_down_get_selected_item (self->owner_dropdown);

  steward_action_filter_init (filter);
  if (gtk_toggle_button_get_active (self->mine_button))
    /* Mine without knowing who "I" am shows nobody's actions. */
    filter->mine_person_id = get_my_person_id (self) > 0 ? get_my_person_id (self) : -1;
  filter->only_overdue = gtk_toggle_button_get_active (self->overdue_button);
  filter->only_due_this_month = gtk_toggle_button_get_active (self->month_button);
  if (source > 0 && source != GTK_INVALID_LIST_POSITION)
    filter->source_kind = (int) source - 1;
  if (owner != NULL)
    filter->owner_id = steward_record_get_id (owner);
}

static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardActionsPage *self = user_data;
  gint64 now = g_get_monotonic_time ();

  /* A keystroke of the search filters thousands of rows at once: the
   * choices are read again when they change (refilter() forgets them) and
   * the day at least every second, not for each row. */
  if (self->cached_at == 0 || now - self->cached_at > G_USEC_PER_SEC)
    {
      g_autoptr(GDate) today = steward_date_new_today ();

      read_filter (self, &self->cached_filter);
      self->cached_today = *today;
      self->cached_at = now;
    }

  return steward_action_filter_match (&self->cached_filter, item, &self->cached_today);
}

static void
update_stack (StewardActionsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->actions),
                                 G_LIST_MODEL (self->filter_model));
}

static void
refilter (StewardActionsPage *self)
{
  if (self->choice_filter == NULL)
    return;

  self->cached_at = 0;
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_filter_toggled_cb (GtkToggleButton    *button,
                      StewardActionsPage *self)
{
  refilter (self);
}

static void
on_choice_changed_cb (GtkDropDown        *dropdown,
                      GParamSpec         *pspec,
                      StewardActionsPage *self)
{
  refilter (self);
}

/* Mine is who the preferences say the user is. */
static void
update_mine_button (StewardActionsPage *self)
{
  gint64 me = get_my_person_id (self);

  if (me > 0)
    {
      g_autofree char *tooltip = NULL;

      /* TRANSLATORS: the tooltip of the Mine filter, with the user's name */
      tooltip = g_strdup_printf (_("Only the actions of %s"), steward_action_lookup_owner (&self->lookup, me));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->mine_button), tooltip);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->mine_button),
                                 _("Only your actions: say who you are in Preferences first"));
}

static void
on_settings_changed_cb (GSettings          *settings,
                        const char         *key,
                        StewardActionsPage *self)
{
  if (g_str_equal (key, "calendar"))
    self->lookup.calendar = g_settings_get_enum (settings, "calendar");
  update_mine_button (self);
  steward_cells_refresh (self->cells);
  refilter (self);
}

/* The line above the list */

/**
 * steward_actions_page_get_n_overdue:
 *
 * Returns: how many actions are past their due date and not done
 */
guint
steward_actions_page_get_n_overdue (StewardActionsPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  g_return_val_if_fail (STEWARD_IS_ACTIONS_PAGE (self), 0);

  if (self->actions == NULL)
    return 0;

  return steward_actions_count_overdue (G_LIST_MODEL (self->actions), today);
}

static void
update_summary (StewardActionsPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *text = NULL;
  guint n = self->actions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->actions)) : 0;

  gtk_widget_set_visible (self->summary_bar, n > 0);
  gtk_widget_set_visible (self->due_badge, steward_actions_page_get_n_overdue (self) > 0);
  if (n == 0)
    return;

  text = steward_action_columns_dup_summary (G_LIST_MODEL (self->actions), today);
  gtk_label_set_label (self->summary_label, text);
}

/* An action saved is the same object with new values: the filters, the
 * order and the cells look at it again. */
static void
on_database_changed_cb (StewardDatabase    *db,
                        const char * const *tables,
                        StewardActionsPage *self)
{
  if (g_strv_contains (tables, "person"))
    {
      fill_people (self);
      update_mine_button (self);
    }
  if (g_strv_contains (tables, "action_progress"))
    fill_progress (self);

  self->cached_at = 0;
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
}

static void
on_filtered_changed_cb (GListModel         *model,
                        guint               position,
                        guint               removed,
                        guint               added,
                        StewardActionsPage *self)
{
  update_stack (self);
}

/* Deleting, with undo */

/**
 * steward_actions_page_delete_action:
 *
 * Deletes @action with its progress notes, and shows a toast that can
 * undo it.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the action
 *   could not be deleted (a toast then says why)
 */
AdwToast *
steward_actions_page_delete_action (StewardActionsPage *self,
                                    StewardActionItem  *action)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_ACTIONS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), NULL);
  g_return_val_if_fail (get_database (self) != NULL, NULL);

  /* The action first: its notes refer to it, and go before it. */
  id = steward_record_get_id (STEWARD_RECORD (action));
  g_ptr_array_add (records, g_object_ref (action));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->progress)); i++)
    {
      g_autoptr(StewardActionProgress) progress = g_list_model_get_item (G_LIST_MODEL (self->progress), i);

      if (steward_action_progress_get_action_id (progress) == id)
        g_ptr_array_add (records, g_object_ref (progress));
    }

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, _("Action deleted"));
}

static void
on_delete_requested_cb (StewardActionEditor *editor,
                        StewardActionItem   *action,
                        StewardActionsPage  *self)
{
  steward_actions_page_delete_action (self, action);
}

/**
 * steward_actions_page_open_editor:
 * @action: (nullable): the action to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the form, or %NULL when the
 *   database cannot be written
 */
StewardActionEditor *
steward_actions_page_open_editor (StewardActionsPage *self,
                                  StewardActionItem  *action)
{
  StewardActionEditor *editor;

  g_return_val_if_fail (STEWARD_IS_ACTIONS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_action_editor_new (get_database (self), action);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

/**
 * steward_actions_page_open_close_dialog:
 *
 * Opens "Close Action…" for @action: done, with its effectiveness
 * evaluation.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when the
 *   database cannot be written or the action is not saved
 */
GtkWindow *
steward_actions_page_open_close_dialog (StewardActionsPage *self,
                                        StewardActionItem  *action)
{
  StewardCloseActionDialog *dialog;

  g_return_val_if_fail (STEWARD_IS_ACTIONS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)) || steward_record_get_id (STEWARD_RECORD (action)) <= 0)
    return NULL;

  dialog = steward_close_action_dialog_new (get_database (self), action);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
on_activate_cb (GtkColumnView      *column_view,
                guint               position,
                StewardActionsPage *self)
{
  g_autoptr(StewardActionItem) action = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (action != NULL)
    steward_actions_page_open_editor (self, action);
}

/* Exporting */

/**
 * steward_actions_page_export:
 * @path: a .xlsx or .csv file
 *
 * Writes every action as stored (not as searched or filtered), with dates
 * in the calendar of the preferences.
 *
 * Returns: whether the file was written
 */
gboolean
steward_actions_page_export (StewardActionsPage  *self,
                             const char          *path,
                             GError             **error)
{
  g_return_val_if_fail (STEWARD_IS_ACTIONS_PAGE (self), FALSE);

  return steward_register_export_page (GTK_WIDGET (self), "actions", path, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_actions_page_export (STEWARD_ACTIONS_PAGE (widget), path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = NULL;

  /* TRANSLATORS: the file name of the exported list of actions; the
   * first %s is a date, the second the extension */
  name = g_strdup_printf (_("Actions %s.%s"), date, g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the Actions"), name, write_export);
}

/* Actions of the page */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_actions_page_open_editor (STEWARD_ACTIONS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardActionsPage *self = STEWARD_ACTIONS_PAGE (widget);
  StewardActionItem *action = gtk_single_selection_get_selected_item (self->selection);

  if (action != NULL && steward_page_can_write (STEWARD_PAGE (self)))
    steward_actions_page_delete_action (self, action);
}

static void
close_selected_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  StewardActionsPage *self = STEWARD_ACTIONS_PAGE (widget);
  StewardActionItem *action = gtk_single_selection_get_selected_item (self->selection);

  if (action != NULL)
    steward_actions_page_open_close_dialog (self, action);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_ACTIONS_PAGE (widget)->search_entry));
}

static void
update_actions (StewardActionsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  StewardActionItem *selected = gtk_single_selection_get_selected_item (self->selection);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.delete-selected", writable && selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.close-selected",
                                 writable && selected != NULL &&
                                 steward_action_item_get_status (selected) != STEWARD_ACTION_CANCELLED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "actions.export",
                                 get_database (self) != NULL);
  /* A menu button is not an actionable: it follows its items by hand. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         StewardActionsPage *self)
{
  update_actions (self);
}

/* The page */

/* The owner filter offers "Everyone", then the people by name. */
static void
set_owner_choices (StewardActionsPage *self)
{
  g_autoptr(GListStore) everyone_store = g_list_store_new (STEWARD_TYPE_PERSON);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(StewardPerson) everyone = steward_person_new ();
  g_autoptr(GtkFlattenListModel) choices = NULL;

  /* Never saved: id 0, which the filter takes as anyone. */
  g_object_set (everyone, "name", _("Everyone"), NULL);
  g_list_store_append (everyone_store, everyone);
  g_list_store_append (parts, everyone_store);
  if (self->people != NULL)
    g_list_store_append (parts, self->people);

  choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
}

static void
drop_database (StewardActionsPage *self)
{
  if (self->actions != NULL)
    g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->actions),
                                          on_database_changed_cb, self);
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  g_clear_object (&self->actions);
  g_clear_object (&self->people);
  g_clear_object (&self->progress);
  self->lookup.db = NULL;
}

static void
steward_actions_page_database_changed (StewardPage     *page,
                                       StewardDatabase *db)
{
  StewardActionsPage *self = STEWARD_ACTIONS_PAGE (page);

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();
      g_autoptr(StewardQuery) people_query = steward_query_new ();
      g_autoptr(StewardQuery) progress_query = steward_query_new ();

      steward_query_order_by (query, "due_date", FALSE);
      steward_query_order_by (query, "id", FALSE);
      steward_query_order_by (people_query, "name", FALSE);
      steward_query_order_by (progress_query, "noted_on", FALSE);
      steward_query_order_by (progress_query, "id", FALSE);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);
      self->progress = steward_record_list_new (db, STEWARD_TYPE_ACTION_PROGRESS, progress_query);
      self->actions = steward_record_list_new (db, STEWARD_TYPE_ACTION_ITEM, query);
      self->lookup.db = db;
      /* After the lists have read their tables again. */
      g_signal_connect_object (db, "changed::action_item", G_CALLBACK (on_database_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::action_progress", G_CALLBACK (on_database_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::person", G_CALLBACK (on_database_changed_cb), self, 0);
    }

  fill_people (self);
  fill_progress (self);
  set_owner_choices (self);
  update_mine_button (self);
  if (self->actions != NULL)
    gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->actions));

  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardActionsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_toggle_button_set_active (self->mine_button, FALSE);
  gtk_toggle_button_set_active (self->overdue_button, FALSE);
  gtk_toggle_button_set_active (self->month_button, FALSE);
  gtk_drop_down_set_selected (self->source_dropdown, 0);
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
}

/* Selects the action and scrolls to it; the search and the filters make
 * way when they hide it. Nothing else opens. */
static void
steward_actions_page_show_record (StewardPage *page,
                                  gint64       id)
{
  StewardActionsPage *self = STEWARD_ACTIONS_PAGE (page);

  if (self->actions == NULL || steward_record_list_find (self->actions, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/**
 * steward_actions_page_get_visible_model:
 *
 * Returns: (transfer none): the actions as shown: filtered, searched and
 *   sorted
 */
GListModel *
steward_actions_page_get_visible_model (StewardActionsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_ACTIONS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_actions_page_set_search (StewardActionsPage *self,
                                 const char         *text)
{
  g_return_if_fail (STEWARD_IS_ACTIONS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

GtkWidget *
steward_actions_page_new (void)
{
  return g_object_new (STEWARD_TYPE_ACTIONS_PAGE, NULL);
}

static void
steward_actions_page_dispose (GObject *object)
{
  StewardActionsPage *self = (StewardActionsPage *)object;

  if (self->filter_model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->filter_model, on_filtered_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed_cb, self);
      drop_database (self);
    }

  /* AdwBin disposes its child, the template's root. */

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_settings_changed_cb, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->choice_filter);
  g_clear_object (&self->search_filter);

  G_OBJECT_CLASS (steward_actions_page_parent_class)->dispose (object);
}

static void
steward_actions_page_finalize (GObject *object)
{
  StewardActionsPage *self = (StewardActionsPage *)object;

  g_clear_pointer (&self->cells, steward_cells_free);
  g_clear_pointer (&self->lookup.people, g_hash_table_unref);
  g_clear_pointer (&self->lookup.progress, g_hash_table_unref);

  G_OBJECT_CLASS (steward_actions_page_parent_class)->finalize (object);
}

static void
steward_actions_page_class_init (StewardActionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_actions_page_dispose;
  object_class->finalize = steward_actions_page_finalize;
  page_class->database_changed = steward_actions_page_database_changed;
  page_class->show_record = steward_actions_page_show_record;

  g_type_ensure (STEWARD_TYPE_ACTION_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-actions-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardActionsPage, name)
  CHILD (search_entry);
  CHILD (mine_button);
  CHILD (overdue_button);
  CHILD (month_button);
  CHILD (source_dropdown);
  CHILD (owner_dropdown);
  CHILD (export_button);
  CHILD (summary_bar);
  CHILD (summary_label);
  CHILD (due_badge);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (every_filter);
#undef CHILD
#define COLUMN(name) \
  gtk_widget_class_bind_template_child_full (widget_class, #name "_column", FALSE, \
                                             G_STRUCT_OFFSET (StewardActionsPage, columns.name))
  COLUMN (title);
  COLUMN (owner);
  COLUMN (due);
  COLUMN (status);
  COLUMN (source);
  COLUMN (progress);
  COLUMN (effectiveness);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "actions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "actions.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "actions.close-selected", NULL, close_selected_action);
  gtk_widget_class_install_action (widget_class, "actions.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "actions.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "actions.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "actions.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "actions.delete-selected", NULL);
}

static void
steward_actions_page_init (StewardActionsPage *self)
{
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) source_class = g_type_class_ref (STEWARD_TYPE_ACTION_SOURCE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->lookup.people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->lookup.progress = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->lookup.calendar = g_settings_get_enum (self->settings, "calendar");

  /* After "All sources", the positions are the enum's values plus one. */
  gtk_string_list_append (sources, _("All sources"));
  for (guint i = 0; i < source_class->n_values; i++)
    gtk_string_list_append (sources, steward_action_source_to_string (source_class->values[i].value));
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));
  {
    /* The drop-down takes a reference of its own. */
    g_autoptr(GtkExpression) owner_name = gtk_property_expression_new (STEWARD_TYPE_PERSON, NULL, "name");

    gtk_drop_down_set_expression (self->owner_dropdown, owner_name);
  }

  self->search_filter = gtk_string_filter_new (steward_action_columns_new_search_expression (&self->lookup));
  gtk_string_filter_set_ignore_case (self->search_filter, TRUE);
  gtk_string_filter_set_match_mode (self->search_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  g_object_bind_property (self->search_entry, "text", self->search_filter, "search", G_BINDING_SYNC_CREATE);
  self->choice_filter = gtk_custom_filter_new (choice_filter_cb, self, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every_filter), g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every_filter), g_object_ref (GTK_FILTER (self->choice_filter)));

  self->cells = steward_cells_new (&self->lookup);
  steward_action_columns_set_up (&self->columns, self->cells, &self->lookup);
  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  /* The earliest due first, with the column header showing it. */
  gtk_column_view_sort_by_column (self->column_view, self->columns.due, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_filtered_changed_cb), self);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect (self->settings, "changed::calendar", G_CALLBACK (on_settings_changed_cb), self);
  g_signal_connect (self->settings, "changed::my-person-id", G_CALLBACK (on_settings_changed_cb), self);

  set_owner_choices (self);
  update_mine_button (self);
  update_actions (self);
  update_stack (self);
}
