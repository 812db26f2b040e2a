/* steward-handover-item.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-handover-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-handover-item.h"

/* An item of a hand-over: its name, asset number and serial number. */
struct _StewardHandoverItem
{
  StewardRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (StewardHandoverItem, steward_handover_item, STEWARD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_HANDOVER_ID,
  PROP_NAME,
  PROP_ASSET_NUMBER,
  PROP_SERIAL,
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
steward_handover_item_validate (StewardRecord *record,
                                GPtrArray     *problems)
{
  StewardHandoverItem *self = STEWARD_HANDOVER_ITEM (record);


  if (steward_handover_item_get_handover_id (self) <= 0)
    steward_record_add_problem (problems, "handover-id", _("Choose the hand-over."));
  if (is_blank (steward_handover_item_get_name (self)))
    steward_record_add_problem (problems, "name", _("Name the item."));
}

static void
steward_handover_item_class_init (StewardHandoverItemClass *klass)
{
  StewardRecordClass *record_class = STEWARD_RECORD_CLASS (klass);

  record_class->validate = steward_handover_item_validate;

  steward_record_class_set_table (record_class, "handover_item");

  properties[PROP_HANDOVER_ID] = steward_record_class_install_column (
    record_class,
    g_param_spec_int64 ("handover-id", NULL, NULL, 0, G_MAXINT64, 0, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_ZERO_IS_NULL);
  properties[PROP_NAME] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("name", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_ASSET_NUMBER] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("asset-number", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
  properties[PROP_SERIAL] = steward_record_class_install_column (
    record_class,
    g_param_spec_string ("serial", NULL, NULL, NULL, STEWARD_COLUMN_PARAM_FLAGS),
    STEWARD_COLUMN_DEFAULT);
}

static void
steward_handover_item_init (StewardHandoverItem *self)
{
}

gint64
steward_handover_item_get_handover_id (StewardHandoverItem *self)
{
  return steward_record_get_int64 (STEWARD_RECORD (self), properties[PROP_HANDOVER_ID]);
}

const char *
steward_handover_item_get_name (StewardHandoverItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_NAME]);
}

const char *
steward_handover_item_get_asset_number (StewardHandoverItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_ASSET_NUMBER]);
}

const char *
steward_handover_item_get_serial (StewardHandoverItem *self)
{
  return steward_record_get_string (STEWARD_RECORD (self), properties[PROP_SERIAL]);
}
