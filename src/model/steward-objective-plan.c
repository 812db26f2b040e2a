/* steward-objective-plan.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objective-plan"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-objective-plan.h"

/* The plan to reach an objective (procedure 5.6.2): the activities, the
 * resources they need (people, a budget with its amount, equipment and
 * technology, procedures and forms), who is responsible, by when, and how
 * achievement is evaluated. */
struct _StewardObjectivePlan
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardObjectivePlan, steward_objective_plan, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE_ID,
  PROP_ACTIVITIES,
  PROP_RESOURCE_PEOPLE,
  PROP_BUDGET_AMOUNT,
  PROP_BUDGET_CURRENCY,
  PROP_RESOURCE_EQUIPMENT,
  PROP_RESOURCE_PROCEDURES,
  PROP_RESPONSIBLE_ID,
  PROP_DUE_DATE,
  PROP_EVALUATION,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
}

static void
steward_objective_plan_validate (StewardRecord *record,
                                 GPtrArray     *problems)
{
  StewardObjectivePlan *self = STEWARD_OBJECTIVE_PLAN (record);

  if (steward_objective_plan_get_objective_id (self) <= 0)
    steward_record_add_problem (problems, "objective-id", _("Choose the objective."));
  if (is_blank (steward_objective_plan_get_activities (self)))
    steward_record_add_problem (problems, "activities", _("Describe the activities of the plan."));
  if (!isfinite (steward_objective_plan_get_budget_amount (self)) ||
      steward_objective_plan_get_budget_amount (self) < 0)
    steward_record_add_problem (problems, "budget-amount", _("The budget is an amount of zero or more."));
  if (is_blank (steward_objective_plan_get_budget_currency (self)))
    steward_record_add_problem (problems, "budget-currency", _("Enter the currency of the budget."));
}

static void
steward_objective_plan_class_init (StewardObjectivePlanClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_objective_plan_validate;

  steward_record_class_set_table (record_class, "objective_plan");

  properties[PROP_OBJECTIVE_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("objective-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_ACTIVITIES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("activities", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RESOURCE_PEOPLE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("resource-people", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_BUDGET_AMOUNT] = steward_record_class_install_column (
    record_class,
    g_param_spec_double ("budget-amount", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_BUDGET_CURRENCY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("budget-currency", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RESOURCE_EQUIPMENT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("resource-equipment", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RESOURCE_PROCEDURES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("resource-procedures", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RESPONSIBLE_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("responsible-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_DUE_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("due-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EVALUATION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("evaluation", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_STATUS] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("status", NULL, NULL, STEWARD_TYPE_PLAN_STATUS, STEWARD_PLAN_PLANNED,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_objective_plan_init (StewardObjectivePlan *self)
{
}

gint64
steward_objective_plan_get_objective_id (StewardObjectivePlan *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OBJECTIVE_ID]);
}

const char *
steward_objective_plan_get_activities (StewardObjectivePlan *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ACTIVITIES]);
}

const char *
steward_objective_plan_get_resource_people (StewardObjectivePlan *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_RESOURCE_PEOPLE]);
}

double
steward_objective_plan_get_budget_amount (StewardObjectivePlan *self)
{
  return steward_record_get_double (STEWARD_RECORD (self), properties[PROP_BUDGET_AMOUNT]);
}

const char *
steward_objective_plan_get_budget_currency (StewardObjectivePlan *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_BUDGET_CURRENCY]);
}

const char *
steward_objective_plan_get_resource_equipment (StewardObjectivePlan *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_RESOURCE_EQUIPMENT]);
}

const char *
steward_objective_plan_get_resource_procedures (StewardObjectivePlan *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_RESOURCE_PROCEDURES]);
}

gint64
steward_objective_plan_get_responsible_id (StewardObjectivePlan *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_RESPONSIBLE_ID]);
}

/**
 * steward_objective_plan_get_due_date:
 *
 * Returns: (transfer none) (nullable): the due date
 */
GDate *
steward_objective_plan_get_due_date (StewardObjectivePlan *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_DUE_DATE]);
}

const char *
steward_objective_plan_get_evaluation (StewardObjectivePlan *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EVALUATION]);
}

StewardPlanStatus
steward_objective_plan_get_status (StewardObjectivePlan *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_STATUS]);
}
