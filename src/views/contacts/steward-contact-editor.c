/* steward-contact-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-contact-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-contact-editor.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of an entry of the external contacts list (procedure 5.5). It
 * edits a copy: the list keeps showing what is stored until the save has
 * gone through, and a refused save keeps everything typed, with the reason
 * beside the field at fault (a phone number that is none, an e-mail
 * address that is none, a date that is none). */
struct _StewardContactEditor
{
  AdwWindow         parent_instance;

  StewardDatabase  *db;
  StewardContact   *original;
  StewardContact   *contact;

  AdwWindowTitle   *window_title;
  GtkWidget        *general_error;
  GtkWidget        *delete_button;
  AdwEntryRow      *organization_row;
  AdwEntryRow      *unit_row;
  AdwComboRow      *purpose_row;
  AdwEntryRow      *person_row;
  AdwEntryRow      *role_row;
  AdwEntryRow      *phone_row;
  AdwEntryRow      *email_row;
  AdwEntryRow      *address_row;
  StewardDateRow   *verified_on_row;
  GtkTextView      *notes_view;
  GtkWidget        *copy_phone_button;
  GtkWidget        *copy_email_button;
  GtkWidget        *today_button;
  GtkWidget        *organization_error_row;
  GtkLabel         *organization_error;
  GtkWidget        *phone_error_row;
  GtkLabel         *phone_error;
  GtkWidget        *email_error_row;
  GtkLabel         *email_error;
  GtkWidget        *verified_on_error_row;
  GtkLabel         *verified_on_error;

  StewardFormField  fields[4];
};

G_DEFINE_FINAL_TYPE (StewardContactEditor, steward_contact_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_copy_buttons (StewardContactEditor *self)
{
  g_autofree char *phone = steward_register_dup_text (GTK_WIDGET (self->phone_row));
  g_autofree char *email = steward_register_dup_text (GTK_WIDGET (self->email_row));

  gtk_widget_set_sensitive (self->copy_phone_button, phone != NULL);
  gtk_widget_set_sensitive (self->copy_email_button, email != NULL);
}

static void
write_form (StewardContactEditor *self)
{
  StewardContact *c = self->contact;

  steward_register_set_text (GTK_WIDGET (self->organization_row), steward_contact_get_organization (c));
  steward_register_set_text (GTK_WIDGET (self->unit_row), steward_contact_get_unit (c));
  adw_combo_row_set_selected (self->purpose_row, steward_contact_get_purpose (c));
  steward_register_set_text (GTK_WIDGET (self->person_row), steward_contact_get_person (c));
  steward_register_set_text (GTK_WIDGET (self->role_row), steward_contact_get_role (c));
  steward_register_set_text (GTK_WIDGET (self->phone_row), steward_contact_get_phone (c));
  steward_register_set_text (GTK_WIDGET (self->email_row), steward_contact_get_email (c));
  steward_register_set_text (GTK_WIDGET (self->address_row), steward_contact_get_address (c));
  steward_date_row_set_date (self->verified_on_row, steward_contact_get_verified_on (c));
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_contact_get_notes (c));
  update_copy_buttons (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

/* Copies the form into the record. */
static void
read_form (StewardContactEditor *self)
{
  g_autofree char *organization = steward_register_dup_text (GTK_WIDGET (self->organization_row));
  g_autofree char *unit = steward_register_dup_text (GTK_WIDGET (self->unit_row));
  g_autofree char *person = steward_register_dup_text (GTK_WIDGET (self->person_row));
  g_autofree char *role = steward_register_dup_text (GTK_WIDGET (self->role_row));
  g_autofree char *phone = steward_register_dup_text (GTK_WIDGET (self->phone_row));
  g_autofree char *email = steward_register_dup_text (GTK_WIDGET (self->email_row));
  g_autofree char *address = steward_register_dup_text (GTK_WIDGET (self->address_row));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));
  guint purpose = adw_combo_row_get_selected (self->purpose_row);

  g_object_set (self->contact,
                "organization", organization,
                "unit", unit,
                "purpose", purpose == GTK_INVALID_LIST_POSITION ? STEWARD_CONTACT_OTHER : (StewardContactPurpose) purpose,
                "person", person,
                "role", role,
                "phone", phone,
                "email", email,
                "address", address,
                "verified-on", steward_date_row_get_date (self->verified_on_row),
                "notes", notes,
                NULL);
}

/* What only the form can tell: a date typed that is none, or one to come. */
static void
check_form (StewardContactEditor *self,
            GPtrArray            *problems)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  GDate *verified_on = steward_date_row_get_date (self->verified_on_row);

  if (verified_on != NULL && g_date_compare (verified_on, today) > 0)
    steward_record_add_problem (problems, "verified-on", _("A contact cannot have been verified after today."));
  steward_register_check_date (self->verified_on_row, "verified-on", problems);
}

/**
 * steward_contact_editor_save:
 *
 * Saves what the form holds. A phone number or an e-mail address that is
 * none, no organization, a date that is none: refused, the reason beside
 * the field, the focus on the first, nothing typed lost.
 *
 * Returns: whether the contact was saved (the window then closes)
 */
gboolean
steward_contact_editor_save (StewardContactEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_CONTACT_EDITOR (self), FALSE);

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->contact));
  check_form (self, problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->contact), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_contact_editor_get_contact:
 *
 * Returns: (transfer none): the contact as last read from the form; once
 *   saved it has its id
 */
StewardContact *
steward_contact_editor_get_contact (StewardContactEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_CONTACT_EDITOR (self), NULL);

  return self->contact;
}

static void
on_entry_changed_cb (GtkEditable          *editable,
                     StewardContactEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
  if (editable == GTK_EDITABLE (self->phone_row) || editable == GTK_EDITABLE (self->email_row))
    {
      /* "Enter a phone number or an e-mail address" is said beside the
       * phone; typing either answers it. */
      if (editable == GTK_EDITABLE (self->email_row))
        steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->phone_row));
      update_copy_buttons (self);
    }
}

static void
on_entry_activated_cb (AdwEntryRow          *row,
                       StewardContactEditor *self)
{
  steward_contact_editor_save (self);
}

static void
on_copy_clicked_cb (GtkButton            *button,
                    StewardContactEditor *self)
{
  gboolean phone = GTK_WIDGET (button) == self->copy_phone_button;
  g_autofree char *text = steward_register_dup_text (GTK_WIDGET (phone ? self->phone_row : self->email_row));

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  steward_show_message (GTK_WIDGET (self->window_title),
                        phone ? _("Phone number copied") : _("E-mail address copied"));
}

static void
on_today_clicked_cb (GtkButton            *button,
                     StewardContactEditor *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  steward_date_row_set_date (self->verified_on_row, today);
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->verified_on_row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_contact_editor_save (STEWARD_CONTACT_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardContactEditor *self = STEWARD_CONTACT_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_contact_editor_dispose (GObject *object)
{
  StewardContactEditor *self = (StewardContactEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_CONTACT_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_contact_editor_parent_class)->dispose (object);
}

static void
steward_contact_editor_finalize (GObject *object)
{
  StewardContactEditor *self = (StewardContactEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (steward_contact_editor_parent_class)->finalize (object);
}

static void
steward_contact_editor_class_init (StewardContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_contact_editor_dispose;
  object_class->finalize = steward_contact_editor_finalize;

  /**
   * StewardContactEditor::delete-requested:
   * @contact: the contact as stored
   *
   * The user asked to delete the contact; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_CONTACT);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-contact-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardContactEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (organization_row);
  CHILD (unit_row);
  CHILD (purpose_row);
  CHILD (person_row);
  CHILD (role_row);
  CHILD (phone_row);
  CHILD (email_row);
  CHILD (address_row);
  CHILD (verified_on_row);
  CHILD (notes_view);
  CHILD (copy_phone_button);
  CHILD (copy_email_button);
  CHILD (today_button);
  CHILD (organization_error_row);
  CHILD (organization_error);
  CHILD (phone_error_row);
  CHILD (phone_error);
  CHILD (email_error_row);
  CHILD (email_error);
  CHILD (verified_on_error_row);
  CHILD (verified_on_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_today_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_contact_editor_init (StewardContactEditor *self)
{
  g_autoptr(GtkStringList) purposes = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) purpose_class = g_type_class_ref (STEWARD_TYPE_CONTACT_PURPOSE);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  for (guint i = 0; i < purpose_class->n_values; i++)
    gtk_string_list_append (purposes, steward_contact_purpose_to_string (purpose_class->values[i].value));
  adw_combo_row_set_model (self->purpose_row, G_LIST_MODEL (purposes));

  steward_date_row_set_calendar (self->verified_on_row, steward_register_get_calendar ());

  self->fields[0] = (StewardFormField) { "organization", GTK_WIDGET (self->organization_row), self->organization_error_row, self->organization_error };
  self->fields[1] = (StewardFormField) { "phone", GTK_WIDGET (self->phone_row), self->phone_error_row, self->phone_error };
  self->fields[2] = (StewardFormField) { "email", GTK_WIDGET (self->email_row), self->email_error_row, self->email_error };
  self->fields[3] = (StewardFormField) { "verified-on", GTK_WIDGET (self->verified_on_row), self->verified_on_error_row, self->verified_on_error };
}

/**
 * steward_contact_editor_new:
 * @contact: (nullable): the contact to edit, or %NULL for a new one
 */
StewardContactEditor *
steward_contact_editor_new (StewardDatabase *db,
                            StewardContact  *contact)
{
  StewardContactEditor *self;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (contact == NULL || STEWARD_IS_CONTACT (contact), NULL);

  self = g_object_new (STEWARD_TYPE_CONTACT_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = contact != NULL ? g_object_ref (contact) : NULL;
  self->contact = contact != NULL ? STEWARD_CONTACT (steward_record_copy (STEWARD_RECORD (contact)))
                                  : g_object_new (STEWARD_TYPE_CONTACT,
                                                  "purpose", STEWARD_CONTACT_INCIDENT_REPORTING,
                                                  NULL);

  title = contact != NULL ? _("Edit Contact") : _("New Contact");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("External Contacts List"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, contact != NULL);
  write_form (self);

  return self;
}
