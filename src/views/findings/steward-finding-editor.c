/* steward-finding-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-finding-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-audit.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-finding-editor.h"
#include "steward-findings-util.h"
#include "widgets/steward-register-util.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of a finding (不符合事項) and its corrective action (矯正措施):
 * where it was raised, the clause, the grading, the cause, the correction,
 * the corrective action with its owner and due date, the verification of
 * its effectiveness and the closure. It edits a copy: a refused save
 * (closing before the corrective action was verified effective, a due
 * date before the finding) keeps everything typed and says why beside the
 * field. "Create Follow-up Action" puts the corrective action into the
 * list of all actions (跟催), linked back to the finding. */
struct _StewardFindingEditor
{
  AdwWindow          parent_instance;

  StewardDatabase   *db;
  StewardFinding    *original;
  StewardFinding    *finding;
  StewardRecordList *people;
  StewardRecordList *audits;
  StewardRecordList *follow_ups;
  GArray            *audit_ids;  /* gint64, the audit of each combo position; 0 for none */

  AdwWindowTitle    *window_title;
  GtkWidget         *general_error;
  GtkWidget         *delete_button;
  AdwComboRow       *source_row;
  AdwComboRow       *audit_row;
  AdwEntryRow       *clause_row;
  AdwComboRow       *grading_row;
  StewardDateRow    *raised_on_row;
  GtkTextView       *description_view;
  GtkTextView       *root_cause_view;
  GtkTextView       *correction_view;
  GtkTextView       *corrective_action_view;
  AdwComboRow       *owner_row;
  StewardDateRow    *due_date_row;
  AdwActionRow      *follow_up_row;
  GtkWidget         *follow_up_button;
  AdwEntryRow       *verified_by_row;
  StewardDateRow    *verified_on_row;
  GtkWidget         *verified_today_button;
  AdwComboRow       *effectiveness_row;
  GtkTextView       *verification_note_view;
  StewardDateRow    *closed_on_row;
  GtkWidget         *close_today_button;

  GtkLabel          *description_error;
  GtkLabel          *corrective_action_error;
  GtkWidget         *raised_on_error_row;
  GtkLabel          *raised_on_error;
  GtkWidget         *owner_id_error_row;
  GtkLabel          *owner_id_error;
  GtkWidget         *due_date_error_row;
  GtkLabel          *due_date_error;
  GtkWidget         *verified_on_error_row;
  GtkLabel          *verified_on_error;
  GtkWidget         *closed_on_error_row;
  GtkLabel          *closed_on_error;

  StewardFormField   fields[7];
};

G_DEFINE_FINAL_TYPE (StewardFindingEditor, steward_finding_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The audits, newest first, as the combo names them: "115-03-10 Internal
 * audit: scope". */
static void
fill_audits (StewardFindingEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  StewardCalendar calendar = steward_register_get_calendar ();
  gint64 none = 0;

  g_array_set_size (self->audit_ids, 0);
  /* TRANSLATORS: the choice of a finding not raised in an audit */
  gtk_string_list_append (names, _("None"));
  g_array_append_val (self->audit_ids, none);

  for (guint i = 0; self->audits != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->audits)); i++)
    {
      g_autoptr(StewardAudit) audit = g_list_model_get_item (G_LIST_MODEL (self->audits), i);
      g_autofree char *date = steward_date_format (steward_audit_get_held_on (audit), calendar);
      g_autofree char *name = NULL;
      gint64 id = steward_record_get_id (STEWARD_RECORD (audit));

      /* TRANSLATORS: an audit in a list of choices: its date, its kind
       * (internal or external audit) and its scope */
      name = g_strdup_printf (_("%s %s: %s"), date, steward_audit_kind_to_string (steward_audit_get_kind (audit)),
                              steward_audit_get_scope (audit));
      gtk_string_list_append (names, name);
      g_array_append_val (self->audit_ids, id);
    }

  adw_combo_row_set_model (self->audit_row, G_LIST_MODEL (names));
}

static void
select_audit (StewardFindingEditor *self,
              gint64                audit_id)
{
  for (guint i = 0; i < self->audit_ids->len; i++)
    if (g_array_index (self->audit_ids, gint64, i) == audit_id)
      {
        adw_combo_row_set_selected (self->audit_row, i);
        return;
      }

  adw_combo_row_set_selected (self->audit_row, 0);
}

static gint64
get_audit (StewardFindingEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->audit_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->audit_ids->len)
    return 0;

  return g_array_index (self->audit_ids, gint64, selected);
}

/* "None yet", or how many follow-up actions there are and how many are
 * done. */
static void
update_follow_ups (StewardFindingEditor *self)
{
  GListModel *actions = G_LIST_MODEL (self->follow_ups);
  guint n = actions != NULL ? g_list_model_get_n_items (actions) : 0;
  guint n_done = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (actions, i);

      if (steward_action_item_get_status (action) == STEWARD_ACTION_DONE)
        n_done++;
    }

  if (n == 0)
    text = g_strdup (_("None yet"));
  else
    /* TRANSLATORS: the follow-up actions of a finding's corrective action */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action, %u done", "%u actions, %u done", n), n, n_done);

  adw_action_row_set_subtitle (self->follow_up_row, text);
}

static void
on_follow_ups_changed_cb (GListModel           *model,
                          guint                 position,
                          guint                 removed,
                          guint                 added,
                          StewardFindingEditor *self)
{
  update_follow_ups (self);
}

/* The actions that follow this finding up; none before it is stored. */
static void
watch_follow_ups (StewardFindingEditor *self)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (self->finding));

  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_func (self->follow_ups, on_follow_ups_changed_cb, self);
  g_clear_object (&self->follow_ups);

  if (id > 0)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_query_where_string (query, "source_kind", STEWARD_QUERY_EQUAL, "finding");
      steward_query_where_int64 (query, "source_id", STEWARD_QUERY_EQUAL, id);
      steward_query_order_by (query, "due_date", FALSE);
      self->follow_ups = steward_record_list_new (self->db, STEWARD_TYPE_ACTION_ITEM, query);
      g_signal_connect (self->follow_ups, "items-changed", G_CALLBACK (on_follow_ups_changed_cb), self);
    }

  update_follow_ups (self);
}

static void
update_title (StewardFindingEditor *self)
{
  gboolean stored = steward_record_get_id (STEWARD_RECORD (self->finding)) > 0;
  const char *title = stored ? _("Edit Finding") : _("New Finding");

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, self->original != NULL);
}

static void
write_form (StewardFindingEditor *self)
{
  StewardFinding *f = self->finding;

  adw_combo_row_set_selected (self->source_row, steward_finding_get_source (f));
  select_audit (self, steward_finding_get_audit_id (f));
  steward_register_set_text (GTK_WIDGET (self->clause_row), steward_finding_get_clause (f));
  adw_combo_row_set_selected (self->grading_row, steward_finding_get_grading (f));
  steward_date_row_set_date (self->raised_on_row, steward_finding_get_raised_on (f));
  steward_register_set_text (GTK_WIDGET (self->description_view), steward_finding_get_description (f));
  steward_register_set_text (GTK_WIDGET (self->root_cause_view), steward_finding_get_root_cause (f));
  steward_register_set_text (GTK_WIDGET (self->correction_view), steward_finding_get_correction (f));
  steward_register_set_text (GTK_WIDGET (self->corrective_action_view), steward_finding_get_corrective_action (f));
  steward_objective_form_select_person (self->owner_row, steward_finding_get_owner_id (f));
  steward_date_row_set_date (self->due_date_row, steward_finding_get_due_date (f));
  steward_register_set_text (GTK_WIDGET (self->verified_by_row), steward_finding_get_verified_by (f));
  steward_date_row_set_date (self->verified_on_row, steward_finding_get_verified_on (f));
  adw_combo_row_set_selected (self->effectiveness_row, steward_finding_get_effectiveness (f));
  steward_register_set_text (GTK_WIDGET (self->verification_note_view), steward_finding_get_verification_note (f));
  steward_date_row_set_date (self->closed_on_row, steward_finding_get_closed_on (f));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static guint
get_choice (AdwComboRow *row,
            guint        fallback)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected == GTK_INVALID_LIST_POSITION ? fallback : selected;
}

/* Copies the form into the record. */
static void
read_form (StewardFindingEditor *self)
{
  g_autofree char *clause = steward_register_dup_text (GTK_WIDGET (self->clause_row));
  g_autofree char *description = steward_register_dup_text (GTK_WIDGET (self->description_view));
  g_autofree char *root_cause = steward_register_dup_text (GTK_WIDGET (self->root_cause_view));
  g_autofree char *correction = steward_register_dup_text (GTK_WIDGET (self->correction_view));
  g_autofree char *corrective_action = steward_register_dup_text (GTK_WIDGET (self->corrective_action_view));
  g_autofree char *verified_by = steward_register_dup_text (GTK_WIDGET (self->verified_by_row));
  g_autofree char *note = steward_register_dup_text (GTK_WIDGET (self->verification_note_view));

  g_object_set (self->finding,
                "source", get_choice (self->source_row, STEWARD_FINDING_SOURCE_INTERNAL_AUDIT),
                "audit-id", get_audit (self),
                "clause", clause,
                "grading", get_choice (self->grading_row, STEWARD_GRADING_MINOR),
                "raised-on", steward_date_row_get_date (self->raised_on_row),
                "description", description,
                "root-cause", root_cause,
                "correction", correction,
                "corrective-action", corrective_action,
                "owner-id", steward_objective_form_get_person (self->owner_row),
                "due-date", steward_date_row_get_date (self->due_date_row),
                "verified-by", verified_by,
                "verified-on", steward_date_row_get_date (self->verified_on_row),
                "effectiveness", get_choice (self->effectiveness_row, STEWARD_EFFECTIVENESS_NOT_EVALUATED),
                "verification-note", note,
                "closed-on", steward_date_row_get_date (self->closed_on_row),
                NULL);
}

/* What only the form can tell: a date typed that is none. */
static void
check_form (StewardFindingEditor *self,
            GPtrArray            *problems)
{
  steward_register_check_date (self->raised_on_row, "raised-on", problems);
  steward_register_check_date (self->due_date_row, "due-date", problems);
  steward_register_check_date (self->verified_on_row, "verified-on", problems);
  steward_register_check_date (self->closed_on_row, "closed-on", problems);
}

/* Reads and checks the form. Returns whether the finding may be saved;
 * if not, each problem is shown beside its field. */
static gboolean
read_and_check (StewardFindingEditor *self,
                GPtrArray            *extra_problems)
{
  g_autoptr(GPtrArray) problems = NULL;
  GtkWidget *first_bad;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->finding));
  check_form (self, problems);
  for (guint i = 0; extra_problems != NULL && i < extra_problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (extra_problems, i);

      steward_record_add_problem (problems, problem->property, problem->message);
    }
  steward_objective_form_keep_first_problem (problems);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_finding_editor_save:
 *
 * Saves what the form holds. No description, a due date before the
 * finding was raised, closing it before the corrective action was verified
 * and found effective, a date that is none: refused, the reason beside the
 * field, nothing typed lost.
 *
 * Returns: whether the finding was saved (the window then closes)
 */
gboolean
steward_finding_editor_save (StewardFindingEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_FINDING_EDITOR (self), FALSE);

  if (!read_and_check (self, NULL))
    return FALSE;

  saved = steward_record_save (STEWARD_RECORD (self->finding), self->db, &error);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/* Creating the follow-up action */

typedef struct
{
  StewardFinding    *finding;
  StewardActionItem *action;
  gboolean           save_finding;
} FollowUp;

static gboolean
save_follow_up (StewardDatabase  *db,
                gpointer          user_data,
                GError          **error)
{
  FollowUp *follow_up = user_data;

  if (follow_up->save_finding && !steward_record_save (STEWARD_RECORD (follow_up->finding), db, error))
    return FALSE;

  g_object_set (follow_up->action, "source-id", steward_record_get_id (STEWARD_RECORD (follow_up->finding)), NULL);

  return steward_record_save (STEWARD_RECORD (follow_up->action), db, error);
}

/**
 * steward_finding_editor_create_follow_up:
 *
 * Saves the finding as the form holds it and, in the same transaction,
 * an action item that follows its corrective action up: named after the
 * corrective action, with its owner and due date, linked back to the
 * finding. A finding without corrective action, owner or due date, or
 * with a due date already past, is refused with the reason beside the
 * field; nothing typed is lost. The form stays open.
 *
 * Returns: (transfer full) (nullable): the action created, or %NULL
 */
StewardActionItem *
steward_finding_editor_create_follow_up (StewardFindingEditor *self)
{
  g_autoptr(GPtrArray) problems = steward_objective_form_new_problems ();
  g_autoptr(GPtrArray) action_problems = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(StewardFinding) finding = NULL;
  g_autoptr(StewardActionItem) action = NULL;
  g_autofree char *corrective_action = steward_register_dup_text (GTK_WIDGET (self->corrective_action_view));
  g_autoptr(GError) error = NULL;
  GDate *due = steward_date_row_get_date (self->due_date_row);
  gint64 owner = steward_objective_form_get_person (self->owner_row);
  FollowUp follow_up;

  g_return_val_if_fail (STEWARD_IS_FINDING_EDITOR (self), NULL);

  /* The action needs what the finding alone may leave out. */
  if (corrective_action == NULL)
    steward_record_add_problem (problems, "corrective-action",
                                _("Describe the corrective action first: the follow-up action is named after it."));
  if (owner <= 0)
    steward_record_add_problem (problems, "owner-id",
                                _("Choose who carries out the corrective action: a follow-up action needs an owner."));
  if (due == NULL && steward_date_row_is_valid (self->due_date_row))
    steward_record_add_problem (problems, "due-date",
                                _("Enter the due date of the corrective action: a follow-up action needs one."));
  else if (due != NULL && g_date_compare (due, today) < 0)
    steward_record_add_problem (problems, "due-date",
                                _("A new follow-up action cannot be due before today: change the due date."));

  if (!read_and_check (self, problems))
    return NULL;

  action = steward_finding_new_follow_up (self->finding, today);

  /* Anything else the action refuses is said at the top. */
  action_problems = steward_record_validate (STEWARD_RECORD (action));
  if (action_problems->len > 0)
    {
      steward_form_show_message (self->general_error, ((StewardProblem *) g_ptr_array_index (action_problems, 0))->message);
      return NULL;
    }

  /* Saved on copies: a transaction that fails leaves the form's record
   * without an id it would not have. */
  finding = STEWARD_FINDING (steward_record_copy (STEWARD_RECORD (self->finding)));
  follow_up.finding = finding;
  follow_up.action = action;
  follow_up.save_finding = self->original == NULL || !steward_record_equal (STEWARD_RECORD (self->original),
                                                                            STEWARD_RECORD (finding));
  if (!steward_database_transaction (self->db, save_follow_up, &follow_up, &error))
    {
      steward_form_show_message (self->general_error, error->message);
      return NULL;
    }

  /* The form now edits the stored finding. */
  steward_record_assign (STEWARD_RECORD (self->finding), STEWARD_RECORD (finding));
  g_clear_object (&self->original);
  self->original = STEWARD_FINDING (steward_record_copy (STEWARD_RECORD (finding)));
  update_title (self);
  if (self->follow_ups == NULL)
    watch_follow_ups (self);
  else
    steward_record_list_refresh (self->follow_ups, NULL);

  steward_show_message (GTK_WIDGET (self->window_title), _("Follow-up action created"));

  return g_steal_pointer (&action);
}

/**
 * steward_finding_editor_get_finding:
 *
 * Returns: (transfer none): the finding as last read from the form; once
 *   saved it has its id
 */
StewardFinding *
steward_finding_editor_get_finding (StewardFindingEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_FINDING_EDITOR (self), NULL);

  return self->finding;
}

/**
 * steward_finding_editor_get_follow_ups:
 *
 * Returns: (transfer none) (nullable): the action items that follow the
 *   stored finding up; %NULL before it is stored
 */
GListModel *
steward_finding_editor_get_follow_ups (StewardFindingEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_FINDING_EDITOR (self), NULL);

  return G_LIST_MODEL (self->follow_ups);
}

/**
 * steward_finding_editor_set_audit:
 *
 * Chooses the audit the finding was raised in, and the source that goes
 * with its kind: for a new finding of an audit's page.
 */
void
steward_finding_editor_set_audit (StewardFindingEditor *self,
                                  gint64                audit_id)
{
  g_return_if_fail (STEWARD_IS_FINDING_EDITOR (self));

  select_audit (self, audit_id);
}

/* Callbacks */

static void
on_entry_changed_cb (GtkEditable          *editable,
                     StewardFindingEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow          *row,
                       StewardFindingEditor *self)
{
  steward_finding_editor_save (self);
}

static void
on_combo_changed_cb (AdwComboRow          *row,
                     GParamSpec           *pspec,
                     StewardFindingEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
  /* "Found effective" answers what the closing row said. */
  if (row == self->effectiveness_row)
    steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->closed_on_row));
}

/* A finding of an audit comes from an audit of its kind. */
static void
on_audit_changed_cb (AdwComboRow          *row,
                     GParamSpec           *pspec,
                     StewardFindingEditor *self)
{
  gint64 audit_id = get_audit (self);
  StewardAudit *audit;

  if (audit_id <= 0 || self->audits == NULL)
    return;

  audit = steward_record_list_find (self->audits, audit_id, NULL);
  if (audit == NULL)
    return;

  adw_combo_row_set_selected (self->source_row,
                              steward_audit_get_kind (audit) == STEWARD_AUDIT_EXTERNAL
                              ? STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT
                              : STEWARD_FINDING_SOURCE_INTERNAL_AUDIT);
}

static void
on_view_changed_cb (GtkTextBuffer        *buffer,
                    StewardFindingEditor *self)
{
  GtkTextView *view = buffer == gtk_text_view_get_buffer (self->description_view)
                      ? self->description_view
                      : self->corrective_action_view;

  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (view));
}

static void
on_today_clicked_cb (GtkButton            *button,
                     StewardFindingEditor *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardDateRow *row = GTK_WIDGET (button) == self->verified_today_button ? self->verified_on_row
                                                                            : self->closed_on_row;

  steward_date_row_set_date (row, today);
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_finding_editor_save (STEWARD_FINDING_EDITOR (widget));
}

static void
create_follow_up_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  /* The new action is in the follow-up list now: the reference returned
   * is not needed here. */
  StewardActionItem *action = steward_finding_editor_create_follow_up (STEWARD_FINDING_EDITOR (widget));

  g_clear_object (&action);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardFindingEditor *self = STEWARD_FINDING_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_finding_editor_dispose (GObject *object)
{
  StewardFindingEditor *self = (StewardFindingEditor *)object;

  if (self->follow_ups != NULL)
    g_signal_handlers_disconnect_by_func (self->follow_ups, on_follow_ups_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_FINDING_EDITOR);

  g_clear_object (&self->follow_ups);
  g_clear_object (&self->people);
  g_clear_object (&self->audits);
  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_finding_editor_parent_class)->dispose (object);
}

static void
steward_finding_editor_finalize (GObject *object)
{
  StewardFindingEditor *self = (StewardFindingEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->finding);
  g_clear_pointer (&self->audit_ids, g_array_unref);

  G_OBJECT_CLASS (steward_finding_editor_parent_class)->finalize (object);
}

static void
steward_finding_editor_class_init (StewardFindingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_finding_editor_dispose;
  object_class->finalize = steward_finding_editor_finalize;

  /**
   * StewardFindingEditor::delete-requested:
   * @finding: the finding as stored
   *
   * The user asked to delete the finding; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_FINDING);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-finding-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardFindingEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (source_row);
  CHILD (audit_row);
  CHILD (clause_row);
  CHILD (grading_row);
  CHILD (raised_on_row);
  CHILD (description_view);
  CHILD (root_cause_view);
  CHILD (correction_view);
  CHILD (corrective_action_view);
  CHILD (owner_row);
  CHILD (due_date_row);
  CHILD (follow_up_row);
  CHILD (follow_up_button);
  CHILD (verified_by_row);
  CHILD (verified_on_row);
  CHILD (verified_today_button);
  CHILD (effectiveness_row);
  CHILD (verification_note_view);
  CHILD (closed_on_row);
  CHILD (close_today_button);
  CHILD (description_error);
  CHILD (corrective_action_error);
  CHILD (raised_on_error_row);
  CHILD (raised_on_error);
  CHILD (owner_id_error_row);
  CHILD (owner_id_error);
  CHILD (due_date_error_row);
  CHILD (due_date_error);
  CHILD (verified_on_error_row);
  CHILD (verified_on_error);
  CHILD (closed_on_error_row);
  CHILD (closed_on_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_audit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_today_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.create-follow-up", NULL, create_follow_up_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

/* The combos' positions are the enums' values. */
static void
set_enum_choices (AdwComboRow *row,
                  GType        enum_type)
{
  g_autoptr(GtkStringList) names = steward_findings_enum_names (enum_type);

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
steward_finding_editor_init (StewardFindingEditor *self)
{
  StewardCalendar calendar = steward_register_get_calendar ();
  StewardDateRow *date_rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->audit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  set_enum_choices (self->source_row, STEWARD_TYPE_FINDING_SOURCE);
  set_enum_choices (self->grading_row, STEWARD_TYPE_GRADING);
  set_enum_choices (self->effectiveness_row, STEWARD_TYPE_EFFECTIVENESS);

  date_rows[0] = self->raised_on_row;
  date_rows[1] = self->due_date_row;
  date_rows[2] = self->verified_on_row;
  date_rows[3] = self->closed_on_row;
  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    steward_date_row_set_calendar (date_rows[i], calendar);

  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (on_view_changed_cb), self, G_CONNECT_DEFAULT);
  g_signal_connect_object (gtk_text_view_get_buffer (self->corrective_action_view), "changed",
                           G_CALLBACK (on_view_changed_cb), self, G_CONNECT_DEFAULT);

  self->fields[0] = (StewardFormField) { "raised-on", GTK_WIDGET (self->raised_on_row), self->raised_on_error_row, self->raised_on_error };
  self->fields[1] = (StewardFormField) { "description", GTK_WIDGET (self->description_view), GTK_WIDGET (self->description_error), self->description_error };
  self->fields[2] = (StewardFormField) { "corrective-action", GTK_WIDGET (self->corrective_action_view), GTK_WIDGET (self->corrective_action_error), self->corrective_action_error };
  self->fields[3] = (StewardFormField) { "owner-id", GTK_WIDGET (self->owner_row), self->owner_id_error_row, self->owner_id_error };
  self->fields[4] = (StewardFormField) { "due-date", GTK_WIDGET (self->due_date_row), self->due_date_error_row, self->due_date_error };
  self->fields[5] = (StewardFormField) { "verified-on", GTK_WIDGET (self->verified_on_row), self->verified_on_error_row, self->verified_on_error };
  self->fields[6] = (StewardFormField) { "closed-on", GTK_WIDGET (self->closed_on_row), self->closed_on_error_row, self->closed_on_error };
}

/**
 * steward_finding_editor_new:
 * @finding: (nullable): the finding to edit, or %NULL for a new one
 */
StewardFindingEditor *
steward_finding_editor_new (StewardDatabase *db,
                            StewardFinding  *finding)
{
  g_autoptr(StewardQuery) people_query = steward_query_new ();
  g_autoptr(StewardQuery) audits_query = steward_query_new ();
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardFindingEditor *self;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (finding == NULL || STEWARD_IS_FINDING (finding), NULL);

  self = g_object_new (STEWARD_TYPE_FINDING_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = finding != NULL ? g_object_ref (finding) : NULL;
  self->finding = finding != NULL ? STEWARD_FINDING (steward_record_copy (STEWARD_RECORD (finding)))
                                  : g_object_new (STEWARD_TYPE_FINDING,
                                                  "source", STEWARD_FINDING_SOURCE_INTERNAL_AUDIT,
                                                  "grading", STEWARD_GRADING_MINOR,
                                                  "raised-on", today,
                                                  NULL);

  steward_query_order_by (people_query, "name", FALSE);
  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);
  steward_objective_form_set_people (self->owner_row, G_LIST_MODEL (self->people));

  steward_query_order_by (audits_query, "held_on", TRUE);
  self->audits = steward_record_list_new (db, STEWARD_TYPE_AUDIT, audits_query);
  fill_audits (self);

  adw_window_title_set_subtitle (self->window_title, _("Nonconformities and Corrective Actions"));
  update_title (self);
  write_form (self);
  watch_follow_ups (self);

  return self;
}
