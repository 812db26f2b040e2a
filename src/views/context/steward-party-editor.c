/* steward-party-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-party-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-party-feedback.h"
#include "model/steward-party-requirement.h"
#include "model/steward-record-list.h"
#include "steward-feedback-editor.h"
#include "steward-party-editor.h"
#include "widgets/steward-register-util.h"
#include "steward-requirement-editor.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of an interested party (procedure 5.1.2): the party, then what
 * it requires, expects or needs, then its feedback, newest first. The
 * party's own fields are edited on a copy and saved with Save; each
 * requirement and each piece of feedback has its own form and is saved
 * there. Both need the party stored first: on a new party, "Add
 * Requirement" and "Add Feedback" save it first, when it can be. */
struct _StewardPartyEditor
{
  AdwWindow          parent_instance;

  StewardDatabase   *db;
  StewardParty      *original;
  StewardParty      *party;
  StewardRecordList *requirements;
  StewardRecordList *feedback;
  StewardCalendar    calendar;

  AdwWindowTitle    *window_title;
  GtkWidget         *general_error;
  GtkWidget         *delete_button;
  AdwEntryRow       *name_row;
  GtkWidget         *name_error_row;
  GtkLabel          *name_error;
  AdwComboRow       *scope_row;
  AdwComboRow       *kind_row;
  GtkTextView       *notes_view;
  GtkWidget         *add_requirement_button;
  GtkWidget         *add_feedback_button;
  GtkListBox        *requirements_list;
  GtkListBox        *feedback_list;

  StewardFormField   fields[1];
};

G_DEFINE_FINAL_TYPE (StewardPartyEditor, steward_party_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rows of requirements and feedback */

static char *
format_date (StewardPartyEditor *self,
             const GDate        *date)
{
  return steward_date_format (date, self->calendar);
}

static GtkWidget *
create_requirement_row (gpointer item,
                        gpointer user_data)
{
  StewardPartyEditor *self = user_data;
  StewardPartyRequirement *requirement = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  GDate *decided = steward_party_requirement_get_decision_date (requirement);
  GDate *retired = steward_party_requirement_get_retired_on (requirement);
  const char *addressed_by = steward_party_requirement_get_addressed_by (requirement);
  const char *decision = steward_party_requirement_get_decision_ref (requirement);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *subtitle = NULL;

  g_ptr_array_add (details, g_strdup (steward_requirement_kind_to_string (steward_party_requirement_get_kind (requirement))));
  if (addressed_by != NULL)
    /* TRANSLATORS: how the centre meets a requirement of an interested party */
    g_ptr_array_add (details, g_strdup_printf (_("Addressed by: %s"), addressed_by));
  if (decision != NULL || decided != NULL)
    {
      g_autofree char *date = decided != NULL ? format_date (self, decided) : NULL;

      if (decision != NULL && date != NULL)
        /* TRANSLATORS: the decision a requirement was recorded from, and its date */
        g_ptr_array_add (details, g_strdup_printf (_("Decision: %s, %s"), decision, date));
      else
        g_ptr_array_add (details, g_strdup_printf (_("Decision: %s"), decision != NULL ? decision : date));
    }
  if (retired != NULL)
    {
      g_autofree char *date = format_date (self, retired);

      g_ptr_array_add (details, g_strdup_printf (_("Retired on %s"), date));
    }
  g_ptr_array_add (details, NULL);
  subtitle = g_strjoinv (" · ", (char **) details->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_party_requirement_get_text (requirement));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* What no longer applies stays on record, set back. */
  if (retired != NULL && g_date_compare (retired, today) <= 0)
    gtk_widget_add_css_class (row, "dim-label");
  g_object_set_data_full (G_OBJECT (row), "steward-record", g_object_ref (item), g_object_unref);

  return row;
}

static GtkWidget *
create_feedback_row (gpointer item,
                     gpointer user_data)
{
  StewardPartyEditor *self = user_data;
  StewardPartyFeedback *feedback = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *received = format_date (self, steward_party_feedback_get_received_on (feedback));
  GDate *responded_on = steward_party_feedback_get_responded_on (feedback);
  const char *response = steward_party_feedback_get_response (feedback);
  g_autofree char *subtitle = NULL;

  if (responded_on != NULL || response != NULL)
    {
      g_autofree char *responded = responded_on != NULL ? format_date (self, responded_on) : NULL;

      if (responded != NULL)
        /* TRANSLATORS: feedback of an interested party; the dates it came
         * and was answered, then the answer */
        subtitle = g_strdup_printf (_("Received %s · Responded %s: %s"), received, responded, response ? response : "");
      else
        subtitle = g_strdup_printf (_("Received %s · Response: %s"), received, response);
    }
  else
    /* TRANSLATORS: feedback of an interested party not answered yet */
    subtitle = g_strdup_printf (_("Received %s · No response yet"), received);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_party_feedback_get_content (feedback));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "steward-record", g_object_ref (item), g_object_unref);

  return row;
}

/* A record edited in place is the same item with new values: its row is
 * made again. */
static void
bind_lists (StewardPartyEditor *self)
{
  gtk_list_box_bind_model (self->requirements_list, G_LIST_MODEL (self->requirements),
                           create_requirement_row, self, NULL);
  gtk_list_box_bind_model (self->feedback_list, G_LIST_MODEL (self->feedback),
                           create_feedback_row, self, NULL);
}

static void
on_table_changed_cb (StewardDatabase    *db,
                     const char * const *tables,
                     StewardPartyEditor *self)
{
  bind_lists (self);
}

/* Once the party is stored, its requirements and feedback can be. */
static void
show_stored_party (StewardPartyEditor *self)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (self->party));
  g_autoptr(StewardQuery) requirements = steward_query_new ();
  g_autoptr(StewardQuery) feedback = steward_query_new ();

  if (self->original == NULL)
    self->original = STEWARD_PARTY (steward_record_copy (STEWARD_RECORD (self->party)));

  /* In force first, retired after; newest feedback first. */
  steward_query_where_int64 (requirements, "party_id", STEWARD_QUERY_EQUAL, id);
  steward_query_order_by (requirements, "retired_on", FALSE);
  steward_query_order_by (requirements, "id", FALSE);
  steward_query_where_int64 (feedback, "party_id", STEWARD_QUERY_EQUAL, id);
  steward_query_order_by (feedback, "received_on", TRUE);
  steward_query_order_by (feedback, "id", TRUE);
  self->requirements = steward_record_list_new (self->db, STEWARD_TYPE_PARTY_REQUIREMENT, requirements);
  self->feedback = steward_record_list_new (self->db, STEWARD_TYPE_PARTY_FEEDBACK, feedback);
  /* After the lists' own handlers, which read the rows again. */
  g_signal_connect_object (self->db, "changed::party_requirement", G_CALLBACK (on_table_changed_cb), self, 0);
  g_signal_connect_object (self->db, "changed::party_feedback", G_CALLBACK (on_table_changed_cb), self, 0);
  bind_lists (self);

  adw_window_title_set_title (self->window_title, _("Edit Interested Party"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Interested Party"));
  gtk_widget_set_visible (self->delete_button, TRUE);
}

/* The party */

static void
write_form (StewardPartyEditor *self)
{
  steward_register_set_text (GTK_WIDGET (self->name_row), steward_party_get_name (self->party));
  adw_combo_row_set_selected (self->scope_row, steward_party_get_scope (self->party));
  adw_combo_row_set_selected (self->kind_row, steward_party_get_kind (self->party));
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_party_get_notes (self->party));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardPartyEditor *self)
{
  g_autofree char *name = steward_register_dup_text (GTK_WIDGET (self->name_row));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));
  guint scope = adw_combo_row_get_selected (self->scope_row);
  guint kind = adw_combo_row_get_selected (self->kind_row);

  g_object_set (self->party,
                "name", name,
                "scope", scope == GTK_INVALID_LIST_POSITION ? STEWARD_SCOPE_EXTERNAL : (StewardScope) scope,
                "kind", kind == GTK_INVALID_LIST_POSITION ? STEWARD_PARTY_OTHER : (StewardPartyKind) kind,
                "notes", notes,
                NULL);
}

/* Saves the party without closing; a refusal is said beside the field. */
static gboolean
store_party (StewardPartyEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->party));
  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  if (!steward_record_save (STEWARD_RECORD (self->party), self->db, &error))
    {
      steward_form_show_message (self->general_error, error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_party_editor_save:
 *
 * Saves the party. Without a name: refused, said beside the field, nothing
 * typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_party_editor_save (StewardPartyEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PARTY_EDITOR (self), FALSE);

  if (!store_party (self))
    return FALSE;

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/**
 * steward_party_editor_get_party:
 *
 * Returns: (transfer none): the party as last read from the form; once
 *   saved it has its id
 */
StewardParty *
steward_party_editor_get_party (StewardPartyEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PARTY_EDITOR (self), NULL);

  return self->party;
}

/* A new party is saved before anything is recorded of it. */
static gboolean
ensure_stored (StewardPartyEditor *self)
{
  g_autofree char *message = NULL;

  if (steward_record_get_id (STEWARD_RECORD (self->party)) > 0)
    return TRUE;

  if (!store_party (self))
    return FALSE;

  show_stored_party (self);
  /* TRANSLATORS: a toast in the form of a new interested party, saved so
   * that its requirements or feedback can be recorded; %s is its name */
  message = g_strdup_printf (_("“%s” saved"), steward_party_get_name (self->party));
  steward_show_message (GTK_WIDGET (self->window_title), message);

  return TRUE;
}

/* The forms of requirements and feedback */

static void
on_record_delete_requested_cb (GtkWindow          *editor,
                               StewardRecord      *record,
                               StewardPartyEditor *self)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  const char *title;

  g_ptr_array_add (records, record);
  title = STEWARD_IS_PARTY_REQUIREMENT (record) ? _("Requirement deleted") : _("Feedback deleted");
  steward_register_delete_with_undo (GTK_WIDGET (self->window_title), self->db, records, title);
}

static void
present_editor (StewardPartyEditor *self,
                GtkWindow          *editor)
{
  gtk_window_set_transient_for (editor, GTK_WINDOW (self));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_record_delete_requested_cb), self, 0);
  gtk_window_present (editor);
}

static void
on_row_activated_cb (GtkListBox         *list,
                     GtkListBoxRow      *row,
                     StewardPartyEditor *self)
{
  gpointer record = g_object_get_data (G_OBJECT (row), "steward-record");
  gint64 party_id = steward_record_get_id (STEWARD_RECORD (self->party));

  if (STEWARD_IS_PARTY_REQUIREMENT (record))
    present_editor (self, GTK_WINDOW (steward_requirement_editor_new (self->db, party_id, record)));
  else if (STEWARD_IS_PARTY_FEEDBACK (record))
    present_editor (self, GTK_WINDOW (steward_feedback_editor_new (self->db, party_id, record)));
}

static void
add_requirement_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardPartyEditor *self = STEWARD_PARTY_EDITOR (widget);

  if (ensure_stored (self))
    present_editor (self, GTK_WINDOW (steward_requirement_editor_new (self->db, steward_record_get_id (STEWARD_RECORD (self->party)), NULL)));
}

static void
add_feedback_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  StewardPartyEditor *self = STEWARD_PARTY_EDITOR (widget);

  if (ensure_stored (self))
    present_editor (self, GTK_WINDOW (steward_feedback_editor_new (self->db, steward_record_get_id (STEWARD_RECORD (self->party)), NULL)));
}

static void
on_entry_changed_cb (GtkEditable        *editable,
                     StewardPartyEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow        *row,
                       StewardPartyEditor *self)
{
  steward_party_editor_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_party_editor_save (STEWARD_PARTY_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardPartyEditor *self = STEWARD_PARTY_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_party_editor_dispose (GObject *object)
{
  StewardPartyEditor *self = (StewardPartyEditor *)object;

  if (self->requirements_list != NULL)
    gtk_list_box_bind_model (self->requirements_list, NULL, NULL, NULL, NULL);
  if (self->feedback_list != NULL)
    gtk_list_box_bind_model (self->feedback_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_PARTY_EDITOR);

  g_clear_object (&self->requirements);
  g_clear_object (&self->feedback);
  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_party_editor_parent_class)->dispose (object);
}

static void
steward_party_editor_finalize (GObject *object)
{
  StewardPartyEditor *self = (StewardPartyEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->party);

  G_OBJECT_CLASS (steward_party_editor_parent_class)->finalize (object);
}

static void
steward_party_editor_class_init (StewardPartyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_party_editor_dispose;
  object_class->finalize = steward_party_editor_finalize;

  /**
   * StewardPartyEditor::delete-requested:
   * @party: the party as stored
   *
   * The user asked to delete the party; the page that opened the editor
   * deletes it, with its requirements and feedback, and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_PARTY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-party-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardPartyEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (name_row);
  CHILD (name_error_row);
  CHILD (name_error);
  CHILD (scope_row);
  CHILD (kind_row);
  CHILD (notes_view);
  CHILD (add_requirement_button);
  CHILD (add_feedback_button);
  CHILD (requirements_list);
  CHILD (feedback_list);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-requirement", NULL, add_requirement_action);
  gtk_widget_class_install_action (widget_class, "editor.add-feedback", NULL, add_feedback_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static GtkWidget *
make_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
steward_party_editor_init (StewardPartyEditor *self)
{
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) scope_class = g_type_class_ref (STEWARD_TYPE_SCOPE);
  g_autoptr(GEnumClass) kind_class = g_type_class_ref (STEWARD_TYPE_PARTY_KIND);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combos' positions are the enums' values. */
  for (guint i = 0; i < scope_class->n_values; i++)
    gtk_string_list_append (scopes, steward_scope_to_string (scope_class->values[i].value));
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  for (guint i = 0; i < kind_class->n_values; i++)
    gtk_string_list_append (kinds, steward_party_kind_to_string (kind_class->values[i].value));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  gtk_list_box_set_placeholder (self->requirements_list, make_placeholder (_("None recorded yet.")));
  gtk_list_box_set_placeholder (self->feedback_list, make_placeholder (_("None recorded yet.")));

  self->calendar = steward_register_get_calendar ();
  self->fields[0] = (StewardFormField) { "name", GTK_WIDGET (self->name_row), self->name_error_row, self->name_error };
}

/**
 * steward_party_editor_new:
 * @party: (nullable): the party to edit, or %NULL for a new one
 */
StewardPartyEditor *
steward_party_editor_new (StewardDatabase *db,
                          StewardParty    *party)
{
  StewardPartyEditor *self;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (party == NULL || STEWARD_IS_PARTY (party), NULL);

  self = g_object_new (STEWARD_TYPE_PARTY_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = party != NULL ? g_object_ref (party) : NULL;
  self->party = party != NULL ? STEWARD_PARTY (steward_record_copy (STEWARD_RECORD (party)))
                              : g_object_new (STEWARD_TYPE_PARTY,
                                              "scope", STEWARD_SCOPE_EXTERNAL,
                                              "kind", STEWARD_PARTY_SUPERIOR_AGENCY,
                                              NULL);
  write_form (self);

  if (party != NULL)
    show_stored_party (self);
  else
    {
      adw_window_title_set_title (self->window_title, _("New Interested Party"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Interested Party"));
      gtk_widget_set_visible (self->delete_button, FALSE);
    }
  adw_window_title_set_subtitle (self->window_title, _("Interested Parties"));

  return self;
}
