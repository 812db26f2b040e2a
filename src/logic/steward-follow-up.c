/* steward-follow-up.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-follow-up"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-project-review.h"
#include "steward-follow-up.h"

/* Follow-up items (跟催) come from reviews, communications, meetings,
 * findings and project reviews (5.4.3, 5.7, 5.8); each is done by its
 * owner and then evaluated (成效評估). The records are read through the
 * store: no SQL here. */

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  /* The nicks are static strings of the enum's type, which lives on. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/* Actions */

gboolean
steward_action_is_active (StewardActionItem *action)
{
  StewardActionStatus status;

  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), FALSE);

  status = steward_action_item_get_status (action);

  return status == STEWARD_ACTION_OPEN || status == STEWARD_ACTION_IN_PROGRESS;
}

/**
 * steward_action_is_overdue:
 * @today: the day to judge on
 *
 * Returns: whether @action is still to be done and was due before @today;
 *   an action due today is not overdue yet, and one done or cancelled
 *   never is
 */
gboolean
steward_action_is_overdue (StewardActionItem *action,
                           const GDate       *today)
{
  GDate *due;

  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), FALSE);
  g_return_val_if_fail (date_set (today), FALSE);

  due = steward_action_item_get_due_date (action);

  return steward_action_is_active (action) && date_set (due) && g_date_compare (due, today) < 0;
}

/**
 * steward_action_is_due_this_month:
 *
 * Returns: whether @action is still to be done and due in the calendar
 *   month of @today, from its first to its last day (overdue ones of the
 *   month included)
 */
gboolean
steward_action_is_due_this_month (StewardActionItem *action,
                                  const GDate       *today)
{
  GDate *due;

  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), FALSE);
  g_return_val_if_fail (date_set (today), FALSE);

  due = steward_action_item_get_due_date (action);

  return steward_action_is_active (action) && date_set (due) &&
         g_date_get_year (due) == g_date_get_year (today) &&
         g_date_get_month (due) == g_date_get_month (today);
}

/**
 * steward_actions_count_overdue:
 * @actions: a model of #StewardActionItem
 *
 * Returns: how many of @actions are overdue on @today, for the Overview
 */
guint
steward_actions_count_overdue (GListModel  *actions,
                               const GDate *today)
{
  guint n = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (actions), 0);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (actions, i);

      n += steward_action_is_overdue (action, today);
    }

  return n;
}

void
steward_action_filter_init (StewardActionFilter *filter)
{
  g_return_if_fail (filter != NULL);

  filter->mine_person_id = 0;
  filter->only_overdue = FALSE;
  filter->only_due_this_month = FALSE;
  filter->source_kind = -1;
  filter->owner_id = 0;
}

/**
 * steward_action_filter_match:
 * @filter: the conditions, from steward_action_filter_init() and then the
 *   page's choices
 * @today: the day "overdue" and "this month" are judged on
 *
 * Returns: whether @action passes every condition of @filter
 */
gboolean
steward_action_filter_match (const StewardActionFilter *filter,
                             StewardActionItem         *action,
                             const GDate               *today)
{
  gint64 owner;

  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), FALSE);

  owner = steward_action_item_get_owner_id (action);

  if (filter->mine_person_id != 0 && owner != filter->mine_person_id)
    return FALSE;
  if (filter->owner_id != 0 && owner != filter->owner_id)
    return FALSE;
  if (filter->source_kind >= 0 && (int)steward_action_item_get_source_kind (action) != filter->source_kind)
    return FALSE;
  if (filter->only_overdue && !steward_action_is_overdue (action, today))
    return FALSE;
  if (filter->only_due_this_month && !steward_action_is_due_this_month (action, today))
    return FALSE;

  return TRUE;
}

/* The link back to the source */

static char *
dup_link (StewardActionItem *action,
          gint64             project_id)
{
  gint64 id = steward_action_item_get_source_id (action);

  if (id <= 0)
    return NULL;

  switch (steward_action_item_get_source_kind (action))
    {
    case STEWARD_ACTION_SOURCE_REVIEW:
      return g_strdup_printf ("reviews/reviews#%" G_GINT64_FORMAT, id);
    case STEWARD_ACTION_SOURCE_COMMUNICATION:
      return g_strdup_printf ("communications/communications#%" G_GINT64_FORMAT, id);
    case STEWARD_ACTION_SOURCE_MEETING:
      return g_strdup_printf ("communications/meetings#%" G_GINT64_FORMAT, id);
    case STEWARD_ACTION_SOURCE_FINDING:
      return g_strdup_printf ("findings/findings#%" G_GINT64_FORMAT, id);
    case STEWARD_ACTION_SOURCE_PROJECT_REVIEW:
      /* A project's reviews are shown with the project. */
      if (project_id > 0)
        return g_strdup_printf ("projects/projects#%" G_GINT64_FORMAT, project_id);
      return g_strdup ("projects/projects");
    case STEWARD_ACTION_SOURCE_OTHER:
    default:
      return NULL;
    }
}

/**
 * steward_action_dup_source_link:
 *
 * Returns: (transfer full) (nullable): the place of the window that shows
 *   the action's source, such as "findings/findings#7", for
 *   steward_window_show_place(); %NULL when the action came from
 *   elsewhere or names no record. A project review gives the projects
 *   page: steward_action_dup_source_link_with_db() finds its project.
 */
char *
steward_action_dup_source_link (StewardActionItem *action)
{
  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), NULL);

  return dup_link (action, 0);
}

/**
 * steward_action_dup_source_link_with_db:
 *
 * As steward_action_dup_source_link(), and a project review links to its
 * project, read from @db.
 *
 * Returns: (transfer full) (nullable): the place of the source
 */
char *
steward_action_dup_source_link_with_db (StewardDatabase   *db,
                                        StewardActionItem *action)
{
  gint64 project_id = 0;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), NULL);

  if (steward_action_item_get_source_kind (action) == STEWARD_ACTION_SOURCE_PROJECT_REVIEW &&
      steward_action_item_get_source_id (action) > 0)
    {
      g_autoptr(StewardProjectReview) review = NULL;
      g_autoptr(GError) error = NULL;

      review = steward_record_load (db, STEWARD_TYPE_PROJECT_REVIEW,
                                    steward_action_item_get_source_id (action), &error);
      if (review != NULL)
        project_id = steward_project_review_get_project_id (review);
      else
        g_debug ("No project review for action %" G_GINT64_FORMAT ": %s",
                 steward_record_get_id (STEWARD_RECORD (action)), error->message);
    }

  return dup_link (action, project_id);
}

/**
 * steward_action_dup_source_label:
 *
 * Returns: (transfer full): what the action came from, as the list shows
 *   it: its own label (such as "113年第2次跨單位協調會議"), or else the
 *   translated kind of its source
 */
char *
steward_action_dup_source_label (StewardActionItem *action)
{
  const char *label;

  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), NULL);

  label = steward_action_item_get_source_label (action);
  if (!is_blank (label))
    return g_strdup (label);

  return g_strdup (steward_action_source_to_string (steward_action_item_get_source_kind (action)));
}

/* Closing */

static gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((StewardProblem *)g_ptr_array_index (problems, i))->property, property) == 0)
      return TRUE;

  return FALSE;
}

/* What closing needs beyond what the record itself checks. */
static void
check_closing (StewardActionItem    *action,
               const GDate          *done_on,
               StewardEffectiveness  effectiveness,
               const char           *evaluated_by,
               const GDate          *evaluated_on,
               GPtrArray            *problems)
{
  GDate *created = steward_action_item_get_created_on (action);

  if (steward_action_item_get_status (action) == STEWARD_ACTION_CANCELLED)
    steward_record_add_problem (problems, "status",
                                _("A cancelled action cannot be closed as done: reopen it first."));

  if (!date_set (done_on))
    steward_record_add_problem (problems, "done-on", _("Enter the date the action was done."));
  else if (date_set (created) && g_date_compare (done_on, created) < 0)
    steward_record_add_problem (problems, "done-on", _("The action cannot be done before it was decided."));

  /* The officer in charge reports the result, and the chair (or the
   * officer) evaluates it (5.7.1.2, 5.7.2.1): no action is closed without. */
  if (effectiveness == STEWARD_EFFECTIVENESS_NOT_EVALUATED)
    steward_record_add_problem (problems, "effectiveness",
                                _("Say whether the action was effective: an action is closed with its effectiveness evaluation."));
  if (is_blank (evaluated_by))
    steward_record_add_problem (problems, "evaluated-by", _("Enter who evaluated the effectiveness."));
  if (!date_set (evaluated_on))
    steward_record_add_problem (problems, "evaluated-on", _("Enter the date of the evaluation."));
  else if (date_set (done_on) && g_date_compare (evaluated_on, done_on) < 0)
    steward_record_add_problem (problems, "evaluated-on",
                                _("The effectiveness cannot be evaluated before the action was done."));
}

/**
 * steward_action_close:
 * @db: where @action is saved
 * @action: a saved action, open or in progress (or done, to evaluate it
 *   again)
 * @done_on: the day it was done
 * @effectiveness: the evaluation: effective or not
 * @evaluated_by: who evaluated it: the chair of the meeting, or the
 *   officer in charge
 * @evaluated_on: when
 * @note: (nullable): what the evaluation found
 * @problems: (nullable) (element-type StewardProblem): gets what keeps the
 *   action from being closed, keyed by the action's properties (as
 *   steward_record_validate() gives them) for the form to show beside
 *   its fields
 *
 * Closes @action as done, with its effectiveness evaluation, in one save.
 * Without an evaluation, or with dates out of order, nothing is saved and
 * @action is left as it was.
 *
 * Returns: whether the action was closed; %FALSE with @error set
 *   (%STEWARD_RECORD_ERROR_INVALID, with the first problem's message, or
 *   the store's error)
 */
gboolean
steward_action_close (StewardDatabase       *db,
                      StewardActionItem     *action,
                      const GDate           *done_on,
                      StewardEffectiveness   effectiveness,
                      const char            *evaluated_by,
                      const GDate           *evaluated_on,
                      const char            *note,
                      GPtrArray             *problems,
                      GError               **error)
{
  g_autoptr(StewardRecord) copy = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) record_problems = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (STEWARD_IS_ACTION_ITEM (action), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The list's record changes only once the database has the new values. */
  copy = steward_record_copy (STEWARD_RECORD (action));
  g_object_set (copy,
                "status", STEWARD_ACTION_DONE,
                "done-on", done_on,
                "effectiveness", effectiveness,
                "evaluated-by", evaluated_by,
                "evaluated-on", evaluated_on,
                "evaluation-note", is_blank (note) ? NULL : note,
                NULL);

  /* An empty array that frees its problems as steward_record_validate()'s do. */
  found = steward_record_validate (STEWARD_RECORD (action));
  g_ptr_array_set_size (found, 0);
  check_closing (action, done_on, effectiveness, evaluated_by, evaluated_on, found);

  record_problems = steward_record_validate (copy);
  for (guint i = 0; i < record_problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (record_problems, i);

      if (!has_problem (found, problem->property))
        steward_record_add_problem (found, problem->property, problem->message);
    }

  if (found->len > 0)
    {
      StewardProblem *first = g_ptr_array_index (found, 0);

      if (problems != NULL)
        for (guint i = 0; i < found->len; i++)
          {
            StewardProblem *problem = g_ptr_array_index (found, i);

            steward_record_add_problem (problems, problem->property, problem->message);
          }

      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID, first->message);
      return FALSE;
    }

  if (!steward_record_save (copy, db, error))
    return FALSE;

  steward_record_assign (STEWARD_RECORD (action), copy);

  return TRUE;
}

/* Reading actions */

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

static GPtrArray *
load_actions (StewardDatabase  *db,
              StewardQuery     *query,
              GError          **error)
{
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);

  steward_query_order_by (query, "due_date", FALSE);
  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (db, STEWARD_TYPE_ACTION_ITEM, query, collect_cb, actions, error))
    return NULL;

  return g_steal_pointer (&actions);
}

static char *
dup_iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/**
 * steward_actions_open_from_reviews:
 * @before: the day of the review that takes them up
 *
 * The status of the actions of previous management reviews (5.4.2.2):
 * every action a review decided before @before that is still open or in
 * progress, by due date.
 *
 * Returns: (transfer full) (element-type StewardActionItem) (nullable):
 *   the actions, or %NULL with @error set
 */
GPtrArray *
steward_actions_open_from_reviews (StewardDatabase  *db,
                                   const GDate      *before,
                                   GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autofree char *day = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (date_set (before), NULL);

  day = dup_iso_date (before);
  steward_query_where_string (query, "source_kind", STEWARD_QUERY_EQUAL,
                              enum_nick (STEWARD_TYPE_ACTION_SOURCE, STEWARD_ACTION_SOURCE_REVIEW));
  steward_query_where_string (query, "created_on", STEWARD_QUERY_LESS, day);
  steward_query_where_string (query, "status", STEWARD_QUERY_NOT_EQUAL,
                              enum_nick (STEWARD_TYPE_ACTION_STATUS, STEWARD_ACTION_DONE));
  steward_query_where_string (query, "status", STEWARD_QUERY_NOT_EQUAL,
                              enum_nick (STEWARD_TYPE_ACTION_STATUS, STEWARD_ACTION_CANCELLED));

  return load_actions (db, query, error);
}

/**
 * steward_actions_for_source:
 * @kind: the kind of the source record
 * @source_id: its id
 *
 * Returns: (transfer full) (element-type StewardActionItem) (nullable):
 *   every action of one communication, meeting, finding, review or project
 *   review, by due date; %NULL with @error set
 */
GPtrArray *
steward_actions_for_source (StewardDatabase      *db,
                            StewardActionSource   kind,
                            gint64                source_id,
                            GError              **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  steward_query_where_string (query, "source_kind", STEWARD_QUERY_EQUAL, enum_nick (STEWARD_TYPE_ACTION_SOURCE, kind));
  steward_query_where_int64 (query, "source_id", STEWARD_QUERY_EQUAL, source_id);

  return load_actions (db, query, error);
}

/* What else needs attention */

/**
 * steward_communication_is_blocked:
 *
 * Returns: whether @communication is a media statement that the deputy
 *   director has not approved (no approval date, or no approver): it may
 *   not be released (5.7.3)
 */
gboolean
steward_communication_is_blocked (StewardCommunication *communication)
{
  g_return_val_if_fail (STEWARD_IS_COMMUNICATION (communication), FALSE);

  return steward_communication_get_kind (communication) == STEWARD_COMMUNICATION_MEDIA &&
         (!date_set (steward_communication_get_approved_on (communication)) ||
          is_blank (steward_communication_get_approved_by (communication)));
}

/**
 * steward_project_is_risk_due:
 *
 * Returns: whether @project started on or before @today and has no risk
 *   assessment yet (5.8.2)
 */
gboolean
steward_project_is_risk_due (StewardProject *project,
                             const GDate    *today)
{
  GDate *start;

  g_return_val_if_fail (STEWARD_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (date_set (today), FALSE);

  start = steward_project_get_start_date (project);

  return date_set (start) && g_date_compare (start, today) <= 0 &&
         !date_set (steward_project_get_risk_assessed_on (project));
}

/**
 * steward_handover_is_open:
 *
 * Returns: whether @handover still lacks the supervisor's authorisation
 *   or the receiver's acceptance (who and when, both) (3.10)
 */
gboolean
steward_handover_is_open (StewardHandover *handover)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER (handover), FALSE);

  return !date_set (steward_handover_get_authorised_on (handover)) ||
         is_blank (steward_handover_get_authorised_by (handover)) ||
         !date_set (steward_handover_get_accepted_on (handover)) ||
         is_blank (steward_handover_get_accepted_by (handover));
}
