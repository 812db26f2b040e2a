/* steward-objectives.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objectives"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "model/steward-objective-target.h"
#include "steward-date.h"
#include "steward-objectives.h"

/* The information security objectives (procedure 5.6) measured period by
 * period, as the ISMS effectiveness measurement table (5.4.2.4.4) lays
 * them out: each period judged against the target level that held then,
 * the verdict of a year, the trend, and the share of objectives met. */

/**
 * steward_verdict_to_string:
 *
 * Returns: the verdict as a short word, translated
 */
const char *
steward_verdict_to_string (StewardVerdict verdict)
{
  switch (verdict)
    {
    case STEWARD_VERDICT_NO_DATA:
      /* TRANSLATORS: the verdict on an objective's period or year: nothing
       * was measured, or there is no target to judge against */
      return _("No data");
    case STEWARD_VERDICT_MET:
      /* TRANSLATORS: the verdict on an objective's period or year: the
       * target was met (達成) */
      return _("Met");
    case STEWARD_VERDICT_NOT_MET:
      /* TRANSLATORS: the verdict on an objective's period or year: the
       * target was missed (未達成) */
      return _("Not met");
    case STEWARD_VERDICT_INCOMPLETE:
      /* TRANSLATORS: the verdict on an objective's year: nothing missed so
       * far, but some periods were not measured */
      return _("Incomplete");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * steward_trend_to_string:
 *
 * Returns: the trend as a short word, translated
 */
const char *
steward_trend_to_string (StewardTrend trend)
{
  switch (trend)
    {
    case STEWARD_TREND_UNKNOWN:
      /* TRANSLATORS: the trend of an objective's indicator: fewer than two
       * values */
      return _("Not enough data");
    case STEWARD_TREND_IMPROVING:
      /* TRANSLATORS: the trend of an objective's indicator */
      return _("Improving");
    case STEWARD_TREND_STEADY:
      /* TRANSLATORS: the trend of an objective's indicator */
      return _("Steady");
    case STEWARD_TREND_WORSENING:
      /* TRANSLATORS: the trend of an objective's indicator */
      return _("Worsening");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * steward_judge_value:
 *
 * "At least" compares @value with @low, "at most" with @high, "within"
 * with both, ends included. The comparisons are exact: the values and
 * targets are what people typed, and a value equal to its target, read
 * from the same text, is the same double, so it meets the target.
 *
 * Returns: %STEWARD_VERDICT_MET or %STEWARD_VERDICT_NOT_MET;
 *   %STEWARD_VERDICT_NO_DATA when a number involved is NaN
 */
StewardVerdict
steward_judge_value (StewardDirection direction,
                     double           low,
                     double           high,
                     double           value)
{
  gboolean met;

  if (isnan (value))
    return STEWARD_VERDICT_NO_DATA;

  switch (direction)
    {
    case STEWARD_DIRECTION_AT_LEAST:
      if (isnan (low))
        return STEWARD_VERDICT_NO_DATA;
      met = value >= low;
      break;
    case STEWARD_DIRECTION_AT_MOST:
      if (isnan (high))
        return STEWARD_VERDICT_NO_DATA;
      met = value <= high;
      break;
    case STEWARD_DIRECTION_WITHIN:
      if (isnan (low) || isnan (high))
        return STEWARD_VERDICT_NO_DATA;
      met = low <= value && value <= high;
      break;
    default:
      g_return_val_if_reached (STEWARD_VERDICT_NO_DATA);
    }

  return met ? STEWARD_VERDICT_MET : STEWARD_VERDICT_NOT_MET;
}

/* Evaluations */

typedef struct
{
  GDate   valid_from;
  double  low;
  double  high;
} Target;

/* A measurement as it was when the evaluation was made. A stored one is
 * known again by its id; one not saved yet (id 0) by its record, kept
 * only for that. */
typedef struct
{
  StewardMeasurement *unsaved;
  gint64              id;
  GDate               start;
  double              value;
} Measured;

struct _StewardEvaluation
{
  GObject           parent_instance;

  StewardObjective *objective;
  StewardDirection  direction;
  StewardFrequency  frequency;
  GDate             start_date;
  GDate             end_date;     /* cleared when the objective has none */
  char             *unit;
  GDate             today;
  StewardCalendar   calendar;

  GArray           *targets;      /* Target, by valid_from */
  GArray           *measured;     /* Measured, by start then id */
  GArray           *periods;      /* StewardPeriodResult, oldest first */
};

G_DEFINE_FINAL_TYPE (StewardEvaluation, steward_evaluation, G_TYPE_OBJECT)

static void
clear_measured (gpointer data)
{
  Measured *measured = data;

  g_clear_object (&measured->unsaved);
}

static void
steward_evaluation_finalize (GObject *object)
{
  StewardEvaluation *self = (StewardEvaluation *)object;

  g_clear_object (&self->objective);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->measured, g_array_unref);
  g_clear_pointer (&self->periods, g_array_unref);

  G_OBJECT_CLASS (steward_evaluation_parent_class)->finalize (object);
}

static void
steward_evaluation_class_init (StewardEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_evaluation_finalize;
}

static void
steward_evaluation_init (StewardEvaluation *self)
{
  g_date_clear (&self->start_date, 1);
  g_date_clear (&self->end_date, 1);
  g_date_clear (&self->today, 1);
  self->calendar = STEWARD_CALENDAR_GREGORIAN;
  self->targets = g_array_new (FALSE, TRUE, sizeof (Target));
  self->measured = g_array_new (FALSE, TRUE, sizeof (Measured));
  g_array_set_clear_func (self->measured, clear_measured);
  self->periods = g_array_new (FALSE, TRUE, sizeof (StewardPeriodResult));
}

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static int
compare_targets (gconstpointer a,
                 gconstpointer b)
{
  return g_date_compare (&((const Target *)a)->valid_from, &((const Target *)b)->valid_from);
}

static int
compare_measured (gconstpointer a,
                  gconstpointer b)
{
  const Measured *x = a;
  const Measured *y = b;
  int by_date = g_date_compare (&x->start, &y->start);

  if (by_date != 0)
    return by_date;

  return x->id < y->id ? -1 : x->id > y->id;
}

/* The target of the days from @from to @to: the latest set on or before
 * @from, else the earliest set within them. */
static const Target *
find_target (StewardEvaluation *self,
             const GDate       *from,
             const GDate       *to)
{
  const Target *found = NULL;

  for (guint i = 0; i < self->targets->len; i++)
    {
      const Target *target = &g_array_index (self->targets, Target, i);

      if (g_date_compare (&target->valid_from, from) > 0)
        {
          if (found == NULL && g_date_compare (&target->valid_from, to) <= 0)
            found = target;
          break;
        }
      found = target;
    }

  return found;
}

/* Each measurement counts for the period holding its period start. A
 * period holding several (which only a start that is not the first day of
 * a period allows, and check_measurement refuses) takes the one named by
 * its first day, else the latest. */
static void
assign_measurements (StewardEvaluation *self)
{
  guint n_periods = self->periods->len;
  g_autofree guint *chosen = NULL;
  guint p = 0;

  if (n_periods == 0)
    return;

  chosen = g_new (guint, n_periods);
  for (guint i = 0; i < n_periods; i++)
    chosen[i] = G_MAXUINT;

  for (guint i = 0; i < self->measured->len; i++)
    {
      const Measured *m = &g_array_index (self->measured, Measured, i);
      StewardPeriodResult *period;
      gboolean exact;

      if (!isfinite (m->value))
        continue;

      while (p < n_periods &&
             g_date_compare (&g_array_index (self->periods, StewardPeriodResult, p).end, &m->start) < 0)
        p++;
      if (p == n_periods)
        break;

      period = &g_array_index (self->periods, StewardPeriodResult, p);
      if (g_date_compare (&period->start, &m->start) > 0)
        continue;

      exact = g_date_compare (&period->start, &m->start) == 0;
      if (chosen[p] == G_MAXUINT || exact ||
          g_date_compare (&g_array_index (self->measured, Measured, chosen[p]).start, &period->start) != 0)
        chosen[p] = i;
    }

  for (guint i = 0; i < n_periods; i++)
    {
      StewardPeriodResult *period = &g_array_index (self->periods, StewardPeriodResult, i);

      if (chosen[i] != G_MAXUINT)
        {
          const Measured *m = &g_array_index (self->measured, Measured, chosen[i]);

          period->has_value = TRUE;
          period->value = m->value;
          period->measurement_id = m->id;
        }

      if (period->has_value && period->has_target)
        period->verdict = steward_judge_value (self->direction, period->low, period->high, period->value);
      else
        period->verdict = STEWARD_VERDICT_NO_DATA;

      period->due = !period->has_value && g_date_compare (&period->end, &self->today) < 0;
    }
}

static void
build_periods (StewardEvaluation *self)
{
  GDate limit;
  GDate start;
  GDate last;

  if (!g_date_valid (&self->start_date))
    return;

  limit = self->today;
  if (g_date_valid (&self->end_date) && g_date_compare (&self->end_date, &limit) < 0)
    limit = self->end_date;
  if (g_date_compare (&self->start_date, &limit) > 0)
    return;

  steward_period_start_of (self->frequency, &self->start_date, &start);
  steward_period_start_of (self->frequency, &limit, &last);

  for (; g_date_compare (&start, &last) <= 0; steward_period_next (self->frequency, &start))
    {
      StewardPeriodResult *period;
      const Target *target;

      g_array_set_size (self->periods, self->periods->len + 1);
      period = &g_array_index (self->periods, StewardPeriodResult, self->periods->len - 1);
      period->start = start;
      steward_period_end_of (self->frequency, &start, &period->end);

      target = find_target (self, &period->start, &period->end);
      if (target != NULL)
        {
          period->has_target = TRUE;
          period->low = target->low;
          period->high = target->high;
        }
    }

  assign_measurements (self);
}

static StewardEvaluation *
evaluation_new (StewardObjective        *objective,
                StewardObjectiveTarget **targets,
                guint                    n_targets,
                StewardMeasurement     **measurements,
                guint                    n_measurements,
                const GDate             *today)
{
  StewardEvaluation *self = g_object_new (STEWARD_TYPE_EVALUATION, NULL);
  GDate *start = steward_objective_get_start_date (objective);
  GDate *end = steward_objective_get_end_date (objective);

  self->objective = g_object_ref (objective);
  self->direction = steward_objective_get_direction (objective);
  self->frequency = steward_objective_get_frequency (objective);
  self->unit = g_strdup (steward_objective_get_kpi_unit (objective));
  if (date_set (start))
    self->start_date = *start;
  if (date_set (end))
    self->end_date = *end;

  if (date_set (today))
    self->today = *today;
  else
    {
      g_autoptr(GDate) now = steward_date_new_today ();

      self->today = *now;
    }

  for (guint i = 0; i < n_targets; i++)
    {
      GDate *valid_from = steward_objective_target_get_valid_from (targets[i]);
      Target target;

      if (!date_set (valid_from))
        continue;

      target.valid_from = *valid_from;
      target.low = steward_objective_target_get_low (targets[i]);
      target.high = steward_objective_target_get_high (targets[i]);
      g_array_append_val (self->targets, target);
    }
  g_array_sort (self->targets, compare_targets);

  for (guint i = 0; i < n_measurements; i++)
    {
      GDate *period_start = steward_measurement_get_period_start (measurements[i]);
      Measured measured;

      if (!date_set (period_start))
        continue;

      measured.id = steward_record_get_id (STEWARD_RECORD (measurements[i]));
      measured.unsaved = measured.id == 0 ? g_object_ref (measurements[i]) : NULL;
      measured.start = *period_start;
      measured.value = steward_measurement_get_value (measurements[i]);
      g_array_append_val (self->measured, measured);
    }
  g_array_sort (self->measured, compare_measured);

  build_periods (self);

  return self;
}

/**
 * steward_evaluation_new:
 * @today: (nullable): the day of the evaluation; %NULL for today
 *
 * Reads what it needs of @objective, @targets and @measurements now: a
 * later change to them is not seen.
 *
 * Returns: (transfer full): the evaluation
 */
StewardEvaluation *
steward_evaluation_new (StewardObjective *objective,
                        GPtrArray        *targets,
                        GPtrArray        *measurements,
                        const GDate      *today)
{
  g_return_val_if_fail (STEWARD_IS_OBJECTIVE (objective), NULL);

  return evaluation_new (objective,
                         targets != NULL ? (StewardObjectiveTarget **)targets->pdata : NULL,
                         targets != NULL ? targets->len : 0,
                         measurements != NULL ? (StewardMeasurement **)measurements->pdata : NULL,
                         measurements != NULL ? measurements->len : 0,
                         today);
}

/**
 * steward_evaluation_get_objective:
 *
 * Returns: (transfer none): the objective
 */
StewardObjective *
steward_evaluation_get_objective (StewardEvaluation *self)
{
  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), NULL);

  return self->objective;
}

/**
 * steward_evaluation_set_calendar:
 *
 * Sets the calendar the messages of
 * steward_evaluation_check_measurement() write periods and dates in;
 * Gregorian until set.
 */
void
steward_evaluation_set_calendar (StewardEvaluation *self,
                                 StewardCalendar    calendar)
{
  g_return_if_fail (STEWARD_IS_EVALUATION (self));

  self->calendar = calendar;
}

guint
steward_evaluation_get_n_periods (StewardEvaluation *self)
{
  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), 0);

  return self->periods->len;
}

/**
 * steward_evaluation_get_period:
 *
 * Returns: (transfer none): the period at @index, oldest first; valid as
 *   long as @self
 */
const StewardPeriodResult *
steward_evaluation_get_period (StewardEvaluation *self,
                               guint              index)
{
  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (index < self->periods->len, NULL);

  return &g_array_index (self->periods, StewardPeriodResult, index);
}

int
steward_evaluation_find_period (StewardEvaluation *self,
                                const GDate       *start)
{
  guint low = 0;
  guint high;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), -1);

  if (!date_set (start))
    return -1;

  high = self->periods->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int cmp = g_date_compare (&g_array_index (self->periods, StewardPeriodResult, middle).start, start);

      if (cmp == 0)
        return middle;
      if (cmp < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return -1;
}

/**
 * steward_evaluation_get_target_on:
 * @date: (nullable): a day; %NULL for the latest target set
 * @low: (out) (optional): the lower end
 * @high: (out) (optional): the upper end
 *
 * The target of @date is the one a period starting that day is judged
 * against: the latest set on or before @date, else the earliest set later
 * in the period (of the objective's frequency) holding @date.
 *
 * Returns: whether there is one
 */
gboolean
steward_evaluation_get_target_on (StewardEvaluation *self,
                                  const GDate       *date,
                                  double            *low,
                                  double            *high)
{
  const Target *target = NULL;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), FALSE);

  if (date == NULL)
    {
      if (self->targets->len > 0)
        target = &g_array_index (self->targets, Target, self->targets->len - 1);
    }
  else if (g_date_valid (date))
    {
      GDate end;

      steward_period_end_of (self->frequency, date, &end);
      target = find_target (self, date, &end);
    }

  if (target == NULL)
    return FALSE;

  if (low != NULL)
    *low = target->low;
  if (high != NULL)
    *high = target->high;

  return TRUE;
}

/**
 * steward_evaluation_dup_target_text:
 * @date: (nullable): as for steward_evaluation_get_target_on()
 *
 * Returns: (transfer full): the target of @date with its unit, "≥ 99.5 %",
 *   "≤ 5 天", "80–100 %", or "No target", translated
 */
char *
steward_evaluation_dup_target_text (StewardEvaluation *self,
                                    const GDate       *date)
{
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;
  double low;
  double high;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), NULL);

  if (!steward_evaluation_get_target_on (self, date, &low, &high))
    /* TRANSLATORS: in place of an objective's target level, when none is set */
    return g_strdup (_("No target"));

  switch (self->direction)
    {
    case STEWARD_DIRECTION_AT_LEAST:
      low_text = steward_format_value (low, self->unit);
      /* TRANSLATORS: a target level: at least the value, with its unit
       * ("≥ 99.5 %") */
      return g_strdup_printf (_("≥ %s"), low_text);

    case STEWARD_DIRECTION_AT_MOST:
      high_text = steward_format_value (high, self->unit);
      /* TRANSLATORS: a target level: at most the value, with its unit
       * ("≤ 5 天") */
      return g_strdup_printf (_("≤ %s"), high_text);

    case STEWARD_DIRECTION_WITHIN:
      low_text = steward_format_value (low, NULL);
      high_text = steward_format_value (high, self->unit);
      /* TRANSLATORS: a target range: from the first number to the second,
       * which has the unit ("80–100 %") */
      return g_strdup_printf (_("%s–%s"), low_text, high_text);

    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/**
 * steward_evaluation_get_year_verdict:
 * @year: a Gregorian year
 *
 * No data when nothing was measured in @year; not met when a period
 * missed; met when every period of the year that has ended (of those
 * evaluated: the year may be running, or the objective start or end in
 * it) has a value and every value met; incomplete otherwise, which is
 * also the verdict of a value without a target.
 */
StewardVerdict
steward_evaluation_get_year_verdict (StewardEvaluation *self,
                                     int                year)
{
  gboolean any_value = FALSE;
  gboolean any_missed = FALSE;
  gboolean all_met = TRUE;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), STEWARD_VERDICT_NO_DATA);

  for (guint i = 0; i < self->periods->len; i++)
    {
      const StewardPeriodResult *period = &g_array_index (self->periods, StewardPeriodResult, i);

      if (g_date_get_year (&period->start) != year)
        continue;

      if (period->has_value)
        {
          any_value = TRUE;
          if (period->verdict == STEWARD_VERDICT_NOT_MET)
            any_missed = TRUE;
          else if (period->verdict != STEWARD_VERDICT_MET)
            all_met = FALSE;
        }
      else if (period->due)
        all_met = FALSE;
    }

  if (!any_value)
    return STEWARD_VERDICT_NO_DATA;
  if (any_missed)
    return STEWARD_VERDICT_NOT_MET;

  return all_met ? STEWARD_VERDICT_MET : STEWARD_VERDICT_INCOMPLETE;
}

/**
 * steward_evaluation_get_latest:
 *
 * Returns: (transfer none) (nullable): the latest period with a value
 */
const StewardPeriodResult *
steward_evaluation_get_latest (StewardEvaluation *self)
{
  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), NULL);

  for (guint i = self->periods->len; i > 0; i--)
    {
      const StewardPeriodResult *period = &g_array_index (self->periods, StewardPeriodResult, i - 1);

      if (period->has_value)
        return period;
    }

  return NULL;
}

/* What the trend follows: the value, or for a range its distance from
 * the middle. */
static double
trend_y (StewardEvaluation         *self,
         const StewardPeriodResult *period,
         double                     centre)
{
  if (self->direction == STEWARD_DIRECTION_WITHIN)
    return fabs (period->value - centre);

  return period->value;
}

/**
 * steward_evaluation_get_trend:
 *
 * The least-squares slope of the last @n_periods values over their
 * period's index (so a period not measured still counts as time passing),
 * compared with the target: a change per period under 0.5 % of the
 * target's size is steady; otherwise it improves when it moves the way a
 * good value lies, up for "at least", down for "at most", and toward the
 * middle of the range for "within". The target is the one of the newest
 * value, or the latest set when that period had none; with no target at
 * all, the size is that of the values ("within" then has no middle: the
 * trend is unknown).
 */
StewardTrend
steward_evaluation_get_trend (StewardEvaluation *self,
                              guint              n_periods)
{
  g_autofree guint *indices = NULL;
  const StewardPeriodResult *newest;
  guint n = 0;
  gboolean has_target;
  double low = 0;
  double high = 0;
  double scale;
  double sign;
  double centre = 0;
  double mean_x = 0;
  double mean_y = 0;
  double sum_xy = 0;
  double sum_xx = 0;
  double slope;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), STEWARD_TREND_UNKNOWN);

  if (n_periods < 2)
    return STEWARD_TREND_UNKNOWN;

  /* The newest first. */
  indices = g_new (guint, MIN (n_periods, self->periods->len) + 1);
  for (guint i = self->periods->len; i > 0 && n < n_periods; i--)
    if (g_array_index (self->periods, StewardPeriodResult, i - 1).has_value)
      indices[n++] = i - 1;

  if (n < 2)
    return STEWARD_TREND_UNKNOWN;

  newest = &g_array_index (self->periods, StewardPeriodResult, indices[0]);
  has_target = newest->has_target;
  if (has_target)
    {
      low = newest->low;
      high = newest->high;
    }
  else
    has_target = steward_evaluation_get_target_on (self, NULL, &low, &high);

  switch (self->direction)
    {
    case STEWARD_DIRECTION_AT_LEAST:
      scale = fabs (low);
      sign = 1;
      break;
    case STEWARD_DIRECTION_AT_MOST:
      scale = fabs (high);
      sign = -1;
      break;
    case STEWARD_DIRECTION_WITHIN:
      if (!has_target)
        return STEWARD_TREND_UNKNOWN;
      /* The distance from the middle should shrink. */
      centre = (low + high) / 2;
      scale = high - low;
      sign = -1;
      break;
    default:
      g_return_val_if_reached (STEWARD_TREND_UNKNOWN);
    }

  for (guint i = 0; i < n; i++)
    {
      const StewardPeriodResult *period = &g_array_index (self->periods, StewardPeriodResult, indices[i]);

      mean_x += indices[i];
      mean_y += trend_y (self, period, centre);
    }
  mean_x /= n;
  mean_y /= n;

  if (!has_target)
    {
      scale = 0;
      for (guint i = 0; i < n; i++)
        scale += fabs (g_array_index (self->periods, StewardPeriodResult, indices[i]).value);
      scale /= n;
    }
  scale = MAX (scale, 1e-9);

  for (guint i = 0; i < n; i++)
    {
      const StewardPeriodResult *period = &g_array_index (self->periods, StewardPeriodResult, indices[i]);
      double dx = indices[i] - mean_x;

      sum_xy += dx * (trend_y (self, period, centre) - mean_y);
      sum_xx += dx * dx;
    }

  /* n >= 2 distinct indices: sum_xx > 0. */
  slope = sum_xy / sum_xx;

  if (fabs (slope) < 0.005 * scale)
    return STEWARD_TREND_STEADY;

  return slope * sign > 0 ? STEWARD_TREND_IMPROVING : STEWARD_TREND_WORSENING;
}

/**
 * steward_evaluation_count_due:
 *
 * Returns: how many periods have ended without a value
 */
guint
steward_evaluation_count_due (StewardEvaluation *self)
{
  guint n = 0;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), 0);

  for (guint i = 0; i < self->periods->len; i++)
    if (g_array_index (self->periods, StewardPeriodResult, i).due)
      n++;

  return n;
}

gboolean
steward_evaluation_is_off_target (StewardEvaluation *self)
{
  const StewardPeriodResult *latest;

  g_return_val_if_fail (STEWARD_IS_EVALUATION (self), FALSE);

  latest = steward_evaluation_get_latest (self);

  return latest != NULL && latest->verdict == STEWARD_VERDICT_NOT_MET;
}

/* The index of the share holding @date, or -1; the shares are
 * consecutive periods, the last ending on @last_end. */
static int
find_share (GArray      *shares,
            const GDate *last_end,
            const GDate *date)
{
  guint low = 0;
  guint high = shares->len;

  if (g_date_compare (date, &g_array_index (shares, StewardShareMet, 0).start) < 0 ||
      g_date_compare (date, last_end) > 0)
    return -1;

  /* The last share starting on or before @date. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_date_compare (&g_array_index (shares, StewardShareMet, middle).start, date) <= 0)
        low = middle;
      else
        high = middle;
    }

  return low;
}

enum
{
  SHARE_NONE,
  SHARE_MET,
  SHARE_MISSED,
};

/**
 * steward_evaluations_share_met:
 * @evaluations: (element-type StewardEvaluation)
 *
 * For each period of @frequency from the one holding @from to the one
 * holding @to: an objective counts as measured when a value of its periods
 * starting in it; it is met when all those values met their target (a
 * value without a target did not).
 *
 * Returns: (transfer full) (element-type StewardShareMet): one per period,
 *   oldest first
 */
GArray *
steward_evaluations_share_met (GPtrArray        *evaluations,
                               StewardFrequency  frequency,
                               const GDate      *from,
                               const GDate      *to)
{
  GArray *shares = g_array_new (FALSE, TRUE, sizeof (StewardShareMet));
  g_autofree guint8 *state = NULL;
  GDate start;
  GDate last;
  GDate last_end;

  g_return_val_if_fail (evaluations != NULL, shares);
  g_return_val_if_fail (date_set (from) && date_set (to), shares);

  steward_period_start_of (frequency, from, &start);
  steward_period_start_of (frequency, to, &last);
  for (; g_date_compare (&start, &last) <= 0; steward_period_next (frequency, &start))
    {
      g_array_set_size (shares, shares->len + 1);
      g_array_index (shares, StewardShareMet, shares->len - 1).start = start;
    }

  if (shares->len == 0)
    return shares;

  steward_period_end_of (frequency, &last, &last_end);
  state = g_new (guint8, shares->len);

  for (guint e = 0; e < evaluations->len; e++)
    {
      StewardEvaluation *evaluation = g_ptr_array_index (evaluations, e);

      memset (state, SHARE_NONE, shares->len);

      for (guint i = 0; i < evaluation->periods->len; i++)
        {
          const StewardPeriodResult *period = &g_array_index (evaluation->periods, StewardPeriodResult, i);
          int index;

          if (!period->has_value)
            continue;

          index = find_share (shares, &last_end, &period->start);
          if (index < 0)
            continue;

          if (period->verdict != STEWARD_VERDICT_MET)
            state[index] = SHARE_MISSED;
          else if (state[index] == SHARE_NONE)
            state[index] = SHARE_MET;
        }

      for (guint i = 0; i < shares->len; i++)
        {
          StewardShareMet *share = &g_array_index (shares, StewardShareMet, i);

          if (state[i] != SHARE_NONE)
            share->n_measured++;
          if (state[i] == SHARE_MET)
            share->n_met++;
        }
    }

  return shares;
}

/* Loading */

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

/* Where the rows of @objective_id begin and end in @records, which are in
 * the order of their objective; *@index moves past them. */
static guint
take_rows_of (GPtrArray *records,
              gint64     objective_id,
              gint64   (*get_objective_id) (gpointer record),
              guint     *index)
{
  guint first;

  while (*index < records->len &&
         get_objective_id (g_ptr_array_index (records, *index)) < objective_id)
    (*index)++;

  first = *index;
  while (*index < records->len &&
         get_objective_id (g_ptr_array_index (records, *index)) == objective_id)
    (*index)++;

  return first;
}

static gint64
target_objective_id (gpointer record)
{
  return steward_objective_target_get_objective_id (record);
}

static gint64
measurement_objective_id (gpointer record)
{
  return steward_measurement_get_objective_id (record);
}

/**
 * steward_evaluations_load:
 * @today: (nullable): the day of the evaluations; %NULL for today
 *
 * Returns: (transfer full) (element-type StewardEvaluation): every
 *   objective's evaluation, in the order of their ids, or %NULL with
 *   @error set
 */
GPtrArray *
steward_evaluations_load (StewardDatabase  *db,
                          const GDate      *today,
                          GError          **error)
{
  g_autoptr(GPtrArray) objectives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) measurements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) by_id = steward_query_new ();
  g_autoptr(StewardQuery) by_objective = steward_query_new ();
  g_autoptr(GDate) now = NULL;
  GPtrArray *evaluations;
  guint t = 0;
  guint m = 0;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  /* One day for all, even when midnight passes while they are read. */
  if (!date_set (today))
    today = now = steward_date_new_today ();

  steward_query_order_by (by_id, "id", FALSE);
  /* Then by id, which the store adds. */
  steward_query_order_by (by_objective, "objective_id", FALSE);

  if (!steward_record_load_each (db, STEWARD_TYPE_OBJECTIVE, by_id, collect_cb, objectives, error) ||
      !steward_record_load_each (db, STEWARD_TYPE_OBJECTIVE_TARGET, by_objective, collect_cb, targets, error) ||
      !steward_record_load_each (db, STEWARD_TYPE_MEASUREMENT, by_objective, collect_cb, measurements, error))
    return NULL;

  evaluations = g_ptr_array_new_full (objectives->len, g_object_unref);
  for (guint i = 0; i < objectives->len; i++)
    {
      StewardObjective *objective = g_ptr_array_index (objectives, i);
      gint64 id = steward_record_get_id (STEWARD_RECORD (objective));
      guint first_target = take_rows_of (targets, id, target_objective_id, &t);
      guint first_measurement = take_rows_of (measurements, id, measurement_objective_id, &m);

      g_ptr_array_add (evaluations,
                       /* An empty array's pdata is NULL: no offset to it. */
                       evaluation_new (objective,
                                       targets->len > 0 ? (StewardObjectiveTarget **)targets->pdata + first_target : NULL,
                                       t - first_target,
                                       measurements->len > 0 ? (StewardMeasurement **)measurements->pdata + first_measurement : NULL,
                                       m - first_measurement,
                                       today));
    }

  return evaluations;
}

/**
 * steward_evaluation_load:
 * @today: (nullable): the day of the evaluation; %NULL for today
 *
 * Returns: (transfer full): the evaluation of one objective, or %NULL with
 *   @error set
 */
StewardEvaluation *
steward_evaluation_load (StewardDatabase  *db,
                         gint64            objective_id,
                         const GDate      *today,
                         GError          **error)
{
  g_autoptr(StewardObjective) objective = NULL;
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) measurements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) of_objective = steward_query_new ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  objective = steward_record_load (db, STEWARD_TYPE_OBJECTIVE, objective_id, error);
  if (objective == NULL)
    return NULL;

  steward_query_where_int64 (of_objective, "objective_id", STEWARD_QUERY_EQUAL, objective_id);
  if (!steward_record_load_each (db, STEWARD_TYPE_OBJECTIVE_TARGET, of_objective, collect_cb, targets, error) ||
      !steward_record_load_each (db, STEWARD_TYPE_MEASUREMENT, of_objective, collect_cb, measurements, error))
    return NULL;

  return steward_evaluation_new (objective, targets, measurements, today);
}

/* Checks */

static gboolean
is_percent (const char *unit)
{
  g_autofree char *trimmed = NULL;

  if (unit == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (unit));

  return g_str_equal (trimmed, "%") || g_str_equal (trimmed, "％");
}

/* Another measurement of the period starting on @start, or NULL. */
static const Measured *
find_other (StewardEvaluation  *self,
            StewardMeasurement *measurement,
            const GDate        *start)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (measurement));

  for (guint i = 0; i < self->measured->len; i++)
    {
      const Measured *m = &g_array_index (self->measured, Measured, i);
      GDate period;

      if (m->unsaved == measurement || (id != 0 && m->id == id))
        continue;

      steward_period_start_of (self->frequency, &m->start, &period);
      if (g_date_compare (&period, start) == 0)
        return m;
    }

  return NULL;
}

static void
check_period (StewardEvaluation  *self,
              StewardMeasurement *measurement,
              const GDate        *start,
              GPtrArray          *problems)
{
  g_autofree char *period_text = steward_period_format (self->frequency, start, self->calendar);
  g_autofree char *message = NULL;
  const Measured *other;

  if (g_date_valid (&self->start_date))
    {
      GDate first;

      steward_period_start_of (self->frequency, &self->start_date, &first);
      if (g_date_compare (start, &first) < 0 ||
          (g_date_valid (&self->end_date) && g_date_compare (start, &self->end_date) > 0))
        {
          g_autofree char *from = steward_date_format (&self->start_date, self->calendar);

          if (g_date_valid (&self->end_date))
            {
              g_autofree char *to = steward_date_format (&self->end_date, self->calendar);

              /* TRANSLATORS: a period ("2024 Q1"), then the first and last
               * days of the objective's active period */
              message = g_strdup_printf (_("The period %s lies outside the objective’s active period, %s to %s."),
                                         period_text, from, to);
            }
          else
            /* TRANSLATORS: a period ("2024 Q1"), then the day the
             * objective takes effect */
            message = g_strdup_printf (_("The period %s lies before the objective’s active period, which begins on %s."),
                                       period_text, from);

          steward_record_add_problem (problems, "period-start", message);
          return;
        }
    }

  if (!steward_period_is_start (self->frequency, start))
    {
      GDate first_day;
      g_autofree char *first_text = NULL;
      g_autofree char *given_text = steward_date_format (start, self->calendar);

      steward_period_start_of (self->frequency, start, &first_day);
      first_text = steward_date_format (&first_day, self->calendar);
      /* TRANSLATORS: the first day of a period, the period ("2024 Q1"),
       * then the day entered */
      message = g_strdup_printf (_("A period is named by its first day: enter %s for %s, not %s."),
                                 first_text, period_text, given_text);
      steward_record_add_problem (problems, "period-start", message);
      return;
    }

  other = find_other (self, measurement, start);
  if (other != NULL)
    {
      g_autofree char *value_text = steward_format_value (other->value, self->unit);

      /* TRANSLATORS: a period ("2024 Q1"), then the value it has, with
       * its unit */
      message = g_strdup_printf (_("The period %s already has a value, %s: change that one instead of adding another."),
                                 period_text, value_text);
      steward_record_add_problem (problems, "period-start", message);
    }
}

/**
 * steward_evaluation_check_measurement:
 * @problems: (element-type StewardProblem): where to add the problems
 */
void
steward_evaluation_check_measurement (StewardEvaluation  *self,
                                      StewardMeasurement *measurement,
                                      GPtrArray          *problems)
{
  GDate *start;
  double value;

  g_return_if_fail (STEWARD_IS_EVALUATION (self));
  g_return_if_fail (STEWARD_IS_MEASUREMENT (measurement));
  g_return_if_fail (problems != NULL);

  value = steward_measurement_get_value (measurement);
  if (!isfinite (value))
    steward_record_add_problem (problems, "value", _("Enter the value as a number."));
  else if (value < 0)
    steward_record_add_problem (problems, "value", _("The value cannot be negative."));
  else if (is_percent (self->unit) && value > 100)
    steward_record_add_problem (problems, "value", _("A percentage cannot be more than 100."));

  /* Without a period, the measurement's own check asks for one. */
  start = steward_measurement_get_period_start (measurement);
  if (date_set (start))
    check_period (self, measurement, start, problems);
}
