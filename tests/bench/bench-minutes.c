/* bench-minutes.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long the PDF of a management review's minutes takes to make, as
 * issuing and exporting make it (steward_minutes_render_pdf(), into
 * memory): the small sample's newest issued minutes, about ten pages with
 * tables and charts. Rendered N times after a warm-up; the median and the
 * 95th percentile are printed beside the goal (200 ms).
 *
 * Until the sample has issued minutes, a document of the same size made
 * here stands in for them (the output says which was measured).
 *
 *   bench-minutes [--runs N] [--pdf FILE]
 */

#include "config.h"

#include <stdlib.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "export/steward-minutes-export.h"
#include "logic/steward-sample-data.h"
#include "model/steward-minutes.h"
#include "store/steward-query.h"

#define WARM_UP 2
#define GOAL    200.0

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static gboolean
take_first (StewardRecord *record,
            gpointer       user_data)
{
  *(StewardRecord **)user_data = g_object_ref (record);

  return FALSE;
}

/* The content of the newest issued minutes of the small sample, or NULL. */
static JsonObject *
load_sample_minutes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("steward-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "small.db", NULL);
  g_autoptr(StewardDatabase) db = NULL;
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(StewardRecord) minutes = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  if (db == NULL || !steward_sample_data_fill (db, STEWARD_SAMPLE_SMALL, &error))
    g_error ("The small sample data could not be made: %s", error->message);

  steward_query_where_string (query, "status", STEWARD_QUERY_EQUAL, "issued");
  steward_query_order_by (query, "issued_at", TRUE);
  steward_query_set_limit (query, 1);
  if (!steward_record_load_each (db, STEWARD_TYPE_MINUTES, query, take_first, &minutes, &error))
    g_error ("The minutes could not be read: %s", error->message);

  if (minutes != NULL && steward_minutes_get_content (STEWARD_MINUTES (minutes)) != NULL)
    node = json_from_string (steward_minutes_get_content (STEWARD_MINUTES (minutes)), NULL);

  steward_database_close (db);
  remove_tree (dir);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_object_ref (json_node_get_object (node)) : NULL;
}

static JsonArray *
strings (const char * const *texts)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; texts[i] != NULL; i++)
    json_array_add_string_element (array, texts[i]);

  return array;
}

/* A stand-in of the sample's size: eight items, each with a table of
 * fifteen rows, a chart of eight quarters with its target, a discussion
 * and a decision. */
static JsonObject *
new_stand_in (void)
{
  JsonObject *content = json_object_new ();
  JsonObject *meeting = json_object_new ();
  JsonObject *document = json_object_new ();
  JsonObject *attendance = json_object_new ();
  JsonArray *rows = json_array_new ();
  JsonArray *items = json_array_new ();
  const char * const quarters[] = { "113Q1", "113Q2", "113Q3", "113Q4", "114Q1", "114Q2", "114Q3", "114Q4", NULL };

  json_object_set_int_member (content, "format", 1);
  json_object_set_string_member (content, "title", "114年度第2次管理審查會議紀錄");
  json_object_set_string_member (meeting, "when", "114年9月18日 14:00");
  json_object_set_string_member (meeting, "place", "資訊中心 3 樓會議室");
  json_object_set_string_member (meeting, "chair", "林美華");
  json_object_set_string_member (meeting, "secretary", "陳偉");
  json_object_set_object_member (content, "meeting", meeting);
  json_object_set_string_member (document, "number", "ISMS-R-114-02");
  json_object_set_int_member (document, "version", 1);
  json_object_set_string_member (document, "status", "已發行");
  json_object_set_string_member (document, "status_nick", "issued");
  json_object_set_string_member (document, "issued_by", "吳文管");
  json_object_set_string_member (document, "issued_at", "114年9月25日 10:00");
  json_object_set_string_member (document, "issued_at_iso", "2025-09-25T10:00:00+08:00");
  json_object_set_object_member (content, "document", document);

  json_object_set_array_member (attendance, "columns", strings ((const char *[]) { "姓名", "職稱", "出席", NULL }));
  for (guint i = 0; i < 12; i++)
    json_array_add_array_element (rows, strings ((const char *[]) { "王大明", "資安委員", "出席", NULL }));
  json_object_set_array_member (attendance, "rows", rows);
  json_object_set_string_member (attendance, "quorum", "應出席 12 人，實到 12 人，已達法定人數（7 人）");
  json_object_set_object_member (content, "attendance", attendance);

  for (guint i = 0; i < 8; i++)
    {
      JsonObject *item = json_object_new ();
      JsonArray *blocks = json_array_new ();
      JsonObject *table = json_object_new ();
      JsonObject *chart = json_object_new ();
      JsonObject *series = json_object_new ();
      JsonArray *values = json_array_new ();
      JsonArray *states = json_array_new ();
      JsonArray *low = json_array_new ();
      JsonArray *table_rows = json_array_new ();
      JsonArray *decisions = json_array_new ();
      JsonObject *decision = json_object_new ();
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      json_object_set_string_member (item, "number", number);
      json_object_set_string_member (item, "title", "資訊安全績效之回饋");
      json_object_set_string_member (item, "clause", "9.3.2 c)");
      json_object_set_string_member (item, "discussion",
                                     "本季不符合事項較上季減少，矯正措施皆已於期限內完成。\n"
                                     "備份還原測試延後一個月，已請資訊室排定時程。");
      json_object_set_string_member (item, "conclusion", "洽悉，持續追蹤。");

      json_object_set_string_member (table, "type", "table");
      json_object_set_string_member (table, "caption", "未結案之矯正措施");
      json_object_set_array_member (table, "columns", strings ((const char *[]) { "編號", "事項", "負責人", "期限", NULL }));
      for (guint r = 0; r < 15; r++)
        json_array_add_array_element (table_rows, strings ((const char *[]) { "CA-114-07", "更新防火牆規則並檢視存取權限", "黃建", "114/10/31", NULL }));
      json_object_set_array_member (table, "rows", table_rows);
      json_array_add_object_element (blocks, table);

      json_object_set_string_member (chart, "type", "chart");
      json_object_set_string_member (chart, "caption", "郵件服務可用率");
      json_object_set_string_member (chart, "style", i % 2 ? "bar" : "line");
      json_object_set_string_member (chart, "unit", "%");
      json_object_set_string_member (chart, "direction", "at-least");
      json_object_set_array_member (chart, "labels", strings (quarters));
      for (guint q = 0; q < 8; q++)
        {
          json_array_add_double_element (values, 98.0 + (q * 7 % 5) * 0.5);
          json_array_add_string_element (states, q % 3 ? "met" : "missed");
          json_array_add_double_element (low, q < 4 ? 99.0 : 99.5);
        }
      json_object_set_string_member (series, "name", "可用率");
      json_object_set_array_member (series, "values", values);
      json_object_set_array_member (series, "states", states);
      json_object_set_array_member (chart, "series", json_array_new ());
      json_array_add_object_element (json_object_get_array_member (chart, "series"), series);
      json_object_set_array_member (chart, "target_low", low);
      json_array_add_object_element (blocks, chart);
      json_object_set_array_member (item, "blocks", blocks);

      json_object_set_string_member (decision, "text", "完成備份還原測試");
      json_object_set_string_member (decision, "owner", "陳偉");
      json_object_set_string_member (decision, "due", "114/12/31");
      json_array_add_object_element (decisions, decision);
      json_object_set_array_member (item, "decisions", decisions);
      json_array_add_object_element (items, item);
    }
  json_object_set_array_member (content, "items", items);
  json_object_set_array_member (content, "signatures", strings ((const char *[]) { "主席", "記錄", NULL }));

  return content;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- the time of the minutes' PDF");
  g_autoptr(JsonObject) content = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf_path = NULL;
  const char *source = "the small sample's newest issued minutes";
  int runs = 15;
  double median, p95;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "How many times to render (default 15)", "N" },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf_path, "Also write the PDF to FILE", "FILE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  runs = CLAMP (runs, 1, 1000);

  content = load_sample_minutes ();
  if (content == NULL)
    {
      content = new_stand_in ();
      source = "a stand-in of the sample's size (the sample has no issued minutes yet)";
    }

  for (int i = 0; i < WARM_UP + runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      g_clear_pointer (&pdf, g_bytes_unref);
      pdf = steward_minutes_render_pdf (content, &error);
      if (pdf == NULL)
        g_error ("The PDF could not be made: %s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i >= WARM_UP)
        g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  median = g_array_index (times, double, times->len / 2);
  p95 = g_array_index (times, double, MIN (times->len - 1, (guint)(times->len * 0.95)));

  if (pdf_path != NULL && !g_file_set_contents (pdf_path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
    g_printerr ("%s\n", error->message);

  g_print ("minutes PDF of %s: %zu KiB\n", source, g_bytes_get_size (pdf) / 1024);
  g_print ("minutes PDF: median %.1f ms, p95 %.1f ms over %d runs (goal %.0f ms): %s\n",
           median, p95, runs, GOAL, median < GOAL ? "met" : "NOT MET");

  return median < GOAL ? EXIT_SUCCESS : EXIT_FAILURE;
}
