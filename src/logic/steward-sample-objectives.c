/* steward-sample-objectives.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-sample-objectives"

#include "config.h"

#include <math.h>

#include "model/steward-measurement.h"
#include "model/steward-objective.h"
#include "model/steward-objective-plan.h"
#include "model/steward-objective-target.h"
#include "model/steward-person.h"
#include "steward-date.h"
#include "steward-sample-data.h"
#include "steward-sample-objectives.h"

/* The information security objectives of the sample organization (5.6),
 * with their plans, target levels and the measurements of the ISMS
 * effectiveness measurement table (5.4.2.4.4). Every date is counted from
 * the day the sample is made, so that the sample always has a recent past
 * and a period or two that is due. The content is the centre's own data,
 * in Traditional Chinese, not text of the app: nothing here is translated.
 *
 * Each objective draws its values from a GRand seeded with its own number:
 * a value, once made, stays the same however many periods follow it. */

#define SMALL_SEED 1140501
#define LARGE_SEED 1040501

/* A value of one period that the usual draw does not give: an outage, a
 * bad drill, a slow quarter. @period counts from 0 within the year: the
 * month, quarter or half-year. */
typedef struct
{
  int         year;  /* from the first year, -1 ends the list */
  int         period;
  double      value;
  const char *note;
} Override;

typedef struct
{
  const char       *statement;
  const char       *policy_goal;
  const char       *notes;
  const char       *owner_unit;
  const char       *owner_title;
  const char       *recorder_unit;
  const char       *recorder_title;

  const char       *kpi_name;
  const char       *kpi_unit;
  const char       *kpi_method;
  const char       *kpi_source;
  StewardDirection  direction;
  StewardFrequency  frequency;

  /* The target from the start, and the one from @change_year on (counted
   * from the first year; 0 when it never changed). */
  double            low;
  double            high;
  int               change_year;
  double            changed_low;
  double            changed_high;

  /* The usual value in each year, give or take @spread. */
  double            base[4];
  double            spread;
  int               decimals;
  double            min;
  double            max;
  const Override   *overrides;
  /* The latest period that has ended is not reported yet. */
  gboolean          leave_due;

  const char       *evidence_document;
  const char       *evidence_file;
  const char       *evidence_extension;

  /* The plan (5.6.2) */
  const char       *activities;
  const char       *resource_people;
  double            budget;
  const char       *resource_equipment;
  const char       *resource_procedures;
  const char       *evaluation;
  StewardPlanStatus status;
} SmallObjective;

static const Override availability_overrides[] = {
  { 0, 7, 99.13, "8 月機房 UPS 電池模組故障，校務行政系統非計畫性停機約 6.5 小時；已更換電池模組。" },
  { 2, 2, 99.38, "3 月儲存設備控制器故障，公文管理系統非計畫性停機約 4.6 小時；已更換控制器。" },
  { .year = -1 },
};

static const Override notification_overrides[] = {
  { 1, 2, 75, "本季通報 4 件，其中 1 件於假日夜間發生，值班人員逾時 35 分鐘通報；已修訂值班聯繫流程。" },
  { .year = -1 },
};

static const Override phishing_overrides[] = {
  { 1, 1, 6.8, "演練郵件仿冒「年終獎金發放通知」，點擊率偏高；已對點擊同仁加強宣導並加開實體課程。" },
  { .year = -1 },
};

static const Override patching_overrides[] = {
  { 0, 2, 34.5, "維護廠商合約交接期間，部分系統修補延宕。" },
  { 2, 1, 17.2, "VPN 設備高風險弱點需待原廠釋出修補程式，修補前以來源 IP 存取控制暫代。" },
  { .year = -1 },
};

static const Override restore_overrides[] = {
  { 1, 1, 87.5, "本季測試 8 套系統，公文管理系統因備份磁帶讀取錯誤還原失敗；已汰換磁帶並於次月重測成功。" },
  { .year = -1 },
};

static const Override antivirus_overrides[] = {
  { 0, 1, 93.8, "寒假期間多部電腦長期未開機，病毒碼未更新；開學前已補更新。" },
  { 2, 6, 94.6, "暑假期間電腦教室端點未開機，開學前已全數更新。" },
  { .year = -1 },
};

/* Findings are few: the rate is a ratio of small counts. */
static const Override audit_overrides[] = {
  { 0, 0, 91.7, "應完成改善 12 件，如期完成 11 件。" },
  { 0, 1, 85.7, "應完成改善 7 件，如期完成 6 件；1 件涉及委外合約修訂，改善期程展延。" },
  { 1, 0, 100, "應完成改善 9 件，均如期完成。" },
  { 1, 1, 92.3, "應完成改善 13 件，如期完成 12 件。" },
  { 2, 0, 90.0, "應完成改善 10 件，如期完成 9 件。" },
  { 2, 1, 100, "應完成改善 8 件，均如期完成。" },
  { 3, 0, 93.3, "應完成改善 15 件，如期完成 14 件。" },
  { .year = -1 },
};

static const SmallObjective small_objectives[] = {
  {
    .statement = "核心資訊系統（校務行政系統、公文管理系統、教育雲端服務）每月服務可用率維持 99.5% 以上。",
    .policy_goal = "確保本中心資訊服務之可用性，維持業務持續運作。",
    .owner_unit = "系統管理組", .owner_title = "組長",
    .recorder_unit = "系統管理組", .recorder_title = "工程師",
    .kpi_name = "核心系統可用率",
    .kpi_unit = "%",
    .kpi_method = "（當月總時數－非計畫性停機時數）÷ 當月總時數 × 100%；經核准之計畫性維護停機不計入。",
    .kpi_source = "網管監控系統可用率報表、系統異常處理紀錄表",
    .direction = STEWARD_DIRECTION_AT_LEAST,
    .frequency = STEWARD_FREQUENCY_MONTHLY,
    .low = 99.5, .high = 99.5,
    .base = { 99.86, 99.88, 99.9, 99.9 }, .spread = 0.1, .decimals = 2, .min = 0, .max = 100,
    .overrides = availability_overrides,
    .evidence_document = "維運月報", .evidence_file = "ops-monthly", .evidence_extension = "pdf",
    .activities = "1. 核心系統主機與儲存設備建置高可用（HA）架構\n"
                  "2. 每月檢視監控告警、系統容量與效能趨勢\n"
                  "3. 每半年辦理異地備援切換演練\n"
                  "4. UPS 電池模組每年定期檢測更換",
    .resource_people = "系統管理組 3 人、網路管理組 1 人、維護廠商駐點工程師 1 人",
    .budget = 1850000,
    .resource_equipment = "虛擬化主機叢集、儲存設備、網管監控系統、UPS 不斷電系統",
    .resource_procedures = "系統維運管理程序書、機房管理程序書、系統異常處理紀錄表、維運月報",
    .evaluation = "每月統計可用率並於資訊安全管理小組會議報告；各月均達 99.5% 以上為達成。",
    .status = STEWARD_PLAN_IN_PROGRESS,
  },
  {
    .statement = "發生資通安全事件時，於知悉後 1 小時內完成通報。",
    .policy_goal = "落實資通安全事件通報及應變，降低事件對業務之衝擊。",
    .notes = "依資通安全事件通報及應變辦法，知悉資通安全事件後 1 小時內通報。",
    .owner_unit = "資訊安全組", .owner_title = "組長",
    .recorder_unit = "資訊安全組", .recorder_title = "資安工程師",
    .kpi_name = "資安事件 1 小時內通報比率",
    .kpi_unit = "%",
    .kpi_method = "於知悉後 1 小時內完成通報之事件數 ÷ 當季資安事件總數 × 100%；當季無事件者以 100% 計。",
    .kpi_source = "國家資通安全通報應變網站通報紀錄、資安事件處理紀錄單",
    .direction = STEWARD_DIRECTION_AT_LEAST,
    .frequency = STEWARD_FREQUENCY_QUARTERLY,
    .low = 100, .high = 100,
    .base = { 100, 100, 100, 100 }, .spread = 0, .decimals = 1, .min = 0, .max = 100,
    .overrides = notification_overrides,
    .evidence_document = "資安事件通報統計",
    .evidence_file = "incident-report", .evidence_extension = "xlsx",
    .activities = "1. 修訂資安事件通報及應變程序，明定假日及夜間值班聯繫窗口\n"
                  "2. 每年辦理資安事件通報應變演練 1 次\n"
                  "3. 每季統計通報時效並於管理小組會議檢討",
    .resource_people = "資訊安全組 2 人、各組值班人員",
    .budget = 120000,
    .resource_equipment = "通報應變網站帳號、值班手機、資安監控（SOC）服務",
    .resource_procedures = "資通安全事件通報及應變程序書、資安事件處理紀錄單、值班紀錄表",
    .evaluation = "每季統計通報時效；所有事件均於 1 小時內通報為達成。",
    .status = STEWARD_PLAN_IN_PROGRESS,
  },
  {
    .statement = "降低同仁誤開社交工程郵件之比率，社交工程演練郵件點擊率不高於目標值。",
    .policy_goal = "提升同仁資訊安全意識，防範社交工程攻擊。",
    .owner_unit = "教育訓練組", .owner_title = "組長",
    .recorder_unit = "資訊安全組", .recorder_title = "資安工程師",
    .kpi_name = "社交工程演練郵件點擊率",
    .kpi_unit = "%",
    .kpi_method = "點擊演練郵件連結或開啟附件之人數 ÷ 受測人數 × 100%。",
    .kpi_source = "社交工程演練執行報告（演練服務廠商提供）",
    .direction = STEWARD_DIRECTION_AT_MOST,
    .frequency = STEWARD_FREQUENCY_HALF_YEARLY,
    .low = 10, .high = 10,
    .change_year = 1, .changed_low = 5, .changed_high = 5,
    .base = { 7.8, 4.0, 3.4, 2.8 }, .spread = 0.9, .decimals = 1, .min = 0, .max = 100,
    .overrides = phishing_overrides,
    .evidence_document = "社交工程演練報告", .evidence_file = "phishing-drill", .evidence_extension = "pdf",
    .activities = "1. 每半年辦理社交工程演練 1 次\n"
                  "2. 對點擊演練郵件之同仁辦理加強宣導課程\n"
                  "3. 於內部網站公告常見釣魚郵件樣態",
    .resource_people = "教育訓練組 2 人、資訊安全組 1 人",
    .budget = 180000,
    .resource_equipment = "社交工程演練服務（委外）、郵件過濾系統",
    .resource_procedures = "資訊安全教育訓練管理程序書、社交工程演練計畫、演練結果報告",
    .evaluation = "每半年依演練報告計算點擊率，不高於當期目標值為達成。",
    .status = STEWARD_PLAN_IN_PROGRESS,
  },
  {
    .statement = "全體同仁每人每年完成資通安全教育訓練至少 3 小時。",
    .policy_goal = "提升同仁資訊安全認知與技能，符合資通安全責任等級應辦事項。",
    .owner_unit = "行政組", .owner_title = "組長",
    .recorder_unit = "行政組", .recorder_title = "專員",
    .kpi_name = "每人每年資安教育訓練時數",
    .kpi_unit = "小時",
    .kpi_method = "全體同仁當年度資安教育訓練總時數 ÷ 在職人數。",
    .kpi_source = "公務人員終身學習入口網站學習紀錄、教育訓練簽到表",
    .direction = STEWARD_DIRECTION_AT_LEAST,
    .frequency = STEWARD_FREQUENCY_YEARLY,
    .low = 3, .high = 3,
    .base = { 3.4, 4.1, 3.8, 4.0 }, .spread = 0.2, .decimals = 1, .min = 0, .max = 40,
    .evidence_document = "資安教育訓練時數統計表",
    .evidence_file = "training-hours", .evidence_extension = "xlsx",
    .activities = "1. 每年上、下半年各辦理資安通識課程 1 場（各 2 小時）\n"
                  "2. 提供線上數位課程並追蹤完成情形\n"
                  "3. 每年 11 月通知未達時數之同仁補修",
    .resource_people = "行政組 1 人、教育訓練組 1 人、外聘講師",
    .budget = 60000,
    .resource_equipment = "視訊會議系統、數位學習平台",
    .resource_procedures = "資訊安全教育訓練管理程序書、教育訓練簽到表、課程滿意度問卷",
    .evaluation = "每年 12 月統計平均時數，達 3 小時以上為達成。",
    .status = STEWARD_PLAN_IN_PROGRESS,
  },
  {
    .statement = "高風險弱點於發現後儘速修補，平均修補天數不超過目標值。",
    .policy_goal = "降低資訊系統遭受攻擊之風險，確保系統之完整性。",
    .owner_unit = "應用服務組", .owner_title = "組長",
    .recorder_unit = "應用服務組", .recorder_title = "管理師",
    .kpi_name = "高風險弱點平均修補天數",
    .kpi_unit = "天",
    .kpi_method = "當季修補完成之高風險弱點，自弱點掃描報告發現日至複掃確認修補日之平均天數。",
    .kpi_source = "弱點掃描報告、弱點修補追蹤表",
    .direction = STEWARD_DIRECTION_AT_MOST,
    .frequency = STEWARD_FREQUENCY_QUARTERLY,
    .low = 30, .high = 30,
    .change_year = 2, .changed_low = 14, .changed_high = 14,
    .base = { 23, 17, 11, 9.5 }, .spread = 3, .decimals = 1, .min = 0, .max = 365,
    .overrides = patching_overrides,
    .leave_due = TRUE,
    .evidence_document = "弱點修補追蹤表", .evidence_file = "vuln-tracking", .evidence_extension = "xlsx",
    .activities = "1. 每季對對外服務系統執行弱點掃描，7 日內完成風險評估\n"
                  "2. 以弱點修補追蹤表列管，逾期項目提報管理小組會議\n"
                  "3. 導入修補程式集中派送機制",
    .resource_people = "應用服務組 2 人、系統管理組 1 人、資訊安全組 1 人",
    .budget = 450000,
    .resource_equipment = "弱點掃描工具、修補程式集中派送系統",
    .resource_procedures = "弱點管理程序、弱點修補追蹤表、系統變更申請單",
    .evaluation = "每季計算平均修補天數，不超過當期目標值為達成。",
    .status = STEWARD_PLAN_IN_PROGRESS,
  },
  {
    .statement = "核心系統之備份資料可正確還原，每季備份還原測試全數成功。",
    .policy_goal = "確保資料之完整性與可用性，於災害發生時能回復營運。",
    .owner_unit = "系統管理組", .owner_title = "組長",
    .recorder_unit = "系統管理組", .recorder_title = "助理工程師",
    .kpi_name = "備份還原測試成功率",
    .kpi_unit = "%",
    .kpi_method = "還原測試成功之系統數 ÷ 當季排定還原測試之系統數 × 100%。",
    .kpi_source = "備份還原測試紀錄表",
    .direction = STEWARD_DIRECTION_AT_LEAST,
    .frequency = STEWARD_FREQUENCY_QUARTERLY,
    .low = 100, .high = 100,
    .base = { 100, 100, 100, 100 }, .spread = 0, .decimals = 1, .min = 0, .max = 100,
    .overrides = restore_overrides,
    .evidence_document = "備份還原測試紀錄表", .evidence_file = "restore-test", .evidence_extension = "pdf",
    .activities = "1. 每季依排程抽測核心系統備份還原\n"
                  "2. 每年檢查備份媒體並汰換老舊磁帶\n"
                  "3. 重要資料實施異地備份",
    .resource_people = "系統管理組 2 人",
    .budget = 320000,
    .resource_equipment = "備份伺服器、磁帶櫃、異地備份儲存空間",
    .resource_procedures = "備份管理程序、備份還原測試紀錄表",
    .evaluation = "每季統計還原測試結果，全數成功為達成。",
    .status = STEWARD_PLAN_DONE,
  },
  {
    .statement = "納管端點之防毒病毒碼維持最新，更新率維持在目標範圍內。",
    .policy_goal = "防範惡意程式入侵，保護端點設備與資料安全。",
    .owner_unit = "網路管理組", .owner_title = "組長",
    .recorder_unit = "網路管理組", .recorder_title = "工程師",
    .kpi_name = "防毒病毒碼更新率",
    .kpi_unit = "%",
    .kpi_method = "病毒碼落後未逾 3 日之端點數 ÷ 納管端點總數 × 100%。",
    .kpi_source = "端點防護管理主控台報表",
    .direction = STEWARD_DIRECTION_WITHIN,
    .frequency = STEWARD_FREQUENCY_MONTHLY,
    .low = 95, .high = 100,
    .base = { 97.6, 98.1, 98.4, 98.6 }, .spread = 1.2, .decimals = 1, .min = 0, .max = 100,
    .overrides = antivirus_overrides,
    .leave_due = TRUE,
    .evidence_document = "端點防護月報", .evidence_file = "av-monthly", .evidence_extension = "pdf",
    .activities = "1. 每月檢視端點防護主控台，列管未更新之端點\n"
                  "2. 寒暑假前後排程喚醒端點更新病毒碼\n"
                  "3. 汰換不再支援之舊版防毒軟體",
    .resource_people = "網路管理組 2 人",
    .budget = 650000,
    .resource_equipment = "端點防護軟體授權、端點防護管理主控台",
    .resource_procedures = "惡意程式防護管理規範、端點防護月報",
    .evaluation = "每月統計更新率，介於 95% 至 100% 為達成。",
    .status = STEWARD_PLAN_IN_PROGRESS,
  },
  {
    .statement = "內部稽核及外部稽核發現之缺失，於預定期限內完成改善。",
    .policy_goal = "持續改善資訊安全管理制度之有效性。",
    .owner_unit = "主任室", .owner_title = "副主任",
    .recorder_unit = "主任室", .recorder_title = "秘書",
    .kpi_name = "資安稽核缺失改善完成率",
    .kpi_unit = "%",
    .kpi_method = "預定完成日落於當期之缺失中，如期完成改善之件數 ÷ 應完成改善件數 × 100%。",
    .kpi_source = "矯正措施追蹤表、內部稽核報告",
    .direction = STEWARD_DIRECTION_AT_LEAST,
    .frequency = STEWARD_FREQUENCY_HALF_YEARLY,
    .low = 90, .high = 90,
    .base = { 95, 95, 95, 95 }, .spread = 4, .decimals = 1, .min = 0, .max = 100,
    .overrides = audit_overrides,
    .evidence_document = "矯正措施追蹤表", .evidence_file = "car-tracking", .evidence_extension = "xlsx",
    .activities = "1. 稽核缺失開立矯正措施單，指定負責人與完成期限\n"
                  "2. 每月於管理小組會議追蹤改善進度\n"
                  "3. 逾期項目提報資訊安全委員會",
    .resource_people = "主任室 2 人、各組組長",
    .budget = 80000,
    .resource_equipment = "ISMS 文件管理系統",
    .resource_procedures = "矯正與預防措施管理程序書、矯正措施單、內部稽核程序書",
    .evaluation = "每半年統計改善完成率，達 90% 以上為達成。",
    .status = STEWARD_PLAN_IN_PROGRESS,
  },
};

static guint
months_per_period (StewardFrequency frequency)
{
  switch (frequency)
    {
    case STEWARD_FREQUENCY_MONTHLY:
      return 1;
    case STEWARD_FREQUENCY_QUARTERLY:
      return 3;
    case STEWARD_FREQUENCY_HALF_YEARLY:
      return 6;
    case STEWARD_FREQUENCY_YEARLY:
    default:
      return 12;
    }
}

static void
get_period_end (const GDate *start,
                guint        months,
                GDate       *end)
{
  *end = *start;
  g_date_add_months (end, months);
  g_date_subtract_days (end, 1);
}

static double
round_to (double value,
          int    decimals)
{
  double scale = pow (10, decimals);

  return round (value * scale) / scale;
}

/* As the centre's reports name their periods: "113/03", "113年第1季",
 * "113年上半年", "113年度"; and as their files do: "113-03", "113Q1". */
static char *
format_period_label (StewardFrequency  frequency,
                     const GDate      *start)
{
  int year = steward_date_roc_year (g_date_get_year (start));
  guint index = (g_date_get_month (start) - 1) / months_per_period (frequency);

  switch (frequency)
    {
    case STEWARD_FREQUENCY_MONTHLY:
      return g_strdup_printf ("%d/%02d", year, (int)g_date_get_month (start));
    case STEWARD_FREQUENCY_QUARTERLY:
      return g_strdup_printf ("%d年第%u季", year, index + 1);
    case STEWARD_FREQUENCY_HALF_YEARLY:
      return g_strdup_printf ("%d年%s半年", year, index == 0 ? "上" : "下");
    case STEWARD_FREQUENCY_YEARLY:
    default:
      return g_strdup_printf ("%d年度", year);
    }
}

static char *
format_period_code (StewardFrequency  frequency,
                    const GDate      *start)
{
  int year = steward_date_roc_year (g_date_get_year (start));
  guint index = (g_date_get_month (start) - 1) / months_per_period (frequency);

  switch (frequency)
    {
    case STEWARD_FREQUENCY_MONTHLY:
      return g_strdup_printf ("%d-%02d", year, (int)g_date_get_month (start));
    case STEWARD_FREQUENCY_QUARTERLY:
      return g_strdup_printf ("%dQ%u", year, index + 1);
    case STEWARD_FREQUENCY_HALF_YEARLY:
      return g_strdup_printf ("%dH%u", year, index + 1);
    case STEWARD_FREQUENCY_YEARLY:
    default:
      return g_strdup_printf ("%d", year);
    }
}

/* A value is recorded a few working days after its period ends, but never
 * later than yesterday. */
static GDateTime *
new_recorded_at (GRand       *rand,
                 const GDate *period_end,
                 const GDate *today)
{
  GDate on = *period_end;
  GDate latest = *today;
  int hour = g_rand_int_range (rand, 9, 17);
  int minute = g_rand_int_range (rand, 0, 60);

  g_date_add_days (&on, g_rand_int_range (rand, 3, 12));
  g_date_subtract_days (&latest, 1);
  if (g_date_compare (&on, &latest) > 0)
    on = latest;
  if (g_date_compare (&on, period_end) < 0)
    on = *period_end;

  return g_date_time_new_local (g_date_get_year (&on), g_date_get_month (&on),
                                g_date_get_day (&on), hour, minute, 0);
}

/* The person of a unit with a title; the first one when there is none
 * (people of the large sample have random posts). */
static StewardPerson *
find_person (GPtrArray  *people,
             const char *unit,
             const char *title)
{
  for (guint i = 0; i < people->len; i++)
    {
      StewardPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (steward_person_get_unit (person), unit) == 0 &&
          g_strcmp0 (steward_person_get_title (person), title) == 0)
        return person;
    }

  return people->len > 0 ? g_ptr_array_index (people, 0) : NULL;
}

static gint64
person_id (StewardPerson *person)
{
  return person != NULL ? steward_record_get_id (STEWARD_RECORD (person)) : 0;
}

static const char *
person_name (StewardPerson *person,
             const char    *fallback)
{
  const char *name = person != NULL ? steward_person_get_name (person) : NULL;

  return name != NULL && name[0] != '\0' ? name : fallback;
}

/* Targets are decided at the year-end management review of the year
 * before they take effect. */
static char *
dup_decision_ref (int year)
{
  return g_strdup_printf ("%d年度第2次管理審查會議決議", steward_date_roc_year (year - 1));
}

static gboolean
save_target (StewardDatabase  *db,
             gint64            objective_id,
             int               year,
             double            low,
             double            high,
             GError          **error)
{
  g_autoptr(GDate) valid_from = g_date_new_dmy (1, G_DATE_JANUARY, year);
  g_autofree char *decision_ref = dup_decision_ref (year);
  g_autoptr(StewardObjectiveTarget) target = NULL;

  target = g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET,
                         "objective-id", objective_id,
                         "valid-from", valid_from,
                         "low", low,
                         "high", high,
                         "decision-ref", decision_ref,
                         NULL);

  return steward_record_save (STEWARD_RECORD (target), db, error);
}

static gboolean
save_measurement (StewardDatabase  *db,
                  gint64            objective_id,
                  const GDate      *period_start,
                  double            value,
                  const char       *evidence,
                  const char       *recorded_by,
                  GDateTime        *recorded_at,
                  const char       *notes,
                  GError          **error)
{
  g_autoptr(StewardMeasurement) measurement = NULL;

  measurement = g_object_new (STEWARD_TYPE_MEASUREMENT,
                              "objective-id", objective_id,
                              "period-start", period_start,
                              "value", value,
                              "evidence", evidence,
                              "recorded-by", recorded_by,
                              "recorded-at", recorded_at,
                              "notes", notes,
                              NULL);

  return steward_record_save (STEWARD_RECORD (measurement), db, error);
}

static const Override *
find_override (const SmallObjective *spec,
               int                   year,
               int                   period)
{
  for (const Override *o = spec->overrides; o != NULL && o->year >= 0; o++)
    if (o->year == year && o->period == period)
      return o;

  return NULL;
}

static gboolean
fill_small_objective (StewardDatabase       *db,
                      const SmallObjective  *spec,
                      guint                  number,
                      const GDate           *today,
                      GPtrArray             *people,
                      GError               **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SMALL_SEED + number);
  int first_year = g_date_get_year (today) - 3;
  guint months = months_per_period (spec->frequency);
  StewardPerson *owner = find_person (people, spec->owner_unit, spec->owner_title);
  StewardPerson *recorder = find_person (people, spec->recorder_unit, spec->recorder_title);
  const char *recorded_by = person_name (recorder, spec->recorder_unit);
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, first_year);
  g_autoptr(GDate) due = g_date_new_dmy (31, G_DATE_DECEMBER, g_date_get_year (today));
  g_autoptr(StewardObjective) objective = NULL;
  g_autoptr(StewardObjectivePlan) plan = NULL;
  gint64 objective_id;
  GDate period;

  objective = g_object_new (STEWARD_TYPE_OBJECTIVE,
                            "statement", spec->statement,
                            "policy-goal", spec->policy_goal,
                            "owner-id", person_id (owner),
                            "kpi-name", spec->kpi_name,
                            "kpi-unit", spec->kpi_unit,
                            "kpi-method", spec->kpi_method,
                            "kpi-source", spec->kpi_source,
                            "direction", spec->direction,
                            "frequency", spec->frequency,
                            "start-date", start,
                            "notes", spec->notes,
                            NULL);
  if (!steward_record_save (STEWARD_RECORD (objective), db, error))
    return FALSE;
  objective_id = steward_record_get_id (STEWARD_RECORD (objective));

  if (!save_target (db, objective_id, first_year, spec->low, spec->high, error))
    return FALSE;
  if (spec->change_year > 0 &&
      !save_target (db, objective_id, first_year + spec->change_year,
                    spec->changed_low, spec->changed_high, error))
    return FALSE;

  plan = g_object_new (STEWARD_TYPE_OBJECTIVE_PLAN,
                       "objective-id", objective_id,
                       "activities", spec->activities,
                       "resource-people", spec->resource_people,
                       "budget-amount", spec->budget,
                       "budget-currency", "TWD",
                       "resource-equipment", spec->resource_equipment,
                       "resource-procedures", spec->resource_procedures,
                       "responsible-id", person_id (owner),
                       "due-date", due,
                       "evaluation", spec->evaluation,
                       "status", spec->status,
                       NULL);
  if (!steward_record_save (STEWARD_RECORD (plan), db, error))
    return FALSE;

  for (period = *start; ; g_date_add_months (&period, months))
    {
      int year = g_date_get_year (&period) - first_year;
      int index = (g_date_get_month (&period) - 1) / months;
      const Override *override = find_override (spec, year, index);
      double value = spec->base[MIN (year, 3)]
                     + g_rand_double_range (rand, -spec->spread, spec->spread);
      g_autoptr(GDateTime) recorded_at = NULL;
      g_autofree char *label = NULL;
      g_autofree char *code = NULL;
      g_autofree char *evidence = NULL;
      GDate end, next, next_end;

      get_period_end (&period, months, &end);
      if (g_date_compare (&end, today) >= 0)
        break;

      /* Drawn before the checks below, so that every period draws the
       * same numbers whatever today is. */
      recorded_at = new_recorded_at (rand, &end, today);

      next = period;
      g_date_add_months (&next, months);
      get_period_end (&next, months, &next_end);
      if (spec->leave_due && g_date_compare (&next_end, today) >= 0)
        break;

      if (override != NULL)
        value = override->value;
      value = CLAMP (round_to (value, spec->decimals), spec->min, spec->max);

      label = format_period_label (spec->frequency, &period);
      code = format_period_code (spec->frequency, &period);
      evidence = g_strdup_printf ("%s %s（%s-%s.%s）", spec->evidence_document, label,
                                  spec->evidence_file, code, spec->evidence_extension);

      if (!save_measurement (db, objective_id, &period, value, evidence, recorded_by, recorded_at,
                             override != NULL ? override->note : NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* The large sample: ten indicators for each of five services, measured
 * monthly for ten years, the targets tightened twice. */

typedef struct
{
  const char       *name;
  const char       *unit;
  const char       *policy_goal;
  StewardDirection  direction;
  double            levels[3][2];
  /* How far a value strays from the target. */
  double            slack;
  int               decimals;
  double            min;
  double            max;
} LargeIndicator;

static const char * const large_services[] = {
  "校務行政系統", "教育雲端服務", "校園網路骨幹", "電子郵件系統", "公文管理系統",
};

static const LargeIndicator large_indicators[] = {
  { "可用率", "%", "確保資訊服務之可用性",
    STEWARD_DIRECTION_AT_LEAST, { { 99, 99 }, { 99.5, 99.5 }, { 99.8, 99.8 } }, 0.5, 2, 0, 100 },
  { "防毒病毒碼更新率", "%", "防範惡意程式入侵",
    STEWARD_DIRECTION_WITHIN, { { 90, 100 }, { 95, 100 }, { 97, 100 } }, 4, 1, 0, 100 },
  { "高風險弱點平均修補天數", "天", "降低系統遭受攻擊之風險",
    STEWARD_DIRECTION_AT_MOST, { { 30, 30 }, { 21, 21 }, { 14, 14 } }, 10, 1, 0, 365 },
  { "備份成功率", "%", "確保資料之完整性與可用性",
    STEWARD_DIRECTION_AT_LEAST, { { 98, 98 }, { 99, 99 }, { 99.5, 99.5 } }, 1.5, 1, 0, 100 },
  { "異常登入告警平均處理時數", "小時", "及早發現並處理異常存取",
    STEWARD_DIRECTION_AT_MOST, { { 24, 24 }, { 12, 12 }, { 8, 8 } }, 8, 1, 0, 720 },
  { "帳號權限清查完成率", "%", "落實存取控制管理",
    STEWARD_DIRECTION_AT_LEAST, { { 90, 90 }, { 95, 95 }, { 98, 98 } }, 6, 1, 0, 100 },
  { "資安事件 1 小時內通報比率", "%", "落實資通安全事件通報及應變",
    STEWARD_DIRECTION_AT_LEAST, { { 95, 95 }, { 100, 100 }, { 100, 100 } }, 20, 1, 0, 100 },
  { "修補程式安裝率", "%", "降低系統遭受攻擊之風險",
    STEWARD_DIRECTION_AT_LEAST, { { 90, 90 }, { 95, 95 }, { 98, 98 } }, 5, 1, 0, 100 },
  { "日誌保存完整率", "%", "確保事件可追查",
    STEWARD_DIRECTION_AT_LEAST, { { 98, 98 }, { 99, 99 }, { 99.5, 99.5 } }, 1.5, 1, 0, 100 },
  { "未經核准之系統變更件數", "件", "落實變更管理",
    STEWARD_DIRECTION_AT_MOST, { { 2, 2 }, { 1, 1 }, { 0, 0 } }, 2, 0, 0, 1000 },
};

#define N_LARGE_OBJECTIVES (G_N_ELEMENTS (large_services) * G_N_ELEMENTS (large_indicators))
#define LARGE_MISS_PERCENT 6

/* A value near the target that holds: mostly on the good side, now and
 * then a miss. */
static double
draw_large_value (GRand                *rand,
                  const LargeIndicator *indicator,
                  double                low,
                  double                high)
{
  gboolean miss = g_rand_int_range (rand, 0, 100) < LARGE_MISS_PERCENT;
  double u = g_rand_double (rand);
  double value;

  switch (indicator->direction)
    {
    case STEWARD_DIRECTION_AT_MOST:
      value = miss ? high + indicator->slack * (0.2 + u)
                   : high - u * MIN (indicator->slack, high - indicator->min);
      break;
    case STEWARD_DIRECTION_WITHIN:
      value = miss ? low - indicator->slack * (0.2 + u) : low + u * (high - low);
      break;
    case STEWARD_DIRECTION_AT_LEAST:
    default:
      value = miss ? low - indicator->slack * (0.2 + u)
                   : low + u * MIN (indicator->slack, indicator->max - low);
      break;
    }

  return CLAMP (round_to (value, indicator->decimals), indicator->min, indicator->max);
}

static gboolean
fill_large_objective (StewardDatabase  *db,
                      guint             number,
                      const GDate      *today,
                      GPtrArray        *people,
                      GError          **error)
{
  static const StewardPlanStatus statuses[] = {
    STEWARD_PLAN_IN_PROGRESS, STEWARD_PLAN_IN_PROGRESS, STEWARD_PLAN_DONE, STEWARD_PLAN_PLANNED,
    STEWARD_PLAN_IN_PROGRESS, STEWARD_PLAN_CANCELLED,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (LARGE_SEED + number);
  const char *service = large_services[number % G_N_ELEMENTS (large_services)];
  const LargeIndicator *indicator = &large_indicators[number / G_N_ELEMENTS (large_services)];
  int first_year = g_date_get_year (today) - (int) steward_sample_data_get_years ();
  /* The targets change in years staggered over the objectives. */
  int change_years[3] = {
    first_year, first_year + 3 + (int)(number % 2), first_year + 6 + (int)(number % 3 == 0),
  };
  StewardPerson *owner = people->len > 0
                         ? g_ptr_array_index (people, g_rand_int_range (rand, 0, people->len))
                         : NULL;
  const char *recorded_by = person_name (owner, "資訊安全組");
  gboolean leave_due = number % 7 == 3;
  g_autofree char *kpi_name = g_strconcat (service, indicator->name, NULL);
  g_autofree char *statement = g_strdup_printf ("%s之%s維持於目標水準，並按月量測追蹤。",
                                                service, indicator->name);
  g_autofree char *source = g_strdup_printf ("%s維運月報", service);
  g_autofree char *activities = g_strdup_printf ("1. 每月量測%s並於資訊安全管理小組會議報告\n"
                                                 "2. 未達目標時開立矯正措施單並追蹤改善\n"
                                                 "3. 每年檢討目標水準", kpi_name);
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, first_year);
  g_autoptr(GDate) due = g_date_new_dmy (31, G_DATE_DECEMBER, g_date_get_year (today));
  g_autoptr(StewardObjective) objective = NULL;
  g_autoptr(StewardObjectivePlan) plan = NULL;
  gint64 objective_id;
  guint level = 0;
  GDate period;

  objective = g_object_new (STEWARD_TYPE_OBJECTIVE,
                            "statement", statement,
                            "policy-goal", indicator->policy_goal,
                            "owner-id", person_id (owner),
                            "kpi-name", kpi_name,
                            "kpi-unit", indicator->unit,
                            "kpi-method", "依本中心「ISMS有效性量測表」所定之計算方式。",
                            "kpi-source", source,
                            "direction", indicator->direction,
                            "frequency", STEWARD_FREQUENCY_MONTHLY,
                            "start-date", start,
                            NULL);
  if (!steward_record_save (STEWARD_RECORD (objective), db, error))
    return FALSE;
  objective_id = steward_record_get_id (STEWARD_RECORD (objective));

  for (guint i = 0; i < G_N_ELEMENTS (change_years); i++)
    if (!save_target (db, objective_id, change_years[i],
                      indicator->levels[i][0], indicator->levels[i][1], error))
      return FALSE;

  plan = g_object_new (STEWARD_TYPE_OBJECTIVE_PLAN,
                       "objective-id", objective_id,
                       "activities", activities,
                       "resource-people", "資訊安全執行小組 2 人",
                       "budget-amount", (double)(10000 * g_rand_int_range (rand, 5, 200)),
                       "budget-currency", "TWD",
                       "resource-equipment", "網管監控系統",
                       "resource-procedures", "ISMS有效性量測表",
                       "responsible-id", person_id (owner),
                       "due-date", due,
                       "evaluation", "每月與當期目標值比較，年度內各月均達成為達成。",
                       "status", statuses[number % G_N_ELEMENTS (statuses)],
                       NULL);
  if (!steward_record_save (STEWARD_RECORD (plan), db, error))
    return FALSE;

  for (period = *start; ; g_date_add_months (&period, 1))
    {
      g_autoptr(GDateTime) recorded_at = NULL;
      g_autofree char *evidence = NULL;
      GDate end, next, next_end;
      double value;

      get_period_end (&period, 1, &end);
      if (g_date_compare (&end, today) >= 0)
        break;

      while (level + 1 < G_N_ELEMENTS (change_years) &&
             (int)g_date_get_year (&period) >= change_years[level + 1])
        level++;
      value = draw_large_value (rand, indicator,
                                indicator->levels[level][0], indicator->levels[level][1]);
      recorded_at = new_recorded_at (rand, &end, today);

      next = period;
      g_date_add_months (&next, 1);
      get_period_end (&next, 1, &next_end);
      if (leave_due && g_date_compare (&next_end, today) >= 0)
        break;

      evidence = g_strdup_printf ("%s月報 %d/%02d", service,
                                  steward_date_roc_year (g_date_get_year (&period)),
                                  (int)g_date_get_month (&period));
      if (!save_measurement (db, objective_id, &period, value, evidence, recorded_by, recorded_at,
                             NULL, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * steward_sample_objectives_fill:
 * @today: the day the sample is made: the measured periods end before it
 * @people: (element-type StewardPerson): the people of the sample
 *   organization, saved, to be owners and to record the values
 *
 * Adds the objectives of the sample organization: eight, measured for the
 * last three years and this one, or fifty, measured monthly for ten years.
 * Run it inside a transaction: a large sample is thousands of rows.
 */
gboolean
steward_sample_objectives_fill (StewardDatabase  *db,
                                gboolean          large,
                                const GDate      *today,
                                GPtrArray        *people,
                                GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (people != NULL, FALSE);

  if (large)
    {
      for (guint i = 0; i < N_LARGE_OBJECTIVES; i++)
        if (!fill_large_objective (db, i, today, people, error))
          return FALSE;
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (small_objectives); i++)
        if (!fill_small_objective (db, &small_objectives[i], i, today, people, error))
          return FALSE;
    }

  return TRUE;
}
