/* steward-projects-page.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/steward-project.h"
#include "steward-project-editor.h"
#include "widgets/steward-page.h"

G_BEGIN_DECLS

/**
 * StewardProjectPhaseFilter:
 * @STEWARD_PROJECT_PHASE_ALL: every project
 * @STEWARD_PROJECT_PHASE_RUNNING: started and not ended
 * @STEWARD_PROJECT_PHASE_NOT_STARTED: starting after today
 * @STEWARD_PROJECT_PHASE_ENDED: ended before today
 *
 * The choices of the page's phase filter, in their order.
 */
typedef enum
{
  STEWARD_PROJECT_PHASE_ALL,
  STEWARD_PROJECT_PHASE_RUNNING,
  STEWARD_PROJECT_PHASE_NOT_STARTED,
  STEWARD_PROJECT_PHASE_ENDED,
} StewardProjectPhaseFilter;

#define STEWARD_TYPE_PROJECTS_PAGE (steward_projects_page_get_type ())

G_DECLARE_FINAL_TYPE (StewardProjectsPage, steward_projects_page, STEWARD, PROJECTS_PAGE, StewardPage)

GtkWidget            *steward_projects_page_new                (void);
GListModel           *steward_projects_page_get_visible_model  (StewardProjectsPage       *self);
void                  steward_projects_page_set_search         (StewardProjectsPage       *self,
                                                                const char                *text);
void                  steward_projects_page_set_phase_filter   (StewardProjectsPage       *self,
                                                                StewardProjectPhaseFilter  phase);
void                  steward_projects_page_set_risk_due_only  (StewardProjectsPage       *self,
                                                                gboolean                   due_only);
guint                 steward_projects_page_get_n_risk_due     (StewardProjectsPage       *self);
gboolean              steward_projects_page_export             (StewardProjectsPage       *self,
                                                                const char                *path,
                                                                GError                   **error);
StewardProjectEditor *steward_projects_page_open_editor        (StewardProjectsPage       *self,
                                                                StewardProject            *project);
AdwToast             *steward_projects_page_delete_project     (StewardProjectsPage       *self,
                                                                StewardProject            *project);

G_END_DECLS
