/* steward-issue-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-issue-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-issue-editor.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of an internal or external issue (procedure 5.1.3): the
 * category offers only those of the scope chosen, internal or external;
 * what the issue is and how it can affect the ISMS are written in full;
 * where it came from (5.1.1) and where it stands. It edits a copy; a
 * refused save says why beside the field and keeps the typing. */
struct _StewardIssueEditor
{
  AdwWindow            parent_instance;

  StewardDatabase     *db;
  StewardContextIssue *original;
  StewardContextIssue *issue;
  GArray              *categories;  /* StewardIssueCategory, the category_row's choices */

  AdwWindowTitle      *window_title;
  GtkWidget           *general_error;
  GtkWidget           *delete_button;
  AdwComboRow         *scope_row;
  AdwComboRow         *category_row;
  GtkWidget           *category_error_row;
  GtkLabel            *category_error;
  GtkTextView         *description_view;
  GtkLabel            *description_error;
  GtkTextView         *effect_view;
  AdwComboRow         *source_row;
  AdwEntryRow         *source_ref_row;
  StewardDateRow      *source_date_row;
  GtkWidget           *source_date_error_row;
  GtkLabel            *source_date_error;
  AdwComboRow         *status_row;
  StewardDateRow      *identified_on_row;
  GtkWidget           *identified_on_error_row;
  GtkLabel            *identified_on_error;
  GtkTextView         *notes_view;

  StewardFormField     fields[4];
};

G_DEFINE_FINAL_TYPE (StewardIssueEditor, steward_issue_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define N_FIELDS(self) G_N_ELEMENTS ((self)->fields)

static StewardScope
get_scope (StewardIssueEditor *self)
{
  return adw_combo_row_get_selected (self->scope_row) == STEWARD_SCOPE_INTERNAL
         ? STEWARD_SCOPE_INTERNAL : STEWARD_SCOPE_EXTERNAL;
}

static StewardIssueCategory
get_category (StewardIssueEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->category_row);

  if (selected >= self->categories->len)
    return get_scope (self) == STEWARD_SCOPE_EXTERNAL ? STEWARD_ISSUE_NATIONAL : STEWARD_ISSUE_GOVERNANCE_ROLES;

  return g_array_index (self->categories, StewardIssueCategory, selected);
}

/* The categories of the scope chosen: 5.1.3.1 lists the external ones,
 * 5.1.3.2 the internal ones. @keep stays chosen when it is one of them. */
static void
fill_categories (StewardIssueEditor   *self,
                 StewardIssueCategory  keep)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gboolean external = get_scope (self) == STEWARD_SCOPE_EXTERNAL;
  guint selected = 0;

  g_array_set_size (self->categories, 0);
  for (StewardIssueCategory c = STEWARD_ISSUE_NATIONAL; c <= STEWARD_ISSUE_STANDARDS_CONTRACTS; c++)
    {
      if (steward_issue_category_is_external (c) != external)
        continue;
      if (c == keep)
        selected = self->categories->len;
      g_array_append_val (self->categories, c);
      gtk_string_list_append (names, steward_issue_category_to_string (c));
    }

  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->category_row, selected);
}

static void
write_form (StewardIssueEditor *self)
{
  StewardContextIssue *issue = self->issue;

  adw_combo_row_set_selected (self->scope_row, steward_context_issue_get_scope (issue));
  fill_categories (self, steward_context_issue_get_category (issue));
  steward_register_set_text (GTK_WIDGET (self->description_view), steward_context_issue_get_description (issue));
  steward_register_set_text (GTK_WIDGET (self->effect_view), steward_context_issue_get_effect (issue));
  adw_combo_row_set_selected (self->source_row, steward_context_issue_get_source (issue));
  steward_register_set_text (GTK_WIDGET (self->source_ref_row), steward_context_issue_get_source_ref (issue));
  steward_date_row_set_date (self->source_date_row, steward_context_issue_get_source_date (issue));
  adw_combo_row_set_selected (self->status_row, steward_context_issue_get_status (issue));
  steward_date_row_set_date (self->identified_on_row, steward_context_issue_get_identified_on (issue));
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_context_issue_get_notes (issue));

  steward_form_clear_problems (self->fields, N_FIELDS (self));
}

static void
read_form (StewardIssueEditor *self)
{
  g_autofree char *description = steward_register_dup_text (GTK_WIDGET (self->description_view));
  g_autofree char *effect = steward_register_dup_text (GTK_WIDGET (self->effect_view));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));
  g_autofree char *source_ref = steward_register_dup_text (GTK_WIDGET (self->source_ref_row));
  guint source = adw_combo_row_get_selected (self->source_row);
  guint status = adw_combo_row_get_selected (self->status_row);

  g_object_set (self->issue,
                "scope", get_scope (self),
                "category", get_category (self),
                "description", description,
                "effect", effect,
                "source", source <= STEWARD_ISSUE_SOURCE_OTHER ? source : STEWARD_ISSUE_SOURCE_OTHER,
                "source-ref", source_ref,
                "source-date", steward_date_row_get_date (self->source_date_row),
                "status", status <= STEWARD_ISSUE_STATUS_RETIRED ? status : STEWARD_ISSUE_STATUS_OPEN,
                "identified-on", steward_date_row_get_date (self->identified_on_row),
                "notes", notes,
                NULL);
}

/**
 * steward_issue_editor_save:
 *
 * Saves what the form holds. When it cannot be saved, the reasons are
 * shown beside their fields, the focus goes to the first, and nothing
 * typed is lost.
 *
 * Returns: whether the issue was saved (the window then closes)
 */
gboolean
steward_issue_editor_save (StewardIssueEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_ISSUE_EDITOR (self), FALSE);

  read_form (self);
  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, N_FIELDS (self));

  problems = steward_record_validate (STEWARD_RECORD (self->issue));
  steward_register_check_date (self->source_date_row, "source-date", problems);
  steward_register_check_date (self->identified_on_row, "identified-on", problems);
  first_bad = steward_form_show_problems (self->fields, N_FIELDS (self), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->issue), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_issue_editor_get_issue:
 *
 * Returns: (transfer none): the issue as last read from the form; once
 *   saved it has its id
 */
StewardContextIssue *
steward_issue_editor_get_issue (StewardIssueEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_ISSUE_EDITOR (self), NULL);

  return self->issue;
}

static void
on_scope_changed_cb (AdwComboRow        *row,
                     GParamSpec         *pspec,
                     StewardIssueEditor *self)
{
  /* Before the template is set up, there is nothing to follow. */
  if (self->categories == NULL)
    return;

  fill_categories (self, get_category (self));
  steward_form_clear_problem (&self->fields[0]);
}

static void
on_selected_changed_cb (AdwComboRow        *row,
                        GParamSpec         *pspec,
                        StewardIssueEditor *self)
{
  steward_form_clear_edited (self->fields, N_FIELDS (self), GTK_WIDGET (row));
}

static void
on_entry_changed_cb (GtkEditable        *editable,
                     StewardIssueEditor *self)
{
  steward_form_clear_edited (self->fields, N_FIELDS (self), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow        *row,
                       StewardIssueEditor *self)
{
  steward_issue_editor_save (self);
}

static void
on_description_changed_cb (GtkTextBuffer      *buffer,
                           StewardIssueEditor *self)
{
  steward_form_clear_edited (self->fields, N_FIELDS (self), GTK_WIDGET (self->description_view));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_issue_editor_save (STEWARD_ISSUE_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardIssueEditor *self = STEWARD_ISSUE_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_issue_editor_dispose (GObject *object)
{
  StewardIssueEditor *self = (StewardIssueEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_ISSUE_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_issue_editor_parent_class)->dispose (object);
}

static void
steward_issue_editor_finalize (GObject *object)
{
  StewardIssueEditor *self = (StewardIssueEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->issue);
  g_clear_pointer (&self->categories, g_array_unref);

  G_OBJECT_CLASS (steward_issue_editor_parent_class)->finalize (object);
}

static void
steward_issue_editor_class_init (StewardIssueEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_issue_editor_dispose;
  object_class->finalize = steward_issue_editor_finalize;

  /**
   * StewardIssueEditor::delete-requested:
   * @issue: the issue as stored
   *
   * The user asked to delete the issue; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_CONTEXT_ISSUE);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-issue-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardIssueEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (scope_row);
  CHILD (category_row);
  CHILD (category_error_row);
  CHILD (category_error);
  CHILD (description_view);
  CHILD (description_error);
  CHILD (effect_view);
  CHILD (source_row);
  CHILD (source_ref_row);
  CHILD (source_date_row);
  CHILD (source_date_error_row);
  CHILD (source_date_error);
  CHILD (status_row);
  CHILD (identified_on_row);
  CHILD (identified_on_error_row);
  CHILD (identified_on_error);
  CHILD (notes_view);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_scope_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_issue_editor_init (StewardIssueEditor *self)
{
  g_autoptr(GtkStringList) scopes = NULL;
  g_autoptr(GtkStringList) sources = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  StewardCalendar calendar = steward_register_get_calendar ();

  gtk_widget_init_template (GTK_WIDGET (self));

  scopes = gtk_string_list_new (NULL);
  for (StewardScope scope = STEWARD_SCOPE_INTERNAL; scope <= STEWARD_SCOPE_EXTERNAL; scope++)
    gtk_string_list_append (scopes, steward_scope_to_string (scope));
  sources = gtk_string_list_new (NULL);
  for (StewardIssueSource source = STEWARD_ISSUE_SOURCE_SECURITY_MEETING; source <= STEWARD_ISSUE_SOURCE_OTHER; source++)
    gtk_string_list_append (sources, steward_issue_source_to_string (source));
  statuses = gtk_string_list_new (NULL);
  for (StewardIssueStatus status = STEWARD_ISSUE_STATUS_OPEN; status <= STEWARD_ISSUE_STATUS_RETIRED; status++)
    gtk_string_list_append (statuses, steward_issue_status_to_string (status));
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (sources));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  self->categories = g_array_new (FALSE, FALSE, sizeof (StewardIssueCategory));

  steward_date_row_set_calendar (self->source_date_row, calendar);
  steward_date_row_set_calendar (self->identified_on_row, calendar);

  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (on_description_changed_cb), self, G_CONNECT_DEFAULT);

  self->fields[0] = (StewardFormField) { "category", GTK_WIDGET (self->category_row), self->category_error_row, self->category_error };
  self->fields[1] = (StewardFormField) { "description", GTK_WIDGET (self->description_view), GTK_WIDGET (self->description_error), self->description_error };
  self->fields[2] = (StewardFormField) { "source-date", GTK_WIDGET (self->source_date_row), self->source_date_error_row, self->source_date_error };
  self->fields[3] = (StewardFormField) { "identified-on", GTK_WIDGET (self->identified_on_row), self->identified_on_error_row, self->identified_on_error };
}

/**
 * steward_issue_editor_new:
 * @issue: (nullable): the issue to edit, or %NULL for a new one: an open
 *   external issue identified today
 */
StewardIssueEditor *
steward_issue_editor_new (StewardDatabase     *db,
                          StewardContextIssue *issue)
{
  StewardIssueEditor *self;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (issue == NULL || STEWARD_IS_CONTEXT_ISSUE (issue), NULL);

  self = g_object_new (STEWARD_TYPE_ISSUE_EDITOR, NULL);
  self->db = g_object_ref (db);

  if (issue != NULL)
    {
      self->original = g_object_ref (issue);
      self->issue = STEWARD_CONTEXT_ISSUE (steward_record_copy (STEWARD_RECORD (issue)));
    }
  else
    {
      g_autoptr(GDate) today = steward_date_new_today ();

      self->issue = g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                                  "scope", STEWARD_SCOPE_EXTERNAL,
                                  "category", STEWARD_ISSUE_NATIONAL,
                                  "status", STEWARD_ISSUE_STATUS_OPEN,
                                  "identified-on", today,
                                  NULL);
    }

  title = issue != NULL ? _("Edit Issue") : _("New Issue");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, issue != NULL);
  write_form (self);

  return self;
}
