/* steward-action-item.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-action-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-action-item.h"

/* A follow-up item (跟催, procedure 5.4.3, 5.7): what is to be done, by
 * whom, by when, where it stands, where it came from (its source's kind
 * and record, for a link back), and once done its effectiveness
 * evaluation (成效評估). */
struct _StewardActionItem
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardActionItem, steward_action_item, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_OWNER_ID,
  PROP_CREATED_ON,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_SOURCE_KIND,
  PROP_SOURCE_ID,
  PROP_SOURCE_LABEL,
  PROP_DONE_ON,
  PROP_EFFECTIVENESS,
  PROP_EVALUATED_BY,
  PROP_EVALUATED_ON,
  PROP_EVALUATION_NOTE,
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
steward_action_item_validate (StewardRecord *record,
                              GPtrArray     *problems)
{
  StewardActionItem *self = STEWARD_ACTION_ITEM (record);
  GDate *created = steward_action_item_get_created_on (self);
  GDate *due = steward_action_item_get_due_date (self);

  if (is_blank (steward_action_item_get_title (self)))
    steward_record_add_problem (problems, "title", _("Say what is to be done."));
  if (steward_action_item_get_owner_id (self) <= 0)
    steward_record_add_problem (problems, "owner-id", _("Choose who is responsible for the action."));
  if (!date_set (created))
    steward_record_add_problem (problems, "created-on", _("Enter the date the action was decided."));
  if (!date_set (due))
    steward_record_add_problem (problems, "due-date", _("Enter the due date."));
  else if (date_set (created) && g_date_compare (due, created) < 0)
    steward_record_add_problem (problems, "due-date", _("The due date cannot be before the action was decided."));
  if (steward_action_item_get_status (self) == STEWARD_ACTION_DONE &&
      !date_set (steward_action_item_get_done_on (self)))
    steward_record_add_problem (problems, "done-on", _("Enter the date the action was done."));
  if (steward_action_item_get_effectiveness (self) != STEWARD_EFFECTIVENESS_NOT_EVALUATED &&
      (is_blank (steward_action_item_get_evaluated_by (self)) || !date_set (steward_action_item_get_evaluated_on (self))))
    steward_record_add_problem (problems, "evaluated-by", _("Say who evaluated the effectiveness, and when."));
}

static void
steward_action_item_class_init (StewardActionItemClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_action_item_validate;

  steward_record_class_set_table (record_class, "action_item");

  properties[PROP_TITLE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("title", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_OWNER_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_CREATED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("created-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DUE_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("due-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_STATUS] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("status", NULL, NULL, STEWARD_TYPE_ACTION_STATUS, STEWARD_ACTION_OPEN,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SOURCE_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("source-kind", NULL, NULL, STEWARD_TYPE_ACTION_SOURCE, STEWARD_ACTION_SOURCE_OTHER,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SOURCE_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("source-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_SOURCE_LABEL] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("source-label", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DONE_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("done-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EFFECTIVENESS] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("effectiveness", NULL, NULL, STEWARD_TYPE_EFFECTIVENESS, STEWARD_EFFECTIVENESS_NOT_EVALUATED,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EVALUATED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("evaluated-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EVALUATED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("evaluated-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EVALUATION_NOTE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("evaluation-note", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_action_item_init (StewardActionItem *self)
{
}

const char *
steward_action_item_get_title (StewardActionItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TITLE]);
}

gint64
steward_action_item_get_owner_id (StewardActionItem *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OWNER_ID]);
}

/**
 * steward_action_item_get_created_on:
 *
 * Returns: (transfer none) (nullable): the created on
 */
GDate *
steward_action_item_get_created_on (StewardActionItem *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_CREATED_ON]);
}

/**
 * steward_action_item_get_due_date:
 *
 * Returns: (transfer none) (nullable): the due date
 */
GDate *
steward_action_item_get_due_date (StewardActionItem *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_DUE_DATE]);
}

StewardActionStatus
steward_action_item_get_status (StewardActionItem *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_STATUS]);
}

StewardActionSource
steward_action_item_get_source_kind (StewardActionItem *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_SOURCE_KIND]);
}

gint64
steward_action_item_get_source_id (StewardActionItem *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_SOURCE_ID]);
}

const char *
steward_action_item_get_source_label (StewardActionItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SOURCE_LABEL]);
}

/**
 * steward_action_item_get_done_on:
 *
 * Returns: (transfer none) (nullable): the done on
 */
GDate *
steward_action_item_get_done_on (StewardActionItem *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_DONE_ON]);
}

StewardEffectiveness
steward_action_item_get_effectiveness (StewardActionItem *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_EFFECTIVENESS]);
}

const char *
steward_action_item_get_evaluated_by (StewardActionItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EVALUATED_BY]);
}

/**
 * steward_action_item_get_evaluated_on:
 *
 * Returns: (transfer none) (nullable): the evaluated on
 */
GDate *
steward_action_item_get_evaluated_on (StewardActionItem *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_EVALUATED_ON]);
}

const char *
steward_action_item_get_evaluation_note (StewardActionItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EVALUATION_NOTE]);
}

const char *
steward_action_item_get_notes (StewardActionItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
