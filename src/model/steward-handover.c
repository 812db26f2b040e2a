/* steward-handover.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-handover"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-handover.h"

/* A hand-over of information-processing equipment, new or moved
 * (procedure 3.10): from whom, to whom, authorised by the responsible
 * supervisor, and accepted by the receiver, who takes responsibility. Its
 * items are records of their own. */
struct _StewardHandover
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardHandover, steward_handover, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_HANDED_ON,
  PROP_REASON,
  PROP_FROM_PARTY,
  PROP_TO_PARTY,
  PROP_AUTHORISED_BY,
  PROP_AUTHORISED_ON,
  PROP_ACCEPTED_BY,
  PROP_ACCEPTED_ON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
}

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static void
steward_handover_validate (StewardRecord *record,
                           GPtrArray     *problems)
{
  StewardHandover *self = STEWARD_HANDOVER (record);


  if (!date_set (steward_handover_get_handed_on (self)))
    steward_record_add_problem (problems, "handed-on", _("Enter the date of the hand-over."));
  if (is_blank (steward_handover_get_from_party (self)))
    steward_record_add_problem (problems, "from-party", _("Enter who hands the equipment over."));
  if (is_blank (steward_handover_get_to_party (self)))
    steward_record_add_problem (problems, "to-party", _("Enter who receives the equipment."));
  if (date_set (steward_handover_get_authorised_on (self)) && is_blank (steward_handover_get_authorised_by (self)))
    steward_record_add_problem (problems, "authorised-by", _("Enter the supervisor who authorised the hand-over."));
  if (date_set (steward_handover_get_accepted_on (self)) && is_blank (steward_handover_get_accepted_by (self)))
    steward_record_add_problem (problems, "accepted-by", _("Enter who accepted responsibility for the equipment."));
}

static void
steward_handover_class_init (StewardHandoverClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_handover_validate;

  steward_record_class_set_table (record_class, "handover");

  properties[PROP_HANDED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("handed-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REASON] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("reason", NULL, NULL, STEWARD_TYPE_HANDOVER_REASON, STEWARD_HANDOVER_NEW,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_FROM_PARTY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("from-party", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_TO_PARTY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("to-party", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_AUTHORISED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("authorised-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_AUTHORISED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("authorised-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ACCEPTED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("accepted-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ACCEPTED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("accepted-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_handover_init (StewardHandover *self)
{
}

/**
 * steward_handover_get_handed_on:
 *
 * Returns: (transfer none) (nullable): the handed on
 */
GDate *
steward_handover_get_handed_on (StewardHandover *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_HANDED_ON]);
}

StewardHandoverReason
steward_handover_get_reason (StewardHandover *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_REASON]);
}

const char *
steward_handover_get_from_party (StewardHandover *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_FROM_PARTY]);
}

const char *
steward_handover_get_to_party (StewardHandover *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_TO_PARTY]);
}

const char *
steward_handover_get_authorised_by (StewardHandover *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_AUTHORISED_BY]);
}

/**
 * steward_handover_get_authorised_on:
 *
 * Returns: (transfer none) (nullable): the authorised on
 */
GDate *
steward_handover_get_authorised_on (StewardHandover *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_AUTHORISED_ON]);
}

const char *
steward_handover_get_accepted_by (StewardHandover *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ACCEPTED_BY]);
}

/**
 * steward_handover_get_accepted_on:
 *
 * Returns: (transfer none) (nullable): the accepted on
 */
GDate *
steward_handover_get_accepted_on (StewardHandover *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_ACCEPTED_ON]);
}

const char *
steward_handover_get_notes (StewardHandover *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
