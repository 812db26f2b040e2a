/* steward-requirement-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-requirement-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-party.h"
#include "widgets/steward-register-util.h"
#include "steward-requirement-editor.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of what an interested party requires, expects or needs
 * (procedure 5.1.2): the text, how the centre addresses it, the decision
 * it was recorded from, and when it stopped applying. It edits a copy; a
 * refused save says why beside the field and keeps the typing. */
struct _StewardRequirementEditor
{
  AdwWindow                parent_instance;

  StewardDatabase         *db;
  StewardPartyRequirement *original;
  StewardPartyRequirement *requirement;

  AdwWindowTitle          *window_title;
  GtkWidget               *general_error;
  GtkWidget               *delete_button;
  AdwComboRow             *kind_row;
  GtkTextView             *text_view;
  GtkLabel                *text_error;
  GtkTextView             *addressed_by_view;
  AdwEntryRow             *decision_ref_row;
  StewardDateRow          *decision_date_row;
  GtkWidget               *decision_date_error_row;
  GtkLabel                *decision_date_error;
  StewardDateRow          *retired_on_row;
  GtkWidget               *retired_on_error_row;
  GtkLabel                *retired_on_error;

  StewardFormField         fields[3];
};

G_DEFINE_FINAL_TYPE (StewardRequirementEditor, steward_requirement_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
write_form (StewardRequirementEditor *self)
{
  StewardPartyRequirement *r = self->requirement;

  adw_combo_row_set_selected (self->kind_row, steward_party_requirement_get_kind (r));
  steward_register_set_text (GTK_WIDGET (self->text_view), steward_party_requirement_get_text (r));
  steward_register_set_text (GTK_WIDGET (self->addressed_by_view), steward_party_requirement_get_addressed_by (r));
  steward_register_set_text (GTK_WIDGET (self->decision_ref_row), steward_party_requirement_get_decision_ref (r));
  steward_date_row_set_date (self->decision_date_row, steward_party_requirement_get_decision_date (r));
  steward_date_row_set_date (self->retired_on_row, steward_party_requirement_get_retired_on (r));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardRequirementEditor *self)
{
  g_autofree char *text = steward_register_dup_text (GTK_WIDGET (self->text_view));
  g_autofree char *addressed_by = steward_register_dup_text (GTK_WIDGET (self->addressed_by_view));
  g_autofree char *decision_ref = steward_register_dup_text (GTK_WIDGET (self->decision_ref_row));
  guint kind = adw_combo_row_get_selected (self->kind_row);

  g_object_set (self->requirement,
                "kind", kind == GTK_INVALID_LIST_POSITION ? STEWARD_REQUIREMENT_REQUIREMENT : (StewardRequirementKind) kind,
                "text", text,
                "addressed-by", addressed_by,
                "decision-ref", decision_ref,
                "decision-date", steward_date_row_get_date (self->decision_date_row),
                "retired-on", steward_date_row_get_date (self->retired_on_row),
                NULL);
}

/* What only the form can tell: dates typed that are none, and a
 * requirement retired before it was decided. */
static void
check_form (StewardRequirementEditor *self,
            GPtrArray                *problems)
{
  GDate *decided = steward_date_row_get_date (self->decision_date_row);
  GDate *retired = steward_date_row_get_date (self->retired_on_row);

  if (decided != NULL && retired != NULL && g_date_compare (retired, decided) < 0)
    steward_record_add_problem (problems, "retired-on", _("A requirement cannot be retired before it was decided."));

  steward_register_check_date (self->decision_date_row, "decision-date", problems);
  steward_register_check_date (self->retired_on_row, "retired-on", problems);
}

/**
 * steward_requirement_editor_save:
 *
 * Saves what the form holds. No text, a date that is none: refused, said
 * beside the field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_requirement_editor_save (StewardRequirementEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_REQUIREMENT_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->requirement));
  check_form (self, problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->requirement), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_requirement_editor_get_requirement:
 *
 * Returns: (transfer none): the requirement as last read from the form;
 *   once saved it has its id
 */
StewardPartyRequirement *
steward_requirement_editor_get_requirement (StewardRequirementEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_REQUIREMENT_EDITOR (self), NULL);

  return self->requirement;
}

static void
on_entry_changed_cb (GtkEditable              *editable,
                     StewardRequirementEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow              *row,
                       StewardRequirementEditor *self)
{
  steward_requirement_editor_save (self);
}

static void
on_text_changed_cb (GtkTextBuffer            *buffer,
                    StewardRequirementEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->text_view));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_requirement_editor_save (STEWARD_REQUIREMENT_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardRequirementEditor *self = STEWARD_REQUIREMENT_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_requirement_editor_dispose (GObject *object)
{
  StewardRequirementEditor *self = (StewardRequirementEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_REQUIREMENT_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_requirement_editor_parent_class)->dispose (object);
}

static void
steward_requirement_editor_finalize (GObject *object)
{
  StewardRequirementEditor *self = (StewardRequirementEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->requirement);

  G_OBJECT_CLASS (steward_requirement_editor_parent_class)->finalize (object);
}

static void
steward_requirement_editor_class_init (StewardRequirementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_requirement_editor_dispose;
  object_class->finalize = steward_requirement_editor_finalize;

  /**
   * StewardRequirementEditor::delete-requested:
   * @requirement: the requirement as stored
   *
   * The user asked to delete the requirement; the window that opened the
   * editor deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_PARTY_REQUIREMENT);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-requirement-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardRequirementEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (kind_row);
  CHILD (text_view);
  CHILD (text_error);
  CHILD (addressed_by_view);
  CHILD (decision_ref_row);
  CHILD (decision_date_row);
  CHILD (decision_date_error_row);
  CHILD (decision_date_error);
  CHILD (retired_on_row);
  CHILD (retired_on_error_row);
  CHILD (retired_on_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_requirement_editor_init (StewardRequirementEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) kind_class = g_type_class_ref (STEWARD_TYPE_REQUIREMENT_KIND);
  StewardCalendar calendar = steward_register_get_calendar ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  for (guint i = 0; i < kind_class->n_values; i++)
    gtk_string_list_append (kinds, steward_requirement_kind_to_string (kind_class->values[i].value));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  steward_date_row_set_calendar (self->decision_date_row, calendar);
  steward_date_row_set_calendar (self->retired_on_row, calendar);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, G_CONNECT_DEFAULT);

  self->fields[0] = (StewardFormField) { "text", GTK_WIDGET (self->text_view), GTK_WIDGET (self->text_error), self->text_error };
  self->fields[1] = (StewardFormField) { "decision-date", GTK_WIDGET (self->decision_date_row), self->decision_date_error_row, self->decision_date_error };
  self->fields[2] = (StewardFormField) { "retired-on", GTK_WIDGET (self->retired_on_row), self->retired_on_error_row, self->retired_on_error };
}

/**
 * steward_requirement_editor_new:
 * @party_id: the interested party the requirement is of
 * @requirement: (nullable): the requirement to edit, or %NULL for a new one
 */
StewardRequirementEditor *
steward_requirement_editor_new (StewardDatabase         *db,
                                gint64                   party_id,
                                StewardPartyRequirement *requirement)
{
  StewardRequirementEditor *self;
  g_autoptr(StewardParty) party = NULL;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (requirement == NULL || STEWARD_IS_PARTY_REQUIREMENT (requirement), NULL);

  self = g_object_new (STEWARD_TYPE_REQUIREMENT_EDITOR, NULL);
  self->db = g_object_ref (db);
  if (requirement != NULL)
    {
      self->original = g_object_ref (requirement);
      self->requirement = STEWARD_PARTY_REQUIREMENT (steward_record_copy (STEWARD_RECORD (requirement)));
      party_id = steward_party_requirement_get_party_id (requirement);
    }
  else
    self->requirement = g_object_new (STEWARD_TYPE_PARTY_REQUIREMENT,
                                      "party-id", party_id,
                                      "kind", STEWARD_REQUIREMENT_REQUIREMENT,
                                      NULL);

  /* The party only names the window: without it the form still works. */
  if (party_id > 0)
    party = steward_record_load (db, STEWARD_TYPE_PARTY, party_id, NULL);

  title = requirement != NULL ? _("Edit Requirement") : _("New Requirement");
  adw_window_title_set_title (self->window_title, title);
  if (party != NULL)
    adw_window_title_set_subtitle (self->window_title, steward_party_get_name (party));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, requirement != NULL);
  write_form (self);

  return self;
}
