/* steward-communication.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-communication"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-communication.h"

/* A communication (procedure 5.7): internal, across units, external, with
 * the media, or an announcement; its channel, parties, subject and
 * outcome, the officer in charge, the follow-up, and the effectiveness
 * evaluation by the chair or the officer. A media statement is released
 * only after the deputy director's approval (5.7.3). */
struct _StewardCommunication
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardCommunication, steward_communication, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_OCCURRED_ON,
  PROP_CHANNEL,
  PROP_PARTIES,
  PROP_SUBJECT,
  PROP_OUTCOME,
  PROP_FOLLOW_UP_NEEDED,
  PROP_OFFICER_ID,
  PROP_EFFECTIVENESS,
  PROP_EVALUATED_BY,
  PROP_EVALUATED_ON,
  PROP_EVALUATION_NOTE,
  PROP_APPROVED_BY,
  PROP_APPROVED_ON,
  PROP_RELEASED_ON,
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
steward_communication_validate (StewardRecord *record,
                                GPtrArray     *problems)
{
  StewardCommunication *self = STEWARD_COMMUNICATION (record);
  GDate *approved = steward_communication_get_approved_on (self);
  GDate *released = steward_communication_get_released_on (self);

  if (!date_set (steward_communication_get_occurred_on (self)))
    steward_record_add_problem (problems, "occurred-on", _("Enter the date of the communication."));
  if (is_blank (steward_communication_get_subject (self)))
    steward_record_add_problem (problems, "subject", _("Enter the subject."));
  if (steward_communication_get_kind (self) == STEWARD_COMMUNICATION_MEDIA && date_set (released))
    {
      if (!date_set (approved) || is_blank (steward_communication_get_approved_by (self)))
        steward_record_add_problem (problems, "released-on",
                                    _("A media statement is released only after the deputy director’s approval (5.7.3): record the approval first."));
      else if (g_date_compare (released, approved) < 0)
        steward_record_add_problem (problems, "released-on", _("The statement cannot be released before it was approved."));
    }
}

static void
steward_communication_class_init (StewardCommunicationClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_communication_validate;

  steward_record_class_set_table (record_class, "communication");

  properties[PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_COMMUNICATION_KIND, STEWARD_COMMUNICATION_INTERNAL,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_OCCURRED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("occurred-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CHANNEL] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("channel", NULL, NULL, STEWARD_TYPE_CHANNEL, STEWARD_CHANNEL_MEETING,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PARTIES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("parties", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SUBJECT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("subject", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_OUTCOME] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("outcome", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_FOLLOW_UP_NEEDED] = steward_record_class_install_column (
    record_class,
    g_param_spec_boolean ("follow-up-needed", NULL, NULL, FALSE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_OFFICER_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("officer-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
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
  properties[PROP_APPROVED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("approved-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_APPROVED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("approved-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RELEASED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("released-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_communication_init (StewardCommunication *self)
{
}

StewardCommunicationKind
steward_communication_get_kind (StewardCommunication *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_KIND]);
}

/**
 * steward_communication_get_occurred_on:
 *
 * Returns: (transfer none) (nullable): the occurred on
 */
GDate *
steward_communication_get_occurred_on (StewardCommunication *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_OCCURRED_ON]);
}

StewardChannel
steward_communication_get_channel (StewardCommunication *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_CHANNEL]);
}

const char *
steward_communication_get_parties (StewardCommunication *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_PARTIES]);
}

const char *
steward_communication_get_subject (StewardCommunication *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SUBJECT]);
}

const char *
steward_communication_get_outcome (StewardCommunication *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_OUTCOME]);
}

gboolean
steward_communication_get_follow_up_needed (StewardCommunication *self)
{
  return steward_record_get_boolean (STEWARD_RECORD (self), properties[PROP_FOLLOW_UP_NEEDED]);
}

gint64
steward_communication_get_officer_id (StewardCommunication *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_OFFICER_ID]);
}

StewardEffectiveness
steward_communication_get_effectiveness (StewardCommunication *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_EFFECTIVENESS]);
}

const char *
steward_communication_get_evaluated_by (StewardCommunication *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EVALUATED_BY]);
}

/**
 * steward_communication_get_evaluated_on:
 *
 * Returns: (transfer none) (nullable): the evaluated on
 */
GDate *
steward_communication_get_evaluated_on (StewardCommunication *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_EVALUATED_ON]);
}

const char *
steward_communication_get_evaluation_note (StewardCommunication *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EVALUATION_NOTE]);
}

const char *
steward_communication_get_approved_by (StewardCommunication *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_APPROVED_BY]);
}

/**
 * steward_communication_get_approved_on:
 *
 * Returns: (transfer none) (nullable): the approved on
 */
GDate *
steward_communication_get_approved_on (StewardCommunication *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_APPROVED_ON]);
}

/**
 * steward_communication_get_released_on:
 *
 * Returns: (transfer none) (nullable): the released on
 */
GDate *
steward_communication_get_released_on (StewardCommunication *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RELEASED_ON]);
}
