/* steward-review-forms.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-context-enums.h"
#include "model/steward-enums.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* The two small forms of the Yearly Review page: a register's review, and
 * an organizational change that makes every register due (5.2). Their
 * rows are named (gtk_widget_set_name) for the tests: "reviewed_on_row",
 * "reviewer_row", "no_change_switch", "changes_view", "note_row";
 * "occurred_on_row", "kind_row", "description_view"; each field's message
 * is its name with "_error". */

GtkWindow *steward_review_form_new_mark_reviewed (GtkWindow       *parent,
                                                  StewardDatabase *db,
                                                  StewardRegister  reg,
                                                  StewardCalendar  calendar);
GtkWindow *steward_review_form_new_record_change (GtkWindow       *parent,
                                                  StewardDatabase *db,
                                                  StewardCalendar  calendar);

G_END_DECLS
