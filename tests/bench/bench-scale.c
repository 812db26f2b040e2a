/* bench-scale.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Speed at scale, on a database made by the large sample
 * (STEWARD_SAMPLE_YEARS=N steward -d FILE --sample-data=large):
 *
 *   - search as you type in the largest register, the actions: from
 *     setting the search entry's text one character longer, as a key press
 *     does, to the next frame painted (the filter, the sort and the
 *     GtkColumnView's layout all run before it); goal 16 ms a keystroke;
 *   - opening each place of the window in a new window (its pages made,
 *     their lists loaded), to its first frame painted; goal 100 ms each;
 *     then the longest frame in the 0.6 s after it, while the registers add
 *     the rows below the first screen (steward-progressive.c); 16 ms;
 *   - opening the review wizard of the newest review (which shows the most:
 *     every open action of the years before), to its first frame; 100 ms;
 *   - exporting the roster and this year's measurement table (PDF, XLSX)
 *     and the newest minutes (ODT, and the PDF built anew as issuing builds
 *     it); 100 ms each, the minutes' PDF 200 ms; and, without a goal, the
 *     whole actions and context registers (CSV, XLSX, PDF).
 *
 * Every figure is the median and the 95th percentile of several runs (5 by
 * default), printed in a table with its goal, met or MISSED (by the
 * median), the data size and the load average when the run started; the
 * column cpu is the median CPU time of the main thread, which tells the
 * app's own work apart from waiting on a busy machine. The renderer is
 * cairo unless GSK_RENDERER says otherwise (see main()). Run it under an X
 * server (xvfb-run), in a release build:
 *
 *   bench-scale DATABASE [--runs N] [--only search|places|wizard|exports]
 *               [--place NAME]
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "export/steward-context-export.h"
#include "export/steward-measurement-table-export.h"
#include "export/steward-minutes-export.h"
#include "export/steward-register-export.h"
#include "export/steward-roster-export.h"
#include "logic/steward-evaluation-list.h"
#include "logic/steward-minutes.h"
#include "logic/steward-roster.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "model/steward-review.h"
#include "steward-application.h"
#include "steward-window.h"
#include "store/steward-query.h"
#include "views/actions/steward-actions-page.h"
#include "views/reviews/steward-review-wizard.h"

/* A search a secretary types into the actions: one keystroke at a time. */
static const char * const typed[] = { "備", "備份", "備份還", "備份還原", "備份還原測", "備份還原測試" };

static const char * const places[] = {
  "overview", "committee", "reviews", "objectives", "context", "contacts",
  "communications", "projects", "handovers", "findings", "actions",
};

static guint n_runs = 5;
/* --place NAME: only that place is opened (to profile it alone). */
static const char *only_place = NULL;
static gboolean all_met = TRUE;

/* A figure's runs: the wall-clock time, and the CPU time of the main
 * thread, which load from other programs hardly changes (the machine may
 * be busy; the wall-clock median is the figure that counts). */
typedef struct
{
  GArray *wall;
  GArray *cpu;
} Times;

typedef struct
{
  gint64 wall_us;
  gint64 cpu_ns;
} Clock;

static gint64
thread_cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Clock
clock_start (void)
{
  return (Clock) { g_get_monotonic_time (), thread_cpu_ns () };
}

static void
clock_stop (Clock  start,
            Times *times)
{
  double wall = (g_get_monotonic_time () - start.wall_us) / 1000.0;
  double cpu = (thread_cpu_ns () - start.cpu_ns) / 1000000.0;

  g_array_append_val (times->wall, wall);
  g_array_append_val (times->cpu, cpu);
}

static void
times_init (Times *times)
{
  times->wall = g_array_new (FALSE, FALSE, sizeof (double));
  times->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
times_clear (Times *times)
{
  g_clear_pointer (&times->wall, g_array_unref);
  g_clear_pointer (&times->cpu, g_array_unref);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Prints a row of the table: the figure, its median and 95th percentile
 * over @times, the goal and whether the median meets it. */
static double
get_median (GArray *times)
{
  double median;

  g_array_sort (times, compare_doubles);
  median = g_array_index (times, double, times->len / 2);
  if (times->len % 2 == 0)
    median = (median + g_array_index (times, double, times->len / 2 - 1)) / 2;

  return median;
}

static void
report (const char *figure,
        Times      *times,
        double      goal,
        const char *size)
{
  double median = get_median (times->wall);
  double cpu = get_median (times->cpu);
  double p95 = g_array_index (times->wall, double,
                              MIN (times->wall->len - 1, (guint) (times->wall->len * 0.95)));
  gboolean met = median <= goal;
  g_autofree char *goal_text = goal >= 0 ? g_strdup_printf ("%6.0f", goal) : g_strdup ("     -");

  /* A figure without a goal (goal < 0) is printed for what it tells. */
  if (goal >= 0)
    all_met &= met;
  g_print ("%-36s %8.1f %8.1f %8.1f %s  %-6s %3u  %s\n",
           figure, median, p95, cpu, goal_text, goal < 0 ? "" : met ? "met" : "MISSED", times->wall->len,
           size ? size : "");
}

/* Frames */

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits for @widget's next frame to be painted: whatever was changed
 * before has then been measured, laid out and drawn. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

/* Lets the main loop run for @msec: what was left for later, done. */
static void
settle (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* The frames painted in the while after a place is first shown, when its
 * register adds the rows below the first screen a few at a time: the
 * longest frame, from the frame clock's before-paint to its after-paint
 * (the wall-clock and the main thread's CPU time). */
typedef struct
{
  Clock    start;
  gboolean in_frame;
  double   longest_wall;
  double   longest_cpu;
  guint    n_frames;
} FrameWatch;

static void
on_frame_start_cb (GdkFrameClock *clock,
                   FrameWatch    *watch)
{
  watch->start = clock_start ();
  watch->in_frame = TRUE;
}

static void
on_frame_end_cb (GdkFrameClock *clock,
                 FrameWatch    *watch)
{
  double wall = (g_get_monotonic_time () - watch->start.wall_us) / 1000.0;

  if (!watch->in_frame)
    return;
  watch->in_frame = FALSE;
  watch->n_frames++;
  if (wall > watch->longest_wall)
    {
      watch->longest_wall = wall;
      watch->longest_cpu = (thread_cpu_ns () - watch->start.cpu_ns) / 1000000.0;
    }
}

/* Lets the main loop run for @msec, and adds the longest frame painted
 * meanwhile to @times. */
static void
watch_frames (GtkWidget *widget,
              guint      msec,
              Times     *times)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  FrameWatch watch = { 0, };
  gulong start_handler = g_signal_connect (clock, "before-paint", G_CALLBACK (on_frame_start_cb), &watch);
  gulong end_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_end_cb), &watch);

  settle (msec);
  g_signal_handler_disconnect (clock, start_handler);
  g_signal_handler_disconnect (clock, end_handler);
  g_array_append_val (times->wall, watch.longest_wall);
  g_array_append_val (times->cpu, watch.longest_cpu);
}

static StewardWindow *
open_window (StewardApplication *app,
             const char         *path)
{
  GtkWindow *window;

  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (!STEWARD_IS_WINDOW (window))
    g_error ("Steward did not open a window on %s", path);
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_present (window);
  wait_for_frame (GTK_WIDGET (window));
  settle (300);

  return STEWARD_WINDOW (window);
}

static void
close_window (StewardWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle (100);
}

/* The benchmarks */

static void
bench_search (StewardApplication *app,
              const char         *path)
{
  Times times;
  StewardWindow *window = open_window (app, path);
  StewardActionsPage *page;
  GListModel *visible;
  g_autofree char *size = NULL;
  guint total;

  steward_window_show_place (window, "actions");
  page = STEWARD_ACTIONS_PAGE (steward_window_get_page (window, "actions/actions"));
  wait_for_frame (GTK_WIDGET (window));
  settle (300);
  visible = steward_actions_page_get_visible_model (page);
  total = g_list_model_get_n_items (visible);
  times_init (&times);

  for (guint run = 0; run < n_runs; run++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
        {
          Clock start = clock_start ();

          steward_actions_page_set_search (page, typed[i]);
          wait_for_frame (GTK_WIDGET (window));
          clock_stop (start, &times);

          settle (30);
        }
      steward_actions_page_set_search (page, "");
      wait_for_frame (GTK_WIDGET (window));
      settle (50);
    }

  steward_actions_page_set_search (page, typed[G_N_ELEMENTS (typed) - 1]);
  /* Every row that matches, not only those shown in the first frame. */
  visible = steward_actions_page_get_visible_model (page);
  size = g_strdup_printf ("%u actions, %u match “%s”", total, g_list_model_get_n_items (visible),
                          typed[G_N_ELEMENTS (typed) - 1]);
  report ("search as you type, a keystroke", &times, 16, size);
  times_clear (&times);
  close_window (window);
}

static void
bench_places (StewardApplication *app,
              const char         *path)
{
  Times times[G_N_ELEMENTS (places)];
  Times after[G_N_ELEMENTS (places)];

  for (guint p = 0; p < G_N_ELEMENTS (places); p++)
    {
      times_init (&times[p]);
      times_init (&after[p]);
    }

  for (guint run = 0; run < n_runs; run++)
    {
      StewardWindow *window = open_window (app, path);

      /* The overview is shown first: open another place before it, so
       * that the overview is switched to, as the others. */
      for (guint p = G_N_ELEMENTS (places); p-- > 0;)
        {
          Clock start;

          if (only_place != NULL && !g_str_equal (only_place, places[p]))
            continue;
          start = clock_start ();

          steward_window_show_place (window, places[p]);
          wait_for_frame (GTK_WIDGET (window));
          clock_stop (start, &times[p]);
          watch_frames (GTK_WIDGET (window), 600, &after[p]);
        }
      close_window (window);
    }

  for (guint p = 0; p < G_N_ELEMENTS (places); p++)
    {
      g_autofree char *figure = g_strdup_printf ("open place %s", places[p]);

      if (times[p].wall->len > 0)
        {
          report (figure, &times[p], 100, p == 0 ? "first opening in a new window" : NULL);
          report ("  the longest frame in 0.6 s after", &after[p], 16, NULL);
        }
      times_clear (&times[p]);
      times_clear (&after[p]);
    }
}

static StewardReview *
load_newest_review (StewardDatabase *db)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(StewardRecordList) reviews = NULL;

  steward_query_order_by (query, "starts_at", TRUE);
  steward_query_set_limit (query, 1);
  reviews = steward_record_list_new (db, STEWARD_TYPE_REVIEW, query);
  if (g_list_model_get_n_items (G_LIST_MODEL (reviews)) == 0)
    g_error ("The database holds no review");

  return g_list_model_get_item (G_LIST_MODEL (reviews), 0);
}

static void
bench_wizard (StewardApplication *app,
              const char         *path)
{
  Times times;
  StewardWindow *window = open_window (app, path);
  StewardDatabase *db = steward_window_get_database (window);
  g_autoptr(StewardReview) review = load_newest_review (db);
  gint64 review_id = steward_record_get_id (STEWARD_RECORD (review));
  g_autofree char *size = g_strdup_printf ("the newest review, #%" G_GINT64_FORMAT, review_id);

  times_init (&times);
  for (guint run = 0; run < n_runs; run++)
    {
      Clock start = clock_start ();
      GtkWindow *wizard = steward_review_wizard_new (GTK_WINDOW (window), db, review_id);

      if (wizard == NULL)
        g_error ("The review wizard did not open");
      gtk_window_present (wizard);
      wait_for_frame (GTK_WIDGET (wizard));
      clock_stop (start, &times);
      settle (200);
      gtk_window_destroy (wizard);
      settle (100);
    }

  report ("open the review wizard", &times, 100, size);
  times_clear (&times);
  close_window (window);
}

typedef gboolean (*ExportFunc) (StewardDatabase  *db,
                                const char       *path,
                                gpointer          data,
                                GError          **error);

static void
bench_export (StewardDatabase *db,
              const char      *dir,
              const char      *figure,
              const char      *file,
              ExportFunc       func,
              gpointer         data,
              double           goal)
{
  Times times;
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *size = NULL;
  GStatBuf buf;

  times_init (&times);
  for (guint run = 0; run < n_runs + 1; run++)
    {
      g_autoptr(GError) error = NULL;
      Clock start = clock_start ();

      if (!func (db, path, data, &error))
        g_error ("%s: %s", figure, error->message);
      /* The first run warms the caches up: not counted. */
      if (run > 0)
        clock_stop (start, &times);
    }

  if (g_stat (path, &buf) == 0)
    size = g_strdup_printf ("%.1f KiB written", buf.st_size / 1024.0);
  report (figure, &times, goal, size);
  times_clear (&times);
}

static gboolean
export_roster (StewardDatabase  *db,
               const char       *path,
               gpointer          data,
               GError          **error)
{
  g_autoptr(StewardRecordList) bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);
  g_autoptr(StewardRecordList) people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  g_autoptr(StewardRecordList) memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, NULL);
  g_autoptr(GDate) today = g_date_new ();
  g_autoptr(GListModel) roster = NULL;
  StewardRosterExportOptions options = { "臺南市教育網路中心", "ISMS-R-003", "1.0", today, STEWARD_CALENDAR_ROC };

  g_date_set_time_t (today, time (NULL));
  roster = steward_roster_build (G_LIST_MODEL (bodies), G_LIST_MODEL (people), G_LIST_MODEL (memberships), today);

  return steward_roster_export (roster, path, &options, error);
}

/* The measurement table of this year, as its page exports it: every
 * objective with its measurements, month by month. */
static gboolean
export_measurement_table (StewardDatabase  *db,
                          const char       *path,
                          gpointer          data,
                          GError          **error)
{
  g_autoptr(StewardEvaluationList) evaluations = steward_evaluation_list_new (db);
  g_autoptr(StewardRecordList) people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  g_autoptr(GPtrArray) all = steward_evaluation_list_dup_all (evaluations);
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  StewardMeasurementTableOptions options = { "臺南市教育網路中心", "ISMS-R-006", "1.0",
                                             g_date_time_get_year (now), STEWARD_CALENDAR_ROC, owners };

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      g_hash_table_insert (owners, g_memdup2 (&(gint64) { steward_record_get_id (STEWARD_RECORD (person)) },
                                              sizeof (gint64)),
                           g_strdup (steward_person_get_name (person)));
    }

  return steward_measurement_table_export (all, path, &options, error);
}

static gboolean
export_actions (StewardDatabase  *db,
                const char       *path,
                gpointer          data,
                GError          **error)
{
  return steward_register_export (db, "actions", path, STEWARD_CALENDAR_ROC, error);
}

static gboolean
export_context (StewardDatabase  *db,
                const char       *path,
                gpointer          data,
                GError          **error)
{
  StewardContextExportOptions options = { "臺南市教育網路中心", NULL, NULL, NULL, STEWARD_CALENDAR_ROC };

  return steward_context_register_export (db, path, &options, error);
}

static gboolean
export_minutes_odt (StewardDatabase  *db,
                    const char       *path,
                    gpointer          data,
                    GError          **error)
{
  return steward_minutes_export_review (db, *(gint64 *) data, STEWARD_CALENDAR_ROC, path, error);
}

/* The PDF as issuing makes it: the document built from the records, then
 * rendered. An issued review's own export only copies the stored PDF. */
static gboolean
export_minutes_pdf (StewardDatabase  *db,
                    const char       *path,
                    gpointer          data,
                    GError          **error)
{
  g_autoptr(JsonObject) content = steward_minutes_build (db, *(gint64 *) data, STEWARD_CALENDAR_ROC, error);
  g_autoptr(GBytes) pdf = NULL;

  if (content == NULL)
    return FALSE;
  pdf = steward_minutes_render_pdf (content, error);
  if (pdf == NULL)
    return FALSE;

  return g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}

static void
bench_exports (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardDatabase) db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);
  g_autofree char *dir = g_dir_make_tmp ("steward-bench-XXXXXX", NULL);
  g_autoptr(StewardReview) review = NULL;
  gint64 review_id;

  if (db == NULL)
    g_error ("%s: %s", path, error->message);
  review = load_newest_review (db);
  review_id = steward_record_get_id (STEWARD_RECORD (review));

  bench_export (db, dir, "export roster PDF", "roster.pdf", export_roster, NULL, 100);
  bench_export (db, dir, "export roster XLSX", "roster.xlsx", export_roster, NULL, 100);
  bench_export (db, dir, "export measurement table PDF", "table.pdf", export_measurement_table, NULL, 100);
  bench_export (db, dir, "export measurement table XLSX", "table.xlsx", export_measurement_table, NULL, 100);
  /* The whole registers: beyond the list (the roster, the table
   * and the minutes), printed without a goal. */
  bench_export (db, dir, "export actions register CSV", "actions.csv", export_actions, NULL, -1);
  bench_export (db, dir, "export actions register XLSX", "actions.xlsx", export_actions, NULL, -1);
  bench_export (db, dir, "export context register CSV", "context.csv", export_context, NULL, -1);
  bench_export (db, dir, "export context register XLSX", "context.xlsx", export_context, NULL, -1);
  bench_export (db, dir, "export context register PDF", "context.pdf", export_context, NULL, -1);
  bench_export (db, dir, "export minutes ODT (newest review)", "minutes.odt", export_minutes_odt, &review_id, 100);
  bench_export (db, dir, "export minutes PDF, built anew", "minutes.pdf", export_minutes_pdf, &review_id, 200);

  for (const char * const *f = (const char * const[]) { "roster.pdf", "roster.xlsx", "actions.csv", "actions.xlsx",
                                                       "table.pdf", "table.xlsx", "context.csv", "context.xlsx",
                                                       "context.pdf", "minutes.odt", "minutes.pdf", NULL };
       *f != NULL; f++)
    {
      g_autofree char *file = g_build_filename (dir, *f, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

/* The load average of the last 1, 5 and 15 minutes, as /proc has it. */
static char *
dup_load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  fields = g_strsplit (text, " ", 4);
  if (g_strv_length (fields) < 4)
    return g_strdup ("?");

  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StewardApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *load = NULL;
  g_autofree char *tmp_home = NULL;
  const char *path = NULL;
  const char *only = NULL;
  GStatBuf buf;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        {
          /* Not inside MAX (), which would read the argument twice. */
          int runs = atoi (argv[++i]);

          n_runs = MAX (1, runs);
        }
      else if (g_str_equal (argv[i], "--only") && i + 1 < argc)
        only = argv[++i];
      else if (g_str_equal (argv[i], "--place") && i + 1 < argc)
        only_place = argv[++i];
      else
        path = argv[i];
    }
  if (path == NULL || g_stat (path, &buf) != 0)
    {
      g_printerr ("usage: bench-scale DATABASE [--runs N] [--only search|places|wizard|exports] [--place NAME]\n");
      return 2;
    }

  setlocale (LC_ALL, "");
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  /* Xvfb has no GPU: GTK's GL renderer would run on Mesa's llvmpipe, a GPU
   * emulated in software, whose drawing of each frame (about 20 ms of two
   * cores) an office desktop's GPU does in a fraction of a millisecond.
   * The cairo renderer draws in software as GTK does where there is no
   * GL. GSK_RENDERER=gl measures the other. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  /* The app's own settings and data are not the user's. */
  tmp_home = g_dir_make_tmp ("steward-bench-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmp_home, TRUE);
  g_setenv ("XDG_STATE_HOME", tmp_home, TRUE);

  if (!gtk_init_check ())
    g_error ("No display: run bench-scale under xvfb-run");
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = steward_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  load = dup_load_average ();
  g_print ("bench-scale: %s, %.1f MiB; %u runs each; GSK_RENDERER=%s; load average %s\n",
           path, buf.st_size / 1048576.0, n_runs, g_getenv ("GSK_RENDERER"), load);
  g_print ("%-36s %8s %8s %8s %6s  %-6s %3s  %s\n", "figure (ms)", "median", "p95", "cpu", "goal", "", "n", "data");

  if (only == NULL || g_str_equal (only, "search"))
    bench_search (app, path);
  if (only == NULL || g_str_equal (only, "places"))
    bench_places (app, path);
  if (only == NULL || g_str_equal (only, "wizard"))
    bench_wizard (app, path);
  if (only == NULL || g_str_equal (only, "exports"))
    bench_exports (path);

  g_clear_pointer (&load, g_free);
  load = dup_load_average ();
  g_print ("bench-scale: %s; load average at the end %s\n", all_met ? "every goal met" : "some goals MISSED", load);

  return 0;
}
