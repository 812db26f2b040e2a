/* steward-project-columns.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-enums.h"
#include "model/steward-project.h"
#include "steward-projects-page.h"
#include "widgets/steward-register-util.h"

G_BEGIN_DECLS

/* The projects, with what their rows show of other tables: the owner's
 * name, the last security review, the number of roles. Kept up to date
 * from the store's change signals. */
typedef struct _StewardProjectIndex StewardProjectIndex;

typedef void (*StewardProjectIndexFunc) (gpointer user_data);

StewardProjectIndex *steward_project_index_new               (StewardDatabase         *db);
void                 steward_project_index_free              (StewardProjectIndex     *self);
void                 steward_project_index_set_changed_func  (StewardProjectIndex     *self,
                                                              StewardProjectIndexFunc  func,
                                                              gpointer                 user_data);
GListModel          *steward_project_index_get_projects      (StewardProjectIndex     *self);
gboolean             steward_project_index_has_project       (StewardProjectIndex     *self,
                                                              gint64                   id);
const char          *steward_project_index_get_person_name   (StewardProjectIndex     *self,
                                                              gint64                   person_id);
GDate               *steward_project_index_get_last_review   (StewardProjectIndex     *self,
                                                              gint64                   project_id);
guint                steward_project_index_get_n_roles       (StewardProjectIndex     *self,
                                                              gint64                   project_id);
char                *steward_project_index_dup_people        (StewardProjectIndex     *self,
                                                              StewardProject          *project);
GPtrArray           *steward_project_index_dup_records       (StewardProjectIndex     *self,
                                                              StewardProject          *project);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardProjectIndex, steward_project_index_free)

/* The columns of the projects page whose cells and order are computed. */
typedef struct
{
  StewardProjectIndex *index;
  StewardCalendar      calendar;

  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *start_column;
  GtkColumnViewColumn *end_column;
  GtkColumnViewColumn *security_column;
  GtkColumnViewColumn *risk_column;
  GtkColumnViewColumn *review_column;
  GtkColumnViewColumn *roles_column;
} StewardProjectColumns;

void                      steward_project_columns_init         (StewardProjectColumns *columns,
                                                                StewardCells          *cells);
void                      steward_project_columns_set_index    (StewardProjectColumns *columns,
                                                                StewardProjectIndex   *index);
void                      steward_project_columns_set_calendar (StewardProjectColumns *columns,
                                                                StewardCalendar        calendar);
StewardProjectPhaseFilter steward_project_columns_get_phase    (StewardProject        *project,
                                                                const GDate           *today);

G_END_DECLS
