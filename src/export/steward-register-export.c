/* steward-register-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-register-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-action-item.h"
#include "model/steward-action-progress.h"
#include "model/steward-audit.h"
#include "model/steward-communication.h"
#include "model/steward-finding.h"
#include "model/steward-handover-item.h"
#include "model/steward-handover.h"
#include "model/steward-meeting.h"
#include "model/steward-person.h"
#include "model/steward-project-review.h"
#include "model/steward-project-role.h"
#include "model/steward-project.h"
#include "model/steward-risk-result.h"
#include "steward-export-util.h"
#include "steward-file-writers.h"
#include "steward-register-export.h"
#include "steward-register-private.h"

/* The follow-up registers (procedure 3.10, 5.4.2, 5.7, 5.8) as CSV and
 * XLSX: the records of a register, each read with g_object_get_property()
 * by the property its columns name (steward-register-columns.c), then
 * written as a table. Enums are written translated, people by name; CSV
 * holds ISO 8601 dates, the workbook date cells, as the other exports do. */


static void
cell_clear (gpointer data)
{
  g_free (((StewardRegisterCell *)data)->text);
}

static void
export_clear (StewardRegisterExport *export)
{
  g_free (export->title);
  g_free (export->info);
  g_clear_pointer (&export->people, g_hash_table_unref);
  for (guint i = 0; i < N_LOOKUPS; i++)
    g_clear_pointer (&export->lookups[i], g_hash_table_unref);
  g_clear_pointer (&export->cells, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StewardRegisterExport, export_clear)

static GHashTable *
new_id_table (GDestroyNotify value_free)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, value_free);
}

static gpointer
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
lookup_append (GHashTable *table,
               gint64      id,
               const char *separator,
               const char *text)
{
  char *old = g_hash_table_lookup (table, &id);

  if (old == NULL)
    g_hash_table_insert (table, dup_id (id), g_strdup (text));
  else
    g_hash_table_insert (table, dup_id (id), g_strconcat (old, separator, text, NULL));
}

static void
lookup_count (GHashTable *table,
              gint64      id)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (table, &id));

  g_hash_table_insert (table, dup_id (id), GUINT_TO_POINTER (n + 1));
}

static char *
dup_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Reading the records beside the register's own */

static gboolean
load_people_cb (StewardRecord *record,
                gpointer       user_data)
{
  g_hash_table_insert (user_data, dup_id (steward_record_get_id (record)),
                       g_strdup (steward_person_get_name (STEWARD_PERSON (record))));
  return TRUE;
}

static gboolean
load_lookup_cb (StewardRecord *record,
                gpointer       user_data)
{
  StewardRegisterExport *export = user_data;
  gint64 id = steward_record_get_id (record);

  if (STEWARD_IS_ACTION_PROGRESS (record))
    {
      StewardActionProgress *progress = STEWARD_ACTION_PROGRESS (record);
      g_autofree char *date = dup_iso (steward_action_progress_get_noted_on (progress));
      g_autofree char *line = g_strdup_printf ("%s %s", date, steward_action_progress_get_note (progress));

      lookup_append (export->lookups[LOOKUP_PROGRESS], steward_action_progress_get_action_id (progress), "\n", line);
    }
  else if (STEWARD_IS_COMMUNICATION (record))
    lookup_append (export->lookups[LOOKUP_COMMUNICATION], id, "",
                   steward_communication_get_subject (STEWARD_COMMUNICATION (record)));
  else if (STEWARD_IS_AUDIT (record))
    {
      StewardAudit *audit = STEWARD_AUDIT (record);
      g_autofree char *date = dup_iso (steward_audit_get_held_on (audit));
      /* TRANSLATORS: an audit in the findings register: its kind, then its date */
      g_autofree char *text = g_strdup_printf (_("%s, %s"), steward_audit_kind_to_string (steward_audit_get_kind (audit)),
                                               date);

      lookup_append (export->lookups[LOOKUP_AUDIT], id, "", text);
    }
  else if (STEWARD_IS_FINDING (record))
    {
      StewardFinding *finding = STEWARD_FINDING (record);
      gint64 audit_id = steward_finding_get_audit_id (finding);
      GDate *closed = steward_finding_get_closed_on (finding);

      if (audit_id > 0)
        {
          lookup_count (export->lookups[LOOKUP_FINDINGS], audit_id);
          if (closed == NULL || !g_date_valid (closed))
            lookup_count (export->lookups[LOOKUP_OPEN_FINDINGS], audit_id);
        }
    }
  else if (STEWARD_IS_PROJECT_ROLE (record))
    {
      StewardProjectRole *role = STEWARD_PROJECT_ROLE (record);
      gint64 person_id = steward_project_role_get_person_id (role);
      const char *name = g_hash_table_lookup (export->people, &person_id);
      /* TRANSLATORS: a role in a project, in the projects register: the
       * person, then the role */
      g_autofree char *text = g_strdup_printf (_("%s: %s"), name ? name : "", steward_project_role_get_role (role));

      lookup_append (export->lookups[LOOKUP_ROLES], steward_project_role_get_project_id (role), "; ", text);
    }
  else if (STEWARD_IS_PROJECT_REVIEW (record))
    {
      StewardProjectReview *review = STEWARD_PROJECT_REVIEW (record);
      g_autofree char *date = dup_iso (steward_project_review_get_reviewed_on (review));
      const char *findings = steward_project_review_get_findings (review);
      const char *actions = steward_project_review_get_actions (review);
      g_autofree char *text = NULL;

      if (is_set (actions))
        /* TRANSLATORS: a security review of a project: its date, what it
         * found, what was done about it */
        text = g_strdup_printf (_("%s %s → %s"), date, findings ? findings : "", actions);
      else
        text = g_strdup_printf ("%s %s", date, findings ? findings : "");

      lookup_append (export->lookups[LOOKUP_REVIEWS], steward_project_review_get_project_id (review), "\n", text);
    }
  else if (STEWARD_IS_HANDOVER_ITEM (record))
    {
      StewardHandoverItem *item = STEWARD_HANDOVER_ITEM (record);
      const char *asset = steward_handover_item_get_asset_number (item);
      const char *serial = steward_handover_item_get_serial (item);
      const char *name = steward_handover_item_get_name (item);
      g_autofree char *text = NULL;

      if (is_set (asset) && is_set (serial))
        /* TRANSLATORS: an item handed over: its name, asset number and serial number */
        text = g_strdup_printf (_("%s (asset number %s, serial number %s)"), name, asset, serial);
      else if (is_set (asset))
        text = g_strdup_printf (_("%s (asset number %s)"), name, asset);
      else if (is_set (serial))
        text = g_strdup_printf (_("%s (serial number %s)"), name, serial);
      else
        text = g_strdup (name);

      lookup_append (export->lookups[LOOKUP_ITEMS], steward_handover_item_get_handover_id (item), "\n", text);
    }

  return TRUE;
}

static gboolean
load_each (StewardDatabase  *db,
           GType             type,
           const char       *order_by,
           gboolean        (*func) (StewardRecord *record,
                                    gpointer       user_data),
           gpointer          user_data,
           GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  if (order_by != NULL)
    steward_query_order_by (query, order_by, FALSE);
  steward_query_order_by (query, "id", FALSE);

  return steward_record_load_each (db, type, query, func, user_data, error);
}

static gboolean
load_lookups (StewardRegisterExport  *export,
              StewardDatabase        *db,
              GError                **error)
{
  guint wanted = export->reg->lookups;

  for (guint i = 0; i < N_LOOKUPS; i++)
    if (wanted & (1 << i))
      export->lookups[i] = new_id_table (i == LOOKUP_FINDINGS || i == LOOKUP_OPEN_FINDINGS ? NULL : g_free);

  if ((wanted & 1 << LOOKUP_PROGRESS) &&
      !load_each (db, STEWARD_TYPE_ACTION_PROGRESS, "noted_on", load_lookup_cb, export, error))
    return FALSE;
  if ((wanted & 1 << LOOKUP_COMMUNICATION) &&
      !load_each (db, STEWARD_TYPE_COMMUNICATION, NULL, load_lookup_cb, export, error))
    return FALSE;
  if ((wanted & 1 << LOOKUP_AUDIT) &&
      !load_each (db, STEWARD_TYPE_AUDIT, NULL, load_lookup_cb, export, error))
    return FALSE;
  if ((wanted & 1 << LOOKUP_FINDINGS) &&
      !load_each (db, STEWARD_TYPE_FINDING, NULL, load_lookup_cb, export, error))
    return FALSE;
  if ((wanted & 1 << LOOKUP_ROLES) &&
      !load_each (db, STEWARD_TYPE_PROJECT_ROLE, NULL, load_lookup_cb, export, error))
    return FALSE;
  if ((wanted & 1 << LOOKUP_REVIEWS) &&
      !load_each (db, STEWARD_TYPE_PROJECT_REVIEW, "reviewed_on", load_lookup_cb, export, error))
    return FALSE;
  if ((wanted & 1 << LOOKUP_ITEMS) &&
      !load_each (db, STEWARD_TYPE_HANDOVER_ITEM, NULL, load_lookup_cb, export, error))
    return FALSE;

  return TRUE;
}

/* From a record to its cells */

static const char *
enum_to_string (GType type,
                int   value)
{
  if (type == STEWARD_TYPE_ACTION_STATUS)
    return steward_action_status_to_string (value);
  if (type == STEWARD_TYPE_ACTION_SOURCE)
    return steward_action_source_to_string (value);
  if (type == STEWARD_TYPE_EFFECTIVENESS)
    return steward_effectiveness_to_string (value);
  if (type == STEWARD_TYPE_COMMUNICATION_KIND)
    return steward_communication_kind_to_string (value);
  if (type == STEWARD_TYPE_CHANNEL)
    return steward_channel_to_string (value);
  if (type == STEWARD_TYPE_AUDIT_KIND)
    return steward_audit_kind_to_string (value);
  if (type == STEWARD_TYPE_FINDING_SOURCE)
    return steward_finding_source_to_string (value);
  if (type == STEWARD_TYPE_GRADING)
    return steward_grading_to_string (value);
  if (type == STEWARD_TYPE_HANDOVER_REASON)
    return steward_handover_reason_to_string (value);

  g_critical ("No names for the values of %s", g_type_name (type));
  return "";
}

static const char *
yes_or_no (gboolean value)
{
  /* TRANSLATORS: a yes-or-no cell of an exported register */
  return value ? C_("register", "Yes") : C_("register", "No");
}

static void
set_text (StewardRegisterCell *cell,
          const char          *text)
{
  if (!is_set (text))
    return;

  cell->kind = CELL_TEXT;
  cell->text = g_strdup (text);
}

static void
set_number (StewardRegisterCell *cell,
            double               number)
{
  cell->kind = CELL_NUMBER;
  cell->number = number;
}

static gint64
get_int (const GValue *value)
{
  if (G_VALUE_HOLDS_INT64 (value))
    return g_value_get_int64 (value);
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value);
  if (G_VALUE_HOLDS_UINT (value))
    return g_value_get_uint (value);

  return 0;
}

static void
fill_cell (StewardRegisterExport       *export,
           StewardRecord               *record,
           const StewardRegisterColumn *column,
           StewardRegisterCell         *cell)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (column->kind == COLUMN_MARK)
    {
      set_text (cell, yes_or_no (column->mark (record, export->today)));
      return;
    }

  g_object_get_property (G_OBJECT (record), column->property, &value);

  switch (column->kind)
    {
    case COLUMN_ID:
      set_number (cell, get_int (&value));
      break;

    case COLUMN_NUMBER:
      /* An id of another record: none is no number. */
      if (G_VALUE_HOLDS_INT64 (&value) && g_value_get_int64 (&value) == 0)
        break;
      set_number (cell, get_int (&value));
      break;

    case COLUMN_TEXT:
      set_text (cell, g_value_get_string (&value));
      break;

    case COLUMN_BOOLEAN:
      set_text (cell, yes_or_no (g_value_get_boolean (&value)));
      break;

    case COLUMN_ENUM:
      set_text (cell, enum_to_string (G_VALUE_TYPE (&value), g_value_get_enum (&value)));
      break;

    case COLUMN_PERSON:
      {
        gint64 id = get_int (&value);

        if (id > 0)
          set_text (cell, g_hash_table_lookup (export->people, &id));
      }
      break;

    case COLUMN_DATE:
      {
        GDate *date = g_value_get_boxed (&value);

        if (date != NULL && g_date_valid (date))
          {
            cell->kind = CELL_DATE;
            cell->when = (StewardRegisterWhen) { g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                          0, 0, 0 };
            cell->text = dup_iso (date);
          }
      }
      break;

    case COLUMN_DATE_TIME:
      {
        GDateTime *date_time = g_value_get_boxed (&value);

        if (date_time != NULL)
          {
            g_autoptr(GDateTime) local = g_date_time_to_local (date_time);

            cell->kind = CELL_DATE_TIME;
            cell->when = (StewardRegisterWhen) { g_date_time_get_year (local), g_date_time_get_month (local),
                                          g_date_time_get_day_of_month (local), g_date_time_get_hour (local),
                                          g_date_time_get_minute (local), 0 };
            cell->text = g_date_time_format (local, "%Y-%m-%d %H:%M");
          }
      }
      break;

    case COLUMN_LOOKUP:
      {
        gint64 id = get_int (&value);

        set_text (cell, g_hash_table_lookup (export->lookups[column->lookup], &id));
      }
      break;

    case COLUMN_COUNT:
      {
        gint64 id = get_int (&value);

        set_number (cell, GPOINTER_TO_UINT (g_hash_table_lookup (export->lookups[column->lookup], &id)));
      }
      break;

    case COLUMN_MARK:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
add_row_cb (StewardRecord *record,
            gpointer       user_data)
{
  StewardRegisterExport *export = user_data;
  guint first = export->cells->len;

  g_array_set_size (export->cells, first + export->reg->n_columns);
  for (guint c = 0; c < export->reg->n_columns; c++)
    fill_cell (export, record, &export->reg->columns[c],
               &g_array_index (export->cells, StewardRegisterCell, first + c));
  export->n_rows++;

  return TRUE;
}

/* CSV: the same table, dates as ISO 8601 text, numbers as numbers. */

static gboolean
write_csv (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  StewardRegisterExport *export = user_data;
  g_autoptr(StewardCsv) csv = steward_csv_new ();

  for (guint c = 0; c < export->reg->n_columns; c++)
    steward_csv_add_text (csv, _(export->reg->columns[c].title));
  steward_csv_end_row (csv);

  for (guint r = 0; r < export->n_rows; r++)
    {
      for (guint c = 0; c < export->reg->n_columns; c++)
        {
          StewardRegisterCell *cell = steward_register_export_get_cell (export, r, c);

          if (cell->kind == CELL_NUMBER)
            steward_csv_add_number (csv, cell->number);
          else
            steward_csv_add_text (csv, cell->text);
        }
      steward_csv_end_row (csv);
    }

  return steward_csv_write (csv, tmp_path, error);
}

/* XLSX, by the formats module */

static gboolean
write_xlsx (const char  *tmp_path,
            const char  *display_name,
            gpointer     user_data,
            GError     **error)
{
  const StewardFileWriters *writers = steward_file_writers_get (error);

  return writers != NULL && writers->register_xlsx (tmp_path, display_name, user_data, error);
}

static char *
dup_names (void)
{
  return g_strjoinv (", ", (char **)steward_register_export_get_names ());
}

/**
 * steward_register_export:
 * @db: the database to read
 * @register_name: one of steward_register_export_get_names()
 * @path: the file to write: .csv or .xlsx
 * @calendar: how the workbook's heading writes the day of the export; the
 *   cells keep dates that spreadsheets sort (ISO 8601 text in CSV, date
 *   cells in XLSX), as the other exports do
 *
 * Writes every record of a follow-up register, one a row, with the
 * columns of its form: people by name, kinds and states translated, and
 * what needs attention (overdue, awaiting approval, risk assessment due,
 * open) as a column of its own. The file appears when it is complete; on
 * error there is no file, and what was at @path before is kept.
 *
 * Returns: whether the file was written
 */
gboolean
steward_register_export (StewardDatabase  *db,
                         const char       *register_name,
                         const char       *path,
                         StewardCalendar   calendar,
                         GError          **error)
{
  g_auto(StewardRegisterExport) export = { 0 };
  g_autoptr(GDate) today = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *refusal = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  export.reg = steward_register_find (register_name);
  if (export.reg == NULL)
    {
      g_autofree char *names = dup_names ();

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("There is no register called “%s”: use one of %s."),
                   register_name ? register_name : "", names);
      return FALSE;
    }

  display_name = g_filename_display_name (path);
  refusal = g_strdup_printf (_("Cannot export the register as “%s”: choose a file name ending in .csv or .xlsx."),
                             display_name);
  if (steward_export_format_from_path (path) != STEWARD_EXPORT_FORMAT_CSV &&
      steward_export_format_from_path (path) != STEWARD_EXPORT_FORMAT_XLSX)
    return steward_export_run (path, NULL, NULL, NULL, refusal, NULL, error);

  today = steward_date_new_today ();
  date = steward_date_format (today, calendar);
  export.today = today;
  export.title = g_strdup (_(export.reg->title));
  /* TRANSLATORS: in the heading of an exported register: the day it was exported */
  export.info = g_strdup_printf (_("Exported on: %s"), date);
  export.people = new_id_table (g_free);
  export.cells = g_array_new (FALSE, TRUE, sizeof (StewardRegisterCell));
  g_array_set_clear_func (export.cells, cell_clear);

  if (!load_each (db, STEWARD_TYPE_PERSON, NULL, load_people_cb, export.people, error) ||
      !load_lookups (&export, db, error) ||
      !load_each (db, export.reg->get_type (), export.reg->order_by, add_row_cb, &export, error))
    return FALSE;

  return steward_export_run (path, write_csv, write_xlsx, NULL, refusal, &export, error);
}
