/* steward-evaluation-list.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "logic/steward-objectives.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_EVALUATION_LIST (steward_evaluation_list_get_type ())

G_DECLARE_FINAL_TYPE (StewardEvaluationList, steward_evaluation_list, STEWARD, EVALUATION_LIST, GObject)

StewardEvaluationList *steward_evaluation_list_new       (StewardDatabase       *db);
void                   steward_evaluation_list_set_today (StewardEvaluationList *self,
                                                          const GDate           *today);
const GDate           *steward_evaluation_list_get_today (StewardEvaluationList *self);
StewardEvaluation     *steward_evaluation_list_find      (StewardEvaluationList *self,
                                                          gint64                 objective_id);
GPtrArray             *steward_evaluation_list_dup_all   (StewardEvaluationList *self);

G_END_DECLS
