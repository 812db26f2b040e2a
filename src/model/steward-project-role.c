/* steward-project-role.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-project-role"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-project-role.h"

/* Who has which information security role in a project (5.8). */
struct _StewardProjectRole
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardProjectRole, steward_project_role, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PROJECT_ID,
  PROP_PERSON_ID,
  PROP_ROLE,
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
steward_project_role_validate (StewardRecord *record,
                               GPtrArray     *problems)
{
  StewardProjectRole *self = STEWARD_PROJECT_ROLE (record);


  if (steward_project_role_get_project_id (self) <= 0)
    steward_record_add_problem (problems, "project-id", _("Choose the project."));
  if (steward_project_role_get_person_id (self) <= 0)
    steward_record_add_problem (problems, "person-id", _("Choose the person."));
  if (is_blank (steward_project_role_get_role (self)))
    steward_record_add_problem (problems, "role", _("Enter the role."));
}

static void
steward_project_role_class_init (StewardProjectRoleClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_project_role_validate;

  steward_record_class_set_table (record_class, "project_role");

  properties[PROP_PROJECT_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("project-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_PERSON_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_ROLE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("role", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_project_role_init (StewardProjectRole *self)
{
}

gint64
steward_project_role_get_project_id (StewardProjectRole *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PROJECT_ID]);
}

gint64
steward_project_role_get_person_id (StewardProjectRole *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PERSON_ID]);
}

const char *
steward_project_role_get_role (StewardProjectRole *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ROLE]);
}
