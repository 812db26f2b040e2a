/* test-meetings-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The meetings across units of procedure 5.7.1.2 in real windows on a
 * temporary database: typed into as a user would, a time that is none and
 * an end before the start refused beside the field; the notice exported as
 * a PDF (read back with pdftotext) and as a calendar invitation (read back
 * with libical); actions added; the record due once the meeting is held;
 * deleted and brought back. Screenshots and notices go to the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW LANG=zh_TW.UTF-8 in Traditional Chinese. Runs under
 * xvfb-run; no display is a failure. */

#include "config.h"

#include <libical/ical.h>

#include "communications-test-util.h"
#include "export/steward-notice-export.h"
#include "views/communications/steward-meetings-page.h"
#include "views/communications/steward-source-actions.h"

/* The notices go beside the screenshots, to look at. */
static char *
output_path (const char *name,
             const char *extension)
{
  g_autofree char *file = g_strdup_printf ("communications-%s-%s.%s", name, language, extension);

  return g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT") ?: ".", file, NULL);
}

static char *
read_pdf_text (const char *path)
{
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &output, &errors, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&output);
}

static const char *
parameter_of (icalproperty  *property,
              icalparameter_kind kind)
{
  icalparameter *parameter = icalproperty_get_first_parameter (property, kind);

  if (parameter == NULL)
    return NULL;
  if (kind == ICAL_CN_PARAMETER)
    return icalparameter_get_cn (parameter);

  return icalparameter_get_tzid (parameter);
}

static void
check_invitation (const char *path,
                  gint64      meeting_id)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  icalcomponent *calendar;
  icalcomponent *event;
  icalproperty *property;
  struct icaltimetype start;
  g_autofree char *uid_prefix = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "-", meeting_id);
  const char *mailto = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  /* Lines end in CRLF, as RFC 5545 asks. */
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_REQUEST);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);

  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "資通安全維護計畫跨單位協調會議");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "行政大樓 3 樓第一會議室");
  g_assert_true (g_str_has_prefix (icalcomponent_get_uid (event), uid_prefix));

  property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  g_assert_cmpstr (parameter_of (property, ICAL_TZID_PARAMETER), ==, "Asia/Taipei");
  start = icalproperty_get_dtstart (property);
  g_assert_cmpint (start.hour, ==, 14);
  g_assert_cmpint (start.minute, ==, 30);
  property = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  g_assert_cmpstr (parameter_of (property, ICAL_TZID_PARAMETER), ==, "Asia/Taipei");
  g_assert_cmpint (icalproperty_get_dtend (property).hour, ==, 16);

  property = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  g_assert_cmpstr (parameter_of (property, ICAL_CN_PARAMETER), ==, "林怡君");

  for (property = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      g_ptr_array_add (names, (gpointer) parameter_of (property, ICAL_CN_PARAMETER));
      if (g_str_has_prefix (icalproperty_get_attendee (property), "mailto:"))
        mailto = icalproperty_get_attendee (property);
    }
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "陳志明");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "王美玲");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "網路組 李大同");
  g_assert_cmpstr (mailto, ==, "mailto:lee@example.gov.tw");

  icalcomponent_free (calendar);
}

static void
test_meeting_editor (Fixture       *f,
                     gconstpointer  data)
{
  StewardMeetingsPage *page;
  StewardMeetingEditor *editor;
  g_autoptr(StewardMeeting) stored = NULL;
  g_autoptr(GDate) day = steward_test_days_from_today (7);
  g_autofree char *day_text = steward_test_dup_iso_date (day);
  g_autofree char *pdf_path = output_path ("notice", "pdf");
  g_autofree char *ics_path = output_path ("notice", "ics");
  g_autofree char *pdf_text = NULL;
  g_autofree char *attendees = NULL;
  g_autoptr(GError) error = NULL;
  GDateTime *starts;

  show_page (f, steward_meetings_page_new (), 1280, 600);
  page = STEWARD_MEETINGS_PAGE (f->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "empty");
  save_png (f->window, "meetings-empty");

  editor = steward_test_keep_window (steward_meetings_page_open_editor (page, NULL));
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  steward_test_type_into (steward_test_template_child (editor, "topic_row"), "資通安全維護計畫跨單位協调會議");
  steward_test_type_into (steward_test_template_child (editor, "topic_row"), "資通安全維護計畫跨單位協調會議");
  steward_test_type_into (steward_test_template_child (editor, "date_row"), day_text);
  steward_test_type_into (steward_test_template_child (editor, "place_row"), "行政大樓 3 樓第一會議室");
  steward_test_type_into (steward_test_template_child (editor, "attendees_view"), "陳志明\n王美玲\n\n網路組 李大同 <lee@example.gov.tw>\n");

  /* A time that is none, then an end before the start. */
  steward_test_type_into (steward_test_template_child (editor, "starts_row"), "下午兩點");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "starts", "starts_row"), ==,
                   _("“下午兩點” is not a time of day: write it as 14:30."));
  steward_test_type_into (steward_test_template_child (editor, "starts_row"), "14:30");
  g_assert_null (error_of (editor, "starts", "starts_row"));
  steward_test_type_into (steward_test_template_child (editor, "ends_row"), "１３００");
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "ends", "ends_row"), ==, _("The meeting cannot end before it starts."));
  g_assert_cmpint (count (f, "meeting"), ==, 0);
  attendees = steward_test_dup_text (steward_test_template_child (editor, "attendees_view"));
  g_assert_cmpstr (attendees, ==, "陳志明\n王美玲\n\n網路組 李大同 <lee@example.gov.tw>\n");
  save_form_png (GTK_WIDGET (editor), "meeting-refused");

  /* The notice and the invitation of a new meeting save it first. */
  steward_test_type_into (steward_test_template_child (editor, "ends_row"), "16:00");
  g_assert_true (steward_meeting_editor_export_notice (editor, pdf_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "meeting"), ==, 1);
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  pdf_text = read_pdf_text (pdf_path);
  g_assert_nonnull (strstr (pdf_text, "資通安全維護計畫跨單位協調會議"));
  g_assert_nonnull (strstr (pdf_text, "行政大樓 3 樓第一會議室"));
  g_assert_nonnull (strstr (pdf_text, "王美玲"));
  g_assert_nonnull (strstr (pdf_text, "林怡君"));
  g_assert_null (strstr (pdf_text, "lee@example.gov.tw"));

  g_assert_true (steward_meeting_editor_export_invitation (editor, ics_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "meeting"), ==, 1);
  check_invitation (ics_path, steward_test_id_of (steward_meeting_editor_get_meeting (editor)));
  save_png (GTK_WIDGET (editor), "meeting-editor");
  save_form_png (GTK_WIDGET (editor), "meeting-editor");

  /* Its follow-up actions. */
  steward_test_type_into (steward_test_must_find_named (steward_test_template_child (editor, "actions_group"), "action_title"), "各單位提報維護計畫執行成果");
  select_person (steward_test_must_find_named (steward_test_template_child (editor, "actions_group"), "action_owner"), f->owner_id);
  steward_test_type_into (steward_test_must_find_named (steward_test_template_child (editor, "actions_group"), "action_due"), day_text);
  g_assert_nonnull (steward_source_actions_add (steward_test_template_child (editor, "actions_group")));
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));

  stored = steward_record_load (f->t->db, STEWARD_TYPE_MEETING,
                                steward_test_id_of (steward_meeting_editor_get_meeting (editor)), &error);
  g_assert_no_error (error);
  starts = steward_meeting_get_starts_at (stored);
  g_assert_cmpint (g_date_time_get_hour (starts), ==, 14);
  g_assert_cmpint (g_date_time_get_minute (starts), ==, 30);
  g_assert_cmpint (g_date_time_get_day_of_month (starts), ==, g_date_get_day (day));
  g_assert_cmpint (g_date_time_get_hour (steward_meeting_get_ends_at (stored)), ==, 16);
  g_assert_cmpstr (steward_meeting_get_attendees (stored), ==, "陳志明\n王美玲\n\n網路組 李大同 <lee@example.gov.tw>");
  steward_test_drop_window (editor);

  steward_test_iterate (50);
  g_assert_cmpuint (n_items (steward_meetings_page_get_visible_model (page)), ==, 1);
  g_assert_cmpuint (steward_meetings_page_get_n_actions (page, stored, NULL), ==, 1);
  g_assert_true (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), "行政大樓 3 樓第一會議室"));
}

static StewardMeeting *
add_meeting (Fixture    *f,
             int         days,
             const char *topic,
             const char *decisions)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) starts = g_date_time_add_days (now, days);
  g_autoptr(GError) error = NULL;
  StewardMeeting *meeting = g_object_new (STEWARD_TYPE_MEETING,
                                          "topic", topic,
                                          "starts-at", starts,
                                          "place", "第二會議室",
                                          "attendees", "陳志明\n王美玲",
                                          "decisions", decisions,
                                          NULL);

  g_assert_true (steward_record_save (STEWARD_RECORD (meeting), f->t->db, &error));
  g_assert_no_error (error);

  return meeting;
}

static void
test_meeting_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(StewardMeeting) held = NULL;
  g_autoptr(StewardMeeting) recorded = NULL;
  g_autoptr(StewardMeeting) upcoming = NULL;
  g_autoptr(StewardMeeting) restored = NULL;
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *csv = NULL;
  StewardMeetingsPage *page;
  GListModel *visible;
  AdwToast *toast;

  held = add_meeting (f, -3, "核心系統異地備援演練檢討", NULL);
  recorded = add_meeting (f, -20, "弱點修補進度協調", "一、各單位於月底前完成高風險弱點修補。");
  upcoming = add_meeting (f, 5, "年度內部稽核行前說明", NULL);
  action = add_action (f, STEWARD_ACTION_SOURCE_MEETING, steward_test_id_of (recorded), STEWARD_ACTION_OPEN);
  show_page (f, steward_meetings_page_new (), 1280, 600);
  page = STEWARD_MEETINGS_PAGE (f->page);
  visible = steward_meetings_page_get_visible_model (page);

  /* The latest first; the meeting held without a record is due. */
  g_assert_cmpuint (n_items (visible), ==, 3);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (upcoming));
  g_assert_cmpint (steward_test_id_at (visible, 2), ==, steward_test_id_of (recorded));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u meeting held without a record of its decisions",
                                          "%u meetings held without a record of their decisions", 1), 1);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, summary);
  g_assert_true (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Record Due")));
  g_assert_cmpuint (steward_meetings_page_get_n_actions (page, recorded, NULL), ==, 1);
  save_png (f->window, "meetings");

  steward_meetings_page_set_record_due_only (page, TRUE);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (held));
  steward_meetings_page_set_record_due_only (page, FALSE);
  steward_meetings_page_set_when_filter (page, STEWARD_MEETING_WHEN_UPCOMING);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (upcoming));
  steward_meetings_page_set_when_filter (page, STEWARD_MEETING_WHEN_PAST);
  g_assert_cmpuint (n_items (visible), ==, 2);
  steward_meetings_page_set_search (page, "弱點");
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (recorded));
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (upcoming));
  g_assert_cmpuint (n_items (visible), ==, 3);
  g_assert_cmpint (steward_test_id_of (gtk_single_selection_get_selected_item (steward_test_template_child (page, "selection"))), ==, steward_test_id_of (upcoming));

  /* Exported whole. */
  csv = export_register (f, (gpointer) steward_meetings_page_export, "meetings.csv", NULL);
  g_assert_nonnull (strstr (csv, "核心系統異地備援演練檢討"));
  g_assert_nonnull (strstr (csv, "一、各單位於月底前完成高風險弱點修補。"));

  /* Deleted, and brought back with its id. */
  toast = steward_meetings_page_delete_meeting (page, held);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "meeting"), ==, 2);
  g_assert_cmpuint (n_items (visible), ==, 2);
  g_assert_false (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));
  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "meeting"), ==, 3);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_MEETING, steward_test_id_of (held), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_meeting_get_topic (restored), ==, "核心系統異地備援演練檢討");
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));
}

static void
test_notice_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GTimeZone) taipei = g_time_zone_new_identifier ("Asia/Taipei");
  g_autoptr(GDateTime) starts = g_date_time_new (taipei, 2026, 4, 9, 9, 30, 0);
  g_autoptr(GDateTime) ends = g_date_time_new (taipei, 2026, 4, 9, 12, 0, 0);
  const char *attendees[] = { "資訊安全委員會委員", NULL };
  const char *agenda[] = { "上次會議決議事項辦理情形", "資訊安全政策審查", NULL };
  StewardNotice notice = {
    .topic = "115年度第1次管理審查會議",
    .starts_at = starts,
    .ends_at = ends,
    .place = "第一會議室",
    .attendees = attendees,
    .agenda = agenda,
    .organizer = "林怡君 <lin@example.gov.tw>",
    .document_number = "ISMS-B-005",
    .calendar = STEWARD_CALENDAR_ROC,
  };
  g_autofree char *pdf_path = output_path ("review-notice", "pdf");
  g_autofree char *ics_path = output_path ("review-notice", "ics");
  g_autofree char *pdf_text = NULL;
  g_autofree char *ics_text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *address = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  icalproperty *organizer;

  /* The agenda, the contact and the document number on paper; the date
   * in the ROC calendar. */
  g_assert_true (steward_notice_export_pdf (&notice, pdf_path, &error));
  g_assert_no_error (error);
  pdf_text = read_pdf_text (pdf_path);
  g_assert_nonnull (strstr (pdf_text, "1. 上次會議決議事項辦理情形"));
  g_assert_nonnull (strstr (pdf_text, "2. 資訊安全政策審查"));
  g_assert_nonnull (strstr (pdf_text, "ISMS-B-005"));
  g_assert_nonnull (strstr (pdf_text, "115"));
  g_assert_nonnull (strstr (pdf_text, "lin@example.gov.tw"));

  g_assert_true (steward_notice_export_ics (&notice, "review-1@test", ics_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (ics_path, &ics_text, NULL, &error));
  calendar = icalparser_parse_string (ics_text);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, "review-1@test");
  g_assert_cmpstr (icalcomponent_get_description (event), ==, "1. 上次會議決議事項辦理情形\n2. 資訊安全政策審查");
  g_assert_cmpint (icalcomponent_get_dtstart (event).hour, ==, 9);
  organizer = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  g_assert_cmpstr (icalproperty_get_organizer (organizer), ==, "mailto:lin@example.gov.tw");
  icalcomponent_free (calendar);

  /* What is typed for a person. */
  g_assert_false (steward_notice_split_address ("王小明", &name, &address));
  g_assert_cmpstr (name, ==, "王小明");
  g_assert_null (address);
  g_clear_pointer (&name, g_free);
  g_assert_true (steward_notice_split_address (" wang@example.gov.tw ", &name, &address));
  g_assert_cmpstr (name, ==, "wang@example.gov.tw");
  g_assert_cmpstr (address, ==, "wang@example.gov.tw");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&address, g_free);
  g_assert_true (steward_notice_split_address ("王小明 wang@example.gov.tw", &name, &address));
  g_assert_cmpstr (name, ==, "王小明");
  g_assert_cmpstr (address, ==, "wang@example.gov.tw");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&address, g_free);
  g_assert_false (steward_notice_split_address ("王小明 <not an address>", &name, &address));
  g_assert_null (address);
  g_clear_pointer (&name, g_free);

  /* Without a topic, no notice. */
  notice.topic = "  ";
  g_assert_false (steward_notice_export_pdf (&notice, pdf_path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_parse_time (void)
{
  int hour = -1, minute = -1;

  g_assert_true (steward_meeting_parse_time ("14:30", &hour, &minute));
  g_assert_cmpint (hour, ==, 14);
  g_assert_cmpint (minute, ==, 30);
  g_assert_true (steward_meeting_parse_time (" 9:05 ", &hour, &minute));
  g_assert_cmpint (hour, ==, 9);
  g_assert_cmpint (minute, ==, 5);
  g_assert_true (steward_meeting_parse_time ("０８３０", &hour, &minute));
  g_assert_cmpint (hour, ==, 8);
  g_assert_cmpint (minute, ==, 30);
  g_assert_true (steward_meeting_parse_time ("１３：１５", &hour, &minute));
  g_assert_cmpint (hour, ==, 13);
  g_assert_false (steward_meeting_parse_time ("24:00", &hour, &minute));
  g_assert_false (steward_meeting_parse_time ("12:60", &hour, &minute));
  g_assert_false (steward_meeting_parse_time ("12:5", &hour, &minute));
  g_assert_false (steward_meeting_parse_time ("930", &hour, &minute));
  g_assert_false (steward_meeting_parse_time ("下午兩點", &hour, &minute));
  g_assert_false (steward_meeting_parse_time ("", &hour, &minute));
}

int
main (int   argc,
      char *argv[])
{
  communications_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/meetings/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("editor", test_meeting_editor);
  ADD ("list", test_meeting_list);
  ADD ("notice", test_notice_export);
#undef ADD
  g_test_add_func ("/meetings/parse-time", test_parse_time);

  return g_test_run ();
}
