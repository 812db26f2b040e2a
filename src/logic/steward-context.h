/* steward-context.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-contact.h"
#include "model/steward-context-enums.h"
#include "model/steward-enums.h"
#include "model/steward-org-change.h"
#include "model/steward-register-review.h"
#include "model/steward-scope-version.h"
#include "store/steward-database.h"

G_BEGIN_DECLS

/* The rules of the context registers: each register is reviewed at least
 * once a year, and at once after a major organizational change or a new
 * business line (5.2); the external contacts are verified every year
 * (5.5); the scope has versions, each from a decision (5.1.1). */

/**
 * StewardRegisterDueReason:
 * @STEWARD_REGISTER_NOT_DUE: reviewed within the year, and nothing since
 * @STEWARD_REGISTER_NEVER_REVIEWED: no review on record
 * @STEWARD_REGISTER_CHANGE_TRIGGER: an organizational change or a new
 *   business line came after the last review
 * @STEWARD_REGISTER_YEAR_PASSED: the last review is a year old or older
 */
typedef enum
{
  STEWARD_REGISTER_NOT_DUE,
  STEWARD_REGISTER_NEVER_REVIEWED,
  STEWARD_REGISTER_CHANGE_TRIGGER,
  STEWARD_REGISTER_YEAR_PASSED,
} StewardRegisterDueReason;

/* Where one register stands on a day: made by
 * steward_context_register_statuses(), never stored. */
#define STEWARD_TYPE_REGISTER_STATUS (steward_register_status_get_type ())

G_DECLARE_FINAL_TYPE (StewardRegisterStatus, steward_register_status, STEWARD, REGISTER_STATUS, GObject)

StewardRegister           steward_register_status_get_register    (StewardRegisterStatus *self);
StewardRegisterReview    *steward_register_status_get_last_review (StewardRegisterStatus *self);
GDate                    *steward_register_status_get_last_reviewed_on (StewardRegisterStatus *self);
StewardOrgChange         *steward_register_status_get_trigger     (StewardRegisterStatus *self);
gboolean                  steward_register_status_get_due         (StewardRegisterStatus *self);
GDate                    *steward_register_status_get_due_on      (StewardRegisterStatus *self);
StewardRegisterDueReason  steward_register_status_get_due_reason  (StewardRegisterStatus *self);
const char               *steward_register_status_get_reason      (StewardRegisterStatus *self);

GPtrArray                *steward_context_register_statuses       (StewardDatabase       *db,
                                                                   const GDate           *today,
                                                                   StewardCalendar        calendar,
                                                                   GError               **error);
StewardRegisterStatus    *steward_context_register_status         (StewardDatabase       *db,
                                                                   StewardRegister        reg,
                                                                   const GDate           *today,
                                                                   StewardCalendar        calendar,
                                                                   GError               **error);
guint                     steward_context_count_registers_due     (GPtrArray             *statuses);

gboolean                  steward_context_record_change           (StewardDatabase       *db,
                                                                   StewardOrgChange      *change,
                                                                   GError               **error);
gboolean                  steward_context_mark_reviewed           (StewardDatabase       *db,
                                                                   StewardRegister        reg,
                                                                   const char            *reviewer,
                                                                   const GDate           *date,
                                                                   gboolean               no_change,
                                                                   const char            *changes,
                                                                   const char            *note,
                                                                   GError               **error);

gboolean                  steward_contact_is_due                  (StewardContact        *contact,
                                                                   const GDate           *today);
guint                     steward_context_count_contacts_due      (GListModel            *contacts,
                                                                   const GDate           *today);

StewardScopeVersion      *steward_context_scope_version_at        (StewardDatabase       *db,
                                                                   const GDate           *date,
                                                                   GError               **error);
gint64                    steward_context_next_scope_version      (StewardDatabase       *db,
                                                                   GError               **error);

G_END_DECLS
