/* steward-org-change.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-org-change"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-org-change.h"

/* A major organizational change or a new business line (procedure 5.2):
 * from its date on, every register is due for review. */
struct _StewardOrgChange
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardOrgChange, steward_org_change, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OCCURRED_ON,
  PROP_KIND,
  PROP_DESCRIPTION,
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
steward_org_change_validate (StewardRecord *record,
                             GPtrArray     *problems)
{
  StewardOrgChange *self = STEWARD_ORG_CHANGE (record);


  if (!date_set (steward_org_change_get_occurred_on (self)))
    steward_record_add_problem (problems, "occurred-on", _("Enter the date of the change."));
  if (is_blank (steward_org_change_get_description (self)))
    steward_record_add_problem (problems, "description", _("Describe the change."));
}

static void
steward_org_change_class_init (StewardOrgChangeClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_org_change_validate;

  steward_record_class_set_table (record_class, "org_change");

  properties[PROP_OCCURRED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("occurred-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_CHANGE_KIND, STEWARD_CHANGE_ORGANIZATIONAL_CHANGE,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DESCRIPTION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("description", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_org_change_init (StewardOrgChange *self)
{
}

/**
 * steward_org_change_get_occurred_on:
 *
 * Returns: (transfer none) (nullable): the occurred on
 */
GDate *
steward_org_change_get_occurred_on (StewardOrgChange *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_OCCURRED_ON]);
}

StewardChangeKind
steward_org_change_get_kind (StewardOrgChange *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_KIND]);
}

const char *
steward_org_change_get_description (StewardOrgChange *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DESCRIPTION]);
}
