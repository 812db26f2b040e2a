/* steward-body.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-body"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-body.h"

/* A body of the information security organization (procedure 5.3): the
 * committee, the CISO, a team. Its duties are StewardDuty records. */
struct _StewardBody
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardBody, steward_body, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_NAME,
  PROP_PARENT_ID,
  PROP_APPOINTED_BY,
  PROP_POSITION,
  PROP_DESCRIPTION,
  PROP_RETIRED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_body_validate (StewardRecord *record,
                       GPtrArray     *problems)
{
  StewardBody *self = STEWARD_BODY (record);
  const char *name = steward_body_get_name (self);
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (trimmed[0] == '\0')
    steward_record_add_problem (problems, "name", _("Enter the name of the body."));

  if (steward_body_get_parent_id (self) != 0 &&
      steward_body_get_parent_id (self) == steward_record_get_id (record))
    steward_record_add_problem (problems, "parent-id", _("A body cannot be its own parent."));
}

static void
steward_body_class_init (StewardBodyClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_body_validate;

  steward_record_class_set_table (record_class, "body");

  properties[PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_BODY_KIND, STEWARD_BODY_OTHER,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NAME] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("name", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PARENT_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_APPOINTED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("appointed-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_POSITION] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DESCRIPTION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("description", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RETIRED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("retired-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_body_init (StewardBody *self)
{
}

StewardBody *
steward_body_new (StewardBodyKind  kind,
                  const char      *name)
{
  return g_object_new (STEWARD_TYPE_BODY, "kind", kind, "name", name, NULL);
}

StewardBodyKind
steward_body_get_kind (StewardBody *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_KIND]);
}

const char *
steward_body_get_name (StewardBody *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NAME]);
}

gint64
steward_body_get_parent_id (StewardBody *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PARENT_ID]);
}

const char *
steward_body_get_appointed_by (StewardBody *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_APPOINTED_BY]);
}

int
steward_body_get_position (StewardBody *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_POSITION]);
}

const char *
steward_body_get_description (StewardBody *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DESCRIPTION]);
}

/**
 * steward_body_get_retired_on:
 *
 * Returns: (transfer none) (nullable): when the body was retired; a retired
 *   body stays in the history
 */
GDate *
steward_body_get_retired_on (StewardBody *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RETIRED_ON]);
}
