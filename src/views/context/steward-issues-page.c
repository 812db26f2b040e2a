/* steward-issues-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-issues-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-context-export.h"
#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "model/steward-record-list.h"
#include "steward-import-dialog.h"
#include "steward-issue-columns.h"
#include "steward-issues-page.h"
#include "widgets/steward-register-util.h"

/* Context > Issues: the internal and external issues of procedure 5.1.3,
 * with their effect on the ISMS and where they came from. GTK's own chain
 * over the store's list: record list → filter (the search as you type and
 * the choices above the list) → sort (by the column the user clicks) →
 * selection → column view. Retired issues stay, so that the yearly review
 * sees what changed, but are hidden unless asked for. */
struct _StewardIssuesPage
{
  StewardPage           parent_instance;

  StewardRecordList    *issues;
  GSettings            *settings;
  GtkCustomFilter      *choice_filter;
  GArray               *category_choices;  /* StewardIssueCategory after "All categories" */

  GtkSearchEntry       *search_entry;
  GtkDropDown          *scope_dropdown;
  GtkDropDown          *category_dropdown;
  GtkDropDown          *status_dropdown;
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
  StewardIssueColumns   columns;

  StewardCalendar       calendar;
};

G_DEFINE_FINAL_TYPE (StewardIssuesPage, steward_issues_page, STEWARD_TYPE_PAGE)

enum {
  PROP_0,
  PROP_CALENDAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The choices of the scope filter. */
enum {
  SCOPE_ALL,
  SCOPE_INTERNAL,
  SCOPE_EXTERNAL,
};

static StewardCalendar
get_calendar (StewardIssuesPage *self)
{
  return self->calendar;
}

static StewardDatabase *
get_database (StewardIssuesPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static char *
issue_search_text (GObject    *item,
                   const char *description,
                   const char *effect,
                   const char *source_ref,
                   const char *notes)
{
  return g_strjoin ("\n", description ?: "", effect ?: "", source_ref ?: "", notes ?: "", NULL);
}

/* The filters above the list */

static gboolean
choice_filter_cb (gpointer item,
                  gpointer user_data)
{
  StewardIssuesPage *self = user_data;
  StewardContextIssue *issue = item;
  StewardIssueStatus status = steward_context_issue_get_status (issue);
  guint scope = gtk_drop_down_get_selected (self->scope_dropdown);
  guint category = gtk_drop_down_get_selected (self->category_dropdown);

  if ((scope == SCOPE_INTERNAL && steward_context_issue_get_scope (issue) != STEWARD_SCOPE_INTERNAL) ||
      (scope == SCOPE_EXTERNAL && steward_context_issue_get_scope (issue) != STEWARD_SCOPE_EXTERNAL))
    return FALSE;

  if (category > 0 && category <= self->category_choices->len &&
      steward_context_issue_get_category (issue) != g_array_index (self->category_choices, StewardIssueCategory, category - 1))
    return FALSE;

  switch ((StewardIssueStatusFilter) gtk_drop_down_get_selected (self->status_dropdown))
    {
    case STEWARD_ISSUE_FILTER_OPEN:
      return status == STEWARD_ISSUE_STATUS_OPEN;
    case STEWARD_ISSUE_FILTER_MONITORED:
      return status == STEWARD_ISSUE_STATUS_MONITORED;
    case STEWARD_ISSUE_FILTER_RETIRED:
      return status == STEWARD_ISSUE_STATUS_RETIRED;
    case STEWARD_ISSUE_FILTER_ALL:
      return TRUE;
    case STEWARD_ISSUE_FILTER_CURRENT:
    default:
      return status != STEWARD_ISSUE_STATUS_RETIRED;
    }
}

/* The category filter offers the categories of the scope chosen. */
static void
fill_category_choices (StewardIssuesPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint scope = gtk_drop_down_get_selected (self->scope_dropdown);
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);
  StewardIssueCategory kept = 0;
  gboolean keep = selected > 0 && selected <= self->category_choices->len;
  guint new_selected = 0;

  if (keep)
    kept = g_array_index (self->category_choices, StewardIssueCategory, selected - 1);

  g_array_set_size (self->category_choices, 0);
  gtk_string_list_append (names, _("All categories"));
  for (StewardIssueCategory c = STEWARD_ISSUE_NATIONAL; c <= STEWARD_ISSUE_STANDARDS_CONTRACTS; c++)
    {
      gboolean external = steward_issue_category_is_external (c);

      if ((scope == SCOPE_INTERNAL && external) || (scope == SCOPE_EXTERNAL && !external))
        continue;
      g_array_append_val (self->category_choices, c);
      gtk_string_list_append (names, steward_issue_category_to_string (c));
      if (keep && c == kept)
        new_selected = self->category_choices->len;
    }

  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->category_dropdown, new_selected);
}

static void
on_choice_changed_cb (GtkDropDown       *dropdown,
                      GParamSpec        *pspec,
                      StewardIssuesPage *self)
{
  /* Before the template is set up, there is nothing to filter. */
  if (self->choice_filter == NULL)
    return;

  if (dropdown == self->scope_dropdown)
    fill_category_choices (self);

  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The state of the register */

static void
update_summary (StewardIssuesPage *self)
{
  g_autoptr(StewardRegisterStatus) status = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint counts[STEWARD_ISSUE_STATUS_RETIRED + 1] = { 0, };
  guint n = self->issues != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->issues)) : 0;

  gtk_widget_set_visible (self->summary_bar, n > 0);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardContextIssue) issue = g_list_model_get_item (G_LIST_MODEL (self->issues), i);

      counts[MIN (steward_context_issue_get_status (issue), STEWARD_ISSUE_STATUS_RETIRED)]++;
    }

  /* TRANSLATORS: how many issues the register holds in each status */
  g_string_printf (text, _("%u open, %u monitored, %u retired."),
                   counts[STEWARD_ISSUE_STATUS_OPEN], counts[STEWARD_ISSUE_STATUS_MONITORED],
                   counts[STEWARD_ISSUE_STATUS_RETIRED]);

  /* The yearly review (5.2) of the register, as the Yearly Review page
   * tells it. */
  status = steward_context_register_status (get_database (self), STEWARD_REGISTER_ISSUES,
                                            today, get_calendar (self), &error);
  if (status == NULL)
    g_warning ("Could not tell whether the issues are due for review: %s", error->message);
  else if (steward_register_status_get_due (status))
    {
      g_autofree char *counts_text = g_string_free (g_steal_pointer (&text), FALSE);

      /* TRANSLATORS: how many issues the register holds, then why it is
       * due for its yearly review, such as “Never reviewed” */
      text = g_string_new (NULL);
      g_string_printf (text, _("%s Due for review: %s."), counts_text, steward_register_status_get_reason (status));
    }

  gtk_label_set_label (self->summary_label, text->str);
  gtk_widget_set_visible (self->due_badge, status != NULL && steward_register_status_get_due (status));
}

static void
update_stack (StewardIssuesPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->issues),
                                 G_LIST_MODEL (self->filter_model));
}

static void
on_filtered_changed_cb (GListModel        *model,
                        guint              position,
                        guint              removed,
                        guint              added,
                        StewardIssuesPage *self)
{
  update_stack (self);
}

/* An issue saved is the same object with new values: the filters and the
 * order see them only when asked to look again. A review or an
 * organizational change changes what is due. */
static void
on_database_changed_cb (StewardDatabase    *db,
                        const char * const *tables,
                        StewardIssuesPage  *self)
{
  if (g_strv_contains (tables, "context_issue"))
    {
      gtk_filter_changed (GTK_FILTER (self->every_filter), GTK_FILTER_CHANGE_DIFFERENT);
      gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
    }

  update_summary (self);
}

/* The dates of the list and of the summary follow the preferences. */
static void
set_calendar (StewardIssuesPage *self,
              StewardCalendar    calendar)
{
  if (self->calendar == calendar)
    return;

  self->calendar = calendar;
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALENDAR]);
}

/* Deleting, with undo */

/**
 * steward_issues_page_delete_issue:
 *
 * Deletes @issue and shows a toast that can undo it. (An issue that no
 * longer applies is better retired: the review then sees it went.)
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when the issue
 *   could not be deleted (a toast then says why)
 */
AdwToast *
steward_issues_page_delete_issue (StewardIssuesPage   *self,
                                  StewardContextIssue *issue)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  g_return_val_if_fail (STEWARD_IS_ISSUES_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_CONTEXT_ISSUE (issue), NULL);
  g_return_val_if_fail (get_database (self) != NULL, NULL);

  g_ptr_array_add (records, issue);

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, _("Issue deleted"));
}

static void
on_delete_requested_cb (StewardIssueEditor  *editor,
                        StewardContextIssue *issue,
                        StewardIssuesPage   *self)
{
  steward_issues_page_delete_issue (self, issue);
}

/**
 * steward_issues_page_open_editor:
 * @issue: (nullable): the issue to edit, or %NULL for a new one
 *
 * Opens the form of @issue over the page's window.
 *
 * Returns: (transfer none) (nullable): the form, or %NULL when the
 *   database cannot be written
 */
StewardIssueEditor *
steward_issues_page_open_editor (StewardIssuesPage   *self,
                                 StewardContextIssue *issue)
{
  StewardIssueEditor *editor;

  g_return_val_if_fail (STEWARD_IS_ISSUES_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_issue_editor_new (get_database (self), issue);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_activate_cb (GtkColumnView     *column_view,
                guint              position,
                StewardIssuesPage *self)
{
  g_autoptr(StewardContextIssue) issue = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (issue != NULL)
    steward_issues_page_open_editor (self, issue);
}

/* Export and import */

/**
 * steward_issues_page_export:
 * @path: where to write: a .pdf, .xlsx or .csv file
 *
 * Writes the interested parties and issues register (利害關係者與議題一覽表)
 * as it is stored (not as searched or filtered), for today, with dates in
 * the page's calendar, and the form's number and version as the database
 * keeps them.
 *
 * Returns: whether the file was written
 */
gboolean
steward_issues_page_export (StewardIssuesPage  *self,
                            const char         *path,
                            GError            **error)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardContextExportOptions options = { 0 };

  g_return_val_if_fail (STEWARD_IS_ISSUES_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (get_database (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("No database is open."));
      return FALSE;
    }

  options.as_of = today;
  options.calendar = get_calendar (self);

  return steward_context_register_export (get_database (self), path, &options, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_issues_page_export (STEWARD_ISSUES_PAGE (widget), path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = NULL;

  /* TRANSLATORS: the file name of the exported 利害關係者與議題一覽表; the
   * first %s is a date, the second the extension */
  name = g_strdup_printf (_("Interested parties and issues %s.%s"), date, g_variant_get_string (param, NULL));
  steward_register_ask_export (widget, _("Export the Interested Parties and Issues Register"), name, write_export);
}

/* "Import from CSV…": the dialog shows every row of the file, with its
 * problems, before anything is written. */
static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardIssuesPage *self = STEWARD_ISSUES_PAGE (widget);

  if (steward_page_can_write (STEWARD_PAGE (self)))
    gtk_window_present (steward_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                   get_database (self), STEWARD_TYPE_CONTEXT_ISSUE));
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_issues_page_open_editor (STEWARD_ISSUES_PAGE (widget), NULL);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardIssuesPage *self = STEWARD_ISSUES_PAGE (widget);
  StewardContextIssue *issue = gtk_single_selection_get_selected_item (self->selection);

  if (issue != NULL && steward_page_can_write (STEWARD_PAGE (self)))
    steward_issues_page_delete_issue (self, issue);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_ISSUES_PAGE (widget)->search_entry));
}

static void
update_actions (StewardIssuesPage *self)
{
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issues.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issues.delete-selected", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issues.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issues.export", get_database (self) != NULL);
  /* A menu button is not an actionable: it follows its items by hand. */
  gtk_widget_set_sensitive (self->export_button, get_database (self) != NULL);
}

/* The page */

static void
drop_database (StewardIssuesPage *self)
{
  if (self->issues != NULL)
    {
      g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->issues),
                                            on_database_changed_cb, self);
    }
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  g_clear_object (&self->issues);
}

static void
steward_issues_page_database_changed (StewardPage     *page,
                                      StewardDatabase *db)
{
  StewardIssuesPage *self = STEWARD_ISSUES_PAGE (page);
  g_autoptr(StewardQuery) query = NULL;

  drop_database (self);

  if (db != NULL)
    {
      query = steward_query_new ();
      steward_query_order_by (query, "identified_on", TRUE);
      steward_query_order_by (query, "id", TRUE);
      self->issues = steward_record_list_new (db, STEWARD_TYPE_CONTEXT_ISSUE, query);
      /* After the list has read the issues again. */
      g_signal_connect_object (db, "changed::context_issue", G_CALLBACK (on_database_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::register_review", G_CALLBACK (on_database_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::org_change", G_CALLBACK (on_database_changed_cb), self, 0);
      gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->issues));
    }

  update_actions (self);
  update_summary (self);
  update_stack (self);
}

/* What can hide a row: the search and the filters. */
static void
clear_filters (gpointer user_data)
{
  StewardIssuesPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->scope_dropdown, SCOPE_ALL);
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, STEWARD_ISSUE_FILTER_ALL);
}

/* Selects the issue and scrolls to it; the search and the filters make
 * way when they hide it. */
static void
steward_issues_page_show_record (StewardPage *page,
                                 gint64       id)
{
  StewardIssuesPage *self = STEWARD_ISSUES_PAGE (page);

  if (self->issues == NULL || steward_record_list_find (self->issues, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id,
                                clear_filters, self);
}

/**
 * steward_issues_page_get_visible_model:
 *
 * Returns: (transfer none): the issues as shown: filtered, searched and
 *   sorted
 */
GListModel *
steward_issues_page_get_visible_model (StewardIssuesPage *self)
{
  g_return_val_if_fail (STEWARD_IS_ISSUES_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_issues_page_set_search (StewardIssuesPage *self,
                                const char        *text)
{
  g_return_if_fail (STEWARD_IS_ISSUES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

void
steward_issues_page_set_status_filter (StewardIssuesPage        *self,
                                       StewardIssueStatusFilter  filter)
{
  g_return_if_fail (STEWARD_IS_ISSUES_PAGE (self));
  g_return_if_fail (filter <= STEWARD_ISSUE_FILTER_ALL);

  gtk_drop_down_set_selected (self->status_dropdown, filter);
}

GtkWidget *
steward_issues_page_new (void)
{
  return g_object_new (STEWARD_TYPE_ISSUES_PAGE, NULL);
}

static void
steward_issues_page_dispose (GObject *object)
{
  StewardIssuesPage *self = (StewardIssuesPage *)object;

  if (self->filter_model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->filter_model, on_filtered_changed_cb, self);
      drop_database (self);
    }

  /* AdwBin disposes its child, the template's root. */

  if (self->settings != NULL)
    g_settings_unbind (self, "calendar");
  g_clear_object (&self->settings);
  g_clear_object (&self->choice_filter);

  G_OBJECT_CLASS (steward_issues_page_parent_class)->dispose (object);
}

static void
steward_issues_page_finalize (GObject *object)
{
  StewardIssuesPage *self = (StewardIssuesPage *)object;

  g_clear_pointer (&self->category_choices, g_array_unref);

  G_OBJECT_CLASS (steward_issues_page_parent_class)->finalize (object);
}

static void
steward_issues_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StewardIssuesPage *self = STEWARD_ISSUES_PAGE (object);

  switch (prop_id)
    {
    case PROP_CALENDAR:
      g_value_set_enum (value, self->calendar);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_issues_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StewardIssuesPage *self = STEWARD_ISSUES_PAGE (object);

  switch (prop_id)
    {
    case PROP_CALENDAR:
      set_calendar (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_issues_page_class_init (StewardIssuesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_issues_page_dispose;
  object_class->finalize = steward_issues_page_finalize;
  object_class->get_property = steward_issues_page_get_property;
  object_class->set_property = steward_issues_page_set_property;
  page_class->database_changed = steward_issues_page_database_changed;
  page_class->show_record = steward_issues_page_show_record;

  /**
   * StewardIssuesPage:calendar:
   *
   * The calendar the page writes dates in, as the preferences say.
   */
  properties[PROP_CALENDAR] =
    g_param_spec_enum ("calendar", NULL, NULL, STEWARD_TYPE_CALENDAR, STEWARD_CALENDAR_GREGORIAN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STEWARD_TYPE_CONTEXT_ISSUE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-issues-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardIssuesPage, name)
  CHILD (search_entry);
  CHILD (scope_dropdown);
  CHILD (category_dropdown);
  CHILD (status_dropdown);
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
                                             G_STRUCT_OFFSET (StewardIssuesPage, columns.name))
  COLUMN (identified);
  COLUMN (scope);
  COLUMN (category);
  COLUMN (description);
  COLUMN (effect);
  COLUMN (source);
  COLUMN (status);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, issue_search_text);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "issues.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "issues.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "issues.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "issues.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "issues.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "issues.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "issues.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "issues.delete-selected", NULL);
}

static void
steward_issues_page_init (StewardIssuesPage *self)
{
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->category_choices = g_array_new (FALSE, FALSE, sizeof (StewardIssueCategory));

  gtk_string_list_append (scopes, _("Internal and external"));
  gtk_string_list_append (scopes, steward_scope_to_string (STEWARD_SCOPE_INTERNAL));
  gtk_string_list_append (scopes, steward_scope_to_string (STEWARD_SCOPE_EXTERNAL));
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (scopes));
  fill_category_choices (self);
  /* In the order of StewardIssueStatusFilter. */
  gtk_string_list_append (statuses, _("Open and monitored"));
  gtk_string_list_append (statuses, steward_issue_status_to_string (STEWARD_ISSUE_STATUS_OPEN));
  gtk_string_list_append (statuses, steward_issue_status_to_string (STEWARD_ISSUE_STATUS_MONITORED));
  gtk_string_list_append (statuses, steward_issue_status_to_string (STEWARD_ISSUE_STATUS_RETIRED));
  gtk_string_list_append (statuses, _("Show retired"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  self->choice_filter = gtk_custom_filter_new (choice_filter_cb, self, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->every_filter), g_object_ref (GTK_FILTER (self->choice_filter)));

  steward_issue_columns_set_up (&self->columns, G_OBJECT (self));
  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  /* The latest first, with the column header showing it. */
  gtk_column_view_sort_by_column (self->column_view, self->columns.identified, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_filtered_changed_cb), self);
  g_settings_bind (self->settings, "calendar", self, "calendar", G_SETTINGS_BIND_GET);

  update_actions (self);
  update_stack (self);
}
