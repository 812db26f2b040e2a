/* steward-context-enums.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-context-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-context-enums.h"

G_DEFINE_ENUM_TYPE (StewardScope, steward_scope,
  G_DEFINE_ENUM_VALUE (STEWARD_SCOPE_INTERNAL, "internal"),
  G_DEFINE_ENUM_VALUE (STEWARD_SCOPE_EXTERNAL, "external"))

const char *
steward_scope_to_string (StewardScope value)
{
  switch (value)
    {
    case STEWARD_SCOPE_INTERNAL: return _("Internal");
    case STEWARD_SCOPE_EXTERNAL: return _("External");
    default:                    return _("Internal");
    }
}

G_DEFINE_ENUM_TYPE (StewardIssueCategory, steward_issue_category,
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_NATIONAL, "national"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_REGIONAL, "regional"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_SOCIAL_CULTURAL, "social-cultural"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_LEGAL_REGULATORY, "legal-regulatory"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_ECONOMIC, "economic"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_TECHNOLOGICAL, "technological"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_ENVIRONMENTAL, "environmental"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_DRIVERS_TRENDS, "drivers-trends"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_EXTERNAL_RELATIONS, "external-relations"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_GOVERNANCE_ROLES, "governance-roles"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_POLICIES_STRATEGY, "policies-strategy"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE, "capabilities-knowledge"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_SYSTEMS_PROCESSES, "systems-processes"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_CULTURE, "culture"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_STANDARDS_CONTRACTS, "standards-contracts"))

const char *
steward_issue_category_to_string (StewardIssueCategory value)
{
  switch (value)
    {
    case STEWARD_ISSUE_NATIONAL:               return _("National");
    case STEWARD_ISSUE_REGIONAL:               return _("Regional");
    case STEWARD_ISSUE_SOCIAL_CULTURAL:        return _("Social and cultural");
    case STEWARD_ISSUE_LEGAL_REGULATORY:       return _("Legal and regulatory");
    case STEWARD_ISSUE_ECONOMIC:               return _("Economic");
    case STEWARD_ISSUE_TECHNOLOGICAL:          return _("Technological");
    case STEWARD_ISSUE_ENVIRONMENTAL:          return _("Environmental, including climate change");
    case STEWARD_ISSUE_DRIVERS_TRENDS:         return _("Key drivers and trends");
    case STEWARD_ISSUE_EXTERNAL_RELATIONS:     return _("Relations with external stakeholders");
    case STEWARD_ISSUE_GOVERNANCE_ROLES:       return _("Governance and roles");
    case STEWARD_ISSUE_POLICIES_STRATEGY:      return _("Policies and strategy");
    case STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE: return _("Capabilities and knowledge");
    case STEWARD_ISSUE_SYSTEMS_PROCESSES:      return _("Information systems and processes");
    case STEWARD_ISSUE_CULTURE:                return _("Culture");
    case STEWARD_ISSUE_STANDARDS_CONTRACTS:    return _("Standards and contracts");
    default:                                  return _("National");
    }
}

G_DEFINE_ENUM_TYPE (StewardIssueSource, steward_issue_source,
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_SOURCE_SECURITY_MEETING, "security-meeting"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE, "superior-directive"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_SOURCE_REVIEW, "review"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_SOURCE_OTHER, "other"))

const char *
steward_issue_source_to_string (StewardIssueSource value)
{
  switch (value)
    {
    case STEWARD_ISSUE_SOURCE_SECURITY_MEETING:   return _("Decision of the security meeting");
    case STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE: return _("Directive of a superior agency");
    case STEWARD_ISSUE_SOURCE_REVIEW:             return _("Review");
    case STEWARD_ISSUE_SOURCE_OTHER:              return _("Other");
    default:                                     return _("Decision of the security meeting");
    }
}

G_DEFINE_ENUM_TYPE (StewardIssueStatus, steward_issue_status,
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_STATUS_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_STATUS_MONITORED, "monitored"),
  G_DEFINE_ENUM_VALUE (STEWARD_ISSUE_STATUS_RETIRED, "retired"))

const char *
steward_issue_status_to_string (StewardIssueStatus value)
{
  switch (value)
    {
    case STEWARD_ISSUE_STATUS_OPEN:      return _("Open");
    case STEWARD_ISSUE_STATUS_MONITORED: return _("Monitored");
    case STEWARD_ISSUE_STATUS_RETIRED:   return _("Retired");
    default:                            return _("Open");
    }
}

G_DEFINE_ENUM_TYPE (StewardPartyKind, steward_party_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_SUPERIOR_AGENCY, "superior-agency"),
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_SCHOOLS, "schools"),
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_CITIZENS, "citizens"),
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_SUPPLIERS, "suppliers"),
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_STAFF, "staff"),
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_REGULATORS, "regulators"),
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_PARTNERS, "partners"),
  G_DEFINE_ENUM_VALUE (STEWARD_PARTY_OTHER, "other"))

const char *
steward_party_kind_to_string (StewardPartyKind value)
{
  switch (value)
    {
    case STEWARD_PARTY_SUPERIOR_AGENCY: return _("Superior agency");
    case STEWARD_PARTY_SCHOOLS:         return _("Schools");
    case STEWARD_PARTY_CITIZENS:        return _("Citizens");
    case STEWARD_PARTY_SUPPLIERS:       return _("Suppliers");
    case STEWARD_PARTY_STAFF:           return _("Staff");
    case STEWARD_PARTY_REGULATORS:      return _("Regulators");
    case STEWARD_PARTY_PARTNERS:        return _("Partners");
    case STEWARD_PARTY_OTHER:           return _("Other");
    default:                           return _("Superior agency");
    }
}

G_DEFINE_ENUM_TYPE (StewardRequirementKind, steward_requirement_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_REQUIREMENT_REQUIREMENT, "requirement"),
  G_DEFINE_ENUM_VALUE (STEWARD_REQUIREMENT_EXPECTATION, "expectation"),
  G_DEFINE_ENUM_VALUE (STEWARD_REQUIREMENT_NEED, "need"))

const char *
steward_requirement_kind_to_string (StewardRequirementKind value)
{
  switch (value)
    {
    case STEWARD_REQUIREMENT_REQUIREMENT: return _("Requirement");
    case STEWARD_REQUIREMENT_EXPECTATION: return _("Expectation");
    case STEWARD_REQUIREMENT_NEED:        return _("Need");
    default:                             return _("Requirement");
    }
}

G_DEFINE_ENUM_TYPE (StewardContactPurpose, steward_contact_purpose,
  G_DEFINE_ENUM_VALUE (STEWARD_CONTACT_INCIDENT_REPORTING, "incident-reporting"),
  G_DEFINE_ENUM_VALUE (STEWARD_CONTACT_LAW_ENFORCEMENT, "law-enforcement"),
  G_DEFINE_ENUM_VALUE (STEWARD_CONTACT_UTILITIES, "utilities"),
  G_DEFINE_ENUM_VALUE (STEWARD_CONTACT_SUPPLIER, "supplier"),
  G_DEFINE_ENUM_VALUE (STEWARD_CONTACT_SUPERIOR_AGENCY, "superior-agency"),
  G_DEFINE_ENUM_VALUE (STEWARD_CONTACT_CERT, "cert"),
  G_DEFINE_ENUM_VALUE (STEWARD_CONTACT_OTHER, "other"))

const char *
steward_contact_purpose_to_string (StewardContactPurpose value)
{
  switch (value)
    {
    case STEWARD_CONTACT_INCIDENT_REPORTING: return _("Incident reporting");
    case STEWARD_CONTACT_LAW_ENFORCEMENT:    return _("Law enforcement");
    case STEWARD_CONTACT_UTILITIES:          return _("Utilities");
    case STEWARD_CONTACT_SUPPLIER:           return _("Supplier");
    case STEWARD_CONTACT_SUPERIOR_AGENCY:    return _("Superior agency");
    case STEWARD_CONTACT_CERT:               return _("CERT");
    case STEWARD_CONTACT_OTHER:              return _("Other");
    default:                                return _("Incident reporting");
    }
}

G_DEFINE_ENUM_TYPE (StewardRegister, steward_register,
  G_DEFINE_ENUM_VALUE (STEWARD_REGISTER_ISSUES, "issues"),
  G_DEFINE_ENUM_VALUE (STEWARD_REGISTER_PARTIES, "parties"),
  G_DEFINE_ENUM_VALUE (STEWARD_REGISTER_CONTACTS, "contacts"),
  G_DEFINE_ENUM_VALUE (STEWARD_REGISTER_SCOPE, "scope"))

const char *
steward_register_to_string (StewardRegister value)
{
  switch (value)
    {
    case STEWARD_REGISTER_ISSUES:   return _("Internal and external issues");
    case STEWARD_REGISTER_PARTIES:  return _("Interested parties");
    case STEWARD_REGISTER_CONTACTS: return _("External contacts");
    case STEWARD_REGISTER_SCOPE:    return _("Scope and objectives");
    default:                       return _("Internal and external issues");
    }
}

G_DEFINE_ENUM_TYPE (StewardChangeKind, steward_change_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_CHANGE_ORGANIZATIONAL_CHANGE, "organizational-change"),
  G_DEFINE_ENUM_VALUE (STEWARD_CHANGE_NEW_BUSINESS, "new-business"))

const char *
steward_change_kind_to_string (StewardChangeKind value)
{
  switch (value)
    {
    case STEWARD_CHANGE_ORGANIZATIONAL_CHANGE: return _("Major organizational change");
    case STEWARD_CHANGE_NEW_BUSINESS:          return _("New business line");
    default:                                  return _("Major organizational change");
    }
}

G_DEFINE_ENUM_TYPE (StewardDecisionKind, steward_decision_kind,
  G_DEFINE_ENUM_VALUE (STEWARD_DECISION_SECURITY_MEETING, "security-meeting"),
  G_DEFINE_ENUM_VALUE (STEWARD_DECISION_SUPERIOR_DIRECTIVE, "superior-directive"))

const char *
steward_decision_kind_to_string (StewardDecisionKind value)
{
  switch (value)
    {
    case STEWARD_DECISION_SECURITY_MEETING:   return _("Decision of the security meeting");
    case STEWARD_DECISION_SUPERIOR_DIRECTIVE: return _("Directive of a superior agency");
    default:                                 return _("Decision of the security meeting");
    }
}

/**
 * steward_issue_category_is_external:
 *
 * Returns: whether @category is one of the external issues of 5.1.3
 */
gboolean
steward_issue_category_is_external (StewardIssueCategory category)
{
  return category <= STEWARD_ISSUE_EXTERNAL_RELATIONS;
}
