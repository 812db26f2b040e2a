/* steward-objective-form.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-enums.h"
#include "model/steward-objective-target.h"

G_BEGIN_DECLS

/* What the forms of objectives, targets, measurements and plans share:
 * numbers as users type them, the person rows with "Nobody" first, and the
 * rows of a target level, which follow the objective's direction. */

char            *steward_objective_form_dup_text           (GtkEditable      *editable);
char            *steward_objective_form_dup_excerpt        (const char       *text);
char            *steward_objective_form_format_number      (double            value);
gboolean         steward_objective_form_read_number        (GtkEditable      *editable,
                                                            const char       *property,
                                                            const char       *empty_message,
                                                            double           *value,
                                                            GPtrArray        *problems);
GPtrArray       *steward_objective_form_new_problems       (void);
void             steward_objective_form_drop_problems      (GPtrArray        *problems,
                                                            const char       *property);
void             steward_objective_form_keep_first_problem (GPtrArray        *problems);
gboolean         steward_objective_form_has_problem        (GPtrArray        *problems,
                                                            const char       *property);
StewardCalendar  steward_objective_form_get_calendar       (void);

char            *steward_objective_form_title_with_unit    (const char       *title,
                                                            const char       *unit);
void             steward_objective_form_set_people         (AdwComboRow      *row,
                                                            GListModel       *people);
void             steward_objective_form_select_person      (AdwComboRow      *row,
                                                            gint64            person_id);
gint64           steward_objective_form_get_person         (AdwComboRow      *row);

/**
 * StewardTargetRows:
 * @level_row: the one level of an "at least" or "at most" objective
 * @low_row: the lower end of a range
 * @high_row: the upper end of a range
 *
 * The rows of a target level. Their problems are keyed "level", "low" and
 * "high".
 */
typedef struct
{
  AdwEntryRow *level_row;
  AdwEntryRow *low_row;
  AdwEntryRow *high_row;
} StewardTargetRows;

void             steward_target_rows_init                  (StewardTargetRows      *rows,
                                                            AdwEntryRow            *level_row,
                                                            AdwEntryRow            *low_row,
                                                            AdwEntryRow            *high_row);
void             steward_target_rows_show                  (StewardTargetRows      *rows,
                                                            StewardDirection        direction,
                                                            const char             *unit);
void             steward_target_rows_write                 (StewardTargetRows      *rows,
                                                            StewardDirection        direction,
                                                            StewardObjectiveTarget *target);
void             steward_target_rows_read                  (StewardTargetRows      *rows,
                                                            StewardDirection        direction,
                                                            StewardObjectiveTarget *target,
                                                            GPtrArray              *problems);

G_END_DECLS
