/* steward-review-attendee.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-attendee"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-review-attendee.h"

/* A member invited to a management review, from the roster, with the role
 * written on the minutes and whether they came: present, absent, on
 * leave, or represented by someone named. */
struct _StewardReviewAttendee
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardReviewAttendee, steward_review_attendee, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_PERSON_ID,
  PROP_POSITION,
  PROP_ROLE_LABEL,
  PROP_ATTENDANCE,
  PROP_REPRESENTED_BY,
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
steward_review_attendee_validate (StewardRecord *record,
                                  GPtrArray     *problems)
{
  StewardReviewAttendee *self = STEWARD_REVIEW_ATTENDEE (record);


  if (steward_review_attendee_get_person_id (self) <= 0)
    steward_record_add_problem (problems, "person-id", _("Choose the attendee from the roster."));
  if (steward_review_attendee_get_attendance (self) == STEWARD_ATTENDANCE_REPRESENTED &&
      is_blank (steward_review_attendee_get_represented_by (self)))
    steward_record_add_problem (problems, "represented-by", _("Enter who represented the member."));
}

static void
steward_review_attendee_class_init (StewardReviewAttendeeClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_review_attendee_validate;

  steward_record_class_set_table (record_class, "review_attendee");

  properties[PROP_REVIEW_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("review-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_PERSON_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_POSITION] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ROLE_LABEL] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("role-label", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ATTENDANCE] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("attendance", NULL, NULL, STEWARD_TYPE_ATTENDANCE, STEWARD_ATTENDANCE_PRESENT,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REPRESENTED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("represented-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_review_attendee_init (StewardReviewAttendee *self)
{
}

gint64
steward_review_attendee_get_review_id (StewardReviewAttendee *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_REVIEW_ID]);
}

gint64
steward_review_attendee_get_person_id (StewardReviewAttendee *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PERSON_ID]);
}

int
steward_review_attendee_get_position (StewardReviewAttendee *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_POSITION]);
}

const char *
steward_review_attendee_get_role_label (StewardReviewAttendee *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ROLE_LABEL]);
}

StewardAttendance
steward_review_attendee_get_attendance (StewardReviewAttendee *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_ATTENDANCE]);
}

const char *
steward_review_attendee_get_represented_by (StewardReviewAttendee *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_REPRESENTED_BY]);
}
