/* steward-risk-result.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-risk-result"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-risk-result.h"

/* The results of a risk assessment, recorded for the management review
 * (5.4.2, item 7): the number of risks by level and where the treatment
 * plan stands. The assessment itself follows another procedure. */
struct _StewardRiskResult
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardRiskResult, steward_risk_result, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ASSESSED_ON,
  PROP_SCOPE,
  PROP_SUMMARY,
  PROP_N_HIGH,
  PROP_N_MEDIUM,
  PROP_N_LOW,
  PROP_PLAN_PLANNED,
  PROP_PLAN_DONE,
  PROP_PLAN_LATE,
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
steward_risk_result_validate (StewardRecord *record,
                              GPtrArray     *problems)
{
  StewardRiskResult *self = STEWARD_RISK_RESULT (record);


  if (!date_set (steward_risk_result_get_assessed_on (self)))
    steward_record_add_problem (problems, "assessed-on", _("Enter the date of the assessment."));
  if (is_blank (steward_risk_result_get_scope (self)))
    steward_record_add_problem (problems, "scope", _("Enter the scope of the assessment."));
  if (steward_risk_result_get_plan_done (self) + steward_risk_result_get_plan_late (self) >
      steward_risk_result_get_plan_planned (self))
    steward_record_add_problem (problems, "plan-done", _("More treatment items are done or late than were planned."));
}

static void
steward_risk_result_class_init (StewardRiskResultClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_risk_result_validate;

  steward_record_class_set_table (record_class, "risk_result");

  properties[PROP_ASSESSED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("assessed-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SCOPE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("scope", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SUMMARY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("summary", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_N_HIGH] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("n-high", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_N_MEDIUM] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("n-medium", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_N_LOW] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("n-low", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PLAN_PLANNED] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("plan-planned", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PLAN_DONE] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("plan-done", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PLAN_LATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("plan-late", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_risk_result_init (StewardRiskResult *self)
{
}

/**
 * steward_risk_result_get_assessed_on:
 *
 * Returns: (transfer none) (nullable): the assessed on
 */
GDate *
steward_risk_result_get_assessed_on (StewardRiskResult *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_ASSESSED_ON]);
}

const char *
steward_risk_result_get_scope (StewardRiskResult *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SCOPE]);
}

const char *
steward_risk_result_get_summary (StewardRiskResult *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SUMMARY]);
}

int
steward_risk_result_get_n_high (StewardRiskResult *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_N_HIGH]);
}

int
steward_risk_result_get_n_medium (StewardRiskResult *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_N_MEDIUM]);
}

int
steward_risk_result_get_n_low (StewardRiskResult *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_N_LOW]);
}

int
steward_risk_result_get_plan_planned (StewardRiskResult *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_PLAN_PLANNED]);
}

int
steward_risk_result_get_plan_done (StewardRiskResult *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_PLAN_DONE]);
}

int
steward_risk_result_get_plan_late (StewardRiskResult *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_PLAN_LATE]);
}

const char *
steward_risk_result_get_notes (StewardRiskResult *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
