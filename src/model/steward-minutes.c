/* steward-minutes.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-minutes.h"

/* A version of the minutes of a management review, a record under
 * document control (5.4.3): drafted, then issued by the document
 * controller (who, when). Issued, it keeps the content it showed (JSON)
 * and the PDF that was issued with its SHA-256; the database refuses any
 * change. A correction is a new version that replaces it. */
struct _StewardMinutes
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardMinutes, steward_minutes, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_VERSION,
  PROP_REPLACES_ID,
  PROP_STATUS,
  PROP_DOCUMENT_NUMBER,
  PROP_REASON,
  PROP_ISSUED_BY,
  PROP_ISSUED_AT,
  PROP_CONTENT,
  PROP_PDF,
  PROP_PDF_SHA256,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
}

static void
steward_minutes_validate (StewardRecord *record,
                          GPtrArray     *problems)
{
  StewardMinutes *self = STEWARD_MINUTES (record);


  if (steward_minutes_get_version (self) <= 0)
    steward_record_add_problem (problems, "version", _("The version is 1 or more."));
  if (steward_minutes_get_version (self) > 1 && is_blank (steward_minutes_get_reason (self)))
    steward_record_add_problem (problems, "reason", _("Say what the correction changes."));
  if (steward_minutes_get_status (self) == STEWARD_MINUTES_ISSUED &&
      is_blank (steward_minutes_get_issued_by (self)))
    steward_record_add_problem (problems, "issued-by", _("Say who issues the minutes."));
}

static void
steward_minutes_class_init (StewardMinutesClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_minutes_validate;

  steward_record_class_set_table (record_class, "minutes");

  properties[PROP_REVIEW_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("review-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_VERSION] = steward_record_class_install_column (
    record_class,
    g_param_spec_int ("version", NULL, NULL, 0, G_MAXINT, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REPLACES_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("replaces-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_STATUS] = steward_record_class_install_column (
    record_class,
    g_param_spec_enum ("status", NULL, NULL, STEWARD_TYPE_MINUTES_STATUS, STEWARD_MINUTES_DRAFT,
                       STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_DOCUMENT_NUMBER] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("document-number", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_REASON] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("reason", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ISSUED_BY] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("issued-by", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ISSUED_AT] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("issued-at", NULL, NULL, G_TYPE_DATE_TIME, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_CONTENT] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("content", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PDF] = steward_record_class_install_column (
    record_class,
    g_param_spec_boxed ("pdf", NULL, NULL, G_TYPE_BYTES, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_PDF_SHA256] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("pdf-sha256", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_minutes_init (StewardMinutes *self)
{
}

gint64
steward_minutes_get_review_id (StewardMinutes *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_REVIEW_ID]);
}

int
steward_minutes_get_version (StewardMinutes *self)
{
  return steward_record_get_int (STEWARD_RECORD (self), properties[PROP_VERSION]);
}

gint64
steward_minutes_get_replaces_id (StewardMinutes *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_REPLACES_ID]);
}

StewardMinutesStatus
steward_minutes_get_status (StewardMinutes *self)
{
  return steward_record_get_enum (STEWARD_RECORD (self), properties[PROP_STATUS]);
}

const char *
steward_minutes_get_document_number (StewardMinutes *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_DOCUMENT_NUMBER]);
}

const char *
steward_minutes_get_reason (StewardMinutes *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_REASON]);
}

const char *
steward_minutes_get_issued_by (StewardMinutes *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ISSUED_BY]);
}

/**
 * steward_minutes_get_issued_at:
 *
 * Returns: (transfer none) (nullable): the issued at
 */
GDateTime *
steward_minutes_get_issued_at (StewardMinutes *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_ISSUED_AT]);
}

const char *
steward_minutes_get_content (StewardMinutes *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_CONTENT]);
}

/**
 * steward_minutes_get_pdf:
 *
 * Returns: (transfer none) (nullable): the pdf
 */
GBytes *
steward_minutes_get_pdf (StewardMinutes *self)
{
  return steward_record_get_boxed (STEWARD_RECORD (self), properties[PROP_PDF]);
}

const char *
steward_minutes_get_pdf_sha256 (StewardMinutes *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_PDF_SHA256]);
}
