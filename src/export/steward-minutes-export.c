/* steward-minutes-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-minutes.h"
#include "logic/steward-review.h"
#include "model/steward-minutes.h"
#include "model/steward-person.h"
#include "model/steward-review-attendee.h"
#include "model/steward-review-item.h"
#include "store/steward-query.h"
#include "steward-export-util.h"
#include "steward-file-writers.h"
#include "steward-minutes-export.h"
#include "steward-minutes-private.h"
#include "widgets/steward-chart-json.h"

/* The minutes as files: the PDF that is issued and hashed, made in memory
 * so that the same bytes are stored, written and compared; the editable
 * ODT (steward-minutes-odt.c); and the meeting's notice. */

/* Reading the document (see steward-minutes-private.h) */

const char *
steward_minutes_get_string (JsonObject *object,
                            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";

  return json_node_get_string (node);
}

JsonObject *
steward_minutes_get_object (JsonObject *object,
                            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
steward_minutes_get_array (JsonObject *object,
                           const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

gint64
steward_minutes_get_int (JsonObject *object,
                         const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      return json_node_get_int (node);

    default:
      return 0;
    }
}

gboolean
steward_minutes_get_bool (JsonObject *object,
                          const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

char *
steward_minutes_dup_cell (JsonArray *array,
                          guint      i)
{
  JsonNode *node;

  if (array == NULL || i >= json_array_get_length (array))
    return g_strdup ("");

  node = json_array_get_element (array, i);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return g_strdup ("");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_DOUBLE:
      return g_strdup_printf ("%g", json_node_get_double (node));

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? _("Yes") : _("No"));

    default:
      return g_strdup ("");
    }
}

static void
add_line (GPtrArray  *lines,
          const char *label,
          const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_ptr_array_add (lines, g_strdup (label));
  g_ptr_array_add (lines, g_strdup (value));
}

GPtrArray *
steward_minutes_meeting_lines (JsonObject *content)
{
  JsonObject *meeting = steward_minutes_get_object (content, "meeting");
  JsonObject *document = steward_minutes_get_object (content, "document");
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *issued_by = steward_minutes_get_string (document, "issued_by");
  gint64 replaces = steward_minutes_get_int (document, "replaces");

  add_line (lines, _("Meeting"), steward_minutes_get_string (meeting, "kind"));
  add_line (lines, _("When"), steward_minutes_get_string (meeting, "when"));
  add_line (lines, _("Where"), steward_minutes_get_string (meeting, "place"));
  add_line (lines, _("Chair"), steward_minutes_get_string (meeting, "chair"));
  add_line (lines, _("Secretary"), steward_minutes_get_string (meeting, "secretary"));
  if (*issued_by != '\0')
    {
      /* TRANSLATORS: who issued the minutes, and when */
      g_autofree char *issued = g_strdup_printf (_("%s, %s"), issued_by,
                                                 steward_minutes_get_string (document, "issued_at"));

      add_line (lines, _("Issued"), issued);
    }
  if (replaces > 0)
    {
      const char *reason = steward_minutes_get_string (document, "reason");
      /* TRANSLATORS: a corrected version of the minutes: the version it
       * replaces, and why */
      g_autofree char *text = *reason != '\0'
        ? g_strdup_printf (_("Version %d, because: %s"), (int)replaces, reason)
        : g_strdup_printf (_("Version %d"), (int)replaces);

      add_line (lines, _("Replaces"), text);
    }

  return lines;
}

char *
steward_minutes_dup_page_of (guint page,
                             guint n_pages)
{
  /* TRANSLATORS: in the header of every page of the minutes: the page,
   * then the number of pages ("第 %u 頁，共 %u 頁") */
  return g_strdup_printf (_("Page %u of %u"), page, n_pages);
}

/* Decisions and actions as a table: the decision, who, by when. */
gboolean
steward_minutes_decision_table (JsonArray  *decisions,
                                JsonArray **columns,
                                JsonArray **rows)
{
  guint n = decisions != NULL ? json_array_get_length (decisions) : 0;

  *columns = NULL;
  *rows = NULL;
  if (n == 0)
    return FALSE;

  *columns = json_array_new ();
  json_array_add_string_element (*columns, "#");
  json_array_add_string_element (*columns, _("Decision or action"));
  json_array_add_string_element (*columns, _("Owner"));
  json_array_add_string_element (*columns, _("Due"));

  *rows = json_array_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (decisions, i);
      JsonObject *decision = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonArray *row = json_array_new ();

      json_array_add_int_element (row, i + 1);
      json_array_add_string_element (row, steward_minutes_get_string (decision, "text"));
      json_array_add_string_element (row, steward_minutes_get_string (decision, "owner"));
      json_array_add_string_element (row, steward_minutes_get_string (decision, "due"));
      json_array_add_array_element (*rows, row);
    }

  return TRUE;
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* The date the PDF says it was made: the moment it was issued, so that
 * issued content always gives the same bytes. */
static void
set_create_date (cairo_surface_t *surface,
                 JsonObject      *content)
{
  JsonObject *document = steward_minutes_get_object (content, "document");
  const char *iso = steward_minutes_get_string (document, "issued_at_iso");
  g_autoptr(GDateTime) issued_at = NULL;
  g_autofree char *date = NULL;

  if (*iso == '\0')
    return;

  issued_at = g_date_time_new_from_iso8601 (iso, NULL);
  if (issued_at == NULL)
    return;

  date = g_date_time_format (issued_at, "%Y-%m-%dT%H:%M:%S%:z");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/**
 * steward_minutes_render_pdf:
 * @content: the document of steward_minutes_build()
 *
 * Returns: (transfer full): the PDF, A4, or %NULL with @error set
 */
GBytes *
steward_minutes_render_pdf (JsonObject  *content,
                            GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(StewardMinutesLayout) layout = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (content != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes,
                                                 STEWARD_PAGE_A4_WIDTH, STEWARD_PAGE_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  steward_minutes_get_string (content, "title"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Steward");
  set_create_date (surface, content);

  cr = cairo_create (surface);
  layout = steward_minutes_layout_new (content, cr, STEWARD_PAGE_A4_WIDTH, STEWARD_PAGE_A4_HEIGHT);
  n_pages = steward_minutes_layout_get_n_pages (layout);
  for (guint page = 0; page < n_pages; page++)
    {
      steward_minutes_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the PDF of the minutes: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
steward_minutes_render_chart_png (JsonObject *block,
                                  double      width,
                                  double      height)
{
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new_from_json (block);
  g_autoptr(GByteArray) bytes = NULL;
  StewardChartPalette palette;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (plot == NULL)
    return NULL;

  steward_chart_palette_init_light (&palette);
  palette.font = "Noto Sans CJK TC,Sans 6.5";

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)(2 * width), (int)(2 * height));
  cr = cairo_create (surface);
  cairo_scale (cr, 2, 2);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  steward_chart_plot_draw (plot, cr, width, height, &palette);
  cairo_destroy (cr);

  bytes = g_byte_array_new ();
  status = cairo_surface_write_to_png_stream (surface, append_to_bytes, bytes);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static gboolean
write_bytes (const char  *tmp_path,
             const char  *display_name,
             gpointer     user_data,
             GError     **error)
{
  GBytes *bytes = user_data;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_set_contents (tmp_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the file “%s”: %s"), display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_odt (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  const StewardFileWriters *writers = steward_file_writers_get (error);

  return writers != NULL && writers->minutes_write_odt (user_data, tmp_path, display_name, error);
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, extension);
}

static gboolean
refuse_extension (const char  *path,
                  const char  *which,
                  GError     **error)
{
  g_autofree char *display_name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               /* TRANSLATORS: the second %s lists the extensions, such as ".pdf or .odt" */
               _("Cannot export to “%s”: the name must end in %s."), display_name, which);
  return FALSE;
}

/**
 * steward_minutes_export:
 * @content: the document
 * @path: ending in .pdf or .odt
 *
 * Returns: whether the file was written whole
 */
gboolean
steward_minutes_export (JsonObject  *content,
                        const char  *path,
                        GError     **error)
{
  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (has_extension (path, ".pdf"))
    {
      g_autoptr(GBytes) pdf = steward_minutes_render_pdf (content, error);

      return pdf != NULL && steward_export_write_atomically (path, write_bytes, pdf, error);
    }

  if (has_extension (path, ".odt"))
    return steward_export_write_atomically (path, write_odt, content, error);

  return refuse_extension (path, ".pdf or .odt", error);
}

static gboolean
take_first (StewardRecord *record,
            gpointer       user_data)
{
  StewardRecord **first = user_data;

  *first = g_object_ref (record);

  return FALSE;
}

/* The newest version of the minutes of @review_id, or NULL. */
static StewardMinutes *
load_latest_minutes (StewardDatabase  *db,
                     gint64            review_id,
                     GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  StewardRecord *latest = NULL;

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  steward_query_order_by (query, "version", TRUE);
  steward_query_set_limit (query, 1);
  if (!steward_record_load_each (db, STEWARD_TYPE_MINUTES, query, take_first, &latest, error))
    {
      g_clear_object (&latest);
      return NULL;
    }

  return (StewardMinutes *)latest;
}

/**
 * steward_minutes_export_review:
 * @path: .pdf or .odt
 *
 * Issued minutes as PDF are the very bytes that were issued and hashed,
 * never drawn again: a later version of Steward or of a font must not
 * change a document under control.
 *
 * Returns: whether the file was written
 */
gboolean
steward_minutes_export_review (StewardDatabase  *db,
                               gint64            review_id,
                               StewardCalendar   calendar,
                               const char       *path,
                               GError          **error)
{
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autoptr(JsonObject) content = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!has_extension (path, ".pdf") && !has_extension (path, ".odt"))
    return refuse_extension (path, ".pdf or .odt", error);

  minutes = load_latest_minutes (db, review_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (minutes != NULL && steward_minutes_get_status (minutes) == STEWARD_MINUTES_ISSUED &&
      steward_minutes_get_pdf (minutes) != NULL && has_extension (path, ".pdf"))
    return steward_export_write_atomically (path, write_bytes, steward_minutes_get_pdf (minutes), error);

  content = steward_minutes_load (db, review_id, calendar, error);
  if (content == NULL)
    return FALSE;

  return steward_minutes_export (content, path, error);
}

/**
 * steward_minutes_issue:
 * @issued_by: the document controller's name
 * @problems: (element-type StewardRecordProblem): what keeps the minutes
 *   from being issued, as steward_review_issue() says
 *
 * Returns: whether the minutes were issued
 */
gboolean
steward_minutes_issue (StewardDatabase  *db,
                       gint64            review_id,
                       const char       *issued_by,
                       StewardCalendar   calendar,
                       GPtrArray        *problems,
                       GError          **error)
{
  g_autoptr(JsonObject) content = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Whole seconds: the PDF's date and the stored one must agree. Built
   * from the fields, as subtracting the microseconds as a double can
   * leave one behind. */
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (g_date_time_get_utc_offset (now) / G_TIME_SPAN_SECOND);
  g_autoptr(GDateTime) issued_at = g_date_time_new (tz,
                                                    g_date_time_get_year (now),
                                                    g_date_time_get_month (now),
                                                    g_date_time_get_day_of_month (now),
                                                    g_date_time_get_hour (now),
                                                    g_date_time_get_minute (now),
                                                    (double) g_date_time_get_second (now));
  g_autofree char *issued_at_text = steward_date_time_format (issued_at, calendar);
  g_autofree char *issued_at_iso = g_date_time_format_iso8601 (issued_at);
  g_autofree char *issuer = NULL;
  JsonObject *document;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (issued_by != NULL, FALSE);

  /* Once, here: the PDF and the database carry the same name. */
  issuer = g_strstrip (g_strdup (issued_by));

  content = steward_minutes_build (db, review_id, calendar, error);
  if (content == NULL)
    return FALSE;

  /* What the issued paper says of itself. */
  document = steward_minutes_get_object (content, "document");
  if (document == NULL)
    {
      document = json_object_new ();
      json_object_set_object_member (content, "document", document);
    }
  json_object_set_string_member (document, "status",
                                 steward_minutes_status_to_string (STEWARD_MINUTES_ISSUED));
  json_object_set_string_member (document, "status_nick", "issued");
  json_object_set_string_member (document, "issued_by", issuer);
  json_object_set_string_member (document, "issued_at", issued_at_text);
  json_object_set_string_member (document, "issued_at_iso", issued_at_iso);

  pdf = steward_minutes_render_pdf (content, error);
  if (pdf == NULL)
    return FALSE;

  return steward_review_issue (db, review_id, issuer, issued_at, content, pdf, problems, error);
}

/* The notice */

typedef struct
{
  GPtrArray *attendees;
  GPtrArray *agenda;
  StewardDatabase *db;
} NoticeLists;

static char *
dup_person_entry (StewardDatabase *db,
                  gint64           person_id)
{
  g_autoptr(StewardPerson) person = NULL;
  const char *email;

  if (person_id <= 0)
    return NULL;

  person = steward_record_load (db, STEWARD_TYPE_PERSON, person_id, NULL);
  if (person == NULL)
    return NULL;

  email = steward_person_get_email (person);
  if (email != NULL && *email != '\0')
    return g_strdup_printf ("%s <%s>", steward_person_get_name (person), email);

  return g_strdup (steward_person_get_name (person));
}

static gboolean
add_attendee (StewardRecord *record,
              gpointer       user_data)
{
  NoticeLists *lists = user_data;
  char *entry = dup_person_entry (lists->db, steward_review_attendee_get_person_id (STEWARD_REVIEW_ATTENDEE (record)));

  if (entry != NULL)
    g_ptr_array_add (lists->attendees, entry);

  return TRUE;
}

static gboolean
add_agenda_item (StewardRecord *record,
                 gpointer       user_data)
{
  NoticeLists *lists = user_data;
  StewardAgendaItem item = steward_review_item_get_item (STEWARD_REVIEW_ITEM (record));

  g_ptr_array_add (lists->agenda, g_strdup (steward_agenda_item_to_string (item)));

  return TRUE;
}

/**
 * steward_review_export_notice:
 * @now: (nullable): the present, to refuse a notice for a meeting that
 *   has begun; %NULL to write it anyway
 * @path: .pdf or .ics
 *
 * Returns: whether the notice was written
 */
gboolean
steward_review_export_notice (StewardDatabase  *db,
                              gint64            review_id,
                              StewardCalendar   calendar,
                              GDateTime        *now,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(StewardReview) review = NULL;
  g_autoptr(StewardQuery) attendee_query = steward_query_new ();
  g_autoptr(StewardQuery) item_query = steward_query_new ();
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) agenda = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *organizer = NULL;
  g_autofree char *uid = NULL;
  NoticeLists lists = { attendees, agenda, db };
  StewardNotice notice = { 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!has_extension (path, ".pdf") && !has_extension (path, ".ics"))
    return refuse_extension (path, ".pdf or .ics", error);

  review = steward_record_load (db, STEWARD_TYPE_REVIEW, review_id, error);
  if (review == NULL)
    return FALSE;

  if (steward_review_get_starts_at (review) == NULL)
    {
      g_set_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
                   _("The meeting has no date and time yet: a notice needs them."));
      return FALSE;
    }

  if (now != NULL && g_date_time_compare (steward_review_get_starts_at (review), now) <= 0)
    {
      g_set_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
                   _("The meeting has already begun: a notice is sent before the meeting."));
      return FALSE;
    }

  steward_query_where_int64 (attendee_query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  steward_query_order_by (attendee_query, "position", FALSE);
  steward_query_where_int64 (item_query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  steward_query_order_by (item_query, "position", FALSE);
  if (!steward_record_load_each (db, STEWARD_TYPE_REVIEW_ATTENDEE, attendee_query, add_attendee, &lists, error) ||
      !steward_record_load_each (db, STEWARD_TYPE_REVIEW_ITEM, item_query, add_agenda_item, &lists, error))
    return FALSE;
  g_ptr_array_add (attendees, NULL);
  g_ptr_array_add (agenda, NULL);

  organizer = dup_person_entry (db, steward_review_get_secretary_id (review));

  notice.topic = steward_review_get_title (review);
  notice.starts_at = steward_review_get_starts_at (review);
  notice.ends_at = steward_review_get_ends_at (review);
  notice.place = steward_review_get_place (review);
  notice.attendees = (const char * const *)attendees->pdata;
  notice.agenda = (const char * const *)agenda->pdata;
  notice.organizer = organizer;
  notice.calendar = calendar;

  if (has_extension (path, ".pdf"))
    return steward_notice_export_pdf (&notice, path, error);

  uid = g_strdup_printf ("review-%d-%d-%" G_GINT64_FORMAT "@steward", steward_review_get_year (review),
                         steward_review_get_number (review), review_id);
  return steward_notice_export_ics (&notice, uid, path, error);
}
