/* steward-party-requirement.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-party-requirement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-party-requirement.h"

/* A requirement, expectation or need of an interested party, how the
 * organization addresses it, and the decision it came from (5.1.2). A
 * requirement that no longer holds is retired on a date. */
struct _StewardPartyRequirement
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardPartyRequirement, steward_party_requirement, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTY_ID,
  PROP_KIND,
  PROP_TEXT,
  PROP_ADDRESSED_BY,
  PROP_DECISION_REF,
  PROP_DECISION_DATE,
  PROP_RETIRED_ON,
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
steward_party_requirement_validate (StewardRecord *record,
                                    GPtrArray     *problems)
{
  StewardPartyRequirement *self = STEWARD_PARTY_REQUIREMENT (record);


  if (steward_party_requirement_get_party_id (self) <= 0)
    steward_record_add_problem (problems, "party-id", _("Choose the interested party."));
  if (is_blank (steward_party_requirement_get_text (self)))
    steward_record_add_problem (problems, "text", _("Write down what the party requires, expects or needs."));
}

static void
steward_party_requirement_class_init (StewardPartyRequirementClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_party_requirement_validate;

  steward_record_class_set_table (record_class, "party_requirement");

  properties[PROP_PARTY_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("party-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_REQUIREMENT_KIND, STEWARD_REQUIREMENT_REQUIREMENT,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_TEXT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("text", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ADDRESSED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("addressed-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_REF] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("decision-ref", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("decision-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RETIRED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("retired-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_party_requirement_init (StewardPartyRequirement *self)
{
}

gint64
steward_party_requirement_get_party_id (StewardPartyRequirement *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PARTY_ID]);
}

StewardRequirementKind
steward_party_requirement_get_kind (StewardPartyRequirement *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_KIND]);
}

const char *
steward_party_requirement_get_text (StewardPartyRequirement *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TEXT]);
}

const char *
steward_party_requirement_get_addressed_by (StewardPartyRequirement *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ADDRESSED_BY]);
}

const char *
steward_party_requirement_get_decision_ref (StewardPartyRequirement *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DECISION_REF]);
}

/**
 * steward_party_requirement_get_decision_date:
 *
 * Returns: (transfer none) (nullable): the decision date
 */
GDate *
steward_party_requirement_get_decision_date (StewardPartyRequirement *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_DECISION_DATE]);
}

/**
 * steward_party_requirement_get_retired_on:
 *
 * Returns: (transfer none) (nullable): the retired on
 */
GDate *
steward_party_requirement_get_retired_on (StewardPartyRequirement *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RETIRED_ON]);
}
