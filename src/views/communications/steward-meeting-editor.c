/* steward-meeting-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-meeting-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "export/steward-notice-export.h"
#include "logic/steward-date.h"
#include "steward-meeting-editor.h"
#include "steward-source-actions.h"
#include "widgets/steward-register-util.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of a meeting across units (procedure 5.7.1.2): its notice (the
 * topic, the day, the start and end times, the place, the attendees),
 * sent as a PDF or a calendar invitation, and its record (the decisions
 * and the follow-up actions). It edits a copy; a refused save says why
 * beside the field and keeps everything typed. */
struct _StewardMeetingEditor
{
  AdwWindow              parent_instance;

  StewardDatabase       *db;
  StewardMeeting        *original;
  StewardMeeting        *meeting;

  AdwWindowTitle        *window_title;
  GtkWidget             *general_error;
  GtkWidget             *delete_button;
  AdwEntryRow           *topic_row;
  StewardDateRow        *date_row;
  AdwEntryRow           *starts_row;
  AdwEntryRow           *ends_row;
  AdwEntryRow           *place_row;
  GtkTextView           *attendees_view;
  GtkTextView           *decisions_view;
  StewardSourceActions  *actions_group;
  GtkWidget             *topic_error_row;
  GtkLabel              *topic_error;
  GtkWidget             *date_error_row;
  GtkLabel              *date_error;
  GtkWidget             *starts_error_row;
  GtkLabel              *starts_error;
  GtkWidget             *ends_error_row;
  GtkLabel              *ends_error;

  StewardFormField       fields[4];
};

G_DEFINE_FINAL_TYPE (StewardMeetingEditor, steward_meeting_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * steward_meeting_parse_time:
 * @text: a time of day as typed: 14:30, 9:05, 1430, or in full-width
 *   digits
 * @hour: (out): from 0 to 23
 * @minute: (out): from 0 to 59
 *
 * Returns: whether @text is a time of day
 */
gboolean
steward_meeting_parse_time (const char *text,
                            int        *hour,
                            int        *minute)
{
  g_autofree char *normal = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 h, m;

  if (text == NULL)
    return FALSE;

  /* NFKC turns full-width digits and colons into ASCII ones. */
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (normal == NULL)
    return FALSE;
  g_strstrip (normal);

  if (strchr (normal, ':') != NULL)
    parts = g_strsplit (normal, ":", 2);
  else if (strlen (normal) == 4)
    {
      parts = g_new0 (char *, 3);
      parts[0] = g_strndup (normal, 2);
      parts[1] = g_strdup (normal + 2);
    }
  else
    return FALSE;

  if (g_strv_length (parts) != 2 || strlen (parts[1]) != 2 || parts[0][0] == '\0' || strlen (parts[0]) > 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 0, 23, &h, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &m, NULL))
    return FALSE;

  *hour = (int) h;
  *minute = (int) m;

  return TRUE;
}

/**
 * steward_meeting_dup_uid:
 *
 * The invitation of a meeting keeps its UID however often it is sent, so
 * that calendars update the meeting they have. The database's path tells
 * apart the meetings of two centres that have the same id.
 *
 * Returns: (transfer full): the UID of @meeting's invitation
 */
char *
steward_meeting_dup_uid (StewardDatabase *db,
                         StewardMeeting  *meeting)
{
  g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                             steward_database_get_path (db), -1);

  checksum[12] = '\0';

  return g_strdup_printf ("meeting-%" G_GINT64_FORMAT "-%s@%s",
                          steward_record_get_id (STEWARD_RECORD (meeting)), checksum, APP_ID);
}

static char *
dup_time (GDateTime *date_time)
{
  g_autoptr(GDateTime) local = NULL;

  if (date_time == NULL)
    return NULL;

  local = g_date_time_to_local (date_time);

  return g_date_time_format (local, "%H:%M");
}

static void
write_form (StewardMeetingEditor *self)
{
  StewardMeeting *m = self->meeting;
  GDateTime *starts = steward_meeting_get_starts_at (m);
  g_autofree char *start_time = dup_time (starts);
  g_autofree char *end_time = dup_time (steward_meeting_get_ends_at (m));

  steward_register_set_text (GTK_WIDGET (self->topic_row), steward_meeting_get_topic (m));
  if (starts != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (starts);
      g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (local),
                                             g_date_time_get_month (local),
                                             g_date_time_get_year (local));

      steward_date_row_set_date (self->date_row, day);
    }
  else
    {
      g_autoptr(GDate) today = steward_date_new_today ();

      steward_date_row_set_date (self->date_row, today);
    }
  steward_register_set_text (GTK_WIDGET (self->starts_row), start_time);
  steward_register_set_text (GTK_WIDGET (self->ends_row), end_time);
  steward_register_set_text (GTK_WIDGET (self->place_row), steward_meeting_get_place (m));
  steward_register_set_text (GTK_WIDGET (self->attendees_view), steward_meeting_get_attendees (m));
  steward_register_set_text (GTK_WIDGET (self->decisions_view), steward_meeting_get_decisions (m));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

/* The day of the form at the time typed in @row, in local time. */
static GDateTime *
read_date_time (StewardMeetingEditor *self,
                AdwEntryRow          *row)
{
  GDate *day = steward_date_row_get_date (self->date_row);
  g_autofree char *text = steward_register_dup_text (GTK_WIDGET (row));
  int hour, minute;

  if (day == NULL || text == NULL || !steward_meeting_parse_time (text, &hour, &minute))
    return NULL;

  return g_date_time_new_local (g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                                hour, minute, 0);
}

/* Copies the form into the record. */
static void
read_form (StewardMeetingEditor *self)
{
  g_autofree char *topic = steward_register_dup_text (GTK_WIDGET (self->topic_row));
  g_autofree char *place = steward_register_dup_text (GTK_WIDGET (self->place_row));
  g_autofree char *attendees = steward_register_dup_text (GTK_WIDGET (self->attendees_view));
  g_autofree char *decisions = steward_register_dup_text (GTK_WIDGET (self->decisions_view));
  g_autoptr(GDateTime) starts = read_date_time (self, self->starts_row);
  g_autoptr(GDateTime) ends = read_date_time (self, self->ends_row);

  g_object_set (self->meeting,
                "topic", topic,
                "starts-at", starts,
                "ends-at", ends,
                "place", place,
                "attendees", attendees,
                "decisions", decisions,
                NULL);
}

static void
check_time (AdwEntryRow *row,
            const char  *property,
            gboolean     required,
            GPtrArray   *problems)
{
  g_autofree char *text = steward_register_dup_text (GTK_WIDGET (row));
  int hour, minute;

  if (text == NULL)
    {
      if (required)
        steward_record_add_problem (problems, property, _("Enter when the meeting starts, such as 14:30."));
      return;
    }

  if (!steward_meeting_parse_time (text, &hour, &minute))
    {
      /* TRANSLATORS: %s is what the user typed in a time field */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a time of day: write it as 14:30."), text);

      steward_record_add_problem (problems, property, message);
    }
}

/* What only the form can tell: a day or a time typed that is none. What
 * it says comes before what the record says of the same start. */
static GPtrArray *
check_form (StewardMeetingEditor *self)
{
  GPtrArray *problems = steward_objective_form_new_problems ();
  g_autoptr(GPtrArray) record_problems = steward_record_validate (STEWARD_RECORD (self->meeting));

  if (steward_date_row_get_date (self->date_row) == NULL)
    steward_record_add_problem (problems, "date", _("Enter the day of the meeting."));
  steward_register_check_date (self->date_row, "date", problems);
  check_time (self->starts_row, "starts-at", TRUE, problems);
  check_time (self->ends_row, "ends-at", FALSE, problems);

  for (guint i = 0; i < record_problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (record_problems, i);

      /* "Enter when the meeting starts" is said of the day or the time. */
      if (g_strcmp0 (problem->property, "starts-at") == 0 &&
          (steward_objective_form_has_problem (problems, "date") ||
           steward_objective_form_has_problem (problems, "starts-at")))
        continue;
      steward_record_add_problem (problems, problem->property, problem->message);
    }
  steward_objective_form_keep_first_problem (problems);

  return problems;
}

/* The record as stored now: what Delete deletes, the source of the
 * actions added from here on, and what the invitation's UID names. */
static void
stored (StewardMeetingEditor *self)
{
  g_clear_object (&self->original);
  self->original = STEWARD_MEETING (steward_record_copy (STEWARD_RECORD (self->meeting)));
  steward_source_actions_set_source (self->actions_group, self->db, STEWARD_ACTION_SOURCE_MEETING,
                                     steward_record_get_id (STEWARD_RECORD (self->meeting)),
                                     steward_meeting_get_topic (self->meeting));
  adw_window_title_set_title (self->window_title, _("Edit Meeting"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
  gtk_widget_set_visible (self->delete_button, TRUE);
}

/* Reads, checks and saves the form, which stays open. */
static gboolean
store (StewardMeetingEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  read_form (self);
  problems = check_form (self);
  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  if (!steward_record_save (STEWARD_RECORD (self->meeting), self->db, &error))
    return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, FALSE, error);

  stored (self);

  return TRUE;
}

static gint64
store_for_action (gpointer user_data)
{
  StewardMeetingEditor *self = user_data;

  return store (self) ? steward_record_get_id (STEWARD_RECORD (self->meeting)) : 0;
}

/**
 * steward_meeting_editor_save:
 *
 * Saves what the form holds. No topic, a day or a time that is none, an
 * end before the start: refused, the reason beside the field, the focus
 * on the first, nothing typed lost.
 *
 * Returns: whether the meeting was saved (the window then closes)
 */
gboolean
steward_meeting_editor_save (StewardMeetingEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_MEETING_EDITOR (self), FALSE);

  if (!store (self))
    return FALSE;

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, TRUE, NULL);
}

/**
 * steward_meeting_editor_get_meeting:
 *
 * Returns: (transfer none): the meeting as last read from the form; once
 *   saved it has its id
 */
StewardMeeting *
steward_meeting_editor_get_meeting (StewardMeetingEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_MEETING_EDITOR (self), NULL);

  return self->meeting;
}

/* The notice */

typedef struct
{
  StewardNotice  notice;
  GStrv          attendees;
} NoticeData;

static void
notice_data_clear (NoticeData *data)
{
  g_clear_pointer (&data->attendees, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NoticeData, notice_data_clear)

/* The notice of the meeting as saved: the officer in charge who sends it
 * is the user (5.7.1.2: 承辦人員). */
static gboolean
prepare_notice (StewardMeetingEditor  *self,
                NoticeData            *data,
                GError               **error)
{
  const char *attendees;

  if (!store (self))
    {
      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
                           _("The meeting cannot be saved: correct what the form says first."));
      return FALSE;
    }

  attendees = steward_meeting_get_attendees (self->meeting);
  data->attendees = g_strsplit (attendees ? attendees : "", "\n", -1);
  data->notice.topic = steward_meeting_get_topic (self->meeting);
  data->notice.starts_at = steward_meeting_get_starts_at (self->meeting);
  data->notice.ends_at = steward_meeting_get_ends_at (self->meeting);
  data->notice.place = steward_meeting_get_place (self->meeting);
  data->notice.attendees = (const char * const *) data->attendees;
  data->notice.organizer = steward_database_get_user_name (self->db);
  data->notice.calendar = steward_register_get_calendar ();

  return TRUE;
}

/**
 * steward_meeting_editor_export_notice:
 * @path: where to write the PDF
 *
 * Saves the meeting, then writes its notice (開會通知單) as a PDF.
 *
 * Returns: whether the notice was written
 */
gboolean
steward_meeting_editor_export_notice (StewardMeetingEditor  *self,
                                      const char            *path,
                                      GError               **error)
{
  g_auto(NoticeData) data = { { 0 } };

  g_return_val_if_fail (STEWARD_IS_MEETING_EDITOR (self), FALSE);

  return prepare_notice (self, &data, error) && steward_notice_export_pdf (&data.notice, path, error);
}

/**
 * steward_meeting_editor_export_invitation:
 * @path: where to write the .ics file
 *
 * Saves the meeting, then writes its invitation for calendar programs.
 *
 * Returns: whether the invitation was written
 */
gboolean
steward_meeting_editor_export_invitation (StewardMeetingEditor  *self,
                                          const char            *path,
                                          GError               **error)
{
  g_auto(NoticeData) data = { { 0 } };
  g_autofree char *uid = NULL;

  g_return_val_if_fail (STEWARD_IS_MEETING_EDITOR (self), FALSE);

  if (!prepare_notice (self, &data, error))
    return FALSE;

  uid = steward_meeting_dup_uid (self->db, self->meeting);

  return steward_notice_export_ics (&data.notice, uid, path, error);
}

static StewardMeetingEditor *
editor_of (GtkWidget *widget)
{
  return STEWARD_MEETING_EDITOR (gtk_widget_get_root (widget));
}

static gboolean
write_notice (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  return steward_meeting_editor_export_notice (editor_of (widget), path, error);
}

static gboolean
write_invitation (GtkWidget   *widget,
                  const char  *path,
                  GError     **error)
{
  return steward_meeting_editor_export_invitation (editor_of (widget), path, error);
}

/* A file name from the topic, without what file systems refuse. */
static char *
dup_file_name (StewardMeetingEditor *self,
               const char           *extension)
{
  g_autofree char *topic = steward_register_dup_text (GTK_WIDGET (self->topic_row));

  if (topic == NULL)
    /* TRANSLATORS: the file name of a meeting's notice without a topic */
    topic = g_strdup (_("Meeting"));
  g_strdelimit (topic, "/\\:*?\"<>|", '_');

  return g_strdup_printf ("%s.%s", topic, extension);
}

static void
export_notice_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardMeetingEditor *self = STEWARD_MEETING_EDITOR (widget);
  g_autofree char *name = dup_file_name (self, "pdf");

  /* The window title is inside the toast overlay that says it is done. */
  steward_register_ask_export (GTK_WIDGET (self->window_title), _("Export the Meeting Notice"), name, write_notice);
}

static void
export_invitation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  StewardMeetingEditor *self = STEWARD_MEETING_EDITOR (widget);
  g_autofree char *name = dup_file_name (self, "ics");

  steward_register_ask_export (GTK_WIDGET (self->window_title), _("Export the Meeting Invitation"), name,
                               write_invitation);
}

/* Signals and actions */

static void
on_entry_changed_cb (GtkEditable          *editable,
                     StewardMeetingEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_entry_activated_cb (AdwEntryRow          *row,
                       StewardMeetingEditor *self)
{
  steward_meeting_editor_save (self);
}

static void
on_action_added_cb (StewardSourceActions *actions,
                    StewardActionItem    *action,
                    StewardMeetingEditor *self)
{
  steward_show_message (GTK_WIDGET (self->window_title), _("Follow-up action added"));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_meeting_editor_save (STEWARD_MEETING_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardMeetingEditor *self = STEWARD_MEETING_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_meeting_editor_dispose (GObject *object)
{
  StewardMeetingEditor *self = (StewardMeetingEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_MEETING_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_meeting_editor_parent_class)->dispose (object);
}

static void
steward_meeting_editor_finalize (GObject *object)
{
  StewardMeetingEditor *self = (StewardMeetingEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (steward_meeting_editor_parent_class)->finalize (object);
}

static void
steward_meeting_editor_class_init (StewardMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_meeting_editor_dispose;
  object_class->finalize = steward_meeting_editor_finalize;

  /**
   * StewardMeetingEditor::delete-requested:
   * @meeting: the meeting as stored
   *
   * The user asked to delete the meeting; the page that opened the editor
   * deletes it and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_MEETING);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);
  g_type_ensure (STEWARD_TYPE_SOURCE_ACTIONS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-meeting-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardMeetingEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (topic_row);
  CHILD (date_row);
  CHILD (starts_row);
  CHILD (ends_row);
  CHILD (place_row);
  CHILD (attendees_view);
  CHILD (decisions_view);
  CHILD (actions_group);
  CHILD (topic_error_row);
  CHILD (topic_error);
  CHILD (date_error_row);
  CHILD (date_error);
  CHILD (starts_error_row);
  CHILD (starts_error);
  CHILD (ends_error_row);
  CHILD (ends_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.export-notice", NULL, export_notice_action);
  gtk_widget_class_install_action (widget_class, "editor.export-invitation", NULL, export_invitation_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_meeting_editor_init (StewardMeetingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  steward_date_row_set_calendar (self->date_row, steward_register_get_calendar ());
  adw_entry_row_set_input_purpose (self->starts_row, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->ends_row, GTK_INPUT_PURPOSE_DIGITS);

  g_signal_connect (self->actions_group, "action-added", G_CALLBACK (on_action_added_cb), self);
  steward_source_actions_set_save_func (self->actions_group, store_for_action, self);

  self->fields[0] = (StewardFormField) { "topic", GTK_WIDGET (self->topic_row), self->topic_error_row, self->topic_error };
  self->fields[1] = (StewardFormField) { "date", GTK_WIDGET (self->date_row), self->date_error_row, self->date_error };
  self->fields[2] = (StewardFormField) { "starts-at", GTK_WIDGET (self->starts_row), self->starts_error_row, self->starts_error };
  self->fields[3] = (StewardFormField) { "ends-at", GTK_WIDGET (self->ends_row), self->ends_error_row, self->ends_error };
}

/**
 * steward_meeting_editor_new:
 * @meeting: (nullable): the meeting to edit, or %NULL for a new one
 * @people: (nullable): StewardPerson, to choose the owners of the actions
 *   from
 */
StewardMeetingEditor *
steward_meeting_editor_new (StewardDatabase *db,
                            StewardMeeting  *meeting,
                            GListModel      *people)
{
  StewardMeetingEditor *self;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (meeting == NULL || STEWARD_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (people == NULL || G_IS_LIST_MODEL (people), NULL);

  self = g_object_new (STEWARD_TYPE_MEETING_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = meeting != NULL ? g_object_ref (meeting) : NULL;
  self->meeting = meeting != NULL ? STEWARD_MEETING (steward_record_copy (STEWARD_RECORD (meeting)))
                                  : g_object_new (STEWARD_TYPE_MEETING, NULL);

  steward_source_actions_set_people (self->actions_group, people);
  steward_source_actions_set_source (self->actions_group, db, STEWARD_ACTION_SOURCE_MEETING,
                                     steward_record_get_id (STEWARD_RECORD (self->meeting)),
                                     steward_meeting_get_topic (self->meeting));

  title = meeting != NULL ? _("Edit Meeting") : _("New Meeting");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Meeting Across Units"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, meeting != NULL);
  write_form (self);

  return self;
}
