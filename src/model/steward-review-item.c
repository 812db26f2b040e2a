/* steward-review-item.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-review-item.h"

/* An agenda item of a management review (5.4.2) as the secretary wrote it
 * up: the discussion and the conclusion, or "nothing to report" with the
 * reason. Its decisions are records of their own. */
struct _StewardReviewItem
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardReviewItem, steward_review_item, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_ITEM,
  PROP_POSITION,
  PROP_DISCUSSION,
  PROP_CONCLUSION,
  PROP_NOTHING_TO_REPORT,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_review_item_validate (StewardRecord *record,
                              GPtrArray     *problems)
{
  StewardReviewItem *self = STEWARD_REVIEW_ITEM (record);


  if (steward_review_item_get_review_id (self) <= 0)
    steward_record_add_problem (problems, "review-id", _("Choose the meeting."));
}

static void
steward_review_item_class_init (StewardReviewItemClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_review_item_validate;

  steward_record_class_set_table (record_class, "review_item");

  properties[PROP_REVIEW_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("review-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_ITEM] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("item", NULL, NULL, STEWARD_TYPE_AGENDA_ITEM, STEWARD_AGENDA_POLICY,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_POSITION] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DISCUSSION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("discussion", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CONCLUSION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("conclusion", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTHING_TO_REPORT] = steward_record_class_install_column (
    record_class,
    g_param_spec_boolean ("nothing-to-report", NULL, NULL, FALSE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REASON] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("reason", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_review_item_init (StewardReviewItem *self)
{
}

gint64
steward_review_item_get_review_id (StewardReviewItem *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_REVIEW_ID]);
}

StewardAgendaItem
steward_review_item_get_item (StewardReviewItem *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_ITEM]);
}

int
steward_review_item_get_position (StewardReviewItem *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_POSITION]);
}

const char *
steward_review_item_get_discussion (StewardReviewItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DISCUSSION]);
}

const char *
steward_review_item_get_conclusion (StewardReviewItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CONCLUSION]);
}

gboolean
steward_review_item_get_nothing_to_report (StewardReviewItem *self)
{
  return steward_record_get_boolean (STEWARD_RECORD (self), properties[PROP_NOTHING_TO_REPORT]);
}

const char *
steward_review_item_get_reason (StewardReviewItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_REASON]);
}
