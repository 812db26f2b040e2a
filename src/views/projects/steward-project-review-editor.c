/* steward-project-review-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-project-review-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-project-review-editor.h"
#include "widgets/steward-register-util.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* How long a follow-up action is given unless the user says otherwise. */
#define DEFAULT_ACTION_DAYS 30

/* The form of a security review during a project (procedure 5.8.3): when,
 * what it found, what is to be done; and the follow-up actions (跟催) made
 * from it, which the Actions place lists with a link back to the review.
 * The review is edited on a copy; creating an action stores a new review
 * first, when it can be. */
struct _StewardProjectReviewEditor
{
  AdwWindow             parent_instance;

  StewardDatabase      *db;
  StewardProject       *project;
  StewardProjectReview *original;
  StewardProjectReview *review;
  StewardRecordList    *people;
  StewardRecordList    *actions;
  StewardCalendar       calendar;

  AdwWindowTitle       *window_title;
  GtkWidget            *general_error;
  GtkWidget            *delete_button;
  StewardDateRow       *reviewed_on_row;
  GtkWidget            *reviewed_on_error_row;
  GtkLabel             *reviewed_on_error;
  GtkTextView          *findings_view;
  GtkTextView          *actions_view;
  GtkListBox           *actions_list;
  AdwEntryRow          *action_title_row;
  GtkWidget            *action_title_error_row;
  GtkLabel             *action_title_error;
  AdwComboRow          *action_owner_row;
  GtkWidget            *action_owner_error_row;
  GtkLabel             *action_owner_error;
  StewardDateRow       *action_due_row;
  GtkWidget            *action_due_error_row;
  GtkLabel             *action_due_error;

  StewardFormField      fields[1];
  StewardFormField      action_fields[3];
};

G_DEFINE_FINAL_TYPE (StewardProjectReviewEditor, steward_project_review_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The follow-up actions of the review */

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  StewardProjectReviewEditor *self = user_data;
  StewardActionItem *action = item;
  GtkWidget *row = adw_action_row_new ();
  StewardPerson *owner = steward_record_list_find (self->people, steward_action_item_get_owner_id (action), NULL);
  g_autofree char *due = steward_date_format (steward_action_item_get_due_date (action), self->calendar);
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: a follow-up action: its owner, its due date and its
   * status, such as "陳建宏 · due 2026-12-24 · Open" */
  subtitle = g_strdup_printf (_("%s · due %s · %s"),
                              owner != NULL ? steward_person_get_name (owner) : "",
                              due,
                              steward_action_status_to_string (steward_action_item_get_status (action)));

  steward_form_set_row_text (ADW_PREFERENCES_ROW (row), steward_action_item_get_title (action));
  steward_form_set_row_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

  return row;
}

static void
bind_actions (StewardProjectReviewEditor *self)
{
  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->actions), create_action_row, self, NULL);
}

static void
on_action_table_changed_cb (StewardDatabase            *db,
                            const char * const         *tables,
                            StewardProjectReviewEditor *self)
{
  bind_actions (self);
}

/* Once the review is stored, actions can refer to it. */
static void
show_stored_review (StewardProjectReviewEditor *self)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GEnumClass) sources = g_type_class_ref (STEWARD_TYPE_ACTION_SOURCE);

  if (self->original == NULL)
    self->original = STEWARD_PROJECT_REVIEW (steward_record_copy (STEWARD_RECORD (self->review)));

  steward_query_where_string (query, "source_kind", STEWARD_QUERY_EQUAL,
                              g_enum_get_value (sources, STEWARD_ACTION_SOURCE_PROJECT_REVIEW)->value_nick);
  steward_query_where_int64 (query, "source_id", STEWARD_QUERY_EQUAL,
                             steward_record_get_id (STEWARD_RECORD (self->review)));
  steward_query_order_by (query, "due_date", FALSE);
  self->actions = steward_record_list_new (self->db, STEWARD_TYPE_ACTION_ITEM, query);
  /* After the list's own handler, which reads the rows again. */
  g_signal_connect_object (self->db, "changed::action_item", G_CALLBACK (on_action_table_changed_cb), self, 0);
  bind_actions (self);

  adw_window_title_set_title (self->window_title, _("Edit Security Review"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Security Review"));
  gtk_widget_set_visible (self->delete_button, TRUE);
}

/* The review */

static void
write_form (StewardProjectReviewEditor *self)
{
  steward_date_row_set_date (self->reviewed_on_row, steward_project_review_get_reviewed_on (self->review));
  steward_register_set_text (GTK_WIDGET (self->findings_view), steward_project_review_get_findings (self->review));
  steward_register_set_text (GTK_WIDGET (self->actions_view), steward_project_review_get_actions (self->review));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static void
read_form (StewardProjectReviewEditor *self)
{
  g_autofree char *findings = steward_register_dup_text (GTK_WIDGET (self->findings_view));
  g_autofree char *actions = steward_register_dup_text (GTK_WIDGET (self->actions_view));

  g_object_set (self->review,
                "reviewed-on", steward_date_row_get_date (self->reviewed_on_row),
                "findings", findings,
                "actions", actions,
                NULL);
}

/* Saves the review without closing; a refusal is said beside the field. */
static gboolean
store_review (StewardProjectReviewEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->review));
  steward_register_check_date (self->reviewed_on_row, "reviewed-on", problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  if (!steward_record_save (STEWARD_RECORD (self->review), self->db, &error))
    {
      steward_form_show_message (self->general_error, error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_project_review_editor_save:
 *
 * Saves the review. Without a date, or with one that is none: refused,
 * said beside the field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_project_review_editor_save (StewardProjectReviewEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PROJECT_REVIEW_EDITOR (self), FALSE);

  if (!store_review (self))
    return FALSE;

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/**
 * steward_project_review_editor_get_review:
 *
 * Returns: (transfer none): the review as last read from the form; once
 *   saved it has its id
 */
StewardProjectReview *
steward_project_review_editor_get_review (StewardProjectReviewEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_PROJECT_REVIEW_EDITOR (self), NULL);

  return self->review;
}

/* A follow-up action */

static void
clear_action_fields (StewardProjectReviewEditor *self)
{
  g_autoptr(GDate) due = steward_date_new_today ();

  g_date_add_days (due, DEFAULT_ACTION_DAYS);
  steward_register_set_text (GTK_WIDGET (self->action_title_row), NULL);
  steward_objective_form_select_person (self->action_owner_row, steward_project_get_owner_id (self->project));
  steward_date_row_set_date (self->action_due_row, due);
  steward_form_clear_problems (self->action_fields, G_N_ELEMENTS (self->action_fields));
}

/**
 * steward_project_review_editor_create_action:
 *
 * Makes a follow-up action of the review from the rows of the Follow-up
 * group: what, who, by when; decided today. A new review is stored first.
 * Nothing said, nobody chosen, a due date before today or none: refused,
 * said beside the field.
 *
 * Returns: (transfer none) (nullable): the action, stored; %NULL when it
 *   was refused
 */
StewardActionItem *
steward_project_review_editor_create_action (StewardProjectReviewEditor *self)
{
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *label = NULL;
  GtkWidget *first_bad;
  StewardActionItem *stored;

  g_return_val_if_fail (STEWARD_IS_PROJECT_REVIEW_EDITOR (self), NULL);

  steward_form_clear_problems (self->action_fields, G_N_ELEMENTS (self->action_fields));
  title = steward_register_dup_text (GTK_WIDGET (self->action_title_row));
  action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                         "title", title,
                         "owner-id", steward_objective_form_get_person (self->action_owner_row),
                         "created-on", today,
                         "due-date", steward_date_row_get_date (self->action_due_row),
                         "status", STEWARD_ACTION_OPEN,
                         "source-kind", STEWARD_ACTION_SOURCE_PROJECT_REVIEW,
                         NULL);

  problems = steward_record_validate (STEWARD_RECORD (action));
  steward_register_check_date (self->action_due_row, "due-date", problems);
  first_bad = steward_form_show_problems (self->action_fields, G_N_ELEMENTS (self->action_fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return NULL;
    }

  if (steward_record_get_id (STEWARD_RECORD (self->review)) == 0)
    {
      if (!store_review (self))
        return NULL;
      show_stored_review (self);
    }

  date = steward_date_format (steward_project_review_get_reviewed_on (self->review), self->calendar);
  /* TRANSLATORS: where a follow-up action came from, shown in the list of
   * actions; the first %s is a project, the second a date */
  label = g_strdup_printf (_("Security review of “%s”, %s"), steward_project_get_name (self->project), date);
  g_object_set (action,
                "source-id", steward_record_get_id (STEWARD_RECORD (self->review)),
                "source-label", label,
                NULL);
  if (!steward_record_save (STEWARD_RECORD (action), self->db, &error))
    {
      steward_form_show_message (self->general_error, error->message);
      return NULL;
    }

  clear_action_fields (self);
  steward_show_message (GTK_WIDGET (self->window_title), _("Follow-up action created"));
  stored = steward_record_list_find (self->actions, steward_record_get_id (STEWARD_RECORD (action)), NULL);

  return stored;
}

static void
create_action_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  steward_project_review_editor_create_action (STEWARD_PROJECT_REVIEW_EDITOR (widget));
}

static void
on_action_activated_cb (AdwEntryRow                *row,
                        StewardProjectReviewEditor *self)
{
  steward_project_review_editor_create_action (self);
}

static void
on_action_owner_changed_cb (AdwComboRow                *row,
                            GParamSpec                 *pspec,
                            StewardProjectReviewEditor *self)
{
  steward_form_clear_edited (self->action_fields, G_N_ELEMENTS (self->action_fields), GTK_WIDGET (row));
}

/* Editing */

static void
on_entry_changed_cb (GtkEditable                *editable,
                     StewardProjectReviewEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
  steward_form_clear_edited (self->action_fields, G_N_ELEMENTS (self->action_fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow                *row,
                       StewardProjectReviewEditor *self)
{
  steward_project_review_editor_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_project_review_editor_save (STEWARD_PROJECT_REVIEW_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardProjectReviewEditor *self = STEWARD_PROJECT_REVIEW_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_project_review_editor_dispose (GObject *object)
{
  StewardProjectReviewEditor *self = (StewardProjectReviewEditor *)object;

  if (self->actions_list != NULL)
    gtk_list_box_bind_model (self->actions_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_PROJECT_REVIEW_EDITOR);

  g_clear_object (&self->actions);
  g_clear_object (&self->people);
  g_clear_object (&self->project);
  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_project_review_editor_parent_class)->dispose (object);
}

static void
steward_project_review_editor_finalize (GObject *object)
{
  StewardProjectReviewEditor *self = (StewardProjectReviewEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->review);

  G_OBJECT_CLASS (steward_project_review_editor_parent_class)->finalize (object);
}

static void
steward_project_review_editor_class_init (StewardProjectReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_project_review_editor_dispose;
  object_class->finalize = steward_project_review_editor_finalize;

  /**
   * StewardProjectReviewEditor::delete-requested:
   * @review: the review as stored
   *
   * The user asked to delete the review; the project's form deletes it
   * and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_PROJECT_REVIEW);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-project-review-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardProjectReviewEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (reviewed_on_row);
  CHILD (reviewed_on_error_row);
  CHILD (reviewed_on_error);
  CHILD (findings_view);
  CHILD (actions_view);
  CHILD (actions_list);
  CHILD (action_title_row);
  CHILD (action_title_error_row);
  CHILD (action_title_error);
  CHILD (action_owner_row);
  CHILD (action_owner_error_row);
  CHILD (action_owner_error);
  CHILD (action_due_row);
  CHILD (action_due_error_row);
  CHILD (action_due_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_action_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_action_owner_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.create-action", NULL, create_action_action);

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
steward_project_review_editor_init (StewardProjectReviewEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->calendar = steward_register_get_calendar ();
  steward_date_row_set_calendar (self->reviewed_on_row, self->calendar);
  steward_date_row_set_calendar (self->action_due_row, self->calendar);
  gtk_list_box_set_placeholder (self->actions_list, make_placeholder (_("No follow-up action yet.")));

  self->fields[0] = (StewardFormField) { "reviewed-on", GTK_WIDGET (self->reviewed_on_row), self->reviewed_on_error_row, self->reviewed_on_error };
  self->action_fields[0] = (StewardFormField) { "title", GTK_WIDGET (self->action_title_row), self->action_title_error_row, self->action_title_error };
  self->action_fields[1] = (StewardFormField) { "owner-id", GTK_WIDGET (self->action_owner_row), self->action_owner_error_row, self->action_owner_error };
  self->action_fields[2] = (StewardFormField) { "due-date", GTK_WIDGET (self->action_due_row), self->action_due_error_row, self->action_due_error };
}

/**
 * steward_project_review_editor_new:
 * @project: the project reviewed, stored
 * @review: (nullable): the review to edit, or %NULL for a new one
 */
StewardProjectReviewEditor *
steward_project_review_editor_new (StewardDatabase      *db,
                                   StewardProject       *project,
                                   StewardProjectReview *review)
{
  StewardProjectReviewEditor *self;
  g_autoptr(StewardQuery) people = steward_query_new ();
  g_autoptr(GDate) today = steward_date_new_today ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_PROJECT (project), NULL);
  g_return_val_if_fail (steward_record_get_id (STEWARD_RECORD (project)) > 0, NULL);
  g_return_val_if_fail (review == NULL || STEWARD_IS_PROJECT_REVIEW (review), NULL);

  self = g_object_new (STEWARD_TYPE_PROJECT_REVIEW_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->project = g_object_ref (project);
  self->original = review != NULL ? g_object_ref (review) : NULL;
  self->review = review != NULL ? STEWARD_PROJECT_REVIEW (steward_record_copy (STEWARD_RECORD (review)))
                                : g_object_new (STEWARD_TYPE_PROJECT_REVIEW,
                                                "project-id", steward_record_get_id (STEWARD_RECORD (project)),
                                                "reviewed-on", today,
                                                NULL);

  steward_query_order_by (people, "name", FALSE);
  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people);
  steward_objective_form_set_people (self->action_owner_row, G_LIST_MODEL (self->people));
  write_form (self);
  clear_action_fields (self);

  if (review != NULL)
    show_stored_review (self);
  else
    {
      adw_window_title_set_title (self->window_title, _("New Security Review"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Security Review"));
      gtk_widget_set_visible (self->delete_button, FALSE);
    }
  adw_window_title_set_subtitle (self->window_title, steward_project_get_name (project));

  return self;
}
