/* steward-projects-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-projects-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "steward-project-columns.h"
#include "steward-projects-page.h"
#include "widgets/steward-register-util.h"

/* Projects: the projects of procedure 5.8, each with whether security is
 * written into its requirements or contract (5.8.1), its risk assessment
 * at the start (5.8.2), its security reviews (5.8.3) and its roles
 * (5.8.4). A project past its start without a risk assessment is due and
 * says so. GTK's own chain over the store's list: record list → filter
 * (search as you type, phase, due) → sort (by the column the user clicks)
 * → selection → column view. */
struct _StewardProjectsPage
{
  StewardPage            parent_instance;

  StewardProjectIndex   *index;
  GSettings             *settings;
  StewardCells          *cells;

  GtkSearchEntry        *search_entry;
  GtkDropDown           *phase_dropdown;
  GtkToggleButton       *due_button;
  GtkWidget             *export_button;
  GtkWidget             *summary_bar;
  GtkLabel              *summary_label;
  GtkStack              *stack;
  GtkColumnView         *column_view;
  GtkSingleSelection    *selection;
  GtkSortListModel      *sort_model;
  GtkFilterListModel    *filter_model;
  GtkStringFilter       *search_filter;
  GtkCustomFilter       *choice_filter;
  StewardProjectColumns  columns;
};

G_DEFINE_FINAL_TYPE (StewardProjectsPage, steward_projects_page, STEWARD_TYPE_PAGE)

static StewardDatabase *
get_database (StewardProjectsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static StewardCalendar
get_calendar (StewardProjectsPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static GListModel *
get_projects (StewardProjectsPage *self)
{
  return self->index != NULL ? steward_project_index_get_projects (self->index) : NULL;
}

/* The search, as typed: over names, owners, the people in a role and the
 * references. */
static char *
project_search_text (StewardProject      *project,
                     StewardProjectsPage *self)
{
  g_autofree char *people = NULL;

  if (self->index == NULL)
    return NULL;

  people = steward_project_index_dup_people (self->index, project);

  return g_strjoin ("\n",
                    steward_project_get_name (project) ?: "",
                    steward_project_get_requirements_ref (project) ?: "",
                    steward_project_get_risk_result (project) ?: "",
                    steward_project_get_notes (project) ?: "",
                    people,
                    NULL);
}

/* The filters above the list */

static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardProjectsPage *self = user_data;
  StewardProject *project = item;
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardProjectPhaseFilter phase = gtk_drop_down_get_selected (self->phase_dropdown);

  if (gtk_toggle_button_get_active (self->due_button) && !steward_project_is_risk_due (project, today))
    return FALSE;

  switch (phase)
    {
    case STEWARD_PROJECT_PHASE_RUNNING:
      return steward_project_columns_get_phase (project, today) == STEWARD_PROJECT_PHASE_RUNNING;
    case STEWARD_PROJECT_PHASE_NOT_STARTED:
      return steward_project_columns_get_phase (project, today) == STEWARD_PROJECT_PHASE_NOT_STARTED;
    case STEWARD_PROJECT_PHASE_ENDED:
      return steward_project_columns_get_phase (project, today) == STEWARD_PROJECT_PHASE_ENDED;
    case STEWARD_PROJECT_PHASE_ALL:
    default:
      return TRUE;
    }
}

/* What the page shows around the list */

/**
 * steward_projects_page_get_n_risk_due:
 *
 * Returns: how many projects are past their start without a risk
 *   assessment
 */
guint
steward_projects_page_get_n_risk_due (StewardProjectsPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  GListModel *projects;
  guint n_due = 0;

  g_return_val_if_fail (STEWARD_IS_PROJECTS_PAGE (self), 0);

  projects = get_projects (self);
  if (projects == NULL)
    return 0;

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(StewardProject) project = g_list_model_get_item (projects, i);

      n_due += steward_project_is_risk_due (project, today);
    }

  return n_due;
}

static void
update_summary (StewardProjectsPage *self)
{
  guint n_due = steward_projects_page_get_n_risk_due (self);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->summary_bar, n_due > 0);
  if (n_due == 0)
    return;

  /* TRANSLATORS: the line above the list of projects (procedure 5.8.2:
   * the risk assessment is done when the project starts) */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u project started without a risk assessment",
                                       "%u projects started without a risk assessment",
                                       n_due),
                          n_due);
  gtk_label_set_label (self->summary_label, text);
}

static void
update_stack (StewardProjectsPage *self)
{
  steward_register_update_stack (self->stack, get_projects (self),
                                 G_LIST_MODEL (self->filter_model));
}

static void
update_actions (StewardProjectsPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  gboolean selected = gtk_single_selection_get_selected_item (self->selection) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.delete-selected", writable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.export", get_database (self) != NULL);
  /* A menu of disabled items only would say nothing. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

/* Anything the rows show changed: a project, a review, a role, a name. The
 * filters, the order and the computed cells are looked at again. */
static void
on_index_changed_cb (gpointer user_data)
{
  StewardProjectsPage *self = user_data;

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  update_summary (self);
  update_stack (self);
  update_actions (self);
}

static void
on_items_changed_cb (GListModel          *model,
                     guint                position,
                     guint                removed,
                     guint                added,
                     StewardProjectsPage *self)
{
  update_stack (self);
}

static void
on_filter_changed_cb (GObject             *object,
                      GParamSpec          *pspec,
                      StewardProjectsPage *self)
{
  /* Before the template is set up, there is nothing to filter. */
  if (self->choice_filter == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

static void
on_due_toggled_cb (GtkToggleButton     *button,
                   StewardProjectsPage *self)
{
  on_filter_changed_cb (G_OBJECT (button), NULL, self);
}

static void
on_selection_changed_cb (GtkSingleSelection  *selection,
                         GParamSpec          *pspec,
                         StewardProjectsPage *self)
{
  update_actions (self);
}

static void
on_calendar_changed_cb (GSettings           *settings,
                        const char          *key,
                        StewardProjectsPage *self)
{
  steward_project_columns_set_calendar (&self->columns, get_calendar (self));
  steward_cells_refresh (self->cells);
}

/* Deleting, with undo */

/**
 * steward_projects_page_delete_project:
 *
 * Deletes @project with its security reviews and its roles, and shows a
 * toast that can undo it.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the
 *   project could not be deleted (a toast then says why)
 */
AdwToast *
steward_projects_page_delete_project (StewardProjectsPage *self,
                                      StewardProject      *project)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (STEWARD_IS_PROJECTS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_PROJECT (project), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)) || self->index == NULL)
    return NULL;

  /* The project first: its reviews and roles refer to it. */
  records = steward_project_index_dup_records (self->index, project);
  /* TRANSLATORS: a toast after deleting a project; %s is its name */
  title = g_strdup_printf (_("Project “%s” deleted"), steward_project_get_name (project));

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, title);
}

/* The editor */

static void
on_delete_requested_cb (StewardProjectEditor *editor,
                        StewardProject       *project,
                        StewardProjectsPage  *self)
{
  steward_projects_page_delete_project (self, project);
}

/**
 * steward_projects_page_open_editor:
 * @project: (nullable): the project to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the form, shown; %NULL when the
 *   database cannot be written
 */
StewardProjectEditor *
steward_projects_page_open_editor (StewardProjectsPage *self,
                                   StewardProject      *project)
{
  StewardProjectEditor *editor;

  g_return_val_if_fail (STEWARD_IS_PROJECTS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_project_editor_new (get_database (self), project);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView       *column_view,
                guint                position,
                StewardProjectsPage *self)
{
  g_autoptr(StewardProject) project = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (project != NULL)
    steward_projects_page_open_editor (self, project);
}

/* Exporting */

/**
 * steward_projects_page_export:
 * @path: where to write: a .xlsx or .csv file
 *
 * Writes the list of projects as it is stored (not as searched or filtered),
 * with dates in the user's calendar.
 *
 * Returns: whether the file was written
 */
gboolean
steward_projects_page_export (StewardProjectsPage *self,
                              const char          *path,
                              GError             **error)
{
  g_return_val_if_fail (STEWARD_IS_PROJECTS_PAGE (self), FALSE);

  return steward_register_export_page (GTK_WIDGET (self), "projects", path, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_projects_page_export (STEWARD_PROJECTS_PAGE (widget), path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = NULL;

  /* TRANSLATORS: the file name of the exported list of projects; the
   * first %s is a date, the second the extension */
  name = g_strdup_printf (_("Projects %s.%s"), date, g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the Projects"), name, write_export);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_projects_page_open_editor (STEWARD_PROJECTS_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardProjectsPage *self = STEWARD_PROJECTS_PAGE (widget);
  StewardProject *project = gtk_single_selection_get_selected_item (self->selection);

  if (project != NULL)
    steward_projects_page_delete_project (self, project);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_PROJECTS_PAGE (widget)->search_entry));
}

/* The database */

static void
drop_database (StewardProjectsPage *self)
{
  steward_project_columns_set_index (&self->columns, NULL);
  g_clear_pointer (&self->index, steward_project_index_free);
}

static void
steward_projects_page_database_changed (StewardPage     *page,
                                        StewardDatabase *db)
{
  StewardProjectsPage *self = STEWARD_PROJECTS_PAGE (page);

  gtk_filter_list_model_set_model (self->filter_model, NULL);
  drop_database (self);

  if (db != NULL)
    {
      self->index = steward_project_index_new (db);
      steward_project_index_set_changed_func (self->index, on_index_changed_cb, self);
      steward_project_columns_set_index (&self->columns, self->index);
    }

  gtk_filter_list_model_set_model (self->filter_model, get_projects (self));
  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardProjectsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->phase_dropdown, STEWARD_PROJECT_PHASE_ALL);
  gtk_toggle_button_set_active (self->due_button, FALSE);
}

/* Brings a project into view: the filters that hide it are cleared, the
 * row is selected and scrolled to; nothing opens. */
static void
steward_projects_page_show_record (StewardPage *page,
                                   gint64       id)
{
  StewardProjectsPage *self = STEWARD_PROJECTS_PAGE (page);

  if (self->index == NULL || !steward_project_index_has_project (self->index, id))
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_projects_page_get_visible_model:
 *
 * Returns: (transfer none): the projects as shown: searched, filtered and
 *   sorted
 */
GListModel *
steward_projects_page_get_visible_model (StewardProjectsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_PROJECTS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_projects_page_set_search (StewardProjectsPage *self,
                                  const char          *text)
{
  g_return_if_fail (STEWARD_IS_PROJECTS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

void
steward_projects_page_set_phase_filter (StewardProjectsPage       *self,
                                        StewardProjectPhaseFilter  phase)
{
  g_return_if_fail (STEWARD_IS_PROJECTS_PAGE (self));

  gtk_drop_down_set_selected (self->phase_dropdown, phase);
}

void
steward_projects_page_set_risk_due_only (StewardProjectsPage *self,
                                         gboolean             due_only)
{
  g_return_if_fail (STEWARD_IS_PROJECTS_PAGE (self));

  gtk_toggle_button_set_active (self->due_button, due_only);
}

GtkWidget *
steward_projects_page_new (void)
{
  return g_object_new (STEWARD_TYPE_PROJECTS_PAGE, NULL);
}

static void
steward_projects_page_dispose (GObject *object)
{
  StewardProjectsPage *self = (StewardProjectsPage *)object;

  if (self->filter_model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
      gtk_filter_list_model_set_model (self->filter_model, NULL);
    }
  drop_database (self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_projects_page_parent_class)->dispose (object);
}

static void
steward_projects_page_finalize (GObject *object)
{
  StewardProjectsPage *self = (StewardProjectsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);

  G_OBJECT_CLASS (steward_projects_page_parent_class)->finalize (object);
}

static void
steward_projects_page_class_init (StewardProjectsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_projects_page_dispose;
  object_class->finalize = steward_projects_page_finalize;
  page_class->database_changed = steward_projects_page_database_changed;
  page_class->show_record = steward_projects_page_show_record;

  g_type_ensure (STEWARD_TYPE_PROJECT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-projects-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardProjectsPage, name)
  CHILD (search_entry);
  CHILD (phase_dropdown);
  CHILD (due_button);
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
#define COLUMN(name) gtk_widget_class_bind_template_child_full (widget_class, #name, FALSE, \
                       G_STRUCT_OFFSET (StewardProjectsPage, columns.name))
  COLUMN (name_column);
  COLUMN (owner_column);
  COLUMN (start_column);
  COLUMN (end_column);
  COLUMN (security_column);
  COLUMN (risk_column);
  COLUMN (review_column);
  COLUMN (roles_column);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "projects.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "projects.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "projects.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "projects.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "projects.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "projects.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "projects.delete-selected", NULL);
}

static void
steward_projects_page_init (StewardProjectsPage *self)
{
  g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);
  GtkExpression *search;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  /* In the order of StewardProjectPhaseFilter. */
  gtk_string_list_append (phases, _("All Projects"));
  gtk_string_list_append (phases, C_("projects", "Running"));
  gtk_string_list_append (phases, C_("projects", "Not Started"));
  gtk_string_list_append (phases, C_("projects", "Ended"));
  gtk_drop_down_set_model (self->phase_dropdown, G_LIST_MODEL (phases));

  /* The owner's and the role holders' names are not properties of the
   * project: the search reads them from the page. */
  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                        G_CALLBACK (project_search_text), self, NULL);
  gtk_string_filter_set_expression (self->search_filter, search);
  gtk_expression_unref (search);
  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_cb, self, NULL);

  self->cells = steward_cells_new (&self->columns);
  steward_project_columns_set_calendar (&self->columns, get_calendar (self));
  steward_project_columns_init (&self->columns, self->cells);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->columns.start_column, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  update_actions (self);
  update_stack (self);
}
