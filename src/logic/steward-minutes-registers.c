/* steward-minutes-registers.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-action-item.h"
#include "model/steward-finding.h"
#include "model/steward-follow-up-enums.h"
#include "model/steward-party-feedback.h"
#include "model/steward-project-review.h"
#include "model/steward-project.h"
#include "model/steward-risk-result.h"
#include "steward-date.h"
#include "steward-minutes-private.h"

/* The data of agenda items 6 to 8 (see steward-minutes.h): the feedback
 * of interested parties, the risk assessments and their treatment, and
 * the opportunities for improvement, from their registers within the
 * window of the review. */

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : "";
}

/* 6. Feedback from interested parties */

gboolean
steward_minutes_item_feedback (StewardMinutesWindow  *w,
                               JsonArray             *blocks,
                               GError               **error)
{
  g_autoptr(StewardQuery) query = steward_minutes_window_query (w, "received_on");
  g_autoptr(GPtrArray) feedback = steward_minutes_load_all (w->db, STEWARD_TYPE_PARTY_FEEDBACK, query, error);
  const char *columns[] = {
    /* TRANSLATORS: a column of the table of feedback in the minutes */
    _("Party"),
    /* TRANSLATORS: a column of the table of feedback in the minutes */
    _("Received"),
    /* TRANSLATORS: a column of the table of feedback in the minutes */
    _("Feedback"),
    /* TRANSLATORS: a column of the table of feedback in the minutes */
    _("Response"),
  };
  JsonObject *table;

  if (feedback == NULL)
    return FALSE;
  if (feedback->len == 0)
    {
      steward_minutes_add_empty (w, blocks, _("No feedback from interested parties was received since %s."));
      return TRUE;
    }

  table = steward_minutes_add_table (blocks, _("Feedback from interested parties since the previous review"),
                                     G_N_ELEMENTS (columns), columns, NULL);
  for (guint i = 0; i < feedback->len; i++)
    {
      StewardPartyFeedback *item = g_ptr_array_index (feedback, i);
      g_autofree char *party = steward_minutes_window_party (w, steward_party_feedback_get_party_id (item));
      g_autofree char *received = steward_date_format (steward_party_feedback_get_received_on (item), w->calendar);
      const char *response = steward_party_feedback_get_response (item);

      steward_minutes_add_row (table, party, received, steward_party_feedback_get_content (item),
                               response != NULL && *response != '\0' ? response : _("Not yet answered"));
    }

  return TRUE;
}

/* 7. Risk assessment and treatment */

static void
add_risk_row (StewardMinutesWindow *w,
              JsonObject           *table,
              StewardRiskResult    *risk)
{
  g_autofree char *assessed = steward_date_format (steward_risk_result_get_assessed_on (risk), w->calendar);
  g_autofree char *high = g_strdup_printf ("%d", steward_risk_result_get_n_high (risk));
  g_autofree char *medium = g_strdup_printf ("%d", steward_risk_result_get_n_medium (risk));
  g_autofree char *low = g_strdup_printf ("%d", steward_risk_result_get_n_low (risk));
  g_autofree char *planned = g_strdup_printf ("%d", steward_risk_result_get_plan_planned (risk));
  g_autofree char *done = g_strdup_printf ("%d", steward_risk_result_get_plan_done (risk));
  g_autofree char *late = g_strdup_printf ("%d", steward_risk_result_get_plan_late (risk));

  steward_minutes_add_row (table, assessed, steward_risk_result_get_scope (risk), high, medium, low,
                           planned, done, late);
}

/* A sentence on the latest assessment and its treatment plan. */
static void
add_latest_risk (StewardMinutesWindow *w,
                 JsonArray            *blocks,
                 StewardRiskResult    *risk)
{
  g_autofree char *assessed = steward_date_format (steward_risk_result_get_assessed_on (risk), w->calendar);
  /* TRANSLATORS: the latest risk assessment in the minutes: its date,
   * its risks rated high, medium and low, then the treatments done of
   * those planned, and those late */
  g_autofree char *text = g_strdup_printf (_("The latest risk assessment, of %s, rated %d risks high, %d medium "
                                             "and %d low; of the %d treatments planned, %d are done and %d late."),
                                           assessed, steward_risk_result_get_n_high (risk),
                                           steward_risk_result_get_n_medium (risk),
                                           steward_risk_result_get_n_low (risk),
                                           steward_risk_result_get_plan_planned (risk),
                                           steward_risk_result_get_plan_done (risk),
                                           steward_risk_result_get_plan_late (risk));

  steward_minutes_add_text (blocks, "text", text);
}

gboolean
steward_minutes_item_risks (StewardMinutesWindow  *w,
                            JsonArray             *blocks,
                            GError               **error)
{
  g_autoptr(StewardQuery) query = steward_minutes_window_query (w, "assessed_on");
  g_autoptr(StewardQuery) latest_query = steward_query_new ();
  g_autoptr(GPtrArray) risks = steward_minutes_load_all (w->db, STEWARD_TYPE_RISK_RESULT, query, error);
  g_autoptr(GPtrArray) latest = NULL;
  const char *columns[] = {
    /* TRANSLATORS: a column of the table of risk assessments in the minutes */
    _("Assessed"),
    /* TRANSLATORS: a column of the table of risk assessments in the minutes */
    _("Scope"),
    /* TRANSLATORS: a column of the table of risk assessments: risks rated high */
    _("High"),
    /* TRANSLATORS: a column of the table of risk assessments: risks rated medium */
    _("Medium"),
    /* TRANSLATORS: a column of the table of risk assessments: risks rated low */
    _("Low"),
    /* TRANSLATORS: a column of the table of risk assessments: treatments planned */
    _("Planned"),
    /* TRANSLATORS: a column of the table of risk assessments: treatments done */
    _("Done"),
    /* TRANSLATORS: a column of the table of risk assessments: treatments late */
    _("Late"),
  };
  const gboolean numeric[] = { FALSE, FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
  JsonObject *table;

  if (risks == NULL)
    return FALSE;
  if (risks->len > 0)
    {
      table = steward_minutes_add_table (blocks, _("Risk assessments and the status of the treatment plan since the previous review"),
                                         G_N_ELEMENTS (columns), columns, numeric);
      for (guint i = 0; i < risks->len; i++)
        add_risk_row (w, table, g_ptr_array_index (risks, i));
      add_latest_risk (w, blocks, g_ptr_array_index (risks, risks->len - 1));
      return TRUE;
    }

  steward_minutes_add_empty (w, blocks, _("No risk assessment was made since %s."));
  steward_query_where_string (latest_query, "assessed_on", STEWARD_QUERY_LESS, w->from_iso);
  steward_query_order_by (latest_query, "assessed_on", TRUE);
  steward_query_set_limit (latest_query, 1);
  latest = steward_minutes_load_all (w->db, STEWARD_TYPE_RISK_RESULT, latest_query, error);
  if (latest == NULL)
    return FALSE;
  if (latest->len > 0)
    {
      table = steward_minutes_add_table (blocks, _("The latest risk assessment"),
                                         G_N_ELEMENTS (columns), columns, numeric);
      add_risk_row (w, table, g_ptr_array_index (latest, 0));
      add_latest_risk (w, blocks, g_ptr_array_index (latest, 0));
    }

  return TRUE;
}

/* 8. Opportunities for improvement */

gboolean
steward_minutes_item_improvement (StewardMinutesWindow  *w,
                                  JsonArray             *blocks,
                                  GError               **error)
{
  g_autoptr(StewardQuery) findings_query = steward_minutes_window_query (w, "raised_on");
  g_autoptr(StewardQuery) actions_query = steward_minutes_window_query (w, "evaluated_on");
  g_autoptr(StewardQuery) reviews_query = steward_minutes_window_query (w, "reviewed_on");
  g_autoptr(GPtrArray) observations = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  guint n_before = json_array_get_length (blocks);
  JsonObject *table;

  steward_query_where_string (findings_query, "grading", STEWARD_QUERY_EQUAL,
                              enum_nick (STEWARD_TYPE_GRADING, STEWARD_GRADING_OBSERVATION));
  observations = steward_minutes_load_all (w->db, STEWARD_TYPE_FINDING, findings_query, error);
  if (observations == NULL)
    return FALSE;
  steward_query_where_string (actions_query, "effectiveness", STEWARD_QUERY_EQUAL,
                              enum_nick (STEWARD_TYPE_EFFECTIVENESS, STEWARD_EFFECTIVENESS_NOT_EFFECTIVE));
  actions = steward_minutes_load_all (w->db, STEWARD_TYPE_ACTION_ITEM, actions_query, error);
  if (actions == NULL)
    return FALSE;
  steward_query_where_string (reviews_query, "findings", STEWARD_QUERY_IS_NOT_NULL, NULL);
  reviews = steward_minutes_load_all (w->db, STEWARD_TYPE_PROJECT_REVIEW, reviews_query, error);
  if (reviews == NULL)
    return FALSE;

  if (observations->len > 0)
    {
      const char *columns[] = {
        /* TRANSLATORS: a column of the table of observations in the minutes */
        _("Raised"),
        /* TRANSLATORS: a column of the table of observations in the minutes */
        _("Clause"),
        /* TRANSLATORS: a column of the table of observations in the minutes */
        _("Observation"),
      };

      table = steward_minutes_add_table (blocks, _("Observations raised since the previous review"),
                                         G_N_ELEMENTS (columns), columns, NULL);
      for (guint i = 0; i < observations->len; i++)
        {
          StewardFinding *finding = g_ptr_array_index (observations, i);
          g_autofree char *raised = steward_date_format (steward_finding_get_raised_on (finding), w->calendar);

          steward_minutes_add_row (table, raised, steward_finding_get_clause (finding),
                                   steward_finding_get_description (finding));
        }
    }
  if (actions->len > 0)
    {
      const char *columns[] = {
        /* TRANSLATORS: a column of the table of ineffective actions in the minutes */
        _("Action"),
        /* TRANSLATORS: a column of the table of ineffective actions in the minutes */
        _("Owner"),
        /* TRANSLATORS: a column of the table of ineffective actions in the minutes */
        _("Evaluated"),
        /* TRANSLATORS: a column of the table of ineffective actions in the minutes */
        _("Evaluation"),
      };

      table = steward_minutes_add_table (blocks, _("Actions evaluated as not effective since the previous review"),
                                         G_N_ELEMENTS (columns), columns, NULL);
      for (guint i = 0; i < actions->len; i++)
        {
          StewardActionItem *action = g_ptr_array_index (actions, i);
          g_autofree char *evaluated = steward_date_format (steward_action_item_get_evaluated_on (action), w->calendar);

          steward_minutes_add_row (table, steward_action_item_get_title (action),
                                   steward_minutes_window_person (w, steward_action_item_get_owner_id (action)), evaluated,
                                   steward_action_item_get_evaluation_note (action));
        }
    }
  if (reviews->len > 0)
    {
      const char *columns[] = {
        /* TRANSLATORS: a column of the table of project reviews in the minutes */
        _("Project"),
        /* TRANSLATORS: a column of the table of project reviews in the minutes */
        _("Reviewed"),
        /* TRANSLATORS: a column of the table of project reviews in the minutes */
        _("Findings"),
        /* TRANSLATORS: a column of the table of project reviews in the minutes */
        _("Actions"),
      };

      table = steward_minutes_add_table (blocks, _("Findings of project reviews since the previous review"),
                                         G_N_ELEMENTS (columns), columns, NULL);
      for (guint i = 0; i < reviews->len; i++)
        {
          StewardProjectReview *review = g_ptr_array_index (reviews, i);
          g_autoptr(StewardProject) project =
            steward_record_load (w->db, STEWARD_TYPE_PROJECT,
                                 steward_project_review_get_project_id (review), NULL);
          g_autofree char *reviewed = steward_date_format (steward_project_review_get_reviewed_on (review), w->calendar);

          steward_minutes_add_row (table, project != NULL ? steward_project_get_name (project) : "", reviewed,
                                   steward_project_review_get_findings (review),
                                   steward_project_review_get_actions (review));
        }
    }

  if (json_array_get_length (blocks) == n_before)
    steward_minutes_add_empty (w, blocks, _("No observations, ineffective actions or findings of project reviews since %s."));

  return TRUE;
}
