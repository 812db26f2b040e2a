/* steward-scope-version.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-scope-version"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-scope-version.h"

/* A version of the ISMS scope statement (procedure 5.1.1), from a date on,
 * with the decision of the security meeting or the directive of a
 * superior agency that caused it. */
struct _StewardScopeVersion
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardScopeVersion, steward_scope_version, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_VERSION,
  PROP_EFFECTIVE_FROM,
  PROP_STATEMENT,
  PROP_DECISION_KIND,
  PROP_DECISION_REF,
  PROP_DECISION_DATE,
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
steward_scope_version_validate (StewardRecord *record,
                                GPtrArray     *problems)
{
  StewardScopeVersion *self = STEWARD_SCOPE_VERSION (record);


  if (steward_scope_version_get_version (self) <= 0)
    steward_record_add_problem (problems, "version", _("The version is a number from 1 on."));
  if (!date_set (steward_scope_version_get_effective_from (self)))
    steward_record_add_problem (problems, "effective-from", _("Enter the date the scope takes effect."));
  if (is_blank (steward_scope_version_get_statement (self)))
    steward_record_add_problem (problems, "statement", _("Write the scope statement."));
  if (is_blank (steward_scope_version_get_decision_ref (self)))
    steward_record_add_problem (problems, "decision-ref", _("Name the decision or directive that set this scope."));
}

static void
steward_scope_version_class_init (StewardScopeVersionClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_scope_version_validate;

  steward_record_class_set_table (record_class, "scope_version");

  properties[PROP_VERSION] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EFFECTIVE_FROM] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("effective-from", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_STATEMENT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("statement", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("decision-kind", NULL, NULL, STEWARD_TYPE_DECISION_KIND, STEWARD_DECISION_SECURITY_MEETING,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_REF] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("decision-ref", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("decision-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_scope_version_init (StewardScopeVersion *self)
{
}

gint64
steward_scope_version_get_version (StewardScopeVersion *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_VERSION]);
}

/**
 * steward_scope_version_get_effective_from:
 *
 * Returns: (transfer none) (nullable): the effective from
 */
GDate *
steward_scope_version_get_effective_from (StewardScopeVersion *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_EFFECTIVE_FROM]);
}

const char *
steward_scope_version_get_statement (StewardScopeVersion *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_STATEMENT]);
}

StewardDecisionKind
steward_scope_version_get_decision_kind (StewardScopeVersion *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_DECISION_KIND]);
}

const char *
steward_scope_version_get_decision_ref (StewardScopeVersion *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DECISION_REF]);
}

/**
 * steward_scope_version_get_decision_date:
 *
 * Returns: (transfer none) (nullable): the decision date
 */
GDate *
steward_scope_version_get_decision_date (StewardScopeVersion *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_DECISION_DATE]);
}
