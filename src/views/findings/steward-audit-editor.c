/* steward-audit-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-audit-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-finding.h"
#include "model/steward-record-list.h"
#include "steward-audit-editor.h"
#include "steward-finding-editor.h"
#include "steward-findings-util.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of an audit (5.4.2.4.3: audit results): internal or external,
 * when, of what, by whom; and the findings it raised, each of which opens
 * its own form. It edits a copy: a refused save keeps everything typed,
 * with the reason beside the field. */
struct _StewardAuditEditor
{
  AdwWindow               parent_instance;

  StewardDatabase        *db;
  StewardAudit           *original;
  StewardAudit           *audit;
  StewardRecordList      *findings;
  StewardFindingsContext *context;

  AdwWindowTitle         *window_title;
  GtkWidget              *general_error;
  GtkWidget              *delete_button;
  AdwComboRow            *kind_row;
  StewardDateRow         *held_on_row;
  AdwEntryRow            *scope_row;
  AdwEntryRow            *auditor_row;
  GtkTextView            *notes_view;
  GtkListBox             *findings_list;
  GtkWidget              *add_finding_button;
  GtkWidget              *held_on_error_row;
  GtkLabel               *held_on_error;
  GtkWidget              *scope_error_row;
  GtkLabel               *scope_error;

  StewardFormField        fields[2];
};

G_DEFINE_FINAL_TYPE (StewardAuditEditor, steward_audit_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The findings */

/* "Major · A.8.8", the description under it, where it stands, and a badge
 * while its corrective action is overdue or due. */
static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  StewardAuditEditor *self = user_data;
  StewardFinding *finding = item;
  const char *clause = steward_finding_get_clause (finding);
  StewardGrading grading = steward_finding_get_grading (finding);
  StewardFindingState finding_state = steward_findings_context_get_state (self->context, finding);
  g_autoptr(GDate) today = steward_date_new_today ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *state = gtk_label_new (steward_finding_state_to_string (finding_state));
  GtkWidget *due = gtk_label_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = g_markup_escape_text (steward_finding_get_description (finding), -1);

  /* TRANSLATORS: a finding of an audit: its grading, then its clause or
   * control, such as “Major · A.8.8” */
  title = clause != NULL ? g_markup_printf_escaped (_("%s · %s"), steward_grading_to_string (grading), clause)
                         : g_markup_escape_text (steward_grading_to_string (grading), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_add_css_class (state, "caption-heading");
  if (grading == STEWARD_GRADING_MAJOR)
    gtk_widget_add_css_class (state, "error");
  gtk_widget_add_css_class (due, "caption-heading");
  steward_findings_set_due_badge (due, steward_finding_due_of (finding, finding_state, today));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), due);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

/* A finding changed in place is the same object with new values: its row
 * is made again. */
static void
rebind_findings (StewardAuditEditor *self)
{
  gtk_list_box_bind_model (self->findings_list, G_LIST_MODEL (self->findings),
                           self->findings != NULL ? create_finding_row : NULL, self, NULL);
}

static void
on_context_changed_cb (StewardFindingsContext *context,
                       StewardAuditEditor     *self)
{
  rebind_findings (self);
}

static void
on_findings_table_changed_cb (StewardDatabase    *db,
                              const char * const *tables,
                              StewardAuditEditor *self)
{
  rebind_findings (self);
}

/* The findings of the stored audit; none before it is stored. */
static void
watch_findings (StewardAuditEditor *self)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (self->audit));

  g_clear_object (&self->findings);
  if (id > 0)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_query_where_int64 (query, "audit_id", STEWARD_QUERY_EQUAL, id);
      steward_query_order_by (query, "raised_on", FALSE);
      self->findings = steward_record_list_new (self->db, STEWARD_TYPE_FINDING, query);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-finding", id > 0);
  gtk_widget_set_tooltip_text (self->add_finding_button, id > 0 ? NULL : _("Save the audit first"));
  rebind_findings (self);
}

static void
on_finding_activated_cb (GtkListBox         *list,
                         GtkListBoxRow      *row,
                         StewardAuditEditor *self)
{
  g_autoptr(StewardFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings),
                                                             gtk_list_box_row_get_index (row));
  StewardFindingEditor *editor;

  if (finding == NULL)
    return;

  editor = steward_finding_editor_new (self->db, finding);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_finding_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  StewardAuditEditor *self = STEWARD_AUDIT_EDITOR (widget);
  StewardFindingEditor *editor;

  if (self->findings == NULL)
    return;

  editor = steward_finding_editor_new (self->db, NULL);
  steward_finding_editor_set_audit (editor, steward_record_get_id (STEWARD_RECORD (self->audit)));
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * steward_audit_editor_get_findings:
 *
 * Returns: (transfer none) (nullable): the findings of the stored audit,
 *   as listed; %NULL before it is stored
 */
GListModel *
steward_audit_editor_get_findings (StewardAuditEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_EDITOR (self), NULL);

  return G_LIST_MODEL (self->findings);
}

/* The form */

static void
write_form (StewardAuditEditor *self)
{
  StewardAudit *a = self->audit;

  adw_combo_row_set_selected (self->kind_row, steward_audit_get_kind (a));
  steward_date_row_set_date (self->held_on_row, steward_audit_get_held_on (a));
  steward_register_set_text (GTK_WIDGET (self->scope_row), steward_audit_get_scope (a));
  steward_register_set_text (GTK_WIDGET (self->auditor_row), steward_audit_get_auditor (a));
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_audit_get_notes (a));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardAuditEditor *self)
{
  g_autofree char *scope = steward_register_dup_text (GTK_WIDGET (self->scope_row));
  g_autofree char *auditor = steward_register_dup_text (GTK_WIDGET (self->auditor_row));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));
  guint kind = adw_combo_row_get_selected (self->kind_row);

  g_object_set (self->audit,
                "kind", kind == GTK_INVALID_LIST_POSITION ? STEWARD_AUDIT_INTERNAL : (StewardAuditKind) kind,
                "held-on", steward_date_row_get_date (self->held_on_row),
                "scope", scope,
                "auditor", auditor,
                "notes", notes,
                NULL);
}

/**
 * steward_audit_editor_save:
 *
 * Saves what the form holds. No date, no scope, a date that is none:
 * refused, the reason beside the field, nothing typed lost.
 *
 * Returns: whether the audit was saved (the window then closes)
 */
gboolean
steward_audit_editor_save (StewardAuditEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_AUDIT_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->audit));
  steward_register_check_date (self->held_on_row, "held-on", problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->audit), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_audit_editor_get_audit:
 *
 * Returns: (transfer none): the audit as last read from the form; once
 *   saved it has its id
 */
StewardAudit *
steward_audit_editor_get_audit (StewardAuditEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_AUDIT_EDITOR (self), NULL);

  return self->audit;
}

static void
on_entry_changed_cb (GtkEditable        *editable,
                     StewardAuditEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow        *row,
                       StewardAuditEditor *self)
{
  steward_audit_editor_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_audit_editor_save (STEWARD_AUDIT_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardAuditEditor *self = STEWARD_AUDIT_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_audit_editor_dispose (GObject *object)
{
  StewardAuditEditor *self = (StewardAuditEditor *)object;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, on_context_changed_cb, self);
  if (self->db != NULL)
    g_signal_handlers_disconnect_by_func (self->db, on_findings_table_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_AUDIT_EDITOR);

  g_clear_object (&self->findings);
  g_clear_object (&self->context);
  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_audit_editor_parent_class)->dispose (object);
}

static void
steward_audit_editor_finalize (GObject *object)
{
  StewardAuditEditor *self = (StewardAuditEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->audit);

  G_OBJECT_CLASS (steward_audit_editor_parent_class)->finalize (object);
}

static void
steward_audit_editor_class_init (StewardAuditEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_audit_editor_dispose;
  object_class->finalize = steward_audit_editor_finalize;

  /**
   * StewardAuditEditor::delete-requested:
   * @audit: the audit as stored
   *
   * The user asked to delete the audit; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_AUDIT);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-audit-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardAuditEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (kind_row);
  CHILD (held_on_row);
  CHILD (scope_row);
  CHILD (auditor_row);
  CHILD (notes_view);
  CHILD (findings_list);
  CHILD (add_finding_button);
  CHILD (held_on_error_row);
  CHILD (held_on_error);
  CHILD (scope_error_row);
  CHILD (scope_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_finding_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-finding", NULL, add_finding_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_audit_editor_init (StewardAuditEditor *self)
{
  g_autoptr(GtkStringList) kinds = steward_findings_enum_names (STEWARD_TYPE_AUDIT_KIND);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  steward_date_row_set_calendar (self->held_on_row, steward_register_get_calendar ());

  self->fields[0] = (StewardFormField) { "held-on", GTK_WIDGET (self->held_on_row), self->held_on_error_row, self->held_on_error };
  self->fields[1] = (StewardFormField) { "scope", GTK_WIDGET (self->scope_row), self->scope_error_row, self->scope_error };
}

/**
 * steward_audit_editor_new:
 * @audit: (nullable): the audit to edit, or %NULL for a new one
 */
StewardAuditEditor *
steward_audit_editor_new (StewardDatabase *db,
                          StewardAudit    *audit)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardAuditEditor *self;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (audit == NULL || STEWARD_IS_AUDIT (audit), NULL);

  self = g_object_new (STEWARD_TYPE_AUDIT_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = audit != NULL ? g_object_ref (audit) : NULL;
  self->audit = audit != NULL ? STEWARD_AUDIT (steward_record_copy (STEWARD_RECORD (audit)))
                              : g_object_new (STEWARD_TYPE_AUDIT,
                                              "kind", STEWARD_AUDIT_INTERNAL,
                                              "held-on", today,
                                              NULL);

  /* The findings' rows say where each stands, which their follow-up
   * actions tell. */
  self->context = steward_findings_context_new ();
  steward_findings_context_set_database (self->context, db);
  g_signal_connect (self->context, "changed", G_CALLBACK (on_context_changed_cb), self);

  title = audit != NULL ? _("Edit Audit") : _("New Audit");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Audits"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, audit != NULL);
  write_form (self);
  watch_findings (self);
  /* After the findings list's own handler, which reads the rows again. */
  g_signal_connect (db, "changed::finding", G_CALLBACK (on_findings_table_changed_cb), self);

  return self;
}
