/* steward-meeting.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-meeting.h"

/* A meeting across units (procedure 5.7.1.2): its notice (topic, time,
 * place, attendees) and its record (the decisions; the actions are
 * follow-up items with this meeting as their source). */
struct _StewardMeeting
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardMeeting, steward_meeting, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_COMMUNICATION_ID,
  PROP_TOPIC,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_PLACE,
  PROP_ATTENDEES,
  PROP_DECISIONS,
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
steward_meeting_validate (StewardRecord *record,
                          GPtrArray     *problems)
{
  StewardMeeting *self = STEWARD_MEETING (record);
  GDateTime *starts = steward_meeting_get_starts_at (self);
  GDateTime *ends = steward_meeting_get_ends_at (self);

  if (is_blank (steward_meeting_get_topic (self)))
    steward_record_add_problem (problems, "topic", _("Enter the topic of the meeting."));
  if (starts == NULL)
    steward_record_add_problem (problems, "starts-at", _("Enter when the meeting starts."));
  else if (ends != NULL && g_date_time_compare (ends, starts) < 0)
    steward_record_add_problem (problems, "ends-at", _("The meeting cannot end before it starts."));
}

static void
steward_meeting_class_init (StewardMeetingClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_meeting_validate;

  steward_record_class_set_table (record_class, "meeting");

  properties[PROP_COMMUNICATION_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("communication-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_TOPIC] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("topic", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_STARTS_AT] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ENDS_AT] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("ends-at", NULL, NULL, G_TYPE_DATE_TIME, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PLACE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("place", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ATTENDEES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("attendees", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISIONS] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("decisions", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_meeting_init (StewardMeeting *self)
{
}

gint64
steward_meeting_get_communication_id (StewardMeeting *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_COMMUNICATION_ID]);
}

const char *
steward_meeting_get_topic (StewardMeeting *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TOPIC]);
}

/**
 * steward_meeting_get_starts_at:
 *
 * Returns: (transfer none) (nullable): the starts at
 */
GDateTime *
steward_meeting_get_starts_at (StewardMeeting *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_STARTS_AT]);
}

/**
 * steward_meeting_get_ends_at:
 *
 * Returns: (transfer none) (nullable): the ends at
 */
GDateTime *
steward_meeting_get_ends_at (StewardMeeting *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_ENDS_AT]);
}

const char *
steward_meeting_get_place (StewardMeeting *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_PLACE]);
}

const char *
steward_meeting_get_attendees (StewardMeeting *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ATTENDEES]);
}

const char *
steward_meeting_get_decisions (StewardMeeting *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DECISIONS]);
}
