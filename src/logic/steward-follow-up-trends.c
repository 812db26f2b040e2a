/* steward-follow-up-trends.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-follow-up"

#include "config.h"

#include "model/steward-finding.h"
#include "steward-follow-up.h"
#include "steward-objectives.h"

/* The trends of findings and corrective actions, and of actions, that
 * the management review looks at (5.4.2.4.1): per period, how many were
 * opened, closed, and still open at its end. */

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/* The periods from the one holding @from to the one holding @to. */
static GArray *
make_periods (gsize             element_size,
              StewardFrequency  frequency,
              const GDate      *from,
              const GDate      *to)
{
  GArray *periods = g_array_new (FALSE, TRUE, element_size);
  GDate start;
  GDate last;

  steward_period_start_of (frequency, from, &start);
  steward_period_start_of (frequency, to, &last);
  for (; g_date_compare (&start, &last) <= 0; steward_period_next (frequency, &start))
    {
      /* Both trends start with the period's first and last day. */
      GDate *bounds;

      g_array_set_size (periods, periods->len + 1);
      bounds = (GDate *)(void *)(periods->data + (periods->len - 1) * element_size);
      bounds[0] = start;
      steward_period_end_of (frequency, &start, &bounds[1]);
    }

  return periods;
}

static const GDate *
period_end (GArray *periods,
            gsize   element_size,
            guint   index)
{
  return &((const GDate *)(void *)(periods->data + index * element_size))[1];
}

/* The period holding @date: -1 before the first, n after the last. */
static int
find_period (GArray      *periods,
             gsize        element_size,
             const GDate *date)
{
  guint low = 0;
  guint high = periods->len;

  if (periods->len == 0 ||
      g_date_compare (date, &((const GDate *)(void *)periods->data)[0]) < 0)
    return -1;

  /* The first period whose end is on or after @date. */
  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_date_compare (period_end (periods, element_size, middle), date) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return (int)low;
}

/* Something open from @opened until @closed (not open at the end of the
 * period holding @closed; never closed when NULL): adds one to @open_at_end
 * of every period it is open at the end of. @delta has n + 1 entries. */
static void
add_open_span (int  *delta,
               guint n,
               int   opened,
               int   closed)
{
  int first = MAX (opened, 0);
  int last = MIN (closed, (int)n);

  if (first < last)
    {
      delta[first]++;
      delta[last]--;
    }
}

/**
 * steward_findings_trend:
 * @findings: a model of #StewardFinding
 * @from: a day in the first period
 * @to: a day in the last period
 *
 * Per period of @frequency from @from to @to: the findings raised, closed,
 * and still open at the period's end (raised by then, not closed by
 * then), in all and by grading (5.4.2.4.1).
 *
 * Returns: (transfer full) (element-type StewardFindingTrend): one entry
 *   a period, in order
 */
GArray *
steward_findings_trend (GListModel       *findings,
                        StewardFrequency  frequency,
                        const GDate      *from,
                        const GDate      *to)
{
  const gsize size = sizeof (StewardFindingTrend);
  g_autofree int *delta = NULL;
  int *delta_by[STEWARD_N_GRADINGS] = { NULL };
  GArray *trend;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (findings), g_array_new (FALSE, TRUE, size));
  g_return_val_if_fail (date_set (from) && date_set (to), g_array_new (FALSE, TRUE, size));

  trend = make_periods (size, frequency, from, to);
  n = trend->len;
  delta = g_new0 (int, n + 1);
  for (guint g = 0; g < STEWARD_N_GRADINGS; g++)
    delta_by[g] = g_new0 (int, n + 1);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(StewardFinding) finding = g_list_model_get_item (findings, i);
      GDate *raised = steward_finding_get_raised_on (finding);
      GDate *closed = steward_finding_get_closed_on (finding);
      guint grading = MIN ((guint)steward_finding_get_grading (finding), STEWARD_N_GRADINGS - 1);
      int opened_in;
      int closed_in;

      if (!date_set (raised))
        continue;

      opened_in = find_period (trend, size, raised);
      closed_in = date_set (closed) ? find_period (trend, size, closed) : (int)n;
      /* The database has a finding closed on or after it was raised. */
      closed_in = MAX (closed_in, opened_in);

      if (opened_in >= 0 && opened_in < (int)n)
        {
          StewardFindingTrend *period = &g_array_index (trend, StewardFindingTrend, opened_in);

          period->n_opened++;
          period->opened[grading]++;
        }
      if (date_set (closed) && closed_in >= 0 && closed_in < (int)n)
        {
          StewardFindingTrend *period = &g_array_index (trend, StewardFindingTrend, closed_in);

          period->n_closed++;
          period->closed[grading]++;
        }

      add_open_span (delta, n, opened_in, closed_in);
      add_open_span (delta_by[grading], n, opened_in, closed_in);
    }

  {
    int open = 0;
    int open_by[STEWARD_N_GRADINGS] = { 0 };

    for (guint p = 0; p < n; p++)
      {
        StewardFindingTrend *period = &g_array_index (trend, StewardFindingTrend, p);

        open += delta[p];
        period->n_open_at_end = open;
        for (guint g = 0; g < STEWARD_N_GRADINGS; g++)
          {
            open_by[g] += delta_by[g][p];
            period->open_at_end[g] = open_by[g];
          }
      }
  }

  for (guint g = 0; g < STEWARD_N_GRADINGS; g++)
    g_clear_pointer (&delta_by[g], g_free);

  return trend;
}

/**
 * steward_actions_trend:
 * @actions: a model of #StewardActionItem
 *
 * As steward_findings_trend(), for actions: opened on the day they were
 * decided (created_on), closed on the day they were done (done_on; only
 * done ones count as closed). A cancelled action is open until the day of
 * its done_on, when it has one, and counts as cancelled then; one
 * cancelled without a date is taken as withdrawn the day it was decided:
 * it counts as opened and cancelled then, and is never open at a
 * period's end, since nothing says how long it stood.
 *
 * Returns: (transfer full) (element-type StewardActionTrend): one entry a
 *   period, in order
 */
GArray *
steward_actions_trend (GListModel       *actions,
                       StewardFrequency  frequency,
                       const GDate      *from,
                       const GDate      *to)
{
  const gsize size = sizeof (StewardActionTrend);
  g_autofree int *delta = NULL;
  GArray *trend;
  guint n;
  int open = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (actions), g_array_new (FALSE, TRUE, size));
  g_return_val_if_fail (date_set (from) && date_set (to), g_array_new (FALSE, TRUE, size));

  trend = make_periods (size, frequency, from, to);
  n = trend->len;
  delta = g_new0 (int, n + 1);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (actions, i);
      StewardActionStatus status = steward_action_item_get_status (action);
      GDate *created = steward_action_item_get_created_on (action);
      GDate *done = steward_action_item_get_done_on (action);
      const GDate *ended = NULL;
      int opened_in;
      int ended_in;

      if (!date_set (created))
        continue;

      if (status == STEWARD_ACTION_DONE || status == STEWARD_ACTION_CANCELLED)
        ended = date_set (done) && g_date_compare (done, created) >= 0 ? done : created;

      opened_in = find_period (trend, size, created);
      ended_in = ended != NULL ? find_period (trend, size, ended) : (int)n;

      if (opened_in >= 0 && opened_in < (int)n)
        g_array_index (trend, StewardActionTrend, opened_in).n_opened++;
      if (ended != NULL && ended_in >= 0 && ended_in < (int)n)
        {
          StewardActionTrend *period = &g_array_index (trend, StewardActionTrend, ended_in);

          if (status == STEWARD_ACTION_DONE)
            period->n_closed++;
          else
            period->n_cancelled++;
        }

      add_open_span (delta, n, opened_in, ended_in);
    }

  for (guint p = 0; p < n; p++)
    {
      open += delta[p];
      g_array_index (trend, StewardActionTrend, p).n_open_at_end = open;
    }

  return trend;
}
