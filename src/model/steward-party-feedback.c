/* steward-party-feedback.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-party-feedback"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-party-feedback.h"

/* Feedback received from an interested party and the response to it; the
 * management review shows it (5.4.2, item 6). */
struct _StewardPartyFeedback
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardPartyFeedback, steward_party_feedback, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARTY_ID,
  PROP_RECEIVED_ON,
  PROP_CONTENT,
  PROP_RESPONSE,
  PROP_RESPONDED_ON,
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
steward_party_feedback_validate (StewardRecord *record,
                                 GPtrArray     *problems)
{
  StewardPartyFeedback *self = STEWARD_PARTY_FEEDBACK (record);
  GDate *received = steward_party_feedback_get_received_on (self);
  GDate *responded = steward_party_feedback_get_responded_on (self);

  if (steward_party_feedback_get_party_id (self) <= 0)
    steward_record_add_problem (problems, "party-id", _("Choose the interested party."));
  if (!date_set (received))
    steward_record_add_problem (problems, "received-on", _("Enter the date the feedback was received."));
  else if (date_set (responded) && g_date_compare (responded, received) < 0)
    steward_record_add_problem (problems, "responded-on", _("The response cannot come before the feedback."));
  if (is_blank (steward_party_feedback_get_content (self)))
    steward_record_add_problem (problems, "content", _("Write down the feedback."));
}

static void
steward_party_feedback_class_init (StewardPartyFeedbackClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_party_feedback_validate;

  steward_record_class_set_table (record_class, "party_feedback");

  properties[PROP_PARTY_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("party-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_RECEIVED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("received-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CONTENT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("content", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RESPONSE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("response", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_RESPONDED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("responded-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_party_feedback_init (StewardPartyFeedback *self)
{
}

gint64
steward_party_feedback_get_party_id (StewardPartyFeedback *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PARTY_ID]);
}

/**
 * steward_party_feedback_get_received_on:
 *
 * Returns: (transfer none) (nullable): the received on
 */
GDate *
steward_party_feedback_get_received_on (StewardPartyFeedback *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RECEIVED_ON]);
}

const char *
steward_party_feedback_get_content (StewardPartyFeedback *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CONTENT]);
}

const char *
steward_party_feedback_get_response (StewardPartyFeedback *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_RESPONSE]);
}

/**
 * steward_party_feedback_get_responded_on:
 *
 * Returns: (transfer none) (nullable): the responded on
 */
GDate *
steward_party_feedback_get_responded_on (StewardPartyFeedback *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_RESPONDED_ON]);
}
