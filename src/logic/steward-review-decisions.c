/* steward-review-decisions.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-follow-up.h"
#include "steward-review.h"

/* The results of a management review (9.3.3): its decisions, those that
 * need doing as follow-up items with the review as their source, and the
 * meetings before and after one, whose open actions the next meeting
 * takes up (5.4.2.2). */

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

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static GDate *
dup_day (GDateTime *date_time)
{
  return g_date_new_dmy (g_date_time_get_day_of_month (date_time), g_date_time_get_month (date_time),
                         g_date_time_get_year (date_time));
}

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

static gboolean
check_unlocked (StewardDatabase  *db,
                gint64            review_id,
                GError          **error)
{
  if (!steward_review_is_locked (db, review_id))
    return TRUE;

  g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY,
                       _("These minutes are issued; start a correction to change them."));
  return FALSE;
}

/* Decisions */

typedef struct
{
  StewardReview         *review;
  int                    item;
  const char            *text;
  gint64                 owner_id;
  const GDate           *due;
  StewardReviewDecision *decision;
} DecisionData;

static char *
dup_source_label (StewardReview *review,
                  int            item)
{
  if (item < 0)
    return g_strdup (steward_review_get_title (review));

  /* The meeting's title, then the agenda item the decision was taken under. */
  return g_strdup_printf ("%s — %s", steward_review_get_title (review), steward_agenda_item_to_string (item));
}

static gboolean
add_decision_cb (StewardDatabase  *db,
                 gpointer          user_data,
                 GError          **error)
{
  DecisionData *data = user_data;
  gint64 review_id = steward_record_get_id (STEWARD_RECORD (data->review));
  const char *nick = data->item >= 0 ? steward_agenda_item_get_nick (data->item) : NULL;
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autofree char *text = g_strstrip (g_strdup (data->text));
  gint64 action_id = 0;
  int position = 0;

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  if (nick != NULL)
    steward_query_where_string (query, "item", STEWARD_QUERY_EQUAL, nick);
  else
    steward_query_where (query, "item", STEWARD_QUERY_IS_NULL, NULL);
  if (!steward_record_load_each (db, STEWARD_TYPE_REVIEW_DECISION, query, collect_cb, decisions, error))
    return FALSE;
  for (guint i = 0; i < decisions->len; i++)
    position = MAX (position, steward_review_decision_get_position (g_ptr_array_index (decisions, i)) + 1);

  if (data->owner_id > 0)
    {
      g_autoptr(GDate) day = dup_day (steward_review_get_starts_at (data->review));
      g_autofree char *label = dup_source_label (data->review, data->item);
      g_autoptr(StewardActionItem) action = NULL;

      action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                             "title", text,
                             "owner-id", data->owner_id,
                             "created-on", day,
                             "due-date", data->due,
                             "status", STEWARD_ACTION_OPEN,
                             "source-kind", STEWARD_ACTION_SOURCE_REVIEW,
                             "source-id", review_id,
                             "source-label", label,
                             NULL);
      if (!steward_record_save (STEWARD_RECORD (action), db, error))
        return FALSE;
      action_id = steward_record_get_id (STEWARD_RECORD (action));
    }

  decision = g_object_new (STEWARD_TYPE_REVIEW_DECISION,
                           "review-id", review_id,
                           "item", nick,
                           "position", position,
                           "text", text,
                           "action-id", action_id,
                           NULL);
  if (!steward_record_save (STEWARD_RECORD (decision), db, error))
    return FALSE;

  data->decision = g_steal_pointer (&decision);

  return TRUE;
}

/**
 * steward_review_add_decision:
 * @review: a saved meeting
 * @item: the #StewardAgendaItem the decision is taken under; -1 for the
 *   general decisions
 * @text: what was decided; for an action, what is to be done
 * @owner_id: who is responsible for the action; 0 for a decision that is
 *   not an action
 * @due: (nullable): when the action is due, on or after the meeting's day
 * @problems: (nullable) (element-type StewardProblem): gets what keeps the
 *   decision from being recorded, on "text", "owner-id" and "due-date"
 *
 * Records a decision of @review, after the others under the same item.
 * An action also becomes an open follow-up item whose source is the
 * review, decided on the meeting's day; both are written in one
 * transaction.
 *
 * Returns: (transfer full) (nullable): the decision, or %NULL with @error
 *   set and nothing stored
 */
StewardReviewDecision *
steward_review_add_decision (StewardDatabase  *db,
                             StewardReview    *review,
                             int               item,
                             const char       *text,
                             gint64            owner_id,
                             const GDate      *due,
                             GPtrArray        *problems,
                             GError          **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GDate) day = NULL;
  gint64 review_id;
  GDateTime *starts;
  DecisionData data = { 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);
  g_return_val_if_fail (item >= -1 && item < STEWARD_N_AGENDA_ITEMS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  review_id = steward_record_get_id (STEWARD_RECORD (review));
  starts = steward_review_get_starts_at (review);
  g_return_val_if_fail (review_id > 0 && starts != NULL, NULL);

  if (!check_unlocked (db, review_id, error))
    return NULL;

  /* An empty array that frees its problems as steward_record_validate()'s do. */
  found = steward_record_validate (STEWARD_RECORD (review));
  g_ptr_array_set_size (found, 0);

  if (is_blank (text))
    steward_record_add_problem (found, "text", _("Write down the decision."));

  if (owner_id > 0 || date_set (due))
    {
      day = dup_day (starts);

      if (owner_id <= 0)
        steward_record_add_problem (found, "owner-id",
                                    _("An action needs an owner: choose who is responsible for it."));
      if (!date_set (due))
        steward_record_add_problem (found, "due-date", _("An action needs a due date: enter when it is due."));
      else if (g_date_compare (due, day) < 0)
        steward_record_add_problem (found, "due-date", _("The due date cannot be before the meeting."));
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
      return NULL;
    }

  data.review = review;
  data.item = item;
  data.text = text;
  data.owner_id = owner_id;
  data.due = due;
  if (!steward_database_transaction (db, add_decision_cb, &data, error))
    {
      g_clear_object (&data.decision);
      return NULL;
    }

  return data.decision;
}

/* Whether nothing was recorded on @action since it was decided. */
static gboolean
action_is_untouched (StewardActionItem *action)
{
  return steward_action_item_get_status (action) == STEWARD_ACTION_OPEN &&
         !date_set (steward_action_item_get_done_on (action)) &&
         steward_action_item_get_effectiveness (action) == STEWARD_EFFECTIVENESS_NOT_EVALUATED &&
         is_blank (steward_action_item_get_notes (action));
}

static gboolean
remove_decision_cb (StewardDatabase  *db,
                    gpointer          user_data,
                    GError          **error)
{
  StewardReviewDecision *decision = user_data;
  gint64 action_id = steward_review_decision_get_action_id (decision);
  g_autoptr(StewardActionItem) action = NULL;

  if (!steward_record_delete (STEWARD_RECORD (decision), db, error))
    return FALSE;

  if (action_id <= 0)
    return TRUE;

  action = steward_record_load (db, STEWARD_TYPE_ACTION_ITEM, action_id, error);
  if (action == NULL)
    return FALSE;

  if (action_is_untouched (action))
    return steward_record_delete (STEWARD_RECORD (action), db, error);

  /* Work was recorded on it: it stays in the follow-up, as cancelled. */
  if (steward_action_item_get_status (action) == STEWARD_ACTION_DONE ||
      steward_action_item_get_status (action) == STEWARD_ACTION_CANCELLED)
    return TRUE;

  g_object_set (action, "status", STEWARD_ACTION_CANCELLED, NULL);

  return steward_record_save (STEWARD_RECORD (action), db, error);
}

/**
 * steward_review_remove_decision:
 * @decision: a saved decision
 *
 * Removes @decision; its follow-up item goes too when nothing was recorded
 * on it yet, else it is cancelled (one already done stays done).
 *
 * Returns: whether the decision was removed; %FALSE with @error set
 *   (%STEWARD_RECORD_ERROR_READ_ONLY when the minutes are issued)
 */
gboolean
steward_review_remove_decision (StewardDatabase        *db,
                                StewardReviewDecision  *decision,
                                GError                **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (STEWARD_IS_REVIEW_DECISION (decision), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_unlocked (db, steward_review_decision_get_review_id (decision), error))
    return FALSE;

  return steward_database_transaction (db, remove_decision_cb, decision, error);
}

/* Meetings before and after */

static GPtrArray *
load_reviews (StewardDatabase  *db,
              GError          **error)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (db, STEWARD_TYPE_REVIEW, query, collect_cb, reviews, error))
    return NULL;

  return g_steal_pointer (&reviews);
}

/* Meetings in the order they were held; two at the same moment by id.
 * (Compared as moments, not as text: the stored offsets may differ.) */
static int
compare_held (StewardReview *a,
              StewardReview *b)
{
  int by_time = g_date_time_compare (steward_review_get_starts_at (a), steward_review_get_starts_at (b));
  gint64 id_a = steward_record_get_id (STEWARD_RECORD (a));
  gint64 id_b = steward_record_get_id (STEWARD_RECORD (b));

  if (by_time != 0)
    return by_time;

  return id_a < id_b ? -1 : id_a > id_b;
}

/**
 * steward_review_get_previous:
 *
 * Returns: (transfer full) (nullable): the meeting held last before
 *   @review, of either kind; %NULL for the first (or with @error set)
 */
StewardReview *
steward_review_get_previous (StewardDatabase  *db,
                             StewardReview    *review,
                             GError          **error)
{
  g_autoptr(GPtrArray) reviews = NULL;
  StewardReview *previous = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);
  g_return_val_if_fail (steward_review_get_starts_at (review) != NULL, NULL);

  reviews = load_reviews (db, error);
  if (reviews == NULL)
    return NULL;

  for (guint i = 0; i < reviews->len; i++)
    {
      StewardReview *other = g_ptr_array_index (reviews, i);

      if (steward_record_get_id (STEWARD_RECORD (other)) == steward_record_get_id (STEWARD_RECORD (review)) ||
          steward_review_get_starts_at (other) == NULL || compare_held (other, review) >= 0)
        continue;
      if (previous == NULL || compare_held (other, previous) > 0)
        previous = other;
    }

  return previous != NULL ? g_object_ref (previous) : NULL;
}

/**
 * steward_review_list_previous_actions:
 *
 * The status of the actions of previous management reviews (5.4.2.2):
 * every follow-up item decided by a meeting held before @review that is
 * still open or in progress. An action of @review itself, or of a later
 * meeting, is not among them.
 *
 * Returns: (transfer full) (element-type StewardActionItem) (nullable):
 *   the actions by due date, or %NULL with @error set
 */
GPtrArray *
steward_review_list_previous_actions (StewardDatabase  *db,
                                      StewardReview    *review,
                                      GError          **error)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDate) day = NULL;
  g_autoptr(GDate) after_day = NULL;
  GDateTime *starts;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);

  starts = steward_review_get_starts_at (review);
  g_return_val_if_fail (starts != NULL, NULL);

  /* Those decided up to the meeting's day, then the same day's by which
   * meeting came first. */
  day = dup_day (starts);
  after_day = g_date_copy (day);
  g_date_add_days (after_day, 1);
  candidates = steward_actions_open_from_reviews (db, after_day, error);
  if (candidates == NULL)
    return NULL;
  reviews = load_reviews (db, error);
  if (reviews == NULL)
    return NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      StewardActionItem *action = g_ptr_array_index (candidates, i);
      gint64 source_id = steward_action_item_get_source_id (action);
      StewardReview *source = NULL;
      gboolean earlier;

      for (guint j = 0; j < reviews->len && source == NULL; j++)
        if (steward_record_get_id (g_ptr_array_index (reviews, j)) == source_id)
          source = g_ptr_array_index (reviews, j);

      if (source != NULL)
        earlier = source_id != steward_record_get_id (STEWARD_RECORD (review)) &&
                  steward_review_get_starts_at (source) != NULL && compare_held (source, review) < 0;
      else
        /* An action entered by hand as a review's, without its meeting. */
        earlier = g_date_compare (steward_action_item_get_created_on (action), day) < 0;

      if (earlier)
        g_ptr_array_add (actions, g_object_ref (action));
    }

  return g_steal_pointer (&actions);
}

/**
 * steward_review_get_next:
 * @now: the moment to look from
 *
 * Returns: (transfer full) (nullable): the first meeting that starts at or
 *   after @now, or one under way then; %NULL for none (or with @error set)
 */
StewardReview *
steward_review_get_next (StewardDatabase  *db,
                         GDateTime        *now,
                         GError          **error)
{
  g_autoptr(GPtrArray) reviews = NULL;
  StewardReview *next = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  reviews = load_reviews (db, error);
  if (reviews == NULL)
    return NULL;

  for (guint i = 0; i < reviews->len; i++)
    {
      StewardReview *review = g_ptr_array_index (reviews, i);
      GDateTime *starts = steward_review_get_starts_at (review);
      GDateTime *ends = steward_review_get_ends_at (review);

      if (starts == NULL)
        continue;
      if (g_date_time_compare (starts, now) < 0 && (ends == NULL || g_date_time_compare (ends, now) <= 0))
        continue;
      if (next == NULL || compare_held (review, next) < 0)
        next = review;
    }

  return next != NULL ? g_object_ref (next) : NULL;
}
