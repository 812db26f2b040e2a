/* steward-membership.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-membership"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-membership.h"

/* A person in a body with a role, from a start date to an end date (none:
 * still in office), and the decision that appointed them. Memberships are
 * ended, not deleted, so who held which role when stays known. */
struct _StewardMembership
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardMembership, steward_membership, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_BODY_ID,
  PROP_ROLE,
  PROP_PROCESS_NAME,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_DECISION_REF,
  PROP_DECISION_DATE,
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
steward_membership_validate (StewardRecord *record,
                             GPtrArray     *problems)
{
  StewardMembership *self = STEWARD_MEMBERSHIP (record);
  GDate *start = steward_membership_get_start_date (self);
  GDate *end = steward_membership_get_end_date (self);

  if (steward_membership_get_person_id (self) <= 0)
    steward_record_add_problem (problems, "person-id", _("Choose the person."));

  if (steward_membership_get_body_id (self) <= 0)
    steward_record_add_problem (problems, "body-id", _("Choose the body."));

  if (start == NULL || !g_date_valid (start))
    steward_record_add_problem (problems, "start-date", _("Enter the date the role starts."));
  else if (end != NULL && g_date_valid (end) && g_date_compare (end, start) < 0)
    steward_record_add_problem (problems, "end-date", _("The role cannot end before it starts."));

  if (steward_membership_get_role (self) == STEWARD_ROLE_PROCESS_OWNER &&
      is_blank (steward_membership_get_process_name (self)))
    steward_record_add_problem (problems, "process-name",
                                _("Name the key business process this person owns."));
}

static void
steward_membership_class_init (StewardMembershipClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_membership_validate;

  steward_record_class_set_table (record_class, "membership");

  properties[PROP_PERSON_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_BODY_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_ROLE] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("role", NULL, NULL, STEWARD_TYPE_ROLE, STEWARD_ROLE_MEMBER,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PROCESS_NAME] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("process-name", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_START_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_END_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("end-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_REF] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("decision-ref", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DECISION_DATE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("decision-date", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_membership_init (StewardMembership *self)
{
}

StewardMembership *
steward_membership_new (gint64       person_id,
                        gint64       body_id,
                        StewardRole  role,
                        const GDate *start_date)
{
  return g_object_new (STEWARD_TYPE_MEMBERSHIP,
                       "person-id", person_id,
                       "body-id", body_id,
                       "role", role,
                       "start-date", start_date,
                       NULL);
}

gint64
steward_membership_get_person_id (StewardMembership *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PERSON_ID]);
}

gint64
steward_membership_get_body_id (StewardMembership *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_BODY_ID]);
}

StewardRole
steward_membership_get_role (StewardMembership *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_ROLE]);
}

const char *
steward_membership_get_process_name (StewardMembership *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_PROCESS_NAME]);
}

/**
 * steward_membership_get_start_date:
 *
 * Returns: (transfer none) (nullable): the first day in the role
 */
GDate *
steward_membership_get_start_date (StewardMembership *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_START_DATE]);
}

/**
 * steward_membership_get_end_date:
 *
 * Returns: (transfer none) (nullable): the last day in the role; %NULL while
 *   in office
 */
GDate *
steward_membership_get_end_date (StewardMembership *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_END_DATE]);
}

const char *
steward_membership_get_decision_ref (StewardMembership *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DECISION_REF]);
}

/**
 * steward_membership_get_decision_date:
 *
 * Returns: (transfer none) (nullable): the date of the appointing decision
 */
GDate *
steward_membership_get_decision_date (StewardMembership *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_DECISION_DATE]);
}

const char *
steward_membership_get_notes (StewardMembership *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/**
 * steward_membership_is_active_on:
 *
 * Returns: whether the person held the role on @date (both ends included)
 */
gboolean
steward_membership_is_active_on (StewardMembership *self,
                                 const GDate       *date)
{
  GDate *start = steward_membership_get_start_date (self);
  GDate *end = steward_membership_get_end_date (self);

  g_return_val_if_fail (STEWARD_IS_MEMBERSHIP (self), FALSE);
  g_return_val_if_fail (date_set (date), FALSE);

  return date_set (start) && g_date_compare (start, date) <= 0 &&
         (!date_set (end) || g_date_compare (date, end) <= 0);
}

/**
 * steward_membership_overlaps:
 *
 * Returns: whether the two periods share at least one day
 */
gboolean
steward_membership_overlaps (StewardMembership *self,
                             StewardMembership *other)
{
  GDate *start_a = steward_membership_get_start_date (self);
  GDate *end_a = steward_membership_get_end_date (self);
  GDate *start_b = steward_membership_get_start_date (other);
  GDate *end_b = steward_membership_get_end_date (other);

  if (!date_set (start_a) || !date_set (start_b))
    return FALSE;

  return (!date_set (end_b) || g_date_compare (start_a, end_b) <= 0) &&
         (!date_set (end_a) || g_date_compare (start_b, end_a) <= 0);
}
