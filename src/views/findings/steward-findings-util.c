/* steward-findings-util.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-findings-util"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-register-export.h"
#include "logic/steward-date.h"
#include "logic/steward-objectives.h"
#include "model/steward-action-item.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-findings-util.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-page.h"


/* Where a finding stands */

const char *
steward_finding_state_to_string (StewardFindingState state)
{
  switch (state)
    {
    case STEWARD_FINDING_STATE_OPEN:
      /* TRANSLATORS: the status of a finding whose corrective action is
       * still to be carried out */
      return C_("finding", "Open");
    case STEWARD_FINDING_STATE_AWAITING_VERIFICATION:
      /* TRANSLATORS: the status of a finding whose corrective action was
       * carried out: its effectiveness is to be verified */
      return C_("finding", "Awaiting verification");
    case STEWARD_FINDING_STATE_CLOSED:
      return C_("finding", "Closed");
    default:
      return "";
    }
}

/**
 * steward_finding_state_of:
 * @n_follow_ups_active: its follow-up actions still open or in progress
 * @n_follow_ups_done: its follow-up actions done
 *
 * Closed once closed; open again when the verification found the
 * corrective action not effective; awaiting verification when the
 * verification is recorded or the follow-up actions are all finished;
 * open otherwise.
 */
StewardFindingState
steward_finding_state_of (StewardFinding *finding,
                          guint           n_follow_ups_active,
                          guint           n_follow_ups_done)
{
  GDate *closed = steward_finding_get_closed_on (finding);
  GDate *verified = steward_finding_get_verified_on (finding);

  if (closed != NULL && g_date_valid (closed))
    return STEWARD_FINDING_STATE_CLOSED;

  if (steward_finding_get_effectiveness (finding) == STEWARD_EFFECTIVENESS_NOT_EFFECTIVE)
    return STEWARD_FINDING_STATE_OPEN;

  if ((verified != NULL && g_date_valid (verified)) || (n_follow_ups_active == 0 && n_follow_ups_done > 0))
    return STEWARD_FINDING_STATE_AWAITING_VERIFICATION;

  return STEWARD_FINDING_STATE_OPEN;
}

/**
 * steward_finding_due_of:
 * @state: where @finding stands
 *
 * An open finding's corrective action due before @today is overdue; due
 * from @today to the end of its month, due.
 */
StewardFindingDue
steward_finding_due_of (StewardFinding      *finding,
                        StewardFindingState  state,
                        const GDate         *today)
{
  GDate *due = steward_finding_get_due_date (finding);
  GDate month, month_end;

  if (state != STEWARD_FINDING_STATE_OPEN || due == NULL || !g_date_valid (due))
    return STEWARD_FINDING_NOT_DUE;

  if (g_date_compare (due, today) < 0)
    return STEWARD_FINDING_OVERDUE;

  steward_period_start_of (STEWARD_FREQUENCY_MONTHLY, today, &month);
  steward_period_end_of (STEWARD_FREQUENCY_MONTHLY, &month, &month_end);

  return g_date_compare (due, &month_end) <= 0 ? STEWARD_FINDING_DUE : STEWARD_FINDING_NOT_DUE;
}

/* The action's title: the first line of the corrective action. */
static char *
dup_action_title (const char *corrective_action)
{
  g_auto(GStrv) lines = g_strsplit (corrective_action ? corrective_action : "", "\n", 2);

  return g_strstrip (g_strdup (lines[0] != NULL ? lines[0] : ""));
}

/**
 * steward_finding_new_follow_up:
 * @today: the day the action is decided
 *
 * The action item (跟催) that follows the corrective action of @finding
 * up: named after its first line, with its owner and due date, open,
 * linked back to the finding (its id is set when it is saved).
 *
 * Returns: (transfer full): the action, not saved
 */
StewardActionItem *
steward_finding_new_follow_up (StewardFinding *finding,
                               const GDate    *today)
{
  g_autofree char *title = dup_action_title (steward_finding_get_corrective_action (finding));
  const char *clause = steward_finding_get_clause (finding);
  g_autofree char *label = NULL;

  /* TRANSLATORS: what a follow-up action came from: a finding, and its
   * clause or control when it has one, such as “Finding A.8.8” */
  label = clause != NULL ? g_strdup_printf (_("Finding %s"), clause) : g_strdup (_("Finding"));

  return g_object_new (STEWARD_TYPE_ACTION_ITEM,
                       "title", title,
                       "owner-id", steward_finding_get_owner_id (finding),
                       "created-on", today,
                       "due-date", steward_finding_get_due_date (finding),
                       "status", STEWARD_ACTION_OPEN,
                       "source-kind", STEWARD_ACTION_SOURCE_FINDING,
                       "source-id", steward_record_get_id (STEWARD_RECORD (finding)),
                       "source-label", label,
                       NULL);
}

/* The context of the rows */

/* The people (owners' names), the audits and the follow-up actions of
 * all findings, each a list that follows its table, and the calendar
 * dates are shown in; "changed" says that what the rows show of them may
 * have changed. */
struct _StewardFindingsContext
{
  GObject            parent_instance;

  GSettings         *settings;
  StewardDatabase   *db;
  StewardRecordList *people;
  StewardRecordList *audits;
  StewardRecordList *actions;
  GHashTable        *follow_ups;  /* finding id → FollowUps */
};

typedef struct
{
  gint64 finding_id;
  guint  n_active;
  guint  n_done;
} FollowUps;

G_DEFINE_FINAL_TYPE (StewardFindingsContext, steward_findings_context, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
count_follow_ups (StewardFindingsContext *self)
{
  GListModel *actions = G_LIST_MODEL (self->actions);

  g_hash_table_remove_all (self->follow_ups);

  for (guint i = 0; actions != NULL && i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (actions, i);
      gint64 finding_id = steward_action_item_get_source_id (action);
      FollowUps *counts = g_hash_table_lookup (self->follow_ups, &finding_id);

      if (counts == NULL)
        {
          counts = g_new0 (FollowUps, 1);
          counts->finding_id = finding_id;
          g_hash_table_insert (self->follow_ups, &counts->finding_id, counts);
        }

      switch (steward_action_item_get_status (action))
        {
        case STEWARD_ACTION_OPEN:
        case STEWARD_ACTION_IN_PROGRESS:
          counts->n_active++;
          break;
        case STEWARD_ACTION_DONE:
          counts->n_done++;
          break;
        case STEWARD_ACTION_CANCELLED:
        default:
          break;
        }
    }
}

static void
on_table_changed_cb (StewardDatabase        *db,
                     const char * const     *tables,
                     StewardFindingsContext *self)
{
  count_follow_ups (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_items_changed_cb (GListModel             *model,
                     guint                   position,
                     guint                   removed,
                     guint                   added,
                     StewardFindingsContext *self)
{
  if (model == G_LIST_MODEL (self->actions))
    count_follow_ups (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
drop_lists (StewardFindingsContext *self)
{
  StewardRecordList **lists[] = { &self->people, &self->audits, &self->actions };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (*lists[i] != NULL)
        g_signal_handlers_disconnect_by_func (*lists[i], on_items_changed_cb, self);
      g_clear_object (lists[i]);
    }

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_func (self->db, on_table_changed_cb, self);
  g_clear_object (&self->db);
  g_hash_table_remove_all (self->follow_ups);
}

/**
 * steward_findings_context_set_database:
 * @db: (nullable): the database, or %NULL for none
 */
void
steward_findings_context_set_database (StewardFindingsContext *self,
                                       StewardDatabase        *db)
{
  g_autoptr(StewardQuery) people = steward_query_new ();
  g_autoptr(StewardQuery) audits = steward_query_new ();
  g_autoptr(StewardQuery) actions = steward_query_new ();

  g_return_if_fail (STEWARD_IS_FINDINGS_CONTEXT (self));

  drop_lists (self);
  if (db == NULL)
    return;

  self->db = g_object_ref (db);
  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people);
  self->audits = steward_record_list_new (db, STEWARD_TYPE_AUDIT, audits);
  steward_query_where_string (actions, "source_kind", STEWARD_QUERY_EQUAL, "finding");
  self->actions = steward_record_list_new (db, STEWARD_TYPE_ACTION_ITEM, actions);
  count_follow_ups (self);

  g_signal_connect (self->people, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect (self->audits, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect (self->actions, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  /* After the lists' own handlers, which read the rows again: a record
   * changed in place adds and removes nothing. */
  g_signal_connect (db, "changed::person", G_CALLBACK (on_table_changed_cb), self);
  g_signal_connect (db, "changed::audit", G_CALLBACK (on_table_changed_cb), self);
  g_signal_connect (db, "changed::action_item", G_CALLBACK (on_table_changed_cb), self);
}

/**
 * steward_findings_context_get_person_name:
 *
 * Returns: (nullable): the name of the person, or %NULL for none
 */
const char *
steward_findings_context_get_person_name (StewardFindingsContext *self,
                                          gint64                  person_id)
{
  StewardPerson *person;

  if (self->people == NULL || person_id <= 0)
    return NULL;

  person = steward_record_list_find (self->people, person_id, NULL);

  return person != NULL ? steward_person_get_name (person) : NULL;
}

/**
 * steward_findings_context_get_audit:
 *
 * Returns: (transfer none) (nullable): the audit, or %NULL for none
 */
StewardAudit *
steward_findings_context_get_audit (StewardFindingsContext *self,
                                    gint64                  audit_id)
{
  if (self->audits == NULL || audit_id <= 0)
    return NULL;

  return steward_record_list_find (self->audits, audit_id, NULL);
}

StewardFindingState
steward_findings_context_get_state (StewardFindingsContext *self,
                                    StewardFinding         *finding)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (finding));
  FollowUps *counts = g_hash_table_lookup (self->follow_ups, &id);

  return steward_finding_state_of (finding, counts != NULL ? counts->n_active : 0,
                                   counts != NULL ? counts->n_done : 0);
}

/* The calendar dates are shown in, as the preferences say. */
StewardCalendar
steward_findings_context_get_calendar (StewardFindingsContext *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static void
on_calendar_changed_cb (GSettings              *settings,
                        const char             *key,
                        StewardFindingsContext *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

StewardFindingsContext *
steward_findings_context_new (void)
{
  return g_object_new (STEWARD_TYPE_FINDINGS_CONTEXT, NULL);
}

static void
steward_findings_context_dispose (GObject *object)
{
  StewardFindingsContext *self = STEWARD_FINDINGS_CONTEXT (object);

  drop_lists (self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_calendar_changed_cb, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (steward_findings_context_parent_class)->dispose (object);
}

static void
steward_findings_context_finalize (GObject *object)
{
  g_hash_table_unref (STEWARD_FINDINGS_CONTEXT (object)->follow_ups);

  G_OBJECT_CLASS (steward_findings_context_parent_class)->finalize (object);
}

static void
steward_findings_context_class_init (StewardFindingsContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_findings_context_dispose;
  object_class->finalize = steward_findings_context_finalize;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
steward_findings_context_init (StewardFindingsContext *self)
{
  self->follow_ups = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self);
}

/* Widgets */

static const char *
enum_name (GType enum_type,
           int   value)
{
  if (enum_type == STEWARD_TYPE_FINDING_SOURCE)
    return steward_finding_source_to_string (value);
  if (enum_type == STEWARD_TYPE_GRADING)
    return steward_grading_to_string (value);
  if (enum_type == STEWARD_TYPE_EFFECTIVENESS)
    return steward_effectiveness_to_string (value);
  if (enum_type == STEWARD_TYPE_AUDIT_KIND)
    return steward_audit_kind_to_string (value);

  g_return_val_if_reached ("");
}

/**
 * steward_findings_enum_names:
 * @enum_type: one of the enums of the findings: source, grading,
 *   effectiveness, audit kind
 *
 * Returns: (transfer full): the translated names of its values, in their
 *   order, for a combo whose positions are the values
 */
GtkStringList *
steward_findings_enum_names (GType enum_type)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  for (guint i = 0; i < enum_class->n_values; i++)
    gtk_string_list_append (names, enum_name (enum_type, enum_class->values[i].value));

  return names;
}

/* @all first, then the values of @enum_type. */
void
steward_findings_fill_choices (GtkDropDown *dropdown,
                               const char  *all,
                               GType        enum_type)
{
  g_autoptr(GtkStringList) names = steward_findings_enum_names (enum_type);

  gtk_string_list_splice (names, 0, 0, (const char * const[]) { all, NULL });
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
}

void
steward_findings_fill_state_choices (GtkDropDown *dropdown,
                                     const char  *all)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, all);
  for (StewardFindingState state = STEWARD_FINDING_STATE_OPEN; state <= STEWARD_FINDING_STATE_CLOSED; state++)
    gtk_string_list_append (names, steward_finding_state_to_string (state));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
}

/* A major finding in error colours, a minor one in warning colours: in
 * words too, for those who do not see colours. */
void
steward_findings_style_grading (GtkWidget      *label,
                                StewardGrading  grading)
{
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_remove_css_class (label, "dim-label");

  if (grading == STEWARD_GRADING_MAJOR)
    gtk_widget_add_css_class (label, "error");
  else if (grading == STEWARD_GRADING_MINOR)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_add_css_class (label, "dim-label");
}

void
steward_findings_set_due_badge (GtkWidget         *badge,
                                StewardFindingDue  due)
{
  gtk_widget_set_visible (badge, due != STEWARD_FINDING_NOT_DUE);
  gtk_widget_remove_css_class (badge, "error");
  gtk_widget_remove_css_class (badge, "warning");

  if (due == STEWARD_FINDING_OVERDUE)
    {
      /* TRANSLATORS: a badge beside the due date of a corrective action */
      gtk_label_set_label (GTK_LABEL (badge), _("Overdue"));
      steward_cell_set_tooltip (badge, _("The corrective action is still open past its due date"));
      gtk_widget_add_css_class (badge, "error");
    }
  else if (due == STEWARD_FINDING_DUE)
    {
      /* TRANSLATORS: a badge beside the due date of a corrective action */
      gtk_label_set_label (GTK_LABEL (badge), _("Due"));
      steward_cell_set_tooltip (badge, _("The corrective action is due this month"));
      gtk_widget_add_css_class (badge, "warning");
    }
}

/* Exporting */

#define REGISTER_KEY "steward-register-name"

/* Export is offered to a page with a database. */
void
steward_findings_update_export (GtkWidget  *page,
                                const char *action_name,
                                GtkWidget  *export_button)
{
  gboolean can = steward_page_get_database (STEWARD_PAGE (page)) != NULL;

  gtk_widget_action_set_enabled (page, action_name, can);
  /* A menu of disabled items only would say nothing. */
  gtk_widget_set_sensitive (export_button, can);
}

/**
 * steward_findings_write_export:
 * @page: a page of the Findings place
 * @register_name: the register as steward_register_export() names it
 * @path: a .csv or .xlsx file
 *
 * Writes the register of @page's database to @path, its dates in the
 * calendar of the preferences.
 *
 * Returns: whether it was written
 */
gboolean
steward_findings_write_export (GtkWidget   *page,
                               const char  *register_name,
                               const char  *path,
                               GError     **error)
{
  return steward_register_export_page (page, register_name, path, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_findings_write_export (widget, g_object_get_data (G_OBJECT (widget), REGISTER_KEY), path, error);
}

/**
 * steward_findings_ask_export:
 * @register_name: the register as steward_register_export() names it
 * @file_stem: the file name the chooser proposes, without the date
 * @extension: "csv" or "xlsx"
 *
 * Asks where to save the register, writes it, and says so in a toast.
 */
void
steward_findings_ask_export (GtkWidget  *page,
                             const char *register_name,
                             const char *title,
                             const char *file_stem,
                             const char *extension)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *date = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *name = g_strdup_printf ("%s %s.%s", file_stem, date, extension);

  g_object_set_data (G_OBJECT (page), REGISTER_KEY, (gpointer) register_name);
  steward_register_ask_export (page, title, name, write_export);
}
