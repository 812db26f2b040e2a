/* steward-audit.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-audit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-audit.h"

/* An internal or external audit: when, of what, by whom. Its findings
 * refer to it. */
struct _StewardAudit
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardAudit, steward_audit, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_HELD_ON,
  PROP_SCOPE,
  PROP_AUDITOR,
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
steward_audit_validate (StewardRecord *record,
                        GPtrArray     *problems)
{
  StewardAudit *self = STEWARD_AUDIT (record);


  if (!date_set (steward_audit_get_held_on (self)))
    steward_record_add_problem (problems, "held-on", _("Enter the date of the audit."));
  if (is_blank (steward_audit_get_scope (self)))
    steward_record_add_problem (problems, "scope", _("Enter the scope of the audit."));
}

static void
steward_audit_class_init (StewardAuditClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_audit_validate;

  steward_record_class_set_table (record_class, "audit");

  properties[PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_AUDIT_KIND, STEWARD_AUDIT_INTERNAL,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_HELD_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("held-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SCOPE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("scope", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_AUDITOR] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("auditor", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_audit_init (StewardAudit *self)
{
}

StewardAuditKind
steward_audit_get_kind (StewardAudit *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_KIND]);
}

/**
 * steward_audit_get_held_on:
 *
 * Returns: (transfer none) (nullable): the held on
 */
GDate *
steward_audit_get_held_on (StewardAudit *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_HELD_ON]);
}

const char *
steward_audit_get_scope (StewardAudit *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SCOPE]);
}

const char *
steward_audit_get_auditor (StewardAudit *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_AUDITOR]);
}

const char *
steward_audit_get_notes (StewardAudit *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
