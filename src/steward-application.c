/* steward-application.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-context-export.h"
#include "export/steward-measurement-table-export.h"
#include "export/steward-minutes-export.h"
#include "export/steward-register-export.h"
#include "export/steward-roster-export.h"
#include "logic/steward-date.h"
#include "logic/steward-objectives.h"
#include "logic/steward-roster.h"
#include "logic/steward-sample-data.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "store/steward-backup.h"
#include "widgets/steward-org-chart.h"
#include "steward-application-private.h"
#include "steward-window.h"

struct _StewardApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *main_path;     /* the user's own database, never the sample */
};

G_DEFINE_FINAL_TYPE (StewardApplication, steward_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database in FILE instead of the default one"), N_("FILE") },
  { "sample-data", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Fill a new database with sample data (small, the default, or large) and open it"), N_("SIZE") },
  { "export-roster", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the roster to FILE (.pdf, .xlsx or .csv) and quit"), N_("FILE") },
  { "export-org-chart", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the organization chart to FILE (.pdf, .svg or .png) and quit"), N_("FILE") },
  { "export-measurement-table", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the ISMS effectiveness measurement table to FILE (.pdf, .xlsx or .csv) and quit"), N_("FILE") },
  { "export-context-register", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the interested parties and issues register to FILE (.pdf, .xlsx or .csv) and quit"), N_("FILE") },
  { "export-contacts", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the external contacts list to FILE (.pdf, .xlsx or .csv) and quit"), N_("FILE") },
  { "export-register", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export a register of the follow-up to FILE (.xlsx or .csv) and quit: actions, communications, meetings, "
       "findings, audits, risk-results, projects or handovers"), N_("NAME FILE") },
  { "export-handover-form", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export the form of the equipment hand-over with number ID to FILE (.pdf) and quit"), N_("ID FILE") },
  { "export-minutes", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export the minutes of the management review with number ID to FILE (.pdf or .odt) and quit"), N_("ID FILE") },
  { "export-review-notice", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export the meeting notice of the management review with number ID to FILE (.pdf or .ics) and quit"),
    N_("ID FILE") },
  /* The FILE of --export-register, --export-handover-form, --export-minutes
   * and --export-review-notice. */
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { "year", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-measurement-table: the year, such as 2025 or 114 (default: this year)"), N_("YEAR") },
  { "as-of", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With an export: the day it is for, such as 2026-11-24 or 115-11-24 (default: today)"), N_("DATE") },
  { "calendar", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With an export: write dates in the gregorian or the roc calendar"), N_("CALENDAR") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Back up the database to FILE and quit"), N_("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Put the backup in FILE in place of the database, keeping a copy of the current one, and quit"), N_("FILE") },
  { "verify", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the chain of the history and the issued minutes' fingerprints, report the first broken link, and quit"),
    NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and quit"), NULL },
  { NULL }
};

StewardApplication *
steward_application_new (void)
{
  return g_object_new (STEWARD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

static StewardWindow *
ensure_window (StewardApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (steward_window_new (self));

  return STEWARD_WINDOW (window);
}

static void
on_check_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  StewardDatabase *db = STEWARD_DATABASE (object);
  g_autoptr(StewardWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!steward_database_check_finish (db, result, &error) &&
      steward_window_get_database (window) == db)
    {
      g_warning ("%s: %s", steward_database_get_path (db), error->message);
      steward_window_show_error (window, steward_database_get_path (db), error);
    }
}

static void
start_check_cb (StewardWindow *window,
                gpointer       user_data)
{
  StewardDatabase *db = user_data;

  if (steward_window_get_database (window) == db)
    steward_database_check_async (db, NULL, on_check_done_cb, g_object_ref (window));
}

/**
 * steward_application_open_database:
 *
 * Opens @path in the window, or shows the window's error page with the
 * choices that make sense when it cannot be opened.
 */
void
steward_application_open_database (StewardApplication       *self,
                                   const char               *path,
                                   StewardDatabaseOpenFlags  flags)
{
  StewardWindow *window = ensure_window (self);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = steward_database_open (path, flags | STEWARD_DATABASE_OPEN_DEFER_CHECK, &error);
  if (db == NULL)
    steward_window_show_error (window, path, error);
  else
    {
      steward_window_set_database (window, db);
      /* The full check reads every page: after the first frame, so that it
       * does not compete with start-up for the disk. */
      steward_window_after_first_frame (window, start_check_cb, g_object_ref (db), g_object_unref);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static char *
dup_sample_path (StewardSampleSize size)
{
  g_autofree char *name = g_strdup_printf ("sample-%s.db", steward_sample_data_size_name (size));

  return g_build_filename (g_get_user_data_dir (), "steward", name, NULL);
}

/* Opens @path filled with sample data: fills it when it is new, reuses it
 * when it already holds that sample, refuses a database with other data. */
static gboolean
prepare_sample (const char         *path,
                StewardSampleSize   size,
                GError            **error)
{
  g_autoptr(StewardDatabase) db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, error);
  g_autofree char *existing = NULL;

  if (db == NULL)
    return FALSE;

  existing = steward_sample_data_dup_size (db);
  if (g_strcmp0 (existing, steward_sample_data_size_name (size)) == 0)
    return TRUE;

  return steward_sample_data_fill (db, size, error);
}

/**
 * steward_application_open_sample:
 *
 * Opens the small sample database, kept apart from the user's own.
 */
void
steward_application_open_sample (StewardApplication *self)
{
  g_autofree char *path = dup_sample_path (STEWARD_SAMPLE_SMALL);
  g_autoptr(GError) error = NULL;

  if (!prepare_sample (path, STEWARD_SAMPLE_SMALL, &error))
    {
      steward_window_show_error (ensure_window (self), path, error);
      return;
    }

  steward_application_open_database (self, path, STEWARD_DATABASE_OPEN_DEFAULT);
}

const char *
steward_application_get_main_path (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->main_path;
}

GSettings *
steward_application_get_settings (StewardApplication *self)
{
  g_return_val_if_fail (STEWARD_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* GOptionEntry cannot make a string argument optional: a bare
 * --sample-data means the small sample. */
static gboolean
steward_application_local_command_line (GApplication   *application,
                                        char         ***arguments,
                                        int            *exit_status)
{
  char **argv = *arguments;

  for (guint i = 1; argv[i] != NULL; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;

      if (g_str_equal (argv[i], "--sample-data") &&
          (argv[i + 1] == NULL || argv[i + 1][0] == '-'))
        {
          g_free (argv[i]);
          argv[i] = g_strdup ("--sample-data=small");
        }
    }

  return G_APPLICATION_CLASS (steward_application_parent_class)->local_command_line (application, arguments, exit_status);
}

/* A year as people type it: 2025, or 114 in the ROC calendar. */
static gboolean
parse_year (const char *text,
            int        *year)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 9999, &value, NULL))
    return FALSE;

  /* As in dates, a year below 1000 is a year of the Republic, which
   * began in 1912 (民國元年). */
  *year = value < 1000 ? (int)value + 1911 : (int)value;

  return *year >= 1912;
}

static gboolean
export_measurement_table (StewardDatabase    *db,
                          StewardRecordList  *people,
                          const GDate        *as_of,
                          int                 year,
                          StewardCalendar     calendar,
                          const char         *path,
                          GError            **error)
{
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GHashTable) owner_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree char *number = NULL;
  g_autofree char *version = NULL;
  StewardMeasurementTableOptions options = { 0 };

  evaluations = steward_evaluations_load (db, as_of, error);
  if (evaluations == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      gint64 *id = g_new (gint64, 1);

      *id = steward_record_get_id (STEWARD_RECORD (person));
      g_hash_table_insert (owner_names, id, g_strdup (steward_person_get_name (person)));
    }

  number = steward_database_dup_meta (db, STEWARD_MEASUREMENT_TABLE_NUMBER_KEY);
  version = steward_database_dup_meta (db, STEWARD_MEASUREMENT_TABLE_VERSION_KEY);
  options.document_number = number ? number : STEWARD_MEASUREMENT_TABLE_DEFAULT_NUMBER;
  options.version = version ? version : STEWARD_MEASUREMENT_TABLE_DEFAULT_VERSION;
  options.year = year;
  options.calendar = calendar;
  options.owner_names = owner_names;

  return steward_measurement_table_export (evaluations, path, &options, error);
}

/* Every option that asks for an export. */
static const char * const export_option_names[] = {
  "export-roster", "export-org-chart", "export-measurement-table",
  "export-context-register", "export-contacts",
  "export-register", "export-handover-form",
  "export-minutes", "export-review-notice",
};

static gboolean report_export (gboolean     ok,
                               GError     **error,
                               const char  *done,
                               ...) G_GNUC_PRINTF (3, 4);

/* Says where an export went (@done), or why it failed (@error, read once
 * the export has set it). */
static gboolean
report_export (gboolean     ok,
               GError     **error,
               const char  *done,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (!ok)
    {
      g_printerr ("%s\n", (*error)->message);
      return FALSE;
    }

  va_start (args, done);
  message = g_strdup_vprintf (done, args);
  va_end (args);
  g_print ("%s", message);

  return TRUE;
}

/* --export-register NAME FILE and --export-handover-form ID FILE: FILE is
 * the argument after the option's own, which the option parser leaves
 * over. One of them at a time, so that each file goes where it was meant. */
static int
run_follow_up_exports (StewardDatabase *db,
                       GVariantDict    *options,
                       StewardCalendar  calendar)
{
  g_autofree const char **files = NULL;
  g_autoptr(GError) error = NULL;
  const char *register_name = NULL;
  const char *handover_text = NULL;
  guint n_files;
  gint64 handover_id;

  g_variant_dict_lookup (options, "export-register", "&s", &register_name);
  g_variant_dict_lookup (options, "export-handover-form", "&s", &handover_text);
  if (register_name == NULL && handover_text == NULL)
    return 0;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  n_files = files != NULL ? g_strv_length ((char **)files) : 0;

  if (register_name != NULL && handover_text != NULL)
    {
      g_printerr (_("Export a register or a hand-over form, one at a time.\n"));
      return 1;
    }

  if (register_name != NULL)
    {
      if (n_files != 1)
        {
          g_printerr (_("--export-register needs a register and a file, such as --export-register actions actions.xlsx\n"));
          return 1;
        }

      return report_export (steward_register_export (db, register_name, files[0], calendar, &error), &error,
                            _("Exported the register %s to %s\n"), register_name, files[0]) ? 0 : 1;
    }

  if (n_files != 1)
    {
      g_printerr (_("--export-handover-form needs the number of a hand-over and a file, such as --export-handover-form 3 handover.pdf\n"));
      return 1;
    }

  if (!g_ascii_string_to_signed (handover_text, 10, 1, G_MAXINT64, &handover_id, NULL))
    {
      g_printerr (_("“%s” is not the number of a hand-over.\n"), handover_text);
      return 1;
    }

  return report_export (steward_handover_form_export (db, handover_id, files[0], calendar, &error), &error,
                        _("Exported the hand-over form to %s\n"), files[0]) ? 0 : 1;
}

/* --export-minutes ID FILE and --export-review-notice ID FILE, as
 * run_follow_up_exports(): one export with a FILE after its own argument
 * at a time. Issued minutes are written as the PDF that was issued. */
static int
run_review_exports (StewardDatabase *db,
                    GVariantDict    *options,
                    StewardCalendar  calendar)
{
  g_autofree const char **files = NULL;
  g_autoptr(GError) error = NULL;
  const char *minutes_text = NULL;
  const char *notice_text = NULL;
  const char *option;
  const char *id_text;
  guint n_files;
  gint64 review_id;

  g_variant_dict_lookup (options, "export-minutes", "&s", &minutes_text);
  g_variant_dict_lookup (options, "export-review-notice", "&s", &notice_text);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  n_files = files != NULL ? g_strv_length ((char **)files) : 0;

  if ((minutes_text != NULL) + (notice_text != NULL) +
      g_variant_dict_contains (options, "export-register") +
      g_variant_dict_contains (options, "export-handover-form") > 1)
    {
      g_printerr (_("Export the minutes, a notice, a register or a hand-over form, one at a time.\n"));
      return 1;
    }

  option = minutes_text != NULL ? "--export-minutes" : "--export-review-notice";
  id_text = minutes_text != NULL ? minutes_text : notice_text;
  if (n_files != 1)
    {
      /* TRANSLATORS: %s is the option, --export-minutes or --export-review-notice */
      g_printerr (_("%s needs the number of a management review and a file, such as %s 2 minutes.pdf\n"),
                  option, option);
      return 1;
    }

  if (!g_ascii_string_to_signed (id_text, 10, 1, G_MAXINT64, &review_id, NULL))
    {
      g_printerr (_("“%s” is not the number of a management review.\n"), id_text);
      return 1;
    }

  if (minutes_text != NULL)
    return report_export (steward_minutes_export_review (db, review_id, calendar, files[0], &error), &error,
                          _("Exported the minutes to %s\n"), files[0]) ? 0 : 1;

  /* Past meetings too: the command line also writes a notice for the
   * file of a meeting already held. */
  return report_export (steward_review_export_notice (db, review_id, calendar, NULL, files[0], &error), &error,
                        _("Exported the meeting notice to %s\n"), files[0]) ? 0 : 1;
}

/* The exports from the command line: read the database without writing to
 * it (the app may have it open), write the file, say where, and quit. They
 * run before the application starts, so they need no display. */
/**
 * _steward_application_dup_option_database:
 * @options: the command line's options
 *
 * Returns: (nullable): the file of --database, else of $STEWARD_DATABASE,
 *   else %NULL (the caller decides: the sample's or the default file)
 */
char *
_steward_application_dup_option_database (GVariantDict *options)
{
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &path) && path[0] != '\0')
    return g_steal_pointer (&path);

  if (g_getenv ("STEWARD_DATABASE") != NULL)
    return g_strdup (g_getenv ("STEWARD_DATABASE"));

  return NULL;
}

static int
run_exports (GVariantDict *options)
{
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(StewardRecordList) bodies = NULL;
  g_autoptr(StewardRecordList) people = NULL;
  g_autoptr(StewardRecordList) memberships = NULL;
  g_autoptr(GDate) as_of = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *roster_path = NULL;
  g_autofree char *chart_path = NULL;
  g_autofree char *table_path = NULL;
  g_autofree char *register_path = NULL;
  g_autofree char *contacts_path = NULL;
  g_autofree char *number = NULL;
  g_autofree char *version = NULL;
  g_autofree char *path = NULL;
  const char *date_text = NULL;
  const char *calendar_text = NULL;
  const char *year_text = NULL;
  StewardCalendar calendar = STEWARD_CALENDAR_GREGORIAN;
  StewardContextExportOptions context_options = { 0 };
  int year;

  const char *size = NULL;

  path = _steward_application_dup_option_database (options);

  /* --sample-data with an export exports the sample organization. */
  if (g_variant_dict_lookup (options, "sample-data", "&s", &size))
    {
      StewardSampleSize sample_size = STEWARD_SAMPLE_SMALL;

      steward_sample_data_parse_size (size, &sample_size, NULL);
      if (path == NULL)
        path = dup_sample_path (sample_size);
      if (!prepare_sample (path, sample_size, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  if (path == NULL)
    path = steward_database_dup_default_path ();

  g_variant_dict_lookup (options, "export-roster", "^ay", &roster_path);
  g_variant_dict_lookup (options, "export-org-chart", "^ay", &chart_path);
  g_variant_dict_lookup (options, "export-measurement-table", "^ay", &table_path);
  g_variant_dict_lookup (options, "export-context-register", "^ay", &register_path);
  g_variant_dict_lookup (options, "export-contacts", "^ay", &contacts_path);

  if (g_variant_dict_lookup (options, "as-of", "&s", &date_text))
    {
      as_of = steward_date_parse (date_text);
      if (as_of == NULL)
        {
          g_printerr (_("“%s” is not a date: write it as 2026-11-24 or 115-11-24.\n"), date_text);
          return 2;
        }
    }
  else
    as_of = steward_date_new_today ();

  if (g_variant_dict_lookup (options, "calendar", "&s", &calendar_text))
    {
      if (g_str_equal (calendar_text, "roc"))
        calendar = STEWARD_CALENDAR_ROC;
      else if (!g_str_equal (calendar_text, "gregorian"))
        {
          g_printerr (_("Unknown calendar “%s”: use gregorian or roc.\n"), calendar_text);
          return 2;
        }
    }

  year = g_date_get_year (as_of);
  if (g_variant_dict_lookup (options, "year", "&s", &year_text) && !parse_year (year_text, &year))
    {
      g_printerr (_("“%s” is not a year: write it as 2025, or as 114 in the ROC calendar.\n"), year_text);
      return 1;
    }

  db = steward_database_open (path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);
  people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, NULL);

  if (roster_path != NULL)
    {
      g_autoptr(GListModel) roster = steward_roster_build (G_LIST_MODEL (bodies), G_LIST_MODEL (people),
                                                           G_LIST_MODEL (memberships), as_of);
      StewardRosterExportOptions export_options = { 0 };

      number = steward_database_dup_meta (db, "roster-document-number");
      version = steward_database_dup_meta (db, "roster-version");
      export_options.document_number = number ? number : "ISMS-R-005";
      export_options.version = version ? version : "1.0";
      export_options.as_of = as_of;
      export_options.calendar = calendar;

      if (!report_export (steward_roster_export (roster, roster_path, &export_options, &error), &error,
                          _("Exported the roster to %s\n"), roster_path))
        return 1;
    }

  if (chart_path != NULL)
    {
      if (!report_export (steward_org_chart_export_full (G_LIST_MODEL (bodies), G_LIST_MODEL (people),
                                                         G_LIST_MODEL (memberships), as_of, calendar,
                                                         chart_path, &error),
                          &error, _("Exported the organization chart to %s\n"), chart_path))
        return 1;
    }

  if (table_path != NULL)
    {
      if (!report_export (export_measurement_table (db, people, as_of, year, calendar, table_path, &error),
                          &error, _("Exported the measurement table to %s\n"), table_path))
        return 1;
    }

  /* The database's own document numbers, the default ones otherwise. */
  context_options.as_of = as_of;
  context_options.calendar = calendar;

  if (register_path != NULL &&
      !report_export (steward_context_register_export (db, register_path, &context_options, &error), &error,
                      _("Exported the interested parties and issues register to %s\n"), register_path))
    return 1;

  if (contacts_path != NULL &&
      !report_export (steward_contacts_export (db, contacts_path, &context_options, &error), &error,
                      _("Exported the external contacts list to %s\n"), contacts_path))
    return 1;

  if (g_variant_dict_contains (options, "export-minutes") ||
      g_variant_dict_contains (options, "export-review-notice"))
    return run_review_exports (db, options, calendar);

  return run_follow_up_exports (db, options, calendar);
}

static int
steward_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  const char *size = NULL;
  StewardSampleSize sample_size;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("steward %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "sample-data", "&s", &size) &&
      !steward_sample_data_parse_size (size, &sample_size, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_variant_dict_contains (options, "backup") || g_variant_dict_contains (options, "restore"))
    return _steward_application_run_backup (options);

  if (g_variant_dict_contains (options, "verify"))
    return _steward_application_run_verify (options);

  for (guint i = 0; i < G_N_ELEMENTS (export_option_names); i++)
    if (g_variant_dict_contains (options, export_option_names[i]))
      return run_exports (options);

  return -1;
}

static int
steward_application_command_line (GApplication            *application,
                                  GApplicationCommandLine *command_line)
{
  StewardApplication *self = STEWARD_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *database = NULL;
  g_autofree char *path = NULL;
  const char *size = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &database) && database[0] != '\0')
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);

      path = g_file_get_path (file);
    }
  else if (g_application_command_line_getenv (command_line, "STEWARD_DATABASE") != NULL)
    path = g_strdup (g_application_command_line_getenv (command_line, "STEWARD_DATABASE"));

  if (g_variant_dict_lookup (options, "sample-data", "&s", &size))
    {
      StewardSampleSize sample_size = STEWARD_SAMPLE_SMALL;
      g_autoptr(GError) error = NULL;

      steward_sample_data_parse_size (size, &sample_size, NULL);
      if (path == NULL)
        path = dup_sample_path (sample_size);

      if (!prepare_sample (path, sample_size, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  else
    {
      if (path == NULL)
        path = steward_database_dup_default_path ();
      g_free (self->main_path);
      self->main_path = g_strdup (path);
    }

  if (self->main_path == NULL)
    self->main_path = steward_database_dup_default_path ();

  steward_application_open_database (self, path, STEWARD_DATABASE_OPEN_DEFAULT);

  return 0;
}

static void
steward_application_activate (GApplication *application)
{
  StewardApplication *self = STEWARD_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->main_path == NULL)
    self->main_path = steward_database_dup_default_path ();

  steward_application_open_database (self, self->main_path, STEWARD_DATABASE_OPEN_DEFAULT);
}

/* The backups of every database go to the folder of the preferences. */
static void
on_backup_folder_changed_cb (GSettings  *settings,
                             const char *key,
                             gpointer    user_data)
{
  g_autofree char *folder = g_settings_get_string (settings, key);

  steward_backup_set_folder (folder);
}

static void
steward_application_startup (GApplication *application)
{
  StewardApplication *self = STEWARD_APPLICATION (application);

  G_APPLICATION_CLASS (steward_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self->settings, "changed::backup-folder", G_CALLBACK (on_backup_folder_changed_cb), NULL);
  on_backup_folder_changed_cb (self->settings, "backup-folder", NULL);
  _steward_application_add_actions (self);
}

static void
steward_application_finalize (GObject *object)
{
  StewardApplication *self = (StewardApplication *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->main_path, g_free);

  G_OBJECT_CLASS (steward_application_parent_class)->finalize (object);
}

static void
steward_application_class_init (StewardApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = steward_application_finalize;

  app_class->local_command_line = steward_application_local_command_line;
  app_class->handle_local_options = steward_application_handle_local_options;
  app_class->command_line = steward_application_command_line;
  app_class->activate = steward_application_activate;
  app_class->startup = steward_application_startup;
}

static void
steward_application_init (StewardApplication *self)
{
  g_autofree GOptionEntry *entries = g_memdup2 (option_entries, sizeof option_entries);

  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      entries[i].description = _(entries[i].description);
      if (entries[i].arg_description != NULL)
        entries[i].arg_description = _(entries[i].arg_description);
    }

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Run the information security organization of an ISMS."));
}
