/* steward-scope-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-scope-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "widgets/steward-register-util.h"
#include "steward-scope-editor.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of a version of the ISMS scope statement (procedure 5.1.1):
 * the scope is set or adjusted from a decision of the regular security
 * meeting or a directive of a superior agency, so each version names the
 * one it came from. A new version gets the next number and starts from
 * the statement in effect, to be edited. It edits a copy; a refused save
 * says why beside the field and keeps the typing. */
struct _StewardScopeEditor
{
  AdwWindow            parent_instance;

  StewardDatabase     *db;
  StewardScopeVersion *original;
  StewardScopeVersion *version;

  AdwWindowTitle      *window_title;
  GtkWidget           *general_error;
  GtkWidget           *delete_button;
  StewardDateRow      *effective_from_row;
  GtkWidget           *effective_from_error_row;
  GtkLabel            *effective_from_error;
  GtkTextView         *statement_view;
  GtkLabel            *statement_error;
  AdwComboRow         *decision_kind_row;
  AdwEntryRow         *decision_ref_row;
  GtkWidget           *decision_ref_error_row;
  GtkLabel            *decision_ref_error;
  StewardDateRow      *decision_date_row;
  GtkWidget           *decision_date_error_row;
  GtkLabel            *decision_date_error;

  StewardFormField     fields[4];
};

G_DEFINE_FINAL_TYPE (StewardScopeEditor, steward_scope_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define N_FIELDS(self) G_N_ELEMENTS ((self)->fields)

static void
write_form (StewardScopeEditor *self)
{
  StewardScopeVersion *v = self->version;

  steward_date_row_set_date (self->effective_from_row, steward_scope_version_get_effective_from (v));
  steward_register_set_text (GTK_WIDGET (self->statement_view), steward_scope_version_get_statement (v));
  adw_combo_row_set_selected (self->decision_kind_row, steward_scope_version_get_decision_kind (v));
  steward_register_set_text (GTK_WIDGET (self->decision_ref_row), steward_scope_version_get_decision_ref (v));
  steward_date_row_set_date (self->decision_date_row, steward_scope_version_get_decision_date (v));

  steward_form_clear_problems (self->fields, N_FIELDS (self));
}

static void
read_form (StewardScopeEditor *self)
{
  g_autofree char *statement = steward_register_dup_text (GTK_WIDGET (self->statement_view));
  g_autofree char *decision_ref = steward_register_dup_text (GTK_WIDGET (self->decision_ref_row));
  guint kind = adw_combo_row_get_selected (self->decision_kind_row);

  g_object_set (self->version,
                "effective-from", steward_date_row_get_date (self->effective_from_row),
                "statement", statement,
                "decision-kind", kind == STEWARD_DECISION_SUPERIOR_DIRECTIVE ? kind : STEWARD_DECISION_SECURITY_MEETING,
                "decision-ref", decision_ref,
                "decision-date", steward_date_row_get_date (self->decision_date_row),
                NULL);
}

/**
 * steward_scope_editor_save:
 *
 * Saves the version of the scope. What cannot be saved is said beside its
 * field, the focus goes to the first, and nothing typed is lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_scope_editor_save (StewardScopeEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_SCOPE_EDITOR (self), FALSE);

  read_form (self);
  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, N_FIELDS (self));

  problems = steward_record_validate (STEWARD_RECORD (self->version));
  steward_register_check_date (self->effective_from_row, "effective-from", problems);
  steward_register_check_date (self->decision_date_row, "decision-date", problems);
  first_bad = steward_form_show_problems (self->fields, N_FIELDS (self), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->version), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_scope_editor_get_version:
 *
 * Returns: (transfer none): the version as last read from the form; once
 *   saved it has its id
 */
StewardScopeVersion *
steward_scope_editor_get_version (StewardScopeEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_SCOPE_EDITOR (self), NULL);

  return self->version;
}

static void
on_entry_changed_cb (GtkEditable        *editable,
                     StewardScopeEditor *self)
{
  steward_form_clear_edited (self->fields, N_FIELDS (self), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow        *row,
                       StewardScopeEditor *self)
{
  steward_scope_editor_save (self);
}

static void
on_statement_changed_cb (GtkTextBuffer      *buffer,
                         StewardScopeEditor *self)
{
  steward_form_clear_edited (self->fields, N_FIELDS (self), GTK_WIDGET (self->statement_view));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_scope_editor_save (STEWARD_SCOPE_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardScopeEditor *self = STEWARD_SCOPE_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_scope_editor_dispose (GObject *object)
{
  StewardScopeEditor *self = (StewardScopeEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_SCOPE_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_scope_editor_parent_class)->dispose (object);
}

static void
steward_scope_editor_finalize (GObject *object)
{
  StewardScopeEditor *self = (StewardScopeEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->version);

  G_OBJECT_CLASS (steward_scope_editor_parent_class)->finalize (object);
}

static void
steward_scope_editor_class_init (StewardScopeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_scope_editor_dispose;
  object_class->finalize = steward_scope_editor_finalize;

  /**
   * StewardScopeEditor::delete-requested:
   * @version: the version as stored
   *
   * The user asked to delete the version; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_SCOPE_VERSION);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-scope-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardScopeEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (effective_from_row);
  CHILD (effective_from_error_row);
  CHILD (effective_from_error);
  CHILD (statement_view);
  CHILD (statement_error);
  CHILD (decision_kind_row);
  CHILD (decision_ref_row);
  CHILD (decision_ref_error_row);
  CHILD (decision_ref_error);
  CHILD (decision_date_row);
  CHILD (decision_date_error_row);
  CHILD (decision_date_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_scope_editor_init (StewardScopeEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  StewardCalendar calendar = steward_register_get_calendar ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (StewardDecisionKind kind = STEWARD_DECISION_SECURITY_MEETING; kind <= STEWARD_DECISION_SUPERIOR_DIRECTIVE; kind++)
    gtk_string_list_append (kinds, steward_decision_kind_to_string (kind));
  adw_combo_row_set_model (self->decision_kind_row, G_LIST_MODEL (kinds));

  steward_date_row_set_calendar (self->effective_from_row, calendar);
  steward_date_row_set_calendar (self->decision_date_row, calendar);

  g_signal_connect_object (gtk_text_view_get_buffer (self->statement_view), "changed",
                           G_CALLBACK (on_statement_changed_cb), self, G_CONNECT_DEFAULT);

  self->fields[0] = (StewardFormField) { "effective-from", GTK_WIDGET (self->effective_from_row), self->effective_from_error_row, self->effective_from_error };
  self->fields[1] = (StewardFormField) { "statement", GTK_WIDGET (self->statement_view), GTK_WIDGET (self->statement_error), self->statement_error };
  self->fields[2] = (StewardFormField) { "decision-ref", GTK_WIDGET (self->decision_ref_row), self->decision_ref_error_row, self->decision_ref_error };
  self->fields[3] = (StewardFormField) { "decision-date", GTK_WIDGET (self->decision_date_row), self->decision_date_error_row, self->decision_date_error };
}

/* A new version: the next number, from today, with the statement in
 * effect today to start from. */
static StewardScopeVersion *
new_version (StewardDatabase *db)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(StewardScopeVersion) current = NULL;
  g_autoptr(GError) error = NULL;
  gint64 number;

  number = steward_context_next_scope_version (db, &error);
  if (number <= 0)
    {
      g_warning ("Could not number the new version of the scope: %s", error->message);
      g_clear_error (&error);
      number = 1;
    }

  current = steward_context_scope_version_at (db, today, &error);
  if (error != NULL)
    g_warning ("Could not read the scope in effect: %s", error->message);

  return g_object_new (STEWARD_TYPE_SCOPE_VERSION,
                       "version", number,
                       "effective-from", today,
                       "statement", current != NULL ? steward_scope_version_get_statement (current) : NULL,
                       "decision-kind", STEWARD_DECISION_SECURITY_MEETING,
                       NULL);
}

/**
 * steward_scope_editor_new:
 * @version: (nullable): the version to edit, or %NULL for a new one
 */
StewardScopeEditor *
steward_scope_editor_new (StewardDatabase     *db,
                          StewardScopeVersion *version)
{
  StewardScopeEditor *self;
  g_autofree char *subtitle = NULL;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (version == NULL || STEWARD_IS_SCOPE_VERSION (version), NULL);

  self = g_object_new (STEWARD_TYPE_SCOPE_EDITOR, NULL);
  self->db = g_object_ref (db);

  if (version != NULL)
    {
      self->original = g_object_ref (version);
      self->version = STEWARD_SCOPE_VERSION (steward_record_copy (STEWARD_RECORD (version)));
    }
  else
    self->version = new_version (db);

  title = version != NULL ? _("Edit Scope") : _("New Version of the Scope");
  /* TRANSLATORS: the number of a version of the scope statement */
  subtitle = g_strdup_printf (_("Version %d"), (int) steward_scope_version_get_version (self->version));
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, version != NULL);
  write_form (self);

  return self;
}
