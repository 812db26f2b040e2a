/* steward-party.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-party"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-party.h"

/* An interested party (procedure 5.1.2): who it is, internal or external,
 * and its kind. Its requirements and its feedback are records of their
 * own. */
struct _StewardParty
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardParty, steward_party, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SCOPE,
  PROP_KIND,
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

static void
steward_party_validate (StewardRecord *record,
                        GPtrArray     *problems)
{
  StewardParty *self = STEWARD_PARTY (record);


  if (is_blank (steward_party_get_name (self)))
    steward_record_add_problem (problems, "name", _("Enter the name of the interested party."));
}

static void
steward_party_class_init (StewardPartyClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_party_validate;

  steward_record_class_set_table (record_class, "party");

  properties[PROP_NAME] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("name", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SCOPE] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("scope", NULL, NULL, STEWARD_TYPE_SCOPE, STEWARD_SCOPE_EXTERNAL,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_PARTY_KIND, STEWARD_PARTY_SUPERIOR_AGENCY,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_party_init (StewardParty *self)
{
}

const char *
steward_party_get_name (StewardParty *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NAME]);
}

StewardScope
steward_party_get_scope (StewardParty *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_SCOPE]);
}

StewardPartyKind
steward_party_get_kind (StewardParty *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_KIND]);
}

const char *
steward_party_get_notes (StewardParty *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
