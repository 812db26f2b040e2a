/* steward-sample-follow-up.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-sample-follow-up"

#include "config.h"

#include "model/steward-audit.h"
#include "model/steward-communication.h"
#include "model/steward-finding.h"
#include "model/steward-meeting.h"
#include "model/steward-project-review.h"
#include "model/steward-project-role.h"
#include "model/steward-project.h"
#include "model/steward-risk-result.h"
#include "steward-date.h"
#include "steward-sample-follow-up-private.h"
#include "steward-sample-follow-up.h"

/* The follow-up of the sample organization: a year of communications of
 * a Taiwanese public-sector IT centre with its cross-unit meetings, two
 * audits and their findings, two risk assessments, three projects; five
 * hand-overs of equipment, and about thirty actions that came from them,
 * in every state (steward-sample-follow-up-actions.c). Dates are counted from the day the sample is made, so
 * that some actions are always overdue and some due this month. The
 * content is the centre's own data, in Traditional Chinese: nothing here
 * is translated. */

GDate *
steward_sample_day (const GDate *today,
                    int          offset)
{
  GDate *day = g_date_copy (today);

  if (offset < 0)
    g_date_subtract_days (day, (guint)-offset);
  else
    g_date_add_days (day, (guint)offset);

  return day;
}

gint64
steward_sample_person_id (StewardPerson *person)
{
  return person != NULL ? steward_record_get_id (STEWARD_RECORD (person)) : 0;
}

gboolean
steward_sample_save (gpointer          record,
                     StewardDatabase  *db,
                     GError          **error)
{
  return steward_record_save (STEWARD_RECORD (record), db, error);
}

/* The small sample */


static const struct
{
  const char *unit;
  const char *title;
  guint       nth;
} role_specs[N_ROLES] = {
  [DIRECTOR] = { "主任室", "主任", 0 },
  [DEPUTY] = { "主任室", "副主任", 0 },
  [SECRETARY] = { "主任室", "秘書", 0 },
  [ADMIN_LEAD] = { "行政組", "組長", 0 },
  [ADMIN_STAFF] = { "行政組", "專員", 0 },
  [SYSTEM_LEAD] = { "系統管理組", "組長", 0 },
  [SYSTEM_ENGINEER] = { "系統管理組", "工程師", 0 },
  [SYSTEM_ENGINEER_2] = { "系統管理組", "工程師", 1 },
  [NETWORK_LEAD] = { "網路管理組", "組長", 0 },
  [NETWORK_ENGINEER] = { "網路管理組", "工程師", 0 },
  [APP_LEAD] = { "應用服務組", "組長", 0 },
  [APP_ENGINEER] = { "應用服務組", "工程師", 0 },
  [CISO] = { "資訊安全組", "組長", 0 },
  [SECURITY_ENGINEER] = { "資訊安全組", "資安工程師", 0 },
  [SECURITY_ENGINEER_2] = { "資訊安全組", "資安工程師", 1 },
  [TRAINING_LEAD] = { "教育訓練組", "組長", 0 },
  [TRAINING_STAFF] = { "教育訓練組", "專員", 0 },
};


/* The @nth person of @unit with @title, or someone, so that a database
 * whose people differ still gets its follow-up. */
static StewardPerson *
find_person (GPtrArray  *people,
             const char *unit,
             const char *title,
             guint       nth,
             guint       fallback)
{
  for (guint i = 0; i < people->len; i++)
    {
      StewardPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (steward_person_get_unit (person), unit) == 0 &&
          g_strcmp0 (steward_person_get_title (person), title) == 0 &&
          nth-- == 0)
        return person;
    }

  return g_ptr_array_index (people, fallback % people->len);
}

const char *
steward_sample_name_of (StewardSampleSmall *s,
                        guint               role)
{
  return steward_person_get_name (s->who[role]);
}

/* Communications (5.7) */

typedef struct
{
  StewardCommunicationKind  kind;
  int                       day;
  StewardChannel            channel;
  const char               *parties;
  const char               *subject;
  const char               *outcome;
  gboolean                  follow_up;
  guint                     officer;
  int                       evaluated_day;  /* 0: not evaluated */
  guint                     evaluator;
} SampleCommunication;

#define INTERNAL STEWARD_COMMUNICATION_INTERNAL
#define CROSS_UNIT STEWARD_COMMUNICATION_CROSS_UNIT
#define EXTERNAL STEWARD_COMMUNICATION_EXTERNAL
#define MEDIA STEWARD_COMMUNICATION_MEDIA
#define ANNOUNCEMENT STEWARD_COMMUNICATION_ANNOUNCEMENT

static const SampleCommunication small_communications[18] = {
  { INTERNAL, -330, STEWARD_CHANNEL_EMAIL, "全體同仁", "資訊安全政策及年度資安目標宣導",
    "已寄送全體同仁，並置於內部網站。", FALSE, SECURITY_ENGINEER, 0, 0 },
  { CROSS_UNIT, -300, STEWARD_CHANNEL_MEETING, "系統管理組、網路管理組、行政組、空調維護廠商",
    "跨單位協調會議：機房電力改善工程", "決議更換 UPS 電池並定期測試發電機，詳會議紀錄。",
    TRUE, SYSTEM_LEAD, -240, DIRECTOR },
  { EXTERNAL, -280, STEWARD_CHANNEL_LETTER, "教育部資訊及科技教育司", "函報年度資通安全維護計畫實施情形",
    "已於期限內函報，教育部來電請補送佐證資料。", TRUE, CISO, -258, CISO },
  { EXTERNAL, -250, STEWARD_CHANNEL_EMAIL, "教育部資安通報應變中心（TACERT）",
    "資安事件通報：校務行政系統主機疑似連線惡意中繼站",
    "知悉後 1 小時內完成通報；封鎖中繼站並完成主機掃描，事件已結案。", TRUE, SECURITY_ENGINEER, -245,
    SECURITY_ENGINEER },
  { INTERNAL, -230, STEWARD_CHANNEL_MEETING, "系統管理組全體同仁", "系統管理組週會：弱點修補進度檢討",
    "高風險弱點 12 項已修補 10 項，餘 2 項列管追蹤。", TRUE, SYSTEM_LEAD, 0, 0 },
  { CROSS_UNIT, -200, STEWARD_CHANNEL_MEETING, "系統管理組、應用服務組、資訊安全組",
    "跨單位協調會議：校務行政系統主機遷移", "決議遷移時程及切換演練，詳會議紀錄。", TRUE, APP_LEAD, 0, 0 },
  { MEDIA, -190, STEWARD_CHANNEL_NOTICE, "各大媒體、本中心網站", "校務行政系統異常停機之對外說明",
    "經協理核定後，於本中心網站及新聞稿統一發布。", FALSE, SECRETARY, 0, 0 },
  { EXTERNAL, -160, STEWARD_CHANNEL_LETTER, "教育部", "教育部函請檢視 VPN 設備之高風險弱點並完成修補",
    "3 日內完成韌體更新並函復。", TRUE, NETWORK_LEAD, -150, NETWORK_LEAD },
  { ANNOUNCEMENT, -150, STEWARD_CHANNEL_NOTICE, "全體同仁、轄區各級學校", "公告修訂資訊安全政策（第 3 版）",
    "經資訊安全委員會核定，公告於內部網站並函知各校。", FALSE, CISO, 0, 0 },
  { CROSS_UNIT, -120, STEWARD_CHANNEL_MEETING, "資訊安全組、行政組、應用服務組、教育訓練組",
    "跨單位協調會議：個人資料保護聯繫會議", "決議更新個資檔案清冊並辦理個資保護教育訓練，詳會議紀錄。",
    TRUE, CISO, 0, 0 },
  { EXTERNAL, -100, STEWARD_CHANNEL_PHONE, "堅盾資訊股份有限公司", "與防火牆維護廠商確認遠端維護申請流程",
    "廠商同意改採申請制，連線全程側錄。", TRUE, NETWORK_ENGINEER, -70, NETWORK_ENGINEER },
  { INTERNAL, -80, STEWARD_CHANNEL_FACE_TO_FACE, "網路管理組、應用服務組", "防火牆規則調整之協調",
    "同意關閉不再使用之對外連接埠 8 個。", TRUE, NETWORK_ENGINEER, 0, 0 },
  { ANNOUNCEMENT, -60, STEWARD_CHANNEL_EMAIL, "全體同仁", "公告生成式AI使用規範",
    "已公告，並於資安教育訓練中說明。", FALSE, CISO, 0, 0 },
  { EXTERNAL, -45, STEWARD_CHANNEL_MEETING, "第三方驗證機構主導稽核員", "ISO/IEC 27001 驗證稽核行前會議",
    "確認稽核範圍、議程及受訪人員。", FALSE, CISO, 0, 0 },
  { INTERNAL, -25, STEWARD_CHANNEL_PHONE, "系統管理組值班人員", "機房溫度異常通報",
    "空調廠商到場更換壓縮機，溫度恢復正常。", TRUE, SYSTEM_ENGINEER, 0, 0 },
  { MEDIA, -6, STEWARD_CHANNEL_NOTICE, "各大媒體", "學生個資外洩疑慮之新聞回應稿",
    "回應稿已擬妥，待協理核定後發布。", TRUE, SECRETARY, 0, 0 },
  { CROSS_UNIT, -10, STEWARD_CHANNEL_EMAIL, "各組", "各組提報年度資訊資產盤點結果",
    "已收齊 5 組，教育訓練組待補。", TRUE, ADMIN_STAFF, 0, 0 },
  { CROSS_UNIT, -2, STEWARD_CHANNEL_MEETING, "各組組長", "開會通知：跨單位協調會議－年度資安演練規劃",
    "已發開會通知單。", FALSE, SECURITY_ENGINEER_2, 0, 0 },
};

/* The statement released after the deputy director's approval; the other
 * (15) waits for it. */
#define RELEASED_MEDIA 6

static gboolean
fill_communications (StewardSampleSmall  *s,
                     GError             **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_communications); i++)
    {
      const SampleCommunication *spec = &small_communications[i];
      g_autoptr(GDate) on = steward_sample_day (s->today, spec->day);
      g_autoptr(StewardCommunication) communication = NULL;

      communication = g_object_new (STEWARD_TYPE_COMMUNICATION,
                                    "kind", spec->kind,
                                    "occurred-on", on,
                                    "channel", spec->channel,
                                    "parties", spec->parties,
                                    "subject", spec->subject,
                                    "outcome", spec->outcome,
                                    "follow-up-needed", spec->follow_up,
                                    "officer-id", steward_sample_person_id (s->who[spec->officer]),
                                    NULL);

      if (spec->evaluated_day != 0)
        {
          g_autoptr(GDate) evaluated = steward_sample_day (s->today, spec->evaluated_day);

          /* The chair evaluates a meeting's follow-up, the officer an
           * external one (5.7.1.2, 5.7.2.1). */
          g_object_set (communication,
                        "effectiveness", STEWARD_EFFECTIVENESS_EFFECTIVE,
                        "evaluated-by", steward_sample_name_of (s, spec->evaluator),
                        "evaluated-on", evaluated,
                        "evaluation-note", "跟催事項均已完成，達成溝通目的。",
                        NULL);
        }

      if (i == RELEASED_MEDIA)
        {
          g_autoptr(GDate) approved = steward_sample_day (s->today, spec->day - 1);
          g_autofree char *approver = g_strdup_printf ("%s（協理）", steward_sample_name_of (s, DEPUTY));

          g_object_set (communication,
                        "approved-by", approver,
                        "approved-on", approved,
                        "released-on", on,
                        NULL);
        }

      if (!steward_sample_save (communication, s->db, error))
        return FALSE;
      s->communications[i] = steward_record_get_id (STEWARD_RECORD (communication));
    }

  return TRUE;
}

typedef struct
{
  guint       communication;
  const char *topic;
  int         day;
  int         hour;
  int         minutes;
  const char *place;
  guint       attendees[5];
  const char *others;
  const char *decisions;
} SampleMeeting;

static const SampleMeeting small_meetings[4] = {
  { 1, "機房電力改善工程協調", -300, 14, 120, "本中心 3 樓會議室",
    { DIRECTOR, SYSTEM_LEAD, NETWORK_LEAD, ADMIN_LEAD, SYSTEM_ENGINEER }, "冷易通空調工程有限公司 張家豪",
    "一、UPS 電池於 2 個月內完成更換（系統管理組）。\n"
    "二、發電機每月測試一次並留存紀錄（系統管理組）。\n"
    "三、機房配電盤增設電力監控，請廠商報價（系統管理組）。" },
  { 5, "校務行政系統主機遷移協調", -200, 10, 120, "本中心 5 樓簡報室",
    { DIRECTOR, APP_LEAD, SYSTEM_LEAD, CISO, APP_ENGINEER }, NULL,
    "一、切換演練於遷移前完成，並經資訊安全組審查（應用服務組）。\n"
    "二、遷移後辦理效能測試（應用服務組）。\n"
    "三、舊主機資料依規定抹除後報廢（系統管理組）。" },
  { 9, "個人資料保護聯繫會議", -120, 14, 90, "本中心 3 樓會議室",
    { DEPUTY, CISO, ADMIN_LEAD, APP_LEAD, TRAINING_LEAD }, NULL,
    "一、各組於 2 個月內更新個資檔案清冊（資訊安全組彙整）。\n"
    "二、辦理個資保護教育訓練（教育訓練組）。\n"
    "三、修訂個資事故應變程序（資訊安全組）。" },
  { 17, "年度資安演練規劃", 9, 9, 90, "本中心 5 樓簡報室",
    { DIRECTOR, CISO, SYSTEM_LEAD, NETWORK_LEAD, APP_LEAD }, "緊急處理組成員",
    NULL },
};

static gboolean
fill_meetings (StewardSampleSmall  *s,
               GError             **error)
{
  g_autoptr(GTimeZone) taipei = steward_date_new_taipei_zone ();

  for (guint i = 0; i < G_N_ELEMENTS (small_meetings); i++)
    {
      const SampleMeeting *spec = &small_meetings[i];
      g_autoptr(GDate) on = steward_sample_day (s->today, spec->day);
      g_autoptr(GDateTime) starts = g_date_time_new (taipei, g_date_get_year (on), g_date_get_month (on),
                                                     g_date_get_day (on), spec->hour, 0, 0);
      g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, spec->minutes);
      g_autoptr(GString) attendees = g_string_new (NULL);
      g_autoptr(StewardMeeting) meeting = NULL;

      for (guint a = 0; a < G_N_ELEMENTS (spec->attendees); a++)
        g_string_append_printf (attendees, "%s%s", a > 0 ? "、" : "",
                                steward_sample_name_of (s, spec->attendees[a]));
      if (spec->others != NULL)
        g_string_append_printf (attendees, "、%s", spec->others);

      meeting = g_object_new (STEWARD_TYPE_MEETING,
                              "communication-id", s->communications[spec->communication],
                              "topic", spec->topic,
                              "starts-at", starts,
                              "ends-at", ends,
                              "place", spec->place,
                              "attendees", attendees->str,
                              "decisions", spec->decisions,
                              NULL);
      if (!steward_sample_save (meeting, s->db, error))
        return FALSE;
      s->meetings[i] = steward_record_get_id (STEWARD_RECORD (meeting));
    }

  return TRUE;
}

/* Audits and findings (5.4.2.4.1, 5.4.2.4.3) */

typedef struct
{
  StewardFindingSource  source;
  int                   audit;          /* -1: none */
  const char           *clause;
  const char           *description;
  StewardGrading        grading;
  int                   raised_day;
  const char           *root_cause;
  const char           *correction;
  const char           *corrective_action;
  guint                 owner;
  int                   due_day;        /* 0: none */
  int                   verified_day;   /* 0: not verified */
  StewardEffectiveness  effectiveness;
  const char           *verification_note;
  gboolean              closed;
} SampleFinding;

static const SampleFinding small_findings[11] = {
  { STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, 0, "A.8.13 資訊備份", "校務行政系統之備份未定期執行還原測試。",
    STEWARD_GRADING_MINOR, -208, "還原測試未納入備份作業程序。", "立即執行一次還原測試。",
    "修訂備份管理程序，每季執行還原測試並留存紀錄。", SYSTEM_LEAD, -120, -100,
    STEWARD_EFFECTIVENESS_EFFECTIVE, "抽查兩季還原測試紀錄，符合要求。", TRUE },
  { STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, 0, "A.5.15 存取控制", "離職人員帳號未於離職當日停用（2 件）。",
    STEWARD_GRADING_MAJOR, -208, "人事異動未即時通知資訊單位。", "立即停用帳號並檢查其存取紀錄，未發現異常。",
    "建立人事異動單會辦資訊單位之流程，並每月比對人事名冊與帳號清單。", ADMIN_LEAD, -150, -110,
    STEWARD_EFFECTIVENESS_EFFECTIVE, "抽查 3 個月之比對紀錄，離職帳號均於當日停用。", TRUE },
  { STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, 0, "7.2 能力", "部分資安專職人員未完成年度 12 小時專業訓練。",
    STEWARD_GRADING_MINOR, -208, "年度訓練計畫未追蹤個人時數。", NULL,
    "訂定個人訓練計畫，每季追蹤時數，年底前補足。", TRAINING_LEAD, 40, 0,
    STEWARD_EFFECTIVENESS_NOT_EVALUATED, NULL, FALSE },
  { STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, 0, "A.8.8 技術脆弱性管理", "弱點掃描發現之高風險弱點未於規定期限內修補。",
    STEWARD_GRADING_MINOR, -208, "修補時限未納入維護契約。", "逾期弱點列冊追蹤。",
    "修補時限納入維護契約之服務水準，並每月於管理小組會議追蹤。", NETWORK_LEAD, -30, -20,
    STEWARD_EFFECTIVENESS_NOT_EFFECTIVE, "複查仍有 2 項高風險弱點逾期，矯正措施未達成效，持續追蹤。", FALSE },
  { STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, 0, "A.7.4 實體安全監視", "機房監視錄影保存天數建議由 30 日延長至 90 日。",
    STEWARD_GRADING_OBSERVATION, -208, NULL, NULL, "擴充錄影主機儲存空間，保存 90 日。", SYSTEM_LEAD, -60, -50,
    STEWARD_EFFECTIVENESS_EFFECTIVE, "現場確認錄影保存 90 日。", TRUE },
  { STEWARD_FINDING_SOURCE_INTERNAL_AUDIT, 0, "A.5.37 書面化作業程序", "部分作業程序書之版本未隨實際作業更新。",
    STEWARD_GRADING_OBSERVATION, -208, NULL, NULL, NULL, CISO, 0, 0,
    STEWARD_EFFECTIVENESS_NOT_EVALUATED, NULL, FALSE },
  { STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT, 1, "A.5.19 供應者關係中之資訊安全", "委外廠商遠端維護未經申請核准即逕行連線。",
    STEWARD_GRADING_MAJOR, -38, "遠端維護帳號長期開通，未控管連線時段。", "立即停用常設之遠端維護帳號。",
    "遠端維護改採申請制，由網路管理組開通臨時帳號並全程側錄。", NETWORK_LEAD, 20, 0,
    STEWARD_EFFECTIVENESS_NOT_EVALUATED, NULL, FALSE },
  { STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT, 1, "6.1.3 資訊安全風險處理", "風險處理計畫之部分項目逾期未完成，且未說明原因。",
    STEWARD_GRADING_MINOR, -38, "風險處理計畫未定期追蹤。", NULL,
    "風險處理計畫每季於資訊安全管理小組會議追蹤，逾期項目須說明原因並重訂期限。", CISO, 50, 0,
    STEWARD_EFFECTIVENESS_NOT_EVALUATED, NULL, FALSE },
  { STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT, 1, "9.2 內部稽核", "內部稽核員之獨立性宜於稽核計畫中說明。",
    STEWARD_GRADING_OBSERVATION, -38, NULL, NULL, "修訂內部稽核計畫，載明稽核員不稽核本身業務。", TRAINING_LEAD, -5, -3,
    STEWARD_EFFECTIVENESS_EFFECTIVE, "已修訂稽核計畫並經資訊安全官核定。", TRUE },
  { STEWARD_FINDING_SOURCE_INCIDENT, -1, "A.8.15 存錄", "資安事件調查時發現防火牆日誌僅保存 30 日，不足以追查。",
    STEWARD_GRADING_MINOR, -245, "日誌保存於防火牆本機，容量不足。", NULL,
    "日誌集中收容至日誌伺服器，保存 6 個月以上。", NETWORK_LEAD, -180, -170,
    STEWARD_EFFECTIVENESS_EFFECTIVE, "日誌伺服器已保存 6 個月紀錄。", TRUE },
  { STEWARD_FINDING_SOURCE_SELF_CHECK, -1, "A.8.7 防範惡意軟體", "3 台端點之防毒病毒碼未更新。",
    STEWARD_GRADING_MINOR, -70, "端點離線過久，未連回管理主機。", "手動更新病毒碼。",
    "端點管理主機每週列出未更新端點並通知使用者。", SYSTEM_ENGINEER, -40, 0,
    STEWARD_EFFECTIVENESS_NOT_EVALUATED, NULL, FALSE },
};

static gboolean
fill_audits (StewardSampleSmall  *s,
             GError             **error)
{
  g_autoptr(GDate) internal_on = steward_sample_day (s->today, -210);
  g_autoptr(GDate) external_on = steward_sample_day (s->today, -40);
  g_autofree char *internal_auditor = g_strdup_printf ("資訊安全稽核小組（組長 %s）",
                                                       steward_sample_name_of (s, TRAINING_LEAD));
  g_autoptr(StewardAudit) internal = g_object_new (STEWARD_TYPE_AUDIT,
                                                   "kind", STEWARD_AUDIT_INTERNAL,
                                                   "held-on", internal_on,
                                                   "scope", "ISMS 全範圍：校務行政系統、公文管理系統、教育雲端服務及其機房",
                                                   "auditor", internal_auditor,
                                                   "notes", "依年度內部稽核計畫辦理，稽核發現 6 項。",
                                                   NULL);
  g_autoptr(StewardAudit) external = g_object_new (STEWARD_TYPE_AUDIT,
                                                   "kind", STEWARD_AUDIT_EXTERNAL,
                                                   "held-on", external_on,
                                                   "scope", "ISO/IEC 27001:2022 重新驗證稽核",
                                                   "auditor", "第三方驗證機構，主導稽核員 吳宗翰",
                                                   "notes", "建議通過重新驗證；主要缺失 1 項須於 3 個月內完成改善。",
                                                   NULL);
  gint64 audits[2];

  if (!steward_sample_save (internal, s->db, error) || !steward_sample_save (external, s->db, error))
    return FALSE;
  audits[0] = steward_record_get_id (STEWARD_RECORD (internal));
  audits[1] = steward_record_get_id (STEWARD_RECORD (external));

  for (guint i = 0; i < G_N_ELEMENTS (small_findings); i++)
    {
      const SampleFinding *spec = &small_findings[i];
      g_autoptr(GDate) raised = steward_sample_day (s->today, spec->raised_day);
      g_autoptr(GDate) due = spec->due_day != 0 ? steward_sample_day (s->today, spec->due_day) : NULL;
      g_autoptr(GDate) verified = spec->verified_day != 0 ? steward_sample_day (s->today, spec->verified_day) : NULL;
      g_autoptr(StewardFinding) finding = NULL;

      finding = g_object_new (STEWARD_TYPE_FINDING,
                              "source", spec->source,
                              "audit-id", spec->audit >= 0 ? audits[spec->audit] : 0,
                              "clause", spec->clause,
                              "description", spec->description,
                              "grading", spec->grading,
                              "raised-on", raised,
                              "root-cause", spec->root_cause,
                              "correction", spec->correction,
                              "corrective-action", spec->corrective_action,
                              "owner-id", steward_sample_person_id (s->who[spec->owner]),
                              "due-date", due,
                              "verified-by", verified != NULL ? steward_sample_name_of (s, TRAINING_LEAD) : NULL,
                              "verified-on", verified,
                              "verification-note", spec->verification_note,
                              "effectiveness", spec->effectiveness,
                              "closed-on", spec->closed ? verified : NULL,
                              NULL);
      if (!steward_sample_save (finding, s->db, error))
        return FALSE;
      s->findings[i] = steward_record_get_id (STEWARD_RECORD (finding));
    }

  return TRUE;
}

static gboolean
fill_risk_results (StewardSampleSmall  *s,
                   GError             **error)
{
  g_autoptr(GDate) last_year = steward_sample_day (s->today, -400);
  g_autoptr(GDate) this_year = steward_sample_day (s->today, -35);
  g_autoptr(StewardRiskResult) first = NULL;
  g_autoptr(StewardRiskResult) second = NULL;

  first = g_object_new (STEWARD_TYPE_RISK_RESULT,
                        "assessed-on", last_year,
                        "scope", "ISMS 範圍內資訊資產（校務行政系統、公文管理系統、教育雲端服務）",
                        "summary", "資訊資產 186 項；高風險 6 項，均已訂定風險處理計畫並經資訊安全委員會核定。",
                        "n-high", 6, "n-medium", 18, "n-low", 162,
                        "plan-planned", 6, "plan-done", 6, "plan-late", 0,
                        NULL);
  second = g_object_new (STEWARD_TYPE_RISK_RESULT,
                         "assessed-on", this_year,
                         "scope", "ISMS 範圍內資訊資產（校務行政系統、公文管理系統、教育雲端服務）",
                         "summary", "資訊資產 190 項；高風險降為 4 項，新增雲端服務及生成式AI使用風險。",
                         "n-high", 4, "n-medium", 15, "n-low", 171,
                         "plan-planned", 8, "plan-done", 3, "plan-late", 2,
                         "notes", "逾期 2 項為老舊主機汰換，因預算刪減延後，已提報管理審查。",
                         NULL);

  return steward_sample_save (first, s->db, error) && steward_sample_save (second, s->db, error);
}

/* Projects (5.8) */

static gboolean
add_role (StewardSampleSmall  *s,
          gint64               project_id,
          guint                person,
          const char          *role,
          GError             **error)
{
  g_autoptr(StewardProjectRole) project_role = g_object_new (STEWARD_TYPE_PROJECT_ROLE,
                                                             "project-id", project_id,
                                                             "person-id", steward_sample_person_id (s->who[person]),
                                                             "role", role,
                                                             NULL);

  return steward_sample_save (project_role, s->db, error);
}

static gboolean
add_project_review (StewardSampleSmall  *s,
                    gint64               project_id,
                    int                  day,
                    const char          *findings,
                    const char          *actions,
                    guint                index,
                    GError             **error)
{
  g_autoptr(GDate) on = steward_sample_day (s->today, day);
  g_autoptr(StewardProjectReview) review = g_object_new (STEWARD_TYPE_PROJECT_REVIEW,
                                                         "project-id", project_id,
                                                         "reviewed-on", on,
                                                         "findings", findings,
                                                         "actions", actions,
                                                         NULL);

  if (!steward_sample_save (review, s->db, error))
    return FALSE;
  s->project_reviews[index] = steward_record_get_id (STEWARD_RECORD (review));

  return TRUE;
}

static StewardProject *
new_project (StewardSampleSmall *s,
             const char *name,
             guint       owner,
             int         start_day,
             int         end_day,
             gboolean    security,
             const char *reference,
             int         assessed_day,   /* 0: not yet */
             const char *result)
{
  g_autoptr(GDate) start = steward_sample_day (s->today, start_day);
  g_autoptr(GDate) end = steward_sample_day (s->today, end_day);
  g_autoptr(GDate) assessed = assessed_day != 0 ? steward_sample_day (s->today, assessed_day) : NULL;

  return g_object_new (STEWARD_TYPE_PROJECT,
                       "name", name,
                       "owner-id", steward_sample_person_id (s->who[owner]),
                       "start-date", start,
                       "end-date", end,
                       "security-in-requirements", security,
                       "requirements-ref", reference,
                       "risk-assessed-on", assessed,
                       "risk-result", result,
                       NULL);
}

static gboolean
fill_projects (StewardSampleSmall  *s,
               GError             **error)
{
  g_autoptr(StewardProject) migration = new_project (s, "校務行政系統主機遷移專案", APP_LEAD, -300, 60, TRUE,
                                                     "契約第 12 條資通安全條款", -293,
                                                     "高風險 2 項（資料移轉、切換中斷），中風險 5 項，已訂處理計畫。");
  g_autoptr(StewardProject) sso = new_project (s, "教育雲端服務單一登入升級", APP_ENGINEER, -150, 200, TRUE,
                                               "需求規格書第 3.4 節資安需求", -145,
                                               "中風險 3 項（管理介面暴露、憑證管理、日誌不足）。");
  /* Started without its risk assessment: it shows as due. */
  g_autoptr(StewardProject) classrooms = new_project (s, "智慧教室設備納管建置", NETWORK_LEAD, -20, 280, FALSE,
                                                      NULL, 0, NULL);
  gint64 id;

  g_object_set (classrooms, "notes", "需求書未列資安需求，擬於契約變更時補列。", NULL);

  if (!steward_sample_save (migration, s->db, error))
    return FALSE;
  id = steward_record_get_id (STEWARD_RECORD (migration));
  if (!add_role (s, id, APP_LEAD, "專案負責人", error) ||
      !add_role (s, id, SYSTEM_ENGINEER, "系統建置", error) ||
      !add_role (s, id, SECURITY_ENGINEER, "資安審查", error) ||
      !add_project_review (s, id, -240, "遷移計畫未列出資料移轉之加密要求。",
                           "補列加密傳輸要求，並經資訊安全組審查。", 0, error) ||
      !add_project_review (s, id, -90, "切換演練發現備援主機未同步修補。", "備援主機納入修補排程。", 1, error))
    return FALSE;

  if (!steward_sample_save (sso, s->db, error))
    return FALSE;
  id = steward_record_get_id (STEWARD_RECORD (sso));
  if (!add_role (s, id, APP_ENGINEER, "專案負責人", error) ||
      !add_role (s, id, APP_LEAD, "專案督導", error) ||
      !add_role (s, id, SECURITY_ENGINEER_2, "資安審查", error) ||
      !add_project_review (s, id, -60, "單一登入之管理介面未限制來源 IP。",
                           "限制管理介面之來源 IP 並啟用多因子驗證。", 2, error))
    return FALSE;

  if (!steward_sample_save (classrooms, s->db, error))
    return FALSE;
  id = steward_record_get_id (STEWARD_RECORD (classrooms));

  return add_role (s, id, NETWORK_LEAD, "專案負責人", error) &&
         add_role (s, id, NETWORK_ENGINEER, "網路建置", error);
}

static gboolean
fill_small (StewardDatabase  *db,
            const GDate      *today,
            GPtrArray        *people,
            GError          **error)
{
  StewardSampleSmall s = { db, today, { NULL } };

  for (guint r = 0; r < N_ROLES; r++)
    s.who[r] = find_person (people, role_specs[r].unit, role_specs[r].title, role_specs[r].nth, r);

  return fill_communications (&s, error) &&
         fill_meetings (&s, error) &&
         fill_audits (&s, error) &&
         fill_risk_results (&s, error) &&
         fill_projects (&s, error) &&
         steward_sample_fill_small_actions (&s, error) &&
         steward_sample_fill_small_handovers (&s, error);
}

/**
 * steward_sample_follow_up_fill:
 * @today: the day the sample is made: the dates are counted from it
 * @people: (element-type StewardPerson): the saved people of the sample
 *   organization, who own the actions and hold the roles
 *
 * Adds the follow-up of the sample organization: a year of
 * communications (one media statement released after the deputy
 * director's approval, one waiting for it), four meetings, two audits
 * with eleven findings, two risk assessments, three projects (one started
 * without a risk assessment), five hand-overs (one not yet accepted) and
 * about thirty actions in every state; or, large, thousands of each over
 * ten years. Run it inside a transaction.
 */
gboolean
steward_sample_follow_up_fill (StewardDatabase  *db,
                               gboolean          large,
                               const GDate      *today,
                               GPtrArray        *people,
                               GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (people != NULL && people->len > 0, FALSE);

  if (large)
    return steward_sample_follow_up_fill_large (db, today, people, error);

  return fill_small (db, today, people, error);
}
