/* test-bad-input.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bad input in every form, as a user types it: a table of forms, fields
 * and what is tried (nothing in a required field, 100,000 characters,
 * emoji and CJK, SQL metacharacters, LIKE wildcards, the dates 0000-00-00
 * and 9999-12-31 typed into a date row) with the outcome expected of
 * each: a message in the form, which stays open with the typing kept and
 * nothing written (rows and history rows counted), or the value stored
 * and read back exactly. The table is printed with what was seen
 * ("form | field | tried | outcome"), and any cell that differs fails.
 * Forms that change a record rather than add one (closing an action) save
 * with their own action; their row is checked the same way.
 * Then a save refused by a full disk (RLIMIT_FSIZE at the size of the
 * database files): the error is in the form, the typing kept, nothing
 * written; once the limit is lifted the same form saves.
 * With --shard=I/N a run does every N-th cell and form, starting at the
 * I-th: meson runs the table in four shards side by side. */

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "logic/steward-date.h"
#include "logic/steward-objectives.h"
#include "logic/steward-sample-data.h"
#include "model/steward-objective.h"
#include "model/steward-person.h"
#include "model/steward-project.h"
#include "model/steward-record-list.h"
#include "steward-test-util.h"
#include "widgets/steward-form.h"
#include "model/steward-action-item.h"
#include "model/steward-review.h"
#include "model/steward-review-item.h"
#include "views/actions/steward-action-editor.h"
#include "views/actions/steward-close-action-dialog.h"
#include "views/committee/steward-body-editor.h"
#include "views/committee/steward-membership-editor.h"
#include "views/committee/steward-person-editor.h"
#include "views/communications/steward-communication-editor.h"
#include "views/communications/steward-meeting-editor.h"
#include "views/reviews/steward-review-item-page.h"
#include "views/contacts/steward-contact-editor.h"
#include "views/context/steward-feedback-editor.h"
#include "views/context/steward-issue-editor.h"
#include "views/context/steward-party-editor.h"
#include "views/context/steward-requirement-editor.h"
#include "views/context/steward-scope-editor.h"
#include "views/findings/steward-audit-editor.h"
#include "views/findings/steward-finding-editor.h"
#include "views/findings/steward-risk-result-editor.h"
#include "views/handover/steward-handover-editor.h"
#include "views/objectives/steward-measurement-editor.h"
#include "views/objectives/steward-objective-editor.h"
#include "views/objectives/steward-plan-editor.h"
#include "views/objectives/steward-target-editor.h"
#include "views/projects/steward-project-editor.h"
#include "views/projects/steward-project-review-editor.h"
#include "views/reviews/steward-review-editor.h"

typedef enum
{
  TRY_EMPTY,
  TRY_LONG,
  TRY_CJK,
  TRY_SQL,
  TRY_WILDCARDS,
  TRY_DATE_ZERO,
  TRY_DATE_MAX,
  N_TRIES
} Try;

static const char *try_names[N_TRIES] = {
  "empty", "100,000 characters", "emoji and CJK", "SQL", "wildcards", "0000-00-00", "9999-12-31",
};

typedef enum
{
  NOT_TRIED,
  MESSAGE,          /* a message in the open form, typing kept, nothing written */
  STORED,           /* saved, and read back exactly */
  /* what is seen when it goes wrong */
  NO_MESSAGE,
  TYPING_LOST,
  HALF_WRITTEN,
  STORED_WRONG,
  CLOSED_UNSAVED,
  LONG_MESSAGE,
} Outcome;

static const char *outcome_names[] = {
  "not tried", "message", "stored", "open without a message", "typing lost",
  "half-written", "stored wrong", "closed without saving", "a message pages long",
};

static const char *language;
static char *long_text;

static const char *
value_of (Try try)
{
  switch (try)
    {
    case TRY_EMPTY: return "";
    case TRY_LONG: return long_text;
    case TRY_CJK: return "資安🔒委員會";
    case TRY_SQL: return "'; DROP TABLE person; --";
    case TRY_WILDCARDS: return "%_\\";
    case TRY_DATE_ZERO: return "0000-00-00";
    case TRY_DATE_MAX: return "9999-12-31";
    case N_TRIES:
    default: g_assert_not_reached ();
    }
}

/* The shared state of the whole table: one database with the small sample,
 * so that the forms that need a parent (a body, a party, an objective, a
 * project) have one. */
typedef struct
{
  StewardTestDb *t;
  sqlite3       *raw;
  GListModel    *people;
  gint64         measured_id;   /* an objective with a hundred months due */
} Fixture;

static gint64
first_id (Fixture    *f,
          const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT min(id) FROM %s", table);
  gint64 id = steward_test_raw_int (f->raw, sql);

  g_assert_cmpint (id, >, 0);

  return id;
}

/* The forms: how each opens for a new record, and the values that make a
 * save go through (child, text, …, NULL). */

typedef GtkWindow *(*OpenFunc) (Fixture *f);

static GtkWindow *open_person (Fixture *f) { return GTK_WINDOW (steward_person_editor_new (f->t->db, NULL)); }
static GtkWindow *open_body (Fixture *f) { return GTK_WINDOW (steward_body_editor_new (f->t->db, NULL)); }
static GtkWindow *open_membership (Fixture *f) { return GTK_WINDOW (steward_membership_editor_new (f->t->db, NULL, first_id (f, "body"))); }
static GtkWindow *open_contact (Fixture *f) { return GTK_WINDOW (steward_contact_editor_new (f->t->db, NULL)); }
static GtkWindow *open_communication (Fixture *f) { return GTK_WINDOW (steward_communication_editor_new (f->t->db, NULL, f->people)); }
static GtkWindow *open_meeting (Fixture *f) { return GTK_WINDOW (steward_meeting_editor_new (f->t->db, NULL, f->people)); }
static GtkWindow *open_feedback (Fixture *f) { return GTK_WINDOW (steward_feedback_editor_new (f->t->db, first_id (f, "party"), NULL)); }
static GtkWindow *open_issue (Fixture *f) { return GTK_WINDOW (steward_issue_editor_new (f->t->db, NULL)); }
static GtkWindow *open_party (Fixture *f) { return GTK_WINDOW (steward_party_editor_new (f->t->db, NULL)); }
static GtkWindow *open_requirement (Fixture *f) { return GTK_WINDOW (steward_requirement_editor_new (f->t->db, first_id (f, "party"), NULL)); }
static GtkWindow *open_scope (Fixture *f) { return GTK_WINDOW (steward_scope_editor_new (f->t->db, NULL)); }
static GtkWindow *open_audit (Fixture *f) { return GTK_WINDOW (steward_audit_editor_new (f->t->db, NULL)); }
static GtkWindow *open_finding (Fixture *f) { return GTK_WINDOW (steward_finding_editor_new (f->t->db, NULL)); }
static GtkWindow *open_risk_result (Fixture *f) { return GTK_WINDOW (steward_risk_result_editor_new (f->t->db, NULL)); }
static GtkWindow *open_objective (Fixture *f) { return GTK_WINDOW (steward_objective_editor_new (f->t->db, NULL, f->people)); }
static GtkWindow *open_plan (Fixture *f) { return GTK_WINDOW (steward_plan_editor_new (f->t->db, first_id (f, "objective"), NULL, f->people)); }
static GtkWindow *open_project (Fixture *f) { return GTK_WINDOW (steward_project_editor_new (f->t->db, NULL)); }
static GtkWindow *open_review (Fixture *f) { return GTK_WINDOW (steward_review_editor_new (f->t->db, NULL)); }
static GtkWindow *open_action (Fixture *f) { return GTK_WINDOW (steward_action_editor_new (f->t->db, NULL)); }

static GtkWindow *
open_target (Fixture *f)
{
  g_autoptr(StewardObjective) objective = steward_record_load (f->t->db, STEWARD_TYPE_OBJECTIVE, first_id (f, "objective"), NULL);
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();

  return GTK_WINDOW (steward_target_editor_new (f->t->db, objective, NULL, targets));
}

/* A hand-over needs an item of equipment. */
static GtkWindow *
open_handover (Fixture *f)
{
  GtkWindow *editor = GTK_WINDOW (steward_handover_editor_new (f->t->db, NULL));

  if (steward_test_find_named (steward_test_template_child (editor, "item_list"), "item_name_row") == NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-item", NULL));
  steward_test_type_into (steward_test_must_find_named (steward_test_template_child (editor, "item_list"), "item_name_row"),
                          "筆記型電腦");

  return editor;
}

/* A new measurement of an objective measured monthly since 2018: each save
 * fills the oldest month still due, so that every try has a month. */
static GtkWindow *
open_measurement (Fixture *f)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardEvaluation) evaluation = steward_evaluation_load (f->t->db, f->measured_id, today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (evaluation);

  return GTK_WINDOW (steward_measurement_editor_new (f->t->db, evaluation, NULL, NULL, "王小明"));
}

/* Closing an action as done, with its evaluation: an action of its own,
 * open, for each try; said to be effective. */
static GtkWindow *
open_close_action (Fixture *f)
{
  g_autoptr(GDate) created = g_date_new_dmy (5, 1, 2026);
  g_autoptr(GDate) due = g_date_new_dmy (31, 3, 2026);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardActionItem) action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                                                      "title", "更換機房 UPS 電池",
                                                      "owner-id", first_id (f, "person"),
                                                      "created-on", created,
                                                      "due-date", due,
                                                      "status", STEWARD_ACTION_OPEN,
                                                      NULL);
  GtkWindow *dialog;

  g_assert_true (steward_record_save (STEWARD_RECORD (action), f->t->db, &error));
  g_assert_no_error (error);
  dialog = GTK_WINDOW (steward_close_action_dialog_new (f->t->db, action));
  gtk_check_button_set_active (steward_test_template_child (dialog, "effective_check"), TRUE);

  return dialog;
}

static GtkWindow *
open_project_review (Fixture *f)
{
  g_autoptr(StewardProject) project = steward_record_load (f->t->db, STEWARD_TYPE_PROJECT, first_id (f, "project"), NULL);

  return GTK_WINDOW (steward_project_review_editor_new (f->t->db, project, NULL));
}

typedef struct
{
  const char *name;
  const char *table;
  OpenFunc    open;
  const char *fill[12];
  const char *save;      /* the action that saves; NULL: "editor.save" */
  gboolean    updates;   /* saving changes a row of @table, not adds one */
} Form;

static const Form forms[] = {
  { "person", "person", open_person, { "name_row", "林怡君" } },
  { "body", "body", open_body, { "name_row", "資安小組" } },
  { "membership", "membership", open_membership, { "start_date_row", "2026-01-15", "person_row", "1" } },
  { "contact", "contact", open_contact, { "organization_row", "TWCERT", "phone_row", "02-1234-5678" } },
  { "communication", "communication", open_communication, { "subject_row", "Drill", "occurred_on_row", "2026-01-15" } },
  { "meeting", "meeting", open_meeting, { "topic_row", "Drill", "date_row", "2026-01-15", "starts_row", "09:00", "ends_row", "10:00" } },
  { "feedback", "party_feedback", open_feedback, { "content_view", "Good", "received_on_row", "2026-01-15" } },
  { "issue", "context_issue", open_issue, { "description_view", "Flood", "identified_on_row", "2026-01-15" } },
  { "party", "party", open_party, { "name_row", "NCC" } },
  { "requirement", "party_requirement", open_requirement, { "text_view", "Report" } },
  { "scope", "scope_version", open_scope, { "statement_view", "All", "effective_from_row", "2026-01-15", "decision_ref_row", "M-1" } },
  { "audit", "audit", open_audit, { "scope_row", "ISMS", "held_on_row", "2026-01-15" } },
  { "finding", "finding", open_finding, { "description_view", "Gap", "raised_on_row", "2026-01-15" } },
  { "risk result", "risk_result", open_risk_result, { "scope_row", "ISMS", "assessed_on_row", "2026-01-15" } },
  { "handover", "handover", open_handover, { "handed_on_row", "2026-01-15", "from_party_row", "A", "to_party_row", "B", "authorised_by_row", "C", "accepted_by_row", "D" } },
  { "objective", "objective", open_objective, { "statement_row", "Uptime", "kpi_name_row", "Uptime", "level_row", "99", "start_date_row", "2026-01-01" } },
  { "plan", "objective_plan", open_plan, { "activities_view", "Drill" } },
  { "target", "objective_target", open_target, { "valid_from_row", "@date", "level_row", "99" } },
  { "measurement", "measurement", open_measurement, { "value_row", "99.5" } },
  { "project", "project", open_project, { "name_row", "Portal", "start_date_row", "2026-01-15" } },
  { "project review", "project_review", open_project_review, { "reviewed_on_row", "2026-01-15" } },
  { "review", "review", open_review, { "title_row", "Review", "number_row", "@number", "date_row", "2026-01-15", "starts_row", "09:00", "ends_row", "10:00" } },
  { "action", "action_item", open_action, { "title_row", "Fix", "due_date_row", "2030-03-01", "owner_row", "1" } },
  { "close action", "action_item", open_close_action,
    { "done_on_row", "2026-02-10", "evaluated_by_row", "王小明", "evaluated_on_row", "2026-02-20" },
    "dialog.close-action", TRUE },
};

/* What each kind of field is expected to do with each try. */
#define TEXT_OPTIONAL { [TRY_EMPTY] = STORED, [TRY_LONG] = STORED, [TRY_CJK] = STORED, [TRY_SQL] = STORED, [TRY_WILDCARDS] = STORED }
#define TEXT_REQUIRED { [TRY_EMPTY] = MESSAGE, [TRY_LONG] = STORED, [TRY_CJK] = STORED, [TRY_SQL] = STORED, [TRY_WILDCARDS] = STORED }
#define DATE_REQUIRED { [TRY_EMPTY] = MESSAGE, [TRY_CJK] = MESSAGE, [TRY_SQL] = MESSAGE, [TRY_DATE_ZERO] = MESSAGE, [TRY_DATE_MAX] = STORED }
#define DATE_OPTIONAL { [TRY_EMPTY] = STORED, [TRY_CJK] = MESSAGE, [TRY_SQL] = MESSAGE, [TRY_DATE_ZERO] = MESSAGE, [TRY_DATE_MAX] = STORED }
/* a date that cannot be after today */
#define DATE_PAST     { [TRY_EMPTY] = STORED, [TRY_CJK] = MESSAGE, [TRY_SQL] = MESSAGE, [TRY_DATE_ZERO] = MESSAGE, [TRY_DATE_MAX] = MESSAGE }
#define NUMBER        { [TRY_CJK] = MESSAGE, [TRY_SQL] = MESSAGE, [TRY_WILDCARDS] = MESSAGE, [TRY_LONG] = MESSAGE }

typedef struct
{
  const char *form;
  const char *field;    /* the template child typed into */
  const char *column;   /* where it is stored; NULL: stored in another form */
  Outcome     expected[N_TRIES];
} Cell;

static const Cell cells[] = {
  { "person", "name_row", "name", TEXT_REQUIRED },
  { "person", "title_row", "title", TEXT_OPTIONAL },
  { "person", "unit_row", "unit", TEXT_OPTIONAL },
  { "person", "notes_row", "notes", TEXT_OPTIONAL },
  { "body", "name_row", "name", TEXT_REQUIRED },
  { "body", "description_row", "description", TEXT_OPTIONAL },
  { "membership", "start_date_row", "start_date", DATE_REQUIRED },
  { "membership", "decision_ref_row", "decision_ref", TEXT_OPTIONAL },
  { "membership", "notes_row", "notes", TEXT_OPTIONAL },
  { "contact", "organization_row", "organization", TEXT_REQUIRED },
  { "contact", "address_row", "address", TEXT_OPTIONAL },
  { "contact", "notes_view", "notes", TEXT_OPTIONAL },
  { "contact", "verified_on_row", "verified_on", DATE_PAST },
  { "communication", "subject_row", "subject", TEXT_REQUIRED },
  { "communication", "parties_row", "parties", TEXT_OPTIONAL },
  { "communication", "outcome_view", "outcome", TEXT_OPTIONAL },
  { "communication", "occurred_on_row", "occurred_on", DATE_REQUIRED },
  { "meeting", "topic_row", "topic", TEXT_REQUIRED },
  { "meeting", "place_row", "place", TEXT_OPTIONAL },
  { "meeting", "date_row", NULL, DATE_REQUIRED },
  { "feedback", "content_view", "content", TEXT_REQUIRED },
  { "feedback", "response_view", "response", TEXT_OPTIONAL },
  { "feedback", "received_on_row", "received_on", DATE_REQUIRED },
  { "issue", "description_view", "description", TEXT_REQUIRED },
  { "issue", "effect_view", "effect", TEXT_OPTIONAL },
  { "issue", "source_ref_row", "source_ref", TEXT_OPTIONAL },
  { "issue", "identified_on_row", "identified_on", DATE_REQUIRED },
  { "party", "name_row", "name", TEXT_REQUIRED },
  { "party", "notes_view", "notes", TEXT_OPTIONAL },
  { "requirement", "text_view", "text", TEXT_REQUIRED },
  { "requirement", "addressed_by_view", "addressed_by", TEXT_OPTIONAL },
  { "requirement", "decision_date_row", "decision_date", DATE_OPTIONAL },
  { "scope", "statement_view", "statement", TEXT_REQUIRED },
  { "scope", "effective_from_row", "effective_from", DATE_REQUIRED },
  { "audit", "scope_row", "scope", TEXT_REQUIRED },
  { "audit", "auditor_row", "auditor", TEXT_OPTIONAL },
  { "audit", "held_on_row", "held_on", DATE_REQUIRED },
  { "finding", "description_view", "description", TEXT_REQUIRED },
  { "finding", "clause_row", "clause", TEXT_OPTIONAL },
  { "finding", "root_cause_view", "root_cause", TEXT_OPTIONAL },
  { "finding", "raised_on_row", "raised_on", DATE_REQUIRED },
  { "risk result", "scope_row", "scope", TEXT_REQUIRED },
  { "risk result", "summary_view", "summary", TEXT_OPTIONAL },
  { "risk result", "assessed_on_row", "assessed_on", DATE_REQUIRED },
  { "handover", "from_party_row", "from_party", TEXT_REQUIRED },
  { "handover", "notes_view", "notes", TEXT_OPTIONAL },
  { "handover", "handed_on_row", "handed_on", DATE_REQUIRED },
  { "objective", "statement_row", "statement", TEXT_REQUIRED },
  { "objective", "kpi_method_row", "kpi_method", TEXT_OPTIONAL },
  { "objective", "start_date_row", "start_date", DATE_REQUIRED },
  { "plan", "activities_view", "activities", TEXT_REQUIRED },
  { "plan", "evaluation_row", "evaluation", TEXT_OPTIONAL },
  { "plan", "budget_row", NULL, NUMBER },
  { "plan", "due_date_row", "due_date", DATE_OPTIONAL },
  { "target", "level_row", NULL, NUMBER },
  { "target", "decision_ref_row", "decision_ref", TEXT_OPTIONAL },
  { "target", "valid_from_row", "valid_from", DATE_REQUIRED },
  { "measurement", "value_row", NULL, NUMBER },
  { "measurement", "evidence_row", "evidence", TEXT_OPTIONAL },
  { "measurement", "notes_row", "notes", TEXT_OPTIONAL },
  { "measurement", "recorded_by_row", "recorded_by", TEXT_REQUIRED },
  { "project", "name_row", "name", TEXT_REQUIRED },
  { "project", "requirements_ref_row", "requirements_ref", TEXT_OPTIONAL },
  { "project", "notes_view", "notes", TEXT_OPTIONAL },
  { "project", "start_date_row", "start_date", DATE_REQUIRED },
  { "project review", "findings_view", "findings", TEXT_OPTIONAL },
  { "project review", "reviewed_on_row", "reviewed_on", DATE_REQUIRED },
  { "review", "title_row", "title", TEXT_REQUIRED },
  { "review", "place_row", "place", TEXT_OPTIONAL },
  { "review", "date_row", NULL, DATE_REQUIRED },
  { "action", "title_row", "title", TEXT_REQUIRED },
  { "action", "notes_view", "notes", TEXT_OPTIONAL },
  { "action", "due_date_row", "due_date", DATE_REQUIRED },
  /* 9999-12-31: done after the evaluation of the 20th of February */
  { "close action", "done_on_row", "done_on",
    { [TRY_EMPTY] = MESSAGE, [TRY_CJK] = MESSAGE, [TRY_SQL] = MESSAGE, [TRY_DATE_ZERO] = MESSAGE, [TRY_DATE_MAX] = MESSAGE } },
  { "close action", "evaluated_by_row", "evaluated_by", TEXT_REQUIRED },
  { "close action", "evaluated_on_row", "evaluated_on", DATE_REQUIRED },
  { "close action", "note_view", "evaluation_note", TEXT_OPTIONAL },
};

static const Form *
find_form (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (g_str_equal (forms[i].name, name))
      return &forms[i];
  g_error ("No form %s in the table", name);
}

/* Whether @widget or a widget in it is a label in error colours that shows
 * something: a message beside a field or at the top of the form. */
static gboolean
shows_message (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
      gtk_label_get_label (GTK_LABEL (widget))[0] != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_message (child))
      return TRUE;

  return FALSE;
}

/* The messages @widget shows, for the log of a form that does not save. */
static void
collect_messages (GtkWidget *widget,
                  GString   *messages)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error"))
    {
      const char *label = gtk_label_get_label (GTK_LABEL (widget));

      /* a message that repeats a page of text is itself a fault */
      if (g_utf8_strlen (label, -1) > 200)
        g_string_append_printf (messages, " [a message of %ld characters]", g_utf8_strlen (label, -1));
      else
        g_string_append_printf (messages, " [%s]", label);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_messages (child, messages);
}

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return steward_test_raw_int (f->raw, sql);
}

/* The text of @column of the newest row of @table. */
static char *
dup_newest (Fixture    *f,
            const char *table,
            const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce(%s, '') FROM %s ORDER BY id DESC LIMIT 1", column, table);

  return steward_test_raw_text (f->raw, sql);
}

static const char *
save_action_of (const Form *form)
{
  return form->save != NULL ? form->save : "editor.save";
}

/* The rows of the form's table once it has saved. */
static gint64
rows_after_save (const Form *form,
                 gint64      rows)
{
  return form->updates ? rows : rows + 1;
}

static GtkWindow *
open_filled (Fixture    *f,
             const Form *form)
{
  GtkWindow *window = form->open (f);

  g_object_ref_sink (window);
  gtk_window_present (window);
  for (guint i = 0; form->fill[i] != NULL; i += 2)
    {
      gpointer child = steward_test_template_child (window, form->fill[i]);

      static guint serial;
      const char *text = form->fill[i + 1];
      g_autofree char *unique = NULL;

      /* a date or number that no earlier save of the table holds */
      if (g_str_equal (text, "@date"))
        text = unique = g_strdup_printf ("%04u-01-01", 2100 + ++serial);
      else if (g_str_equal (text, "@number"))
        text = unique = g_strdup_printf ("%u", 100 + ++serial);

      /* a choice by its position */
      if (ADW_IS_COMBO_ROW (child))
        adw_combo_row_set_selected (child, atoi (text));
      else
        steward_test_type_into (child, text);
    }

  return window;
}

/* Opens the form of @cell, fills it, types the try into the field, saves,
 * and says what came of it. */
static Outcome
try_cell (Fixture    *f,
          const Cell *cell,
          Try         try,
          double     *seconds,
          GString    *detail)
{
  const Form *form = find_form (cell->form);
  const char *value = value_of (try);
  g_autoptr(GtkWindow) window = open_filled (f, form);
  gpointer field = steward_test_template_child (window, cell->field);
  gint64 rows = count_rows (f, form->table);
  gint64 history = count_rows (f, "history");
  g_autofree char *typed = NULL;
  gint64 start;
  Outcome outcome;

  steward_test_type_into (field, value);
  /* A one-line entry holds at most 65,535 characters (GtkEntryBuffer):
   * what the user can type is what it holds. */
  typed = steward_test_dup_text (field);
  if (!g_str_equal (typed, value))
    g_string_append_printf (detail, " (the field holds %ld characters)", g_utf8_strlen (typed, -1));

  start = g_get_monotonic_time ();
  steward_test_activate (window, save_action_of (form));
  *seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  if (gtk_widget_get_visible (GTK_WIDGET (window)))
    {
      g_autofree char *kept = steward_test_dup_text (field);

      collect_messages (GTK_WIDGET (window), detail);
      if (count_rows (f, form->table) != rows || count_rows (f, "history") != history)
        outcome = HALF_WRITTEN;
      else if (!shows_message (GTK_WIDGET (window)))
        outcome = NO_MESSAGE;
      else if (!g_str_equal (kept, typed))
        outcome = TYPING_LOST;
      else if (strstr (detail->str, "a message of") != NULL)
        outcome = LONG_MESSAGE;
      else
        outcome = MESSAGE;
      gtk_window_destroy (window);
    }
  else if (count_rows (f, form->table) != rows_after_save (form, rows) ||
           count_rows (f, "history") == history)
    outcome = CLOSED_UNSAVED;
  else if (cell->column != NULL)
    {
      g_autofree char *stored = dup_newest (f, form->table, cell->column);
      g_autofree char *expected = g_strstrip (g_strdup (typed));

      outcome = g_str_equal (stored, expected) ? STORED : STORED_WRONG;
    }
  else
    outcome = STORED;

  steward_test_iterate (10);

  return outcome;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardQuery) by_name = steward_query_new ();

  f->t = steward_test_db_new ();
  g_assert_true (steward_sample_data_fill (f->t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  f->raw = steward_test_raw_open (f->t->path, SQLITE_OPEN_READONLY);
  steward_query_order_by (by_name, "name", FALSE);
  f->people = G_LIST_MODEL (steward_record_list_new (f->t->db, STEWARD_TYPE_PERSON, by_name));

  {
    g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2018);
    g_autoptr(StewardObjective) objective = g_object_new (STEWARD_TYPE_OBJECTIVE,
                                                          "statement", "核心系統服務可用率維持於 99.5% 以上",
                                                          "kpi-name", "核心系統可用率",
                                                          "kpi-unit", "%",
                                                          "direction", STEWARD_DIRECTION_AT_LEAST,
                                                          "frequency", STEWARD_FREQUENCY_MONTHLY,
                                                          "start-date", start,
                                                          NULL);

    g_assert_true (steward_record_save (STEWARD_RECORD (objective), f->t->db, &error));
    g_assert_no_error (error);
    f->measured_id = steward_record_get_id (STEWARD_RECORD (objective));
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->people);
  sqlite3_close (f->raw);
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* Each form, filled as the table says, saves: the table's tries then show
 * what the one field changes. */
static void
test_forms_save (Fixture       *f,
                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GtkWindow) window = NULL;
      gint64 rows;

      if (!steward_test_in_shard (i))
        continue;
      window = open_filled (f, &forms[i]);
      rows = count_rows (f, forms[i].table);

      steward_test_activate (window, save_action_of (&forms[i]));
      if (gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_autoptr(GString) messages = g_string_new (NULL);

          collect_messages (GTK_WIDGET (window), messages);
          g_error ("The %s form, filled, does not save:%s", forms[i].name, messages->str);
        }
      g_assert_cmpint (count_rows (f, forms[i].table), ==, rows_after_save (&forms[i], rows));
    }
}

typedef struct
{
  guint tried;
  guint failed;
} Tally;

/* Prints a cell of the table, and counts it: not as expected, or slower
 * than two seconds, it fails. */
static void
tally_cell (Tally         *tally,
            const char    *form,
            const char    *field,
            Try            try,
            Outcome        outcome,
            Outcome        expected,
            double         seconds,
            const GString *detail)
{
  tally->tried++;
  if (outcome != expected || seconds > 2.0)
    tally->failed++;
  g_test_message ("%s | %s | %s | %s%s%s (%.0f ms)%s",
                  form, field, try_names[try], outcome_names[outcome],
                  outcome != expected ? ", expected " : "",
                  outcome != expected ? outcome_names[expected] : "",
                  seconds * 1000, detail->str);
}

/* The review wizard's agenda item page has no save button: what is typed
 * is saved after a pause in typing, or at once when the page is left
 * (steward_review_item_page_flush()). Its decisions are added with a
 * button, an action with them when "Needs Action" is on. Each try is typed
 * into a new page of an item of a review whose minutes are not issued. */

typedef struct
{
  const char *field;    /* a template child of the page, or a widget of its decisions */
  const char *table;
  const char *column;
  Outcome     expected[N_TRIES];
} ItemCell;

static const ItemCell item_cells[] = {
  { "discussion_view", "review_item", "discussion", TEXT_OPTIONAL },
  { "conclusion_view", "review_item", "conclusion", TEXT_OPTIONAL },
  { "reason_row", "review_item", "reason", TEXT_REQUIRED },
  { "decision_text_row", "review_decision", "text", TEXT_REQUIRED },
  { "decision_due_row", "action_item", "due_date", DATE_REQUIRED },
};

static GtkWidget *
open_item_page (Fixture    *f,
                GtkWindow **window)
{
  gint64 item_id = steward_test_raw_int (f->raw, "SELECT min(id) FROM review_item ri WHERE NOT EXISTS "
                                                 "(SELECT 1 FROM minutes m WHERE m.review_id = ri.review_id "
                                                 "AND m.status = 'issued')");
  g_autoptr(StewardReviewItem) item = steward_record_load (f->t->db, STEWARD_TYPE_REVIEW_ITEM, item_id, NULL);
  g_autoptr(StewardReview) review = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;

  g_assert_nonnull (item);
  /* Every cell starts from the same empty item, whichever cells ran
   * before it in this shard: no cell depends on another. */
  g_object_set (item, "discussion", NULL, "conclusion", NULL, "nothing-to-report", FALSE, "reason", NULL, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (item), f->t->db, &error));
  g_assert_no_error (error);
  review = steward_record_load (f->t->db, STEWARD_TYPE_REVIEW, steward_review_item_get_review_id (item), NULL);
  g_assert_nonnull (review);
  page = steward_review_item_page_new (f->t->db, review, item, 0);
  *window = GTK_WINDOW (g_object_ref_sink (adw_window_new ()));
  gtk_window_set_default_size (*window, 800, 700);
  adw_window_set_content (ADW_WINDOW (*window), page);
  gtk_window_present (*window);

  return page;
}

/* The text of @column of @table's row @id (the newest with 0). */
static char *
dup_column (Fixture    *f,
            const char *table,
            const char *column,
            gint64      id)
{
  g_autofree char *sql = id > 0
    ? g_strdup_printf ("SELECT coalesce(%s, '') FROM %s WHERE id = %" G_GINT64_FORMAT, column, table, id)
    : g_strdup_printf ("SELECT coalesce(%s, '') FROM %s ORDER BY id DESC LIMIT 1", column, table);

  return steward_test_raw_text (f->raw, sql);
}

/* The longest title of a decision's row in @widget: a paragraph at most,
 * whatever was typed. */
static glong
longest_decision_row (GtkWidget *widget)
{
  glong longest = 0;

  if (ADW_IS_PREFERENCES_ROW (widget) && g_strcmp0 (gtk_widget_get_name (widget), "decision_row") == 0)
    longest = g_utf8_strlen (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    longest = MAX (longest, longest_decision_row (child));

  return longest;
}

static Outcome
try_item_cell (Fixture        *f,
               const ItemCell *cell,
               Try             try,
               double         *seconds,
               GString        *detail)
{
  g_autoptr(GtkWindow) window = NULL;
  GtkWidget *page = open_item_page (f, &window);
  GtkWidget *decisions = steward_test_template_child (page, "decisions");
  gboolean decision = g_str_has_prefix (cell->field, "decision_");
  gpointer field = decision ? steward_test_must_find_named (decisions, cell->field)
                            : steward_test_template_child (page, cell->field);
  gint64 item_id = steward_record_get_id (STEWARD_RECORD (steward_review_item_page_get_item (STEWARD_REVIEW_ITEM_PAGE (page))));
  gint64 rows = count_rows (f, cell->table);
  gint64 decisions_before = count_rows (f, "review_decision");
  gint64 actions_before = count_rows (f, "action_item");
  g_autofree char *typed = NULL;
  g_autofree char *kept = NULL;
  gboolean saved;
  gint64 start;
  Outcome outcome;

  if (g_str_equal (cell->field, "reason_row"))
    gtk_switch_set_active (steward_test_template_child (page, "nothing_switch"), TRUE);
  if (decision)
    {
      /* a decision that needs an action, its owner chosen */
      gtk_switch_set_active (steward_test_must_find_named (decisions, "decision_action_switch"), TRUE);
      adw_combo_row_set_selected (steward_test_must_find_named (decisions, "decision_owner_row"), 1);
      steward_test_type_into (steward_test_must_find_named (decisions, "decision_text_row"), "修訂資訊安全政策並公告");
      steward_test_type_into (steward_test_must_find_named (decisions, "decision_due_row"), "2027-03-31");
    }

  steward_test_type_into (field, value_of (try));
  typed = steward_test_dup_text (field);

  start = g_get_monotonic_time ();
  if (decision)
    {
      g_signal_emit_by_name (steward_test_must_find_named (decisions, "decision_add_button"), "clicked");
      saved = count_rows (f, "review_decision") > decisions_before;
    }
  else
    saved = steward_review_item_page_flush (STEWARD_REVIEW_ITEM_PAGE (page));
  *seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  /* The decision's row is drawn. The item page is looked at without
   * drawing it: a 100,000-character word (the long try has no space) takes
   * GTK 4.8 seconds to wrap in a text view, a limit of Pango's line breaking
   * that prose or Chinese of the same length does not meet (README). */
  if (decision)
    steward_test_iterate (10);

  collect_messages (page, detail);
  /* to look at: the message of an empty decision or due date */
  if (decision && try == TRY_EMPTY)
    {
      GtkAdjustment *scrolled = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (decisions, GTK_TYPE_SCROLLED_WINDOW)));

      gtk_adjustment_set_value (scrolled, gtk_adjustment_get_upper (scrolled));
      steward_test_iterate (20);
      steward_test_save_png (GTK_WIDGET (window), "bad-input", cell->field, language);
    }
  if (decision && !saved)
    {
      kept = steward_test_dup_text (field);
      if (count_rows (f, "action_item") != actions_before)
        outcome = HALF_WRITTEN;
      else if (!shows_message (page))
        outcome = NO_MESSAGE;
      else if (!g_str_equal (kept, typed))
        outcome = TYPING_LOST;
      else
        outcome = MESSAGE;
    }
  else if (decision)
    {
      /* added: the form is emptied for the next decision */
      g_autofree char *stored = dup_column (f, cell->table, cell->column, 0);
      g_autofree char *expected = g_strstrip (g_strdup (typed));

      /* the list shows it, cut to a paragraph when it is pages long */
      if (try == TRY_LONG)
        g_assert_cmpint (longest_decision_row (decisions), ==, STEWARD_FORM_ROW_MAX_CHARS + 1);
      g_assert_cmpint (longest_decision_row (decisions), <=, STEWARD_FORM_ROW_MAX_CHARS + 1);

      if (count_rows (f, cell->table) != (g_str_equal (cell->table, "action_item") ? actions_before + 1 : rows + 1))
        outcome = HALF_WRITTEN;
      else
        outcome = g_str_equal (stored, expected) ? STORED : STORED_WRONG;
    }
  else
    {
      g_autofree char *stored = dup_column (f, cell->table, cell->column, item_id);
      g_autofree char *expected = g_strstrip (g_strdup (typed));

      kept = steward_test_dup_text (field);
      if (!g_str_equal (kept, typed))
        outcome = TYPING_LOST;
      else if (!saved && !shows_message (page))
        outcome = NO_MESSAGE;
      else if (shows_message (page))
        outcome = MESSAGE;
      else
        outcome = g_str_equal (stored, expected) ? STORED : STORED_WRONG;
    }

  gtk_window_destroy (window);
  steward_test_iterate (10);

  return outcome;
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  Tally tally = { 0, 0 };
  guint n_cells = 0;

  g_test_message ("form | field | tried | outcome");
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    for (Try try = 0; try < N_TRIES; try++)
      if (cells[i].expected[try] != NOT_TRIED && steward_test_in_shard (n_cells++))
        {
          g_autoptr(GString) detail = g_string_new (NULL);
          double seconds;
          Outcome outcome = try_cell (f, &cells[i], try, &seconds, detail);

          tally_cell (&tally, cells[i].form, cells[i].field, try, outcome, cells[i].expected[try], seconds, detail);
        }

  for (guint i = 0; i < G_N_ELEMENTS (item_cells); i++)
    for (Try try = 0; try < N_TRIES; try++)
      if (item_cells[i].expected[try] != NOT_TRIED && steward_test_in_shard (n_cells++))
        {
          g_autoptr(GString) detail = g_string_new (NULL);
          double seconds;
          Outcome outcome = try_item_cell (f, &item_cells[i], try, &seconds, detail);

          tally_cell (&tally, "review item", item_cells[i].field, try, outcome, item_cells[i].expected[try],
                      seconds, detail);
        }

  g_test_message ("%u of the table's %u cells tried, %u not as expected", tally.tried, n_cells, tally.failed);
  g_assert_cmpuint (tally.tried, >, 0);
  g_assert_cmpuint (tally.failed, ==, 0);
}

/* What the user sees: the person form refused with a long name and CJK
 * and SQL in the other fields; the plan refused with a page of text as
 * its budget. Screenshots to look at, in the build folder. */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtkWindow) person = open_filled (f, find_form ("person"));
  g_autoptr(GtkWindow) plan = open_filled (f, find_form ("plan"));
  g_autofree char *person_png = g_strdup_printf ("bad-input-person-%s.png", language);
  g_autofree char *plan_png = g_strdup_printf ("bad-input-plan-%s.png", language);

  gtk_window_set_default_size (person, 600, 700);
  steward_test_type_into (steward_test_template_child (person, "name_row"), long_text);
  steward_test_type_into (steward_test_template_child (person, "title_row"), value_of (TRY_CJK));
  steward_test_type_into (steward_test_template_child (person, "unit_row"), value_of (TRY_SQL));
  steward_test_type_into (steward_test_template_child (person, "email_row"), value_of (TRY_WILDCARDS));
  steward_test_activate (person, "editor.save");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (person)));
  steward_test_render_form_png (GTK_WIDGET (person), person_png);

  gtk_window_set_default_size (plan, 600, 700);
  steward_test_type_into (steward_test_template_child (plan, "budget_row"), long_text);
  steward_test_activate (plan, "editor.save");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (plan)));
  steward_test_render_form_png (GTK_WIDGET (plan), plan_png);

  gtk_window_destroy (person);
  gtk_window_destroy (plan);
}

/* Disk full */

static goffset
file_size (const char *path)
{
  struct stat st;

  return g_stat (path, &st) == 0 ? st.st_size : -1;
}

/* The smallest of the database's files that exist: no file can grow. */
static goffset
database_files_size (Fixture *f)
{
  g_autofree char *wal = g_strconcat (f->t->path, "-wal", NULL);
  goffset db_size = file_size (f->t->path);
  goffset wal_size = file_size (wal);

  g_assert_cmpint (db_size, >, 0);

  return wal_size >= 0 ? MIN (db_size, wal_size) : db_size;
}

static void
limit_file_size (rlim_t limit)
{
  struct rlimit rl;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  rl.rlim_cur = limit;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

/* @form, filled, saved on a full disk: the file size limit set to the
 * size of the database files, so that a write past it fails with EFBIG
 * (SIGXFSZ ignored), as it does with ENOSPC on a full disk. The WAL is
 * emptied first (a checkpoint): SQLite would otherwise start it over from
 * its beginning, under the limit. The form says the disk is full, stays open
 * with the typing kept, nothing is written; once the limit is lifted the
 * same form saves. Returns whether that second save went through. */
static gboolean
save_on_full_disk (Fixture    *f,
                   const Form *form)
{
  const char *full = _("The disk is full. Nothing of this change was saved; free some space and save again.");
  g_autoptr(GtkWindow) window = open_filled (f, form);
  gpointer field = steward_test_template_child (window, form->fill[0]);
  g_autofree char *typed = steward_test_dup_text (field);
  g_autofree char *kept = NULL;
  gint64 rows = count_rows (f, form->table);
  gint64 history = count_rows (f, "history");
  g_autoptr(GString) messages = g_string_new (NULL);
  g_autofree char *integrity = NULL;

  steward_test_raw_exec_file (f->t->path, "PRAGMA wal_checkpoint(TRUNCATE)");
  limit_file_size (database_files_size (f));
  steward_test_activate (window, save_action_of (form));
  limit_file_size (RLIM_INFINITY);

  collect_messages (GTK_WIDGET (window), messages);
  g_test_message ("%s | (all) | disk full | %s%s", form->name,
                  gtk_widget_get_visible (GTK_WIDGET (window)) ? "open" : "closed", messages->str);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (shows_message (GTK_WIDGET (window)));
  /* The store tells a full disk from other write errors even when
   * SQLite has lost the errno of the failed write (WAL mode). */
  g_assert_nonnull (strstr (messages->str, full));
  kept = steward_test_dup_text (field);
  g_assert_cmpstr (kept, ==, typed);
  g_assert_cmpint (count_rows (f, form->table), ==, rows);
  g_assert_cmpint (count_rows (f, "history"), ==, history);
  integrity = steward_test_raw_text (f->raw, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");

  /* Space again: the same form, as it stands, saves. */
  steward_test_activate (window, save_action_of (form));
  g_string_truncate (messages, 0);
  collect_messages (GTK_WIDGET (window), messages);
  if (gtk_widget_get_visible (GTK_WIDGET (window)) ||
      count_rows (f, form->table) != rows_after_save (form, rows) || count_rows (f, "history") == history)
    {
      g_test_message ("%s | (all) | disk full, then space again | not saved%s", form->name, messages->str);
      gtk_window_destroy (window);
      return FALSE;
    }

  g_test_message ("%s | (all) | disk full, then space again | stored", form->name);

  return TRUE;
}

/* Each form of this shard on a full disk */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  guint n_tried = 0;
  guint n_failed = 0;

  signal (SIGXFSZ, SIG_IGN);

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    if (steward_test_in_shard (i))
      {
        n_tried++;
        if (!save_on_full_disk (f, &forms[i]))
          n_failed++;
      }

  g_assert_cmpuint (n_tried, >, 0);
  g_assert_cmpuint (n_failed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "bad-input");
  {
    g_autofree char *xs = g_strnfill (100000 - 2, 'x');

    /* 100,000 characters, two of them CJK */
    long_text = g_strconcat ("資安", xs, NULL);
  }

#define ADD(path, func) \
  g_test_add ("/bad-input/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("forms-save", test_forms_save);
  ADD ("table", test_table);
  ADD ("disk-full", test_disk_full);
  if (steward_test_in_shard (0))
    ADD ("screenshots", test_screenshots);
#undef ADD

  return g_test_run ();
}
