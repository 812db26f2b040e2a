/* steward-objective.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objective"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-objective.h"

/* An information security objective (procedure 5.6): what it states, the
 * policy goal it serves, its owner, and the KPI that measures it, with the
 * direction of a good value and how often it is measured, over its active
 * period. Its target levels are StewardObjectiveTarget rows, since a target
 * can change over time. */
struct _StewardObjective
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardObjective, steward_objective, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STATEMENT,
  PROP_POLICY_GOAL,
  PROP_OWNER_ID,
  PROP_KPI_NAME,
  PROP_KPI_UNIT,
  PROP_KPI_METHOD,
  PROP_KPI_SOURCE,
  PROP_DIRECTION,
  PROP_FREQUENCY,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
}

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static void
steward_objective_validate (StewardRecord *record,
                            GPtrArray     *problems)
{
  StewardObjective *self = STEWARD_OBJECTIVE (record);
  GDate *start = steward_objective_get_start_date (self);
  GDate *end = steward_objective_get_end_date (self);

  if (is_blank (steward_objective_get_statement (self)))
    steward_record_add_problem (problems, "statement", _("State the objective."));
  if (is_blank (steward_objective_get_kpi_name (self)))
    steward_record_add_problem (problems, "kpi-name", _("Name the indicator that measures the objective."));
  if (!date_set (start))
    steward_record_add_problem (problems, "start-date", _("Enter the date the objective takes effect."));
  else if (date_set (end) && g_date_compare (end, start) < 0)
    steward_record_add_problem (problems, "end-date", _("The objective cannot end before it starts."));
}

static void
steward_objective_class_init (StewardObjectiveClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_objective_validate;

  steward_record_class_set_table (record_class, "objective");

  properties[PROP_STATEMENT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("statement", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_POLICY_GOAL] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("policy-goal", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_OWNER_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_KPI_NAME] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("kpi-name", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_KPI_UNIT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("kpi-unit", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_KPI_METHOD] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("kpi-method", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_KPI_SOURCE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("kpi-source", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DIRECTION] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("direction", NULL, NULL, STEWARD_TYPE_DIRECTION, STEWARD_DIRECTION_AT_LEAST,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_FREQUENCY] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("frequency", NULL, NULL, STEWARD_TYPE_FREQUENCY, STEWARD_FREQUENCY_MONTHLY,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_START_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_END_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("end-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_objective_init (StewardObjective *self)
{
}

const char *
steward_objective_get_statement (StewardObjective *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_STATEMENT]);
}

const char *
steward_objective_get_policy_goal (StewardObjective *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_POLICY_GOAL]);
}

gint64
steward_objective_get_owner_id (StewardObjective *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OWNER_ID]);
}

const char *
steward_objective_get_kpi_name (StewardObjective *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_KPI_NAME]);
}

const char *
steward_objective_get_kpi_unit (StewardObjective *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_KPI_UNIT]);
}

const char *
steward_objective_get_kpi_method (StewardObjective *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_KPI_METHOD]);
}

const char *
steward_objective_get_kpi_source (StewardObjective *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_KPI_SOURCE]);
}

StewardDirection
steward_objective_get_direction (StewardObjective *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_DIRECTION]);
}

StewardFrequency
steward_objective_get_frequency (StewardObjective *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_FREQUENCY]);
}

/**
 * steward_objective_get_start_date:
 *
 * Returns: (transfer none) (nullable): the start date
 */
GDate *
steward_objective_get_start_date (StewardObjective *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_START_DATE]);
}

/**
 * steward_objective_get_end_date:
 *
 * Returns: (transfer none) (nullable): the end date
 */
GDate *
steward_objective_get_end_date (StewardObjective *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_END_DATE]);
}

const char *
steward_objective_get_notes (StewardObjective *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
