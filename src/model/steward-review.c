/* steward-review.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-review.h"

/* A management review meeting (procedure 5.4): regular, at least once a
 * year, or extraordinary; numbered per year and kind (114年度第1次管理審查
 * 會議); when and where, who chairs it and who takes the minutes, and
 * where the secretary left the review wizard. Its attendance, agenda
 * items, decisions and minutes are records of their own. */
struct _StewardReview
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardReview, steward_review, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_YEAR,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_PLACE,
  PROP_CHAIR_ID,
  PROP_SECRETARY_ID,
  PROP_WIZARD_PAGE,
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
steward_review_validate (StewardRecord *record,
                         GPtrArray     *problems)
{
  StewardReview *self = STEWARD_REVIEW (record);
  GDateTime *starts = steward_review_get_starts_at (self);
  GDateTime *ends = steward_review_get_ends_at (self);

  if (is_blank (steward_review_get_title (self)))
    steward_record_add_problem (problems, "title", _("Enter the title of the meeting."));
  if (steward_review_get_number (self) <= 0)
    steward_record_add_problem (problems, "number", _("The meeting’s number is 1 or more."));
  if (starts == NULL)
    steward_record_add_problem (problems, "starts-at", _("Enter when the meeting starts."));
  else if (ends != NULL && g_date_time_compare (ends, starts) < 0)
    steward_record_add_problem (problems, "ends-at", _("The meeting cannot end before it starts."));
}

static void
steward_review_class_init (StewardReviewClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_review_validate;

  steward_record_class_set_table (record_class, "review");

  properties[PROP_KIND] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("kind", NULL, NULL, STEWARD_TYPE_REVIEW_KIND, STEWARD_REVIEW_REGULAR,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_YEAR] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NUMBER] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_TITLE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("title", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
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
  properties[PROP_CHAIR_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("chair-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_SECRETARY_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("secretary-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_WIZARD_PAGE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("wizard-page", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_review_init (StewardReview *self)
{
}

StewardReviewKind
steward_review_get_kind (StewardReview *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_KIND]);
}

int
steward_review_get_year (StewardReview *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_YEAR]);
}

int
steward_review_get_number (StewardReview *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_NUMBER]);
}

const char *
steward_review_get_title (StewardReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TITLE]);
}

/**
 * steward_review_get_starts_at:
 *
 * Returns: (transfer none) (nullable): the starts at
 */
GDateTime *
steward_review_get_starts_at (StewardReview *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_STARTS_AT]);
}

/**
 * steward_review_get_ends_at:
 *
 * Returns: (transfer none) (nullable): the ends at
 */
GDateTime *
steward_review_get_ends_at (StewardReview *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_ENDS_AT]);
}

const char *
steward_review_get_place (StewardReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_PLACE]);
}

gint64
steward_review_get_chair_id (StewardReview *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_CHAIR_ID]);
}

gint64
steward_review_get_secretary_id (StewardReview *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_SECRETARY_ID]);
}

const char *
steward_review_get_wizard_page (StewardReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_WIZARD_PAGE]);
}

const char *
steward_review_get_notes (StewardReview *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
