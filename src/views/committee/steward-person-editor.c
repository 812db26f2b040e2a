/* steward-person-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-person-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-person-editor.h"
#include "widgets/steward-form.h"

/* The form of a person. It edits a copy: the lists keep showing what is
 * stored until the save has gone through, and a refused save keeps
 * everything typed, with the reason beside the field at fault. */
struct _StewardPersonEditor
{
  AdwWindow         parent_instance;

  StewardDatabase  *db;
  StewardPerson    *original;
  StewardPerson    *person;

  AdwWindowTitle   *window_title;
  GtkWidget        *general_error;
  GtkWidget        *delete_button;
  AdwEntryRow      *name_row;
  AdwEntryRow      *title_row;
  AdwEntryRow      *unit_row;
  AdwEntryRow      *phone_row;
  AdwEntryRow      *extension_row;
  AdwEntryRow      *email_row;
  AdwEntryRow      *notes_row;
  GtkWidget        *name_error_row;
  GtkLabel         *name_error;
  GtkWidget        *email_error_row;
  GtkLabel         *email_error;

  StewardFormField  fields[7];
};

G_DEFINE_FINAL_TYPE (StewardPersonEditor, steward_person_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define N_FIELDS(self) G_N_ELEMENTS ((self)->fields)

/* Copies the form into the record being edited. */
static void
read_form (StewardPersonEditor *self)
{
  for (guint i = 0; i < N_FIELDS (self); i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->fields[i].row));
      g_autofree char *trimmed = g_strstrip (g_strdup (text));

      g_object_set (self->person, self->fields[i].property, trimmed[0] != '\0' ? trimmed : NULL, NULL);
    }
}

static void
write_form (StewardPersonEditor *self)
{
  for (guint i = 0; i < N_FIELDS (self); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (self->person, self->fields[i].property, &value, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->fields[i].row), value ? value : "");
    }
  steward_form_clear_problems (self->fields, N_FIELDS (self));
}

/**
 * steward_person_editor_save:
 *
 * Saves what the form holds. When it cannot be saved, the reasons are shown
 * beside their fields, the focus goes to the first, and nothing typed is lost.
 *
 * Returns: whether the person was saved
 */
gboolean
steward_person_editor_save (StewardPersonEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;
  GtkWidget *first_bad = NULL;

  g_return_val_if_fail (STEWARD_IS_PERSON_EDITOR (self), FALSE);

  read_form (self);
  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, N_FIELDS (self));

  problems = steward_record_validate (STEWARD_RECORD (self->person));
  first_bad = steward_form_show_problems (self->fields, N_FIELDS (self), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->person), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_person_editor_get_person:
 *
 * Returns: (transfer none): the person as last read from the form
 */
StewardPerson *
steward_person_editor_get_person (StewardPersonEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PERSON_EDITOR (self), NULL);

  return self->person;
}

static void
on_field_changed_cb (GtkEditable         *editable,
                     StewardPersonEditor *self)
{
  steward_form_clear_edited (self->fields, N_FIELDS (self), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow         *row,
                       StewardPersonEditor *self)
{
  steward_person_editor_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_person_editor_save (STEWARD_PERSON_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardPersonEditor *self = STEWARD_PERSON_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_person_editor_dispose (GObject *object)
{
  StewardPersonEditor *self = (StewardPersonEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_PERSON_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (steward_person_editor_parent_class)->dispose (object);
}

static void
steward_person_editor_class_init (StewardPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_person_editor_dispose;

  /**
   * StewardPersonEditor::delete-requested:
   * @person: the person as stored
   *
   * The user asked to delete the person; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, extension_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, name_error_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, email_error_row);
  gtk_widget_class_bind_template_child (widget_class, StewardPersonEditor, email_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_person_editor_init (StewardPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields[0] = (StewardFormField) { "name", GTK_WIDGET (self->name_row), self->name_error_row, self->name_error };
  self->fields[1] = (StewardFormField) { "title", GTK_WIDGET (self->title_row) };
  self->fields[2] = (StewardFormField) { "unit", GTK_WIDGET (self->unit_row) };
  self->fields[3] = (StewardFormField) { "phone", GTK_WIDGET (self->phone_row) };
  self->fields[4] = (StewardFormField) { "extension", GTK_WIDGET (self->extension_row) };
  self->fields[5] = (StewardFormField) { "email", GTK_WIDGET (self->email_row), self->email_error_row, self->email_error };
  self->fields[6] = (StewardFormField) { "notes", GTK_WIDGET (self->notes_row) };
}

/**
 * steward_person_editor_new:
 * @person: (nullable): the person to edit, or %NULL for a new one
 */
StewardPersonEditor *
steward_person_editor_new (StewardDatabase *db,
                           StewardPerson   *person)
{
  StewardPersonEditor *self = g_object_new (STEWARD_TYPE_PERSON_EDITOR, NULL);

  self->db = g_object_ref (db);
  self->original = person != NULL ? g_object_ref (person) : NULL;
  self->person = person != NULL ? STEWARD_PERSON (steward_record_copy (STEWARD_RECORD (person)))
                                : steward_person_new ();

  adw_window_title_set_title (self->window_title, person != NULL ? _("Edit Person") : _("New Person"));
  gtk_window_set_title (GTK_WINDOW (self), person != NULL ? _("Edit Person") : _("New Person"));
  gtk_widget_set_visible (self->delete_button, person != NULL);
  write_form (self);

  return self;
}
