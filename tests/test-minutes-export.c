/* test-minutes-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The minutes of a management review on paper and on file: a document
 * made here by hand (its format is in logic/steward-minutes.h) as PDF,
 * read back by poppler's pdftotext and pdfinfo; as ODT, read back by
 * libgsf; the meeting's notice as .ics, read back by libical; the very
 * PDF of issued minutes; a chart block as a plot. The PDFs are copied to
 * the build folder (STEWARD_TEST_OUTPUT) to look at. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gsf/gsf.h>
#include <libical/ical.h>

#include "export/steward-minutes-export.h"
#include "model/steward-minutes.h"
#include "model/steward-person.h"
#include "model/steward-review-attendee.h"
#include "model/steward-review-item.h"
#include "store/steward-query.h"
#include "steward-test-util.h"
#include "widgets/steward-chart-json.h"
#include "widgets/steward-line-layer.h"
#include "widgets/steward-target-layer.h"

#define N_FINDINGS 70

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

static const char document_json[] =
  "{ \"format\": 1,"
  "  \"title\": \"114年度第1次管理審查會議紀錄\","
  "  \"meeting\": { \"title\": \"114年度第1次管理審查會議\", \"kind\": \"Regular\", \"kind_nick\": \"regular\","
  "               \"when\": \"2025-03-12 14:00\", \"starts_at\": \"2025-03-12T14:00:00+08:00\","
  "               \"place\": \"Meeting room 301\", \"chair\": \"Lin Mei-hua\", \"secretary\": \"Chen Wei\" },"
  "  \"document\": { \"number\": \"ISMS-R-114-01\", \"version\": 1, \"status\": \"Draft\","
  "                \"status_nick\": \"draft\" },"
  "  \"attendance\": { \"columns\": [\"Name\", \"Role\", \"Attendance\"],"
  "                  \"rows\": [[\"Lin Mei-hua\", \"Chair\", \"Present\"], [\"Chen Wei\", \"Secretary\", \"Present\"],"
  "                           [\"Wang Da-ming\", \"Member\", \"On leave\"]],"
  "                  \"quorum\": \"2 of 3 present; quorum (2) met\" },"
  "  \"items\": ["
  "    { \"nick\": \"policy\", \"number\": \"1\", \"title\": \"Information security policy\", \"clause\": \"9.3.2\","
  "      \"nothing_to_report\": true, \"reason\": \"The policy did not change.\", \"blocks\": [], \"decisions\": [] },"
  "    { \"nick\": \"previous-actions\", \"number\": \"2\", \"title\": \"Status of actions from previous reviews\","
  "      \"clause\": \"9.3.2 a)\", \"discussion\": \"Two actions are still open.\\nThe backup test slipped.\","
  "      \"conclusion\": \"Keep both open.\","
  "      \"blocks\": [ { \"type\": \"table\", \"caption\": \"Open actions\", \"columns\": [\"Action\", \"Owner\", \"Days late\"],"
  "                     \"rows\": [], \"numeric\": [false, false, true] },"
  "                   { \"type\": \"empty\", \"text\": \"No changes to issues since 2024-09-10.\" } ],"
  "      \"decisions\": [ { \"text\": \"Test the restore of the backups\", \"owner\": \"Chen Wei\","
  "                         \"due\": \"2025-06-30\", \"action_id\": 4 } ] },"
  "    { \"nick\": \"performance\", \"number\": \"5\", \"title\": \"Information security performance\","
  "      \"clause\": \"9.3.2 c)\", \"discussion\": \"Findings fell.\", \"conclusion\": \"Good.\","
  "      \"blocks\": [ { \"type\": \"chart\", \"caption\": \"Availability of the mail service\", \"style\": \"line\","
  "                     \"unit\": \"%\", \"labels\": [\"113Q1\", \"113Q2\", \"113Q3\", \"113Q4\"],"
  "                     \"series\": [ { \"name\": \"Availability\", \"values\": [99.5, null, 98.1, 99.9],"
  "                                   \"states\": [\"met\", \"normal\", \"missed\", \"met\"] } ],"
  "                     \"target_low\": [99.0, 99.0, 99.5, 99.5], \"target_high\": [null, null, null, null],"
  "                     \"direction\": \"at-least\" } ],"
  "      \"decisions\": [] } ],"
  "  \"decisions\": [ { \"text\": \"Hold the next review in September\", \"owner\": \"\", \"due\": \"\", \"action_id\": 0 } ],"
  "  \"signatures\": [\"Chair\", \"Secretary\"] }";

static JsonObject *
new_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (document_json, &error);
  JsonObject *items;
  JsonArray *rows;

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  /* A table long enough to go on over a page. */
  items = json_array_get_object_element (json_object_get_array_member (json_node_get_object (node), "items"), 1);
  rows = json_object_get_array_member (json_array_get_object_element (json_object_get_array_member (items, "blocks"), 0),
                                       "rows");
  for (guint i = 0; i < N_FINDINGS; i++)
    {
      JsonArray *row = json_array_new ();

      json_array_add_string_element (row, i == 0 ? "Replace the firewall" : "Review the access rights");
      json_array_add_string_element (row, i == 0 ? "Huang Jian" : "Chen Wei");
      json_array_add_int_element (row, i);
      json_array_add_array_element (rows, row);
    }

  return json_object_ref (json_node_get_object (node));
}

static char *
write_pdf (JsonObject *content,
           const char *dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (steward_minutes_export (content, path, &error));
  g_assert_no_error (error);
  steward_test_keep_for_inspection (path, name);

  return path;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_pdf_text (void)
{
  g_autoptr(JsonObject) content = new_document ();
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = write_pdf (content, dir, "minutes.pdf");
  g_autofree char *text = steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });
  g_autofree char *info = steward_test_run ((const char *[]) { "pdfinfo", path, NULL });
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n_pages = steward_test_pdf_pages (path);

  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_nonnull (strstr (info, "595 x 842 pts"));
  g_assert_nonnull (strstr (info, "Creator:         Steward"));
  g_assert_nonnull (strstr (info, "114年度第1次管理審查會議紀錄"));

  g_assert_nonnull (strstr (text, "114年度第1次管理審查會議紀錄"));
  g_assert_nonnull (strstr (text, "Meeting room 301"));
  for (guint i = 0; i < 3; i++)
    g_assert_nonnull (strstr (text, ((const char *[]) { "Lin Mei-hua", "Chen Wei", "Wang Da-ming" })[i]));
  g_assert_nonnull (strstr (text, "Information security policy"));
  g_assert_nonnull (strstr (text, "Status of actions from previous reviews"));
  g_assert_nonnull (strstr (text, "Information security performance"));
  g_assert_nonnull (strstr (text, "Nothing to report: The policy did not change."));
  g_assert_nonnull (strstr (text, "Procedure section 9.3.2 a)"));
  g_assert_nonnull (strstr (text, "No changes to issues since 2024-09-10."));
  g_assert_nonnull (strstr (text, "Replace the firewall"));
  g_assert_nonnull (strstr (text, "Huang Jian"));
  g_assert_nonnull (strstr (text, "Test the restore of the backups"));
  g_assert_nonnull (strstr (text, "Hold the next review in September"));
  g_assert_nonnull (strstr (text, "ISMS-R-114-01"));
  /* The chart's axis. */
  g_assert_nonnull (strstr (text, "113Q3"));

  /* Every page has the header with its number. */
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *page_of = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      g_assert_nonnull (strstr (pages[i], page_of));
      g_assert_nonnull (strstr (pages[i], "ISMS-R-114-01"));
    }

  /* The long table goes on on the next page under its header again. */
  g_assert_cmpuint (count (text, "Days late"), >=, 2);
  g_assert_cmpuint (count (text, "Review the access rights"), ==, N_FINDINGS - 1);

  /* The signature lines come last. */
  last = g_strdup (pages[n_pages - 1]);
  g_assert_nonnull (strstr (last, "Chair"));
  g_assert_nonnull (strstr (last, "Secretary"));
  first = g_strdup (pages[0]);
  /* A draft says so in its header (and across the page). */
  g_assert_nonnull (strstr (first, "Draft"));

  steward_test_remove_tree (dir);
}

/* In Traditional Chinese, in a process of its own. */
static void
test_pdf_zh (void)
{
  g_autoptr(JsonObject) content = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!g_test_subprocess ())
    {
      g_setenv ("LANGUAGE", "zh_TW", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_unsetenv ("LANGUAGE");
      g_test_trap_assert_passed ();
      return;
    }

  if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
    {
      g_test_skip ("the zh_TW.UTF-8 locale is not installed");
      return;
    }

  content = new_document ();
  dir = steward_test_make_tmp_dir ();
  path = write_pdf (content, dir, "minutes-zh.pdf");
  text = steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });

  g_assert_nonnull (strstr (text, "114年度第1次管理審查會議紀錄"));
  /* The header in the language of the app, once it is translated. */
  if (g_strcmp0 (_("Page %u of %u"), "Page %u of %u") != 0)
    g_assert_nonnull (strstr (text, "第 1 頁"));
  else
    g_assert_nonnull (strstr (text, "Page 1 of"));

  steward_test_remove_tree (dir);
}

static void
test_pdf_issued_same_bytes (void)
{
  g_autoptr(JsonObject) content = new_document ();
  JsonObject *document = json_object_get_object_member (content, "document");
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  json_object_set_string_member (document, "status", "Issued");
  json_object_set_string_member (document, "status_nick", "issued");
  json_object_set_string_member (document, "issued_by", "Document Controller Wu");
  json_object_set_string_member (document, "issued_at", "2025-03-20 10:00");
  json_object_set_string_member (document, "issued_at_iso", "2025-03-20T10:00:00+08:00");
  /* A correction: the version it replaces, and why. */
  json_object_set_int_member (document, "version", 2);
  json_object_set_int_member (document, "replaces", 1);
  json_object_set_string_member (document, "reason", "The chair's name was misspelt.");

  first = steward_minutes_render_pdf (content, NULL);
  second = steward_minutes_render_pdf (content, NULL);
  g_assert_nonnull (first);
  g_assert_true (g_bytes_equal (first, second));

  path = write_pdf (content, dir, "minutes-issued.pdf");
  text = steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });
  info = steward_test_run ((const char *[]) { "pdfinfo", "-isodates", path, NULL });
  g_assert_nonnull (strstr (text, "Document Controller Wu"));
  g_assert_nonnull (strstr (text, "Version 1, because: The chair's name was misspelt."));
  g_assert_nonnull (strstr (text, "Version: 2"));
  g_assert_null (strstr (text, "Draft"));
  g_assert_nonnull (strstr (info, "2025-03-20T10:00:00+08"));

  steward_test_remove_tree (dir);
}

/* ODT */

static char *
read_member (GsfInfile  *zip,
             const char *name)
{
  g_auto(GStrv) names = g_strsplit (name, "/", -1);
  g_autoptr(GsfInput) member = gsf_infile_child_by_aname (zip, (const char **)names);
  gsf_off_t size;

  g_assert_nonnull (member);
  size = gsf_input_size (member);

  return g_strndup ((const char *)gsf_input_read (member, size, NULL), size);
}

static void
test_odt (void)
{
  g_autoptr(JsonObject) content = new_document ();
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.odt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *manifest = NULL;
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GsfInfile) zip = NULL;
  g_autoptr(GsfInput) picture = NULL;
  const char mimetype[] = "application/vnd.oasis.opendocument.text";
  gsize length;
  guint16 method, name_length, extra_length;

  g_assert_true (steward_minutes_export (content, path, &error));
  g_assert_no_error (error);
  steward_test_keep_for_inspection (path, "minutes.odt");

  /* The first member of the zip is "mimetype", stored, not compressed. */
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 30 + 8 + sizeof mimetype);
  g_assert_cmpmem (bytes, 4, "PK\003\004", 4);
  method = (guint8)bytes[8] | (guint8)bytes[9] << 8;
  name_length = (guint8)bytes[26] | (guint8)bytes[27] << 8;
  extra_length = (guint8)bytes[28] | (guint8)bytes[29] << 8;
  g_assert_cmpuint (method, ==, 0);
  g_assert_cmpmem (bytes + 30, name_length, "mimetype", 8);
  g_assert_cmpmem (bytes + 30 + name_length + extra_length, strlen (mimetype), mimetype, strlen (mimetype));

  input = gsf_input_stdio_new (path, &error);
  g_assert_no_error (error);
  zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gsf_infile_name_by_index (zip, 0), ==, "mimetype");

  xml = read_member (zip, "content.xml");
  g_assert_nonnull (strstr (xml, "<office:document-content"));
  g_assert_nonnull (strstr (xml, "114年度第1次管理審查會議紀錄"));
  g_assert_nonnull (strstr (xml, "Status of actions from previous reviews"));
  g_assert_nonnull (strstr (xml, "Information security performance"));
  g_assert_nonnull (strstr (xml, "<table:table "));
  g_assert_nonnull (strstr (xml, "<table:table-header-rows>"));
  g_assert_nonnull (strstr (xml, "Replace the firewall"));
  g_assert_nonnull (strstr (xml, "Wang Da-ming"));
  g_assert_nonnull (strstr (xml, "Pictures/chart-1.png"));

  manifest = read_member (zip, "META-INF/manifest.xml");
  g_assert_nonnull (strstr (manifest, "Pictures/chart-1.png"));
  g_assert_nonnull (strstr (manifest, mimetype));
  picture = gsf_infile_child_by_vname (zip, "Pictures", "chart-1.png", NULL);
  g_assert_nonnull (picture);
  g_assert_cmpmem (gsf_input_read (picture, 8, NULL), 8, "\211PNG\r\n\032\n", 8);
  g_free (read_member (zip, "styles.xml"));

  steward_test_remove_tree (dir);
}

static void
test_refused_extension (void)
{
  g_autoptr(JsonObject) content = new_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "minutes.docx", NULL);

  g_assert_false (steward_minutes_export (content, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  steward_test_remove_tree (dir);
}

/* The chart */

static void
test_chart_json (void)
{
  g_autoptr(JsonObject) content = new_document ();
  JsonArray *items = json_object_get_array_member (content, "items");
  JsonObject *item = json_array_get_object_element (items, 2);
  JsonObject *block = json_array_get_object_element (json_object_get_array_member (item, "blocks"), 0);
  JsonObject *table = json_array_get_object_element (json_object_get_array_member (
                        json_array_get_object_element (items, 1), "blocks"), 0);
  g_autoptr(StewardChartPlot) plot = steward_chart_plot_new_from_json (block);
  StewardChartSeries *series;
  StewardChartPointState state;
  StewardChartLayer *target;
  double x, y, low, high;
  cairo_surface_t *surface;
  cairo_t *cr;
  StewardChartPalette palette;

  g_assert_null (steward_chart_plot_new_from_json (table));

  g_assert_nonnull (plot);
  g_assert_cmpuint (steward_chart_plot_get_n_layers (plot), ==, 2);
  g_assert_cmpstr (steward_chart_plot_get_title (plot), ==, "Availability of the mail service");
  g_assert_cmpstr (steward_chart_plot_get_y_unit (plot), ==, "%");

  target = steward_chart_plot_get_layer (plot, 0);
  g_assert_true (STEWARD_IS_TARGET_LAYER (target));
  /* 99 from the first period, 99.5 from the third: two steps. */
  g_assert_cmpuint (steward_target_layer_get_n_steps (STEWARD_TARGET_LAYER (target)), ==, 2);
  g_assert_true (steward_target_layer_get_target (STEWARD_TARGET_LAYER (target), 3, &low, &high));
  g_assert_cmpfloat (low, ==, 99.5);
  g_assert_true (isinf (high));

  g_assert_true (STEWARD_IS_LINE_LAYER (steward_chart_plot_get_layer (plot, 1)));
  series = steward_line_layer_get_series (STEWARD_LINE_LAYER (steward_chart_plot_get_layer (plot, 1)));
  g_assert_cmpuint (steward_chart_series_get_n_points (series), ==, 4);
  steward_chart_series_get_point (series, 1, &x, &y, NULL, &state);
  g_assert_true (isnan (y));
  steward_chart_series_get_point (series, 2, &x, &y, NULL, &state);
  g_assert_cmpfloat (y, ==, 98.1);
  g_assert_cmpint (state, ==, STEWARD_CHART_POINT_MISSED);

  /* It draws, at the size of the minutes. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 500, 170);
  cr = cairo_create (surface);
  steward_chart_palette_init_light (&palette);
  steward_chart_plot_draw (plot, cr, 500, 170, &palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (steward_chart_plot_get_n_shown_x_labels (plot), >=, 2);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* Bars, and no target layer without target. */
  json_object_set_string_member (block, "style", "bar");
  json_object_remove_member (block, "target_low");
  json_object_remove_member (block, "target_high");
  g_clear_object (&plot);
  plot = steward_chart_plot_new_from_json (block);
  g_assert_cmpuint (steward_chart_plot_get_n_layers (plot), ==, 1);
  g_assert_false (STEWARD_IS_LINE_LAYER (steward_chart_plot_get_layer (plot, 0)));
}

/* The layout as a print or preview uses it. */
static void
test_layout_pages (void)
{
  g_autoptr(JsonObject) content = new_document ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(StewardMinutesLayout) layout = steward_minutes_layout_new (content, cr, 595, 842);
  guint n_pages = steward_minutes_layout_get_n_pages (layout);

  g_assert_cmpuint (n_pages, >=, 2);
  for (guint page = 0; page < n_pages; page++)
    steward_minutes_layout_draw_page (layout, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  /* A4 landscape has fewer lines on a page: more pages. */
  {
    g_autoptr(StewardMinutesLayout) wide = steward_minutes_layout_new (content, cr, 842, 595);

    g_assert_cmpuint (steward_minutes_layout_get_n_pages (wide), >, n_pages - 1);
  }

  /* A document with nothing in it (a file can lack anything) is one
   * page with its header. */
  {
    g_autoptr(JsonObject) empty = json_object_new ();
    g_autoptr(StewardMinutesLayout) blank = steward_minutes_layout_new (empty, cr, 595, 842);
    g_autoptr(GBytes) pdf = steward_minutes_render_pdf (empty, NULL);

    g_autofree char *dir = steward_test_make_tmp_dir ();
    g_autofree char *odt = g_build_filename (dir, "empty.odt", NULL);

    g_assert_cmpuint (steward_minutes_layout_get_n_pages (blank), ==, 1);
    steward_minutes_layout_draw_page (blank, cr, 0);
    g_assert_nonnull (pdf);
    g_assert_true (steward_minutes_export (empty, odt, NULL));
    steward_test_remove_tree (dir);
  }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The database: the notice and the issued PDF */

typedef struct
{
  StewardTestDb *t;
  gint64         review_id;
  char          *dir;
} Fixture;

static gint64
save_person (StewardDatabase *db,
             const char      *name,
             const char      *email)
{
  g_autoptr(StewardRecord) person = g_object_new (STEWARD_TYPE_PERSON, "name", name, "email", email, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (person, db, &error));
  g_assert_no_error (error);

  return steward_record_get_id (person);
}

static void
save (gpointer         record,
      StewardDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_record_save (record, db, &error));
  g_assert_no_error (error);
  g_object_unref (record);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GTimeZone) taipei = g_time_zone_new_identifier ("Asia/Taipei");
  g_autoptr(GDateTime) starts_at = g_date_time_new (taipei, 2025, 3, 12, 14, 0, 0);
  g_autoptr(GDateTime) ends_at = g_date_time_new (taipei, 2025, 3, 12, 16, 0, 0);
  g_autoptr(StewardRecord) review = NULL;
  g_autoptr(GError) error = NULL;
  gint64 chair, secretary, member;

  f->t = steward_test_db_new ();
  f->dir = steward_test_make_tmp_dir ();
  chair = save_person (f->t->db, "Lin Mei-hua", "meihua@example.gov.tw");
  secretary = save_person (f->t->db, "Chen Wei", "wei@example.gov.tw");
  member = save_person (f->t->db, "Wang Da-ming", NULL);

  review = g_object_new (STEWARD_TYPE_REVIEW, "kind", STEWARD_REVIEW_REGULAR, "year", 2025, "number", 1,
                         "title", "114年度第1次管理審查會議", "starts-at", starts_at, "ends-at", ends_at,
                         "place", "Meeting room 301", "chair-id", chair, "secretary-id", secretary, NULL);
  g_assert_true (steward_record_save (review, f->t->db, &error));
  g_assert_no_error (error);
  f->review_id = steward_record_get_id (review);

  save (g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE, "review-id", f->review_id, "person-id", chair,
                      "position", 0, NULL), f->t->db);
  save (g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE, "review-id", f->review_id, "person-id", secretary,
                      "position", 1, NULL), f->t->db);
  save (g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE, "review-id", f->review_id, "person-id", member,
                      "position", 2, NULL), f->t->db);
  save (g_object_new (STEWARD_TYPE_REVIEW_ITEM, "review-id", f->review_id, "item", STEWARD_AGENDA_POLICY,
                      "position", 0, "nothing-to-report", TRUE, "reason", "The policy did not change.", NULL),
        f->t->db);
  save (g_object_new (STEWARD_TYPE_REVIEW_ITEM, "review-id", f->review_id, "item", STEWARD_AGENDA_PERFORMANCE,
                      "position", 1, "discussion", "Findings fell by a third.", "conclusion", "Noted.", NULL),
        f->t->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  steward_test_remove_tree (f->dir);
  g_free (f->dir);
  steward_test_db_free (f->t);
}

static void
test_notice_ics (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "notice.ics", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  icalproperty *property;
  icalparameter *tzid;
  struct icaltimetype start;
  guint n_attendees = 0;
  gboolean chair_found = FALSE;

  g_assert_true (steward_review_export_notice (f->t->db, f->review_id, STEWARD_CALENDAR_GREGORIAN, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  calendar = icalcomponent_new_from_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "114年度第1次管理審查會議");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "Meeting room 301");

  property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  g_assert_nonnull (tzid);
  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Asia/Taipei");
  start = icalproperty_get_dtstart (property);
  g_assert_cmpint (start.year, ==, 2025);
  g_assert_cmpint (start.month, ==, 3);
  g_assert_cmpint (start.day, ==, 12);
  g_assert_cmpint (start.hour, ==, 14);

  for (property = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY); property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      n_attendees++;
      if (g_strcmp0 (icalproperty_get_attendee (property), "mailto:meihua@example.gov.tw") == 0)
        chair_found = TRUE;
    }
  /* Wang Da-ming has no address: an invitation cannot reach him. */
  g_assert_cmpuint (n_attendees, >=, 2);
  g_assert_true (chair_found);

  /* The agenda, in its order. */
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Information security policy"));

  property = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  g_assert_nonnull (property);
  g_assert_cmpstr (icalproperty_get_organizer (property), ==, "mailto:wei@example.gov.tw");

  icalcomponent_free (calendar);
}

static void
test_notice_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "notice.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (steward_review_export_notice (f->t->db, f->review_id, STEWARD_CALENDAR_GREGORIAN, NULL, path, &error));
  g_assert_no_error (error);
  steward_test_keep_for_inspection (path, "review-notice.pdf");
  text = steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });
  g_assert_nonnull (strstr (text, "114年度第1次管理審查會議"));
  g_assert_nonnull (strstr (text, "Wang Da-ming"));
  g_assert_nonnull (strstr (text, "Information security performance"));
}

static void
test_notice_past (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "late.ics", NULL);
  g_autoptr(GTimeZone) taipei = g_time_zone_new_identifier ("Asia/Taipei");
  g_autoptr(GDateTime) now = g_date_time_new (taipei, 2025, 3, 12, 14, 30, 0);
  g_autoptr(GDateTime) before = g_date_time_new (taipei, 2025, 3, 1, 9, 0, 0);
  g_autoptr(GError) error = NULL;

  g_assert_false (steward_review_export_notice (f->t->db, f->review_id, STEWARD_CALENDAR_GREGORIAN, now, path, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already begun"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (steward_review_export_notice (f->t->db, f->review_id, STEWARD_CALENDAR_GREGORIAN, before, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Issued minutes are written as the very PDF that was issued. */
static void
test_export_issued (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(JsonObject) content = new_document ();
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), content);
  g_autofree char *json = json_to_string (node, FALSE);
  g_autoptr(GBytes) pdf = steward_minutes_render_pdf (content, NULL);
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  g_autoptr(GDateTime) issued_at = g_date_time_new_from_iso8601 ("2025-03-20T10:00:00+08:00", NULL);
  g_autofree char *path = g_build_filename (f->dir, "issued.pdf", NULL);
  g_autofree char *written = NULL;
  g_autofree char *written_sha256 = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  save (g_object_new (STEWARD_TYPE_MINUTES, "review-id", f->review_id, "version", 1,
                      "status", STEWARD_MINUTES_ISSUED, "document-number", "ISMS-R-114-01",
                      "issued-by", "Wu", "issued-at", issued_at, "content", json, "pdf", pdf,
                      "pdf-sha256", sha256, NULL), f->t->db);

  g_assert_true (steward_minutes_export_review (f->t->db, f->review_id, STEWARD_CALENDAR_GREGORIAN, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  written_sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)written, length);
  g_assert_cmpstr (written_sha256, ==, sha256);
}

/* The whole way: the document built from the records, its PDF, issued
 * with its hash; exported again, the same bytes. */
static void
test_issue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(StewardRecord) any = g_object_new (STEWARD_TYPE_MINUTES, NULL);
  g_autoptr(GPtrArray) problems = steward_record_validate (any);
  g_autofree char *path = g_build_filename (f->dir, "issued.pdf", NULL);
  g_autofree char *odt = g_build_filename (f->dir, "issued.odt", NULL);
  g_autofree char *written = NULL;
  g_autofree char *written_sha256 = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  StewardMinutes *minutes;
  gsize length;

  g_ptr_array_set_size (problems, 0);
  save (g_object_new (STEWARD_TYPE_MINUTES, "review-id", f->review_id, "version", 1,
                      "document-number", "ISMS-R-114-01", NULL), f->t->db);

  g_assert_true (steward_minutes_issue (f->t->db, f->review_id, "Document Controller Wu",
                                        STEWARD_CALENDAR_GREGORIAN, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, f->review_id);
  versions = steward_test_load_all (f->t->db, STEWARD_TYPE_MINUTES, query);
  g_assert_cmpuint (versions->len, ==, 1);
  minutes = g_ptr_array_index (versions, 0);
  g_assert_cmpint (steward_minutes_get_status (minutes), ==, STEWARD_MINUTES_ISSUED);
  g_assert_nonnull (steward_minutes_get_pdf (minutes));
  g_assert_nonnull (strstr (steward_minutes_get_content (minutes), "Document Controller Wu"));

  g_assert_true (steward_minutes_export_review (f->t->db, f->review_id, STEWARD_CALENDAR_GREGORIAN, path, &error));
  g_assert_no_error (error);
  steward_test_keep_for_inspection (path, "minutes-issued-e2e.pdf");
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  written_sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)written, length);
  g_assert_cmpstr (written_sha256, ==, steward_minutes_get_pdf_sha256 (minutes));

  text = steward_test_run ((const char *[]) { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL });
  info = steward_test_run ((const char *[]) { "pdfinfo", path, NULL });
  g_assert_nonnull (strstr (text, "Document Controller Wu"));
  g_assert_nonnull (strstr (text, "Lin Mei-hua"));
  g_assert_nonnull (strstr (text, "Wang Da-ming"));
  g_assert_nonnull (strstr (text, "Findings fell by a third."));
  g_assert_nonnull (strstr (text, "The policy did not change."));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (info, "Creator:         Steward"));

  /* The stored document renders the very same bytes again. */
  {
    g_autoptr(JsonNode) node = json_from_string (steward_minutes_get_content (minutes), NULL);
    g_autoptr(GBytes) again = steward_minutes_render_pdf (json_node_get_object (node), NULL);

    g_assert_true (g_bytes_equal (again, steward_minutes_get_pdf (minutes)));
  }

  /* The editable export is built from the stored document. */
  g_assert_true (steward_minutes_export_review (f->t->db, f->review_id, STEWARD_CALENDAR_GREGORIAN, odt, &error));
  g_assert_no_error (error);

  /* Issued once: a second time is refused, and nothing changes. */
  g_assert_false (steward_minutes_issue (f->t->db, f->review_id, "Someone Else", STEWARD_CALENDAR_GREGORIAN,
                                         NULL, &error));
  g_assert_nonnull (error);
}

/* The name is stripped once: the PDF, its document and the record carry
 * the same one; the time is in whole seconds. */
static void
test_issue_stripped (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardRecord) any = g_object_new (STEWARD_TYPE_MINUTES, NULL);
  g_autoptr(GPtrArray) problems = steward_record_validate (any);
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GDateTime) issued_at = NULL;
  g_autofree char *issued_by = NULL;
  JsonObject *document;

  g_ptr_array_set_size (problems, 0);
  save (g_object_new (STEWARD_TYPE_MINUTES, "review-id", f->review_id, "version", 1, NULL), f->t->db);

  g_assert_true (steward_minutes_issue (f->t->db, f->review_id, " 林文書 ",
                                        STEWARD_CALENDAR_GREGORIAN, problems, &error));
  g_assert_no_error (error);

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, f->review_id);
  versions = steward_test_load_all (f->t->db, STEWARD_TYPE_MINUTES, query);
  g_assert_cmpuint (versions->len, ==, 1);
  g_object_get (g_ptr_array_index (versions, 0), "issued-by", &issued_by, "issued-at", &issued_at, NULL);
  g_assert_cmpstr (issued_by, ==, "林文書");
  g_assert_nonnull (issued_at);
  g_assert_cmpint (g_date_time_get_microsecond (issued_at), ==, 0);

  node = json_from_string (steward_minutes_get_content (g_ptr_array_index (versions, 0)), NULL);
  document = json_object_get_object_member (json_node_get_object (node), "document");
  g_assert_cmpstr (json_object_get_string_member (document, "issued_by"), ==, "林文書");
}

/* Minutes with an item neither written up nor marked: not issued. */
static void
test_issue_incomplete (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardRecord) any = g_object_new (STEWARD_TYPE_MINUTES, NULL);
  g_autoptr(GPtrArray) problems = steward_record_validate (any);
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (problems, 0);
  save (g_object_new (STEWARD_TYPE_MINUTES, "review-id", f->review_id, "version", 1, NULL), f->t->db);
  save (g_object_new (STEWARD_TYPE_REVIEW_ITEM, "review-id", f->review_id, "item", STEWARD_AGENDA_RISKS,
                      "position", 2, NULL), f->t->db);

  g_assert_false (steward_minutes_issue (f->t->db, f->review_id, "Wu", STEWARD_CALENDAR_GREGORIAN, problems, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpuint (problems->len, >=, 1);
  steward_query_where_string (query, "status", STEWARD_QUERY_EQUAL, "issued");
  issued = steward_test_load_all (f->t->db, STEWARD_TYPE_MINUTES, query);
  g_assert_cmpuint (issued->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/minutes-export/pdf/text", test_pdf_text);
  g_test_add_func ("/minutes-export/pdf/zh-tw", test_pdf_zh);
  g_test_add_func ("/minutes-export/pdf/issued-same-bytes", test_pdf_issued_same_bytes);
  g_test_add_func ("/minutes-export/odt", test_odt);
  g_test_add_func ("/minutes-export/refused", test_refused_extension);
  g_test_add_func ("/minutes-export/chart-json", test_chart_json);
  g_test_add_func ("/minutes-export/layout", test_layout_pages);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/minutes-export/notice/ics", test_notice_ics);
  ADD ("/minutes-export/notice/pdf", test_notice_pdf);
  ADD ("/minutes-export/notice/past", test_notice_past);
  ADD ("/minutes-export/review/issued", test_export_issued);
  ADD ("/minutes-export/review/issue", test_issue);
  ADD ("/minutes-export/review/issue-incomplete", test_issue_incomplete);
  ADD ("/minutes-export/review/issue-stripped", test_issue_stripped);

#undef ADD

  return g_test_run ();
}
