/* steward-register-review.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-register-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-register-review.h"

/* A yearly review of one register (procedure 5.2): who reviewed it, when,
 * and either "no change" or what changed. */
struct _StewardRegisterReview
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardRegisterReview, steward_register_review, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_REVIEWED_ON,
  PROP_REVIEWER,
  PROP_NO_CHANGE,
  PROP_CHANGES,
  PROP_NOTE,
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
steward_register_review_validate (StewardRecord *record,
                                  GPtrArray     *problems)
{
  StewardRegisterReview *self = STEWARD_REGISTER_REVIEW (record);


  if (!date_set (steward_register_review_get_reviewed_on (self)))
    steward_record_add_problem (problems, "reviewed-on", _("Enter the date of the review."));
  if (is_blank (steward_register_review_get_reviewer (self)))
    steward_record_add_problem (problems, "reviewer", _("Enter who reviewed the register."));
  if (!steward_register_review_get_no_change (self) && is_blank (steward_register_review_get_changes (self)))
    steward_record_add_problem (problems, "changes", _("Say what changed, or mark the review as “no change”."));
}

static void
steward_register_review_class_init (StewardRegisterReviewClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_register_review_validate;

  steward_record_class_set_table (record_class, "register_review");

  properties[PROP_REGISTER] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("register", NULL, NULL, STEWARD_TYPE_REGISTER, STEWARD_REGISTER_ISSUES,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REVIEWED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("reviewed-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REVIEWER] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("reviewer", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NO_CHANGE] = steward_record_class_install_column (
    record_class,
    g_param_spec_boolean ("no-change", NULL, NULL, TRUE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CHANGES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("changes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("note", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_register_review_init (StewardRegisterReview *self)
{
}

StewardRegister
steward_register_review_get_register (StewardRegisterReview *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_REGISTER]);
}

/**
 * steward_register_review_get_reviewed_on:
 *
 * Returns: (transfer none) (nullable): the reviewed on
 */
GDate *
steward_register_review_get_reviewed_on (StewardRegisterReview *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_REVIEWED_ON]);
}

const char *
steward_register_review_get_reviewer (StewardRegisterReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_REVIEWER]);
}

gboolean
steward_register_review_get_no_change (StewardRegisterReview *self)
{
  return steward_record_get_boolean (STEWARD_RECORD (self), properties[PROP_NO_CHANGE]);
}

const char *
steward_register_review_get_changes (StewardRegisterReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CHANGES]);
}

const char *
steward_register_review_get_note (StewardRegisterReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTE]);
}
