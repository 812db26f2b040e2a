/* steward-context-issue.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-context-issue"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-context-issue.h"

/* An internal or external issue of the organization's context (procedure
 * 5.1.3): its category, what it is, its effect on the ISMS, where it came
 * from (a decision of the security meeting, a directive of a superior
 * agency, a review) and where it stands. Retired, not deleted, so that the
 * review can tell what changed. */
struct _StewardContextIssue
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardContextIssue, steward_context_issue, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SCOPE,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  PROP_EFFECT,
  PROP_SOURCE,
  PROP_SOURCE_REF,
  PROP_SOURCE_DATE,
  PROP_STATUS,
  PROP_IDENTIFIED_ON,
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
steward_context_issue_validate (StewardRecord *record,
                                GPtrArray     *problems)
{
  StewardContextIssue *self = STEWARD_CONTEXT_ISSUE (record);


  if (is_blank (steward_context_issue_get_description (self)))
    steward_record_add_problem (problems, "description", _("Describe the issue."));
  if (!date_set (steward_context_issue_get_identified_on (self)))
    steward_record_add_problem (problems, "identified-on", _("Enter the date the issue was identified."));
  if ((steward_context_issue_get_scope (self) == STEWARD_SCOPE_EXTERNAL) !=
      steward_issue_category_is_external (steward_context_issue_get_category (self)))
    steward_record_add_problem (problems, "category",
                                steward_context_issue_get_scope (self) == STEWARD_SCOPE_EXTERNAL
                                ? _("Choose a category of external issues.")
                                : _("Choose a category of internal issues."));
}

static void
steward_context_issue_class_init (StewardContextIssueClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_context_issue_validate;

  steward_record_class_set_table (record_class, "context_issue");

  properties[PROP_SCOPE] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("scope", NULL, NULL, STEWARD_TYPE_SCOPE, STEWARD_SCOPE_EXTERNAL,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CATEGORY] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("category", NULL, NULL, STEWARD_TYPE_ISSUE_CATEGORY, STEWARD_ISSUE_NATIONAL,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DESCRIPTION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("description", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EFFECT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("effect", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SOURCE] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("source", NULL, NULL, STEWARD_TYPE_ISSUE_SOURCE, STEWARD_ISSUE_SOURCE_SECURITY_MEETING,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SOURCE_REF] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("source-ref", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SOURCE_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("source-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_STATUS] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("status", NULL, NULL, STEWARD_TYPE_ISSUE_STATUS, STEWARD_ISSUE_STATUS_OPEN,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_IDENTIFIED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("identified-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_context_issue_init (StewardContextIssue *self)
{
}

StewardScope
steward_context_issue_get_scope (StewardContextIssue *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_SCOPE]);
}

StewardIssueCategory
steward_context_issue_get_category (StewardContextIssue *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_CATEGORY]);
}

const char *
steward_context_issue_get_description (StewardContextIssue *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DESCRIPTION]);
}

const char *
steward_context_issue_get_effect (StewardContextIssue *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EFFECT]);
}

StewardIssueSource
steward_context_issue_get_source (StewardContextIssue *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_SOURCE]);
}

const char *
steward_context_issue_get_source_ref (StewardContextIssue *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SOURCE_REF]);
}

/**
 * steward_context_issue_get_source_date:
 *
 * Returns: (transfer none) (nullable): the source date
 */
GDate *
steward_context_issue_get_source_date (StewardContextIssue *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_SOURCE_DATE]);
}

StewardIssueStatus
steward_context_issue_get_status (StewardContextIssue *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_STATUS]);
}

/**
 * steward_context_issue_get_identified_on:
 *
 * Returns: (transfer none) (nullable): the identified on
 */
GDate *
steward_context_issue_get_identified_on (StewardContextIssue *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_IDENTIFIED_ON]);
}

const char *
steward_context_issue_get_notes (StewardContextIssue *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
