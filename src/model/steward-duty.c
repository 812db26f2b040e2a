/* steward-duty.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-duty"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-duty.h"

/* One duty of a body, in its order, with the clause of the procedure it
 * comes from (5.3.2.1 and so on). */
struct _StewardDuty
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardDuty, steward_duty, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_BODY_ID,
  PROP_POSITION,
  PROP_CLAUSE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_duty_validate (StewardRecord *record,
                       GPtrArray     *problems)
{
  StewardDuty *self = STEWARD_DUTY (record);
  const char *text = steward_duty_get_text (self);
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  if (trimmed[0] == '\0')
    steward_record_add_problem (problems, "text", _("Describe the duty."));

  if (steward_duty_get_body_id (self) <= 0)
    steward_record_add_problem (problems, "body-id", _("Choose the body this duty belongs to."));
}

static void
steward_duty_class_init (StewardDutyClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_duty_validate;

  steward_record_class_set_table (record_class, "duty");

  properties[PROP_BODY_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_POSITION] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CLAUSE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("clause", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_TEXT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("text", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_duty_init (StewardDuty *self)
{
}

StewardDuty *
steward_duty_new (gint64      body_id,
                  int         position,
                  const char *clause,
                  const char *text)
{
  return g_object_new (STEWARD_TYPE_DUTY,
                       "body-id", body_id,
                       "position", position,
                       "clause", clause,
                       "text", text,
                       NULL);
}

gint64
steward_duty_get_body_id (StewardDuty *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_BODY_ID]);
}

int
steward_duty_get_position (StewardDuty *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_POSITION]);
}

const char *
steward_duty_get_clause (StewardDuty *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CLAUSE]);
}

const char *
steward_duty_get_text (StewardDuty *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TEXT]);
}
