/* steward-objectives.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/steward-enums.h"
#include "model/steward-measurement.h"
#include "model/steward-objective.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* Periods: a period of a frequency is named by its first day: the first of
 * a month, of a quarter (Jan, Apr, Jul, Oct), of a half-year (Jan, Jul) or
 * of a year. */

void      steward_period_start_of        (StewardFrequency  frequency,
                                          const GDate      *date,
                                          GDate            *start);
gboolean  steward_period_is_start        (StewardFrequency  frequency,
                                          const GDate      *date);
void      steward_period_next            (StewardFrequency  frequency,
                                          GDate            *start);
void      steward_period_end_of          (StewardFrequency  frequency,
                                          const GDate      *start,
                                          GDate            *end);
/* "2024-03", "2024 Q1", "2024 H1", "2024"; in the ROC calendar "113/03",
 * "113 Q1", ... ; translated. */
char     *steward_period_format          (StewardFrequency  frequency,
                                          const GDate      *start,
                                          StewardCalendar   calendar);

/* Numbers as users type them: "99.5", "1,234", full-width "９９．５",
 * surrounding spaces. FALSE for anything else (empty, "n/a", "1e999"). */
gboolean  steward_parse_number           (const char       *text,
                                          double           *value);
/* A value with its unit, "99.5 %", "3 天", with up to two decimals and no
 * trailing zeros. */
char     *steward_format_value           (double            value,
                                          const char       *unit);

typedef enum
{
  STEWARD_VERDICT_NO_DATA,     /* nothing measured (or no target) */
  STEWARD_VERDICT_MET,
  STEWARD_VERDICT_NOT_MET,
  STEWARD_VERDICT_INCOMPLETE,  /* a year: no period missed, but some not measured */
} StewardVerdict;

typedef enum
{
  STEWARD_TREND_UNKNOWN,       /* fewer than two values */
  STEWARD_TREND_IMPROVING,
  STEWARD_TREND_STEADY,
  STEWARD_TREND_WORSENING,
} StewardTrend;

const char     *steward_verdict_to_string (StewardVerdict verdict);
const char     *steward_trend_to_string   (StewardTrend   trend);

StewardVerdict  steward_judge_value       (StewardDirection  direction,
                                           double            low,
                                           double            high,
                                           double            value);

/* One period of an objective, judged against the target that held on its
 * first day. */
typedef struct
{
  GDate           start;
  GDate           end;
  gboolean        has_value;
  double          value;
  gint64          measurement_id;  /* 0 when not measured */
  gboolean        has_target;
  double          low;
  double          high;
  StewardVerdict  verdict;
  gboolean        due;             /* ended, inside the active period, no value */
} StewardPeriodResult;

#define STEWARD_TYPE_EVALUATION (steward_evaluation_get_type ())

G_DECLARE_FINAL_TYPE (StewardEvaluation, steward_evaluation, STEWARD, EVALUATION, GObject)

/* @targets: StewardObjectiveTarget of the objective, any order;
 * @measurements: StewardMeasurement of the objective, any order;
 * @today: periods from the objective's start up to the one holding @today
 * (or its end date, if earlier) are evaluated. */
StewardEvaluation  *steward_evaluation_new              (StewardObjective     *objective,
                                                         GPtrArray            *targets,
                                                         GPtrArray            *measurements,
                                                         const GDate          *today);
StewardObjective   *steward_evaluation_get_objective    (StewardEvaluation    *self);
/* The calendar the messages of steward_evaluation_check_measurement()
 * write periods and dates in; Gregorian until set. */
void                steward_evaluation_set_calendar     (StewardEvaluation    *self,
                                                         StewardCalendar       calendar);
guint               steward_evaluation_get_n_periods    (StewardEvaluation    *self);
const StewardPeriodResult *
                    steward_evaluation_get_period       (StewardEvaluation    *self,
                                                         guint                 index);
/* The index of the period starting on @start, or -1. */
int                 steward_evaluation_find_period      (StewardEvaluation    *self,
                                                         const GDate          *start);
gboolean            steward_evaluation_get_target_on    (StewardEvaluation    *self,
                                                         const GDate          *date,
                                                         double               *low,
                                                         double               *high);
/* The target as a sentence fragment: "≥ 99.5 %", "≤ 5 天", "80–100 %". */
char               *steward_evaluation_dup_target_text  (StewardEvaluation    *self,
                                                         const GDate          *date);
StewardVerdict      steward_evaluation_get_year_verdict (StewardEvaluation    *self,
                                                         int                   year);
/* The latest measured period, or NULL. */
const StewardPeriodResult *
                    steward_evaluation_get_latest       (StewardEvaluation    *self);
/* Over the last @n_periods measured values (at least two). */
StewardTrend        steward_evaluation_get_trend        (StewardEvaluation    *self,
                                                         guint                 n_periods);
guint               steward_evaluation_count_due        (StewardEvaluation    *self);
/* Whether the latest measured period missed its target. */
gboolean            steward_evaluation_is_off_target    (StewardEvaluation    *self);

/* The share of objectives met per period of @frequency: an objective
 * counts in a period when it has a value in it; it is met there when every
 * value it has in the period met its target. */
typedef struct
{
  GDate  start;
  guint  n_measured;
  guint  n_met;
} StewardShareMet;

GArray             *steward_evaluations_share_met       (GPtrArray            *evaluations,
                                                         StewardFrequency      frequency,
                                                         const GDate          *from,
                                                         const GDate          *to);

/* Every objective with its targets and measurements, read in three
 * queries, in the order of their ids. (transfer full) array of
 * StewardEvaluation. */
GPtrArray          *steward_evaluations_load            (StewardDatabase      *db,
                                                         const GDate          *today,
                                                         GError              **error);
StewardEvaluation  *steward_evaluation_load             (StewardDatabase      *db,
                                                         gint64                objective_id,
                                                         const GDate          *today,
                                                         GError              **error);

/* The checks of a measurement that need its objective: the period lies in
 * the active period and starts a period of the frequency, no other
 * measurement holds the period, the value is in range (not negative; at
 * most 100 for "%"). Adds StewardProblem to @problems. */
void                steward_evaluation_check_measurement (StewardEvaluation   *self,
                                                          StewardMeasurement  *measurement,
                                                          GPtrArray           *problems);

G_END_DECLS
