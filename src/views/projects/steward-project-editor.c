/* steward-project-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-project-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-person.h"
#include "model/steward-project-review.h"
#include "model/steward-project-role.h"
#include "model/steward-record-list.h"
#include "steward-project-editor.h"
#include "widgets/steward-register-util.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of a project (procedure 5.8): the project, whether security is
 * written into its requirements or contract (5.8.1), its risk assessment
 * at the start (5.8.2), its security reviews (5.8.3) and its roles
 * (5.8.4). The project's own fields are edited on a copy and saved with
 * Save; a review has its own form and a role is added or removed here,
 * each stored at once. Both need the project stored first: on a new
 * project, adding either saves it first, when it can be. */
struct _StewardProjectEditor
{
  AdwWindow          parent_instance;

  StewardDatabase   *db;
  StewardProject    *original;
  StewardProject    *project;
  StewardRecordList *people;
  StewardRecordList *reviews;
  StewardRecordList *roles;
  StewardCalendar    calendar;

  AdwWindowTitle    *window_title;
  GtkWidget         *general_error;
  GtkWidget         *delete_button;
  AdwEntryRow       *name_row;
  GtkWidget         *name_error_row;
  GtkLabel          *name_error;
  AdwComboRow       *owner_row;
  StewardDateRow    *start_date_row;
  GtkWidget         *start_date_error_row;
  GtkLabel          *start_date_error;
  StewardDateRow    *end_date_row;
  GtkWidget         *end_date_error_row;
  GtkLabel          *end_date_error;
  GtkSwitch         *security_switch;
  AdwEntryRow       *requirements_ref_row;
  StewardDateRow    *risk_assessed_on_row;
  GtkWidget         *risk_assessed_on_error_row;
  GtkLabel          *risk_assessed_on_error;
  GtkTextView       *risk_result_view;
  GtkListBox        *reviews_list;
  GtkListBox        *roles_list;
  AdwComboRow       *role_person_row;
  AdwEntryRow       *role_row;
  GtkWidget         *role_error_row;
  GtkLabel          *role_error;
  GtkTextView       *notes_view;

  StewardFormField   fields[4];
  StewardFormField   role_fields[2];
};

G_DEFINE_FINAL_TYPE (StewardProjectEditor, steward_project_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rows of reviews and roles */

static const char *
person_name (StewardProjectEditor *self,
             gint64                id)
{
  StewardPerson *person = id > 0 ? steward_record_list_find (self->people, id, NULL) : NULL;

  return person != NULL ? steward_person_get_name (person) : "";
}

static GtkWidget *
create_review_row (gpointer item,
                   gpointer user_data)
{
  StewardProjectEditor *self = user_data;
  StewardProjectReview *review = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = steward_date_format (steward_project_review_get_reviewed_on (review), self->calendar);
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  const char *findings = steward_project_review_get_findings (review);
  const char *actions = steward_project_review_get_actions (review);
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a security review of a project; %s is its date */
  title = g_strdup_printf (_("Review of %s"), date);
  /* TRANSLATORS: what a security review of a project found */
  g_ptr_array_add (details, g_strdup_printf (_("Findings: %s"), findings != NULL ? findings : _("none recorded")));
  if (actions != NULL)
    /* TRANSLATORS: what a security review of a project decided to do */
    g_ptr_array_add (details, g_strdup_printf (_("Actions: %s"), actions));
  g_ptr_array_add (details, NULL);
  subtitle = g_strjoinv ("\n", (char **) details->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  steward_form_set_row_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "steward-record", g_object_ref (item), g_object_unref);

  return row;
}

static void
on_remove_role_clicked_cb (GtkButton            *button,
                           StewardProjectEditor *self)
{
  StewardProjectRole *role = g_object_get_data (G_OBJECT (button), "steward-record");
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  g_autofree char *title = NULL;

  g_ptr_array_add (records, role);
  /* TRANSLATORS: a toast in the form of a project; %s is a person */
  title = g_strdup_printf (_("Role of %s removed"), person_name (self, steward_project_role_get_person_id (role)));
  steward_register_delete_with_undo (GTK_WIDGET (self->window_title), self->db, records, title);
}

static GtkWidget *
create_role_row (gpointer item,
                 gpointer user_data)
{
  StewardProjectEditor *self = user_data;
  StewardProjectRole *role = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  steward_form_set_row_text (ADW_PREFERENCES_ROW (row), person_name (self, steward_project_role_get_person_id (role)));
  steward_form_set_row_subtitle (ADW_ACTION_ROW (row), steward_project_role_get_role (role));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove the Role"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_name (remove, "remove_role_button");
  g_object_set_data_full (G_OBJECT (remove), "steward-record", g_object_ref (item), g_object_unref);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_role_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

/* A record edited in place is the same item with new values: its row is
 * made again. */
static void
bind_lists (StewardProjectEditor *self)
{
  gtk_list_box_bind_model (self->reviews_list, G_LIST_MODEL (self->reviews), create_review_row, self, NULL);
  gtk_list_box_bind_model (self->roles_list, G_LIST_MODEL (self->roles), create_role_row, self, NULL);
}

static void
on_table_changed_cb (StewardDatabase      *db,
                     const char * const   *tables,
                     StewardProjectEditor *self)
{
  bind_lists (self);
}

/* Once the project is stored, its reviews and roles can be. */
static void
show_stored_project (StewardProjectEditor *self)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (self->project));
  g_autoptr(StewardQuery) reviews = steward_query_new ();
  g_autoptr(StewardQuery) roles = steward_query_new ();

  if (self->original == NULL)
    self->original = STEWARD_PROJECT (steward_record_copy (STEWARD_RECORD (self->project)));

  /* Newest review first; roles as they were given. */
  steward_query_where_int64 (reviews, "project_id", STEWARD_QUERY_EQUAL, id);
  steward_query_order_by (reviews, "reviewed_on", TRUE);
  steward_query_order_by (reviews, "id", TRUE);
  steward_query_where_int64 (roles, "project_id", STEWARD_QUERY_EQUAL, id);
  steward_query_order_by (roles, "id", FALSE);
  self->reviews = steward_record_list_new (self->db, STEWARD_TYPE_PROJECT_REVIEW, reviews);
  self->roles = steward_record_list_new (self->db, STEWARD_TYPE_PROJECT_ROLE, roles);
  /* After the lists' own handlers, which read the rows again. */
  g_signal_connect_object (self->db, "changed::project_review", G_CALLBACK (on_table_changed_cb), self, 0);
  g_signal_connect_object (self->db, "changed::project_role", G_CALLBACK (on_table_changed_cb), self, 0);
  bind_lists (self);

  adw_window_title_set_title (self->window_title, _("Edit Project"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Project"));
  gtk_widget_set_visible (self->delete_button, TRUE);
}

/* The project */

static void
write_form (StewardProjectEditor *self)
{
  StewardProject *p = self->project;

  steward_register_set_text (GTK_WIDGET (self->name_row), steward_project_get_name (p));
  steward_objective_form_select_person (self->owner_row, steward_project_get_owner_id (p));
  steward_date_row_set_date (self->start_date_row, steward_project_get_start_date (p));
  steward_date_row_set_date (self->end_date_row, steward_project_get_end_date (p));
  gtk_switch_set_active (self->security_switch, steward_project_get_security_in_requirements (p));
  steward_register_set_text (GTK_WIDGET (self->requirements_ref_row), steward_project_get_requirements_ref (p));
  steward_date_row_set_date (self->risk_assessed_on_row, steward_project_get_risk_assessed_on (p));
  steward_register_set_text (GTK_WIDGET (self->risk_result_view), steward_project_get_risk_result (p));
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_project_get_notes (p));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardProjectEditor *self)
{
  g_autofree char *name = steward_register_dup_text (GTK_WIDGET (self->name_row));
  g_autofree char *ref = steward_register_dup_text (GTK_WIDGET (self->requirements_ref_row));
  g_autofree char *result = steward_register_dup_text (GTK_WIDGET (self->risk_result_view));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));

  g_object_set (self->project,
                "name", name,
                "owner-id", steward_objective_form_get_person (self->owner_row),
                "start-date", steward_date_row_get_date (self->start_date_row),
                "end-date", steward_date_row_get_date (self->end_date_row),
                "security-in-requirements", gtk_switch_get_active (self->security_switch),
                "requirements-ref", ref,
                "risk-assessed-on", steward_date_row_get_date (self->risk_assessed_on_row),
                "risk-result", result,
                "notes", notes,
                NULL);
}

/* Saves the project without closing; a refusal is said beside the field. */
static gboolean
store_project (StewardProjectEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->project));
  /* A date typed that is none: the record only sees no date. */
  steward_register_check_date (self->start_date_row, "start-date", problems);
  steward_register_check_date (self->end_date_row, "end-date", problems);
  steward_register_check_date (self->risk_assessed_on_row, "risk-assessed-on", problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  if (!steward_record_save (STEWARD_RECORD (self->project), self->db, &error))
    {
      steward_form_show_message (self->general_error, error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_project_editor_save:
 *
 * Saves the project. Without a name, ending before it starts, a date that
 * is none: refused, said beside the field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_project_editor_save (StewardProjectEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PROJECT_EDITOR (self), FALSE);

  if (!store_project (self))
    return FALSE;

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/**
 * steward_project_editor_get_project:
 *
 * Returns: (transfer none): the project as last read from the form; once
 *   saved it has its id
 */
StewardProject *
steward_project_editor_get_project (StewardProjectEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PROJECT_EDITOR (self), NULL);

  return self->project;
}

/* A new project is saved before anything is recorded of it. */
static gboolean
ensure_stored (StewardProjectEditor *self)
{
  g_autofree char *message = NULL;

  if (steward_record_get_id (STEWARD_RECORD (self->project)) > 0)
    return TRUE;

  if (!store_project (self))
    return FALSE;

  show_stored_project (self);
  /* TRANSLATORS: a toast in the form of a new project, saved so that its
   * reviews or roles can be recorded; %s is its name */
  message = g_strdup_printf (_("“%s” saved"), steward_project_get_name (self->project));
  steward_show_message (GTK_WIDGET (self->window_title), message);

  return TRUE;
}

/* Reviews */

static void
on_review_delete_requested_cb (StewardProjectReviewEditor *editor,
                               StewardProjectReview       *review,
                               StewardProjectEditor       *self)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  g_ptr_array_add (records, review);
  steward_register_delete_with_undo (GTK_WIDGET (self->window_title), self->db, records, _("Security review deleted"));
}

/**
 * steward_project_editor_open_review:
 * @review: (nullable): the review to edit, or %NULL for a new one
 *
 * Opens the form of a security review; a new project is saved first.
 *
 * Returns: (transfer none) (nullable): the form, shown; %NULL when the
 *   project could not be saved (the form says why)
 */
StewardProjectReviewEditor *
steward_project_editor_open_review (StewardProjectEditor *self,
                                    StewardProjectReview *review)
{
  StewardProjectReviewEditor *editor;

  g_return_val_if_fail (STEWARD_IS_PROJECT_EDITOR (self), NULL);

  if (!ensure_stored (self))
    return NULL;

  editor = steward_project_review_editor_new (self->db, self->project, review);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_review_delete_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_review_activated_cb (GtkListBox           *list,
                        GtkListBoxRow        *row,
                        StewardProjectEditor *self)
{
  steward_project_editor_open_review (self, g_object_get_data (G_OBJECT (row), "steward-record"));
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  steward_project_editor_open_review (STEWARD_PROJECT_EDITOR (widget), NULL);
}

/* Roles */

/**
 * steward_project_editor_add_role:
 *
 * Gives the person chosen the role typed; a new project is saved first.
 * Nobody chosen, or no role: refused, said below the rows.
 *
 * Returns: whether the role was stored
 */
gboolean
steward_project_editor_add_role (StewardProjectEditor *self)
{
  g_autofree char *text = NULL;
  g_autoptr(StewardProjectRole) role = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;

  g_return_val_if_fail (STEWARD_IS_PROJECT_EDITOR (self), FALSE);

  steward_form_clear_problems (self->role_fields, G_N_ELEMENTS (self->role_fields));
  text = steward_register_dup_text (GTK_WIDGET (self->role_row));
  role = g_object_new (STEWARD_TYPE_PROJECT_ROLE,
                       "person-id", steward_objective_form_get_person (self->role_person_row),
                       "role", text,
                       NULL);

  /* What was typed for the role, before the project is saved for it. */
  problems = steward_record_validate (STEWARD_RECORD (role));
  for (guint i = problems->len; i > 0; i--)
    if (g_strcmp0 (((StewardProblem *) g_ptr_array_index (problems, i - 1))->property, "project-id") == 0)
      g_ptr_array_remove_index (problems, i - 1);
  /* Both rows say it in one place: the first problem. */
  if (problems->len > 1)
    g_ptr_array_set_size (problems, 1);
  first_bad = steward_form_show_problems (self->role_fields, G_N_ELEMENTS (self->role_fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  if (!ensure_stored (self))
    return FALSE;

  g_object_set (role, "project-id", steward_record_get_id (STEWARD_RECORD (self->project)), NULL);
  if (!steward_record_save (STEWARD_RECORD (role), self->db, &error))
    {
      steward_form_show_message (self->general_error, error->message);
      return FALSE;
    }

  steward_register_set_text (GTK_WIDGET (self->role_row), NULL);
  adw_combo_row_set_selected (self->role_person_row, 0);
  steward_form_clear_problems (self->role_fields, G_N_ELEMENTS (self->role_fields));

  return TRUE;
}

static void
add_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  steward_project_editor_add_role (STEWARD_PROJECT_EDITOR (widget));
}

static void
on_role_activated_cb (AdwEntryRow          *row,
                      StewardProjectEditor *self)
{
  steward_project_editor_add_role (self);
}

static void
on_role_person_changed_cb (AdwComboRow          *row,
                           GParamSpec           *pspec,
                           StewardProjectEditor *self)
{
  steward_form_clear_edited (self->role_fields, G_N_ELEMENTS (self->role_fields), GTK_WIDGET (row));
}

/* Editing */

static void
on_entry_changed_cb (GtkEditable          *editable,
                     StewardProjectEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
  steward_form_clear_edited (self->role_fields, G_N_ELEMENTS (self->role_fields), GTK_WIDGET (editable));
  /* "The project cannot end before it starts" is answered from either end. */
  if (editable == GTK_EDITABLE (self->start_date_row))
    steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->end_date_row));
}

static void
on_entry_activated_cb (AdwEntryRow          *row,
                       StewardProjectEditor *self)
{
  steward_project_editor_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_project_editor_save (STEWARD_PROJECT_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardProjectEditor *self = STEWARD_PROJECT_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_project_editor_dispose (GObject *object)
{
  StewardProjectEditor *self = (StewardProjectEditor *)object;

  if (self->reviews_list != NULL)
    gtk_list_box_bind_model (self->reviews_list, NULL, NULL, NULL, NULL);
  if (self->roles_list != NULL)
    gtk_list_box_bind_model (self->roles_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_PROJECT_EDITOR);

  g_clear_object (&self->reviews);
  g_clear_object (&self->roles);
  g_clear_object (&self->people);
  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_project_editor_parent_class)->dispose (object);
}

static void
steward_project_editor_finalize (GObject *object)
{
  StewardProjectEditor *self = (StewardProjectEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->project);

  G_OBJECT_CLASS (steward_project_editor_parent_class)->finalize (object);
}

static void
steward_project_editor_class_init (StewardProjectEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_project_editor_dispose;
  object_class->finalize = steward_project_editor_finalize;

  /**
   * StewardProjectEditor::delete-requested:
   * @project: the project as stored
   *
   * The user asked to delete the project; the page that opened the editor
   * deletes it, with its reviews and roles, and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_PROJECT);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-project-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardProjectEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (name_row);
  CHILD (name_error_row);
  CHILD (name_error);
  CHILD (owner_row);
  CHILD (start_date_row);
  CHILD (start_date_error_row);
  CHILD (start_date_error);
  CHILD (end_date_row);
  CHILD (end_date_error_row);
  CHILD (end_date_error);
  CHILD (security_switch);
  CHILD (requirements_ref_row);
  CHILD (risk_assessed_on_row);
  CHILD (risk_assessed_on_error_row);
  CHILD (risk_assessed_on_error);
  CHILD (risk_result_view);
  CHILD (reviews_list);
  CHILD (roles_list);
  CHILD (role_person_row);
  CHILD (role_row);
  CHILD (role_error_row);
  CHILD (role_error);
  CHILD (notes_view);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_review_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_role_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_role_person_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-review", NULL, add_review_action);
  gtk_widget_class_install_action (widget_class, "editor.add-role", NULL, add_role_action);

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
steward_project_editor_init (StewardProjectEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->calendar = steward_register_get_calendar ();
  steward_date_row_set_calendar (self->start_date_row, self->calendar);
  steward_date_row_set_calendar (self->end_date_row, self->calendar);
  steward_date_row_set_calendar (self->risk_assessed_on_row, self->calendar);

  gtk_list_box_set_placeholder (self->reviews_list, make_placeholder (_("No security review recorded yet.")));
  gtk_list_box_set_placeholder (self->roles_list, make_placeholder (_("No role given yet.")));

  self->fields[0] = (StewardFormField) { "name", GTK_WIDGET (self->name_row), self->name_error_row, self->name_error };
  self->fields[1] = (StewardFormField) { "start-date", GTK_WIDGET (self->start_date_row), self->start_date_error_row, self->start_date_error };
  self->fields[2] = (StewardFormField) { "end-date", GTK_WIDGET (self->end_date_row), self->end_date_error_row, self->end_date_error };
  self->fields[3] = (StewardFormField) { "risk-assessed-on", GTK_WIDGET (self->risk_assessed_on_row), self->risk_assessed_on_error_row, self->risk_assessed_on_error };
  /* One message under the role's two rows. */
  self->role_fields[0] = (StewardFormField) { "person-id", GTK_WIDGET (self->role_person_row), self->role_error_row, self->role_error };
  self->role_fields[1] = (StewardFormField) { "role", GTK_WIDGET (self->role_row), self->role_error_row, self->role_error };
}

/**
 * steward_project_editor_new:
 * @project: (nullable): the project to edit, or %NULL for a new one
 */
StewardProjectEditor *
steward_project_editor_new (StewardDatabase *db,
                            StewardProject  *project)
{
  StewardProjectEditor *self;
  g_autoptr(StewardQuery) people = steward_query_new ();
  g_autoptr(GDate) today = steward_date_new_today ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (project == NULL || STEWARD_IS_PROJECT (project), NULL);

  self = g_object_new (STEWARD_TYPE_PROJECT_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = project != NULL ? g_object_ref (project) : NULL;
  self->project = project != NULL ? STEWARD_PROJECT (steward_record_copy (STEWARD_RECORD (project)))
                                  : g_object_new (STEWARD_TYPE_PROJECT, "start-date", today, NULL);

  steward_query_order_by (people, "name", FALSE);
  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people);
  steward_objective_form_set_people (self->owner_row, G_LIST_MODEL (self->people));
  steward_objective_form_set_people (self->role_person_row, G_LIST_MODEL (self->people));
  write_form (self);

  if (project != NULL)
    show_stored_project (self);
  else
    {
      adw_window_title_set_title (self->window_title, _("New Project"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Project"));
      gtk_widget_set_visible (self->delete_button, FALSE);
    }
  adw_window_title_set_subtitle (self->window_title, _("Projects"));

  return self;
}
