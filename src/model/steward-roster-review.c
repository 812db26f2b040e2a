/* steward-roster-review.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-roster-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-roster-review.h"

/* The yearly review of the roster by the document controller (5.3.7):
 * who, when, a note, and the roster as it stood, kept as JSON. */
struct _StewardRosterReview
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardRosterReview, steward_roster_review, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEWED_ON,
  PROP_REVIEWER,
  PROP_NOTE,
  PROP_SNAPSHOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_roster_review_validate (StewardRecord *record,
                                GPtrArray     *problems)
{
  StewardRosterReview *self = STEWARD_ROSTER_REVIEW (record);
  GDate *date = steward_roster_review_get_reviewed_on (self);
  const char *reviewer = steward_roster_review_get_reviewer (self);
  g_autofree char *trimmed = g_strstrip (g_strdup (reviewer ? reviewer : ""));

  if (date == NULL || !g_date_valid (date))
    steward_record_add_problem (problems, "reviewed-on", _("Enter the date of the review."));

  if (trimmed[0] == '\0')
    steward_record_add_problem (problems, "reviewer", _("Enter who reviewed the roster."));
}

static void
steward_roster_review_class_init (StewardRosterReviewClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_roster_review_validate;

  steward_record_class_set_table (record_class, "roster_review");

  properties[PROP_REVIEWED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("reviewed-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REVIEWER] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("reviewer", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("note", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SNAPSHOT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("snapshot", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_roster_review_init (StewardRosterReview *self)
{
}

/**
 * steward_roster_review_get_reviewed_on:
 *
 * Returns: (transfer none) (nullable): the day of the review
 */
GDate *
steward_roster_review_get_reviewed_on (StewardRosterReview *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_REVIEWED_ON]);
}

const char *
steward_roster_review_get_reviewer (StewardRosterReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_REVIEWER]);
}

const char *
steward_roster_review_get_note (StewardRosterReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTE]);
}

/**
 * steward_roster_review_get_snapshot:
 *
 * Returns: (nullable): the roster on the day of the review, as JSON
 *   (steward_roster_new_from_json())
 */
const char *
steward_roster_review_get_snapshot (StewardRosterReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SNAPSHOT]);
}
