/* steward-contact.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-contact"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "steward-contact.h"

/* An entry of the external contacts list (外部單位聯絡清單, procedure
 * 5.5), kept by the ISMS management team: whom to call for what, and when
 * the entry was last verified. */
struct _StewardContact
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardContact, steward_contact, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ORGANIZATION,
  PROP_UNIT,
  PROP_PERSON,
  PROP_ROLE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_PURPOSE,
  PROP_VERIFIED_ON,
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

/**
 * steward_contact_phone_is_valid:
 *
 * Returns: whether @phone can be a phone number: digits (at least three),
 *   with spaces, "-", "+", parentheses, and an extension after "#", "ext"
 *   or "轉"
 */
gboolean
steward_contact_phone_is_valid (const char *phone)
{
  guint digits = 0;

  for (const char *p = phone; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) && c < 0x80)
        digits++;
      else if (c == '#' || g_str_has_prefix (p, "轉"))
        /* An extension: digits follow. */
        continue;
      else if (g_ascii_strncasecmp (p, "ext", 3) == 0)
        p += 2;
      else if (c >= 0x80 || strchr (" -+()./", (int) c) == NULL)
        return FALSE;
    }

  /* Three digits at the least: 110, 119, 165 and 1911 are numbers too. */
  return digits >= 3 && digits <= 20;
}

/**
 * steward_contact_email_is_valid:
 *
 * Returns: whether @email looks like an address: one "@", something
 *   before it, a domain with a dot after it, no spaces
 */
gboolean
steward_contact_email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');
  const char *dot;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL || strpbrk (email, " \t\n,;<>") != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');

  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

static void
steward_contact_validate (StewardRecord *record,
                          GPtrArray     *problems)
{
  StewardContact *self = STEWARD_CONTACT (record);


  if (is_blank (steward_contact_get_organization (self)))
    steward_record_add_problem (problems, "organization", _("Enter the organization."));
  if (!is_blank (steward_contact_get_phone (self)) && !steward_contact_phone_is_valid (steward_contact_get_phone (self)))
    steward_record_add_problem (problems, "phone",
                                _("This does not look like a phone number: use digits, with spaces, “-”, “+”, parentheses or an extension such as “#123”."));
  if (!is_blank (steward_contact_get_email (self)) && !steward_contact_email_is_valid (steward_contact_get_email (self)))
    steward_record_add_problem (problems, "email", _("This does not look like an e-mail address, such as soc@example.gov.tw."));
  if (is_blank (steward_contact_get_phone (self)) && is_blank (steward_contact_get_email (self)))
    steward_record_add_problem (problems, "phone", _("Enter a phone number or an e-mail address, so that the contact can be reached."));
}

static void
steward_contact_class_init (StewardContactClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_contact_validate;

  steward_record_class_set_table (record_class, "contact");

  properties[PROP_ORGANIZATION] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("organization", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_UNIT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("unit", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PERSON] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("person", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ROLE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("role", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PHONE] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("phone", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_EMAIL] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("email", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ADDRESS] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("address", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PURPOSE] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("purpose", NULL, NULL, STEWARD_TYPE_CONTACT_PURPOSE, STEWARD_CONTACT_INCIDENT_REPORTING,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_VERIFIED_ON] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("verified-on", NULL, NULL, G_TYPE_DATE, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_NOTES] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("notes", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_contact_init (StewardContact *self)
{
}

const char *
steward_contact_get_organization (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ORGANIZATION]);
}

const char *
steward_contact_get_unit (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_UNIT]);
}

const char *
steward_contact_get_person (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_PERSON]);
}

const char *
steward_contact_get_role (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ROLE]);
}

const char *
steward_contact_get_phone (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_PHONE]);
}

const char *
steward_contact_get_email (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_EMAIL]);
}

const char *
steward_contact_get_address (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ADDRESS]);
}

StewardContactPurpose
steward_contact_get_purpose (StewardContact *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_PURPOSE]);
}

/**
 * steward_contact_get_verified_on:
 *
 * Returns: (transfer none) (nullable): the verified on
 */
GDate *
steward_contact_get_verified_on (StewardContact *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_VERIFIED_ON]);
}

const char *
steward_contact_get_notes (StewardContact *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NOTES]);
}
