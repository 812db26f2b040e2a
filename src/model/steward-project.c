/* steward-project.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-project.h"

/* A project (procedure 5.8): whether its security requirements are written
 * into the requirements or the contract, its risk assessment at the
 * start, its security reviews and its roles (records of their own). */
struct _StewardProject
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardProject, steward_project, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_OWNER_ID,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_SECURITY_IN_REQUIREMENTS,
  PROP_REQUIREMENTS_REF,
  PROP_RISK_ASSESSED_ON,
  PROP_RISK_RESULT,
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
steward_project_validate (StewardRecord *record,
                          GPtrArray     *problems)
{
  StewardProject *self = STEWARD_PROJECT (record);
  GDate *start = steward_project_get_start_date (self);
  GDate *end = steward_project_get_end_date (self);

  if (is_blank (steward_project_get_name (self)))
    steward_record_add_problem (problems, "name", _("Enter the name of the project."));
  if (!date_set (start))
    steward_record_add_problem (problems, "start-date", _("Enter the start date."));
  else if (date_set (end) && g_date_compare (end, start) < 0)
    steward_record_add_problem (problems, "end-date", _("The project cannot end before it starts."));
}

static void
steward_project_class_init (StewardProjectClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_project_validate;

  steward_record_class_set_table (record_class, "project");

  properties[PROP_NAME] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("name", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_OWNER_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_START_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_END_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("end-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SECURITY_IN_REQUIREMENTS] = steward_record_class_install_column (
    record_class,
    g_param_spec_boolean ("security-in-requirements", NULL, NULL, FALSE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REQUIREMENTS_REF] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("requirements-ref", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RISK_ASSESSED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("risk-assessed-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RISK_RESULT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("risk-result", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_project_init (StewardProject *self)
{
}

const char *
steward_project_get_name (StewardProject *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NAME]);
}

gint64
steward_project_get_owner_id (StewardProject *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OWNER_ID]);
}

/**
 * steward_project_get_start_date:
 *
 * Returns: (transfer none) (nullable): the start date
 */
GDate *
steward_project_get_start_date (StewardProject *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_START_DATE]);
}

/**
 * steward_project_get_end_date:
 *
 * Returns: (transfer none) (nullable): the end date
 */
GDate *
steward_project_get_end_date (StewardProject *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_END_DATE]);
}

gboolean
steward_project_get_security_in_requirements (StewardProject *self)
{
  return steward_record_get_boolean (STEWARD_RECORD (self), properties[PROP_SECURITY_IN_REQUIREMENTS]);
}

const char *
steward_project_get_requirements_ref (StewardProject *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_REQUIREMENTS_REF]);
}

/**
 * steward_project_get_risk_assessed_on:
 *
 * Returns: (transfer none) (nullable): the risk assessed on
 */
GDate *
steward_project_get_risk_assessed_on (StewardProject *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RISK_ASSESSED_ON]);
}

const char *
steward_project_get_risk_result (StewardProject *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_RISK_RESULT]);
}

const char *
steward_project_get_notes (StewardProject *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
