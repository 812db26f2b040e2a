/* steward-measurement-table.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-measurement-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-export-util.h"
#include "steward-measurement-table-private.h"

/* The ISMS effectiveness measurement table (ISMS有效性量測表): what the
 * procedure asks the management review to discuss (5.4.2.4.4), an
 * objective a row with its indicator, target, the values of the year
 * and whether the year met the target (5.6). This file holds the table
 * every format writes; steward-measurement-table-pages.c lays it out on
 * pages, with the trends.
 *
 * Layout: the periods are laid on twelve month columns, and a quarterly,
 * half-yearly or yearly value spans the months its period covers. One
 * header row serves every frequency, a value stands where its period is
 * in the year, objectives of different frequencies read side by side,
 * and twelve narrow columns still leave room for the text columns on an
 * A4 page in landscape, which separate blocks per frequency would not. */

/* The table */

static const char * const month_titles[STEWARD_MEASUREMENT_TABLE_N_MONTHS] = {
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
  NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
  NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

const char *
steward_table_month_get_title (guint month)
{
  g_return_val_if_fail (month < STEWARD_MEASUREMENT_TABLE_N_MONTHS, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_titles[month]);
}

const char *
steward_table_column_get_title (StewardTableColumn column)
{
  switch (column)
    {
    case STEWARD_TABLE_COLUMN_OBJECTIVE:
      /* TRANSLATORS: a column of the measurement table (目標) */
      return _("Objective");
    case STEWARD_TABLE_COLUMN_KPI:
      /* TRANSLATORS: a column of the measurement table (量測指標) */
      return _("Indicator");
    case STEWARD_TABLE_COLUMN_TARGET:
      /* TRANSLATORS: a column of the measurement table (目標水準) */
      return _("Target");
    case STEWARD_TABLE_COLUMN_VERDICT:
      /* TRANSLATORS: a column of the measurement table: whether the year
       * met the target (年度達成情形) */
      return _("Result for the year");
    case STEWARD_TABLE_COLUMN_OWNER:
      /* TRANSLATORS: a column of the measurement table (負責人) */
      return _("Owner");
    case STEWARD_TABLE_COLUMN_NOTES:
      /* TRANSLATORS: a column of the measurement table (備註) */
      return _("Notes");
    case STEWARD_TABLE_N_COLUMNS:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * steward_table_dup_year:
 *
 * Returns: (transfer full): "2025", or in the ROC calendar "ROC 114"
 *   (zh_TW: 114年)
 */
char *
steward_table_dup_year (int             year,
                        StewardCalendar calendar)
{
  if (calendar == STEWARD_CALENDAR_ROC && steward_date_roc_year (year) >= 1)
    /* TRANSLATORS: a year in the ROC calendar, as the name of a sheet and
     * in the header of the measurement table; zh_TW writes %d年 */
    return g_strdup_printf (_("ROC %d"), steward_date_roc_year (year));

  return g_strdup_printf ("%d", year);
}

static guint
months_of (StewardFrequency frequency)
{
  switch (frequency)
    {
    case STEWARD_FREQUENCY_QUARTERLY:
      return 3;
    case STEWARD_FREQUENCY_HALF_YEARLY:
      return 6;
    case STEWARD_FREQUENCY_YEARLY:
      return 12;
    case STEWARD_FREQUENCY_MONTHLY:
    default:
      return 1;
    }
}

/* The target of each period, and where it changed in the year, when it
 * did: "≥ 95 %", then "≥ 98 % from 2025-07" on the next line. */
static char *
dup_targets (StewardTableRow *row)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *last = NULL;

  for (guint i = 0; i < row->n_periods; i++)
    {
      g_autofree char *target = steward_evaluation_dup_target_text (row->evaluation, &row->periods[i].start);

      if (g_strcmp0 (target, last) == 0)
        continue;

      if (last == NULL)
        g_string_append (text, target);
      else
        {
          g_string_append_c (text, '\n');
          /* TRANSLATORS: a target and when it started, "≥ 98 % from
           * 2025-07" */
          g_string_append_printf (text, _("%s from %s"), target, row->periods[i].label);
        }

      g_free (last);
      last = g_steal_pointer (&target);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
fill_period (StewardTableRow    *row,
             StewardTablePeriod *period,
             const GDate        *start,
             StewardCalendar     calendar)
{
  int index = steward_evaluation_find_period (row->evaluation, start);
  const StewardPeriodResult *result = index >= 0 ? steward_evaluation_get_period (row->evaluation, index) : NULL;

  period->start = *start;
  period->first_month = g_date_get_month (start) - 1;
  period->n_months = months_of (row->frequency);
  period->label = steward_period_format (row->frequency, start, calendar);

  if (result != NULL && result->has_value)
    {
      period->has_value = TRUE;
      period->value = result->value;
      period->missed = result->verdict == STEWARD_VERDICT_NOT_MET;
      period->text = steward_format_value (result->value, NULL);
    }
  else if (result != NULL && result->due)
    period->text = g_strdup ("—");
  else
    period->text = g_strdup ("");
}

/* The row of @evaluation in @year, or NULL when the objective was not
 * active in any of its periods. */
static StewardTableRow *
row_new (StewardEvaluation                    *evaluation,
         const StewardMeasurementTableOptions *options,
         int                                   year)
{
  StewardObjective *objective = steward_evaluation_get_objective (evaluation);
  g_autofree StewardTableRow *row = g_new0 (StewardTableRow, 1);
  const char *name = steward_objective_get_kpi_name (objective);
  const char *notes = steward_objective_get_notes (objective);
  const char *owner = NULL;
  gint64 owner_id = steward_objective_get_owner_id (objective);
  StewardVerdict verdict;
  GDate start, end;

  row->evaluation = g_object_ref (evaluation);
  row->frequency = steward_objective_get_frequency (objective);
  row->unit = steward_objective_get_kpi_unit (objective);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, year);
  for (; g_date_get_year (&start) == year && row->n_periods < STEWARD_MEASUREMENT_TABLE_N_MONTHS;
       steward_period_next (row->frequency, &start))
    {
      GDate *objective_start = steward_objective_get_start_date (objective);
      GDate *objective_end = steward_objective_get_end_date (objective);

      steward_period_end_of (row->frequency, &start, &end);
      if ((objective_start != NULL && g_date_valid (objective_start) && g_date_compare (objective_start, &end) > 0) ||
          (objective_end != NULL && g_date_valid (objective_end) && g_date_compare (objective_end, &start) < 0))
        continue;

      fill_period (row, &row->periods[row->n_periods++], &start, options->calendar);
    }

  if (row->n_periods == 0)
    {
      g_object_unref (row->evaluation);
      return NULL;
    }

  row->objective = g_strdup (steward_objective_get_statement (objective));
  if (row->unit != NULL && *row->unit != '\0')
    /* TRANSLATORS: an indicator with its unit, "Availability (%)" */
    row->kpi = g_strdup_printf (_("%s (%s)"), name, row->unit);
  else
    row->kpi = g_strdup (name);
  row->target = dup_targets (row);

  verdict = steward_evaluation_get_year_verdict (evaluation, year);
  row->verdict = g_strdup (steward_verdict_to_string (verdict));
  row->verdict_missed = verdict == STEWARD_VERDICT_NOT_MET;

  if (options->owner_names != NULL && owner_id > 0)
    owner = g_hash_table_lookup (options->owner_names, &owner_id);
  row->owner = g_strdup (owner != NULL ? owner : "");
  row->notes = g_strdup (notes != NULL ? notes : "");

  return g_steal_pointer (&row);
}

static void
row_free (StewardTableRow *row)
{
  for (guint i = 0; i < row->n_periods; i++)
    {
      g_free (row->periods[i].text);
      g_free (row->periods[i].label);
    }

  g_clear_object (&row->evaluation);
  g_free (row->objective);
  g_free (row->kpi);
  g_free (row->target);
  g_free (row->verdict);
  g_free (row->owner);
  g_free (row->notes);
  g_free (row);
}

/**
 * steward_table_new:
 * @evaluations: (element-type StewardEvaluation):
 * @year: the Gregorian year of the table (the options' year is for the
 *   title and the PDF; a workbook has a table per year)
 *
 * Returns: (transfer full): the table of @year, an objective a row in the
 *   order of @evaluations, leaving out those not active in @year
 */
StewardTable *
steward_table_new (GPtrArray                            *evaluations,
                   const StewardMeasurementTableOptions *options,
                   int                                   year)
{
  StewardTable *table = g_new0 (StewardTable, 1);
  g_autofree char *year_text = steward_table_dup_year (year, options->calendar);

  table->year = year;
  table->calendar = options->calendar;
  table->title = g_strdup (_("ISMS effectiveness measurement table"));
  table->organization = g_strdup (options->organization ? options->organization : "");
  table->reference = steward_export_dup_reference (options->document_number, options->version);
  /* TRANSLATORS: in the header of the measurement table: the year it is
   * for */
  table->year_text = g_strdup_printf (_("Year: %s"), year_text);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);

  for (guint i = 0; i < evaluations->len; i++)
    {
      StewardTableRow *row = row_new (g_ptr_array_index (evaluations, i), options, year);

      if (row != NULL)
        g_ptr_array_add (table->rows, row);
    }

  return table;
}

void
steward_table_free (StewardTable *table)
{
  if (table == NULL)
    return;

  g_free (table->title);
  g_free (table->organization);
  g_free (table->reference);
  g_free (table->year_text);
  g_ptr_array_unref (table->rows);
  g_free (table);
}
