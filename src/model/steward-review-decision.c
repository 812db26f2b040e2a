/* steward-review-decision.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-decision"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-review-decision.h"

/* A decision of a management review (9.3.3) under an agenda item (its
 * nick) or among the general decisions (no item). One that needs doing
 * points to its follow-up item. */
struct _StewardReviewDecision
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardReviewDecision, steward_review_decision, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_ITEM,
  PROP_POSITION,
  PROP_TEXT,
  PROP_ACTION_ID,
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
steward_review_decision_validate (StewardRecord *record,
                                  GPtrArray     *problems)
{
  StewardReviewDecision *self = STEWARD_REVIEW_DECISION (record);


  if (steward_review_decision_get_review_id (self) <= 0)
    steward_record_add_problem (problems, "review-id", _("Choose the meeting."));
  if (is_blank (steward_review_decision_get_text (self)))
    steward_record_add_problem (problems, "text", _("Write down the decision."));
}

static void
steward_review_decision_class_init (StewardReviewDecisionClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_review_decision_validate;

  steward_record_class_set_table (record_class, "review_decision");

  properties[PROP_REVIEW_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("review-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_ITEM] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("item", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_POSITION] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_TEXT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("text", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ACTION_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("action-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
}

static void
steward_review_decision_init (StewardReviewDecision *self)
{
}

gint64
steward_review_decision_get_review_id (StewardReviewDecision *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_REVIEW_ID]);
}

const char *
steward_review_decision_get_item (StewardReviewDecision *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ITEM]);
}

int
steward_review_decision_get_position (StewardReviewDecision *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_POSITION]);
}

const char *
steward_review_decision_get_text (StewardReviewDecision *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TEXT]);
}

gint64
steward_review_decision_get_action_id (StewardReviewDecision *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_ACTION_ID]);
}
