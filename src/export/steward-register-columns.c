/* steward-register-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-register-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-follow-up.h"
#include "model/steward-action-item.h"
#include "model/steward-audit.h"
#include "model/steward-communication.h"
#include "model/steward-finding.h"
#include "model/steward-handover.h"
#include "model/steward-meeting.h"
#include "model/steward-project.h"
#include "model/steward-risk-result.h"
#include "steward-register-export.h"
#include "steward-register-private.h"

/* Each follow-up register declared once, as its columns: a title, the
 * record's property that holds the value (the records' one mapping of
 * properties to columns), and how the value is written. What needs
 * attention is a column of its own, by the rules of steward-follow-up.h. */

static gboolean
mark_overdue (StewardRecord *record,
              const GDate   *today)
{
  return steward_action_is_overdue (STEWARD_ACTION_ITEM (record), today);
}

static gboolean
mark_blocked (StewardRecord *record,
              const GDate   *today)
{
  return steward_communication_is_blocked (STEWARD_COMMUNICATION (record));
}

static gboolean
mark_risk_due (StewardRecord *record,
               const GDate   *today)
{
  return steward_project_is_risk_due (STEWARD_PROJECT (record), today);
}

static gboolean
mark_open (StewardRecord *record,
           const GDate   *today)
{
  return steward_handover_is_open (STEWARD_HANDOVER (record));
}

#define ID_COLUMN { N_("No."), "id", COLUMN_ID, 8, 0, NULL }

static const StewardRegisterColumn action_columns[] = {
  ID_COLUMN,
  { N_("Action"), "title", COLUMN_TEXT, 40, 0, NULL },
  { N_("Owner"), "owner-id", COLUMN_PERSON, 14, 0, NULL },
  /* TRANSLATORS: a column of the actions register: when the action was decided */
  { N_("Decided on"), "created-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Due date"), "due-date", COLUMN_DATE, 0, 0, NULL },
  { N_("Status"), "status", COLUMN_ENUM, 12, 0, NULL },
  { N_("Overdue"), NULL, COLUMN_MARK, 10, 0, mark_overdue },
  { N_("Source"), "source-kind", COLUMN_ENUM, 16, 0, NULL },
  /* TRANSLATORS: a column of the actions register: the number of the
   * communication, meeting, finding or review the action came from */
  { N_("Source number"), "source-id", COLUMN_NUMBER, 10, 0, NULL },
  { N_("Source label"), "source-label", COLUMN_TEXT, 30, 0, NULL },
  { N_("Progress"), "id", COLUMN_LOOKUP, 40, LOOKUP_PROGRESS, NULL },
  { N_("Done on"), "done-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Effectiveness"), "effectiveness", COLUMN_ENUM, 14, 0, NULL },
  { N_("Evaluated by"), "evaluated-by", COLUMN_TEXT, 14, 0, NULL },
  { N_("Evaluated on"), "evaluated-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Evaluation note"), "evaluation-note", COLUMN_TEXT, 36, 0, NULL },
  { N_("Notes"), "notes", COLUMN_TEXT, 30, 0, NULL },
};

static const StewardRegisterColumn communication_columns[] = {
  ID_COLUMN,
  /* TRANSLATORS: a column of the communications register: internal, across
   * units, external, media or announcement */
  { N_("Kind of communication"), "kind", COLUMN_ENUM, 14, 0, NULL },
  { N_("Date"), "occurred-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Channel"), "channel", COLUMN_ENUM, 12, 0, NULL },
  { N_("Parties"), "parties", COLUMN_TEXT, 30, 0, NULL },
  { N_("Subject"), "subject", COLUMN_TEXT, 40, 0, NULL },
  { N_("Outcome"), "outcome", COLUMN_TEXT, 40, 0, NULL },
  { N_("Follow-up needed"), "follow-up-needed", COLUMN_BOOLEAN, 10, 0, NULL },
  { N_("Officer in charge"), "officer-id", COLUMN_PERSON, 14, 0, NULL },
  { N_("Effectiveness"), "effectiveness", COLUMN_ENUM, 14, 0, NULL },
  { N_("Evaluated by"), "evaluated-by", COLUMN_TEXT, 14, 0, NULL },
  { N_("Evaluated on"), "evaluated-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Evaluation note"), "evaluation-note", COLUMN_TEXT, 36, 0, NULL },
  { N_("Approved by"), "approved-by", COLUMN_TEXT, 16, 0, NULL },
  { N_("Approved on"), "approved-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Released on"), "released-on", COLUMN_DATE, 0, 0, NULL },
  /* TRANSLATORS: a column of the communications register: a media
   * statement waiting for the deputy director's approval */
  { N_("Awaiting approval"), NULL, COLUMN_MARK, 10, 0, mark_blocked },
};

static const StewardRegisterColumn meeting_columns[] = {
  ID_COLUMN,
  { N_("Topic"), "topic", COLUMN_TEXT, 36, 0, NULL },
  { N_("Starts at"), "starts-at", COLUMN_DATE_TIME, 0, 0, NULL },
  { N_("Ends at"), "ends-at", COLUMN_DATE_TIME, 0, 0, NULL },
  { N_("Place"), "place", COLUMN_TEXT, 20, 0, NULL },
  { N_("Attendees"), "attendees", COLUMN_TEXT, 36, 0, NULL },
  { N_("Decisions"), "decisions", COLUMN_TEXT, 40, 0, NULL },
  { N_("Communication"), "communication-id", COLUMN_LOOKUP, 30, LOOKUP_COMMUNICATION, NULL },
};

static const StewardRegisterColumn finding_columns[] = {
  ID_COLUMN,
  /* TRANSLATORS: a column of the findings register: internal audit,
   * external audit, incident or self-check */
  { N_("Raised by"), "source", COLUMN_ENUM, 14, 0, NULL },
  { N_("Audit"), "audit-id", COLUMN_LOOKUP, 24, LOOKUP_AUDIT, NULL },
  { N_("Clause or control"), "clause", COLUMN_TEXT, 24, 0, NULL },
  { N_("Description"), "description", COLUMN_TEXT, 40, 0, NULL },
  { N_("Grading"), "grading", COLUMN_ENUM, 12, 0, NULL },
  { N_("Raised on"), "raised-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Root cause"), "root-cause", COLUMN_TEXT, 30, 0, NULL },
  { N_("Correction"), "correction", COLUMN_TEXT, 30, 0, NULL },
  { N_("Corrective action"), "corrective-action", COLUMN_TEXT, 40, 0, NULL },
  { N_("Owner"), "owner-id", COLUMN_PERSON, 14, 0, NULL },
  { N_("Due date"), "due-date", COLUMN_DATE, 0, 0, NULL },
  { N_("Verified by"), "verified-by", COLUMN_TEXT, 16, 0, NULL },
  { N_("Verified on"), "verified-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Verification note"), "verification-note", COLUMN_TEXT, 30, 0, NULL },
  { N_("Effectiveness"), "effectiveness", COLUMN_ENUM, 14, 0, NULL },
  { N_("Closed on"), "closed-on", COLUMN_DATE, 0, 0, NULL },
};

static const StewardRegisterColumn audit_columns[] = {
  ID_COLUMN,
  /* TRANSLATORS: a column of the audits register: internal or external */
  { N_("Kind of audit"), "kind", COLUMN_ENUM, 12, 0, NULL },
  { N_("Date"), "held-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Scope"), "scope", COLUMN_TEXT, 40, 0, NULL },
  { N_("Auditor"), "auditor", COLUMN_TEXT, 24, 0, NULL },
  { N_("Findings"), "id", COLUMN_COUNT, 10, LOOKUP_FINDINGS, NULL },
  { N_("Open findings"), "id", COLUMN_COUNT, 10, LOOKUP_OPEN_FINDINGS, NULL },
  { N_("Notes"), "notes", COLUMN_TEXT, 36, 0, NULL },
};

static const StewardRegisterColumn risk_result_columns[] = {
  ID_COLUMN,
  { N_("Assessed on"), "assessed-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Scope"), "scope", COLUMN_TEXT, 36, 0, NULL },
  { N_("Summary"), "summary", COLUMN_TEXT, 40, 0, NULL },
  /* TRANSLATORS: columns of the risk assessment results: the number of
   * risks of each level */
  { N_("High risks"), "n-high", COLUMN_NUMBER, 10, 0, NULL },
  { N_("Medium risks"), "n-medium", COLUMN_NUMBER, 10, 0, NULL },
  { N_("Low risks"), "n-low", COLUMN_NUMBER, 10, 0, NULL },
  /* TRANSLATORS: columns of the risk assessment results: the items of the
   * risk treatment plan */
  { N_("Treatment items planned"), "plan-planned", COLUMN_NUMBER, 12, 0, NULL },
  { N_("Treatment items done"), "plan-done", COLUMN_NUMBER, 12, 0, NULL },
  { N_("Treatment items late"), "plan-late", COLUMN_NUMBER, 12, 0, NULL },
  { N_("Notes"), "notes", COLUMN_TEXT, 36, 0, NULL },
};

static const StewardRegisterColumn project_columns[] = {
  ID_COLUMN,
  { N_("Project"), "name", COLUMN_TEXT, 30, 0, NULL },
  { N_("Owner"), "owner-id", COLUMN_PERSON, 14, 0, NULL },
  { N_("Start date"), "start-date", COLUMN_DATE, 0, 0, NULL },
  { N_("End date"), "end-date", COLUMN_DATE, 0, 0, NULL },
  /* TRANSLATORS: a column of the projects register: whether the
   * requirements or the contract state security requirements (5.8.1) */
  { N_("Security in requirements"), "security-in-requirements", COLUMN_BOOLEAN, 12, 0, NULL },
  { N_("Requirements reference"), "requirements-ref", COLUMN_TEXT, 24, 0, NULL },
  { N_("Risk assessed on"), "risk-assessed-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Risk assessment result"), "risk-result", COLUMN_TEXT, 36, 0, NULL },
  /* TRANSLATORS: a column of the projects register: started without a
   * risk assessment (5.8.2) */
  { N_("Risk assessment due"), NULL, COLUMN_MARK, 12, 0, mark_risk_due },
  { N_("Roles"), "id", COLUMN_LOOKUP, 36, LOOKUP_ROLES, NULL },
  { N_("Security reviews"), "id", COLUMN_LOOKUP, 40, LOOKUP_REVIEWS, NULL },
  { N_("Notes"), "notes", COLUMN_TEXT, 30, 0, NULL },
};

static const StewardRegisterColumn handover_columns[] = {
  ID_COLUMN,
  { N_("Date"), "handed-on", COLUMN_DATE, 0, 0, NULL },
  /* TRANSLATORS: a column of the hand-overs register: new equipment, or moved */
  { N_("Reason"), "reason", COLUMN_ENUM, 10, 0, NULL },
  { N_("Handed over by"), "from-party", COLUMN_TEXT, 20, 0, NULL },
  { N_("Received by"), "to-party", COLUMN_TEXT, 20, 0, NULL },
  { N_("Items"), "id", COLUMN_LOOKUP, 40, LOOKUP_ITEMS, NULL },
  { N_("Authorised by"), "authorised-by", COLUMN_TEXT, 14, 0, NULL },
  { N_("Authorised on"), "authorised-on", COLUMN_DATE, 0, 0, NULL },
  { N_("Accepted by"), "accepted-by", COLUMN_TEXT, 14, 0, NULL },
  { N_("Accepted on"), "accepted-on", COLUMN_DATE, 0, 0, NULL },
  /* TRANSLATORS: a column of the hand-overs register: not yet authorised
   * or not yet accepted */
  { N_("Open"), NULL, COLUMN_MARK, 8, 0, mark_open },
  { N_("Notes"), "notes", COLUMN_TEXT, 30, 0, NULL },
};

#define COLUMNS(c) (c), G_N_ELEMENTS (c)

static const StewardRegister registers[] = {
  { "actions", N_("Follow-up actions"), N_("Actions"), steward_action_item_get_type, "due_date",
    COLUMNS (action_columns), 1 << LOOKUP_PROGRESS },
  { "communications", N_("Communications"), N_("Communications"), steward_communication_get_type, "occurred_on",
    COLUMNS (communication_columns), 0 },
  { "meetings", N_("Meetings across units"), N_("Meetings"), steward_meeting_get_type, "starts_at",
    COLUMNS (meeting_columns), 1 << LOOKUP_COMMUNICATION },
  { "findings", N_("Nonconformities and corrective actions"), N_("Findings"), steward_finding_get_type, "raised_on",
    COLUMNS (finding_columns), 1 << LOOKUP_AUDIT },
  { "audits", N_("Audits"), N_("Audits"), steward_audit_get_type, "held_on",
    COLUMNS (audit_columns), 1 << LOOKUP_FINDINGS | 1 << LOOKUP_OPEN_FINDINGS },
  { "risk-results", N_("Risk assessment results"), N_("Risk assessments"), steward_risk_result_get_type, "assessed_on",
    COLUMNS (risk_result_columns), 0 },
  { "projects", N_("Projects"), N_("Projects"), steward_project_get_type, "start_date",
    COLUMNS (project_columns), 1 << LOOKUP_ROLES | 1 << LOOKUP_REVIEWS },
  { "handovers", N_("Equipment hand-overs"), N_("Hand-overs"), steward_handover_get_type, "handed_on",
    COLUMNS (handover_columns), 1 << LOOKUP_ITEMS },
};

G_STATIC_ASSERT (G_N_ELEMENTS (action_columns) <= STEWARD_REGISTER_MAX_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (communication_columns) <= STEWARD_REGISTER_MAX_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (finding_columns) <= STEWARD_REGISTER_MAX_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (project_columns) <= STEWARD_REGISTER_MAX_COLUMNS);
G_STATIC_ASSERT (G_N_ELEMENTS (handover_columns) <= STEWARD_REGISTER_MAX_COLUMNS);

const char * const *
steward_register_export_get_names (void)
{
  static const char *names[G_N_ELEMENTS (registers) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
      names[i] = registers[i].name;

  return names;
}

/**
 * steward_register_find:
 *
 * Returns: (nullable): the register called @name
 */
const StewardRegister *
steward_register_find (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    if (g_strcmp0 (registers[i].name, name) == 0)
      return &registers[i];

  return NULL;
}

const char *
steward_register_export_get_title (const char *register_name)
{
  const StewardRegister *reg = steward_register_find (register_name);

  return reg != NULL ? _(reg->title) : NULL;
}
