/* steward-action-progress.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-action-progress"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-action-progress.h"

/* A dated progress note of a follow-up item. */
struct _StewardActionProgress
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardActionProgress, steward_action_progress, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ACTION_ID,
  PROP_NOTED_ON,
  PROP_NOTE,
  PROP_NOTED_BY,
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
steward_action_progress_validate (StewardRecord *record,
                                  GPtrArray     *problems)
{
  StewardActionProgress *self = STEWARD_ACTION_PROGRESS (record);


  if (steward_action_progress_get_action_id (self) <= 0)
    steward_record_add_problem (problems, "action-id", _("Choose the action."));
  if (!date_set (steward_action_progress_get_noted_on (self)))
    steward_record_add_problem (problems, "noted-on", _("Enter the date of the note."));
  if (is_blank (steward_action_progress_get_note (self)))
    steward_record_add_problem (problems, "note", _("Write down the progress."));
}

static void
steward_action_progress_class_init (StewardActionProgressClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_action_progress_validate;

  steward_record_class_set_table (record_class, "action_progress");

  properties[PROP_ACTION_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("action-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_NOTED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("noted-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("note", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("noted-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_action_progress_init (StewardActionProgress *self)
{
}

gint64
steward_action_progress_get_action_id (StewardActionProgress *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_ACTION_ID]);
}

/**
 * steward_action_progress_get_noted_on:
 *
 * Returns: (transfer none) (nullable): the noted on
 */
GDate *
steward_action_progress_get_noted_on (StewardActionProgress *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_NOTED_ON]);
}

const char *
steward_action_progress_get_note (StewardActionProgress *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTE]);
}

const char *
steward_action_progress_get_noted_by (StewardActionProgress *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTED_BY]);
}
