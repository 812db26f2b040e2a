/* steward-context-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-context-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "logic/steward-history.h"
#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-party-requirement.h"
#include "model/steward-party.h"
#include "steward-context-export.h"
#include "steward-context-private.h"
#include "steward-export-util.h"

/* The forms of the context registers, read from the records: the
 * interested parties and issues register (利害關係者與議題一覽表) and the
 * external contacts list (外部單位聯絡清單). steward-context-form.c writes
 * them as files. */

/* The column names are those the CSV import knows, in the same words
 * (the same messages), so that an exported file goes back in as it is, in
 * either language. The import takes the first column whose name it knows
 * for a field: the register's CSV has the parties' columns first, and no
 * name of theirs may be one the import knows for an issue's field. */

enum
{
  PARTY_NAME,
  PARTY_SCOPE,
  PARTY_KIND,
  REQUIREMENT_KIND,
  REQUIREMENT_TEXT,
  REQUIREMENT_ADDRESSED_BY,
  REQUIREMENT_DECISION_REF,
  REQUIREMENT_DECISION_DATE,
  N_PARTY_COLUMNS,
  N_PARTY_GROUPED = REQUIREMENT_KIND,
};

static const StewardContextColumn party_columns[N_PARTY_COLUMNS] = {
  [PARTY_NAME] = { N_("Interested party"), 1.3, 24 },
  [PARTY_SCOPE] = { N_("Internal or external"), 0, 10 },
  /* TRANSLATORS: a column of the interested parties and issues register:
   * the kind of interested party. The CSV import reads it back: write it
   * as 類型 or 種類, not as 類別, which names the issues' category there */
  [PARTY_KIND] = { NC_("register", "Kind"), 0, 16, 0, "register" },
  /* TRANSLATORS: a column of the interested parties and issues register:
   * requirement, expectation or need. It must not read as the column
   * "Kind" (of the interested party) */
  [REQUIREMENT_KIND] = { N_("Kind of requirement"), 0, 12 },
  [REQUIREMENT_TEXT] = { N_("Requirement, expectation or need"), 2.6, 40 },
  /* TRANSLATORS: a column of the register: what the centre does to meet
   * the requirement */
  [REQUIREMENT_ADDRESSED_BY] = { N_("How addressed"), 2.0, 40 },
  /* TRANSLATORS: a column of the register: the decision of the security
   * meeting or the directive a requirement comes from. It and "Decision
   * date" must not read as the issues' "Source reference" and "Source
   * date" (來源文號, 來源日期, 決議日期), which the CSV import reads */
  [REQUIREMENT_DECISION_REF] = { N_("Decision reference"), 1.0, 24 },
  [REQUIREMENT_DECISION_DATE] = { N_("Decision date"), 0, 12 },
};

enum
{
  ISSUE_SCOPE,
  ISSUE_CATEGORY,
  ISSUE_DESCRIPTION,
  ISSUE_EFFECT,
  ISSUE_SOURCE,
  ISSUE_SOURCE_REF,
  ISSUE_SOURCE_DATE,
  ISSUE_STATUS,
  ISSUE_IDENTIFIED_ON,
  N_ISSUE_COLUMNS,
};

static const StewardContextColumn issue_columns[N_ISSUE_COLUMNS] = {
  [ISSUE_SCOPE] = { N_("Internal or external"), 0, 10 },
  [ISSUE_CATEGORY] = { N_("Category"), 0, 20 },
  [ISSUE_DESCRIPTION] = { N_("Issue"), 3.0, 40 },
  /* the effect on the ISMS */
  [ISSUE_EFFECT] = { N_("Effect"), 2.4, 40 },
  [ISSUE_SOURCE] = { N_("Source"), 0, 18 },
  [ISSUE_SOURCE_REF] = { N_("Source reference"), 1.1, 24 },
  [ISSUE_SOURCE_DATE] = { N_("Source date"), 0, 12 },
  [ISSUE_STATUS] = { N_("Status"), 0, 10 },
  [ISSUE_IDENTIFIED_ON] = { N_("Identified on"), 0, 12 },
};

enum
{
  CONTACT_PURPOSE,
  CONTACT_ORGANIZATION,
  CONTACT_UNIT,
  CONTACT_PERSON,
  CONTACT_ROLE,
  CONTACT_PHONE,
  CONTACT_EMAIL,
  CONTACT_ADDRESS,
  CONTACT_VERIFIED_ON,
  CONTACT_DUE,
  CONTACT_NOTES,
  N_CONTACT_COLUMNS,
  N_CONTACT_GROUPED = CONTACT_ORGANIZATION,
};

/* Phone numbers and e-mail addresses are copied by hand from the printed
 * list: they keep their line when the page allows. */
static const StewardContextColumn contact_columns[N_CONTACT_COLUMNS] = {
  [CONTACT_PURPOSE] = { N_("Purpose"), 0, 18 },
  [CONTACT_ORGANIZATION] = { N_("Organization"), 1.4, 30 },
  [CONTACT_UNIT] = { N_("Unit"), 1.0, 20 },
  [CONTACT_PERSON] = { N_("Contact person"), 0, 14 },
  [CONTACT_ROLE] = { N_("Role"), 0.8, 16 },
  [CONTACT_PHONE] = { N_("Phone"), 0, 18, 0.14 },
  [CONTACT_EMAIL] = { N_("E-mail"), 0, 30, 0.2 },
  [CONTACT_ADDRESS] = { N_("Address"), 1.5, 36 },
  [CONTACT_VERIFIED_ON] = { N_("Verified on"), 0, 12 },
  /* TRANSLATORS: a column of the external contacts list: whether the
   * contact is due to be verified again */
  [CONTACT_DUE] = { N_("Verification"), 0, 12 },
  [CONTACT_NOTES] = { N_("Notes"), 1.2, 30 },
};

/* Reading */

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

/* Returns: (transfer full): every record of @type, by id */
static GPtrArray *
load_records (StewardDatabase  *db,
              GType             type,
              GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (db, type, query, collect_cb, records, error))
    return NULL;

  return g_steal_pointer (&records);
}

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/* Dates that are not set come last. */
static int
compare_dates (const GDate *a,
               const GDate *b)
{
  if (!date_is_set (a) || !date_is_set (b))
    return date_is_set (b) - date_is_set (a);

  return g_date_compare (a, b);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = steward_record_get_id ((StewardRecord *)a);
  gint64 y = steward_record_get_id ((StewardRecord *)b);

  return (x > y) - (x < y);
}

/* The register: interested parties */

static int
compare_parties (gconstpointer a,
                 gconstpointer b)
{
  StewardParty *x = *(StewardParty **)a;
  StewardParty *y = *(StewardParty **)b;
  int result;

  /* External first, as the procedure lists them (5.1.3). */
  result = (int)steward_party_get_scope (y) - (int)steward_party_get_scope (x);
  if (result == 0)
    result = (int)steward_party_get_kind (x) - (int)steward_party_get_kind (y);
  if (result == 0)
    result = g_utf8_collate (steward_party_get_name (x), steward_party_get_name (y));

  return result != 0 ? result : compare_ids (x, y);
}

static int
compare_requirements (gconstpointer a,
                      gconstpointer b)
{
  StewardPartyRequirement *x = *(StewardPartyRequirement **)a;
  StewardPartyRequirement *y = *(StewardPartyRequirement **)b;
  int result;

  result = (int)steward_party_requirement_get_kind (x) - (int)steward_party_requirement_get_kind (y);
  if (result == 0)
    result = compare_dates (steward_party_requirement_get_decision_date (x),
                            steward_party_requirement_get_decision_date (y));

  return result != 0 ? result : compare_ids (x, y);
}

/* The requirements in force on @as_of, by party id: a requirement
 * retired on or before the day is left out. */
static GHashTable *
group_requirements (GPtrArray   *requirements,
                    const GDate *as_of)
{
  GHashTable *by_party = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < requirements->len; i++)
    {
      StewardPartyRequirement *requirement = g_ptr_array_index (requirements, i);
      GDate *retired_on = steward_party_requirement_get_retired_on (requirement);
      gint64 party_id = steward_party_requirement_get_party_id (requirement);
      GPtrArray *list;

      if (date_is_set (retired_on) && g_date_compare (retired_on, as_of) <= 0)
        continue;

      list = g_hash_table_lookup (by_party, &party_id);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_party, g_memdup2 (&party_id, sizeof party_id), list);
        }
      g_ptr_array_add (list, requirement);
    }

  return by_party;
}

static gboolean
add_parties (StewardContextForm  *form,
             StewardDatabase     *db,
             const GDate         *as_of,
             GError             **error)
{
  g_autoptr(GPtrArray) parties = load_records (db, STEWARD_TYPE_PARTY, error);
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GHashTable) by_party = NULL;
  StewardContextPart *part;

  if (parties == NULL)
    return FALSE;
  requirements = load_records (db, STEWARD_TYPE_PARTY_REQUIREMENT, error);
  if (requirements == NULL)
    return FALSE;

  by_party = group_requirements (requirements, as_of);
  g_ptr_array_sort (parties, compare_parties);

  part = steward_context_form_add_part (form,
                                        /* TRANSLATORS: the heading of the first part of the
                                         * interested parties and issues register */
                                        _("1. Interested parties and their requirements"),
                                        /* TRANSLATORS: a sheet's name: at most 31 characters */
                                        _("Interested parties"),
                                        C_("register", "Interested party"),
                                        _("No interested party is recorded."),
                                        party_columns, N_PARTY_COLUMNS, N_PARTY_GROUPED);

  for (guint i = 0; i < parties->len; i++)
    {
      StewardParty *party = g_ptr_array_index (parties, i);
      gint64 id = steward_record_get_id (STEWARD_RECORD (party));
      GPtrArray *list = g_hash_table_lookup (by_party, &id);
      guint n = list != NULL ? list->len : 0;

      if (list != NULL)
        g_ptr_array_sort (list, compare_requirements);

      /* A row a requirement, and one for a party without any. */
      for (guint r = 0; r < MAX (n, 1); r++)
        {
          StewardContextCell *cells = steward_context_part_add_row (part, r > 0);

          steward_context_cell_set_text (&cells[PARTY_NAME], steward_party_get_name (party));
          steward_context_cell_set_text (&cells[PARTY_SCOPE], steward_scope_to_string (steward_party_get_scope (party)));
          steward_context_cell_set_text (&cells[PARTY_KIND], steward_party_kind_to_string (steward_party_get_kind (party)));

          if (n > 0)
            {
              StewardPartyRequirement *requirement = g_ptr_array_index (list, r);

              steward_context_cell_set_text (&cells[REQUIREMENT_KIND],
                                             steward_requirement_kind_to_string (steward_party_requirement_get_kind (requirement)));
              steward_context_cell_set_text (&cells[REQUIREMENT_TEXT], steward_party_requirement_get_text (requirement));
              steward_context_cell_set_text (&cells[REQUIREMENT_ADDRESSED_BY],
                                             steward_party_requirement_get_addressed_by (requirement));
              steward_context_cell_set_text (&cells[REQUIREMENT_DECISION_REF],
                                             steward_party_requirement_get_decision_ref (requirement));
              steward_context_cell_set_date (&cells[REQUIREMENT_DECISION_DATE],
                                             steward_party_requirement_get_decision_date (requirement));
            }
        }
    }

  return TRUE;
}

/* The register: issues */

typedef struct
{
  StewardContextIssue *issue;
  StewardIssueStatus   status;    /* on the day of the register */
} IssueEntry;

static int
compare_issues (gconstpointer a,
                gconstpointer b)
{
  const IssueEntry *x = a;
  const IssueEntry *y = b;
  int result;

  /* External first, by the categories of the procedure (5.1.3). */
  result = (int)steward_context_issue_get_scope (y->issue) - (int)steward_context_issue_get_scope (x->issue);
  if (result == 0)
    result = (int)steward_context_issue_get_category (x->issue) - (int)steward_context_issue_get_category (y->issue);
  if (result == 0)
    result = compare_dates (steward_context_issue_get_identified_on (x->issue),
                            steward_context_issue_get_identified_on (y->issue));

  return result != 0 ? result : compare_ids (x->issue, y->issue);
}

/* The last moment of @date, in local time. */
static GDateTime *
new_end_of_day (const GDate *date)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_days (start, 1);

  return g_date_time_add (next, -1);
}

/* Whether @issue stood in the register at the end of @end's day, and
 * with which status. An issue is retired, not deleted, and keeps no date
 * of its retirement: the history says when. One retired without a
 * history that shows it in force on the day is left out. */
static gboolean
find_status (StewardDatabase      *db,
             StewardContextIssue  *issue,
             GDateTime            *end,
             StewardIssueStatus   *status,
             gboolean             *shown,
             GError              **error)
{
  g_autoptr(GEnumClass) statuses = NULL;
  g_autoptr(JsonObject) state = NULL;
  GError *local_error = NULL;
  const char *table;
  const char *nick;
  GEnumValue *value;

  *status = steward_context_issue_get_status (issue);
  *shown = *status != STEWARD_ISSUE_STATUS_RETIRED;
  if (*shown)
    return TRUE;

  table = steward_record_class_get_table (STEWARD_RECORD_GET_CLASS (issue));
  state = steward_history_state_at (db, table, steward_record_get_id (STEWARD_RECORD (issue)), end, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (state == NULL)
    return TRUE;

  statuses = g_type_class_ref (STEWARD_TYPE_ISSUE_STATUS);
  nick = json_object_get_string_member_with_default (state, "status", NULL);
  value = nick != NULL ? g_enum_get_value_by_nick (statuses, nick) : NULL;
  if (value != NULL && value->value != STEWARD_ISSUE_STATUS_RETIRED)
    {
      *status = value->value;
      *shown = TRUE;
    }

  return TRUE;
}

static gboolean
add_issues (StewardContextForm  *form,
            StewardDatabase     *db,
            const GDate         *as_of,
            GError             **error)
{
  g_autoptr(GPtrArray) issues = load_records (db, STEWARD_TYPE_CONTEXT_ISSUE, error);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (IssueEntry));
  g_autoptr(GDateTime) end = new_end_of_day (as_of);
  StewardContextPart *part;

  if (issues == NULL)
    return FALSE;

  for (guint i = 0; i < issues->len; i++)
    {
      IssueEntry entry = { g_ptr_array_index (issues, i), STEWARD_ISSUE_STATUS_OPEN };
      GDate *identified_on = steward_context_issue_get_identified_on (entry.issue);
      gboolean shown;

      /* Not known yet on the day. */
      if (date_is_set (identified_on) && g_date_compare (identified_on, as_of) > 0)
        continue;

      if (!find_status (db, entry.issue, end, &entry.status, &shown, error))
        return FALSE;
      if (shown)
        g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_issues);

  part = steward_context_form_add_part (form,
                                        /* TRANSLATORS: the heading of the second part of the
                                         * interested parties and issues register */
                                        _("2. Internal and external issues"),
                                        /* TRANSLATORS: a sheet's name: at most 31 characters */
                                        _("Issues"),
                                        C_("register", "Issue"),
                                        _("No issue is recorded for this day."),
                                        issue_columns, N_ISSUE_COLUMNS, 0);

  for (guint i = 0; i < entries->len; i++)
    {
      IssueEntry *entry = &g_array_index (entries, IssueEntry, i);
      StewardContextIssue *issue = entry->issue;
      StewardContextCell *cells = steward_context_part_add_row (part, FALSE);

      steward_context_cell_set_text (&cells[ISSUE_SCOPE], steward_scope_to_string (steward_context_issue_get_scope (issue)));
      steward_context_cell_set_text (&cells[ISSUE_CATEGORY],
                                     steward_issue_category_to_string (steward_context_issue_get_category (issue)));
      steward_context_cell_set_text (&cells[ISSUE_DESCRIPTION], steward_context_issue_get_description (issue));
      steward_context_cell_set_text (&cells[ISSUE_EFFECT], steward_context_issue_get_effect (issue));
      steward_context_cell_set_text (&cells[ISSUE_SOURCE],
                                     steward_issue_source_to_string (steward_context_issue_get_source (issue)));
      steward_context_cell_set_text (&cells[ISSUE_SOURCE_REF], steward_context_issue_get_source_ref (issue));
      steward_context_cell_set_date (&cells[ISSUE_SOURCE_DATE], steward_context_issue_get_source_date (issue));
      steward_context_cell_set_text (&cells[ISSUE_STATUS], steward_issue_status_to_string (entry->status));
      steward_context_cell_set_date (&cells[ISSUE_IDENTIFIED_ON], steward_context_issue_get_identified_on (issue));
    }

  return TRUE;
}

static gboolean
fill_register (StewardContextForm  *form,
               StewardDatabase     *db,
               const GDate         *as_of,
               GError             **error)
{
  return add_parties (form, db, as_of, error) && add_issues (form, db, as_of, error);
}

/* The contacts list */

static int
compare_contacts (gconstpointer a,
                  gconstpointer b)
{
  StewardContact *x = *(StewardContact **)a;
  StewardContact *y = *(StewardContact **)b;
  int result;

  result = (int)steward_contact_get_purpose (x) - (int)steward_contact_get_purpose (y);
  if (result == 0)
    result = g_utf8_collate (steward_contact_get_organization (x), steward_contact_get_organization (y));
  if (result == 0)
    result = g_utf8_collate (steward_contact_get_unit (x) ?: "", steward_contact_get_unit (y) ?: "");

  return result != 0 ? result : compare_ids (x, y);
}

static gboolean
add_contacts (StewardContextForm  *form,
              StewardDatabase     *db,
              const GDate         *as_of,
              GError             **error)
{
  g_autoptr(GPtrArray) contacts = load_records (db, STEWARD_TYPE_CONTACT, error);
  StewardContextPart *part;

  if (contacts == NULL)
    return FALSE;

  g_ptr_array_sort (contacts, compare_contacts);
  part = steward_context_form_add_part (form, NULL,
                                        /* TRANSLATORS: a sheet's name: at most 31 characters */
                                        _("External contacts"),
                                        NULL,
                                        _("The contacts list is empty."),
                                        contact_columns, N_CONTACT_COLUMNS, N_CONTACT_GROUPED);

  for (guint i = 0; i < contacts->len; i++)
    {
      StewardContact *contact = g_ptr_array_index (contacts, i);
      StewardContactPurpose purpose = steward_contact_get_purpose (contact);
      gboolean same_purpose = i > 0 && steward_contact_get_purpose (g_ptr_array_index (contacts, i - 1)) == purpose;
      StewardContextCell *cells = steward_context_part_add_row (part, same_purpose);
      gboolean due = steward_contact_is_due (contact, as_of);

      steward_context_cell_set_text (&cells[CONTACT_PURPOSE], steward_contact_purpose_to_string (purpose));
      steward_context_cell_set_text (&cells[CONTACT_ORGANIZATION], steward_contact_get_organization (contact));
      steward_context_cell_set_text (&cells[CONTACT_UNIT], steward_contact_get_unit (contact));
      steward_context_cell_set_text (&cells[CONTACT_PERSON], steward_contact_get_person (contact));
      steward_context_cell_set_text (&cells[CONTACT_ROLE], steward_contact_get_role (contact));
      steward_context_cell_set_text (&cells[CONTACT_PHONE], steward_contact_get_phone (contact));
      steward_context_cell_set_text (&cells[CONTACT_EMAIL], steward_contact_get_email (contact));
      steward_context_cell_set_text (&cells[CONTACT_ADDRESS], steward_contact_get_address (contact));
      steward_context_cell_set_date (&cells[CONTACT_VERIFIED_ON], steward_contact_get_verified_on (contact));
      /* TRANSLATORS: in the external contacts list: the contact was not
       * verified within the last year, or never */
      steward_context_cell_set_text (&cells[CONTACT_DUE], due ? _("Due") : NULL);
      steward_context_cell_set_text (&cells[CONTACT_NOTES], steward_contact_get_notes (contact));
      cells[CONTACT_VERIFIED_ON].marked = due;
      cells[CONTACT_DUE].marked = due;
    }

  return TRUE;
}

/* What the forms share */

typedef struct
{
  const char  *title;            /* N_() */
  const char  *number_key;
  const char  *version_key;
  const char  *default_number;
  const char  *default_version;
  gboolean   (*fill) (StewardContextForm  *form,
                      StewardDatabase     *db,
                      const GDate         *as_of,
                      GError             **error);
} FormKind;

/* Writes the form of @kind to @path; refuses a file of no format it
 * knows with @refusal before it reads anything. The number and version
 * are the options' own; the database's, or the default, where the
 * options leave them NULL. */
static gboolean
export_form (StewardDatabase                    *db,
             const char                         *path,
             const StewardContextExportOptions  *options,
             const FormKind                     *kind,
             const char                         *refusal,
             GError                            **error)
{
  g_autoptr(StewardContextForm) form = NULL;
  g_autoptr(GDate) as_of = NULL;
  g_autofree char *number = NULL;
  g_autofree char *version = NULL;
  g_autofree char *reference = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (steward_export_format_from_path (path) == STEWARD_EXPORT_FORMAT_UNKNOWN)
    return steward_export_run (path, NULL, NULL, NULL, refusal, NULL, error);

  as_of = date_is_set (options->as_of) ? g_date_copy (options->as_of) : steward_date_new_today ();
  number = options->document_number ? g_strdup (options->document_number)
                                    : steward_database_dup_meta (db, kind->number_key);
  version = options->version ? g_strdup (options->version) : steward_database_dup_meta (db, kind->version_key);
  reference = steward_export_dup_reference (number ? number : kind->default_number,
                                            version ? version : kind->default_version);
  form = steward_context_form_new (_(kind->title), options->organization, reference, as_of, options->calendar);

  if (!kind->fill (form, db, as_of, error))
    return FALSE;

  return steward_context_form_export (form, path, refusal, error);
}

/**
 * steward_context_register_export:
 * @db: the database to read
 * @path: the file to write, its format named by its extension
 * @options: the day, and what the form says above the tables
 *
 * Writes the interested parties and issues register as it stood on the
 * options' day: the interested parties with the requirements in force,
 * a row each (and one for a party without any), then the issues known by
 * then and not retired by then. The file appears when it is complete; on
 * error there is no file, and what was at @path before is kept.
 *
 * Returns: whether the file was written
 */
gboolean
steward_context_register_export (StewardDatabase                    *db,
                                 const char                         *path,
                                 const StewardContextExportOptions  *options,
                                 GError                            **error)
{
  static const FormKind kind = {
    N_("Interested parties and issues register"),
    STEWARD_CONTEXT_REGISTER_NUMBER_KEY, STEWARD_CONTEXT_REGISTER_VERSION_KEY,
    STEWARD_CONTEXT_REGISTER_DEFAULT_NUMBER, STEWARD_CONTEXT_REGISTER_DEFAULT_VERSION,
    fill_register,
  };
  g_autofree char *display_name = NULL;
  g_autofree char *refusal = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  display_name = g_filename_display_name (path);
  refusal = g_strdup_printf (_("Cannot export the register as “%s”: choose a file name ending in .csv, .xlsx or .pdf."),
                             display_name);

  return export_form (db, path, options, &kind, refusal, error);
}

/**
 * steward_contacts_export:
 * @db: the database to read
 * @path: the file to write, its format named by its extension
 * @options: the day, and what the form says above the table
 *
 * Writes the external contacts list, by purpose then organization, each
 * contact not verified within the year before the options' day marked
 * as due. The file appears when it is complete; on error there is no
 * file, and what was at @path before is kept.
 *
 * Returns: whether the file was written
 */
gboolean
steward_contacts_export (StewardDatabase                    *db,
                         const char                         *path,
                         const StewardContextExportOptions  *options,
                         GError                            **error)
{
  static const FormKind kind = {
    N_("External contacts list"),
    STEWARD_CONTACTS_NUMBER_KEY, STEWARD_CONTACTS_VERSION_KEY,
    STEWARD_CONTACTS_DEFAULT_NUMBER, STEWARD_CONTACTS_DEFAULT_VERSION,
    add_contacts,
  };
  g_autofree char *display_name = NULL;
  g_autofree char *refusal = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  display_name = g_filename_display_name (path);
  refusal = g_strdup_printf (_("Cannot export the contacts list as “%s”: choose a file name ending in .csv, .xlsx or .pdf."),
                             display_name);

  return export_form (db, path, options, &kind, refusal, error);
}
