/* steward-project-review.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-project-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-project-review.h"

/* A security review during a project's execution (5.8). */
struct _StewardProjectReview
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardProjectReview, steward_project_review, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PROJECT_ID,
  PROP_REVIEWED_ON,
  PROP_FINDINGS,
  PROP_ACTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static void
steward_project_review_validate (StewardRecord *record,
                                 GPtrArray     *problems)
{
  StewardProjectReview *self = STEWARD_PROJECT_REVIEW (record);


  if (steward_project_review_get_project_id (self) <= 0)
    steward_record_add_problem (problems, "project-id", _("Choose the project."));
  if (!date_set (steward_project_review_get_reviewed_on (self)))
    steward_record_add_problem (problems, "reviewed-on", _("Enter the date of the review."));
}

static void
steward_project_review_class_init (StewardProjectReviewClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_project_review_validate;

  steward_record_class_set_table (record_class, "project_review");

  properties[PROP_PROJECT_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("project-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_REVIEWED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("reviewed-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_FINDINGS] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("findings", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ACTIONS] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("actions", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_project_review_init (StewardProjectReview *self)
{
}

gint64
steward_project_review_get_project_id (StewardProjectReview *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_PROJECT_ID]);
}

/**
 * steward_project_review_get_reviewed_on:
 *
 * Returns: (transfer none) (nullable): the reviewed on
 */
GDate *
steward_project_review_get_reviewed_on (StewardProjectReview *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_REVIEWED_ON]);
}

const char *
steward_project_review_get_findings (StewardProjectReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_FINDINGS]);
}

const char *
steward_project_review_get_actions (StewardProjectReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ACTIONS]);
}
