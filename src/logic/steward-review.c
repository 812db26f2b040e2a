/* steward-review.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "steward-review.h"

/* The management review's rules (5.4): the meeting and its agenda, the
 * completeness and document control of its minutes (5.4.3), and the
 * decisions that become follow-up items (9.3.3). Everything is read and
 * written through the records; the triggers of the schema keep issued
 * minutes unchanged even if a caller forgets to ask. */

/* Where the document number of new minutes comes from, as the roster's
 * and the measurement table's come from theirs. */
#define DOCUMENT_NUMBER_KEY "minutes-document-number"

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static GDate *
dup_day (GDateTime *date_time)
{
  return g_date_new_dmy (g_date_time_get_day_of_month (date_time), g_date_time_get_month (date_time),
                         g_date_time_get_year (date_time));
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

/* The records of @type that belong to meeting @review_id, in @order. */
static GPtrArray *
load_of_review (StewardDatabase  *db,
                GType             type,
                gint64            review_id,
                const char       *order,
                GError          **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  if (order != NULL)
    steward_query_order_by (query, order, FALSE);
  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (db, type, query, collect_cb, records, error))
    return NULL;

  return g_steal_pointer (&records);
}

/* Copies @found into @problems and sets @error to the first of them. */
static gboolean
report_problems (GPtrArray  *found,
                 GPtrArray  *problems,
                 GError    **error)
{
  StewardProblem *first;

  if (found->len == 0)
    return TRUE;

  if (problems != NULL)
    for (guint i = 0; i < found->len; i++)
      {
        StewardProblem *problem = g_ptr_array_index (found, i);

        steward_record_add_problem (problems, problem->property, problem->message);
      }

  first = g_ptr_array_index (found, 0);
  g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID, first->message);

  return FALSE;
}

/* An empty array of problems that frees them as steward_record_validate()'s do. */
static GPtrArray *
new_problems (StewardRecord *record)
{
  GPtrArray *problems = steward_record_validate (record);

  g_ptr_array_set_size (problems, 0);

  return problems;
}

static gboolean
check_unlocked (StewardDatabase  *db,
                gint64            review_id,
                GError          **error)
{
  if (!steward_review_is_locked (db, review_id))
    return TRUE;

  g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_READ_ONLY,
                       _("These minutes are issued; start a correction to change them."));
  return FALSE;
}

/* Numbering */

/**
 * steward_review_next_number:
 * @year: the Gregorian year of the meeting
 *
 * Returns: the number the next meeting of @kind in @year gets: one more
 *   than the highest so far, 1 for the first; 0 with @error set
 */
int
steward_review_next_number (StewardDatabase    *db,
                            StewardReviewKind   kind,
                            int                 year,
                            GError            **error)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) query = steward_query_new ();
  int highest = 0;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), 0);

  steward_query_where_int64 (query, "year", STEWARD_QUERY_EQUAL, year);
  steward_query_where_string (query, "kind", STEWARD_QUERY_EQUAL, enum_nick (STEWARD_TYPE_REVIEW_KIND, kind));
  steward_query_order_by (query, "number", TRUE);
  steward_query_set_limit (query, 1);
  if (!steward_record_load_each (db, STEWARD_TYPE_REVIEW, query, collect_cb, reviews, error))
    return 0;

  if (reviews->len > 0)
    highest = steward_review_get_number (g_ptr_array_index (reviews, 0));

  return highest + 1;
}

/**
 * steward_review_dup_default_title:
 * @year: the Gregorian year of the meeting
 * @calendar: the calendar the year is written in
 *
 * Returns: (transfer full): the title a meeting is given: "2026
 *   Management Review No. 1", in Chinese "115年度第1次管理審查會議"
 */
char *
steward_review_dup_default_title (StewardReviewKind kind,
                                  int               year,
                                  int               number,
                                  StewardCalendar   calendar)
{
  int shown = calendar == STEWARD_CALENDAR_ROC ? steward_date_roc_year (year) : year;

  if (kind == STEWARD_REVIEW_EXTRAORDINARY)
    /* TRANSLATORS: the title of an extraordinary meeting: the year (in
     * the ROC calendar for Chinese), then its number in that year, as
     * in "%d年度第%d次臨時會議" */
    return g_strdup_printf (_("%d Extraordinary Meeting No. %d"), shown, number);

  /* TRANSLATORS: the title of a regular management review: the year (in
   * the ROC calendar for Chinese), then its number in that year, as in
   * "%d年度第%d次管理審查會議" */
  return g_strdup_printf (_("%d Management Review No. %d"), shown, number);
}

/* Creating a meeting */

typedef struct
{
  StewardReview *review;
  GArray        *items;
  GArray        *person_ids;
  GPtrArray     *problems;
} CreateData;

static gboolean
create_cb (StewardDatabase  *db,
           gpointer          user_data,
           GError          **error)
{
  CreateData *data = user_data;
  StewardReview *review = data->review;
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autofree char *number = NULL;
  gint64 review_id;

  if (steward_review_get_number (review) == 0)
    {
      int next = steward_review_next_number (db, steward_review_get_kind (review),
                                             steward_review_get_year (review), error);

      if (next == 0)
        return FALSE;
      g_object_set (review, "number", next, NULL);
    }

  if (!steward_record_save (STEWARD_RECORD (review), db, error))
    return FALSE;
  review_id = steward_record_get_id (STEWARD_RECORD (review));

  /* At the item's place in the standard's order, as the editor adds
   * one later: the wizard and the minutes then number them alike. */
  for (guint i = 0; i < data->items->len; i++)
    {
      StewardAgendaItem agenda_item = g_array_index (data->items, StewardAgendaItem, i);
      g_autoptr(StewardReviewItem) item = g_object_new (STEWARD_TYPE_REVIEW_ITEM,
                                                        "review-id", review_id,
                                                        "item", agenda_item,
                                                        "position", (int) agenda_item,
                                                        NULL);

      if (!steward_record_save (STEWARD_RECORD (item), db, error))
        return FALSE;
    }

  for (guint i = 0; i < data->person_ids->len; i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = NULL;

      attendee = steward_review_add_attendee (db, review, g_array_index (data->person_ids, gint64, i),
                                              data->problems, error);
      if (attendee == NULL)
        return FALSE;
    }

  number = steward_database_dup_meta (db, DOCUMENT_NUMBER_KEY);
  minutes = g_object_new (STEWARD_TYPE_MINUTES,
                          "review-id", review_id,
                          "version", 1,
                          "status", STEWARD_MINUTES_DRAFT,
                          "document-number", is_blank (number) ? NULL : number,
                          NULL);

  return steward_record_save (STEWARD_RECORD (minutes), db, error);
}

/**
 * steward_review_create:
 * @review: a new meeting: kind, title, starts-at and what else is known;
 *   year and number are filled in when 0 (the year of starts-at; the next
 *   number of that year and kind)
 * @items: (array length=n_items) (nullable): the agenda of an extraordinary
 *   meeting, at least one item; ignored for a regular one, which has all
 * @person_ids: (element-type gint64) (nullable): whom to invite, each on
 *   the roster on the meeting's day; %NULL for the committee's members
 * @problems: (nullable) (element-type StewardProblem): gets what keeps the
 *   meeting from being made, keyed by @review's properties, "items" and
 *   "person-id"
 *
 * Makes the meeting, its agenda, its attendees and version 1 of its
 * minutes (a draft, with the document number the minutes are filed
 * under) in one transaction. On success @review has its id; on failure
 * nothing is stored and @review is as it was.
 *
 * Returns: whether the meeting was made; %FALSE with @error set
 */
gboolean
steward_review_create (StewardDatabase         *db,
                       StewardReview           *review,
                       const StewardAgendaItem *items,
                       guint                    n_items,
                       GArray                  *person_ids,
                       GPtrArray               *problems,
                       GError                 **error)
{
  g_autoptr(StewardRecord) copy = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) agenda = g_array_new (FALSE, FALSE, sizeof (StewardAgendaItem));
  g_autoptr(GArray) invited = NULL;
  GDateTime *starts;
  CreateData data = { 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (steward_record_get_id (STEWARD_RECORD (review)) == 0, FALSE);
  g_return_val_if_fail (items != NULL || n_items == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Saved from a copy, so that a failure leaves the caller's record
   * without an id that names nothing. */
  copy = steward_record_copy (STEWARD_RECORD (review));
  starts = steward_review_get_starts_at (STEWARD_REVIEW (copy));
  if (starts != NULL && steward_review_get_year (STEWARD_REVIEW (copy)) == 0)
    g_object_set (copy, "year", g_date_time_get_year (starts), NULL);

  found = new_problems (copy);
  {
    g_autoptr(GPtrArray) record_problems = steward_record_validate (copy);

    for (guint i = 0; i < record_problems->len; i++)
      {
        StewardProblem *problem = g_ptr_array_index (record_problems, i);

        /* The number is given when it is saved. */
        if (g_strcmp0 (problem->property, "number") != 0 || steward_review_get_number (review) != 0)
          steward_record_add_problem (found, problem->property, problem->message);
      }
  }

  if (steward_review_get_kind (review) == STEWARD_REVIEW_REGULAR)
    {
      for (int i = 0; i < STEWARD_N_AGENDA_ITEMS; i++)
        g_array_append_val (agenda, i);
    }
  else
    {
      for (guint i = 0; i < n_items; i++)
        {
          StewardAgendaItem item = items[i];
          gboolean known = FALSE;

          g_return_val_if_fail ((int) item >= 0 && item < STEWARD_N_AGENDA_ITEMS, FALSE);
          for (guint j = 0; j < agenda->len && !known; j++)
            known = g_array_index (agenda, StewardAgendaItem, j) == item;
          if (!known)
            g_array_append_val (agenda, item);
        }

      if (agenda->len == 0)
        steward_record_add_problem (found, "items",
                                    _("Choose at least one agenda item for the extraordinary meeting."));
    }

  if (!report_problems (found, problems, error))
    return FALSE;

  if (person_ids != NULL)
    {
      /* Each once, in the order given. */
      invited = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; i < person_ids->len; i++)
        {
          gint64 person_id = g_array_index (person_ids, gint64, i);
          gboolean known = FALSE;

          for (guint j = 0; j < invited->len && !known; j++)
            known = g_array_index (invited, gint64, j) == person_id;
          if (!known)
            g_array_append_val (invited, person_id);
        }
    }
  else
    {
      g_autoptr(GDate) day = dup_day (starts);

      invited = steward_review_default_attendees (db, day, error);
      if (invited == NULL)
        return FALSE;
    }

  data.review = STEWARD_REVIEW (copy);
  data.items = agenda;
  data.person_ids = invited;
  data.problems = problems;
  if (!steward_database_transaction (db, create_cb, &data, error))
    return FALSE;

  steward_record_assign (STEWARD_RECORD (review), copy);

  return TRUE;
}

/* Document control */

static StewardMinutes *
load_minutes (StewardDatabase  *db,
              gint64            review_id,
              gboolean          only_draft,
              GError          **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  if (only_draft)
    steward_query_where_string (query, "status", STEWARD_QUERY_EQUAL,
                                enum_nick (STEWARD_TYPE_MINUTES_STATUS, STEWARD_MINUTES_DRAFT));
  steward_query_order_by (query, "version", TRUE);
  steward_query_set_limit (query, 1);
  if (!steward_record_load_each (db, STEWARD_TYPE_MINUTES, query, collect_cb, found, error))
    return NULL;

  return found->len > 0 ? g_object_ref (g_ptr_array_index (found, 0)) : NULL;
}

/**
 * steward_review_get_draft:
 *
 * Returns: (transfer full) (nullable): the version of the minutes being
 *   written; %NULL when there is none (or with @error set)
 */
StewardMinutes *
steward_review_get_draft (StewardDatabase  *db,
                          gint64            review_id,
                          GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  return load_minutes (db, review_id, TRUE, error);
}

/**
 * steward_review_get_latest_minutes:
 *
 * Returns: (transfer full) (nullable): the newest version of the minutes,
 *   draft or issued; %NULL when there is none (or with @error set)
 */
StewardMinutes *
steward_review_get_latest_minutes (StewardDatabase  *db,
                                   gint64            review_id,
                                   GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  return load_minutes (db, review_id, FALSE, error);
}

/**
 * steward_review_is_locked:
 *
 * Returns: whether the newest minutes of @review_id are issued, so that
 *   nothing the minutes show may change until a correction is begun; a
 *   database that cannot be read counts as locked
 */
gboolean
steward_review_is_locked (StewardDatabase *db,
                          gint64           review_id)
{
  g_autoptr(StewardMinutes) latest = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), TRUE);

  if (review_id <= 0)
    return FALSE;

  latest = load_minutes (db, review_id, FALSE, &error);
  if (error != NULL)
    {
      g_warning ("Cannot read the minutes of review %" G_GINT64_FORMAT ": %s", review_id, error->message);
      return TRUE;
    }

  return latest != NULL && steward_minutes_get_status (latest) == STEWARD_MINUTES_ISSUED;
}

void
steward_review_gap_free (StewardReviewGap *gap)
{
  if (gap == NULL)
    return;

  g_free (gap->page);
  g_free (gap->message);
  g_free (gap);
}

static void
add_gap (GPtrArray  *gaps,
         const char *page,
         const char *message)
{
  StewardReviewGap *gap = g_new0 (StewardReviewGap, 1);

  gap->page = g_strdup (page);
  gap->message = g_strdup (message);
  g_ptr_array_add (gaps, gap);
}

/**
 * steward_review_item_is_done:
 *
 * Returns: whether @item is written up: a discussion or a conclusion, or
 *   "nothing to report" with its reason
 */
gboolean
steward_review_item_is_done (StewardReviewItem *item)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_ITEM (item), FALSE);

  if (steward_review_item_get_nothing_to_report (item))
    return !is_blank (steward_review_item_get_reason (item));

  return !is_blank (steward_review_item_get_discussion (item)) ||
         !is_blank (steward_review_item_get_conclusion (item));
}

/**
 * steward_review_check_complete:
 *
 * What keeps the minutes of @review_id from being issued, the meeting's
 * page first, then the agenda items in their order.
 *
 * Returns: (transfer full) (element-type StewardReviewGap) (nullable): the
 *   gaps, empty when the minutes are complete; %NULL with @error set
 */
GPtrArray *
steward_review_check_complete (StewardDatabase  *db,
                               gint64            review_id,
                               GError          **error)
{
  g_autoptr(GPtrArray) gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) steward_review_gap_free);
  g_autoptr(StewardReview) review = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  guint n_present = 0;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  review = steward_record_load (db, STEWARD_TYPE_REVIEW, review_id, error);
  if (review == NULL)
    return NULL;

  items = load_of_review (db, STEWARD_TYPE_REVIEW_ITEM, review_id, "position", error);
  if (items == NULL)
    return NULL;
  attendees = load_of_review (db, STEWARD_TYPE_REVIEW_ATTENDEE, review_id, "position", error);
  if (attendees == NULL)
    return NULL;

  if (steward_review_get_chair_id (review) <= 0)
    add_gap (gaps, STEWARD_REVIEW_PAGE_MEETING, _("The meeting has no chair: choose who chaired it."));
  if (steward_review_get_secretary_id (review) <= 0)
    add_gap (gaps, STEWARD_REVIEW_PAGE_MEETING, _("The meeting has no secretary: choose who took the minutes."));

  for (guint i = 0; i < attendees->len; i++)
    {
      StewardAttendance attendance = steward_review_attendee_get_attendance (g_ptr_array_index (attendees, i));

      n_present += attendance == STEWARD_ATTENDANCE_PRESENT || attendance == STEWARD_ATTENDANCE_REPRESENTED;
    }
  if (n_present == 0)
    add_gap (gaps, STEWARD_REVIEW_PAGE_MEETING,
             _("Nobody is recorded as present: mark who attended the meeting."));

  for (guint i = 0; i < items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (items, i);
      StewardAgendaItem agenda = steward_review_item_get_item (item);
      const char *title = steward_agenda_item_to_string (agenda);
      g_autofree char *message = NULL;

      if (steward_review_item_is_done (item))
        continue;

      if (steward_review_item_get_nothing_to_report (item))
        /* TRANSLATORS: the title of an agenda item */
        message = g_strdup_printf (_("“%s” is marked as nothing to report, but the reason is missing."), title);
      else
        /* TRANSLATORS: the title of an agenda item */
        message = g_strdup_printf (_("“%s” has neither a discussion nor a conclusion: write it up, or mark "
                                     "it as nothing to report with the reason."), title);
      add_gap (gaps, steward_agenda_item_get_nick (agenda), message);
    }

  return g_steal_pointer (&gaps);
}

/**
 * steward_review_dup_sha256:
 *
 * Returns: (transfer full): the SHA-256 of @pdf, 64 lowercase hex digits
 */
char *
steward_review_dup_sha256 (GBytes *pdf)
{
  g_return_val_if_fail (pdf != NULL, NULL);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
}

/**
 * steward_review_issue:
 * @issued_by: the document controller who issues the minutes
 * @issued_at: (nullable): when; %NULL for now
 * @content: the document of steward_minutes_build(), kept as issued
 * @pdf: the PDF rendered from @content, kept with its SHA-256
 * @problems: (nullable) (element-type StewardProblem): gets each gap of
 *   steward_review_check_complete() keyed by its wizard page, and
 *   "issued-by" when nobody issues them
 *
 * Issues the draft of the minutes of @review_id. From then on the
 * database refuses any change to them and to what they show.
 *
 * Returns: whether the minutes were issued; %FALSE with @error set and
 *   nothing changed
 */
gboolean
steward_review_issue (StewardDatabase  *db,
                      gint64            review_id,
                      const char       *issued_by,
                      GDateTime        *issued_at,
                      JsonObject       *content,
                      GBytes           *pdf,
                      GPtrArray        *problems,
                      GError          **error)
{
  g_autoptr(StewardMinutes) draft = NULL;
  g_autoptr(StewardRecord) copy = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *by = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (content != NULL, FALSE);
  g_return_val_if_fail (pdf != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_unlocked (db, review_id, error))
    return FALSE;

  draft = steward_review_get_draft (db, review_id, error);
  if (draft == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND,
                             _("These minutes have no draft to issue."));
      return FALSE;
    }

  gaps = steward_review_check_complete (db, review_id, error);
  if (gaps == NULL)
    return FALSE;

  found = new_problems (STEWARD_RECORD (draft));
  for (guint i = 0; i < gaps->len; i++)
    {
      StewardReviewGap *gap = g_ptr_array_index (gaps, i);

      steward_record_add_problem (found, gap->page, gap->message);
    }
  if (is_blank (issued_by))
    steward_record_add_problem (found, "issued-by", _("Say who issues the minutes."));
  if (!report_problems (found, problems, error))
    return FALSE;

  by = g_strstrip (g_strdup (issued_by));
  node = json_node_init_object (json_node_alloc (), content);
  text = json_to_string (node, FALSE);
  sha256 = steward_review_dup_sha256 (pdf);
  if (issued_at == NULL)
    issued_at = now = g_date_time_new_now_local ();

  copy = steward_record_copy (STEWARD_RECORD (draft));
  g_object_set (copy,
                "status", STEWARD_MINUTES_ISSUED,
                "issued-by", by,
                "issued-at", issued_at,
                "content", text,
                "pdf", pdf,
                "pdf-sha256", sha256,
                NULL);

  return steward_record_save (copy, db, error);
}

typedef struct
{
  StewardMinutes *latest;
  StewardMinutes *draft;
  const char     *reason;
} CorrectionData;

static gboolean
start_correction_cb (StewardDatabase  *db,
                     gpointer          user_data,
                     GError          **error)
{
  CorrectionData *data = user_data;
  g_autofree char *reason = g_strstrip (g_strdup (data->reason));
  g_autoptr(StewardMinutes) draft = NULL;

  draft = g_object_new (STEWARD_TYPE_MINUTES,
                        "review-id", steward_minutes_get_review_id (data->latest),
                        "version", steward_minutes_get_version (data->latest) + 1,
                        "replaces-id", steward_record_get_id (STEWARD_RECORD (data->latest)),
                        "status", STEWARD_MINUTES_DRAFT,
                        "document-number", steward_minutes_get_document_number (data->latest),
                        "reason", reason,
                        NULL);
  if (!steward_record_save (STEWARD_RECORD (draft), db, error))
    return FALSE;

  data->draft = g_steal_pointer (&draft);

  return TRUE;
}

/**
 * steward_review_start_correction:
 * @reason: what the correction changes, and why
 * @problems: (nullable) (element-type StewardProblem): gets "reason" when
 *   it is blank
 *
 * Begins a correction of the issued minutes of @review_id: a new draft
 * version that replaces the newest issued one, under the same document
 * number. The meeting can be edited again until the correction is
 * issued; the issued versions stay as they were.
 *
 * Returns: (transfer full) (nullable): the new draft, or %NULL with
 *   @error set
 */
StewardMinutes *
steward_review_start_correction (StewardDatabase  *db,
                                 gint64            review_id,
                                 const char       *reason,
                                 GPtrArray        *problems,
                                 GError          **error)
{
  g_autoptr(StewardMinutes) latest = NULL;
  g_autoptr(GPtrArray) found = NULL;
  CorrectionData data = { 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  latest = steward_review_get_latest_minutes (db, review_id, error);
  if (latest == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND,
                             _("This meeting has no minutes to correct."));
      return NULL;
    }

  if (steward_minutes_get_status (latest) != STEWARD_MINUTES_ISSUED)
    {
      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
                           _("These minutes are a draft: change the draft itself, no correction is needed."));
      return NULL;
    }

  found = new_problems (STEWARD_RECORD (latest));
  if (is_blank (reason))
    steward_record_add_problem (found, "reason", _("Say what the correction changes, and why."));
  if (!report_problems (found, problems, error))
    return NULL;

  data.latest = latest;
  data.reason = reason;
  if (!steward_database_transaction (db, start_correction_cb, &data, error))
    {
      g_clear_object (&data.draft);
      return NULL;
    }

  return data.draft;
}
