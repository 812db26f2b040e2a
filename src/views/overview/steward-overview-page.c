/* steward-overview-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-overview-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "logic/steward-evaluation-list.h"
#include "logic/steward-follow-up.h"
#include "logic/steward-roster.h"
#include "model/steward-action-item.h"
#include "model/steward-body.h"
#include "model/steward-communication.h"
#include "model/steward-finding.h"
#include "model/steward-handover.h"
#include "model/steward-meeting.h"
#include "model/steward-minutes.h"
#include "model/steward-review.h"
#include "model/steward-project.h"
#include "model/steward-contact.h"
#include "model/steward-org-change.h"
#include "model/steward-register-review.h"
#include "model/steward-duty.h"
#include "model/steward-history-entry.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "model/steward-roster-review.h"
#include "steward-overview-page.h"
#include "steward-overview-reviews.h"
#include "widgets/steward-form.h"

#define N_RECENT_CHANGES 10

/* Objectives off target or with measurements due, one line each up to
 * this many; then one line for the rest. */
#define MAX_OBJECTIVE_LINES 5
/* Characters of a record's name in a recent change's line. */
#define MAX_LABEL_CHARS     120

/* The first place: what needs attention, the organization at a glance and
 * the latest changes. Later issues add their own lines to it. */
struct _StewardOverviewPage
{
  StewardPage             parent_instance;

  GSettings         *settings;
  StewardRecordList *people;
  StewardRecordList *bodies;
  StewardRecordList *duties;
  StewardRecordList *memberships;
  StewardRecordList *reviews;
  StewardRecordList *history;
  StewardEvaluationList *evaluations;
  StewardRecordList *contacts;
  StewardRecordList *register_reviews;
  StewardRecordList *org_changes;
  StewardRecordList *active_actions;
  StewardRecordList *media;
  StewardRecordList *projects;
  StewardRecordList *handovers;
  StewardRecordList *open_findings;
  StewardRecordList *next_meetings;
  StewardRecordList *review_meetings;  /* every management review */
  StewardRecordList *draft_minutes;
  GPtrArray         *record_rows;   /* the lines made from records, not the template */
  guint              deferred_idle_id;
  guint              n_attention;
  guint              n_record_lines;

  AdwPreferencesGroup *attention_group;
  AdwActionRow      *all_good_row;
  AdwActionRow      *roster_due_row;
  AdwActionRow      *lead_row;
  AdwActionRow      *contact_row;
  AdwActionRow      *duties_row;
  GtkLabel          *people_count;
  GtkLabel          *bodies_count;
  GtkLabel          *objectives_count;
  GtkLabel          *actions_count;
  GtkLabel          *findings_count;
  GtkLabel          *contacts_count;
  AdwActionRow      *next_meeting_row;
  GtkListBox        *history_list;
};

G_DEFINE_FINAL_TYPE (StewardOverviewPage, steward_overview_page, STEWARD_TYPE_PAGE)


static gboolean
is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static guint
count_people_without_contact (GListModel *people)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (people, i);

      if (is_blank (steward_person_get_email (person)) || is_blank (steward_person_get_phone (person)))
        n++;
    }

  return n;
}

static guint
count_bodies_without_duties (GListModel *bodies,
                             GListModel *duties)
{
  g_autoptr(GHashTable) with_duties = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(StewardDuty) duty = g_list_model_get_item (duties, i);

      g_hash_table_add (with_duties, g_memdup2 (&(gint64){ steward_duty_get_body_id (duty) }, sizeof (gint64)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (bodies, i);
      gint64 id = steward_record_get_id (STEWARD_RECORD (body));

      if (steward_body_get_retired_on (body) == NULL && !g_hash_table_contains (with_duties, &id))
        n++;
    }

  return n;
}

static void
update_attention (StewardOverviewPage *self)
{
  guint n_people = self->people ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;
  guint n_bodies = self->bodies ? g_list_model_get_n_items (G_LIST_MODEL (self->bodies)) : 0;
  guint no_contact = self->people ? count_people_without_contact (G_LIST_MODEL (self->people)) : 0;
  guint no_duties = self->bodies ? count_bodies_without_duties (G_LIST_MODEL (self->bodies),
                                                                G_LIST_MODEL (self->duties)) : 0;
  g_autofree char *people_text = g_strdup_printf ("%u", n_people);
  g_autofree char *bodies_text = g_strdup_printf ("%u", n_bodies);
  g_autofree char *contact_title = NULL;
  g_autofree char *duties_title = NULL;

  gtk_label_set_label (self->people_count, people_text);
  gtk_label_set_label (self->bodies_count, bodies_text);

  contact_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u person has no phone number or e-mail address",
                                                "%u people have no phone number or e-mail address",
                                                no_contact),
                                   no_contact);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_row), contact_title);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), no_contact > 0);

  duties_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u body has no duties",
                                               "%u bodies have no duties",
                                               no_duties),
                                  no_duties);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duties_row), duties_title);
  gtk_widget_set_visible (GTK_WIDGET (self->duties_row), no_duties > 0);

  {
    g_autoptr(GDate) today = steward_date_new_today ();
    g_autoptr(GDate) last = NULL;
    gboolean due = self->reviews != NULL &&
                   steward_roster_review_is_due (G_LIST_MODEL (self->reviews), today, &last);
    g_autoptr(GPtrArray) leaderless = self->bodies != NULL
      ? steward_roster_bodies_without_lead (G_LIST_MODEL (self->bodies), G_LIST_MODEL (self->memberships), today)
      : g_ptr_array_new ();
    g_autofree char *lead_title = NULL;

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->roster_due_row),
                                   last == NULL ? _("The roster has never been reviewed")
                                                : _("The roster is due for its yearly review"));
    gtk_widget_set_visible (GTK_WIDGET (self->roster_due_row), due);

    lead_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u body has no convener or lead",
                                               "%u bodies have no convener or lead",
                                               leaderless->len),
                                  leaderless->len);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->lead_row), lead_title);
    gtk_widget_set_visible (GTK_WIDGET (self->lead_row), leaderless->len > 0);

    self->n_attention = (no_contact > 0) + (no_duties > 0) + due + (leaderless->len > 0) +
                        self->n_record_lines;
  }
  gtk_widget_set_visible (GTK_WIDGET (self->all_good_row), self->n_attention == 0);
}

static GtkWidget *
add_record_line (StewardOverviewPage *self,
                    const char          *title,
                    const char          *subtitle,
                    const char          *place,
                    const char          *icon_name,
                    const char          *style)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-place");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", place);
  gtk_widget_add_css_class (icon, style);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  adw_preferences_group_add (self->attention_group, row);
  g_ptr_array_add (self->record_rows, row);

  return row;
}

/* A line for each register due for its yearly review (5.2), and one for
 * the external contacts not verified for a year (5.5). */
static guint
add_context_lines (StewardOverviewPage *self)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GPtrArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  guint n_lines = 0;
  guint n_contacts;

  if (db == NULL || self->contacts == NULL)
    return 0;

  statuses = steward_context_register_statuses (db, today, g_settings_get_enum (self->settings, "calendar"), &error);
  if (statuses == NULL)
    g_warning ("Could not tell which registers are due: %s", error->message);

  for (guint i = 0; statuses != NULL && i < statuses->len; i++)
    {
      StewardRegisterStatus *status = g_ptr_array_index (statuses, i);
      g_autofree char *title = NULL;

      if (!steward_register_status_get_due (status))
        continue;

      /* TRANSLATORS: an Overview line; %s is a register, such as "Interested parties" */
      title = g_strdup_printf (_("%s: due for the yearly review"),
                               steward_register_to_string (steward_register_status_get_register (status)));
      add_record_line (self, title, steward_register_status_get_reason (status),
                          "context/reviews", "dialog-warning-symbolic", "warning");
      n_lines++;
    }

  n_contacts = steward_context_count_contacts_due (G_LIST_MODEL (self->contacts), today);
  if (n_contacts > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u external contact not verified for over a year",
                                                             "%u external contacts not verified for over a year",
                                                             n_contacts),
                                                n_contacts);

      add_record_line (self, title, _("The ISMS management team keeps the external contacts list up to date (5.5)."),
                          "contacts/contacts", "dialog-warning-symbolic", "warning");
      n_lines++;
    }

  return n_lines;
}

/* Up to MAX_OBJECTIVE_LINES lines for the records of @model that
 * @describe gives a title, each linking to its record on @page, then one
 * line for the rest, @more_what. */
typedef char *(*DescribeFunc) (StewardOverviewPage *self,
                               gpointer             record,
                               const GDate         *today,
                               char               **subtitle);

static guint
add_lines_for (StewardOverviewPage *self,
               GListModel          *model,
               DescribeFunc         describe,
               const char          *page,
               const char          *more_what,
               const char          *icon_name,
               const char          *style)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  guint n_lines = 0, n_more = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardRecord) record = g_list_model_get_item (model, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *title = describe (self, record, today, &subtitle);
      g_autofree char *place = NULL;

      if (title == NULL)
        continue;
      if (n_lines == MAX_OBJECTIVE_LINES)
        {
          n_more++;
          continue;
        }

      place = g_strdup_printf ("%s#%" G_GINT64_FORMAT, page, steward_record_get_id (record));
      add_record_line (self, title, subtitle, place, icon_name, style);
      n_lines++;
    }

  if (n_more > 0)
    {
      /* TRANSLATORS: an Overview line after the first few of a kind */
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more", n_more), n_more);

      add_record_line (self, title, more_what, page, icon_name, style);
      n_lines++;
    }

  return n_lines;
}

static char *
format_day (StewardOverviewPage *self,
            const GDate         *date)
{
  return steward_date_format (date, g_settings_get_enum (self->settings, "calendar"));
}

static char *
describe_overdue_action (StewardOverviewPage *self,
                         gpointer             record,
                         const GDate         *today,
                         char               **subtitle)
{
  StewardActionItem *action = record;
  g_autofree char *due = NULL;
  g_autofree char *source = NULL;

  if (!steward_action_is_overdue (action, today))
    return NULL;

  due = format_day (self, steward_action_item_get_due_date (action));
  source = steward_action_dup_source_label (action);
  /* TRANSLATORS: an overdue action's due date and where it came from */
  *subtitle = g_strdup_printf (_("Due %s · %s"), due, source);
  /* TRANSLATORS: an Overview line; %s is what the action is */
  return g_strdup_printf (_("Overdue: %s"), steward_action_item_get_title (action));
}

static char *
describe_blocked_media (StewardOverviewPage *self,
                        gpointer             record,
                        const GDate         *today,
                        char               **subtitle)
{
  StewardCommunication *communication = record;

  if (!steward_communication_is_blocked (communication))
    return NULL;

  *subtitle = g_strdup (_("A media statement is released only after the deputy director’s approval (5.7.3)."));
  /* TRANSLATORS: an Overview line; %s is the subject of a media statement */
  return g_strdup_printf (_("Awaiting approval: %s"), steward_communication_get_subject (communication));
}

static char *
describe_project_risk_due (StewardOverviewPage *self,
                           gpointer             record,
                           const GDate         *today,
                           char               **subtitle)
{
  StewardProject *project = record;
  g_autofree char *start = NULL;

  if (!steward_project_is_risk_due (project, today))
    return NULL;

  start = format_day (self, steward_project_get_start_date (project));
  /* TRANSLATORS: %s is the date a project started */
  *subtitle = g_strdup_printf (_("Started on %s; a project is assessed for risk at its start (5.8)."), start);
  /* TRANSLATORS: an Overview line; %s is a project */
  return g_strdup_printf (_("No risk assessment: %s"), steward_project_get_name (project));
}

static char *
describe_open_handover (StewardOverviewPage *self,
                        gpointer             record,
                        const GDate         *today,
                        char               **subtitle)
{
  StewardHandover *handover = record;
  g_autofree char *day = NULL;

  if (!steward_handover_is_open (handover))
    return NULL;

  day = format_day (self, steward_handover_get_handed_on (handover));
  *subtitle = g_strdup (_("The supervisor authorises a hand-over and the receiver accepts responsibility (3.10)."));
  /* TRANSLATORS: an Overview line: the date, who hands over, who receives */
  return g_strdup_printf (_("Hand-over of %s not complete: %s to %s"), day,
                          steward_handover_get_from_party (handover), steward_handover_get_to_party (handover));
}

/* The management reviews: minutes still a draft after the meeting, and
 * a year without a review. */
static guint
add_review_lines (StewardOverviewPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) lines = NULL;

  if (self->review_meetings == NULL)
    return 0;

  lines = steward_overview_review_lines (G_LIST_MODEL (self->review_meetings), G_LIST_MODEL (self->draft_minutes),
                                         now, g_settings_get_enum (self->settings, "calendar"));
  for (guint i = 0; i < lines->len; i++)
    {
      StewardOverviewLine *line = g_ptr_array_index (lines, i);

      add_record_line (self, line->title, line->subtitle, line->place, line->icon_name, line->style);
    }

  return lines->len;
}

/* The follow-up: overdue actions, the actions due this month, media
 * statements waiting for approval, projects without a risk assessment and
 * hand-overs not yet authorised or accepted. */
static guint
add_follow_up_lines (StewardOverviewPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  guint n_lines = 0;
  guint n_due = 0;

  if (self->active_actions == NULL)
    return 0;

  n_lines += add_lines_for (self, G_LIST_MODEL (self->active_actions), describe_overdue_action, "actions/actions",
                            _("Overdue actions"), "dialog-error-symbolic", "error");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->active_actions)); i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (G_LIST_MODEL (self->active_actions), i);

      n_due += steward_action_is_due_this_month (action, today) && !steward_action_is_overdue (action, today);
    }
  if (n_due > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u action due this month",
                                                             "%u actions due this month", n_due), n_due);

      add_record_line (self, title, _("Follow-up items (跟催) due before the end of the month."),
                       "actions/actions", "alarm-symbolic", "warning");
      n_lines++;
    }

  n_lines += add_lines_for (self, G_LIST_MODEL (self->media), describe_blocked_media, "communications/communications",
                            _("Media statements awaiting approval"), "dialog-warning-symbolic", "warning");
  n_lines += add_lines_for (self, G_LIST_MODEL (self->projects), describe_project_risk_due, "projects/projects",
                            _("Projects without a risk assessment"), "dialog-warning-symbolic", "warning");
  n_lines += add_lines_for (self, G_LIST_MODEL (self->handovers), describe_open_handover, "handovers/handovers",
                            _("Hand-overs not complete"), "dialog-warning-symbolic", "warning");

  return n_lines;
}

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
}

/* The next management review (found among every review) from today on. */
static StewardReview *
find_next_review (StewardOverviewPage *self,
                  GDateTime           *today)
{
  GListModel *reviews = G_LIST_MODEL (self->review_meetings);
  StewardReview *next = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(StewardReview) review = g_list_model_get_item (reviews, i);
      GDateTime *starts = steward_review_get_starts_at (review);

      if (starts == NULL || g_date_time_compare (starts, today) < 0)
        continue;
      if (next == NULL || g_date_time_compare (starts, steward_review_get_starts_at (next)) < 0)
        g_set_object (&next, review);
    }

  return next;
}

/* The next meeting, a management review or one across units, whichever
 * comes first. */
static void
show_next_meeting (StewardOverviewPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(StewardMeeting) meeting = NULL;
  g_autoptr(StewardReview) review = find_next_review (self, today);
  GDateTime *starts;
  const char *topic, *where;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *place = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->next_meetings)) > 0)
    meeting = g_list_model_get_item (G_LIST_MODEL (self->next_meetings), 0);
  if (meeting != NULL && review != NULL &&
      g_date_time_compare (steward_meeting_get_starts_at (meeting), steward_review_get_starts_at (review)) < 0)
    g_clear_object (&review);

  if (review != NULL)
    {
      starts = steward_review_get_starts_at (review);
      topic = steward_review_get_title (review);
      where = steward_review_get_place (review);
      place = g_strdup_printf ("reviews/reviews#%" G_GINT64_FORMAT, steward_record_get_id (STEWARD_RECORD (review)));
    }
  else if (meeting != NULL)
    {
      starts = steward_meeting_get_starts_at (meeting);
      topic = steward_meeting_get_topic (meeting);
      where = steward_meeting_get_place (meeting);
      place = g_strdup_printf ("communications/meetings#%" G_GINT64_FORMAT, steward_record_get_id (STEWARD_RECORD (meeting)));
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->next_meeting_row), FALSE);
      return;
    }

  when = steward_date_time_format (starts, g_settings_get_enum (self->settings, "calendar"));
  /* TRANSLATORS: the next meeting: its topic, when, and where */
  subtitle = g_strdup_printf (_("%s · %s · %s"), topic, when, where != NULL ? where : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->next_meeting_row), subtitle);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->next_meeting_row), "s", place);
  gtk_widget_set_visible (GTK_WIDGET (self->next_meeting_row), TRUE);
}

/* The glance of the registers read after the first frame: "…" until then. */
static void
update_glance (StewardOverviewPage *self)
{
  GListModel *model;
  g_autofree char *objectives = NULL;
  guint met = 0, n = 0;

  if (self->evaluations == NULL)
    {
      GtkLabel *labels[] = { self->objectives_count, self->actions_count, self->findings_count, self->contacts_count };

      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        gtk_label_set_label (labels[i], "…");
      gtk_widget_set_visible (GTK_WIDGET (self->next_meeting_row), FALSE);
      return;
    }

  model = G_LIST_MODEL (self->evaluations);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardEvaluation) evaluation = g_list_model_get_item (model, i);
      const StewardPeriodResult *latest = steward_evaluation_get_latest (evaluation);

      met += latest != NULL && latest->verdict == STEWARD_VERDICT_MET;
    }
  /* TRANSLATORS: objectives on target, of all objectives: "6 / 8" */
  objectives = g_strdup_printf (_("%u / %u"), met, n);
  gtk_label_set_label (self->objectives_count, objectives);
  set_count (self->actions_count, g_list_model_get_n_items (G_LIST_MODEL (self->active_actions)));
  set_count (self->findings_count, g_list_model_get_n_items (G_LIST_MODEL (self->open_findings)));
  set_count (self->contacts_count, g_list_model_get_n_items (G_LIST_MODEL (self->contacts)));

  show_next_meeting (self);
}

/* A line for each objective off target or with a measurement due, then
 * the context's. */
static void
update_record_lines (StewardOverviewPage *self)
{
  GListModel *model = self->evaluations != NULL ? G_LIST_MODEL (self->evaluations) : NULL;
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  guint n_lines = 0, n_more = 0;

  for (guint i = 0; i < self->record_rows->len; i++)
    adw_preferences_group_remove (self->attention_group, g_ptr_array_index (self->record_rows, i));
  g_ptr_array_set_size (self->record_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardEvaluation) evaluation = g_list_model_get_item (model, i);
      StewardObjective *objective = steward_evaluation_get_objective (evaluation);
      const StewardPeriodResult *latest = steward_evaluation_get_latest (evaluation);
      guint n_due = steward_evaluation_count_due (evaluation);
      gboolean off = steward_evaluation_is_off_target (evaluation);
      g_autofree char *place = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (!off && n_due == 0)
        continue;
      if (n_lines == MAX_OBJECTIVE_LINES)
        {
          n_more++;
          continue;
        }

      place = g_strdup_printf ("objectives/tracker#%" G_GINT64_FORMAT,
                               steward_record_get_id (STEWARD_RECORD (objective)));
      if (off)
        {
          g_autofree char *value = steward_format_value (latest->value, steward_objective_get_kpi_unit (objective));
          g_autofree char *target = steward_evaluation_dup_target_text (evaluation, &latest->start);
          g_autofree char *period = steward_period_format (steward_objective_get_frequency (objective), &latest->start,
                                                           g_settings_get_enum (self->settings, "calendar"));

          /* TRANSLATORS: an Overview line; %s is an objective's indicator */
          title = g_strdup_printf (_("“%s” is off target"), steward_objective_get_kpi_name (objective));
          /* TRANSLATORS: the latest value, its period and the target it missed */
          subtitle = g_strdup_printf (_("%s in %s, target %s"), value, period, target);
          if (n_due > 0)
            {
              g_autofree char *with_due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                        "%s; %u measurement due",
                                                                        "%s; %u measurements due", n_due),
                                                           subtitle, n_due);
              g_free (subtitle);
              subtitle = g_steal_pointer (&with_due);
            }
          add_record_line (self, title, subtitle, place, "dialog-error-symbolic", "error");
        }
      else
        {
          title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "“%s”: %u measurement due",
                                                "“%s”: %u measurements due", n_due),
                                   steward_objective_get_kpi_name (objective), n_due);
          add_record_line (self, title, _("A period has ended without a value in the measurement table (5.4.2.4.4)."),
                              place, "dialog-warning-symbolic", "warning");
        }
      n_lines++;
    }

  if (n_more > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u more objective needs attention",
                                                             "%u more objectives need attention", n_more),
                                                n_more);

      add_record_line (self, title, _("Off target or with measurements due"),
                          "objectives/tracker", "dialog-warning-symbolic", "warning");
      n_lines++;
    }

  n_lines += add_context_lines (self);
  n_lines += add_follow_up_lines (self);
  n_lines += add_review_lines (self);

  self->n_record_lines = n_lines;
  update_glance (self);
  update_attention (self);
}

static void
on_deferred_changed_cb (GListModel          *model,
                           guint                position,
                           guint                removed,
                           guint                added,
                           StewardOverviewPage *self)
{
  update_record_lines (self);
}

static GtkWidget *create_history_row (gpointer item,
                                      gpointer user_data);

/* The objectives, the context registers and the recent changes are read
 * once the window is up: start-up does not wait for ten years of
 * measurements and contacts, nor lay out the changes at the foot of the
 * page. */
static gboolean
load_deferred_cb (gpointer user_data)
{
  StewardOverviewPage *self = user_data;
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));

  self->deferred_idle_id = 0;
  if (db != NULL)
    {
      {
        g_autoptr(StewardQuery) recent = steward_query_new ();

        steward_query_order_by (recent, "id", TRUE);
        steward_query_set_limit (recent, N_RECENT_CHANGES);
        self->history = steward_record_list_new (db, STEWARD_TYPE_HISTORY_ENTRY, recent);
        gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history),
                                 create_history_row, self, NULL);
      }
      self->evaluations = steward_evaluation_list_new (db);
      g_signal_connect (self->evaluations, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
      /* What the context's lines are made from, or depend on. */
      self->contacts = steward_record_list_new (db, STEWARD_TYPE_CONTACT, NULL);
      self->register_reviews = steward_record_list_new (db, STEWARD_TYPE_REGISTER_REVIEW, NULL);
      self->org_changes = steward_record_list_new (db, STEWARD_TYPE_ORG_CHANGE, NULL);
      g_signal_connect (self->contacts, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
      g_signal_connect (self->register_reviews, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
      g_signal_connect (self->org_changes, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
      {
        g_autoptr(StewardQuery) active = steward_query_new ();
        g_autoptr(StewardQuery) media = steward_query_new ();
        g_autoptr(StewardQuery) unassessed = steward_query_new ();

        steward_query_where_string (active, "status", STEWARD_QUERY_NOT_EQUAL, "done");
        steward_query_where_string (active, "status", STEWARD_QUERY_NOT_EQUAL, "cancelled");
        steward_query_order_by (active, "due_date", FALSE);
        steward_query_where_string (media, "kind", STEWARD_QUERY_EQUAL, "media");
        steward_query_where (unassessed, "risk_assessed_on", STEWARD_QUERY_IS_NULL, NULL);
        self->active_actions = steward_record_list_new (db, STEWARD_TYPE_ACTION_ITEM, active);
        self->media = steward_record_list_new (db, STEWARD_TYPE_COMMUNICATION, media);
        self->projects = steward_record_list_new (db, STEWARD_TYPE_PROJECT, unassessed);
        self->handovers = steward_record_list_new (db, STEWARD_TYPE_HANDOVER, NULL);
        g_signal_connect (self->active_actions, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
        g_signal_connect (self->media, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
        g_signal_connect (self->projects, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
        g_signal_connect (self->handovers, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
      }
      {
        g_autoptr(StewardQuery) open = steward_query_new ();
        g_autoptr(StewardQuery) upcoming = steward_query_new ();
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();
        /* From today on: the times are stored with their own offset, so a
         * day, which sorts before every time of it, is the safe bound. */
        g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d");

        steward_query_where (open, "closed_on", STEWARD_QUERY_IS_NULL, NULL);
        steward_query_where_string (upcoming, "starts_at", STEWARD_QUERY_GREATER_OR_EQUAL, now_text);
        steward_query_order_by (upcoming, "starts_at", FALSE);
        steward_query_set_limit (upcoming, 1);
        self->open_findings = steward_record_list_new (db, STEWARD_TYPE_FINDING, open);
        self->next_meetings = steward_record_list_new (db, STEWARD_TYPE_MEETING, upcoming);
        g_signal_connect (self->open_findings, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
        g_signal_connect (self->next_meetings, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
      }
      {
        g_autoptr(StewardQuery) drafts = steward_query_new ();

        steward_query_where_string (drafts, "status", STEWARD_QUERY_EQUAL, "draft");
        self->review_meetings = steward_record_list_new (db, STEWARD_TYPE_REVIEW, NULL);
        self->draft_minutes = steward_record_list_new (db, STEWARD_TYPE_MINUTES, drafts);
        g_signal_connect (self->review_meetings, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
        g_signal_connect (self->draft_minutes, "items-changed", G_CALLBACK (on_deferred_changed_cb), self);
      }
      update_record_lines (self);
    }

  return G_SOURCE_REMOVE;
}

/**
 * steward_overview_page_get_n_attention:
 *
 * Returns: how many lines of "Needs Attention" are showing
 */
guint
steward_overview_page_get_n_attention (StewardOverviewPage *self)
{
  g_return_val_if_fail (STEWARD_IS_OVERVIEW_PAGE (self), 0);

  return self->n_attention;
}

static void
on_items_changed_cb (GListModel          *model,
                     guint                position,
                     guint                removed,
                     guint                added,
                     StewardOverviewPage *self)
{
  update_attention (self);
}

static char *
describe_change (const char *table,
                 const char *action)
{
  static const struct { const char *table; const char *action; const char *text; } texts[] = {
    { "person", "insert", N_("Person added") },
    { "person", "update", N_("Person changed") },
    { "person", "delete", N_("Person deleted") },
    { "body", "insert", N_("Body added") },
    { "body", "update", N_("Body changed") },
    { "body", "delete", N_("Body deleted") },
    { "duty", "insert", N_("Duty added") },
    { "duty", "update", N_("Duty changed") },
    { "duty", "delete", N_("Duty deleted") },
    { "membership", "insert", N_("Role given") },
    { "membership", "update", N_("Role changed") },
    { "membership", "delete", N_("Role deleted") },
    { "roster_review", "insert", N_("Roster reviewed") },
    { "objective", "insert", N_("Objective added") },
    { "objective", "update", N_("Objective changed") },
    { "objective", "delete", N_("Objective deleted") },
    { "objective_target", "insert", N_("Target level set") },
    { "objective_target", "update", N_("Target level changed") },
    { "objective_target", "delete", N_("Target level deleted") },
    { "objective_plan", "insert", N_("Plan added") },
    { "objective_plan", "update", N_("Plan changed") },
    { "objective_plan", "delete", N_("Plan deleted") },
    { "measurement", "insert", N_("Measurement recorded") },
    { "measurement", "update", N_("Measurement changed") },
    { "measurement", "delete", N_("Measurement deleted") },
  };
  static const struct { const char *table; const char *noun; } nouns[] = {
    { "context_issue", N_("Issue") },
    { "party", N_("Interested party") },
    { "party_requirement", N_("Requirement of an interested party") },
    { "party_feedback", N_("Feedback of an interested party") },
    { "contact", N_("External contact") },
    { "register_review", N_("Register review") },
    { "org_change", N_("Organizational change") },
    { "scope_version", N_("Scope version") },
    { "action_item", N_("Action") },
    { "action_progress", N_("Progress note") },
    { "communication", N_("Communication") },
    { "meeting", N_("Meeting") },
    { "audit", N_("Audit") },
    { "finding", N_("Finding") },
    { "risk_result", N_("Risk assessment result") },
    { "project", N_("Project") },
    { "project_review", N_("Project security review") },
    { "project_role", N_("Project role") },
    { "handover", N_("Hand-over") },
    { "handover_item", N_("Hand-over item") },
    { "review", N_("Management review") },
    { "review_attendee", N_("Attendee of a management review") },
    { "review_item", N_("Agenda item of a management review") },
    { "review_decision", N_("Decision of a management review") },
    { "minutes", N_("Minutes") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (g_strcmp0 (texts[i].table, table) == 0 && g_strcmp0 (texts[i].action, action) == 0)
      return g_strdup (_(texts[i].text));

  /* The other registers: the kind of record, and what was done to it. */
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (g_strcmp0 (nouns[i].table, table) == 0)
      {
        const char *noun = _(nouns[i].noun);

        if (g_strcmp0 (action, "insert") == 0)
          /* TRANSLATORS: a recent change; %s is a kind of record, such as "Contact" */
          return g_strdup_printf (_("%s added"), noun);
        if (g_strcmp0 (action, "delete") == 0)
          /* TRANSLATORS: a recent change; %s is a kind of record, such as "Contact" */
          return g_strdup_printf (_("%s deleted"), noun);
        /* TRANSLATORS: a recent change; %s is a kind of record, such as "Contact" */
        return g_strdup_printf (_("%s changed"), noun);
      }

  return g_strdup (_("Record changed"));
}

/* The name of what changed, from the JSON the store wrote. */
static char *
dup_record_label (StewardHistoryEntry *entry)
{
  /* The column that names a record of each table. */
  static const char * const names[] = { "name", "text", "kpi_name", "activities", "reviewer", "period_start",
                                        "title", "subject", "topic", "description", "organization", "content",
                                        "statement", "scope", "role", "note" };
  const char *json = steward_history_entry_get_new_values (entry);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  if (json == NULL)
    json = steward_history_entry_get_old_values (entry);
  if (json == NULL || (node = json_from_string (json, NULL)) == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (json_object_has_member (object, names[i]) && !json_object_get_null_member (object, names[i]))
      {
        const char *value = json_object_get_string_member (object, names[i]);
        g_autofree char *first_line = NULL;

        /* A document kept as JSON (the minutes' content) names nothing. */
        if (value == NULL || value[0] == '{' || value[0] == '[')
          return NULL;

        /* The row shows one line, ellipsized: only the first words of the
         * first line are given to it, since a label lays out all of its
         * text, and the minutes' or a long note's tens of thousands of
         * characters took a quarter of a second at start-up. */
        first_line = g_strndup (value, strcspn (value, "\n"));
        return steward_form_dup_excerpt (first_line, MAX_LABEL_CHARS);
      }

  return NULL;
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  StewardOverviewPage *self = user_data;
  StewardHistoryEntry *entry = item;
  g_autofree char *label = dup_record_label (entry);
  g_autofree char *change = describe_change (steward_history_entry_get_table_name (entry),
                                             steward_history_entry_get_action (entry));
  g_autofree char *when = steward_date_time_format (steward_history_entry_get_at (entry),
                                                    g_settings_get_enum (self->settings, "calendar"));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (label != NULL)
    /* TRANSLATORS: what changed, then the name of the record */
    title = g_strdup_printf (_("%s: %s"), change, label);
  else
    title = g_steal_pointer (&change);

  /* TRANSLATORS: who made a change, and when */
  subtitle = g_strdup_printf (_("%s · %s"), steward_history_entry_get_user_name (entry), when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* One line each, ellipsized: a wrapping label costs a height-for-width
   * measure at every layout. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  return row;
}

static void
on_calendar_changed_cb (GSettings           *settings,
                        const char          *key,
                        StewardOverviewPage *self)
{
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history),
                           self->history ? create_history_row : NULL, self, NULL);
  update_record_lines (self);
}

static void
clear_lists (StewardOverviewPage *self)
{
  StewardRecordList **lists[] = { &self->people, &self->bodies, &self->duties, &self->memberships, &self->reviews };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (*lists[i] != NULL)
        g_signal_handlers_disconnect_by_func (*lists[i], on_items_changed_cb, self);
      g_clear_object (lists[i]);
    }

  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->history);

  g_clear_handle_id (&self->deferred_idle_id, g_source_remove);
  {
    GObject **deferred[] = { (GObject **) &self->evaluations, (GObject **) &self->contacts,
                             (GObject **) &self->register_reviews, (GObject **) &self->org_changes,
                             (GObject **) &self->active_actions, (GObject **) &self->media,
                             (GObject **) &self->projects, (GObject **) &self->handovers,
                             (GObject **) &self->open_findings, (GObject **) &self->next_meetings,
                             (GObject **) &self->review_meetings, (GObject **) &self->draft_minutes };

    for (guint i = 0; i < G_N_ELEMENTS (deferred); i++)
      {
        if (*deferred[i] != NULL)
          g_signal_handlers_disconnect_by_func (*deferred[i], on_deferred_changed_cb, self);
        g_clear_object (deferred[i]);
      }
  }
}

static StewardRecordList *
watch_list (StewardOverviewPage *self,
            GType                type,
            StewardQuery        *query)
{
  StewardRecordList *list = steward_record_list_new (steward_page_get_database (STEWARD_PAGE (self)), type, query);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  return list;
}

static void
steward_overview_page_database_changed (StewardPage     *page,
                                        StewardDatabase *db)
{
  StewardOverviewPage *self = STEWARD_OVERVIEW_PAGE (page);

  clear_lists (self);

  if (db != NULL)
    {
      self->people = watch_list (self, STEWARD_TYPE_PERSON, NULL);
      self->bodies = watch_list (self, STEWARD_TYPE_BODY, NULL);
      self->duties = watch_list (self, STEWARD_TYPE_DUTY, NULL);
      self->memberships = watch_list (self, STEWARD_TYPE_MEMBERSHIP, NULL);
      {
        /* Only the latest review tells whether one is due: the others, with
         * their snapshots, are not read at start-up. */
        g_autoptr(StewardQuery) latest = steward_query_new ();

        steward_query_order_by (latest, "reviewed_on", TRUE);
        steward_query_set_limit (latest, 1);
        self->reviews = watch_list (self, STEWARD_TYPE_ROSTER_REVIEW, latest);
      }

      self->deferred_idle_id = g_idle_add_full (G_PRIORITY_LOW, load_deferred_cb, self, NULL);
    }

  update_record_lines (self);
}

static void
steward_overview_page_dispose (GObject *object)
{
  StewardOverviewPage *self = (StewardOverviewPage *)object;

  if (self->history_list != NULL)
    clear_lists (self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->record_rows, g_ptr_array_unref);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_overview_page_parent_class)->dispose (object);
}



static void
steward_overview_page_class_init (StewardOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_overview_page_dispose;
  page_class->database_changed = steward_overview_page_database_changed;


  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, all_good_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, roster_due_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, lead_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, duties_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, people_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, bodies_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, objectives_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, actions_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, findings_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, contacts_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, next_meeting_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, history_list);
}

static void
steward_overview_page_init (StewardOverviewPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->record_rows = g_ptr_array_new ();
  placeholder = gtk_label_new (_("No changes yet."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->history_list, placeholder);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar",
                           G_CALLBACK (on_calendar_changed_cb), self, 0);

  update_attention (self);
}
