/* steward-context-enums.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kinds of the context registers (procedure 5.1, 5.2, 5.5). Each is
 * stored as its nick; *_to_string gives the translated name. */

/* Whether an issue or a party is internal or external (5.1). */
typedef enum
{
  STEWARD_SCOPE_INTERNAL,
  STEWARD_SCOPE_EXTERNAL,
} StewardScope;

/* The categories of issues (5.1.3): the first nine are external, the rest internal. */
typedef enum
{
  STEWARD_ISSUE_NATIONAL,
  STEWARD_ISSUE_REGIONAL,
  STEWARD_ISSUE_SOCIAL_CULTURAL,
  STEWARD_ISSUE_LEGAL_REGULATORY,
  STEWARD_ISSUE_ECONOMIC,
  STEWARD_ISSUE_TECHNOLOGICAL,
  STEWARD_ISSUE_ENVIRONMENTAL,
  STEWARD_ISSUE_DRIVERS_TRENDS,
  STEWARD_ISSUE_EXTERNAL_RELATIONS,
  STEWARD_ISSUE_GOVERNANCE_ROLES,
  STEWARD_ISSUE_POLICIES_STRATEGY,
  STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE,
  STEWARD_ISSUE_SYSTEMS_PROCESSES,
  STEWARD_ISSUE_CULTURE,
  STEWARD_ISSUE_STANDARDS_CONTRACTS,
} StewardIssueCategory;

/* Where an issue came from (5.1.1). */
typedef enum
{
  STEWARD_ISSUE_SOURCE_SECURITY_MEETING,
  STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE,
  STEWARD_ISSUE_SOURCE_REVIEW,
  STEWARD_ISSUE_SOURCE_OTHER,
} StewardIssueSource;

/* Where an issue stands. */
typedef enum
{
  STEWARD_ISSUE_STATUS_OPEN,
  STEWARD_ISSUE_STATUS_MONITORED,
  STEWARD_ISSUE_STATUS_RETIRED,
} StewardIssueStatus;

/* The kinds of interested parties (5.1.2). */
typedef enum
{
  STEWARD_PARTY_SUPERIOR_AGENCY,
  STEWARD_PARTY_SCHOOLS,
  STEWARD_PARTY_CITIZENS,
  STEWARD_PARTY_SUPPLIERS,
  STEWARD_PARTY_STAFF,
  STEWARD_PARTY_REGULATORS,
  STEWARD_PARTY_PARTNERS,
  STEWARD_PARTY_OTHER,
} StewardPartyKind;

/* What an interested party asks for (5.1.2). */
typedef enum
{
  STEWARD_REQUIREMENT_REQUIREMENT,
  STEWARD_REQUIREMENT_EXPECTATION,
  STEWARD_REQUIREMENT_NEED,
} StewardRequirementKind;

/* What an external contact is contacted for (5.5). */
typedef enum
{
  STEWARD_CONTACT_INCIDENT_REPORTING,
  STEWARD_CONTACT_LAW_ENFORCEMENT,
  STEWARD_CONTACT_UTILITIES,
  STEWARD_CONTACT_SUPPLIER,
  STEWARD_CONTACT_SUPERIOR_AGENCY,
  STEWARD_CONTACT_CERT,
  STEWARD_CONTACT_OTHER,
} StewardContactPurpose;

/* The registers reviewed every year (5.2). */
typedef enum
{
  STEWARD_REGISTER_ISSUES,
  STEWARD_REGISTER_PARTIES,
  STEWARD_REGISTER_CONTACTS,
  STEWARD_REGISTER_SCOPE,
} StewardRegister;

/* What makes the registers due for review at once (5.2). */
typedef enum
{
  STEWARD_CHANGE_ORGANIZATIONAL_CHANGE,
  STEWARD_CHANGE_NEW_BUSINESS,
} StewardChangeKind;

/* What a version of the scope came from (5.1.1). */
typedef enum
{
  STEWARD_DECISION_SECURITY_MEETING,
  STEWARD_DECISION_SUPERIOR_DIRECTIVE,
} StewardDecisionKind;

#define STEWARD_TYPE_SCOPE            (steward_scope_get_type ())
#define STEWARD_TYPE_ISSUE_CATEGORY   (steward_issue_category_get_type ())
#define STEWARD_TYPE_ISSUE_SOURCE     (steward_issue_source_get_type ())
#define STEWARD_TYPE_ISSUE_STATUS     (steward_issue_status_get_type ())
#define STEWARD_TYPE_PARTY_KIND       (steward_party_kind_get_type ())
#define STEWARD_TYPE_REQUIREMENT_KIND (steward_requirement_kind_get_type ())
#define STEWARD_TYPE_CONTACT_PURPOSE  (steward_contact_purpose_get_type ())
#define STEWARD_TYPE_REGISTER         (steward_register_get_type ())
#define STEWARD_TYPE_CHANGE_KIND      (steward_change_kind_get_type ())
#define STEWARD_TYPE_DECISION_KIND    (steward_decision_kind_get_type ())

GType        steward_scope_get_type             (void) G_GNUC_CONST;
const char  *steward_scope_to_string            (StewardScope value);
GType        steward_issue_category_get_type    (void) G_GNUC_CONST;
const char  *steward_issue_category_to_string   (StewardIssueCategory value);
GType        steward_issue_source_get_type      (void) G_GNUC_CONST;
const char  *steward_issue_source_to_string     (StewardIssueSource value);
GType        steward_issue_status_get_type      (void) G_GNUC_CONST;
const char  *steward_issue_status_to_string     (StewardIssueStatus value);
GType        steward_party_kind_get_type        (void) G_GNUC_CONST;
const char  *steward_party_kind_to_string       (StewardPartyKind value);
GType        steward_requirement_kind_get_type  (void) G_GNUC_CONST;
const char  *steward_requirement_kind_to_string (StewardRequirementKind value);
GType        steward_contact_purpose_get_type   (void) G_GNUC_CONST;
const char  *steward_contact_purpose_to_string  (StewardContactPurpose value);
GType        steward_register_get_type          (void) G_GNUC_CONST;
const char  *steward_register_to_string         (StewardRegister value);
GType        steward_change_kind_get_type       (void) G_GNUC_CONST;
const char  *steward_change_kind_to_string      (StewardChangeKind value);
GType        steward_decision_kind_get_type     (void) G_GNUC_CONST;
const char  *steward_decision_kind_to_string    (StewardDecisionKind value);
gboolean     steward_issue_category_is_external (StewardIssueCategory category);

G_END_DECLS
