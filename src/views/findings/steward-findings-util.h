/* steward-findings-util.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-action-item.h"
#include "model/steward-audit.h"
#include "model/steward-enums.h"
#include "model/steward-finding.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* What the pages of the Findings place share: where a finding stands,
 * what its rows show beside its own values (its owner's name, its audit,
 * its follow-up actions), the choices of the filters, and the export. */

/**
 * StewardFindingState:
 * @STEWARD_FINDING_STATE_OPEN: the corrective action is still to be
 *   carried out, or was found not effective
 * @STEWARD_FINDING_STATE_AWAITING_VERIFICATION: not closed, and its
 *   follow-up actions are all finished (one at least done), or its
 *   verification is recorded: what is left is to verify and close it
 * @STEWARD_FINDING_STATE_CLOSED: closed
 *
 * Where a finding stands, as the lists show it.
 */
typedef enum
{
  STEWARD_FINDING_STATE_OPEN,
  STEWARD_FINDING_STATE_AWAITING_VERIFICATION,
  STEWARD_FINDING_STATE_CLOSED,
} StewardFindingState;

/**
 * StewardFindingDue:
 * @STEWARD_FINDING_NOT_DUE: not open, without a due date, or due after
 *   this month
 * @STEWARD_FINDING_DUE: open, due from today to the end of this month
 * @STEWARD_FINDING_OVERDUE: open, due before today
 *
 * Whether the corrective action of a finding is due.
 */
typedef enum
{
  STEWARD_FINDING_NOT_DUE,
  STEWARD_FINDING_DUE,
  STEWARD_FINDING_OVERDUE,
} StewardFindingDue;

const char          *steward_finding_state_to_string (StewardFindingState  state);
StewardFindingState  steward_finding_state_of        (StewardFinding      *finding,
                                                      guint                n_follow_ups_active,
                                                      guint                n_follow_ups_done);
StewardFindingDue    steward_finding_due_of          (StewardFinding      *finding,
                                                      StewardFindingState  state,
                                                      const GDate         *today);
StewardActionItem   *steward_finding_new_follow_up   (StewardFinding      *finding,
                                                      const GDate         *today);

/* What the rows of findings show besides their own values */

#define STEWARD_TYPE_FINDINGS_CONTEXT (steward_findings_context_get_type ())

G_DECLARE_FINAL_TYPE (StewardFindingsContext, steward_findings_context, STEWARD, FINDINGS_CONTEXT, GObject)

StewardFindingsContext *steward_findings_context_new             (void);
void                    steward_findings_context_set_database    (StewardFindingsContext *self,
                                                                  StewardDatabase        *db);
const char             *steward_findings_context_get_person_name (StewardFindingsContext *self,
                                                                  gint64                  person_id);
StewardAudit           *steward_findings_context_get_audit       (StewardFindingsContext *self,
                                                                  gint64                  audit_id);
StewardFindingState     steward_findings_context_get_state       (StewardFindingsContext *self,
                                                                  StewardFinding         *finding);
StewardCalendar         steward_findings_context_get_calendar    (StewardFindingsContext *self);

/* Widgets */

GtkStringList *steward_findings_enum_names          (GType        enum_type);
void           steward_findings_fill_choices        (GtkDropDown *dropdown,
                                                     const char  *all,
                                                     GType        enum_type);
void           steward_findings_fill_state_choices  (GtkDropDown *dropdown,
                                                     const char  *all);
void           steward_findings_style_grading       (GtkWidget   *label,
                                                     StewardGrading grading);
void           steward_findings_set_due_badge       (GtkWidget   *badge,
                                                     StewardFindingDue due);

/* Exporting */

void           steward_findings_update_export       (GtkWidget   *page,
                                                     const char  *action_name,
                                                     GtkWidget   *export_button);
gboolean       steward_findings_write_export        (GtkWidget   *page,
                                                     const char  *register_name,
                                                     const char  *path,
                                                     GError     **error);
void           steward_findings_ask_export          (GtkWidget   *page,
                                                     const char  *register_name,
                                                     const char  *title,
                                                     const char  *file_stem,
                                                     const char  *extension);

G_END_DECLS
