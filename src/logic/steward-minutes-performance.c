/* steward-minutes-performance.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "model/steward-action-item.h"
#include "model/steward-audit.h"
#include "model/steward-finding.h"
#include "model/steward-follow-up-enums.h"
#include "steward-date.h"
#include "steward-follow-up.h"
#include "steward-minutes-private.h"
#include "steward-objectives.h"

/* Agenda item 5, the feedback on the information security performance
 * (5.4.2.4): nonconformities and corrective actions, monitoring and
 * measurement results, audit results, and the fulfilment of objectives,
 * each as tables and small charts of the periods since the previous
 * review. */

/* Line charts of the objectives missed, at most; the others share one
 * bar chart of the share of objectives met. */
#define MAX_OBJECTIVE_CHARTS 8

typedef struct
{
  StewardDatabase *db;
  const GDate     *from;
  const GDate     *day;
  const char      *since;
  StewardCalendar  calendar;
} Perf;

static void
add_row_array (JsonObject *table,
               GPtrArray  *cells)
{
  JsonArray *row = json_array_new ();

  for (guint i = 0; i < cells->len; i++)
    json_array_add_string_element (row, g_ptr_array_index (cells, i));
  json_array_add_array_element (json_object_get_array_member (table, "rows"), row);
}

static JsonObject *
add_chart (JsonArray  *blocks,
           const char *caption,
           const char *style,
           const char *unit,
           GPtrArray  *labels)
{
  JsonObject *block = json_object_new ();
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < labels->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (labels, i));
  json_object_set_string_member (block, "type", "chart");
  json_object_set_string_member (block, "caption", caption);
  json_object_set_string_member (block, "style", style);
  json_object_set_string_member (block, "unit", unit != NULL ? unit : "");
  json_object_set_array_member (block, "labels", array);
  json_object_set_array_member (block, "series", json_array_new ());
  json_array_add_object_element (blocks, block);

  return block;
}

/* A series of @n values; @has (NULL: every one) says which are not gaps;
 * @states (NULL: every one "normal"). */
static void
add_series (JsonObject        *chart,
            const char        *name,
            guint              n,
            const double      *values,
            const gboolean    *has,
            const char *const *states)
{
  JsonObject *series = json_object_new ();
  JsonArray *value_array = json_array_new ();
  JsonArray *state_array = json_array_new ();

  for (guint i = 0; i < n; i++)
    {
      if (has == NULL || has[i])
        json_array_add_double_element (value_array, values[i]);
      else
        json_array_add_null_element (value_array);
      json_array_add_string_element (state_array, states != NULL ? states[i] : "normal");
    }
  json_object_set_string_member (series, "name", name);
  json_object_set_array_member (series, "values", value_array);
  json_object_set_array_member (series, "states", state_array);
  json_array_add_object_element (json_object_get_array_member (chart, "series"), series);
}

static GPtrArray *
load_model (StewardDatabase  *db,
            GType             type,
            GListStore      **store,
            GError          **error)
{
  g_autoptr(GPtrArray) records = steward_minutes_load_all (db, type, NULL, error);

  if (records == NULL)
    return NULL;
  *store = g_list_store_new (type);
  g_list_store_splice (*store, 0, 0, records->pdata, records->len);

  return g_steal_pointer (&records);
}

static GPtrArray *
period_labels (GArray           *trend,
               gsize             element_size,
               StewardCalendar   calendar)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < trend->len; i++)
    {
      const GDate *start = (const GDate *)(void *) (trend->data + i * element_size);

      g_ptr_array_add (labels, steward_period_format (STEWARD_FREQUENCY_QUARTERLY, start, calendar));
    }

  return labels;
}

static char *
count_text (guint n)
{
  return g_strdup_printf ("%u", n);
}

/* 5.1 Nonconformities and corrective actions */
static gboolean
add_trends (Perf       *p,
            JsonArray  *blocks,
            GError    **error)
{
  g_autoptr(GListStore) findings = NULL;
  g_autoptr(GListStore) actions = NULL;
  g_autoptr(GPtrArray) finding_records = load_model (p->db, STEWARD_TYPE_FINDING, &findings, error);
  g_autoptr(GPtrArray) action_records = NULL;
  g_autoptr(GArray) finding_trend = NULL;
  g_autoptr(GArray) action_trend = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree double *values = NULL;
  const char *columns[] = {
    /* TRANSLATORS: a column of the tables of trends in the minutes: a quarter */
    _("Period"),
    /* TRANSLATORS: a column of the tables of trends: raised or opened in the period */
    _("Opened"),
    /* TRANSLATORS: a column of the tables of trends: closed in the period */
    _("Closed"),
    /* TRANSLATORS: a column of the tables of trends: still open at the period's end */
    _("Open at end"),
  };
  const gboolean numeric[] = { FALSE, TRUE, TRUE, TRUE };
  JsonObject *table;
  JsonObject *chart;

  if (finding_records == NULL)
    return FALSE;
  action_records = load_model (p->db, STEWARD_TYPE_ACTION_ITEM, &actions, error);
  if (action_records == NULL)
    return FALSE;

  steward_minutes_add_text (blocks, "text", _("5.1 Nonconformities and corrective actions"));
  finding_trend = steward_findings_trend (G_LIST_MODEL (findings), STEWARD_FREQUENCY_QUARTERLY, p->from, p->day);
  action_trend = steward_actions_trend (G_LIST_MODEL (actions), STEWARD_FREQUENCY_QUARTERLY, p->from, p->day);

  labels = period_labels (finding_trend, sizeof (StewardFindingTrend), p->calendar);
  table = steward_minutes_add_table (blocks, _("Findings (nonconformities and observations) per quarter"),
                                     G_N_ELEMENTS (columns), columns, numeric);
  for (guint i = 0; i < finding_trend->len; i++)
    {
      StewardFindingTrend *t = &g_array_index (finding_trend, StewardFindingTrend, i);
      g_autofree char *opened = count_text (t->n_opened);
      g_autofree char *closed = count_text (t->n_closed);
      g_autofree char *open = count_text (t->n_open_at_end);

      steward_minutes_add_row (table, g_ptr_array_index (labels, i), opened, closed, open);
    }
  /* Raised and closed side by side in each quarter. */
  if (finding_trend->len > 0)
    {
      values = g_new0 (double, finding_trend->len);
      chart = add_chart (blocks, _("Findings raised and closed per quarter"), "bar", "", labels);
      for (guint i = 0; i < finding_trend->len; i++)
        values[i] = g_array_index (finding_trend, StewardFindingTrend, i).n_opened;
      add_series (chart, _("Opened"), finding_trend->len, values, NULL, NULL);
      for (guint i = 0; i < finding_trend->len; i++)
        values[i] = g_array_index (finding_trend, StewardFindingTrend, i).n_closed;
      add_series (chart, _("Closed"), finding_trend->len, values, NULL, NULL);
      g_clear_pointer (&values, g_free);
    }

  g_clear_pointer (&labels, g_ptr_array_unref);
  labels = period_labels (action_trend, sizeof (StewardActionTrend), p->calendar);
  table = steward_minutes_add_table (blocks, _("Corrective and follow-up actions per quarter"),
                                     G_N_ELEMENTS (columns), columns, numeric);
  for (guint i = 0; i < action_trend->len; i++)
    {
      StewardActionTrend *t = &g_array_index (action_trend, StewardActionTrend, i);
      g_autofree char *opened = count_text (t->n_opened);
      g_autofree char *closed = count_text (t->n_closed);
      g_autofree char *open = count_text (t->n_open_at_end);

      steward_minutes_add_row (table, g_ptr_array_index (labels, i), opened, closed, open);
    }
  if (action_trend->len > 0)
    {
      values = g_new0 (double, action_trend->len);
      chart = add_chart (blocks, _("Actions open at the end of each quarter"), "bar", "", labels);
      for (guint i = 0; i < action_trend->len; i++)
        values[i] = g_array_index (action_trend, StewardActionTrend, i).n_open_at_end;
      add_series (chart, _("Open at end"), action_trend->len, values, NULL, NULL);
    }

  return TRUE;
}

/* The periods of @evaluation that ended within the window. */
static void
window_periods (Perf              *p,
                StewardEvaluation *evaluation,
                guint             *first,
                guint             *last)
{
  guint n = steward_evaluation_get_n_periods (evaluation);

  *first = n;
  *last = 0;
  for (guint i = 0; i < n; i++)
    {
      const StewardPeriodResult *period = steward_evaluation_get_period (evaluation, i);

      if (g_date_compare (&period->start, p->from) < 0 || g_date_compare (&period->end, p->day) > 0)
        continue;
      *first = MIN (*first, i);
      *last = i + 1;
    }
}

/* The verdict of the window: missed when any period missed, met when every
 * period was measured and met, incomplete when some was not measured. It
 * picks the objectives whose misses get a chart of their own; the table's
 * result is the verdict on the latest value, beside that value, as the
 * objectives page gives it. */
static StewardVerdict
window_verdict (Perf                       *p,
                StewardEvaluation          *evaluation,
                const StewardPeriodResult **latest)
{
  guint first, last;
  gboolean any_met = FALSE, any_missing = FALSE, any_missed = FALSE;

  *latest = NULL;
  window_periods (p, evaluation, &first, &last);
  for (guint i = first; i < last; i++)
    {
      const StewardPeriodResult *period = steward_evaluation_get_period (evaluation, i);

      if (period->has_value)
        *latest = period;
      if (period->verdict == STEWARD_VERDICT_NOT_MET)
        any_missed = TRUE;
      else if (period->verdict == STEWARD_VERDICT_MET)
        any_met = TRUE;
      else
        any_missing = TRUE;
    }

  if (any_missed)
    return STEWARD_VERDICT_NOT_MET;
  if (any_missing && (any_met || *latest == NULL))
    return any_met ? STEWARD_VERDICT_INCOMPLETE : STEWARD_VERDICT_NO_DATA;

  return any_met ? STEWARD_VERDICT_MET : STEWARD_VERDICT_NO_DATA;
}

static void
add_objective_chart (Perf              *p,
                     JsonArray         *blocks,
                     StewardEvaluation *evaluation)
{
  StewardObjective *objective = steward_evaluation_get_objective (evaluation);
  StewardFrequency frequency = steward_objective_get_frequency (objective);
  g_autoptr(GEnumClass) directions = g_type_class_ref (STEWARD_TYPE_DIRECTION);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) states = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) has = g_array_new (FALSE, TRUE, sizeof (gboolean));
  JsonArray *low = json_array_new ();
  JsonArray *high = json_array_new ();
  guint first, last;
  JsonObject *chart;

  window_periods (p, evaluation, &first, &last);
  for (guint i = first; i < last; i++)
    {
      const StewardPeriodResult *period = steward_evaluation_get_period (evaluation, i);

      g_ptr_array_add (labels, steward_period_format (frequency, &period->start, p->calendar));
      g_array_append_val (values, period->value);
      g_array_append_val (has, period->has_value);
      g_ptr_array_add (states, (gpointer) (period->verdict == STEWARD_VERDICT_MET ? "met"
                                           : period->verdict == STEWARD_VERDICT_NOT_MET ? "missed"
                                           : "normal"));
      if (period->has_target)
        {
          json_array_add_double_element (low, period->low);
          json_array_add_double_element (high, period->high);
        }
      else
        {
          json_array_add_null_element (low);
          json_array_add_null_element (high);
        }
    }

  chart = add_chart (blocks, steward_objective_get_kpi_name (objective), "line",
                     steward_objective_get_kpi_unit (objective), labels);
  add_series (chart, steward_objective_get_kpi_name (objective), labels->len,
              (double *)(void *) values->data, (gboolean *)(void *) has->data, (const char *const *) states->pdata);
  json_object_set_array_member (chart, "target_low", low);
  json_object_set_array_member (chart, "target_high", high);
  json_object_set_string_member (chart, "direction",
                                 g_enum_get_value (directions, steward_objective_get_direction (objective))->value_nick);
}

static int
compare_verdicts (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *verdicts = user_data;
  int va = GPOINTER_TO_INT (g_hash_table_lookup (verdicts, *(gpointer *) a));
  int vb = GPOINTER_TO_INT (g_hash_table_lookup (verdicts, *(gpointer *) b));
  /* missed, incomplete, met, no data */
  static const int order[] = { 3, 2, 0, 1 };

  return order[va] - order[vb];
}

/* 5.2 Monitoring and measurement results */
static void
add_measurements (Perf       *p,
                  JsonArray  *blocks,
                  GPtrArray  *evaluations)
{
  g_autoptr(GPtrArray) judged = NULL;
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GHashTable) verdicts = NULL;
  /* the objectives that missed a period of the window */
  g_autoptr(GHashTable) missed = NULL;
  const char *columns[] = {
    /* TRANSLATORS: a column of the table of measurement results in the minutes */
    _("Indicator"),
    /* TRANSLATORS: a column of the table of measurement results: the last value measured */
    _("Latest value"),
    /* TRANSLATORS: a column of the table of measurement results */
    _("Target"),
    /* TRANSLATORS: a column of the table of measurement results: met, not met, incomplete */
    _("Result"),
  };
  guint n_charts = 0;
  JsonObject *table;

  steward_minutes_add_text (blocks, "text", _("5.2 Monitoring and measurement results"));
  verdicts = g_hash_table_new (NULL, NULL);
  missed = g_hash_table_new (NULL, NULL);
  judged = g_ptr_array_new ();
  others = g_ptr_array_new ();
  for (guint i = 0; i < evaluations->len; i++)
    {
      StewardEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      const StewardPeriodResult *latest;
      StewardVerdict verdict = window_verdict (p, evaluation, &latest);

      steward_evaluation_set_calendar (evaluation, p->calendar);
      /* nothing measured in the window, or only values without a target */
      if (latest == NULL || latest->verdict == STEWARD_VERDICT_NO_DATA)
        continue;
      if (verdict == STEWARD_VERDICT_NOT_MET)
        g_hash_table_add (missed, evaluation);
      g_hash_table_insert (verdicts, evaluation, GINT_TO_POINTER (latest->verdict));
      g_ptr_array_add (judged, evaluation);
    }
  g_ptr_array_sort_with_data (judged, compare_verdicts, verdicts);

  if (judged->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No objective was measured since %s."), p->since);

      steward_minutes_add_text (blocks, "empty", text);
    }
  else
    {
      table = steward_minutes_add_table (blocks, _("Objectives met and missed since the previous review"),
                                         G_N_ELEMENTS (columns), columns, NULL);
      for (guint i = 0; i < judged->len; i++)
        {
          StewardEvaluation *evaluation = g_ptr_array_index (judged, i);
          StewardObjective *objective = steward_evaluation_get_objective (evaluation);
          const StewardPeriodResult *latest;
          g_autofree char *value = NULL;
          g_autofree char *target = NULL;

          window_verdict (p, evaluation, &latest);
          value = steward_format_value (latest->value, steward_objective_get_kpi_unit (objective));
          target = steward_evaluation_dup_target_text (evaluation, &latest->start);
          steward_minutes_add_row (table, steward_objective_get_kpi_name (objective), value,
                                   target != NULL ? target : "", steward_verdict_to_string (latest->verdict));
        }
      for (guint i = 0; i < judged->len; i++)
        {
          StewardEvaluation *evaluation = g_ptr_array_index (judged, i);

          if (g_hash_table_contains (missed, evaluation) && n_charts < MAX_OBJECTIVE_CHARTS)
            {
              add_objective_chart (p, blocks, evaluation);
              n_charts++;
            }
          else
            g_ptr_array_add (others, evaluation);
        }
      if (others->len > 0)
        {
          g_autoptr(GArray) shares = steward_evaluations_share_met (others, STEWARD_FREQUENCY_QUARTERLY,
                                                                    p->from, p->day);
          g_autoptr(GPtrArray) labels = period_labels (shares, sizeof (StewardShareMet), p->calendar);
          g_autofree double *values = g_new0 (double, shares->len + 1);
          g_autofree gboolean *has = g_new0 (gboolean, shares->len + 1);
          JsonObject *chart;

          for (guint i = 0; i < shares->len; i++)
            {
              StewardShareMet *share = &g_array_index (shares, StewardShareMet, i);

              has[i] = share->n_measured > 0;
              values[i] = has[i] ? 100.0 * share->n_met / share->n_measured : 0;
            }
          if (shares->len > 0)
            {
              chart = add_chart (blocks, _("Share of the other objectives met per quarter"), "bar", "%", labels);
              add_series (chart, _("Objectives met"), shares->len, values, has, NULL);
            }
        }
    }

}

/* 5.4 The fulfilment of objectives: the year's verdicts */
static void
add_fulfilment (Perf       *p,
                JsonArray  *blocks,
                GPtrArray  *evaluations)
{
  g_autoptr(GPtrArray) year_columns = NULL;
  JsonObject *table;
  int first_year, last_year;

  steward_minutes_add_text (blocks, "text", _("5.4 Fulfilment of the information security objectives"));
  first_year = g_date_get_year (p->from);
  last_year = g_date_get_year (p->day);
  year_columns = g_ptr_array_new_with_free_func (g_free);
  /* TRANSLATORS: a column of the table of yearly verdicts in the minutes */
  g_ptr_array_add (year_columns, g_strdup (_("Objective")));
  for (int year = first_year; year <= last_year; year++)
    g_ptr_array_add (year_columns, p->calendar == STEWARD_CALENDAR_ROC
                     /* TRANSLATORS: a year in the ROC calendar, as a column: 114年 */
                     ? g_strdup_printf (_("%d (ROC)"), steward_date_roc_year (year))
                     : g_strdup_printf ("%d", year));
  if (evaluations->len == 0)
    {
      steward_minutes_add_text (blocks, "empty", _("There are no security objectives."));
      return;
    }
  table = steward_minutes_add_table (blocks, _("The year's verdict on each objective"), year_columns->len,
                                     (const char *const *) year_columns->pdata, NULL);
  for (guint i = 0; i < evaluations->len; i++)
    {
      StewardEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();

      g_ptr_array_add (cells, (gpointer) steward_objective_get_kpi_name (steward_evaluation_get_objective (evaluation)));
      for (int year = first_year; year <= last_year; year++)
        g_ptr_array_add (cells, (gpointer) steward_verdict_to_string (steward_evaluation_get_year_verdict (evaluation, year)));
      add_row_array (table, cells);
    }
}

/* 5.3 Audit results */
static gboolean
add_audits (Perf       *p,
            JsonArray  *blocks,
            GError    **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) audits = NULL;
  g_autofree char *from = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (p->from),
                                           g_date_get_month (p->from), g_date_get_day (p->from));
  g_autofree char *day = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (p->day),
                                          g_date_get_month (p->day), g_date_get_day (p->day));
  const char *columns[] = {
    /* TRANSLATORS: a column of the table of audits in the minutes */
    _("Held on"),
    /* TRANSLATORS: a column of the table of audits: internal or external */
    _("Kind"),
    /* TRANSLATORS: a column of the table of audits */
    _("Scope"),
    /* TRANSLATORS: a column of the table of audits: major nonconformities */
    _("Major"),
    /* TRANSLATORS: a column of the table of audits: minor nonconformities */
    _("Minor"),
    /* TRANSLATORS: a column of the table of audits */
    _("Observations"),
  };
  const gboolean numeric[] = { FALSE, FALSE, FALSE, TRUE, TRUE, TRUE };
  JsonObject *table;

  steward_minutes_add_text (blocks, "text", _("5.3 Audit results"));
  steward_query_where_string (query, "held_on", STEWARD_QUERY_GREATER_OR_EQUAL, from);
  steward_query_where_string (query, "held_on", STEWARD_QUERY_LESS_OR_EQUAL, day);
  steward_query_order_by (query, "held_on", FALSE);
  audits = steward_minutes_load_all (p->db, STEWARD_TYPE_AUDIT, query, error);
  if (audits == NULL)
    return FALSE;
  if (audits->len == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No audit was held since %s."), p->since);

      steward_minutes_add_text (blocks, "empty", text);
      return TRUE;
    }

  table = steward_minutes_add_table (blocks, _("Audits since the previous review and their findings"),
                                     G_N_ELEMENTS (columns), columns, numeric);
  for (guint i = 0; i < audits->len; i++)
    {
      StewardAudit *audit = g_ptr_array_index (audits, i);
      g_autoptr(StewardQuery) findings_query = steward_query_new ();
      g_autoptr(GPtrArray) findings = NULL;
      guint counts[STEWARD_N_GRADINGS] = { 0 };
      g_autofree char *held = steward_date_format (steward_audit_get_held_on (audit), p->calendar);
      g_autofree char *major = NULL, *minor = NULL, *observations = NULL;

      steward_query_where_int64 (findings_query, "audit_id", STEWARD_QUERY_EQUAL,
                                 steward_record_get_id (STEWARD_RECORD (audit)));
      findings = steward_minutes_load_all (p->db, STEWARD_TYPE_FINDING, findings_query, error);
      if (findings == NULL)
        return FALSE;
      for (guint j = 0; j < findings->len; j++)
        counts[steward_finding_get_grading (g_ptr_array_index (findings, j))]++;
      major = count_text (counts[STEWARD_GRADING_MAJOR]);
      minor = count_text (counts[STEWARD_GRADING_MINOR]);
      observations = count_text (counts[STEWARD_GRADING_OBSERVATION]);
      steward_minutes_add_row (table, held, steward_audit_kind_to_string (steward_audit_get_kind (audit)),
                               steward_audit_get_scope (audit), major, minor, observations);
    }

  return TRUE;
}

/**
 * steward_minutes_performance_blocks:
 *
 * The blocks of agenda item 5: the trends of findings and actions, the
 * objectives met and missed with their charts, the audits, and the year's
 * verdicts.
 */
gboolean
steward_minutes_performance_blocks (StewardDatabase  *db,
                                    const GDate      *from,
                                    const GDate      *day,
                                    const char       *since,
                                    StewardCalendar   calendar,
                                    JsonArray        *blocks,
                                    GError          **error)
{
  Perf p = { db, from, day, since, calendar };
  g_autoptr(GPtrArray) evaluations = NULL;

  if (!add_trends (&p, blocks, error))
    return FALSE;
  evaluations = steward_evaluations_load (db, day, error);
  if (evaluations == NULL)
    return FALSE;
  add_measurements (&p, blocks, evaluations);
  if (!add_audits (&p, blocks, error))
    return FALSE;
  add_fulfilment (&p, blocks, evaluations);

  return TRUE;
}
