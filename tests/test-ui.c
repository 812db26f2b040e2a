/* test-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opens the real window on temporary databases, walks every place, uses
 * the person form as a user would, and renders each screen to a PNG in the
 * build folder (STEWARD_TEST_OUTPUT) so that anyone can look at it. Run
 * once in English and once in zh_TW; there is no display-less skip. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "export/steward-chart-export.h"
#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-action-item.h"
#include "logic/steward-objectives.h"
#include "logic/steward-roster.h"
#include "logic/steward-sample-data.h"
#include "model/steward-body.h"
#include "model/steward-duty.h"
#include "model/steward-person.h"
#include "model/steward-roster-review.h"
#include "model/steward-record-list.h"
#include "steward-application.h"
#include "steward-test-util.h"
#include "steward-window.h"
#include "views/committee/steward-body-editor.h"
#include "views/committee/steward-chart-page.h"
#include "views/committee/steward-membership-editor.h"
#include "views/committee/steward-people-page.h"
#include "views/committee/steward-roster-page.h"
#include "views/committee/steward-person-editor.h"
#include "views/objectives/steward-measurement-editor.h"
#include "views/objectives/steward-objective-detail.h"
#include "views/objectives/steward-objectives-page.h"
#include "views/overview/steward-overview-page.h"
#include "views/reviews/steward-review-wizard.h"
#include "model/steward-review.h"
#include "widgets/steward-chart.h"

static const char *language;
static char *tmp_dir;
static StewardApplication *app;

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *file = g_strdup_printf ("screenshot-%s-%s.png", name, language);
  g_autoptr(GdkTexture) texture = steward_test_render_png (widget, file);

  g_assert_nonnull (texture);
}

static StewardWindow *
get_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (STEWARD_IS_WINDOW (window));

  return STEWARD_WINDOW (window);
}

static gpointer
get_child (StewardWindow *window,
           const char    *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), STEWARD_TYPE_WINDOW, name);

  g_assert_nonnull (child);

  return child;
}

static char *
make_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static void
activate (StewardWindow *window,
          const char    *action,
          GVariant      *param)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, param));
  steward_test_iterate (50);
}

static void
test_translated (void)
{
  /* The zh_TW run must really be in Chinese: an untranslated catalog or a
   * missing locale fails here instead of passing unnoticed. */
  if (g_str_equal (language, "zh_TW"))
    g_assert_cmpstr (_("Overview"), ==, "總覽");
  else
    g_assert_cmpstr (_("Overview"), ==, "Overview");
}

static void
test_welcome_and_template (void)
{
  g_autofree char *path = make_path ("empty.db");
  StewardWindow *window;
  GtkWidget *bodies_page;

  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  window = get_window ();
  steward_test_iterate (100);

  g_assert_cmpstr (steward_window_get_page_name (window), ==, "welcome");
  save_png (GTK_WIDGET (window), "welcome");

  activate (window, "win.set-up-template", NULL);
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "places");

  bodies_page = (gpointer) steward_window_get_page (window, "committee/bodies");
  g_assert_true (gtk_widget_get_mapped (bodies_page));
  save_png (GTK_WIDGET (window), "committee-bodies");
}

static void
open_sample (void)
{
  g_autofree char *path = make_path ("sample.db");
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(StewardDatabase) db = steward_database_open (path, STEWARD_DATABASE_OPEN_DEFAULT, &error);

      g_assert_no_error (error);
      steward_sample_data_fill (db, STEWARD_SAMPLE_SMALL, &error);
      g_assert_no_error (error);
    }

  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_test_iterate (100);
  g_assert_cmpstr (steward_window_get_page_name (get_window ()), ==, "places");
}

/* Opening another database closes the review wizards of the one before,
 * which save what waits first: none is left typing into a closed file. */
static void
test_wizard_closed_with_database (void)
{
  g_autofree char *path = make_path ("other.db");
  StewardWindow *window;
  StewardDatabase *db;
  g_autoptr(GPtrArray) reviews = NULL;
  GtkWindow *wizard;

  open_sample ();
  window = get_window ();
  db = steward_window_get_database (window);
  reviews = steward_test_load_all (db, STEWARD_TYPE_REVIEW, NULL);
  g_assert_cmpuint (reviews->len, >, 0);

  wizard = steward_review_wizard_new (GTK_WINDOW (window), db,
                                      steward_record_get_id (g_ptr_array_index (reviews, reviews->len - 1)));
  g_object_add_weak_pointer (G_OBJECT (wizard), (gpointer *) &wizard);
  gtk_window_present (wizard);
  steward_test_iterate (200);
  g_assert_nonnull (wizard);

  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_test_iterate (100);
  g_assert_null (wizard);
  g_assert_cmpstr (steward_window_get_page_name (get_window ()), ==, "welcome");
}

static void
test_places (void)
{
  StewardWindow *window;
  StewardOverviewPage *overview;

  open_sample ();
  window = get_window ();

  activate (window, "win.show-place", g_variant_new_string ("overview"));
  overview = (gpointer) steward_window_get_page (window, "overview");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overview)));
  /* The organization is in order; the sample's objectives have
   * measurements due and targets missed, which Overview lists. */
  steward_test_iterate (200);
  g_assert_cmpuint (steward_overview_page_get_n_attention (overview), >, 0);
  /* The recent changes, read once the window is up, at the foot. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (steward_test_template_child (overview, "history_list"), 0));
  save_png (GTK_WIDGET (window), "overview");

  activate (window, "win.show-place", g_variant_new_string ("committee/people"));
  g_assert_true (gtk_widget_get_mapped ((gpointer) steward_window_get_page (window, "committee/people")));
  save_png (GTK_WIDGET (window), "committee-people");

  activate (window, "win.show-place", g_variant_new_string ("committee/bodies"));
  g_assert_true (gtk_widget_get_mapped ((gpointer) steward_window_get_page (window, "committee/bodies")));
  save_png (GTK_WIDGET (window), "committee-bodies-sample");

  activate (window, "win.show-place", g_variant_new_string ("committee/roster"));
  g_assert_true (gtk_widget_get_mapped ((gpointer) steward_window_get_page (window, "committee/roster")));
  save_png (GTK_WIDGET (window), "committee-roster");

  /* A place's title is made when the place is first shown: one of several
   * pages switches them from the header bar. */
  {
    GtkWidget *title = gtk_stack_get_visible_child (get_child (window, "title_stack"));

    g_assert_true (ADW_IS_VIEW_SWITCHER_TITLE (title));
    g_assert_cmpstr (adw_view_switcher_title_get_title (ADW_VIEW_SWITCHER_TITLE (title)), ==, _("Committee"));
  }

  /* The context registers and the external contacts (5.1, 5.2, 5.5), and
   * the follow-up's registers (3.10, 5.4.2, 5.8). */
  {
    const char * const pages[] = { "reviews/reviews", "context/issues", "context/parties", "context/reviews", "contacts/contacts",
                                   "communications/communications", "communications/meetings",
                                   "projects/projects", "handovers/handovers", "findings/findings",
                                   "findings/audits", "findings/risks", "findings/trends", "actions/actions" };

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      {
        g_autofree char *name = g_strdelimit (g_strdup (pages[i]), "/", '-');

        activate (window, "win.show-place", g_variant_new_string (pages[i]));
        steward_test_iterate (100);
        g_assert_true (gtk_widget_get_mapped ((gpointer) steward_window_get_page (window, pages[i])));
        save_png (GTK_WIDGET (window), name);
      }
  }

  /* Narrow: the leaflet folds to the content, with a back button. */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  steward_test_iterate (300);
  g_assert_true (adw_leaflet_get_folded (get_child (window, "leaflet")));
  save_png (GTK_WIDGET (window), "narrow");
  /* A place of one page has its name for a title; one of several has its
   * switcher at the foot when the header bar is too narrow for it. */
  {
    GtkWidget *title = gtk_stack_get_visible_child (get_child (window, "title_stack"));
    GtkWidget *switcher;
    GtkWidget *stack;
    GtkWidget *bar;

    g_assert_true (ADW_IS_WINDOW_TITLE (title));
    g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), ==, _("Actions"));

    activate (window, "win.show-place", g_variant_new_string ("committee/people"));
    steward_test_iterate (300);
    stack = gtk_widget_get_ancestor ((gpointer) steward_window_get_page (window, "committee/people"),
                                     ADW_TYPE_VIEW_STACK);
    bar = gtk_widget_get_next_sibling (stack);
    switcher = gtk_stack_get_visible_child (get_child (window, "title_stack"));
    g_assert_true (ADW_IS_VIEW_SWITCHER_BAR (bar));
    g_assert_true (ADW_IS_VIEW_SWITCHER_TITLE (switcher));
    g_assert_cmpint (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)), ==,
                     adw_view_switcher_title_get_title_visible (ADW_VIEW_SWITCHER_TITLE (switcher)));
    save_png (GTK_WIDGET (window), "narrow-committee");

    /* At 360 pixels, the phones' width, no title has room for the tabs. */
    gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
    steward_test_iterate (300);
    g_assert_true (adw_view_switcher_title_get_title_visible (ADW_VIEW_SWITCHER_TITLE (switcher)));
    g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
    save_png (GTK_WIDGET (window), "narrow-committee-360");
  }
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  steward_test_iterate (300);
}

static void
test_search (void)
{
  StewardWindow *window;
  StewardPeoplePage *page;
  GListModel *visible;

  open_sample ();
  window = get_window ();
  activate (window, "win.show-place", g_variant_new_string ("committee/people"));
  page = (gpointer) steward_window_get_page (window, "committee/people");
  visible = steward_people_page_get_visible_model (page);

  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 25);

  /* Each of the six units has one head. */
  steward_people_page_set_search (page, "組長");
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 6);
  save_png (GTK_WIDGET (window), "people-search");

  steward_people_page_set_search (page, "no such person at all");
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);

  steward_people_page_set_search (page, "");
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 25);
}

static void
type_into (StewardPersonEditor *editor,
           const char          *row,
           const char          *text)
{
  GObject *entry = gtk_widget_get_template_child (GTK_WIDGET (editor), STEWARD_TYPE_PERSON_EDITOR, row);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static const char *
text_of (StewardPersonEditor *editor,
         const char          *row)
{
  GObject *entry = gtk_widget_get_template_child (GTK_WIDGET (editor), STEWARD_TYPE_PERSON_EDITOR, row);

  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static gboolean
row_visible (StewardPersonEditor *editor,
             const char          *row)
{
  GObject *widget = gtk_widget_get_template_child (GTK_WIDGET (editor), STEWARD_TYPE_PERSON_EDITOR, row);

  return gtk_widget_get_visible (GTK_WIDGET (widget));
}

static void
test_person_form (void)
{
  StewardWindow *window;
  StewardPeoplePage *page;
  StewardPersonEditor *editor;
  GListModel *visible;

  open_sample ();
  window = get_window ();
  activate (window, "win.show-place", g_variant_new_string ("committee/people"));
  page = (gpointer) steward_window_get_page (window, "committee/people");
  visible = steward_people_page_get_visible_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 25);

  editor = steward_person_editor_new (steward_window_get_database (window), NULL);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (editor));

  /* An empty name and a malformed address: refused, with a message beside
   * each field, and what was typed stays. */
  type_into (editor, "name_row", "   ");
  type_into (editor, "title_row", "資安工程師");
  type_into (editor, "email_row", "chen at tn.edu.tw");
  g_assert_false (steward_person_editor_save (editor));
  g_assert_true (row_visible (editor, "name_error_row"));
  g_assert_true (row_visible (editor, "email_error_row"));
  g_assert_cmpstr (text_of (editor, "title_row"), ==, "資安工程師");
  g_assert_cmpstr (text_of (editor, "email_row"), ==, "chen at tn.edu.tw");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 25);
  save_png (GTK_WIDGET (editor), "person-form-errors");

  /* Editing a field clears its message. */
  type_into (editor, "name_row", "陳建宏");
  g_assert_false (row_visible (editor, "name_error_row"));

  g_object_ref (editor);
  type_into (editor, "email_row", "chienhung.chen@tn.edu.tw");
  g_assert_true (steward_person_editor_save (editor));
  g_object_unref (editor);
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 26);
}

static guint
find_person (GListModel *model,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (model, i);

      if (steward_record_get_id (STEWARD_RECORD (person)) == id)
        return i;
    }

  return G_MAXUINT;
}

static void
test_delete_undo (void)
{
  StewardWindow *window;
  StewardDatabase *db;
  StewardPeoplePage *page;
  g_autoptr(StewardRecordList) memberships = NULL;
  g_autoptr(StewardPerson) holder = NULL;
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(GError) error = NULL;
  GListModel *visible;
  AdwToast *toast;
  gint64 id;
  guint n;

  open_sample ();
  window = get_window ();
  db = steward_window_get_database (window);
  activate (window, "win.show-place", g_variant_new_string ("committee/people"));
  page = (gpointer) steward_window_get_page (window, "committee/people");
  visible = steward_people_page_get_visible_model (page);
  n = g_list_model_get_n_items (visible);
  g_assert_cmpuint (n, >, 0);

  /* Someone who holds a role is not deleted: the page says why. */
  memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, NULL);
  for (guint i = 0; i < n && holder == NULL; i++)
    {
      g_autoptr(StewardPerson) candidate = g_list_model_get_item (visible, i);

      if (steward_person_count_memberships (G_LIST_MODEL (memberships),
                                            steward_record_get_id (STEWARD_RECORD (candidate))) > 0)
        holder = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (holder);
  g_assert_null (steward_people_page_delete_person (page, holder));
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, n);
  save_png (GTK_WIDGET (window), "people-delete-refused");

  /* Someone without roles is deleted, and the toast brings them back. */
  g_object_set (person, "name", "林測試", "unit", "行政組", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), db, &error));
  g_assert_no_error (error);
  id = steward_record_get_id (STEWARD_RECORD (person));
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, n + 1);

  toast = steward_people_page_delete_person (page, person);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, n);
  g_assert_cmpuint (find_person (visible, id), ==, G_MAXUINT);
  save_png (GTK_WIDGET (window), "people-deleted-toast");

  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, n + 1);
  g_assert_cmpuint (find_person (visible, id), !=, G_MAXUINT);
}

static GObject *
editor_child (StewardMembershipEditor *editor,
              const char              *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (editor), STEWARD_TYPE_MEMBERSHIP_EDITOR, name);

  g_assert_nonnull (child);

  return child;
}

static gboolean
roster_has (GListModel *roster,
            const char *name,
            StewardRole role)
{
  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (roster, i);

      if (g_str_equal (steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME), name) &&
          steward_roster_entry_get_role (entry) == role)
        return TRUE;
    }

  return FALSE;
}

static void
test_membership_form (void)
{
  StewardWindow *window;
  StewardDatabase *db;
  StewardRosterPage *roster_page;
  StewardMembershipEditor *editor;
  g_autoptr(StewardPerson) person = steward_person_new ();
  g_autoptr(StewardRecordList) bodies = NULL;
  g_autoptr(StewardBody) committee = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *roster;
  guint before;

  open_sample ();
  window = get_window ();
  db = steward_window_get_database (window);

  g_object_set (person, "name", "張新委員", "unit", "應用服務組", "title", "組長",
                "phone", "06-2991111", "email", "new.member@tn.edu.tw", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (person), db, &error));
  g_assert_no_error (error);

  bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);
  committee = g_list_model_get_item (G_LIST_MODEL (bodies), 0);
  g_assert_cmpint (steward_body_get_kind (committee), ==, STEWARD_BODY_COMMITTEE);

  activate (window, "win.show-place", g_variant_new_string ("committee/roster"));
  roster_page = (gpointer) steward_window_get_page (window, "committee/roster");
  roster = steward_roster_page_get_visible_model (roster_page);
  before = g_list_model_get_n_items (roster);
  g_assert_false (roster_has (roster, "張新委員", STEWARD_ROLE_MEMBER));

  editor = steward_membership_editor_new (db, NULL, steward_record_get_id (STEWARD_RECORD (committee)));
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (editor));
  g_object_ref (editor);

  /* No person, an end before the start, a date that is not one: refused,
   * each said beside its field, nothing lost. */
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "start_date_row")), "115-03-01");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "end_date_row")), "115-02-01");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "decision_date_row")), "not a date");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "decision_ref_row")), "115年度第1次資訊安全委員會");
  g_assert_false (steward_membership_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor_child (editor, "person_error_row"))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor_child (editor, "end_date_error_row"))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor_child (editor, "decision_date_error_row"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_child (editor, "decision_ref_row"))), ==,
                   "115年度第1次資訊安全委員會");
  save_png (GTK_WIDGET (editor), "membership-form-errors");

  /* A second convener while the first is in office: refused, and why. */
  steward_membership_editor_set_person (editor, steward_record_get_id (STEWARD_RECORD (person)));
  steward_membership_editor_set_role (editor, STEWARD_ROLE_CONVENER);
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "end_date_row")), "");
  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "decision_date_row")), "115-02-20");
  g_assert_false (steward_membership_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor_child (editor, "role_error_row"))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor_child (editor, "person_error_row"))));

  /* As a member, it is saved, and the roster shows it at once. */
  steward_membership_editor_set_role (editor, STEWARD_ROLE_MEMBER);
  g_assert_true (steward_membership_editor_save (editor));
  g_object_unref (editor);
  steward_test_iterate (100);

  g_assert_cmpuint (g_list_model_get_n_items (roster), ==, before + 1);
  g_assert_true (roster_has (roster, "張新委員", STEWARD_ROLE_MEMBER));
  save_png (GTK_WIDGET (window), "roster-after-adding");
}

static StewardBody *
find_body (StewardDatabase *db,
           const char      *name)
{
  g_autoptr(StewardRecordList) bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (bodies)); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (G_LIST_MODEL (bodies), i);

      if (g_strcmp0 (steward_body_get_name (body), name) == 0)
        return g_steal_pointer (&body);
    }

  return NULL;
}

static void
test_body_form_and_chart (void)
{
  StewardWindow *window;
  StewardDatabase *db;
  StewardOrgChart *chart;
  StewardBodyEditor *editor;
  StewardMembershipEditor *membership_editor;
  g_autoptr(StewardBody) team = NULL;
  g_autoptr(StewardPerson) lead = steward_person_new ();
  g_autoptr(StewardQuery) team_duties = steward_query_new ();
  g_autoptr(StewardRecordList) duties = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkEditable *name_row;
  guint boxes;

  open_sample ();
  window = get_window ();
  db = steward_window_get_database (window);
  activate (window, "win.show-place", g_variant_new_string ("committee/chart"));
  chart = steward_chart_page_get_chart ((gpointer) steward_window_get_page (window, "committee/chart"));
  steward_test_iterate (100);
  boxes = steward_org_chart_get_n_boxes (chart);
  save_png (GTK_WIDGET (window), "committee-chart");

  /* A new sub-team: an empty name is refused beside the field. */
  editor = steward_body_editor_new (db, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (editor));
  g_object_ref (editor);
  steward_body_editor_add_duty (editor, "規劃個人資料保護作業。");
  steward_body_editor_add_duty (editor, "執行個資事件通報。");
  steward_body_editor_move_duty (editor, 1, 0);
  g_assert_false (steward_body_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), STEWARD_TYPE_BODY_EDITOR, "name_error_row"))));
  g_assert_cmpuint (steward_body_editor_get_n_duties (editor), ==, 2);
  save_png (GTK_WIDGET (editor), "body-form-errors");

  name_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), STEWARD_TYPE_BODY_EDITOR, "name_row"));
  gtk_editable_set_text (name_row, "個資保護小組");
  g_assert_true (steward_body_editor_save (editor));
  g_object_unref (editor);
  steward_test_iterate (100);

  /* The body and its duties, in the order given, in one transaction. */
  team = find_body (db, "個資保護小組");
  g_assert_nonnull (team);
  steward_query_where_int64 (team_duties, "body_id", STEWARD_QUERY_EQUAL, steward_record_get_id (STEWARD_RECORD (team)));
  steward_query_order_by (team_duties, "position", FALSE);
  duties = steward_record_list_new (db, STEWARD_TYPE_DUTY, team_duties);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (duties)), ==, 2);
  {
    g_autoptr(StewardDuty) first = g_list_model_get_item (G_LIST_MODEL (duties), 0);

    g_assert_cmpstr (steward_duty_get_text (first), ==, "執行個資事件通報。");
  }
  g_assert_cmpuint (steward_org_chart_get_n_boxes (chart), ==, boxes + 1);

  /* Its lead, added through the form, is on the chart. */
  g_object_set (lead, "name", "周子豪", "unit", "資訊安全組", NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (lead), db, &error));
  g_assert_no_error (error);
  before = steward_org_chart_dup_description (chart);
  g_assert_null (strstr (before, "周子豪"));

  membership_editor = steward_membership_editor_new (db, NULL, steward_record_get_id (STEWARD_RECORD (team)));
  gtk_window_present (GTK_WINDOW (membership_editor));
  g_object_ref (membership_editor);
  steward_membership_editor_set_person (membership_editor, steward_record_get_id (STEWARD_RECORD (lead)));
  steward_membership_editor_set_role (membership_editor, STEWARD_ROLE_CONVENER);
  g_assert_true (steward_membership_editor_save (membership_editor));
  g_object_unref (membership_editor);
  steward_test_iterate (200);

  after = steward_org_chart_dup_description (chart);
  g_assert_nonnull (strstr (after, "周子豪"));
  save_png (GTK_WIDGET (window), "committee-chart-after");

  /* Retired, it leaves the chart; its history stays. */
  editor = steward_body_editor_new (db, team);
  g_object_ref (editor);
  g_assert_true (steward_body_editor_retire (editor, &error));
  g_assert_no_error (error);
  g_object_unref (editor);
  steward_test_iterate (200);
  g_assert_cmpuint (steward_org_chart_get_n_boxes (chart), ==, boxes);
  {
    g_autoptr(StewardBody) retired = find_body (db, "個資保護小組");

    g_assert_nonnull (retired);
    g_assert_nonnull (steward_body_get_retired_on (retired));
  }
}

static void
test_roster_review_and_past (void)
{
  StewardWindow *window;
  StewardDatabase *db;
  StewardRosterPage *page;
  g_autoptr(StewardRecordList) reviews = NULL;
  g_autoptr(GDate) long_ago = g_date_new_dmy (1, 1, 2024);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *version = NULL;
  GListModel *visible;
  guint today_count;
  guint n_reviews;

  open_sample ();
  window = get_window ();
  db = steward_window_get_database (window);
  activate (window, "win.show-place", g_variant_new_string ("committee/roster"));
  page = (gpointer) steward_window_get_page (window, "committee/roster");
  visible = steward_roster_page_get_visible_model (page);
  today_count = g_list_model_get_n_items (visible);
  g_assert_cmpuint (today_count, >, 0);

  /* Search as you type narrows the form. */
  steward_roster_page_set_search (page, "召集人");
  steward_test_iterate (50);
  if (g_str_equal (language, "zh_TW"))
    g_assert_cmpuint (g_list_model_get_n_items (visible), >=, 3);
  steward_roster_page_set_search (page, "");
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, today_count);

  /* The roster of a past day: the member who left in 2025 is on it. */
  steward_roster_page_set_date (page, long_ago);
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), >, 0);
  save_png (GTK_WIDGET (window), "roster-past-day");
  steward_roster_page_set_date (page, NULL);
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, today_count);

  /* The yearly review keeps today's roster with it. */
  reviews = steward_record_list_new (db, STEWARD_TYPE_ROSTER_REVIEW, NULL);
  n_reviews = g_list_model_get_n_items (G_LIST_MODEL (reviews));
  g_assert_false (steward_roster_page_is_due (page));
  g_assert_true (steward_roster_page_mark_reviewed (page, "鄭振宇", "年度檢視", &error));
  g_assert_no_error (error);
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reviews)), ==, n_reviews + 1);
  {
    g_autoptr(StewardRosterReview) review = g_list_model_get_item (G_LIST_MODEL (reviews), n_reviews);
    g_autoptr(GListModel) snapshot = steward_roster_new_from_json (steward_roster_review_get_snapshot (review), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (snapshot), ==, today_count);
  }

  /* The form's number and version, for the exports' header. */
  g_assert_true (steward_roster_page_set_form_details (page, " NC-TN-R-012 ", "2.1", &error));
  g_assert_no_error (error);
  number = steward_database_dup_meta (db, "roster-document-number");
  version = steward_database_dup_meta (db, "roster-version");
  g_assert_cmpstr (number, ==, "NC-TN-R-012");
  g_assert_cmpstr (version, ==, "2.1");
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gpointer
child_of (gpointer    widget,
          GType       type,
          const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);

  return child;
}

static char *
dup_chart_summary (StewardObjectiveDetail *detail)
{
  StewardChart *chart = child_of (detail, STEWARD_TYPE_OBJECTIVE_DETAIL, "trend_chart");

  return steward_chart_plot_dup_summary (steward_chart_get_plot (chart));
}

/* The objective of the sample with a period due: the one the test fills. */
static gint64
find_objective_due (StewardWindow *window)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GPtrArray) evaluations = steward_evaluations_load (steward_window_get_database (window), today, NULL);

  g_assert_nonnull (evaluations);
  for (guint i = 0; i < evaluations->len; i++)
    if (steward_evaluation_count_due (g_ptr_array_index (evaluations, i)) > 0)
      return steward_record_get_id (STEWARD_RECORD (steward_evaluation_get_objective (g_ptr_array_index (evaluations, i))));

  g_assert_not_reached ();
}

static void
test_objectives (void)
{
  StewardWindow *window;
  StewardObjectivesPage *page;
  StewardObjectiveDetail *detail;
  StewardMeasurementEditor *editor;
  StewardOverviewPage *overview;
  StewardEvaluation *before, *after;
  g_autofree char *summary_before = NULL;
  g_autofree char *summary_after = NULL;
  g_autofree char *place = NULL;
  guint due_before, attention_before;
  gint64 objective_id;
  gint64 measurements;

  open_sample ();
  window = get_window ();
  steward_test_iterate (200);

  /* The sample has measurements due: Overview says so, and links to them. */
  overview = (gpointer) steward_window_get_page (window, "overview");
  attention_before = steward_overview_page_get_n_attention (overview);
  g_assert_cmpuint (attention_before, >, 0);

  activate (window, "win.show-place", g_variant_new_string ("objectives/tracker"));
  page = (gpointer) steward_window_get_page (window, "objectives/tracker");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  steward_test_iterate (200);
  save_png (GTK_WIDGET (window), "objectives-tracker");

  objective_id = find_objective_due (window);
  place = g_strdup_printf ("objectives/tracker#%" G_GINT64_FORMAT, objective_id);
  activate (window, "win.show-place", g_variant_new_string (place));
  detail = steward_objectives_page_get_detail (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (detail)));
  steward_test_iterate (200);
  save_png (GTK_WIDGET (window), "objective-detail");

  before = g_object_ref (steward_objective_detail_get_evaluation (detail));
  due_before = steward_evaluation_count_due (before);
  g_assert_cmpuint (due_before, >, 0);
  summary_before = dup_chart_summary (detail);
  measurements = steward_test_count_rows (steward_window_get_database (window), "measurement");

  /* Record Measurement opens the form on the period due. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "objective.record", NULL));
  steward_test_iterate (100);
  editor = (gpointer) find_toplevel (STEWARD_TYPE_MEASUREMENT_EDITOR);
  g_assert_nonnull (editor);

  /* Not a number: refused beside the field, the typing kept, nothing stored. */
  gtk_editable_set_text (child_of (editor, STEWARD_TYPE_MEASUREMENT_EDITOR, "value_row"), "九十");
  g_assert_false (steward_measurement_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (child_of (editor, STEWARD_TYPE_MEASUREMENT_EDITOR, "value_error_row")));
  g_assert_cmpstr (gtk_editable_get_text (child_of (editor, STEWARD_TYPE_MEASUREMENT_EDITOR, "value_row")), ==, "九十");
  g_assert_cmpint (steward_test_count_rows (steward_window_get_database (window), "measurement"), ==, measurements);
  save_png (GTK_WIDGET (editor), "measurement-form-error");

  /* A value typed with full-width digits, as an IME gives them. */
  gtk_editable_set_text (child_of (editor, STEWARD_TYPE_MEASUREMENT_EDITOR, "value_row"), "１２");
  gtk_editable_set_text (child_of (editor, STEWARD_TYPE_MEASUREMENT_EDITOR, "evidence_row"), "弱點掃描報告.pdf");
  g_object_ref (editor);
  g_assert_true (steward_measurement_editor_save (editor));
  g_object_unref (editor);
  steward_test_iterate (200);
  g_assert_cmpint (steward_test_count_rows (steward_window_get_database (window), "measurement"), ==, measurements + 1);

  /* The detail shows the new evaluation: one period less due, and the
   * chart and its summary changed. */
  after = steward_objective_detail_get_evaluation (detail);
  g_assert_true (after != before);
  g_assert_cmpuint (steward_evaluation_count_due (after), ==, due_before - 1);
  summary_after = dup_chart_summary (detail);
  g_assert_cmpstr (summary_after, !=, summary_before);
  save_png (GTK_WIDGET (window), "objective-detail-after");
  g_object_unref (before);

  /* The chart as a file, drawn by the same code: PNG, SVG and PDF. */
  {
    StewardChart *chart = child_of (detail, STEWARD_TYPE_OBJECTIVE_DETAIL, "trend_chart");
    const char * const names[] = { "trend.png", "trend.svg", "trend.pdf" };
    const char * const magic[] = { "\x89PNG", "<?xml", "%PDF" };
    g_autofree char *bad = make_path ("trend.docx");
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = make_path (names[i]);
        g_autofree char *contents = NULL;
        gsize length;

        g_assert_true (steward_chart_export (steward_chart_get_plot (chart), path, 720, 360, &error));
        g_assert_no_error (error);
        g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
        g_assert_cmpuint (length, >, 1000);
        g_assert_true (g_str_has_prefix (contents, magic[i]));
      }
    g_assert_false (steward_chart_export (steward_chart_get_plot (chart), bad, 720, 360, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  }

  /* Overview follows. */
  if (due_before == 1 && !steward_evaluation_is_off_target (after))
    g_assert_cmpuint (steward_overview_page_get_n_attention (overview), <, attention_before);

  activate (window, "win.show-place", g_variant_new_string ("objectives/table"));
  g_assert_true (gtk_widget_get_mapped ((gpointer) steward_window_get_page (window, "objectives/table")));
  steward_test_iterate (200);
  save_png (GTK_WIDGET (window), "objectives-table");
}

/* Whether a row of @widget's tree has a title containing @text. */
static gboolean
has_row_titled (GtkWidget  *widget,
                const char *text)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_visible (widget) &&
      strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_row_titled (child, text))
      return TRUE;

  return FALSE;
}

/* Closing an overdue action with its effectiveness evaluation (成效評估)
 * takes it off Overview. */
static void
test_close_action (void)
{
  StewardWindow *window;
  StewardOverviewPage *overview;
  GtkWidget *attention;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GError) error = NULL;
  StewardActionItem *overdue = NULL;
  g_autofree char *title = NULL;

  open_sample ();
  window = get_window ();
  activate (window, "win.show-place", g_variant_new_string ("overview"));
  steward_test_iterate (300);
  overview = (gpointer) steward_window_get_page (window, "overview");
  /* Needs Attention, not Recent Changes, which names the action too. */
  attention = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (overview), STEWARD_TYPE_OVERVIEW_PAGE,
                                                         "attention_group"));

  actions = steward_test_load_all (steward_window_get_database (window), STEWARD_TYPE_ACTION_ITEM, NULL);
  for (guint i = 0; i < actions->len && overdue == NULL; i++)
    if (steward_action_is_overdue (g_ptr_array_index (actions, i), today) &&
        has_row_titled (attention, steward_action_item_get_title (g_ptr_array_index (actions, i))))
      overdue = g_ptr_array_index (actions, i);
  g_assert_nonnull (overdue);
  title = g_strdup (steward_action_item_get_title (overdue));
  /* An empty list of problems, of the kind the record's checks make. */
  problems = steward_record_validate (STEWARD_RECORD (overdue));
  g_assert_cmpuint (problems->len, ==, 0);

  /* Without an evaluation the action stays open, and on Overview. */
  g_assert_false (steward_action_close (steward_window_get_database (window), overdue, today,
                                        STEWARD_EFFECTIVENESS_NOT_EVALUATED, "林稽核", today, NULL, problems, &error));
  g_assert_cmpuint (problems->len, >, 0);
  steward_test_iterate (200);
  g_assert_true (has_row_titled (attention, title));

  g_ptr_array_set_size (problems, 0);
  g_clear_error (&error);
  g_assert_true (steward_action_close (steward_window_get_database (window), overdue, today,
                                       STEWARD_EFFECTIVENESS_EFFECTIVE, "林稽核", today,
                                       "複查後確認已改善", problems, &error));
  g_assert_no_error (error);
  steward_test_iterate (300);
  g_assert_false (has_row_titled (attention, title));
  save_png (GTK_WIDGET (window), "overview-after-closing");
}

static void
test_error_page (void)
{
  g_autofree char *path = make_path ("notes.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  StewardWindow *window;

  g_assert_true (g_file_set_contents (path, "minutes of the meeting, not a database\n", -1, NULL));
  g_file_get_contents (path, &before, NULL, NULL);

  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_DEFAULT);
  steward_test_iterate (100);
  window = get_window ();
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "error");
  save_png (GTK_WIDGET (window), "error-not-a-database");

  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_read_only (void)
{
  StewardWindow *window;
  g_autofree char *path = make_path ("sample.db");

  open_sample ();
  steward_application_open_database (app, path, STEWARD_DATABASE_OPEN_READ_ONLY);
  steward_test_iterate (100);
  window = get_window ();
  g_assert_cmpstr (steward_window_get_page_name (window), ==, "places");
  g_assert_true (steward_database_is_read_only (steward_window_get_database (window)));
  g_assert_true (gtk_info_bar_get_revealed (get_child (window, "info_bar")));
  activate (window, "win.show-place", g_variant_new_string ("overview"));
  save_png (GTK_WIDGET (window), "read-only");
}

static void
test_preferences (void)
{
  GtkWindow *preferences;
  GList *windows;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  steward_test_iterate (100);

  preferences = NULL;
  for (windows = gtk_application_get_windows (GTK_APPLICATION (app)); windows; windows = windows->next)
    if (ADW_IS_PREFERENCES_WINDOW (windows->data))
      preferences = windows->data;
  g_assert_nonnull (preferences);
  save_png (GTK_WIDGET (preferences), "preferences");

  /* The name for the history takes a hundred characters, as the history
   * keeps it: a page of text pasted there is not copied into every row. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *page = g_strnfill (100000, 'x');
    g_autofree char *pasted = g_strconcat ("資安", page, NULL);
    g_autofree char *kept = NULL;
    g_autofree char *stored = NULL;
    gpointer row = steward_test_template_child (preferences, "history_name_row");

    steward_test_type_into (row, pasted);
    kept = steward_test_dup_text (row);
    g_assert_cmpint (g_utf8_strlen (kept, -1), ==, STEWARD_DATABASE_USER_NAME_MAX);
    g_assert_true (g_str_has_prefix (kept, "資安x"));
    stored = g_settings_get_string (settings, "history-name");
    g_assert_cmpstr (stored, ==, kept);
    steward_test_type_into (row, "");
  }

  gtk_window_destroy (preferences);
}

static void
test_shortcuts_and_about (void)
{
  StewardWindow *window;
  GtkWindow *shortcuts;
  GtkWindow *about = NULL;

  open_sample ();
  window = get_window ();

  /* The shortcuts window is made when first asked for, not with the
   * window; once made, the window keeps it. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  activate (window, "win.show-help-overlay", NULL);
  steward_test_iterate (100);
  shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);
  activate (window, "win.show-help-overlay", NULL);
  steward_test_iterate (10);
  g_assert_true (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  save_png (GTK_WIDGET (shortcuts), "shortcuts");
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  steward_test_iterate (100);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_ABOUT_WINDOW (l->data))
      about = l->data;
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  save_png (GTK_WIDGET (about), "about");
  gtk_window_destroy (about);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  language = g_getenv ("STEWARD_TEST_LANGUAGE") ?: "en";
  if (g_str_equal (language, "zh_TW"))
    {
      g_setenv ("LANGUAGE", "zh_TW", TRUE);
      if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
        setlocale (LC_ALL, "C.UTF-8");
    }
  else
    {
      g_setenv ("LANGUAGE", "en", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  /* The user's folders are the test's own; the system's stay, for the icon
   * theme and the fonts. */
  tmp_dir = g_dir_make_tmp ("steward-ui-XXXXXX", &error);
  g_assert_no_error (error);
  {
    const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

    for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
      {
        g_autofree char *dir = g_build_filename (tmp_dir, dirs[i], NULL);

        g_setenv (dirs[i], dir, TRUE);
      }
  }

  /* No display is a failure, not a skip: run under xvfb-run. */
  if (!gtk_init_check ())
    g_error ("No display: run the UI tests under xvfb-run");
  adw_init ();
  /* Screens are captured when they are still, not half-way through a
   * transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = steward_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/translated", test_translated);
  g_test_add_func ("/ui/welcome-and-template", test_welcome_and_template);
  g_test_add_func ("/ui/places", test_places);
  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/person-form", test_person_form);
  g_test_add_func ("/ui/delete-undo", test_delete_undo);
  g_test_add_func ("/ui/membership-form", test_membership_form);
  g_test_add_func ("/ui/body-form-and-chart", test_body_form_and_chart);
  g_test_add_func ("/ui/roster-review-and-past", test_roster_review_and_past);
  g_test_add_func ("/ui/objectives", test_objectives);
  g_test_add_func ("/ui/close-action", test_close_action);
  g_test_add_func ("/ui/error-page", test_error_page);
  g_test_add_func ("/ui/read-only", test_read_only);
  g_test_add_func ("/ui/wizard-closed-with-database", test_wizard_closed_with_database);
  g_test_add_func ("/ui/preferences", test_preferences);
  g_test_add_func ("/ui/shortcuts-and-about", test_shortcuts_and_about);

  ret = g_test_run ();

  {
    GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

    while (windows != NULL)
      {
        gtk_window_destroy (windows->data);
        windows = gtk_application_get_windows (GTK_APPLICATION (app));
      }
  }
  steward_test_iterate (50);
  g_clear_object (&app);

  return ret;
}
