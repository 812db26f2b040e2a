/* steward-measurement.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-measurement"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "steward-measurement.h"

/* The value of an objective's indicator for one period (named by its first
 * day), with its evidence, and who recorded it and when. The checks that
 * need the objective (the period, the range, a second value for one
 * period) are in logic/steward-objectives.c. */
struct _StewardMeasurement
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardMeasurement, steward_measurement, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OBJECTIVE_ID,
  PROP_PERIOD_START,
  PROP_VALUE,
  PROP_EVIDENCE,
  PROP_RECORDED_BY,
  PROP_RECORDED_AT,
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
steward_measurement_validate (StewardRecord *record,
                              GPtrArray     *problems)
{
  StewardMeasurement *self = STEWARD_MEASUREMENT (record);

  if (steward_measurement_get_objective_id (self) <= 0)
    steward_record_add_problem (problems, "objective-id", _("Choose the objective."));
  if (!date_set (steward_measurement_get_period_start (self)))
    steward_record_add_problem (problems, "period-start", _("Choose the period the value is for."));
  if (!isfinite (steward_measurement_get_value (self)))
    steward_record_add_problem (problems, "value", _("Enter the value as a number."));
  if (is_blank (steward_measurement_get_recorded_by (self)))
    steward_record_add_problem (problems, "recorded-by", _("Enter who recorded the value."));
  if (steward_measurement_get_recorded_at (self) == NULL)
    steward_record_add_problem (problems, "recorded-at", _("Enter when the value was recorded."));
}

static void
steward_measurement_class_init (StewardMeasurementClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_measurement_validate;

  steward_record_class_set_table (record_class, "measurement");

  properties[PROP_OBJECTIVE_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("objective-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_PERIOD_START] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("period-start", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_VALUE] = steward_record_class_install_column (
    record_class,
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EVIDENCE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("evidence", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RECORDED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("recorded-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RECORDED_AT] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("recorded-at", NULL, NULL, G_TYPE_DATE_TIME, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_measurement_init (StewardMeasurement *self)
{
}

gint64
steward_measurement_get_objective_id (StewardMeasurement *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OBJECTIVE_ID]);
}

/**
 * steward_measurement_get_period_start:
 *
 * Returns: (transfer none) (nullable): the period start
 */
GDate *
steward_measurement_get_period_start (StewardMeasurement *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_PERIOD_START]);
}

double
steward_measurement_get_value (StewardMeasurement *self)
{
  return steward_record_get_double (STEWARD_RECORD (self), properties[PROP_VALUE]);
}

const char *
steward_measurement_get_evidence (StewardMeasurement *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EVIDENCE]);
}

const char *
steward_measurement_get_recorded_by (StewardMeasurement *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_RECORDED_BY]);
}

/**
 * steward_measurement_get_recorded_at:
 *
 * Returns: (transfer none) (nullable): the recorded at
 */
GDateTime *
steward_measurement_get_recorded_at (StewardMeasurement *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RECORDED_AT]);
}

const char *
steward_measurement_get_notes (StewardMeasurement *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
