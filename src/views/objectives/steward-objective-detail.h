/* steward-objective-detail.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "logic/steward-evaluation-list.h"
#include "model/steward-record-list.h"

G_BEGIN_DECLS

#define STEWARD_TYPE_OBJECTIVE_DETAIL (steward_objective_detail_get_type ())

G_DECLARE_FINAL_TYPE (StewardObjectiveDetail, steward_objective_detail, STEWARD, OBJECTIVE_DETAIL, GtkWidget)

void               steward_objective_detail_set_database  (StewardObjectiveDetail *self,
                                                           StewardDatabase        *db,
                                                           StewardEvaluationList  *evaluations,
                                                           StewardRecordList      *people);
void               steward_objective_detail_show          (StewardObjectiveDetail *self,
                                                           gint64                  objective_id);
StewardEvaluation *steward_objective_detail_get_evaluation (StewardObjectiveDetail *self);

G_END_DECLS
