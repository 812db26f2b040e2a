/* test-org-chart.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The organization chart (5.3.1) on the sample organization, in a real
 * window: its boxes, its description, the keyboard, the zoom, the
 * screenshots (wide, narrow, dark) that anyone can look at in the build
 * folder (STEWARD_TEST_OUTPUT), the export, and how it follows the data.
 * Runs under xvfb-run; no display is a failure. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "logic/steward-date.h"
#include "logic/steward-roster.h"
#include "logic/steward-sample-data.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-test-util.h"
#include "widgets/steward-org-chart.h"

/* Added to the sample organization: a sub-team with a long name, three
 * levels down, and a team retired at the end of 2024. */
#define SUB_TEAM_NAME "個人資料保護暨資訊安全事件通報應變小組"
#define RETIRED_NAME  "舊版資訊安全稽核小組"

typedef struct
{
  StewardTestDb     *t;
  StewardRecordList *bodies;
  StewardRecordList *people;
  StewardRecordList *memberships;
  GtkWindow         *window;
  StewardOrgChart   *chart;
  gint64             retired_id;
  gint64             sub_team_id;
} Fixture;

static void
iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static StewardBody *
body_of_kind (Fixture         *f,
              StewardBodyKind  kind)
{
  GListModel *bodies = G_LIST_MODEL (f->bodies);

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (bodies, i);

      if (steward_body_get_kind (body) == kind)
        return g_steal_pointer (&body);
    }

  g_assert_not_reached ();
}

static gint64
id_of (gpointer record)
{
  return steward_record_get_id (STEWARD_RECORD (record));
}

static void
save (gpointer record,
      Fixture *f)
{
  g_autoptr(GError) error = NULL;

  steward_record_save (STEWARD_RECORD (record), f->t->db, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardBody) team = NULL;
  g_autoptr(StewardBody) committee = NULL;
  g_autoptr(StewardBody) sub_team = NULL;
  g_autoptr(StewardBody) retired = NULL;
  g_autoptr(GDate) retired_on = g_date_new_dmy (31, G_DATE_DECEMBER, 2024);
  GtkWidget *scrolled;

  f->t = steward_test_db_new ();
  steward_sample_data_fill (f->t->db, STEWARD_SAMPLE_SMALL, &error);
  g_assert_no_error (error);

  f->bodies = steward_record_list_new (f->t->db, STEWARD_TYPE_BODY, NULL);
  f->people = steward_record_list_new (f->t->db, STEWARD_TYPE_PERSON, NULL);
  f->memberships = steward_record_list_new (f->t->db, STEWARD_TYPE_MEMBERSHIP, NULL);

  team = body_of_kind (f, STEWARD_BODY_MANAGEMENT_TEAM);
  committee = body_of_kind (f, STEWARD_BODY_COMMITTEE);

  sub_team = steward_body_new (STEWARD_BODY_OTHER, SUB_TEAM_NAME);
  g_object_set (sub_team, "parent-id", id_of (team), "position", 10, NULL);
  save (sub_team, f);
  f->sub_team_id = id_of (sub_team);

  retired = steward_body_new (STEWARD_BODY_OTHER, RETIRED_NAME);
  g_object_set (retired, "parent-id", id_of (committee), "position", 11, "retired-on", retired_on, NULL);
  save (retired, f);
  f->retired_id = id_of (retired);

  f->chart = STEWARD_ORG_CHART (steward_org_chart_new ());
  steward_org_chart_set_models (f->chart, G_LIST_MODEL (f->bodies), G_LIST_MODEL (f->people),
                                G_LIST_MODEL (f->memberships));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (f->chart));
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (f->window, scrolled);
  gtk_window_set_default_size (f->window, 1000, 600);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  iterate (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  iterate (50);
  g_clear_object (&f->bodies);
  g_clear_object (&f->people);
  g_clear_object (&f->memberships);
  steward_test_db_free (f->t);
}

static void
resize (Fixture *f,
        int      width,
        int      height)
{
  gtk_window_set_default_size (f->window, width, height);
  iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* The bodies in force today: what the chart must show. */
static GPtrArray *
active_bodies (Fixture *f)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  GPtrArray *active = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->bodies)); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (G_LIST_MODEL (f->bodies), i);
      GDate *retired = steward_body_get_retired_on (body);

      if (retired == NULL || g_date_compare (retired, today) > 0)
        g_ptr_array_add (active, g_steal_pointer (&body));
    }

  return active;
}

/* The boxes are all in the widget, and no two overlap. */
static void
assert_boxes_apart (Fixture *f)
{
  g_autoptr(GPtrArray) bodies = active_bodies (f);
  int width = gtk_widget_get_width (GTK_WIDGET (f->chart));
  g_autofree graphene_rect_t *areas = g_new0 (graphene_rect_t, bodies->len);

  for (guint i = 0; i < bodies->len; i++)
    {
      g_assert_true (steward_org_chart_get_body_area (f->chart, id_of (bodies->pdata[i]), &areas[i]));
      g_assert_cmpfloat (areas[i].origin.x, >=, 0);
      g_assert_cmpfloat (areas[i].origin.y, >=, 0);
      g_assert_cmpfloat (areas[i].origin.x + areas[i].size.width, <=, width);
      g_assert_cmpfloat (areas[i].size.width, >, 100);

      for (guint j = 0; j < i; j++)
        {
          graphene_rect_t overlap;

          if (graphene_rect_intersection (&areas[i], &areas[j], &overlap))
            g_assert_cmpfloat (overlap.size.width * overlap.size.height, <, 0.01);
        }
    }
}

static void
test_boxes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) bodies = active_bodies (f);
  graphene_rect_t area;

  g_assert_cmpuint (bodies->len, ==, 6);
  g_assert_cmpuint (steward_org_chart_get_n_boxes (f->chart), ==, bodies->len);
  g_assert_false (steward_org_chart_get_body_area (f->chart, f->retired_id, &area));
  g_assert_false (steward_org_chart_get_compact (f->chart));
  assert_boxes_apart (f);

  /* Top-down: each body is below its parent, and centred under it when it
   * is an only child. */
  for (guint i = 0; i < bodies->len; i++)
    {
      StewardBody *body = bodies->pdata[i];
      graphene_rect_t parent_area;

      g_assert_true (steward_org_chart_get_body_area (f->chart, id_of (body), &area));
      if (steward_body_get_parent_id (body) == 0)
        continue;

      g_assert_true (steward_org_chart_get_body_area (f->chart, steward_body_get_parent_id (body), &parent_area));
      g_assert_cmpfloat (area.origin.y, >, parent_area.origin.y + parent_area.size.height);
    }

  g_assert_true (steward_org_chart_get_body_area (f->chart, f->sub_team_id, &area));
  {
    g_autoptr(StewardBody) team = body_of_kind (f, STEWARD_BODY_MANAGEMENT_TEAM);
    graphene_rect_t team_area;

    g_assert_true (steward_org_chart_get_body_area (f->chart, id_of (team), &team_area));
    g_assert_cmpfloat_with_epsilon (area.origin.x, team_area.origin.x, 0.5);
  }
}

static void
test_description (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) bodies = active_bodies (f);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GListModel) roster = steward_roster_build (G_LIST_MODEL (f->bodies), G_LIST_MODEL (f->people),
                                                       G_LIST_MODEL (f->memberships), today);
  g_autofree char *description = steward_org_chart_dup_description (f->chart);
  guint n_leads = 0;

  g_test_message ("%s", description);
  g_assert_true (g_str_has_prefix (description, "Organization chart: "));
  g_assert_null (strstr (description, RETIRED_NAME));

  for (guint i = 0; i < bodies->len; i++)
    g_assert_nonnull (strstr (description, steward_body_get_name (bodies->pdata[i])));

  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (roster, i);
      g_autofree char *led_by = NULL;

      if (!steward_role_is_lead (steward_roster_entry_get_role (entry)))
        continue;

      led_by = g_strdup_printf ("led by %s (%s)",
                                steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME),
                                steward_role_to_string (steward_roster_entry_get_role (entry)));
      g_assert_nonnull (strstr (description, led_by));
      n_leads++;
    }

  /* The five bodies of the procedure are led; the new sub-team is not. */
  g_assert_cmpuint (n_leads, ==, 5);
  g_assert_nonnull (strstr (description, SUB_TEAM_NAME ", without a lead, 0 members"));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
activated_cb (StewardOrgChart *chart,
              gint64           body_id,
              gint64          *activated)
{
  *activated = body_id;
}

static double
centre_x (Fixture *f,
          gint64   body_id)
{
  graphene_rect_t area;

  g_assert_true (steward_org_chart_get_body_area (f->chart, body_id, &area));

  return area.origin.x + area.size.width / 2;
}

static void
move (Fixture    *f,
      const char *direction)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->chart), "org-chart.move", "s", direction));
}

/* The shortcut a key press would run, run as a key press would. */
static void
press (Fixture    *f,
       const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);
  GtkWidget *widget = GTK_WIDGET (f->chart);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  g_assert_nonnull (wanted);
  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_error ("No shortcut for %s", accelerator);
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(StewardBody) committee = body_of_kind (f, STEWARD_BODY_COMMITTEE);
  g_autoptr(StewardBody) ciso = body_of_kind (f, STEWARD_BODY_CISO);
  g_autoptr(StewardBody) team = body_of_kind (f, STEWARD_BODY_MANAGEMENT_TEAM);
  g_autoptr(GPtrArray) bodies = active_bodies (f);
  guint notified = 0;
  gint64 activated = 0;
  gint64 child, previous;
  double committee_x;

  g_signal_connect (f->chart, "notify::selected-body", G_CALLBACK (count_cb), &notified);
  g_signal_connect (f->chart, "body-activated", G_CALLBACK (activated_cb), &activated);

  /* The chart has the focus once its window is the active one: under
   * Xvfb, with no window manager, that comes a little after the window is
   * shown (later still under the sanitizers), and a window that another
   * test shows at the same time takes it away: the window asks again. */
  gtk_widget_grab_focus (GTK_WIDGET (f->chart));
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC * steward_test_slowdown ();

    while (!gtk_widget_has_focus (GTK_WIDGET (f->chart)) && g_get_monotonic_time () < deadline)
      {
        gtk_window_present (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (f->chart))));
        steward_test_iterate (100);
      }
  }
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->chart)));
  g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), ==, 0);

  /* The first key selects the first body: the committee, at the top. */
  press (f, "Right");
  g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), ==, id_of (committee));
  g_assert_cmpuint (notified, ==, 1);

  /* Down: the child straight below. */
  press (f, "Down");
  child = steward_org_chart_get_selected_body (f->chart);
  g_assert_cmpuint (notified, ==, 2);
  committee_x = centre_x (f, id_of (committee));
  for (guint i = 0; i < bodies->len; i++)
    if (steward_body_get_parent_id (bodies->pdata[i]) == id_of (committee))
      g_assert_cmpfloat (fabs (centre_x (f, child) - committee_x), <=,
                         fabs (centre_x (f, id_of (bodies->pdata[i])) - committee_x));

  /* Left along the level reaches the CISO, the first child; Down its
   * team, Up back. */
  previous = child;
  while (steward_org_chart_get_selected_body (f->chart) != id_of (ciso))
    {
      move (f, "left");
      g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), !=, previous);
      g_assert_cmpfloat (centre_x (f, steward_org_chart_get_selected_body (f->chart)), <, centre_x (f, previous));
      previous = steward_org_chart_get_selected_body (f->chart);
    }
  move (f, "down");
  g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), ==, id_of (team));
  move (f, "up");
  move (f, "up");
  g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), ==, id_of (committee));

  /* Right alone walks every box. */
  for (guint i = 1; i < bodies->len; i++)
    {
      previous = steward_org_chart_get_selected_body (f->chart);
      move (f, "right");
      g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), !=, previous);
    }
  press (f, "End");
  g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), ==, f->sub_team_id);

  /* Enter and Space activate the selected body. */
  press (f, "Return");
  g_assert_cmpint (activated, ==, f->sub_team_id);
  press (f, "Home");
  activated = 0;
  press (f, "space");
  g_assert_cmpint (activated, ==, id_of (committee));

  /* A body not on the chart selects none. */
  notified = 0;
  steward_org_chart_select_body (f->chart, f->retired_id);
  g_assert_cmpint (steward_org_chart_get_selected_body (f->chart), ==, 0);
  g_assert_cmpuint (notified, ==, 1);
  activated = 0;
  press (f, "Return");
  g_assert_cmpint (activated, ==, 0);

  /* The selected body's box is drawn with the focus ring. */
  steward_org_chart_select_body (f->chart, id_of (ciso));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->chart);
  guint notified = 0;
  int fit_width, min_width;

  g_signal_connect (f->chart, "notify::zoom", G_CALLBACK (count_cb), &notified);
  g_assert_cmpfloat (steward_org_chart_get_zoom (f->chart), ==, 1.0);
  fit_width = gtk_widget_get_width (widget);

  press (f, "<Control>plus");
  g_assert_cmpfloat_with_epsilon (steward_org_chart_get_zoom (f->chart), 1.25, 1e-9);
  press (f, "<Control>plus");
  g_assert_cmpuint (notified, ==, 2);
  iterate (100);

  /* Twice as big as it fitted: the scrolled window scrolls. */
  steward_org_chart_set_zoom (f->chart, 2.0);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, >, fit_width);
  iterate (100);
  g_assert_cmpint (gtk_widget_get_width (widget), >, fit_width);
  assert_boxes_apart (f);

  press (f, "<Control>minus");
  g_assert_cmpfloat_with_epsilon (steward_org_chart_get_zoom (f->chart), 1.6, 1e-9);
  press (f, "<Control>0");
  g_assert_cmpfloat (steward_org_chart_get_zoom (f->chart), ==, 1.0);

  /* In steps, out and in comes back to exactly "fit". */
  for (guint i = 0; i < 3; i++)
    gtk_widget_activate_action (widget, "org-chart.zoom-out", NULL);
  for (guint i = 0; i < 3; i++)
    gtk_widget_activate_action (widget, "org-chart.zoom-in", NULL);
  g_assert_cmpfloat (steward_org_chart_get_zoom (f->chart), ==, 1.0);

  steward_org_chart_set_zoom (f->chart, 100);
  g_assert_cmpfloat (steward_org_chart_get_zoom (f->chart), ==, 4.0);
  steward_org_chart_set_zoom (f->chart, 1.0);
  iterate (100);
  g_assert_cmpint (gtk_widget_get_width (widget), ==, fit_width);
}

/* Widget snapshot → texture → PNG, with the renderer of the window. */
static GdkTexture *
save_png (Fixture    *f,
          const char *name)
{
  g_autofree char *file = g_strdup_printf ("screenshot-org-chart-%s.png", name);

  return steward_test_render_png (GTK_WIDGET (f->chart), file);
}

/* The luminance of a pixel of the background, below the boxes. */
static double
background_luminance (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc (width * height * 4);
  guint32 pixel;

  gdk_texture_download (texture, data, width * 4);
  memcpy (&pixel, data + ((height - 8) * width + 8) * 4, sizeof pixel);

  /* CAIRO_FORMAT_ARGB32, opaque here. */
  g_assert_cmpuint (pixel >> 24, ==, 0xff);

  return (0.2126 * ((pixel >> 16) & 0xff) + 0.7152 * ((pixel >> 8) & 0xff) + 0.0722 * (pixel & 0xff)) / 255;
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) wide = NULL;
  g_autoptr(GdkTexture) narrow = NULL;
  g_autoptr(GdkTexture) medium = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  g_autoptr(StewardBody) committee = body_of_kind (f, STEWARD_BODY_COMMITTEE);
  double light_luminance, dark_luminance;

  /* As after a key press: the selected box has the focus ring. */
  gtk_widget_grab_focus (GTK_WIDGET (f->chart));
  gtk_window_set_focus_visible (f->window, TRUE);
  steward_org_chart_select_body (f->chart, id_of (committee));

  resize (f, 1000, 600);
  g_assert_false (steward_org_chart_get_compact (f->chart));
  assert_boxes_apart (f);
  wide = save_png (f, "wide");

  /* A phone: the indented list, still every box, none cut. */
  resize (f, 400, 700);
  g_assert_true (steward_org_chart_get_compact (f->chart));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->chart)), <=, 400);
  assert_boxes_apart (f);
  narrow = save_png (f, "narrow");

  /* In between: the tree, scaled down to fit. */
  resize (f, 620, 600);
  g_assert_false (steward_org_chart_get_compact (f->chart));
  assert_boxes_apart (f);
  medium = save_png (f, "medium");
  resize (f, 1000, 600);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate (300);
  g_assert_true (adw_style_manager_get_dark (style));
  dark = save_png (f, "dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  iterate (100);

  light_luminance = background_luminance (wide);
  dark_luminance = background_luminance (dark);
  g_test_message ("Background luminance: light %.2f, dark %.2f", light_luminance, dark_luminance);
  g_assert_cmpfloat (light_luminance, >, 0.8);
  g_assert_cmpfloat (dark_luminance, <, 0.3);
}

static void
assert_file_starts_with (const char *path,
                         const char *magic,
                         gsize       magic_length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_test_message ("%s: %" G_GSIZE_FORMAT " bytes", path, length);
  g_assert_cmpuint (length, >, 2000);
  g_assert_cmpmem (contents, magic_length, magic, magic_length);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = steward_test_make_tmp_dir ();
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.PDF", NULL);
  g_autofree char *txt = g_build_filename (dir, "chart.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "chart.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *svg_text = NULL;
  GListModel *bodies = G_LIST_MODEL (f->bodies);
  GListModel *people = G_LIST_MODEL (f->people);
  GListModel *memberships = G_LIST_MODEL (f->memberships);

  g_assert_true (steward_org_chart_export (bodies, people, memberships, NULL, png, &error));
  g_assert_no_error (error);
  assert_file_starts_with (png, "\x89PNG\r\n\x1a\n", 8);

  g_assert_true (steward_org_chart_export (bodies, people, memberships, NULL, svg, &error));
  g_assert_no_error (error);
  assert_file_starts_with (svg, "<?xml", 5);
  g_file_get_contents (svg, &svg_text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (svg_text, "<svg"));

  g_assert_true (steward_org_chart_export (bodies, people, memberships, NULL, pdf, &error));
  g_assert_no_error (error);
  assert_file_starts_with (pdf, "%PDF-", 5);

  /* The export draws what the widget draws, from any date. */
  {
    g_autoptr(GDate) past = g_date_new_dmy (1, G_DATE_JUNE, 2023);
    g_autoptr(GdkTexture) texture = NULL;

    g_assert_true (steward_org_chart_export (bodies, people, memberships, past, png, &error));
    g_assert_no_error (error);
    texture = gdk_texture_new_from_filename (png, &error);
    g_assert_no_error (error);
    /* Six boxes, in three levels: wider than tall. */
    g_assert_cmpint (gdk_texture_get_width (texture), >, gdk_texture_get_height (texture));
  }

  /* The PDF's title, and its date in the calendar asked for. */
  {
    g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_JUNE, 2025);
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    g_autofree char *text = NULL;
    const char *argv[] = { "pdftotext", pdf, "-", NULL };
    int status;

    g_assert_true (steward_org_chart_export_full (bodies, people, memberships, day, STEWARD_CALENDAR_ROC, pdf, &error));
    g_assert_no_error (error);
    if (pdftotext == NULL)
      g_test_message ("No pdftotext: the PDF's text is not read back");
    else
      {
        argv[0] = pdftotext;
        g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                      &text, NULL, &status, &error);
        g_assert_no_error (error);
        g_assert_cmpint (status, ==, 0);
        g_assert_nonnull (strstr (text, "Information security organization"));
        g_assert_nonnull (strstr (text, "As of ROC 114-06-01"));
        g_assert_nonnull (strstr (text, "Convener:"));
      }
  }

  g_assert_false (steward_org_chart_export (bodies, people, memberships, NULL, txt, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (steward_org_chart_export (bodies, people, memberships, NULL, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  if (g_getenv ("STEWARD_TEST_OUTPUT") != NULL)
    {
      g_autofree char *kept = g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT"), "export-org-chart.pdf", NULL);
      g_autofree char *kept_png = g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT"), "export-org-chart.png", NULL);

      g_assert_true (steward_org_chart_export (bodies, people, memberships, NULL, kept, NULL));
      g_assert_true (steward_org_chart_export (bodies, people, memberships, NULL, kept_png, NULL));
    }

  steward_test_remove_tree (dir);
}

/* The part of the description about the body called @name. */
static char *
sentence_of (const char *description,
             const char *name)
{
  const char *start = strstr (description, name);
  const char *end;

  g_assert_nonnull (start);
  end = strstr (start, "; ");
  if (end == NULL)
    end = start + strlen (start) - 1;   /* the final full stop */

  return g_strndup (start, end - start);
}

static void
test_refresh (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(StewardBody) audit = body_of_kind (f, STEWARD_BODY_AUDIT_TEAM);
  g_autoptr(StewardBody) emergency = body_of_kind (f, STEWARD_BODY_EMERGENCY_TEAM);
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(StewardPerson) newcomer = steward_person_new ();
  g_autoptr(StewardMembership) membership = NULL;
  g_autoptr(StewardPerson) lead = NULL;
  g_autoptr(StewardBody) retiring = NULL;
  g_autofree char *before = steward_org_chart_dup_description (f->chart);
  g_autofree char *audit_before = sentence_of (before, steward_body_get_name (audit));
  g_autofree char *audit_after = NULL;
  g_autofree char *after = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *retired = NULL;

  g_assert_true (g_str_has_suffix (audit_before, ", 3 members"));

  /* A new auditor: the audit team has four members. */
  g_object_set (newcomer, "name", "溫子萱", "title", "稽核員", "unit", "行政組", NULL);
  save (newcomer, f);
  membership = steward_membership_new (id_of (newcomer), id_of (audit), STEWARD_ROLE_AUDITOR, today);
  save (membership, f);

  after = steward_org_chart_dup_description (f->chart);
  g_assert_cmpstr (before, !=, after);
  audit_after = sentence_of (after, steward_body_get_name (audit));
  g_assert_true (g_str_has_suffix (audit_after, ", 4 members"));
  g_assert_cmpuint (steward_org_chart_get_n_boxes (f->chart), ==, 6);

  /* The emergency team's convener changes name in place (the list keeps
   * the object and notifies), and the chart follows. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->memberships)) && lead == NULL; i++)
    {
      g_autoptr(StewardMembership) m = g_list_model_get_item (G_LIST_MODEL (f->memberships), i);

      if (steward_membership_get_body_id (m) == id_of (emergency) &&
          steward_membership_get_role (m) == STEWARD_ROLE_CONVENER)
        lead = steward_record_load (f->t->db, STEWARD_TYPE_PERSON, steward_membership_get_person_id (m), NULL);
    }
  g_assert_nonnull (lead);
  g_object_set (lead, "name", "歐陽千惠", NULL);
  save (lead, f);
  renamed = steward_org_chart_dup_description (f->chart);
  g_assert_nonnull (strstr (renamed, "led by 歐陽千惠 (Convener)"));

  /* A retired team leaves the chart when the frame is drawn. */
  retiring = steward_record_load (f->t->db, STEWARD_TYPE_BODY, id_of (emergency), NULL);
  g_object_set (retiring, "retired-on", today, NULL);
  save (retiring, f);
  iterate (100);
  g_assert_cmpuint (steward_org_chart_get_n_boxes (f->chart), ==, 5);
  retired = steward_org_chart_dup_description (f->chart);
  g_assert_null (strstr (retired, steward_body_get_name (emergency)));
  assert_boxes_apart (f);
}

static void
test_date (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GDate) before_handover = g_date_new_dmy (1, G_DATE_JUNE, 2024);
  g_autoptr(GDate) retired_on = g_date_new_dmy (31, G_DATE_DECEMBER, 2024);
  g_autoptr(GDate) before_retired = g_date_new_dmy (30, G_DATE_DECEMBER, 2024);
  g_autofree char *now = steward_org_chart_dup_description (f->chart);
  g_autofree char *then = NULL;
  guint notified = 0;

  g_signal_connect (f->chart, "notify::date", G_CALLBACK (count_cb), &notified);

  /* The committee had another convener before August 2024. */
  steward_org_chart_set_date (f->chart, before_handover);
  then = steward_org_chart_dup_description (f->chart);
  g_assert_cmpstr (now, !=, then);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (steward_org_chart_get_n_boxes (f->chart), ==, 7);
  g_assert_nonnull (strstr (then, RETIRED_NAME));

  /* Retired on the 31st: gone that day. */
  steward_org_chart_set_date (f->chart, before_retired);
  g_assert_cmpuint (steward_org_chart_get_n_boxes (f->chart), ==, 7);
  steward_org_chart_set_date (f->chart, retired_on);
  g_assert_cmpuint (steward_org_chart_get_n_boxes (f->chart), ==, 6);

  steward_org_chart_set_date (f->chart, NULL);
  g_free (then);
  then = steward_org_chart_dup_description (f->chart);
  g_assert_cmpstr (now, ==, then);
}

/* Many small trees wrap into rows; a loop of parents is cut, not hidden. */
static void
test_forest (Fixture       *f,
             gconstpointer  data)
{
  static const char * const teams[] = {
    "個資保護小組", "機房管理小組", "校園網路維運小組", "弱點管理小組", "資安教育推動小組", "委外廠商管理小組",
  };
  g_autoptr(StewardBody) first = steward_body_new (STEWARD_BODY_OTHER, "專案小組甲");
  g_autoptr(StewardBody) second = steward_body_new (STEWARD_BODY_OTHER, "專案小組乙");
  g_autoptr(GPtrArray) bodies = NULL;
  graphene_rect_t area;
  g_autoptr(GdkTexture) texture = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (teams); i++)
    {
      g_autoptr(StewardBody) team = steward_body_new (STEWARD_BODY_OTHER, teams[i]);

      g_object_set (team, "position", 20 + (int)i, NULL);
      save (team, f);
    }

  g_object_set (first, "position", 30, NULL);
  save (first, f);
  g_object_set (second, "position", 31, "parent-id", id_of (first), NULL);
  save (second, f);
  g_object_set (first, "parent-id", id_of (second), NULL);
  save (first, f);

  bodies = active_bodies (f);
  g_assert_cmpuint (bodies->len, ==, 14);
  g_assert_cmpuint (steward_org_chart_get_n_boxes (f->chart), ==, bodies->len);
  g_assert_true (steward_org_chart_get_body_area (f->chart, id_of (first), &area));
  g_assert_true (steward_org_chart_get_body_area (f->chart, id_of (second), &area));

  resize (f, 1000, 700);
  g_assert_false (steward_org_chart_get_compact (f->chart));
  assert_boxes_apart (f);
  texture = save_png (f, "forest");
  /* In rows: taller than one row of fourteen boxes would be. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->chart)), >, 400);
}

static void
test_empty (void)
{
  StewardOrgChart *chart = g_object_ref_sink (STEWARD_ORG_CHART (steward_org_chart_new ()));
  g_autoptr(GListStore) none = g_list_store_new (STEWARD_TYPE_BODY);
  g_autofree char *description = steward_org_chart_dup_description (chart);
  int min_width;

  g_assert_cmpuint (steward_org_chart_get_n_boxes (chart), ==, 0);
  g_assert_cmpstr (description, ==, "Organization chart: no bodies.");
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  steward_org_chart_set_models (chart, G_LIST_MODEL (none), G_LIST_MODEL (none), G_LIST_MODEL (none));
  g_assert_cmpuint (steward_org_chart_get_n_boxes (chart), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (chart), "org-chart.move", "s", "down");
  g_assert_cmpint (steward_org_chart_get_selected_body (chart), ==, 0);

  g_object_unref (chart);
}

int
main (int   argc,
      char *argv[])
{
  /* The expected sentences are the untranslated ones. */
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

  /* No display is a failure, not a skip: run under xvfb-run. */
  if (!gtk_init_check ())
    g_error ("No display: run the widget tests under xvfb-run");
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add ("/widgets/org-chart/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("boxes", test_boxes);
  ADD ("description", test_description);
  ADD ("keyboard", test_keyboard);
  ADD ("zoom", test_zoom);
  ADD ("screenshots", test_screenshots);
  ADD ("export", test_export);
  ADD ("refresh", test_refresh);
  ADD ("date", test_date);
  ADD ("forest", test_forest);
  g_test_add_func ("/widgets/org-chart/empty", test_empty);

#undef ADD

  return g_test_run ();
}
