/* steward-membership-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-membership-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-roster.h"
#include "model/steward-body.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-membership-editor.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The form of a membership: who, in which body, in which role, from when
 * to when, appointed by which decision. It edits a copy; a refused save
 * says why beside the field and keeps everything typed. */
struct _StewardMembershipEditor
{
  AdwWindow          parent_instance;

  StewardDatabase   *db;
  StewardMembership *membership;
  StewardRecordList *people;
  StewardRecordList *bodies;
  StewardRecordList *memberships;

  AdwWindowTitle    *window_title;
  GtkWidget         *general_error;
  AdwComboRow       *person_row;
  AdwComboRow       *body_row;
  AdwComboRow       *role_row;
  AdwEntryRow       *process_name_row;
  StewardDateRow    *start_date_row;
  StewardDateRow    *end_date_row;
  AdwEntryRow       *decision_ref_row;
  StewardDateRow    *decision_date_row;
  AdwEntryRow       *notes_row;
  GtkWidget         *person_error_row;
  GtkLabel          *person_error;
  GtkWidget         *body_error_row;
  GtkLabel          *body_error;
  GtkWidget         *role_error_row;
  GtkLabel          *role_error;
  GtkWidget         *process_name_error_row;
  GtkLabel          *process_name_error;
  GtkWidget         *start_date_error_row;
  GtkLabel          *start_date_error;
  GtkWidget         *end_date_error_row;
  GtkLabel          *end_date_error;
  GtkWidget         *decision_date_error_row;
  GtkLabel          *decision_date_error;

  StewardFormField   fields[7];
};

G_DEFINE_FINAL_TYPE (StewardMembershipEditor, steward_membership_editor, ADW_TYPE_WINDOW)

static guint
position_of (GListModel *model,
             gint64      id)
{
  guint position = GTK_INVALID_LIST_POSITION;

  steward_record_list_find (STEWARD_RECORD_LIST (model), id, &position);

  return position;
}

static gint64
selected_id (AdwComboRow *row)
{
  StewardRecord *record = adw_combo_row_get_selected_item (row);

  return record != NULL ? steward_record_get_id (record) : 0;
}

static char *
dup_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
update_process_visibility (StewardMembershipEditor *self)
{
  gboolean owner = adw_combo_row_get_selected (self->role_row) == STEWARD_ROLE_PROCESS_OWNER;

  gtk_widget_set_visible (GTK_WIDGET (self->process_name_row), owner);
  if (!owner)
    gtk_widget_set_visible (self->process_name_error_row, FALSE);
}

static void
write_form (StewardMembershipEditor *self)
{
  StewardMembership *m = self->membership;

  adw_combo_row_set_selected (self->person_row,
                              position_of (G_LIST_MODEL (self->people), steward_membership_get_person_id (m)));
  adw_combo_row_set_selected (self->body_row,
                              position_of (G_LIST_MODEL (self->bodies), steward_membership_get_body_id (m)));
  adw_combo_row_set_selected (self->role_row, steward_membership_get_role (m));
  gtk_editable_set_text (GTK_EDITABLE (self->process_name_row), steward_membership_get_process_name (m) ?: "");
  steward_date_row_set_date (self->start_date_row, steward_membership_get_start_date (m));
  steward_date_row_set_date (self->end_date_row, steward_membership_get_end_date (m));
  gtk_editable_set_text (GTK_EDITABLE (self->decision_ref_row), steward_membership_get_decision_ref (m) ?: "");
  steward_date_row_set_date (self->decision_date_row, steward_membership_get_decision_date (m));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), steward_membership_get_notes (m) ?: "");
  update_process_visibility (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardMembershipEditor *self)
{
  g_autofree char *process = dup_text (self->process_name_row);
  g_autofree char *decision = dup_text (self->decision_ref_row);
  g_autofree char *notes = dup_text (self->notes_row);
  guint role = adw_combo_row_get_selected (self->role_row);

  g_object_set (self->membership,
                "person-id", selected_id (self->person_row),
                "body-id", selected_id (self->body_row),
                "role", role == GTK_INVALID_LIST_POSITION ? STEWARD_ROLE_MEMBER : (StewardRole) role,
                "process-name", role == STEWARD_ROLE_PROCESS_OWNER ? process : NULL,
                "start-date", steward_date_row_get_date (self->start_date_row),
                "end-date", steward_date_row_get_date (self->end_date_row),
                "decision-ref", decision,
                "decision-date", steward_date_row_get_date (self->decision_date_row),
                "notes", notes,
                NULL);
}

/* A date that cannot be read is not the same as no date: say so. */
static void
check_date_rows (StewardMembershipEditor *self,
                 GPtrArray               *problems)
{
  static const char *message = N_("This is not a date: write it as 2026-11-24 or 115-11-24.");
  const struct { StewardDateRow *row; const char *property; } rows[] = {
    { self->start_date_row, "start-date" },
    { self->end_date_row, "end-date" },
    { self->decision_date_row, "decision-date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (!steward_date_row_is_valid (rows[i].row))
      steward_record_add_problem (problems, rows[i].property, _(message));
}

/**
 * steward_membership_editor_save:
 *
 * Returns: whether the membership was saved (the window then closes)
 */
gboolean
steward_membership_editor_save (StewardMembershipEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;
  GtkWidget *first_bad;

  g_return_val_if_fail (STEWARD_IS_MEMBERSHIP_EDITOR (self), FALSE);

  read_form (self);
  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  problems = steward_record_validate (STEWARD_RECORD (self->membership));
  check_date_rows (self, problems);
  if (problems->len == 0)
    steward_membership_check_conflicts (self->membership, G_LIST_MODEL (self->memberships), problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  saved = steward_record_save (STEWARD_RECORD (self->membership), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

void
steward_membership_editor_set_person (StewardMembershipEditor *self,
                                      gint64                   person_id)
{
  adw_combo_row_set_selected (self->person_row, position_of (G_LIST_MODEL (self->people), person_id));
}

void
steward_membership_editor_set_role (StewardMembershipEditor *self,
                                    StewardRole              role)
{
  adw_combo_row_set_selected (self->role_row, role);
}

static void
on_entry_changed_cb (GtkEditable             *row,
                     StewardMembershipEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
}

static void
on_selected_changed_cb (AdwComboRow             *row,
                        GParamSpec              *pspec,
                        StewardMembershipEditor *self)
{
  if (row == self->role_row)
    update_process_visibility (self);

  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_membership_editor_save (STEWARD_MEMBERSHIP_EDITOR (widget));
}

static void
steward_membership_editor_dispose (GObject *object)
{
  StewardMembershipEditor *self = (StewardMembershipEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_MEMBERSHIP_EDITOR);

  g_clear_object (&self->membership);
  g_clear_object (&self->people);
  g_clear_object (&self->bodies);
  g_clear_object (&self->memberships);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_membership_editor_parent_class)->dispose (object);
}

static void
steward_membership_editor_class_init (StewardMembershipEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_membership_editor_dispose;

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-membership-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardMembershipEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (person_row);
  CHILD (body_row);
  CHILD (role_row);
  CHILD (process_name_row);
  CHILD (start_date_row);
  CHILD (end_date_row);
  CHILD (decision_ref_row);
  CHILD (decision_date_row);
  CHILD (notes_row);
  CHILD (person_error_row);
  CHILD (person_error);
  CHILD (body_error_row);
  CHILD (body_error);
  CHILD (role_error_row);
  CHILD (role_error);
  CHILD (process_name_error_row);
  CHILD (process_name_error);
  CHILD (start_date_error_row);
  CHILD (start_date_error);
  CHILD (end_date_error_row);
  CHILD (end_date_error);
  CHILD (decision_date_error_row);
  CHILD (decision_date_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_membership_editor_init (StewardMembershipEditor *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) role_class = g_type_class_ref (STEWARD_TYPE_ROLE);
  g_autoptr(GtkExpression) person_name = gtk_property_expression_new (STEWARD_TYPE_PERSON, NULL, "name");
  g_autoptr(GtkExpression) body_name = gtk_property_expression_new (STEWARD_TYPE_BODY, NULL, "name");

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < role_class->n_values; i++)
    gtk_string_list_append (roles, steward_role_to_string (role_class->values[i].value));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));

  adw_combo_row_set_expression (self->person_row, person_name);
  adw_combo_row_set_expression (self->body_row, body_name);

  self->fields[0] = (StewardFormField) { "person-id", GTK_WIDGET (self->person_row), self->person_error_row, self->person_error };
  self->fields[1] = (StewardFormField) { "body-id", GTK_WIDGET (self->body_row), self->body_error_row, self->body_error };
  self->fields[2] = (StewardFormField) { "role", GTK_WIDGET (self->role_row), self->role_error_row, self->role_error };
  self->fields[3] = (StewardFormField) { "process-name", GTK_WIDGET (self->process_name_row), self->process_name_error_row, self->process_name_error };
  self->fields[4] = (StewardFormField) { "start-date", GTK_WIDGET (self->start_date_row), self->start_date_error_row, self->start_date_error };
  self->fields[5] = (StewardFormField) { "end-date", GTK_WIDGET (self->end_date_row), self->end_date_error_row, self->end_date_error };
  self->fields[6] = (StewardFormField) { "decision-date", GTK_WIDGET (self->decision_date_row), self->decision_date_error_row, self->decision_date_error };
}

/**
 * steward_membership_editor_new:
 * @membership: (nullable): the membership to edit, or %NULL for a new one
 * @body_id: for a new membership, the body it is in (0: choose)
 */
StewardMembershipEditor *
steward_membership_editor_new (StewardDatabase   *db,
                               StewardMembership *membership,
                               gint64             body_id)
{
  StewardMembershipEditor *self = g_object_new (STEWARD_TYPE_MEMBERSHIP_EDITOR, NULL);
  g_autoptr(StewardQuery) by_name = steward_query_new ();
  g_autoptr(StewardQuery) by_position = steward_query_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StewardCalendar calendar = g_settings_get_enum (settings, "calendar");
  const char *title;

  self->db = g_object_ref (db);

  steward_query_order_by (by_name, "name", FALSE);
  steward_query_order_by (by_position, "position", FALSE);
  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, by_name);
  self->bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, by_position);
  self->memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, NULL);
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (self->people));
  adw_combo_row_set_model (self->body_row, G_LIST_MODEL (self->bodies));

  steward_date_row_set_calendar (self->start_date_row, calendar);
  steward_date_row_set_calendar (self->end_date_row, calendar);
  steward_date_row_set_calendar (self->decision_date_row, calendar);

  if (membership != NULL)
    self->membership = STEWARD_MEMBERSHIP (steward_record_copy (STEWARD_RECORD (membership)));
  else
    {
      g_autoptr(GDate) today = steward_date_new_today ();

      self->membership = steward_membership_new (0, body_id, STEWARD_ROLE_MEMBER, today);
    }

  title = membership != NULL ? _("Edit Role") : _("New Role");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  write_form (self);

  /* A new role has no person yet: nothing chosen rather than the first. */
  if (membership == NULL)
    adw_combo_row_set_selected (self->person_row, GTK_INVALID_LIST_POSITION);

  return self;
}
