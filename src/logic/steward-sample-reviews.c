/* steward-sample-reviews.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-sample-reviews"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-minutes-export.h"
#include "model/steward-person.h"
#include "model/steward-review-attendee.h"
#include "model/steward-review-decision.h"
#include "model/steward-review-item.h"
#include "steward-date.h"
#include "steward-follow-up.h"
#include "steward-review.h"
#include "steward-sample-data.h"
#include "steward-sample-reviews.h"

/* The sample's management reviews (procedure 5.4): two regular reviews
 * of the past years with every agenda item written up, their decisions
 * and actions (some done and evaluated, some still open), and issued
 * minutes; and the coming review, a draft half written. The large sample
 * has ten years of yearly reviews and a few extraordinary ones, all
 * issued. Every date counts from the sample's "today". */

/* The document controller who issues the minutes (文件管制人員). */
#define ISSUER "林文書"

/* The minutes' number in the centre's document system, where the roster
 * is ISMS-R-005 and the measurement table ISMS-R-006: steward_review_create()
 * gives it to every new meeting's minutes. */
#define DOCUMENT_NUMBER_KEY "minutes-document-number"
#define DOCUMENT_NUMBER     "ISMS-R-010"

typedef struct
{
  const char *discussion;
  const char *conclusion;
} ItemText;

/* Two years ago: the first review with the ISMS certified a year before. */
static const ItemText first_review[STEWARD_N_AGENDA_ITEMS] = {
  { "資訊安全組報告本年度資訊安全政策執行情形，政策內容仍符合本中心業務需求及「資通安全管理法」之要求；"
    "適用範圍維持為校務行政系統、教育雲端服務及機房維運。",
    "資訊安全政策及適用範圍維持不變，請各組持續宣導。" },
  { "上次會議決議事項計 3 項，均已完成並經成效評估為有效。",
    "上次會議決議事項均已結案，洽悉。" },
  { "外部議題新增教育部要求各級學校導入資安監控（SOC）服務；內部議題為系統組人員異動，"
    "資安專業人力不足。",
    "新增議題納入議題登錄表管理；人力不足一事列為下年度預算提報重點。" },
  { "教育部來函要求提報年度資通安全維護計畫實施情形；各校反映希望縮短資安事件通報之回應時間。",
    "利害關係人需求已更新，回應時間之目標納入下年度目標檢討。" },
  { "內部稽核發現主要不符合事項 0 件、次要不符合事項 3 件、觀察事項 4 件，均已提出矯正措施。"
    "資訊安全目標 6 項中 5 項達成，「弱點修補天數」未達目標。",
    "弱點修補未達目標一案，請系統組檢討修補流程並於下次會議報告。" },
  { "本年度收到利害關係人回饋 5 件，多為學校詢問服務中斷之通知方式，均已回覆。",
    "回饋事項均已回覆，洽悉。" },
  { "年度風險評鑑結果：高風險 3 項、中風險 12 項、低風險 41 項；風險處理計畫 15 項中已完成 11 項，"
    "逾期 1 項（機房門禁系統汰換）。",
    "逾期之風險處理項目請總務配合於第二季完成採購。" },
  { "建議導入弱點管理平台，以自動化追蹤修補進度；並建議增辦社交工程演練之個別輔導。",
    "同意評估導入弱點管理平台，由資訊安全組提出規劃。" },
};

/* A year ago. */
static const ItemText second_review[STEWARD_N_AGENDA_ITEMS] = {
  { "配合教育部 113 年資通安全責任等級分級調整，資訊安全組檢視政策內容，"
    "建議於政策中增列供應鏈安全管理之要求。",
    "資訊安全政策增列供應鏈安全管理條文，修訂後陳核公告。" },
  { "上次會議決議事項 3 項：弱點修補流程檢討已完成且有效；弱點管理平台規劃已完成；"
    "機房門禁系統汰換仍在辦理中。",
    "機房門禁系統汰換持續列管。" },
  { "外部議題：個人資料保護法修正，主管機關加強稽查；內部議題：校務行政系統主機遷移專案啟動。",
    "議題登錄表已更新；遷移專案之風險請專案負責人於專案審查時提出。" },
  { "新增利害關係人「雲端服務供應商」，其契約中之資安要求列入管理。",
    "供應商資安要求納入採購契約範本。" },
  { "稽核發現次要不符合事項 2 件、觀察事項 3 件；資訊安全目標 6 項中 4 項達成，"
    "「社交工程郵件點擊率」及「弱點修補天數」未達目標。",
    "未達目標之 2 項請權責單位提出改善計畫，並持續監控。" },
  { "收到利害關係人回饋 4 件，其中 1 件為學校反映單一登入服務異常，已完成改善。",
    "回饋事項均已處理完畢。" },
  { "風險評鑑結果：高風險 2 項、中風險 10 項、低風險 44 項；處理計畫 12 項中完成 9 項，逾期 2 項。",
    "逾期項目請相關組別說明原因並訂定完成期限。" },
  { "建議建立資安事件通報之演練機制，並檢討備份還原測試之頻率。",
    "同意辦理通報演練，由資訊安全組規劃。" },
};

/* The coming review: some items written, some not yet. */
static const ItemText draft_review[] = {
  { "資訊安全組檢視政策及適用範圍，擬將智慧教室設備納入適用範圍。",
    "" },
  { "上次會議決議事項中，尚有未結案項目，詳如列表。",
    "" },
};

/* The sample is of a centre in Taiwan: its meetings are held at their
 * hours in Taipei, whatever the time zone of the machine that makes it. */
static GDateTime *
meeting_time (const GDate *today,
              int          offset,
              int          hour)
{
  g_autoptr(GTimeZone) taipei = steward_date_new_taipei_zone ();
  GDate day = *today;

  if (offset < 0)
    g_date_subtract_days (&day, (guint) -offset);
  else
    g_date_add_days (&day, (guint) offset);

  return g_date_time_new (taipei, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), hour, 0, 0);
}

static GDate *
day_of (const GDate *today,
        int          offset)
{
  GDate *day = g_date_copy (today);

  if (offset < 0)
    g_date_subtract_days (day, (guint) -offset);
  else
    g_date_add_days (day, (guint) offset);

  return day;
}

static gint64
person_id (StewardPerson *person)
{
  return steward_record_get_id (STEWARD_RECORD (person));
}

/* The first person of @unit with @title, else @fallback. */
static StewardPerson *
find_person (GPtrArray  *people,
             const char *unit,
             const char *title,
             guint       fallback)
{
  for (guint i = 0; i < people->len; i++)
    {
      StewardPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (steward_person_get_unit (person), unit) == 0
          && g_strcmp0 (steward_person_get_title (person), title) == 0)
        return person;
    }

  return g_ptr_array_index (people, fallback % people->len);
}

/* Problems a sample cannot have: an error that names the first. */
static gboolean
no_problems (GPtrArray  *problems,
             GError    **error)
{
  if (problems->len == 0)
    return TRUE;

  g_set_error (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID,
               "sample review: %s: %s",
               ((StewardProblem *) g_ptr_array_index (problems, 0))->property,
               ((StewardProblem *) g_ptr_array_index (problems, 0))->message);
  return FALSE;
}

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));
  return TRUE;
}

static GPtrArray *
load_of_review (StewardDatabase  *db,
                GType             type,
                gint64            review_id,
                GError          **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);
  steward_query_order_by (query, "position", FALSE);
  if (!steward_record_load_each (db, type, query, collect_cb, records, error))
    return NULL;

  return g_steal_pointer (&records);
}

typedef struct
{
  StewardDatabase *db;
  const GDate     *today;
  GPtrArray       *people;
  StewardPerson   *chair;
  StewardPerson   *secretary;
} Sample;

static StewardReview *
new_review (Sample                  *s,
            StewardReviewKind        kind,
            int                      offset,
            const StewardAgendaItem *items,
            guint                    n_items,
            GError                 **error)
{
  g_autoptr(GDateTime) starts = meeting_time (s->today, offset, 14);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(StewardReview) review = NULL;
  g_autofree char *title = NULL;
  int year = g_date_time_get_year (starts);
  int number = steward_review_next_number (s->db, kind, year, error);

  if (number <= 0)
    return NULL;
  title = steward_review_dup_default_title (kind, year, number, STEWARD_CALENDAR_ROC);
  review = g_object_new (STEWARD_TYPE_REVIEW,
                         "kind", kind,
                         "year", year,
                         "number", number,
                         "title", title,
                         "starts-at", starts,
                         "ends-at", ends,
                         "place", "本中心 3 樓第一會議室",
                         "chair-id", person_id (s->chair),
                         "secretary-id", person_id (s->secretary),
                         NULL);
  if (!steward_review_create (s->db, review, items, n_items, NULL, problems, error)
      || !no_problems (problems, error))
    return NULL;

  return g_steal_pointer (&review);
}

/* Writes the items of @review from @texts (NULL ones are left blank);
 * with @absent, the third attendee was absent and the fourth sent a
 * deputy. */
static gboolean
write_up (Sample         *s,
          StewardReview  *review,
          const ItemText *texts,
          guint           n_texts,
          gboolean        absent,
          GError        **error)
{
  gint64 review_id = steward_record_get_id (STEWARD_RECORD (review));
  g_autoptr(GPtrArray) items = load_of_review (s->db, STEWARD_TYPE_REVIEW_ITEM, review_id, error);
  g_autoptr(GPtrArray) attendees = NULL;

  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (items, i);
      guint index = steward_review_item_get_item (item);

      if (index >= n_texts)
        continue;
      g_object_set (item, "discussion", texts[index].discussion,
                    "conclusion", texts[index].conclusion, NULL);
      if (!steward_record_save (STEWARD_RECORD (item), s->db, error))
        return FALSE;
    }

  if (!absent)
    return TRUE;
  attendees = load_of_review (s->db, STEWARD_TYPE_REVIEW_ATTENDEE, review_id, error);
  if (attendees == NULL)
    return FALSE;
  if (attendees->len > 4)
    {
      g_object_set (g_ptr_array_index (attendees, 2), "attendance", STEWARD_ATTENDANCE_ON_LEAVE, NULL);
      g_object_set (g_ptr_array_index (attendees, 3), "attendance", STEWARD_ATTENDANCE_REPRESENTED,
                    "represented-by", "陳副組長", NULL);
      if (!steward_record_save (g_ptr_array_index (attendees, 2), s->db, error)
          || !steward_record_save (g_ptr_array_index (attendees, 3), s->db, error))
        return FALSE;
    }

  return TRUE;
}

/* A decision under @item; with @owner, an action due @due_days after the
 * meeting. Returns the action (NULL for none, or on error). */
static gboolean
decide (Sample             *s,
        StewardReview      *review,
        int                 item,
        const char         *text,
        StewardPerson      *owner,
        int                 due_days,
        StewardActionItem **action,
        GError            **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autoptr(GDateTime) due_time = NULL;
  GDate due;

  if (action != NULL)
    *action = NULL;
  g_date_clear (&due, 1);
  if (owner != NULL)
    {
      due_time = g_date_time_add_days (steward_review_get_starts_at (review), due_days);
      g_date_set_dmy (&due, g_date_time_get_day_of_month (due_time), g_date_time_get_month (due_time),
                      g_date_time_get_year (due_time));
    }
  decision = steward_review_add_decision (s->db, review, item, text, owner != NULL ? person_id (owner) : 0,
                                          owner != NULL ? &due : NULL, problems, error);
  if (decision == NULL)
    return no_problems (problems, error) && FALSE;
  if (action != NULL && steward_review_decision_get_action_id (decision) > 0)
    *action = steward_record_load (s->db, STEWARD_TYPE_ACTION_ITEM,
                                   steward_review_decision_get_action_id (decision), error);

  return action == NULL || owner == NULL || *action != NULL;
}

static gboolean
close_action (Sample               *s,
              StewardActionItem    *action,
              int                   done_offset,
              StewardEffectiveness  effectiveness,
              const char           *note,
              GError              **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_autoptr(GDate) done = day_of (s->today, done_offset);
  g_autoptr(GDate) evaluated = day_of (s->today, done_offset + 14);

  if (!steward_action_close (s->db, action, done, effectiveness, steward_person_get_name (s->chair),
                             evaluated, note, problems, error))
    return no_problems (problems, error) && FALSE;

  return TRUE;
}

static gboolean
issue (Sample         *s,
       StewardReview  *review,
       GError        **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();

  if (!steward_minutes_issue (s->db, steward_record_get_id (STEWARD_RECORD (review)), ISSUER,
                              STEWARD_CALENDAR_ROC, problems, error))
    return no_problems (problems, error) && FALSE;

  return TRUE;
}

/* The follow-up's sample already holds the actions of the review a year
 * ago (steward-sample-follow-up-actions.c): they become that review's
 * decisions, decided on its day. */
static gboolean
adopt_review_actions (Sample         *s,
                      StewardReview  *review,
                      GError        **error)
{
  static const int items[] = { STEWARD_AGENDA_ISSUES, STEWARD_AGENDA_POLICY, STEWARD_AGENDA_IMPROVEMENT };
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(StewardQuery) query = steward_query_new ();
  GDateTime *starts = steward_review_get_starts_at (review);
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (starts), g_date_time_get_month (starts),
                                         g_date_time_get_year (starts));
  gint64 review_id = steward_record_get_id (STEWARD_RECORD (review));

  steward_query_where_string (query, "source_kind", STEWARD_QUERY_EQUAL, "review");
  steward_query_where (query, "source_id", STEWARD_QUERY_IS_NULL, NULL);
  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (s->db, STEWARD_TYPE_ACTION_ITEM, query, collect_cb, actions, error))
    return FALSE;

  for (guint i = 0; i < actions->len; i++)
    {
      StewardActionItem *action = g_ptr_array_index (actions, i);
      g_autoptr(StewardReviewDecision) decision = NULL;

      g_object_set (action, "created-on", day, "source-id", review_id,
                    "source-label", steward_review_get_title (review), NULL);
      if (!steward_record_save (STEWARD_RECORD (action), s->db, error))
        return FALSE;
      decision = g_object_new (STEWARD_TYPE_REVIEW_DECISION,
                               "review-id", review_id,
                               "item", steward_agenda_item_get_nick (items[i % G_N_ELEMENTS (items)]),
                               "position", (int) i,
                               "text", steward_action_item_get_title (action),
                               "action-id", steward_record_get_id (STEWARD_RECORD (action)),
                               NULL);
      if (!steward_record_save (STEWARD_RECORD (decision), s->db, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_small (Sample  *s,
            GError **error)
{
  g_autoptr(StewardReview) first = NULL;
  g_autoptr(StewardReview) second = NULL;
  g_autoptr(StewardReview) coming = NULL;
  g_autoptr(StewardActionItem) patching = NULL;
  g_autoptr(StewardActionItem) door = NULL;
  StewardPerson *system_lead = find_person (s->people, "系統管理組", "組長", 6);
  StewardPerson *admin_lead = find_person (s->people, "行政組", "組長", 3);

  /* Two years ago: one action done and evaluated, one still open. */
  first = new_review (s, STEWARD_REVIEW_REGULAR, -728, NULL, 0, error);
  if (first == NULL || !write_up (s, first, first_review, STEWARD_N_AGENDA_ITEMS, TRUE, error))
    return FALSE;
  if (!decide (s, first, STEWARD_AGENDA_PERFORMANCE, "檢討弱點修補流程，並於下次會議報告改善情形。",
               system_lead, 90, &patching, error) ||
      !decide (s, first, STEWARD_AGENDA_RISKS, "機房門禁系統汰換於第二季完成採購及建置。",
               admin_lead, 120, &door, error) ||
      !decide (s, first, STEWARD_AGENDA_IMPROVEMENT, "同意評估導入弱點管理平台，由資訊安全組提出規劃。",
               NULL, 0, NULL, error) ||
      !decide (s, first, -1, "下次管理審查會議訂於明年同期召開。", NULL, 0, NULL, error) ||
      !issue (s, first, error))
    return FALSE;
  if (!close_action (s, patching, -630, STEWARD_EFFECTIVENESS_EFFECTIVE,
                     "修補流程改為每週追蹤，平均修補天數由 45 天降為 21 天。", error))
    return FALSE;

  /* A year ago: the follow-up's review actions, one done, two open. */
  second = new_review (s, STEWARD_REVIEW_REGULAR, -364, NULL, 0, error);
  if (second == NULL || !write_up (s, second, second_review, STEWARD_N_AGENDA_ITEMS, TRUE, error) ||
      !adopt_review_actions (s, second, error) ||
      !decide (s, second, -1, "請各組於三個月內完成所屬資產清冊之檢視。", NULL, 0, NULL, error) ||
      !issue (s, second, error))
    return FALSE;

  /* The coming review, in draft */
  coming = new_review (s, STEWARD_REVIEW_REGULAR, 10, NULL, 0, error);

  if (coming == NULL || !write_up (s, coming, draft_review, G_N_ELEMENTS (draft_review), FALSE, error))
    return FALSE;
  /* The secretary stopped at the third item: the wizard reopens there. */
  g_object_set (coming, "wizard-page", steward_agenda_item_get_nick (STEWARD_AGENDA_ISSUES), NULL);

  return steward_record_save (STEWARD_RECORD (coming), s->db, error);
}

/* Yearly reviews over the sample's years (ten unless asked otherwise) and
 * a few extraordinary ones. */
static gboolean
fill_large (Sample  *s,
            GError **error)
{
  static const ItemText brief[STEWARD_N_AGENDA_ITEMS] = {
    { "政策及適用範圍檢視，無須修訂。", "維持現行政策。" },
    { "上次會議決議事項辦理情形如列表。", "持續列管未結案事項。" },
    { "內外部議題依議題登錄表更新。", "洽悉。" },
    { "利害關係人需求及期望已檢視。", "洽悉。" },
    { "稽核、量測及目標達成情形如報告。", "未達目標者提出改善計畫。" },
    { "利害關係人回饋均已回覆。", "洽悉。" },
    { "風險評鑑及處理計畫執行情形如報告。", "逾期項目持續追蹤。" },
    { "持續改善建議如報告。", "同意辦理。" },
  };
  static const StewardAgendaItem urgent[] = { STEWARD_AGENDA_ISSUES, STEWARD_AGENDA_RISKS };

  for (int year = (int) steward_sample_data_get_years (); year >= 1; year--)
    {
      g_autoptr(StewardReview) review = new_review (s, STEWARD_REVIEW_REGULAR, -365 * year + 20, NULL, 0, error);
      g_autoptr(StewardActionItem) action = NULL;

      if (review == NULL || !write_up (s, review, brief, STEWARD_N_AGENDA_ITEMS, year % 3 == 0, error) ||
          !decide (s, review, STEWARD_AGENDA_IMPROVEMENT, "依持續改善建議辦理並於下次會議報告。",
                   s->secretary, 120, &action, error) ||
          !issue (s, review, error))
        return FALSE;
      if (year > 1 && !close_action (s, action, -365 * year + 130, STEWARD_EFFECTIVENESS_EFFECTIVE,
                                     "已依決議完成。", error))
        return FALSE;

      if (year % 4 == 0 || year == 2)
        {
          g_autoptr(StewardReview) extra = new_review (s, STEWARD_REVIEW_EXTRAORDINARY, -365 * year + 200,
                                                       urgent, G_N_ELEMENTS (urgent), error);

          if (extra == NULL || !write_up (s, extra, brief, STEWARD_N_AGENDA_ITEMS, FALSE, error) ||
              !issue (s, extra, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * steward_sample_reviews_fill:
 * @today: the day the sample is made: the dates are counted from it
 * @people: (element-type StewardPerson): the saved people of the sample
 *   organization
 *
 * Adds the sample's management reviews: small, two past reviews with
 * issued minutes and their actions (some still open) and the coming
 * review in draft; large, ten years of issued reviews. Run it inside a
 * transaction, after the follow-up (the reviews show its registers).
 */
gboolean
steward_sample_reviews_fill (StewardDatabase  *db,
                             gboolean          large,
                             const GDate      *today,
                             GPtrArray        *people,
                             GError          **error)
{
  Sample s = { db, today, people, NULL, NULL };
  g_autofree char *number = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (people != NULL && people->len > 0, FALSE);

  /* A numbering the centre already set stays. */
  number = steward_database_dup_meta (db, DOCUMENT_NUMBER_KEY);
  if (number == NULL && !steward_database_set_meta (db, DOCUMENT_NUMBER_KEY, DOCUMENT_NUMBER, error))
    return FALSE;

  s.chair = find_person (people, "主任室", "主任", 0);
  s.secretary = find_person (people, "資訊安全組", "組長", 1);
  return large ? fill_large (&s, error) : fill_small (&s, error);
}
