/* steward-measurement-table-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "logic/steward-objectives.h"
#include "steward-measurement-table-export.h"

G_BEGIN_DECLS

/* The table of one year as every format writes it: a row an objective,
 * and for each the periods of the year placed on twelve month columns, a
 * period spanning the months it covers. */

#define STEWARD_MEASUREMENT_TABLE_N_MONTHS 12

typedef struct
{
  GDate           start;
  guint           first_month;   /* 0 for January */
  guint           n_months;      /* 1, 3, 6 or 12 */
  gboolean        has_value;
  double          value;
  gboolean        missed;        /* the value missed its target */
  char           *text;          /* "99.5", "—" when due and not measured, or "" */
  char           *label;         /* the period, "2025 Q1" or "114 Q1" */
} StewardTablePeriod;

typedef struct
{
  StewardEvaluation  *evaluation;
  char               *objective;
  char               *kpi;          /* the name, with the unit */
  const char         *unit;
  char               *target;
  StewardFrequency    frequency;
  guint               n_periods;
  StewardTablePeriod  periods[STEWARD_MEASUREMENT_TABLE_N_MONTHS];
  char               *verdict;
  gboolean            verdict_missed;
  char               *owner;
  char               *notes;
} StewardTableRow;

typedef struct
{
  int                 year;
  StewardCalendar     calendar;
  char               *title;
  char               *organization;
  char               *reference;
  char               *year_text;       /* "Year: 2025" */
  GPtrArray          *rows;            /* StewardTableRow */
} StewardTable;

typedef enum
{
  STEWARD_TABLE_COLUMN_OBJECTIVE,
  STEWARD_TABLE_COLUMN_KPI,
  STEWARD_TABLE_COLUMN_TARGET,
  STEWARD_TABLE_COLUMN_VERDICT,
  STEWARD_TABLE_COLUMN_OWNER,
  STEWARD_TABLE_COLUMN_NOTES,
  STEWARD_TABLE_N_COLUMNS,
} StewardTableColumn;

StewardTable  *steward_table_new               (GPtrArray                            *evaluations,
                                                const StewardMeasurementTableOptions *options,
                                                int                                   year);
void           steward_table_free              (StewardTable                         *table);
const char    *steward_table_column_get_title  (StewardTableColumn                    column);
const char    *steward_table_month_get_title   (guint                                 month);
char          *steward_table_dup_year          (int                                   year,
                                                StewardCalendar                       calendar);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardTable, steward_table_free)

/* What an export of the table gathers: steward-measurement-table-export.c
 * writes CSV and PDF, the formats module XLSX
 * (formats/steward-measurement-table-xlsx.c). */
typedef struct
{
  GPtrArray                            *evaluations;
  const StewardMeasurementTableOptions *options;
  StewardMeasurementTablePages         *pages;
} StewardMeasurementTableExport;

G_END_DECLS
