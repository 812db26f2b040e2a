/* steward-person.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-person"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "steward-person.h"

/* A person of the organization: a line of the roster (資訊安全組織成員表)
 * without the roles, which memberships give. */
struct _StewardPerson
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardPerson, steward_person, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  PROP_UNIT,
  PROP_PHONE,
  PROP_EXTENSION,
  PROP_EMAIL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * steward_email_is_valid:
 *
 * Whether @email looks like an address mail can be sent to: a local part,
 * one @, a domain with a dot, no spaces. An empty address is valid (none).
 */
gboolean
steward_email_is_valid (const char *email)
{
  const char *at;
  const char *dot;

  if (email == NULL || email[0] == '\0')
    return TRUE;

  if (!g_utf8_validate (email, -1, NULL) ||
      strpbrk (email, " \t\r\n,;<>()[]\\\"") != NULL)
    return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');

  return dot != NULL && dot > at + 1 && dot[1] != '\0' && strstr (at + 1, "..") == NULL;
}

static void
steward_person_validate (StewardRecord *record,
                         GPtrArray     *problems)
{
  StewardPerson *self = STEWARD_PERSON (record);
  const char *name = steward_person_get_name (self);
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (trimmed[0] == '\0')
    steward_record_add_problem (problems, "name", _("Enter the person’s name."));

  if (!steward_email_is_valid (steward_person_get_email (self)))
    steward_record_add_problem (problems, "email",
                                _("This is not an e-mail address: write it as name@example.gov.tw."));
}

static void
steward_person_class_init (StewardPersonClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_person_validate;

  steward_record_class_set_table (record_class, "person");

#define STRING_COLUMN(id, name) \
  properties[id] = steward_record_class_install_column ( \
    record_class, \
    g_param_spec_string (name, NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS), \
    STEWARD_COLUMN_DEFAULT)

  STRING_COLUMN (PROP_NAME, "name");
  STRING_COLUMN (PROP_TITLE, "title");
  STRING_COLUMN (PROP_UNIT, "unit");
  STRING_COLUMN (PROP_PHONE, "phone");
  STRING_COLUMN (PROP_EXTENSION, "extension");
  STRING_COLUMN (PROP_EMAIL, "email");
  STRING_COLUMN (PROP_NOTES, "notes");

#undef STRING_COLUMN
}

static void
steward_person_init (StewardPerson *self)
{
}

StewardPerson *
steward_person_new (void)
{
  return g_object_new (STEWARD_TYPE_PERSON, NULL);
}

#define STRING_GETTER(func, id) \
  const char * \
  func (StewardPerson *self) \
  { \
    g_return_val_if_fail (STEWARD_IS_PERSON (self), NULL); \
    return steward_record_get_string (STEWARD_RECORD (self), properties[id]); \
  }

STRING_GETTER (steward_person_get_name, PROP_NAME)
STRING_GETTER (steward_person_get_title, PROP_TITLE)
STRING_GETTER (steward_person_get_unit, PROP_UNIT)
STRING_GETTER (steward_person_get_phone, PROP_PHONE)
STRING_GETTER (steward_person_get_extension, PROP_EXTENSION)
STRING_GETTER (steward_person_get_email, PROP_EMAIL)
STRING_GETTER (steward_person_get_notes, PROP_NOTES)
