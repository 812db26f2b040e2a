/* steward-sample-follow-up-actions.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-sample-follow-up"

#include "config.h"

#include "model/steward-action-progress.h"
#include "model/steward-handover-item.h"
#include "model/steward-handover.h"
#include "steward-date.h"
#include "steward-sample-follow-up-private.h"

/* The small sample's actions, which came from the communications,
 * meetings, findings and project reviews of steward-sample-follow-up.c,
 * and its hand-overs of equipment. */

/* Actions (跟催) */

#define MONTH_END 10000  /* the last day of this month */
#define MONTH_MID 10001  /* halfway between today and then */

typedef enum
{
  FROM_COMMUNICATION,
  FROM_MEETING,
  FROM_FINDING,
  FROM_PROJECT_REVIEW,
  FROM_REVIEW,
  FROM_OTHER,
} From;

typedef struct
{
  const char           *title;
  guint                 owner;
  From                  from;
  guint                 source;        /* index into the sources of its kind */
  int                   created_day;
  int                   due_day;
  StewardActionStatus   status;
  int                   done_day;      /* done ones */
  StewardEffectiveness  effectiveness;
  guint                 evaluator;
  const char           *note;          /* evaluation note, or why cancelled */
  const char           *progress[2];
} SampleAction;

#define OPEN STEWARD_ACTION_OPEN
#define IN_PROGRESS STEWARD_ACTION_IN_PROGRESS
#define DONE STEWARD_ACTION_DONE
#define CANCELLED STEWARD_ACTION_CANCELLED
#define EFFECTIVE STEWARD_EFFECTIVENESS_EFFECTIVE
#define NOT_EFFECTIVE STEWARD_EFFECTIVENESS_NOT_EFFECTIVE
#define NOT_EVALUATED STEWARD_EFFECTIVENESS_NOT_EVALUATED

static const SampleAction small_actions[] = {
  { "更換機房 UPS 電池", SYSTEM_LEAD, FROM_MEETING, 0, -300, -240, DONE, -250, EFFECTIVE, DIRECTOR,
    "放電測試可支撐 30 分鐘，符合需求。", { NULL } },
  { "發電機每月測試並留存紀錄", SYSTEM_ENGINEER, FROM_MEETING, 0, -300, MONTH_END, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "已完成前 9 個月之測試紀錄。", "本月測試排定於月底。" } },
  { "機房配電盤增設電力監控", SYSTEM_ENGINEER_2, FROM_MEETING, 0, -300, -100, CANCELLED, 0, NOT_EVALUATED, 0,
    "併入機房整體改善工程另案辦理。", { NULL } },
  { "補送年度資通安全維護計畫佐證資料", CISO, FROM_COMMUNICATION, 2, -280, -260, DONE, -262, EFFECTIVE, CISO,
    "教育部已確認收訖，無須再補件。", { NULL } },
  { "封鎖惡意中繼站並全面掃描校務行政系統主機", SECURITY_ENGINEER, FROM_COMMUNICATION, 3, -250, -248, DONE, -249,
    EFFECTIVE, SECURITY_ENGINEER, "掃描未發現其他受駭主機。", { NULL } },
  { "修補餘 2 項高風險弱點", SYSTEM_ENGINEER, FROM_COMMUNICATION, 4, -230, -20, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "1 項待廠商提供修補程式。", NULL } },
  { "完成校務行政系統切換演練", APP_LEAD, FROM_MEETING, 1, -200, -60, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "第一次演練因備援主機未修補而中止。", "第二次演練排定中。" } },
  { "遷移後辦理系統效能測試", APP_ENGINEER, FROM_MEETING, 1, -200, 30, OPEN, 0, NOT_EVALUATED, 0, NULL, { NULL } },
  { "舊主機資料抹除及報廢", SYSTEM_LEAD, FROM_MEETING, 1, -200, 75, OPEN, 0, NOT_EVALUATED, 0, NULL, { NULL } },
  { "VPN 設備韌體更新並函復教育部", NETWORK_LEAD, FROM_COMMUNICATION, 7, -160, -157, DONE, -158, EFFECTIVE,
    NETWORK_LEAD, "複掃確認弱點已修補。", { NULL } },
  { "更新個資檔案清冊", SECURITY_ENGINEER, FROM_MEETING, 2, -120, -60, DONE, -65, NOT_EFFECTIVE, DEPUTY,
    "清冊仍缺應用服務組 3 項個資檔案，另開跟催。", { NULL } },
  { "辦理個資保護教育訓練", TRAINING_LEAD, FROM_MEETING, 2, -120, MONTH_MID, OPEN, 0, NOT_EVALUATED, 0,
    NULL, { NULL } },
  { "修訂個資事故應變程序", CISO, FROM_MEETING, 2, -120, -10, OPEN, 0, NOT_EVALUATED, 0, NULL, { NULL } },
  { "遠端維護改採申請制", NETWORK_ENGINEER, FROM_COMMUNICATION, 10, -100, -70, DONE, -75, EFFECTIVE,
    NETWORK_ENGINEER, "已依申請單開通臨時帳號 4 次，均有側錄。", { NULL } },
  { "關閉不再使用之防火牆對外連接埠", NETWORK_ENGINEER, FROM_COMMUNICATION, 11, -80, -70, DONE, -72, EFFECTIVE,
    NETWORK_LEAD, "外部掃描確認連接埠已關閉。", { NULL } },
  { "加強機房溫度監控並設定告警", SYSTEM_ENGINEER, FROM_COMMUNICATION, 14, -25, 35, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "已加裝溫度感測器 2 組。", NULL } },
  { "新聞回應稿陳請協理核定", SECRETARY, FROM_COMMUNICATION, 15, -6, MONTH_END, OPEN, 0, NOT_EVALUATED, 0,
    NULL, { NULL } },
  { "追蹤教育訓練組資產盤點結果", ADMIN_STAFF, FROM_COMMUNICATION, 16, -10, MONTH_MID, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "已電話提醒教育訓練組。", NULL } },
  { "修訂備份管理程序並每季執行還原測試", SYSTEM_LEAD, FROM_FINDING, 0, -208, -120, DONE, -125, EFFECTIVE,
    TRAINING_LEAD, "抽查兩季還原測試紀錄，符合要求。", { NULL } },
  { "建立人事異動會辦資訊單位流程", ADMIN_LEAD, FROM_FINDING, 1, -208, -150, DONE, -155, EFFECTIVE,
    TRAINING_LEAD, "離職帳號均於當日停用。", { NULL } },
  { "資安專職人員補足年度專業訓練時數", TRAINING_LEAD, FROM_FINDING, 2, -208, 40, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "3 人中 2 人已補足時數。", NULL } },
  { "弱點修補時限納入契約並每月追蹤", NETWORK_LEAD, FROM_FINDING, 3, -208, -30, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "契約變更已簽陳。", "複查仍有 2 項逾期。" } },
  { "遠端維護申請及全程側錄機制", NETWORK_LEAD, FROM_FINDING, 6, -38, 20, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "側錄設備已採購。", NULL } },
  { "檢討風險處理計畫逾期項目", CISO, FROM_FINDING, 7, -38, 50, OPEN, 0, NOT_EVALUATED, 0, NULL, { NULL } },
  { "更新防毒病毒碼並檢查端點管理主機", SYSTEM_ENGINEER, FROM_FINDING, 10, -70, -40, OPEN, 0, NOT_EVALUATED, 0,
    NULL, { NULL } },
  { "補列資料移轉之加密傳輸要求", APP_ENGINEER, FROM_PROJECT_REVIEW, 0, -240, -200, DONE, -205, EFFECTIVE, CISO,
    "已採 TLS 1.2 以上加密傳輸。", { NULL } },
  { "備援主機納入修補排程", SYSTEM_ENGINEER, FROM_PROJECT_REVIEW, 1, -90, -45, DONE, -50, EFFECTIVE, CISO,
    "備援主機修補狀態與主要主機一致。", { NULL } },
  { "限制單一登入管理介面來源 IP 並啟用多因子驗證", APP_LEAD, FROM_PROJECT_REVIEW, 2, -60, MONTH_END, IN_PROGRESS, 0,
    NOT_EVALUATED, 0, NULL, { "來源 IP 限制已完成。", NULL } },
  { "提報資安人力需求", DIRECTOR, FROM_REVIEW, 0, -200, -100, IN_PROGRESS, 0, NOT_EVALUATED, 0,
    NULL, { "已函請人事單位評估增置資安職缺。", NULL } },
  { "資訊安全政策年度檢視", CISO, FROM_REVIEW, 0, -200, -150, DONE, -160, EFFECTIVE, DIRECTOR,
    "已修訂第 3 版並公告。", { NULL } },
  { "評估導入零信任架構之經費", DIRECTOR, FROM_REVIEW, 0, -200, 120, OPEN, 0, NOT_EVALUATED, 0, NULL, { NULL } },
  { "辦理年度資安健診", SECURITY_ENGINEER, FROM_OTHER, 0, -90, -30, DONE, -35, EFFECTIVE, CISO,
    "健診發現均已列管改善。", { NULL } },
  { "社交工程演練高點擊率單位加強宣導", TRAINING_STAFF, FROM_OTHER, 0, -50, -40, CANCELLED, 0, NOT_EVALUATED, 0,
    "併入年度資安教育訓練辦理。", { NULL } },
  { "更新外部單位聯絡清單", SECURITY_ENGINEER_2, FROM_OTHER, 0, -15, MONTH_END, OPEN, 0, NOT_EVALUATED, 0,
    NULL, { NULL } },
};

static int
resolve_due_day (const GDate *today,
                 int          due_day)
{
  int to_month_end;

  if (due_day != MONTH_END && due_day != MONTH_MID)
    return due_day;

  to_month_end = g_date_get_days_in_month (g_date_get_month (today), g_date_get_year (today)) -
                 g_date_get_day (today);

  return due_day == MONTH_END ? to_month_end : to_month_end / 2;
}

static gboolean
add_progress (StewardSampleSmall  *s,
              gint64               action_id,
              int                  day,
              const char          *note,
              guint                owner,
              GError             **error)
{
  g_autoptr(GDate) on = steward_sample_day (s->today, day);
  g_autoptr(StewardActionProgress) progress = g_object_new (STEWARD_TYPE_ACTION_PROGRESS,
                                                            "action-id", action_id,
                                                            "noted-on", on,
                                                            "note", note,
                                                            "noted-by", steward_sample_name_of (s, owner),
                                                            NULL);

  return steward_sample_save (progress, s->db, error);
}

static gint64
source_id (StewardSampleSmall *s,
           const SampleAction *spec)
{
  switch (spec->from)
    {
    case FROM_COMMUNICATION:
      return s->communications[spec->source];
    case FROM_MEETING:
      return s->meetings[spec->source];
    case FROM_FINDING:
      return s->findings[spec->source];
    case FROM_PROJECT_REVIEW:
      return s->project_reviews[spec->source];
    case FROM_REVIEW:
    case FROM_OTHER:
    default:
      return 0;
    }
}

static const StewardActionSource source_kinds[] = {
  [FROM_COMMUNICATION] = STEWARD_ACTION_SOURCE_COMMUNICATION,
  [FROM_MEETING] = STEWARD_ACTION_SOURCE_MEETING,
  [FROM_FINDING] = STEWARD_ACTION_SOURCE_FINDING,
  [FROM_PROJECT_REVIEW] = STEWARD_ACTION_SOURCE_PROJECT_REVIEW,
  [FROM_REVIEW] = STEWARD_ACTION_SOURCE_REVIEW,
  [FROM_OTHER] = STEWARD_ACTION_SOURCE_OTHER,
};

gboolean
steward_sample_fill_small_actions (StewardSampleSmall  *s,
                                   GError             **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_actions); i++)
    {
      const SampleAction *spec = &small_actions[i];
      int due_day = resolve_due_day (s->today, spec->due_day);
      g_autoptr(GDate) created = steward_sample_day (s->today, spec->created_day);
      g_autoptr(GDate) due = steward_sample_day (s->today, due_day);
      g_autoptr(GDate) done = spec->status == DONE ? steward_sample_day (s->today, spec->done_day) : NULL;
      g_autoptr(GDate) evaluated = spec->status == DONE ? steward_sample_day (s->today, MIN (spec->done_day + 5, 0))
                                                        : NULL;
      g_autofree char *label = NULL;
      g_autoptr(StewardActionItem) action = NULL;
      gint64 id;

      /* The management reviews come with a later part of the app: their
       * actions name the meeting, in the ROC year it was held. */
      if (spec->from == FROM_REVIEW)
        label = g_strdup_printf ("%d年度管理審查會議", steward_date_roc_year (g_date_get_year (created)));
      else if (spec->from == FROM_OTHER)
        label = g_strdup (spec->status == CANCELLED ? "社交工程演練結果" : "資通安全責任等級應辦事項");

      action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                             "title", spec->title,
                             "owner-id", steward_sample_person_id (s->who[spec->owner]),
                             "created-on", created,
                             "due-date", due,
                             "status", spec->status,
                             "source-kind", source_kinds[spec->from],
                             "source-id", source_id (s, spec),
                             "source-label", label,
                             "done-on", done,
                             NULL);
      if (spec->status == DONE)
        g_object_set (action,
                      "effectiveness", spec->effectiveness,
                      "evaluated-by", steward_sample_name_of (s, spec->evaluator),
                      "evaluated-on", evaluated,
                      "evaluation-note", spec->note,
                      NULL);
      else if (spec->status == CANCELLED)
        g_object_set (action, "notes", spec->note, NULL);

      if (!steward_sample_save (action, s->db, error))
        return FALSE;
      id = steward_record_get_id (STEWARD_RECORD (action));

      /* Progress notes, spread between the decision and today. */
      for (guint p = 0; p < G_N_ELEMENTS (spec->progress) && spec->progress[p] != NULL; p++)
        if (!add_progress (s, id, spec->created_day / (int)(p + 2), spec->progress[p], spec->owner, error))
          return FALSE;
    }

  return TRUE;
}

/* Hand-overs of equipment (3.10) */

typedef struct
{
  const char *name;
  const char *asset_number;
  const char *serial;
} SampleItem;

typedef struct
{
  StewardHandoverReason  reason;
  int                    day;
  const char            *from_party;    /* NULL: the person below, with their unit */
  guint                  from;
  guint                  to;
  guint                  supervisor;
  gboolean               accepted;
  const char            *notes;
  SampleItem             items[4];
} SampleHandover;

static const SampleHandover small_handovers[] = {
  { STEWARD_HANDOVER_NEW, -280, "行政組（財產管理）", 0, APP_ENGINEER, ADMIN_LEAD, TRUE, "新進同仁配發。",
    { { "筆記型電腦 ASUS ExpertBook B5", "3140101-03-000231", "R9NXCV05123A" },
      { "電源變壓器 ASUS 90W", NULL, "AD90W-7712" } } },
  { STEWARD_HANDOVER_MOVED, -200, NULL, SYSTEM_ENGINEER, APP_ENGINEER, SYSTEM_LEAD, TRUE,
    "校務行政系統主機遷移，設備移撥應用服務組維運。",
    { { "伺服器 HPE ProLiant DL380 Gen10", "3140101-01-000045", "SGH912ABCD" },
      { "磁碟陣列 HPE MSA 2060", "3140101-01-000046", "2S6920B123" },
      { "機架式 KVM 切換器", "3140101-01-000047", "KVM-0420-88" } } },
  { STEWARD_HANDOVER_MOVED, -150, NULL, NETWORK_ENGINEER, SECURITY_ENGINEER, NETWORK_LEAD, TRUE,
    "資安監控網段設備改由資訊安全組管理。",
    { { "網路交換器 Cisco Catalyst 9300", "3140101-02-000112", "FOC2231X0AB" },
      { "網路交換器 Cisco Catalyst 9300", "3140101-02-000113", "FOC2231X0AC" },
      { "次世代防火牆 FortiGate 200F", "3140101-02-000120", "FG200FT922900001" },
      { "入侵偵測感測器", "3140101-02-000121", "IDS-7733-0921" } } },
  { STEWARD_HANDOVER_NEW, -60, "行政組（財產管理）", 0, SECURITY_ENGINEER_2, ADMIN_LEAD, TRUE, NULL,
    { { "桌上型電腦 Acer Veriton M6", "3140101-03-000377", "DTVX2TA00112" } } },
  /* Not yet accepted: the hand-over is open. */
  { STEWARD_HANDOVER_MOVED, -4, NULL, SYSTEM_ENGINEER_2, TRAINING_STAFF, SYSTEM_LEAD, FALSE,
    "待接收人點交確認。",
    { { "筆記型電腦 Lenovo ThinkPad T14", "3140101-03-000289", "PF3KX1AB" },
      { "擴充座 Lenovo USB-C Dock", NULL, "1SDK-40B20" } } },
};

static char *
dup_party (StewardSampleSmall *s,
           guint               role)
{
  return g_strdup_printf ("%s（%s）", steward_sample_name_of (s, role), steward_person_get_unit (s->who[role]));
}

gboolean
steward_sample_fill_small_handovers (StewardSampleSmall  *s,
                                     GError             **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_handovers); i++)
    {
      const SampleHandover *spec = &small_handovers[i];
      g_autoptr(GDate) handed = steward_sample_day (s->today, spec->day);
      g_autoptr(GDate) authorised = steward_sample_day (s->today, spec->day - 1);
      g_autofree char *from = spec->from_party ? g_strdup (spec->from_party) : dup_party (s, spec->from);
      g_autofree char *to = dup_party (s, spec->to);
      g_autoptr(StewardHandover) handover = NULL;
      gint64 id;

      handover = g_object_new (STEWARD_TYPE_HANDOVER,
                               "handed-on", handed,
                               "reason", spec->reason,
                               "from-party", from,
                               "to-party", to,
                               "authorised-by", steward_sample_name_of (s, spec->supervisor),
                               "authorised-on", authorised,
                               "accepted-by", spec->accepted ? steward_sample_name_of (s, spec->to) : NULL,
                               "accepted-on", spec->accepted ? handed : NULL,
                               "notes", spec->notes,
                               NULL);
      if (!steward_sample_save (handover, s->db, error))
        return FALSE;
      id = steward_record_get_id (STEWARD_RECORD (handover));

      for (guint n = 0; n < G_N_ELEMENTS (spec->items) && spec->items[n].name != NULL; n++)
        {
          g_autoptr(StewardHandoverItem) item = g_object_new (STEWARD_TYPE_HANDOVER_ITEM,
                                                              "handover-id", id,
                                                              "name", spec->items[n].name,
                                                              "asset-number", spec->items[n].asset_number,
                                                              "serial", spec->items[n].serial,
                                                              NULL);

          if (!steward_sample_save (item, s->db, error))
            return FALSE;
        }
    }

  return TRUE;
}
