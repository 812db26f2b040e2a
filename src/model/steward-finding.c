/* steward-finding.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-finding"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-finding.h"

/* A nonconformity or an observation (不符合事項) and its corrective action
 * (矯正措施): where it was raised, the clause or control, its grading,
 * root cause, correction, corrective action with owner and due date, the
 * verification of its effectiveness, and its closure, which needs the
 * verification. */
struct _StewardFinding
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardFinding, steward_finding, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_AUDIT_ID,
  PROP_CLAUSE,
  PROP_DESCRIPTION,
  PROP_GRADING,
  PROP_RAISED_ON,
  PROP_ROOT_CAUSE,
  PROP_CORRECTION,
  PROP_CORRECTIVE_ACTION,
  PROP_OWNER_ID,
  PROP_DUE_DATE,
  PROP_VERIFIED_BY,
  PROP_VERIFIED_ON,
  PROP_VERIFICATION_NOTE,
  PROP_EFFECTIVENESS,
  PROP_CLOSED_ON,
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
steward_finding_validate (StewardRecord *record,
                          GPtrArray     *problems)
{
  StewardFinding *self = STEWARD_FINDING (record);
  GDate *raised = steward_finding_get_raised_on (self);
  GDate *due = steward_finding_get_due_date (self);
  GDate *closed = steward_finding_get_closed_on (self);

  if (is_blank (steward_finding_get_description (self)))
    steward_record_add_problem (problems, "description", _("Describe the finding."));
  if (!date_set (raised))
    steward_record_add_problem (problems, "raised-on", _("Enter the date the finding was raised."));
  else if (date_set (due) && g_date_compare (due, raised) < 0)
    steward_record_add_problem (problems, "due-date", _("The due date cannot be before the finding was raised."));
  if (date_set (closed))
    {
      if (!date_set (steward_finding_get_verified_on (self)) || is_blank (steward_finding_get_verified_by (self)))
        steward_record_add_problem (problems, "closed-on",
                                    _("A finding is closed only after the corrective action was verified: record who verified it and when."));
      else if (steward_finding_get_effectiveness (self) != STEWARD_EFFECTIVENESS_EFFECTIVE)
        steward_record_add_problem (problems, "closed-on",
                                    _("A finding is closed only when its corrective action was found effective."));
      else if (date_set (raised) && g_date_compare (closed, raised) < 0)
        steward_record_add_problem (problems, "closed-on", _("A finding cannot be closed before it was raised."));
    }
}

static void
steward_finding_class_init (StewardFindingClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_finding_validate;

  steward_record_class_set_table (record_class, "finding");

  properties[PROP_SOURCE] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("source", NULL, NULL, STEWARD_TYPE_FINDING_SOURCE, STEWARD_FINDING_SOURCE_INTERNAL_AUDIT,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_AUDIT_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("audit-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_CLAUSE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("clause", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DESCRIPTION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("description", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_GRADING] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("grading", NULL, NULL, STEWARD_TYPE_GRADING, STEWARD_GRADING_MINOR,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RAISED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("raised-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ROOT_CAUSE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("root-cause", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CORRECTION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("correction", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CORRECTIVE_ACTION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("corrective-action", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_OWNER_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_DUE_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("due-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_VERIFIED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("verified-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_VERIFIED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("verified-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_VERIFICATION_NOTE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("verification-note", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EFFECTIVENESS] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("effectiveness", NULL, NULL, STEWARD_TYPE_EFFECTIVENESS, STEWARD_EFFECTIVENESS_NOT_EVALUATED,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CLOSED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("closed-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_finding_init (StewardFinding *self)
{
}

StewardFindingSource
steward_finding_get_source (StewardFinding *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_SOURCE]);
}

gint64
steward_finding_get_audit_id (StewardFinding *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_AUDIT_ID]);
}

const char *
steward_finding_get_clause (StewardFinding *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CLAUSE]);
}

const char *
steward_finding_get_description (StewardFinding *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DESCRIPTION]);
}

StewardGrading
steward_finding_get_grading (StewardFinding *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_GRADING]);
}

/**
 * steward_finding_get_raised_on:
 *
 * Returns: (transfer none) (nullable): the raised on
 */
GDate *
steward_finding_get_raised_on (StewardFinding *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RAISED_ON]);
}

const char *
steward_finding_get_root_cause (StewardFinding *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ROOT_CAUSE]);
}

const char *
steward_finding_get_correction (StewardFinding *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CORRECTION]);
}

const char *
steward_finding_get_corrective_action (StewardFinding *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CORRECTIVE_ACTION]);
}

gint64
steward_finding_get_owner_id (StewardFinding *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OWNER_ID]);
}

/**
 * steward_finding_get_due_date:
 *
 * Returns: (transfer none) (nullable): the due date
 */
GDate *
steward_finding_get_due_date (StewardFinding *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_DUE_DATE]);
}

const char *
steward_finding_get_verified_by (StewardFinding *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_VERIFIED_BY]);
}

/**
 * steward_finding_get_verified_on:
 *
 * Returns: (transfer none) (nullable): the verified on
 */
GDate *
steward_finding_get_verified_on (StewardFinding *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_VERIFIED_ON]);
}

const char *
steward_finding_get_verification_note (StewardFinding *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_VERIFICATION_NOTE]);
}

StewardEffectiveness
steward_finding_get_effectiveness (StewardFinding *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_EFFECTIVENESS]);
}

/**
 * steward_finding_get_closed_on:
 *
 * Returns: (transfer none) (nullable): the closed on
 */
GDate *
steward_finding_get_closed_on (StewardFinding *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_CLOSED_ON]);
}
