/* test-reviews-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Reviews place in real windows on a temporary database: a meeting
 * made through its form (number and title filled in until the user writes
 * their own), bad input refused beside the field with the typing kept,
 * the attendee list (added from the roster, attendance saved at once, the
 * quorum line following), the list of meetings with where their minutes
 * stand and the SHA-256 of the issued PDF, a notice for a past meeting
 * refused, a correction asked for with its reason, and deleting only
 * what was never issued. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW LANG=zh_TW.UTF-8 in Traditional Chinese. Runs under
 * xvfb-run; no display is a failure. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-sample-data.h"
#include "test-reviews-org.h"
#include "views/objectives/steward-objective-form.h"
#include "views/reviews/steward-attendee-list.h"
#include "views/reviews/steward-review-editor.h"
#include "views/reviews/steward-reviews-page.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-page.h"
#include "widgets/steward-register-util.h"

static const char *language;

typedef struct
{
  Org       *org;
  GtkWidget *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->org = org_new ();
  steward_database_set_user_name (f->org->db, "林美玲");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  steward_test_iterate (20);
  g_clear_pointer (&f->org, org_free);
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  steward_test_save_png (widget, "reviews", name, language);
}

static void
save_form_png (GtkWidget  *window,
               const char *name)
{
  g_autofree char *file = g_strdup_printf ("reviews-%s-form-%s.png", name, language);

  steward_test_render_form_png (window, file);
}

static StewardReviewsPage *
show_page_on (Fixture         *f,
              StewardDatabase *db)
{
  GtkWidget *page = steward_reviews_page_new ();

  f->window = steward_test_show_page (page, db, 1400, 560);

  return STEWARD_REVIEWS_PAGE (page);
}

static StewardReviewsPage *
show_page (Fixture *f)
{
  return show_page_on (f, f->org->db);
}

/* The message beside a field of the form ("title" → title_error), NULL
 * while it does not show; the field is in error colours while it shows. */
static const char *
error_of (gpointer    editor,
          const char *field)
{
  return steward_test_child_error (editor, field);
}

static char *
iso_in_days (int days)
{
  g_autoptr(GDate) day = steward_test_days_from_today (days);

  return steward_test_dup_iso_date (day);
}

static int
year_in_days (int days)
{
  g_autoptr(GDate) day = steward_test_days_from_today (days);

  return g_date_get_year (day);
}

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  return steward_test_count_rows (f->org->db, table);
}

/* Attendee rows, by the name of their widgets */

static GtkWidget *
attendee_row (StewardAttendeeList *list,
              const char          *name)
{
  GtkWidget *box = steward_test_template_child (list, "list_box");

  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), "attendee_row") == 0 &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
      return row;

  return NULL;
}

/* The "represented by" row and its message come right after the row. */
static GtkWidget *
represented_row_of (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  g_assert_cmpstr (gtk_widget_get_name (next), ==, "represented_row");

  return next;
}

static const char *
represented_error_of (GtkWidget *row)
{
  GtkWidget *error_row = gtk_widget_get_next_sibling (represented_row_of (row));

  if (!gtk_widget_get_visible (error_row))
    return NULL;

  return gtk_label_get_label (steward_test_must_find_named (error_row, "represented_error"));
}

static const char *
quorum_text (StewardAttendeeList *list)
{
  return gtk_label_get_label (steward_test_template_child (list, "quorum_label"));
}

static const char *
message_text (StewardAttendeeList *list)
{
  GtkWidget *label = steward_test_template_child (list, "message_label");

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* The form */

static void
test_create_meeting (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *day = iso_in_days (14);
  g_autofree char *next_year_day = iso_in_days (380);
  g_autofree char *default_title = NULL;
  g_autofree char *next_title = NULL;
  g_autoptr(StewardReview) stored = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  StewardReviewsPage *page = show_page (f);
  StewardReviewEditor *editor;
  StewardAttendeeList *list;
  gint64 id;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "empty");
  save_png (f->window, "page-empty");

  editor = steward_test_keep_window (steward_reviews_page_open_editor (page, NULL));
  steward_review_editor_set_now (editor, now);
  list = steward_review_editor_get_attendee_list (editor);

  /* Numbered per year and kind, the title following. */
  steward_test_type_into (steward_test_template_child (editor, "date_row"), day);
  steward_test_type_into (steward_test_template_child (editor, "starts_row"), "14:30");
  steward_test_type_into (steward_test_template_child (editor, "ends_row"), "16:30");
  steward_test_type_into (steward_test_template_child (editor, "place_row"), "行政大樓第一會議室");
  default_title = steward_review_dup_default_title (STEWARD_REVIEW_REGULAR, year_in_days (14), 1,
                                                    steward_register_get_calendar ());
  g_assert_cmpstr (steward_test_child_text (editor, "number_row"), ==, "1");
  g_assert_cmpstr (steward_test_child_text (editor, "title_row"), ==, default_title);
  g_assert_false (steward_test_child_shown (editor, "past_note_row"));
  g_assert_false (steward_test_child_shown (editor, "agenda_group"));

  /* The next year's meeting: the title follows while not written. */
  steward_test_type_into (steward_test_template_child (editor, "date_row"), next_year_day);
  next_title = steward_review_dup_default_title (STEWARD_REVIEW_REGULAR, year_in_days (380), 1,
                                                 steward_register_get_calendar ());
  g_assert_cmpstr (steward_test_child_text (editor, "title_row"), ==, next_title);

  /* Typed, the title stays whatever else changes. */
  steward_test_type_into (steward_test_template_child (editor, "title_row"), "資訊安全管理審查會議（年度）");
  steward_test_type_into (steward_test_template_child (editor, "date_row"), day);
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_REVIEW_EXTRAORDINARY);
  g_assert_cmpstr (steward_test_child_text (editor, "title_row"), ==, "資訊安全管理審查會議（年度）");
  g_assert_cmpstr (steward_test_child_text (editor, "number_row"), ==, "1");
  g_assert_true (steward_test_child_shown (editor, "agenda_group"));

  /* The committee's members are invited; the chair and the secretary
   * come from the roster. */
  g_assert_cmpuint (g_list_model_get_n_items (steward_attendee_list_get_attendees (list)), ==, 3);
  g_assert_nonnull (attendee_row (list, "王大明"));
  g_assert_null (attendee_row (list, "林美玲"));
  g_assert_cmpint (steward_objective_form_get_person (steward_test_template_child (editor, "chair_row")), ==,
                   f->org->convener);
  steward_objective_form_select_person (steward_test_template_child (editor, "secretary_row"), f->org->team_member);
  g_assert_cmpint (steward_objective_form_get_person (steward_test_template_child (editor, "secretary_row")), ==,
                   f->org->team_member);
  g_assert_true (steward_attendee_list_add_person (list, f->org->team_member));
  g_assert_true (steward_attendee_list_set_attendance (list, f->org->other_member, STEWARD_ATTENDANCE_ON_LEAVE, NULL));

  /* An extraordinary meeting takes up one item or more. */
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "items"), ==, _("Choose at least one agenda item for an extraordinary meeting."));
  g_assert_cmpint (count_rows (f, "review"), ==, 0);
  save_form_png (GTK_WIDGET (editor), "editor-refused");
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_risks_check"), TRUE);
  g_assert_null (error_of (editor, "items"));
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_improvement_check"), TRUE);
  save_png (GTK_WIDGET (editor), "editor");
  save_form_png (GTK_WIDGET (editor), "editor");

  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  id = steward_test_id_of (steward_review_editor_get_review (editor));
  steward_test_drop_window (editor);

  stored = steward_record_load (f->org->db, STEWARD_TYPE_REVIEW, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_review_get_kind (stored), ==, STEWARD_REVIEW_EXTRAORDINARY);
  g_assert_cmpint (steward_review_get_number (stored), ==, 1);
  g_assert_cmpint (steward_review_get_year (stored), ==, year_in_days (14));
  g_assert_cmpstr (steward_review_get_title (stored), ==, "資訊安全管理審查會議（年度）");
  g_assert_cmpstr (steward_review_get_place (stored), ==, "行政大樓第一會議室");
  g_assert_cmpint (steward_review_get_chair_id (stored), ==, f->org->convener);
  g_assert_cmpint (steward_review_get_secretary_id (stored), ==, f->org->team_member);
  g_assert_cmpint (g_date_time_get_hour (steward_review_get_starts_at (stored)), ==, 14);
  g_assert_cmpint (g_date_time_get_minute (steward_review_get_ends_at (stored)), ==, 30);

  items = load_of_review (f->org->db, STEWARD_TYPE_REVIEW_ITEM, stored);
  g_assert_cmpuint (items->len, ==, 2);
  attendees = load_of_review (f->org->db, STEWARD_TYPE_REVIEW_ATTENDEE, stored);
  g_assert_cmpuint (attendees->len, ==, 4);
  for (guint i = 0; i < attendees->len; i++)
    {
      StewardReviewAttendee *attendee = g_ptr_array_index (attendees, i);

      g_assert_cmpint (steward_review_attendee_get_attendance (attendee), ==,
                       steward_review_attendee_get_person_id (attendee) == f->org->other_member
                       ? STEWARD_ATTENDANCE_ON_LEAVE : STEWARD_ATTENDANCE_PRESENT);
    }

  /* The list shows it, a draft, the next meeting. */
  steward_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (steward_reviews_page_get_visible_model (page)), ==, 1);
  g_assert_cmpstr (steward_reviews_page_get_status (page, stored), ==, _("Draft"));
  g_assert_null (steward_reviews_page_get_sha256 (page, stored));
  g_assert_cmpint (steward_reviews_page_get_next_id (page), ==, id);
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "next_bar")));

  /* Its review wizard opens from the list. */
  {
    GtkWindow *wizard = steward_reviews_page_open_wizard (page, id);

    g_assert_nonnull (wizard);
    g_assert_true (steward_test_is_shown (wizard));
    gtk_window_destroy (wizard);
    steward_test_iterate (20);
  }

  /* Edited: the place, and the agenda of the extraordinary meeting. */
  editor = steward_test_keep_window (steward_reviews_page_open_editor (page, stored));
  g_assert_false (steward_test_child_shown (editor, "locked_banner"));
  g_assert_true (gtk_check_button_get_active (steward_test_must_find_named (editor, "item_risks_check")));
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_improvement_check"), FALSE);
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_policy_check"), TRUE);
  steward_test_type_into (steward_test_template_child (editor, "place_row"), "行政大樓第二會議室");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  g_assert_cmpstr (steward_review_get_place (stored), ==, "行政大樓第一會議室");
  g_clear_object (&stored);
  stored = steward_record_load (f->org->db, STEWARD_TYPE_REVIEW, id, &error);
  g_assert_cmpstr (steward_review_get_place (stored), ==, "行政大樓第二會議室");
  g_clear_pointer (&items, g_ptr_array_unref);
  items = load_of_review (f->org->db, STEWARD_TYPE_REVIEW_ITEM, stored);
  g_assert_cmpuint (items->len, ==, 2);
  for (guint i = 0; i < items->len; i++)
    g_assert_true (steward_review_item_get_item (g_ptr_array_index (items, i)) == STEWARD_AGENDA_RISKS ||
                   steward_review_item_get_item (g_ptr_array_index (items, i)) == STEWARD_AGENDA_POLICY);

  /* A second regular meeting of the same year is number 2... of its kind. */
  editor = steward_test_keep_window (steward_reviews_page_open_editor (page, NULL));
  steward_test_type_into (steward_test_template_child (editor, "date_row"), day);
  g_assert_cmpstr (steward_test_child_text (editor, "number_row"), ==, "1");
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_REVIEW_EXTRAORDINARY);
  g_assert_cmpstr (steward_test_child_text (editor, "number_row"), ==, "2");
  steward_test_drop_window (editor);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
  g_autofree char *past_day = iso_in_days (-10);
  StewardReviewsPage *page = show_page (f);
  StewardReviewEditor *editor;
  StewardAttendeeList *list;
  GtkWidget *row;

  editor = steward_test_keep_window (steward_reviews_page_open_editor (page, NULL));
  steward_review_editor_set_now (editor, now);
  list = steward_review_editor_get_attendee_list (editor);
  steward_test_type_into (steward_test_template_child (editor, "title_row"), "臨時審查：勒索軟體事件");
  steward_test_type_into (steward_test_template_child (editor, "starts_row"), "9:30");
  steward_test_type_into (steward_test_template_child (editor, "place_row"), "視訊會議");

  /* No date. */
  steward_test_type_into (steward_test_template_child (editor, "date_row"), "");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "date"), ==, _("Enter the day of the meeting."));
  g_assert_cmpstr (steward_test_child_text (editor, "title_row"), ==, "臨時審查：勒索軟體事件");
  g_assert_cmpstr (steward_test_child_text (editor, "starts_row"), ==, "9:30");
  g_assert_cmpint (count_rows (f, "review"), ==, 0);

  /* A day in the past: a note, not a refusal. */
  steward_test_type_into (steward_test_template_child (editor, "date_row"), past_day);
  g_assert_null (error_of (editor, "date"));
  g_assert_true (steward_test_child_shown (editor, "past_note_row"));
  steward_review_editor_set_now (editor, later);
  g_assert_true (steward_test_child_shown (editor, "past_note_row"));

  /* An attendee represented by nobody. */
  row = attendee_row (list, "李小華");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (represented_row_of (row)));
  g_assert_true (steward_attendee_list_set_attendance (list, f->org->member, STEWARD_ATTENDANCE_REPRESENTED, NULL));
  g_assert_true (gtk_widget_get_visible (represented_row_of (row)));
  g_assert_cmpstr (represented_error_of (row), ==, _("Enter who represented the member."));
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (represented_error_of (row), ==, _("Enter who represented the member."));
  g_assert_cmpint (count_rows (f, "review"), ==, 0);

  /* A number that is none, an extraordinary meeting without items. */
  steward_test_type_into (steward_test_template_child (editor, "number_row"), "第一");
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_REVIEW_EXTRAORDINARY);
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "number"), ==, _("Write the meeting’s number as a whole number, such as 1."));
  g_assert_cmpstr (error_of (editor, "items"), ==, _("Choose at least one agenda item for an extraordinary meeting."));
  g_assert_cmpstr (steward_test_child_text (editor, "number_row"), ==, "第一");
  g_assert_cmpstr (steward_test_child_text (editor, "title_row"), ==, "臨時審查：勒索軟體事件");
  save_form_png (GTK_WIDGET (editor), "editor-problems");

  /* Put right, it is saved: a meeting that was held. */
  steward_test_type_into (steward_test_template_child (editor, "number_row"), "1");
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_risks_check"), TRUE);
  steward_test_type_into (represented_row_of (row), "李副組長");
  g_assert_null (represented_error_of (row));
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count_rows (f, "review"), ==, 1);
  g_assert_cmpint (count_rows (f, "review_item"), ==, 1);
  steward_test_drop_window (editor);
}

/* The attendee list of a stored meeting */

static void
test_attendee_list (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *iso = iso_in_days (20);
  g_autofree char *when = g_strdup_printf ("%sT10:00:00+08:00", iso);
  g_autoptr(StewardReview) review = create_regular (f->org, when);
  g_autoptr(GPtrArray) attendees = NULL;
  g_autofree char *three_of_three = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  StewardAttendeeList *list = STEWARD_ATTENDEE_LIST (steward_attendee_list_new ());
  GListModel *candidates;
  GtkWidget *row;

  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (list));
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 12);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_window_set_content (ADW_WINDOW (window), clamp);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  f->window = window;
  steward_attendee_list_set_review (list, f->org->db, review);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  g_assert_cmpuint (g_list_model_get_n_items (steward_attendee_list_get_attendees (list)), ==, 3);
  three_of_three = steward_attendee_list_dup_quorum_text (list);
  g_assert_cmpstr (quorum_text (list), ==, three_of_three);
  g_assert_nonnull (strstr (quorum_text (list), "3"));

  /* Add from the roster: who is not invited yet, searchable. */
  candidates = steward_attendee_list_get_candidates (list);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 1);
  gtk_menu_button_popup (steward_test_template_child (list, "add_button"));
  steward_test_iterate (20);
  steward_test_type_into (steward_test_template_child (list, "candidate_search"), "林");
  /* The search waits for the typing to pause. */
  steward_test_iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 1);
  steward_test_type_into (steward_test_template_child (list, "candidate_search"), "nobody-like-this");
  steward_test_iterate (300);
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 0);
  steward_test_type_into (steward_test_template_child (list, "candidate_search"), "林美玲");
  steward_test_iterate (300);
  g_signal_emit_by_name (steward_test_template_child (list, "candidate_view"), "activate", 0);
  steward_test_iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (steward_attendee_list_get_attendees (list)), ==, 4);
  g_assert_cmpint (count_rows (f, "review_attendee"), ==, 4);
  g_assert_nonnull (attendee_row (list, "林美玲"));
  g_assert_cmpuint (g_list_model_get_n_items (candidates), ==, 0);

  /* Someone not on the roster is refused, and says why. */
  g_assert_false (steward_attendee_list_add_person (list, f->org->outsider));
  g_assert_nonnull (message_text (list));
  g_assert_cmpint (count_rows (f, "review_attendee"), ==, 4);

  /* Attendance is saved at once; the quorum follows. */
  row = attendee_row (list, "陳志強");
  gtk_drop_down_set_selected (steward_test_must_find_named (row, "attendance_dropdown"), STEWARD_ATTENDANCE_ABSENT);
  g_assert_true (steward_attendee_list_set_attendance (list, f->org->member, STEWARD_ATTENDANCE_ON_LEAVE, NULL));
  steward_test_iterate (20);
  g_assert_cmpstr (quorum_text (list), !=, three_of_three);
  g_assert_nonnull (strstr (quorum_text (list), "2"));
  g_assert_nonnull (strstr (quorum_text (list), "4"));
  attendees = load_of_review (f->org->db, STEWARD_TYPE_REVIEW_ATTENDEE, review);
  for (guint i = 0; i < attendees->len; i++)
    {
      StewardReviewAttendee *attendee = g_ptr_array_index (attendees, i);
      gint64 person = steward_review_attendee_get_person_id (attendee);

      g_assert_cmpint (steward_review_attendee_get_attendance (attendee), ==,
                       person == f->org->other_member ? STEWARD_ATTENDANCE_ABSENT
                       : person == f->org->member ? STEWARD_ATTENDANCE_ON_LEAVE
                       : STEWARD_ATTENDANCE_PRESENT);
    }

  /* Represented: by nobody is said beside the name and not saved; named,
   * it is, and counts for the quorum. */
  row = attendee_row (list, "李小華");
  gtk_drop_down_set_selected (steward_test_must_find_named (row, "attendance_dropdown"), STEWARD_ATTENDANCE_REPRESENTED);
  g_assert_cmpstr (represented_error_of (row), ==, _("Enter who represented the member."));
  g_clear_pointer (&attendees, g_ptr_array_unref);
  attendees = load_of_review (f->org->db, STEWARD_TYPE_REVIEW_ATTENDEE, review);
  for (guint i = 0; i < attendees->len; i++)
    g_assert_cmpint (steward_review_attendee_get_attendance (g_ptr_array_index (attendees, i)), !=,
                     STEWARD_ATTENDANCE_REPRESENTED);
  /* Typed: saved once, when the entry is activated, not per character;
   * after a pause, too. */
  {
    g_autoptr(GPtrArray) before = steward_test_load_history (f->org->db, "review_attendee");
    g_autoptr(GPtrArray) activated = NULL;
    g_autoptr(GPtrArray) paused = NULL;

    steward_test_type_into (represented_row_of (row), "李");
    steward_test_type_into (represented_row_of (row), "李副");
    steward_test_type_into (represented_row_of (row), "李副組長");
    steward_test_iterate (20);
    g_assert_null (represented_error_of (row));
    g_signal_emit_by_name (represented_row_of (row), "entry-activated");
    steward_test_iterate (20);
    activated = steward_test_load_history (f->org->db, "review_attendee");
    g_assert_cmpuint (activated->len, ==, before->len + 1);

    steward_test_type_into (represented_row_of (row), "李副組長代");
    steward_test_type_into (represented_row_of (row), "李副組長代理");
    steward_test_iterate (600);
    paused = steward_test_load_history (f->org->db, "review_attendee");
    g_assert_cmpuint (paused->len, ==, activated->len + 1);
  }
  g_assert_null (represented_error_of (row));
  g_assert_nonnull (strstr (quorum_text (list), "3"));
  save_form_png (window, "attendee-list");
  save_png (window, "attendee-list");

  /* Removed, it is gone from the meeting. */
  row = attendee_row (list, "林美玲");
  g_signal_emit_by_name (steward_test_must_find_named (row, "remove_attendee_button"), "clicked");
  steward_test_iterate (20);
  g_assert_null (attendee_row (list, "林美玲"));
  g_assert_cmpint (count_rows (f, "review_attendee"), ==, 3);

  /* Read-only for issued minutes. */
  steward_attendee_list_set_editable (list, FALSE);
  row = attendee_row (list, "李小華");
  g_assert_false (gtk_widget_get_sensitive (steward_test_must_find_named (row, "attendance_dropdown")));
  g_assert_false (gtk_widget_get_sensitive (represented_row_of (row)));
  g_assert_false (steward_test_child_shown (list, "add_button"));
}

/* The list of meetings on the sample: issued, corrected, deleted */

static StewardReview *
find_review (StewardReviewsPage *page,
             const char         *status)
{
  GListModel *model = steward_reviews_page_get_visible_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StewardReview) review = g_list_model_get_item (model, i);

      if (g_strcmp0 (steward_reviews_page_get_status (page, review), status) == 0)
        return g_steal_pointer (&review);
    }

  return NULL;
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReview) issued = NULL;
  g_autoptr(StewardReview) draft = NULL;
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autofree char *issued_text = g_strdup_printf (_("Issued, version %d"), 1);
  g_autofree char *correcting = g_strdup_printf (_("Correction in progress (version %d)"), 2);
  g_autofree char *notice = g_build_filename (t->dir, "notice.pdf", NULL);
  g_autofree char *minutes_path = g_build_filename (t->dir, "minutes.pdf", NULL);
  g_autoptr(GtkPrintOperation) print = NULL;
  StewardReviewsPage *page;
  AdwMessageDialog *dialog;
  GtkWidget *reason;
  gint64 n_reviews;
  const char *sha;

  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);
  page = show_page_on (f, t->db);
  n_reviews = steward_test_count_rows (t->db, "review");
  g_assert_cmpuint (g_list_model_get_n_items (steward_reviews_page_get_visible_model (page)), ==, n_reviews);

  issued = find_review (page, issued_text);
  draft = find_review (page, _("Draft"));
  g_assert_nonnull (issued);
  g_assert_nonnull (draft);
  minutes = steward_review_get_latest_minutes (t->db, steward_test_id_of (issued), &error);
  g_assert_no_error (error);
  sha = steward_reviews_page_get_sha256 (page, issued);
  g_assert_cmpstr (sha, ==, steward_minutes_get_pdf_sha256 (minutes));
  g_assert_cmpuint (strlen (sha), ==, 64);
  g_assert_cmpint (steward_reviews_page_get_next_id (page), >, 0);
  save_png (f->window, "page");

  /* Search as you type. */
  steward_reviews_page_set_search (page, steward_review_get_title (issued));
  g_assert_cmpuint (g_list_model_get_n_items (steward_reviews_page_get_visible_model (page)), ==, 1);
  steward_reviews_page_set_search (page, "no-meeting-is-called-this");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");
  steward_reviews_page_set_search (page, "");

  /* The notice of a meeting held is refused, and says why. */
  g_assert_false (steward_reviews_page_export_notice (page, issued, notice, &error));
  g_assert_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_false (g_file_test (notice, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* The minutes: the PDF issued, byte for byte; and their print. */
  g_assert_true (steward_reviews_page_export_minutes (page, issued, minutes_path, &error));
  g_assert_no_error (error);
  {
    g_autofree char *bytes = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (minutes_path, &bytes, &length, NULL));
    g_assert_cmpuint (length, ==, g_bytes_get_size (steward_minutes_get_pdf (minutes)));
  }
  print = steward_reviews_page_make_print (page, issued, &error);
  g_assert_no_error (error);
  g_assert_nonnull (print);

  /* Issued: the form only shows the meeting. */
  {
    StewardReviewEditor *editor = steward_test_keep_window (steward_reviews_page_open_editor (page, issued));

    g_assert_true (steward_test_child_shown (editor, "locked_banner"));
    g_assert_false (steward_test_child_shown (editor, "save_button"));
    g_assert_false (steward_review_editor_save (editor));
    save_form_png (GTK_WIDGET (editor), "editor-issued");
    steward_test_drop_window (editor);
  }

  /* Issued: kept, never deleted. */
  g_assert_true (steward_page_can_write (STEWARD_PAGE (page)));
  g_assert_null (steward_reviews_page_delete_review (page, issued));
  g_assert_cmpint (steward_test_count_rows (t->db, "review"), ==, n_reviews);

  /* A correction asks why; a blank reason is said beside the entry. */
  g_assert_null (steward_reviews_page_ask_correction (page, draft));
  dialog = steward_reviews_page_ask_correction (page, issued);
  g_assert_nonnull (dialog);
  reason = steward_test_must_find_named (dialog, "reason_entry");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "correct"));
  steward_test_type_into (reason, "x");
  steward_test_type_into (reason, "  ");
  g_assert_true (gtk_widget_get_visible (steward_test_must_find_named (dialog, "reason_error")));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "correct"));
  steward_test_iterate (50);
  save_png (GTK_WIDGET (dialog), "correction");
  steward_test_type_into (reason, "出席人員名單誤植，更正第三案決議文字。");
  g_assert_false (gtk_widget_get_visible (steward_test_must_find_named (dialog, "reason_error")));
  adw_message_dialog_response (dialog, "correct");
  steward_test_iterate (50);
  g_assert_cmpstr (steward_reviews_page_get_status (page, issued), ==, correcting);
  /* The SHA-256 shown is still the issued PDF's. */
  g_assert_cmpstr (steward_reviews_page_get_sha256 (page, issued), ==, steward_minutes_get_pdf_sha256 (minutes));

  /* The page goes before its database. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  steward_test_iterate (20);
}

static void
test_delete_draft (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *iso = iso_in_days (20);
  g_autofree char *when = g_strdup_printf ("%sT10:00:00+08:00", iso);
  g_autoptr(StewardReview) review = create_regular (f->org, when);
  g_autofree char *notice = g_build_filename (f->org->t->dir, "notice.pdf", NULL);
  g_autoptr(GError) error = NULL;
  StewardReviewsPage *page = show_page (f);
  AdwToast *toast;

  /* The notice of a meeting to come is written. */
  g_assert_true (steward_reviews_page_export_notice (page, review, notice, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (notice, G_FILE_TEST_EXISTS));

  toast = steward_reviews_page_delete_review (page, review);
  g_assert_nonnull (toast);
  steward_test_iterate (20);
  g_assert_cmpint (count_rows (f, "review"), ==, 0);
  g_assert_cmpint (count_rows (f, "review_attendee"), ==, 0);
  g_assert_cmpint (count_rows (f, "minutes"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (steward_reviews_page_get_visible_model (page)), ==, 0);

  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (20);
  g_assert_cmpint (count_rows (f, "review"), ==, 1);
  g_assert_cmpint (count_rows (f, "review_item"), ==, STEWARD_N_AGENDA_ITEMS);
  g_assert_cmpuint (g_list_model_get_n_items (steward_reviews_page_get_visible_model (page)), ==, 1);
}

/* A new meeting whose attendance cannot be stored is not made at all; put
 * right, saving again makes it once, with that attendance. */
static void
test_create_atomic (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *day = iso_in_days (14);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(StewardReview) stored = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  StewardReviewsPage *page = show_page (f);
  StewardReviewEditor *editor;
  StewardAttendeeList *list;
  gint64 id;

  editor = steward_test_keep_window (steward_reviews_page_open_editor (page, NULL));
  steward_review_editor_set_now (editor, now);
  list = steward_review_editor_get_attendee_list (editor);
  steward_test_type_into (steward_test_template_child (editor, "date_row"), day);
  steward_test_type_into (steward_test_template_child (editor, "starts_row"), "14:30");
  g_assert_true (steward_attendee_list_set_attendance (list, f->org->other_member, STEWARD_ATTENDANCE_ON_LEAVE, NULL));

  steward_test_raw_exec_file (f->org->t->path,
                              "CREATE TRIGGER refuse_attendance BEFORE UPDATE OF attendance ON review_attendee "
                              "BEGIN SELECT RAISE (ABORT, 'refused'); END");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_true (steward_test_child_shown (editor, "general_error"));
  g_assert_cmpint (count_rows (f, "review"), ==, 0);
  g_assert_cmpint (count_rows (f, "review_attendee"), ==, 0);
  g_assert_cmpint (count_rows (f, "minutes"), ==, 0);
  g_assert_cmpint (steward_test_id_of (steward_review_editor_get_review (editor)), ==, 0);

  steward_test_raw_exec_file (f->org->t->path, "DROP TRIGGER refuse_attendance");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count_rows (f, "review"), ==, 1);
  id = steward_test_id_of (steward_review_editor_get_review (editor));
  g_assert_cmpint (id, >, 0);
  steward_test_drop_window (editor);

  stored = steward_record_load (f->org->db, STEWARD_TYPE_REVIEW, id, &error);
  g_assert_no_error (error);
  attendees = load_of_review (f->org->db, STEWARD_TYPE_REVIEW_ATTENDEE, stored);
  g_assert_cmpuint (attendees->len, ==, 3);
  for (guint i = 0; i < attendees->len; i++)
    {
      StewardReviewAttendee *attendee = g_ptr_array_index (attendees, i);

      g_assert_cmpint (steward_review_attendee_get_attendance (attendee), ==,
                       steward_review_attendee_get_person_id (attendee) == f->org->other_member
                       ? STEWARD_ATTENDANCE_ON_LEAVE : STEWARD_ATTENDANCE_PRESENT);
    }
}

/* An agenda item with decisions under it stays on the agenda: removing it
 * is refused beside the items, and the decisions stay. */
static void
test_item_with_decisions (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *iso = iso_in_days (20);
  g_autofree char *when = g_strdup_printf ("%sT10:00:00+08:00", iso);
  g_autoptr(GDateTime) starts = at (when);
  g_autoptr(StewardReview) review = new_review_at (STEWARD_REVIEW_EXTRAORDINARY, starts, f->org->convener, f->org->member);
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = g_strdup_printf (_("“%s” has minutes written: it stays on the agenda."),
                                              steward_agenda_item_to_string (STEWARD_AGENDA_RISKS));
  const StewardAgendaItem chosen[] = { STEWARD_AGENDA_RISKS, STEWARD_AGENDA_IMPROVEMENT };
  StewardReviewsPage *page;
  StewardReviewEditor *editor;

  g_assert_true (steward_review_create (f->org->db, review, chosen, G_N_ELEMENTS (chosen), NULL, NULL, &error));
  g_assert_no_error (error);
  decision = steward_review_add_decision (f->org->db, review, STEWARD_AGENDA_RISKS, "更新風險處理計畫",
                                          0, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (decision);
  page = show_page (f);

  editor = steward_test_keep_window (steward_reviews_page_open_editor (page, review));
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_risks_check"), FALSE);
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "items"), ==, message);
  g_assert_cmpint (count_rows (f, "review_item"), ==, 2);
  g_assert_cmpint (count_rows (f, "review_decision"), ==, 1);

  /* The item without decisions goes. */
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_risks_check"), TRUE);
  gtk_check_button_set_active (steward_test_must_find_named (editor, "item_improvement_check"), FALSE);
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count_rows (f, "review_item"), ==, 1);
  g_assert_cmpint (count_rows (f, "review_decision"), ==, 1);
  steward_test_drop_window (editor);
}

/* A meeting stored at +08:00 edited on a machine in UTC stays where it
 * is: its day and times are read and written in its own offset. */
static void
test_time_zone (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *iso = iso_in_days (20);
  g_autofree char *when = g_strdup_printf ("%sT07:30:00+08:00", iso);
  g_autoptr(StewardReview) review = create_regular (f->org, when);
  g_autoptr(StewardReview) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_tz = g_strdup (g_getenv ("TZ"));
  g_autofree char *shown_day = NULL;
  StewardReviewsPage *page;
  StewardReviewEditor *editor;

  g_setenv ("TZ", "UTC", TRUE);
  page = show_page (f);
  editor = steward_test_keep_window (steward_reviews_page_open_editor (page, review));
  shown_day = steward_test_dup_iso_date (steward_date_row_get_date (steward_test_template_child (editor, "date_row")));
  g_assert_cmpstr (shown_day, ==, iso);
  g_assert_cmpstr (steward_test_child_text (editor, "starts_row"), ==, "07:30");

  steward_test_type_into (steward_test_template_child (editor, "place_row"), "視訊會議");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  if (old_tz != NULL)
    g_setenv ("TZ", old_tz, TRUE);
  else
    g_unsetenv ("TZ");

  stored = steward_record_load (f->org->db, STEWARD_TYPE_REVIEW, steward_test_id_of (review), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_review_get_place (stored), ==, "視訊會議");
  g_assert_true (g_date_time_equal (steward_review_get_starts_at (stored), steward_review_get_starts_at (review)));
  g_assert_cmpint (g_date_time_get_utc_offset (steward_review_get_starts_at (stored)), ==, 8 * G_TIME_SPAN_HOUR);
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "Reviews UI");

#define ADD(path, func) \
  g_test_add ("/reviews-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create-meeting", test_create_meeting);
  ADD ("refused", test_refused);
  ADD ("attendee-list", test_attendee_list);
  ADD ("page", test_page);
  ADD ("delete-draft", test_delete_draft);
  ADD ("create-atomic", test_create_atomic);
  ADD ("item-with-decisions", test_item_with_decisions);
  ADD ("time-zone", test_time_zone);
#undef ADD

  return g_test_run ();
}
