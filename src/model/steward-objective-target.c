/* steward-objective-target.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objective-target"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-objective-target.h"

/* The target level of an objective from a date on, and the decision that
 * set it. "At least" objectives use the low end, "at most" the high end,
 * "within a range" both; a single level is stored as low = high. */
struct _StewardObjectiveTarget
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardObjectiveTarget, steward_objective_target, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE_ID,
  PROP_VALID_FROM,
  PROP_LOW,
  PROP_HIGH,
  PROP_DECISION_REF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static void
steward_objective_target_validate (StewardRecord *record,
                                   GPtrArray     *problems)
{
  StewardObjectiveTarget *self = STEWARD_OBJECTIVE_TARGET (record);

  if (steward_objective_target_get_objective_id (self) <= 0)
    steward_record_add_problem (problems, "objective-id", _("Choose the objective."));
  if (!date_set (steward_objective_target_get_valid_from (self)))
    steward_record_add_problem (problems, "valid-from", _("Enter the date from which the target holds."));
  if (!isfinite (steward_objective_target_get_low (self)) || !isfinite (steward_objective_target_get_high (self)))
    steward_record_add_problem (problems, "low", _("Enter the target as a number."));
  else if (steward_objective_target_get_high (self) < steward_objective_target_get_low (self))
    steward_record_add_problem (problems, "high", _("The upper end of the range cannot be below the lower end."));
}

static void
steward_objective_target_class_init (StewardObjectiveTargetClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_objective_target_validate;

  steward_record_class_set_table (record_class, "objective_target");

  properties[PROP_OBJECTIVE_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("objective-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_VALID_FROM] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("valid-from", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_LOW] = steward_record_class_install_column (
    record_class,
    g_param_spec_double ("low", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_HIGH] = steward_record_class_install_column (
    record_class,
    g_param_spec_double ("high", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_REF] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("decision-ref", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_objective_target_init (StewardObjectiveTarget *self)
{
}

gint64
steward_objective_target_get_objective_id (StewardObjectiveTarget *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OBJECTIVE_ID]);
}

/**
 * steward_objective_target_get_valid_from:
 *
 * Returns: (transfer none) (nullable): the valid from
 */
GDate *
steward_objective_target_get_valid_from (StewardObjectiveTarget *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_VALID_FROM]);
}

double
steward_objective_target_get_low (StewardObjectiveTarget *self)
{
  return steward_record_get_double (STEWARD_RECORD (self), properties[PROP_LOW]);
}

double
steward_objective_target_get_high (StewardObjectiveTarget *self)
{
  return steward_record_get_double (STEWARD_RECORD (self), properties[PROP_HIGH]);
}

const char *
steward_objective_target_get_decision_ref (StewardObjectiveTarget *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DECISION_REF]);
}
