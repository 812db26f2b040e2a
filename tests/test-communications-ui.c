/* test-communications-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The communications of procedure 5.7 in real windows on a temporary
 * database, typed into as a user would and saved through the forms'
 * actions: a media statement released without the deputy director's
 * approval refused beside the field, by the form and by the database;
 * approved, then released; follow-up actions added from their source and
 * linked to it; the evaluation once they are done; searched, filtered,
 * sorted; deleted and brought back. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW LANG=zh_TW.UTF-8 in Traditional Chinese. Runs under
 * xvfb-run; no display is a failure. */

#include "config.h"

#include "communications-test-util.h"
#include "logic/steward-follow-up.h"
#include "views/communications/steward-communications-page.h"
#include "views/communications/steward-source-actions.h"
#include "widgets/steward-date-row.h"

static void
test_communication_editor (Fixture       *f,
                           gconstpointer  data)
{
  StewardCommunicationsPage *page;
  StewardCommunicationEditor *editor;
  g_autoptr(StewardCommunication) stored = NULL;
  g_autoptr(GDate) on = steward_test_days_from_today (-3);
  g_autofree char *on_text = steward_test_dup_iso_date (on);
  g_autofree char *outcome = NULL;
  g_autoptr(GError) error = NULL;

  show_page (f, steward_communications_page_new (), 1280, 640);
  page = STEWARD_COMMUNICATIONS_PAGE (f->page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "empty");
  save_png (f->window, "empty");

  editor = steward_test_keep_window (steward_communications_page_open_editor (page, NULL));
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  /* Internal, dated today; the approval is for the media only. */
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "kind_row")), ==, STEWARD_COMMUNICATION_INTERNAL);
  g_assert_nonnull (steward_date_row_get_date (steward_test_template_child (editor, "occurred_on_row")));
  g_assert_false (steward_test_is_shown (steward_test_template_child (editor, "approval_group")));

  /* No subject: refused beside the field, the typing kept. */
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_COMMUNICATION_EXTERNAL);
  adw_combo_row_set_selected (steward_test_template_child (editor, "channel_row"), STEWARD_CHANNEL_EMAIL);
  steward_test_type_into (steward_test_template_child (editor, "occurred_on_row"), on_text);
  steward_test_type_into (steward_test_template_child (editor, "parties_row"), "國家資通安全研究院");
  select_person (steward_test_template_child (editor, "officer_row"), f->officer_id);
  steward_test_type_into (steward_test_template_child (editor, "outcome_view"), "同意於下週提供弱點掃描報告，並約定改善期限。");
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "subject", "subject_row"), ==, _("Enter the subject."));
  outcome = steward_test_dup_text (steward_test_template_child (editor, "outcome_view"));
  g_assert_cmpstr (outcome, ==, "同意於下週提供弱點掃描報告，並約定改善期限。");
  g_assert_cmpint (count (f, "communication"), ==, 0);

  /* An evaluation needs who made it and when. */
  steward_test_type_into (steward_test_template_child (editor, "subject_row"), "弱點掃描結果通知");
  g_assert_null (error_of (editor, "subject", "subject_row"));
  adw_combo_row_set_selected (steward_test_template_child (editor, "effectiveness_row"), STEWARD_EFFECTIVENESS_EFFECTIVE);
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "evaluated_by", "evaluated_by_row"), ==,
                   _("Say who evaluated the effectiveness: the chair or the officer in charge."));
  g_assert_cmpint (count (f, "communication"), ==, 0);
  adw_combo_row_set_selected (steward_test_template_child (editor, "effectiveness_row"), STEWARD_EFFECTIVENESS_NOT_EVALUATED);

  save_png (GTK_WIDGET (editor), "editor");
  save_form_png (GTK_WIDGET (editor), "editor");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  g_assert_cmpint (count (f, "communication"), ==, 1);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_COMMUNICATION,
                                steward_test_id_of (steward_communication_editor_get_communication (editor)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_communication_get_kind (stored), ==, STEWARD_COMMUNICATION_EXTERNAL);
  g_assert_cmpint (steward_communication_get_channel (stored), ==, STEWARD_CHANNEL_EMAIL);
  g_assert_cmpint (g_date_compare (steward_communication_get_occurred_on (stored), on), ==, 0);
  g_assert_cmpstr (steward_communication_get_subject (stored), ==, "弱點掃描結果通知");
  g_assert_cmpstr (steward_communication_get_parties (stored), ==, "國家資通安全研究院");
  g_assert_cmpint (steward_communication_get_officer_id (stored), ==, f->officer_id);
  g_assert_cmpstr (steward_communication_get_outcome (stored), ==, "同意於下週提供弱點掃描報告，並約定改善期限。");
  g_assert_null (steward_communication_get_approved_on (stored));
  steward_test_drop_window (editor);

  /* The list shows it, with its officer. */
  steward_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "list");
  g_assert_cmpuint (n_items (steward_communications_page_get_visible_model (page)), ==, 1);
  g_assert_true (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), "陳志明"));
  g_assert_true (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), "弱點掃描結果通知"));
}

/* The raw insert of a released media statement without its approval. */
static int
insert_unapproved_release (Fixture *f)
{
  sqlite3 *raw = steward_test_raw_open (f->t->path, SQLITE_OPEN_READWRITE);
  int rc;

  sqlite3_busy_timeout (raw, 2000);
  rc = sqlite3_exec (raw,
                     "INSERT INTO communication (kind, occurred_on, channel, subject, released_on)"
                     " VALUES ('media', '2026-03-02', 'notice', '新聞稿', '2026-03-03')",
                     NULL, NULL, NULL);
  sqlite3_close (raw);

  return rc;
}

static void
test_media_approval (Fixture       *f,
                     gconstpointer  data)
{
  StewardCommunicationsPage *page;
  StewardCommunicationEditor *editor;
  g_autoptr(StewardCommunication) stored = NULL;
  g_autoptr(GDate) approved = steward_test_days_from_today (-2);
  g_autoptr(GDate) released = steward_test_days_from_today (-1);
  g_autofree char *approved_text = steward_test_dup_iso_date (approved);
  g_autofree char *released_text = steward_test_dup_iso_date (released);
  g_autofree char *subject = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *visible;
  gint64 id;

  show_page (f, steward_communications_page_new (), 1280, 640);
  page = STEWARD_COMMUNICATIONS_PAGE (f->page);
  visible = steward_communications_page_get_visible_model (page);

  /* Released without the deputy director's approval: refused beside the
   * release date, nothing stored, nothing typed lost. */
  editor = steward_test_keep_window (steward_communications_page_open_editor (page, NULL));
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_COMMUNICATION_MEDIA);
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "approval_group")));
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (editor, "approval_state")), ==,
                   _("Blocked: not to be released until the deputy director approves it."));
  adw_combo_row_set_selected (steward_test_template_child (editor, "channel_row"), STEWARD_CHANNEL_NOTICE);
  steward_test_type_into (steward_test_template_child (editor, "subject_row"), "本中心網站服務中斷說明稿");
  steward_test_type_into (steward_test_template_child (editor, "parties_row"), "中央社、聯合報");
  steward_test_type_into (steward_test_template_child (editor, "released_on_row"), released_text);
  steward_test_activate (editor, "editor.save");
  g_assert_true (steward_test_is_shown (editor));
  g_assert_cmpstr (error_of (editor, "released_on", "released_on_row"), ==,
                   _("A media statement is released only after the deputy director’s approval (5.7.3): record the approval first."));
  subject = steward_test_dup_text (steward_test_template_child (editor, "subject_row"));
  g_assert_cmpstr (subject, ==, "本中心網站服務中斷說明稿");
  g_assert_cmpint (count (f, "communication"), ==, 0);
  save_png (GTK_WIDGET (editor), "media-refused");
  save_form_png (GTK_WIDGET (editor), "media-refused");

  /* The database refuses it too, whoever writes it. */
  g_assert_cmpint (insert_unapproved_release (f), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (count (f, "communication"), ==, 0);

  /* Without a release date it is stored, and blocked. */
  steward_test_type_into (steward_test_template_child (editor, "released_on_row"), "");
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  id = steward_test_id_of (steward_communication_editor_get_communication (editor));
  steward_test_drop_window (editor);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "communication"), ==, 1);
  g_assert_true (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Blocked")));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u media statement awaits the deputy director’s approval",
                                          "%u media statements await the deputy director’s approval", 1), 1);
  g_assert_true (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, summary);
  steward_communications_page_set_awaiting_approval_only (page, TRUE);
  g_assert_cmpuint (n_items (visible), ==, 1);
  save_png (f->window, "media-blocked");

  /* Approved, then released. */
  stored = steward_record_load (f->t->db, STEWARD_TYPE_COMMUNICATION, id, &error);
  g_assert_no_error (error);
  editor = steward_test_keep_window (steward_communications_page_open_editor (page, stored));
  steward_test_type_into (steward_test_template_child (editor, "approved_by_row"), "協理 黃建華");
  steward_test_type_into (steward_test_template_child (editor, "approved_on_row"), approved_text);
  steward_test_type_into (steward_test_template_child (editor, "released_on_row"), released_text);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (editor, "approval_state")), ==,
                   _("Approved: the statement may be released."));
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  g_clear_object (&stored);
  stored = steward_record_load (f->t->db, STEWARD_TYPE_COMMUNICATION, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_communication_get_approved_by (stored), ==, "協理 黃建華");
  g_assert_cmpint (g_date_compare (steward_communication_get_approved_on (stored), approved), ==, 0);
  g_assert_cmpint (g_date_compare (steward_communication_get_released_on (stored), released), ==, 0);
  g_assert_false (steward_communication_is_blocked (stored));

  steward_test_iterate (50);
  g_assert_cmpuint (n_items (visible), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");
  steward_communications_page_set_awaiting_approval_only (page, FALSE);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_false (steward_test_is_shown (steward_test_template_child (page, "summary_bar")));
  g_assert_false (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Blocked")));
}

static void
test_follow_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardCommunication) communication = NULL;
  StewardCommunicationsPage *page;
  StewardCommunicationEditor *editor;
  g_autoptr(StewardActionItem) done = NULL;
  g_autoptr(StewardCommunication) evaluated = NULL;
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GDate) before = steward_test_days_from_today (-1);
  g_autoptr(GDate) due = steward_test_days_from_today (30);
  g_autofree char *before_text = steward_test_dup_iso_date (before);
  g_autofree char *due_text = steward_test_dup_iso_date (due);
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardActionItem) added = NULL;
  g_autoptr(StewardActionItem) added_first = NULL;
  StewardSourceActions *actions;
  GtkWidget *form;

  communication = add_communication (f, STEWARD_COMMUNICATION_CROSS_UNIT, STEWARD_CHANNEL_MEETING, 5,
                                     "機房門禁卡權限盤點協調", TRUE);
  show_page (f, steward_communications_page_new (), 1280, 640);
  page = STEWARD_COMMUNICATIONS_PAGE (f->page);
  g_assert_true (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Needed")));

  editor = steward_test_keep_window (steward_communications_page_open_editor (page, communication));
  actions = steward_test_template_child (editor, "actions_group");
  form = GTK_WIDGET (actions);
  g_assert_cmpuint (n_items (steward_source_actions_get_actions (actions)), ==, 0);

  /* An action without an owner, then one due before it was decided. */
  steward_test_type_into (steward_test_must_find_named (form, "action_title"), "各單位回報門禁卡持有人名冊");
  steward_test_type_into (steward_test_must_find_named (form, "action_due"), due_text);
  g_assert_null (steward_source_actions_add (actions));
  g_assert_cmpstr (named_error_of (form, "action_owner"), ==, _("Choose who is responsible for the action."));
  select_person (steward_test_must_find_named (form, "action_owner"), f->owner_id);
  g_assert_null (named_error_of (form, "action_owner"));
  steward_test_type_into (steward_test_must_find_named (form, "action_due"), before_text);
  g_assert_null (steward_source_actions_add (actions));
  g_assert_cmpstr (named_error_of (form, "action_due"), ==, _("The due date cannot be before the action was decided."));
  g_assert_cmpint (count (f, "action_item"), ==, 0);
  save_form_png (GTK_WIDGET (editor), "action-refused");

  /* Added, and linked to its source. */
  steward_test_type_into (steward_test_must_find_named (form, "action_due"), due_text);
  /* The form keeps its actions as long as it is open. */
  added = g_object_ref (steward_source_actions_add (actions));
  g_assert_cmpint (count (f, "action_item"), ==, 1);
  g_assert_cmpint (steward_action_item_get_source_kind (added), ==, STEWARD_ACTION_SOURCE_COMMUNICATION);
  g_assert_cmpint (steward_action_item_get_source_id (added), ==, steward_test_id_of (communication));
  g_assert_cmpstr (steward_action_item_get_source_label (added), ==, "機房門禁卡權限盤點協調");
  g_assert_cmpint (steward_action_item_get_status (added), ==, STEWARD_ACTION_OPEN);
  g_assert_cmpint (steward_action_item_get_owner_id (added), ==, f->owner_id);
  linked = steward_actions_for_source (f->t->db, STEWARD_ACTION_SOURCE_COMMUNICATION, steward_test_id_of (communication), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpuint (n_items (steward_source_actions_get_actions (actions)), ==, 1);
  g_assert_true (gtk_switch_get_active (steward_test_template_child (editor, "follow_up_switch")));
  g_assert_cmpstr (gtk_editable_get_text (steward_test_must_find_named (form, "action_title")), ==, "");
  steward_test_iterate (50);
  save_form_png (GTK_WIDGET (editor), "follow-up");
  steward_test_activate (editor, "editor.save");
  steward_test_drop_window (editor);

  /* The list counts it; once it is done, the evaluation is due. */
  steward_test_iterate (50);
  g_assert_cmpuint (steward_communications_page_get_n_actions (page, communication, NULL), ==, 1);
  g_assert_false (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Needed")));
  g_assert_false (steward_communications_page_needs_evaluation (page, communication));
  done = STEWARD_ACTION_ITEM (steward_record_copy (STEWARD_RECORD (added)));
  g_object_set (done, "status", STEWARD_ACTION_DONE, "done-on", before, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (done), f->t->db, &error));
  g_assert_no_error (error);
  steward_test_iterate (50);
  g_assert_true (steward_communications_page_needs_evaluation (page, communication));
  steward_communications_page_set_needs_evaluation_only (page, TRUE);
  g_assert_cmpuint (n_items (steward_communications_page_get_visible_model (page)), ==, 1);
  g_assert_true (shows_label (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Due")));
  save_png (f->window, "evaluation-due");

  /* Evaluated by the chair: no longer due. */
  editor = steward_test_keep_window (steward_communications_page_open_editor (page, communication));
  adw_combo_row_set_selected (steward_test_template_child (editor, "effectiveness_row"), STEWARD_EFFECTIVENESS_EFFECTIVE);
  steward_test_type_into (steward_test_template_child (editor, "evaluated_by_row"), "主席 張副主任");
  steward_test_type_into (steward_test_template_child (editor, "evaluated_on_row"), "");
  steward_test_activate (editor, "editor.save");
  g_assert_cmpstr (error_of (editor, "evaluated_on", "evaluated_on_row"), ==, _("Enter the day of the evaluation."));
  steward_test_type_into (steward_test_template_child (editor, "evaluated_on_row"), before_text);
  steward_test_activate (editor, "editor.save");
  g_assert_false (steward_test_is_shown (editor));
  steward_test_drop_window (editor);
  steward_test_iterate (50);
  evaluated = steward_record_load (f->t->db, STEWARD_TYPE_COMMUNICATION, steward_test_id_of (communication), &error);
  g_assert_no_error (error);
  g_assert_cmpint (steward_communication_get_effectiveness (evaluated), ==, STEWARD_EFFECTIVENESS_EFFECTIVE);
  g_assert_cmpstr (steward_communication_get_evaluated_by (evaluated), ==, "主席 張副主任");
  g_assert_false (steward_communications_page_needs_evaluation (page, evaluated));
  g_assert_cmpuint (n_items (steward_communications_page_get_visible_model (page)), ==, 0);

  /* An action added to a new communication saves the communication first. */
  editor = steward_test_keep_window (steward_communications_page_open_editor (page, NULL));
  actions = steward_test_template_child (editor, "actions_group");
  steward_test_type_into (steward_test_must_find_named (GTK_WIDGET (actions), "action_title"), "公告新版資訊安全政策");
  select_person (steward_test_must_find_named (GTK_WIDGET (actions), "action_owner"), f->owner_id);
  steward_test_type_into (steward_test_must_find_named (GTK_WIDGET (actions), "action_due"), due_text);
  g_assert_null (steward_source_actions_add (actions));
  g_assert_cmpstr (error_of (editor, "subject", "subject_row"), ==, _("Enter the subject."));
  g_assert_cmpint (count (f, "communication"), ==, 1);
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_COMMUNICATION_ANNOUNCEMENT);
  steward_test_type_into (steward_test_template_child (editor, "subject_row"), "資訊安全政策修訂公告");
  added_first = g_object_ref (steward_source_actions_add (actions));
  g_clear_object (&added);
  added = g_steal_pointer (&added_first);
  g_assert_cmpint (count (f, "communication"), ==, 2);
  g_assert_cmpint (steward_action_item_get_source_id (added), ==,
                   steward_test_id_of (steward_communication_editor_get_communication (editor)));
  g_assert_cmpstr (steward_action_item_get_source_label (added), ==, "資訊安全政策修訂公告");
  g_assert_true (steward_test_is_shown (steward_test_template_child (editor, "delete_button")));
  steward_test_drop_window (editor);
}

static void
test_communication_list (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StewardCommunication) older = NULL;
  g_autoptr(StewardCommunication) newer = NULL;
  g_autoptr(StewardCommunication) media = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  StewardCommunicationsPage *page;
  GtkColumnView *column_view;
  GListModel *visible;
  g_autofree char *gregorian = NULL;
  g_autofree char *roc = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  older = add_communication (f, STEWARD_COMMUNICATION_EXTERNAL, STEWARD_CHANNEL_PHONE, 40, "電信業者斷線通報", FALSE);
  newer = add_communication (f, STEWARD_COMMUNICATION_INTERNAL, STEWARD_CHANNEL_EMAIL, 2, "備份排程異動", FALSE);
  media = add_communication (f, STEWARD_COMMUNICATION_MEDIA, STEWARD_CHANNEL_NOTICE, 10, "個資外洩事件新聞稿", FALSE);
  g_object_set (newer, "officer-id", f->owner_id, NULL);
  g_assert_true (steward_record_save (STEWARD_RECORD (newer), f->t->db, NULL));

  show_page (f, steward_communications_page_new (), 1280, 600);
  page = STEWARD_COMMUNICATIONS_PAGE (f->page);
  visible = steward_communications_page_get_visible_model (page);
  column_view = steward_test_template_child (page, "column_view");

  /* The latest first. */
  g_assert_cmpuint (n_items (visible), ==, 3);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (newer));
  g_assert_cmpint (steward_test_id_at (visible, 2), ==, steward_test_id_of (older));
  save_png (f->window, "list");

  /* Searched as typed: the subject, the officer's name, the kind. */
  steward_communications_page_set_search (page, "斷線");
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (older));
  steward_communications_page_set_search (page, "王美玲");
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (newer));
  steward_communications_page_set_search (page, "no such thing");
  g_assert_cmpuint (n_items (visible), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");
  steward_communications_page_set_search (page, NULL);

  /* Filtered by kind and by channel. */
  steward_communications_page_set_kind_filter (page, STEWARD_COMMUNICATION_MEDIA);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (media));
  steward_communications_page_set_kind_filter (page, -1);
  steward_communications_page_set_channel_filter (page, STEWARD_CHANNEL_PHONE);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (older));

  /* A link to a hidden one clears the filters and selects it. */
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (media));
  g_assert_cmpuint (n_items (visible), ==, 3);
  g_assert_cmpint (steward_test_id_of (gtk_single_selection_get_selected_item (steward_test_template_child (page, "selection"))), ==, steward_test_id_of (media));

  /* Sorted by the column clicked: the oldest first. */
  gtk_column_view_sort_by_column (column_view, steward_test_template_child (page, "date_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_at (visible, 0), ==, steward_test_id_of (older));

  /* Exported whole, as CSV for Excel and as XLSX; not as anything else. */
  csv = export_register (f, (gpointer) steward_communications_page_export, "communications.csv", NULL);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (csv, "電信業者斷線通報"));
  g_assert_nonnull (strstr (csv, "個資外洩事件新聞稿"));
  xlsx = export_register (f, (gpointer) steward_communications_page_export, "communications.xlsx", &length);
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpint (memcmp (xlsx, "PK\x03\x04", 4), ==, 0);
  g_assert_false (steward_communications_page_export (page, "/nonexistent/communications.txt", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);

  /* Dates follow the calendar of the preferences. */
  gregorian = steward_date_format (steward_communication_get_occurred_on (newer), STEWARD_CALENDAR_GREGORIAN);
  roc = steward_date_format (steward_communication_get_occurred_on (newer), STEWARD_CALENDAR_ROC);
  g_assert_true (shows_label (GTK_WIDGET (column_view), gregorian));
  g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_ROC);
  steward_test_iterate (100);
  g_assert_true (shows_label (GTK_WIDGET (column_view), roc));
  g_assert_false (shows_label (GTK_WIDGET (column_view), gregorian));
  g_settings_set_enum (settings, "calendar", STEWARD_CALENDAR_GREGORIAN);
  steward_test_iterate (100);
}

static void
test_communication_delete_undo (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(StewardCommunication) first = NULL;
  g_autoptr(StewardCommunication) second = NULL;
  g_autoptr(StewardCommunication) restored = NULL;
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GError) error = NULL;
  StewardCommunicationsPage *page;
  StewardCommunicationEditor *editor;
  GListModel *visible;
  AdwToast *toast;

  first = add_communication (f, STEWARD_COMMUNICATION_EXTERNAL, STEWARD_CHANNEL_LETTER, 3, "委外廠商資安稽核結果函", TRUE);
  second = add_communication (f, STEWARD_COMMUNICATION_INTERNAL, STEWARD_CHANNEL_FACE_TO_FACE, 1, "機房巡檢分工", FALSE);
  action = add_action (f, STEWARD_ACTION_SOURCE_COMMUNICATION, steward_test_id_of (first), STEWARD_ACTION_OPEN);
  show_page (f, steward_communications_page_new (), 1100, 600);
  page = STEWARD_COMMUNICATIONS_PAGE (f->page);
  visible = steward_communications_page_get_visible_model (page);

  toast = steward_communications_page_delete_communication (page, first);
  g_assert_nonnull (toast);
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "communication"), ==, 1);
  g_assert_cmpuint (n_items (visible), ==, 1);
  /* Its action stays in the Actions register. */
  g_assert_cmpint (count (f, "action_item"), ==, 1);

  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (50);
  g_assert_cmpint (count (f, "communication"), ==, 2);
  g_assert_cmpuint (n_items (visible), ==, 2);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_COMMUNICATION, steward_test_id_of (first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_communication_get_subject (restored), ==, "委外廠商資安稽核結果函");
  g_assert_cmpuint (steward_communications_page_get_n_actions (page, restored, NULL), ==, 1);

  /* The editor's Delete button, and the Delete key on the selected row. */
  editor = steward_test_keep_window (steward_communications_page_open_editor (page, restored));
  steward_test_activate (editor, "editor.delete");
  steward_test_drop_window (editor);
  g_assert_cmpint (count (f, "communication"), ==, 1);
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  steward_test_activate (page, "communications.delete-selected");
  g_assert_cmpint (count (f, "communication"), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "empty");

  /* Read-only: nothing to add, edit or delete. */
  g_clear_object (&second);
  second = add_communication (f, STEWARD_COMMUNICATION_INTERNAL, STEWARD_CHANNEL_PHONE, 1, "唯讀測試", FALSE);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  steward_page_set_database (STEWARD_PAGE (page), read_only);
  g_assert_cmpuint (n_items (visible), ==, 1);
  g_assert_null (steward_communications_page_open_editor (page, NULL));
  g_assert_false (gtk_widget_get_sensitive (steward_test_template_child (page, "add_button")));
  gtk_single_selection_set_selected (steward_test_template_child (page, "selection"), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "communications.delete-selected", NULL);
  steward_test_iterate (20);
  g_assert_cmpint (count (f, "communication"), ==, 1);
  steward_page_set_database (STEWARD_PAGE (page), NULL);
}

int
main (int   argc,
      char *argv[])
{
  communications_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/communications/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("editor", test_communication_editor);
  ADD ("media-approval", test_media_approval);
  ADD ("follow-up", test_follow_up);
  ADD ("list", test_communication_list);
  ADD ("delete-undo", test_communication_delete_undo);
#undef ADD

  return g_test_run ();
}
