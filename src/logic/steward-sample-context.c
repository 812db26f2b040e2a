/* steward-sample-context.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-sample-context"

#include "config.h"

#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-org-change.h"
#include "model/steward-party.h"
#include "model/steward-party-feedback.h"
#include "model/steward-party-requirement.h"
#include "model/steward-person.h"
#include "model/steward-register-review.h"
#include "model/steward-scope-version.h"
#include "steward-date.h"
#include "steward-sample-context.h"
#include "steward-sample-data.h"

/* The context of the sample organization (5.1, 5.2, 5.5): its issues, its
 * interested parties with their requirements and feedback, its external
 * contacts, the versions of its scope and the yearly review of each
 * register. Dates are counted back from the day the sample is made, and the
 * references of decisions and directives are written in the ROC years of
 * those dates. The content is the centre's own data, in Traditional
 * Chinese, not text of the app: nothing here is translated. Phone numbers
 * and addresses are made up; e-mail domains are example domains. */

#define LARGE_SEED 1040601

typedef struct
{
  StewardIssueCategory  category;
  const char           *description;
  const char           *effect;
  StewardIssueSource    source;
  /* A directive's agency and document word; the reference itself for "other". */
  const char           *agency;
  const char           *word;
  guint                 days_ago;
  StewardIssueStatus    status;
  const char           *notes;
} SampleIssue;

#define MEETING STEWARD_ISSUE_SOURCE_SECURITY_MEETING
#define DIRECTIVE STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE
#define OPEN STEWARD_ISSUE_STATUS_OPEN
#define MONITORED STEWARD_ISSUE_STATUS_MONITORED
#define RETIRED STEWARD_ISSUE_STATUS_RETIRED

static const SampleIssue small_issues[] = {
  { STEWARD_ISSUE_LEGAL_REGULATORY, "資通安全管理法及其施行細則修正，資通安全責任等級應辦事項調整。",
    "須重新檢視本中心 B 級應辦事項、資安專職人力配置及稽核頻率。",
    DIRECTIVE, "數位發展部", "數授資綜字", 420, OPEN, NULL },
  { STEWARD_ISSUE_LEGAL_REGULATORY, "個人資料保護法修正，設立個人資料保護委員會並強化公務機關個資外洩通報義務。",
    "個資外洩事件須於期限內通報並通知當事人；個資事故應變程序須修訂。",
    MEETING, NULL, NULL, 380, OPEN, NULL },
  { STEWARD_ISSUE_NATIONAL, "行政院資通安全會報要求各機關導入零信任架構（身分鑑別、設備鑑別、信任推斷）。",
    "須規劃身分鑑別與設備鑑別機制，並編列建置經費。",
    DIRECTIVE, "數位發展部", "數授資綜字", 600, OPEN, "分三年導入，第一年完成身分鑑別。" },
  { STEWARD_ISSUE_EXTERNAL_RELATIONS, "上級機關（教育部、數位發展部）辦理之資安稽核，稽核發現須於期限內完成改善。",
    "稽核缺失須開立矯正措施並追蹤至結案。",
    DIRECTIVE, "教育部", "臺教資(四)字", 300, MONITORED, NULL },
  { STEWARD_ISSUE_ENVIRONMENTAL, "颱風與地震造成機房斷電、淹水及通訊中斷之風險。",
    "核心系統可用性受影響；須確保 UPS、發電機與異地備援有效。",
    MEETING, NULL, NULL, 700, MONITORED, "每年汛期前檢查機房防水閘門與發電機油料。" },
  { STEWARD_ISSUE_ENVIRONMENTAL, "能源轉型與氣候變遷政策，要求機關提升機房用電效率並節能減碳。",
    "機房空調與伺服器汰換須納入能源效率（PUE）考量。",
    DIRECTIVE, "行政院", "院臺經字", 250, OPEN, NULL },
  { STEWARD_ISSUE_DRIVERS_TRENDS, "勒索軟體攻擊趨勢：針對教育機構之加密勒索與資料外洩雙重勒索事件增加。",
    "備份須離線保存並定期還原測試；端點防護與修補時效須加強。",
    STEWARD_ISSUE_SOURCE_OTHER, "TWCERT/CC 資安情資分享", NULL, 200, OPEN, NULL },
  { STEWARD_ISSUE_TECHNOLOGICAL, "生成式AI使用風險：同仁將公務資料輸入生成式AI服務，可能導致機敏資料外洩。",
    "須訂定生成式AI使用規範並宣導，機密資料不得輸入外部服務。",
    DIRECTIVE, "行政院", "院臺護字", 500, OPEN, "依行政院及所屬機關（構）使用生成式AI參考指引辦理。" },
  { STEWARD_ISSUE_EXTERNAL_RELATIONS, "供應鏈安全：委外廠商遭入侵成為攻擊跳板，遠端維護連線管理不足。",
    "委外契約須納入資安條款；遠端維護須申請並全程側錄。",
    MEETING, NULL, NULL, 450, OPEN, NULL },
  { STEWARD_ISSUE_TECHNOLOGICAL, "雲端服務採用：教育雲與公有雲服務之資料存放位置與資安要求。",
    "採購雲端服務須評估資料存放地點、加密與退場機制。",
    MEETING, NULL, NULL, 800, MONITORED, NULL },
  { STEWARD_ISSUE_ECONOMIC, "中央政府總預算刪減，資安預算受限，設備汰換與資安服務採購經費不足。",
    "部分汰換計畫須延後，須依風險排序經費。",
    STEWARD_ISSUE_SOURCE_REVIEW, NULL, NULL, 320, OPEN, NULL },
  { STEWARD_ISSUE_REGIONAL, "轄區學校大量導入智慧教室與IoT設備，資產盤點與網路區隔不足。",
    "校園網路骨幹面臨未納管設備之入侵風險。",
    MEETING, NULL, NULL, 350, OPEN, NULL },
  { STEWARD_ISSUE_SOCIAL_CULTURAL, "民眾與家長對學生個資保護之關注提高，媒體報導校園個資外洩事件。",
    "個資事件之對外溝通須經核准，回應須即時一致。",
    STEWARD_ISSUE_SOURCE_OTHER, "媒體報導及1999陳情案件", NULL, 400, MONITORED, NULL },
  { STEWARD_ISSUE_LEGAL_REGULATORY, "舊版資通安全責任等級分級辦法之資安健診頻率規定。",
    "已由新修正之應辦事項取代。",
    DIRECTIVE, "行政院", "院臺護字", 1500, RETIRED, "新規定生效後停止追蹤。" },
  { STEWARD_ISSUE_TECHNOLOGICAL, "Windows 7 端點停止支援，無法取得安全性更新。",
    "端點已全數汰換完成。",
    MEETING, NULL, NULL, 1400, RETIRED, NULL },
  { STEWARD_ISSUE_SYSTEMS_PROCESSES, "老舊系統（Windows Server 2012）停止支援，校務行政系統主機須遷移。",
    "未遷移前無安全性更新，須以網路區隔與存取控制暫代。",
    MEETING, NULL, NULL, 700, OPEN, NULL },
  { STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE, "人員流動與資安人力不足，資安專職人員離職後職缺遞補不易。",
    "資安業務集中於少數人員，知識傳承與職務代理不足。",
    MEETING, NULL, NULL, 380, OPEN, NULL },
  { STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE, "資安職能訓練要求：資安專職人員每年須完成12小時以上專業課程並持有資安證照。",
    "須編列訓練經費並追蹤證照有效期限。",
    DIRECTIVE, "數位發展部", "數授資綜字", 550, MONITORED, NULL },
  { STEWARD_ISSUE_SYSTEMS_PROCESSES, "公文系統與電子簽章：電子公文交換及機關憑證更新作業。",
    "憑證逾期將導致公文無法交換。",
    STEWARD_ISSUE_SOURCE_REVIEW, NULL, NULL, 260, MONITORED, NULL },
  { STEWARD_ISSUE_STANDARDS_CONTRACTS, "ISO/IEC 27001:2022 轉版，附錄A控制措施調整為93項。",
    "適用性聲明書與相關程序書須更新，並於驗證效期內完成轉版。",
    MEETING, NULL, NULL, 900, OPEN, NULL },
  { STEWARD_ISSUE_GOVERNANCE_ROLES, "組織改造：資訊中心改制為數位發展處，資訊安全組織成員與權責須重新調整。",
    "資訊安全委員會組成、資訊安全官指派及各小組分工須重新核定。",
    MEETING, NULL, NULL, 430, OPEN, NULL },
  { STEWARD_ISSUE_POLICIES_STRATEGY, "資訊安全政策須與本處數位轉型策略及中長程計畫一致。",
    "資訊安全目標與年度資安計畫須配合數位轉型期程調整。",
    MEETING, NULL, NULL, 300, OPEN, NULL },
  { STEWARD_ISSUE_CULTURE, "同仁資安意識不一，社交工程演練點擊率於部分單位偏高。",
    "須針對高點擊率單位加強宣導。",
    STEWARD_ISSUE_SOURCE_REVIEW, NULL, NULL, 500, MONITORED, NULL },
};

typedef struct
{
  StewardRequirementKind  kind;
  const char             *text;
  const char             *addressed_by;
  guint                   decided_days_ago;
  guint                   retired_days_ago;  /* 0: in force */
} SampleRequirement;

typedef struct
{
  guint       received_days_ago;
  const char *content;
  const char *response;
  guint       responded_days_ago;  /* 0: not answered yet */
} SampleFeedback;

typedef struct
{
  const char        *name;
  StewardScope       scope;
  StewardPartyKind   kind;
  const char        *notes;
  SampleRequirement  requirements[3];
  SampleFeedback     feedback[2];
} SampleParty;

#define REQUIREMENT STEWARD_REQUIREMENT_REQUIREMENT
#define EXPECTATION STEWARD_REQUIREMENT_EXPECTATION
#define NEED STEWARD_REQUIREMENT_NEED

static const SampleParty small_parties[] = {
  { "上級機關（教育部）", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_SUPERIOR_AGENCY, "主管機關，督導資通安全責任等級應辦事項。",
    { { REQUIREMENT, "依資通安全管理法辦理資通安全責任等級B級應辦事項。", "維持 ISMS 驗證，每年辦理內部稽核與資安健診。", 700, 0 },
      { REQUIREMENT, "配合年度資安稽核，並於期限內完成缺失改善。", "以矯正措施追蹤表列管至結案。", 300, 0 } },
    { { 200, "年度資安稽核報告建議強化委外廠商之遠端維護管理。", "已修訂委外管理程序，遠端維護改為申請制並全程側錄。", 150 } } },
  { "數位發展部資通安全署", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_REGULATORS, NULL,
    { { REQUIREMENT, "知悉資通安全事件後 1 小時內完成通報。", "資安事件通報及應變程序、假日值班聯繫機制。", 650, 0 },
      { EXPECTATION, "依政策期程導入零信任架構。", "列入三年資安計畫，第一年完成身分鑑別。", 600, 0 } },
    { { 90, "來函請各機關檢視 VPN 設備之高風險弱點並完成修補。", "已於 3 日內完成修補並回報。", 86 } } },
  { "轄區各級學校", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_SCHOOLS, "約 120 所國中小及高中，使用校園網路與教育雲服務。",
    { { NEED, "穩定之校園網路與教育雲服務。", "核心系統可用率目標 99.5%，並按月量測。", 700, 0 },
      { EXPECTATION, "發生資安事件時獲得即時協處。", "資安事件處理程序與學校資安窗口名冊。", 500, 0 },
      { NEED, "學校資訊人員之資安教育訓練資源。", "每學期辦理學校資訊組長資安研習。", 400, 0 } },
    { { 120, "多所學校反映教育雲單一登入於開學期間回應緩慢。", "已擴充認證伺服器容量，並於開學前壓力測試。", 100 },
      { 30, "學校詢問智慧教室設備是否須納入資產盤點。", NULL, 0 } } },
  { "民眾／家長", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_CITIZENS, NULL,
    { { EXPECTATION, "學生個人資料受妥善保護，不外洩、不作目的外利用。", "個資保護管理程序、個資檔案清冊與存取紀錄。", 380, 0 } },
    { { 60, "家長來電詢問學籍系統是否會將學生資料提供予補習班。", "說明學籍資料僅供教育行政使用，並提供個資告知事項。", 58 } } },
  { "委外廠商", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_SUPPLIERS, "系統維護、機房空調、防火牆、備份系統等廠商。",
    { { NEED, "明確之資安要求與契約條款。", "委外契約資安條款範本，採購時納入。", 450, 0 },
      { NEED, "遠端維護連線之申請與核准流程。", "遠端維護申請單，核准後開通臨時帳號。", 440, 0 } } },
  { "中心同仁", STEWARD_SCOPE_INTERNAL, STEWARD_PARTY_STAFF, NULL,
    { { NEED, "清楚易懂之資安規範與教育訓練。", "每年資安通識課程 3 小時，內部網站公告規範。", 500, 0 },
      { EXPECTATION, "資安業務之合理人力配置與職務代理。", "提報資訊安全委員會檢討人力。", 380, 0 } },
    { { 150, "同仁反映多因子驗證每次登入均須輸入驗證碼，操作不便。", "改以推播驗證，並對內網登入放寬記住裝置 7 日。", 120 } } },
  { "國家資通安全研究院／TWCERT/CC", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_PARTNERS, NULL,
    { { EXPECTATION, "分享資安情資並回饋事件處理經驗。", "加入資安情資分享平台，指定情資窗口。", 600, 0 } } },
  { "個人資料保護主管機關", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_REGULATORS, NULL,
    { { REQUIREMENT, "個資外洩事件依規定通報並通知當事人。", "個資事故應變程序（修訂中）。", 380, 0 } } },
  { "電力及電信業者", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_SUPPLIERS, "台灣電力公司、中華電信等。",
    { { NEED, "計畫性停電及線路施工時，機關提供聯繫窗口並配合作業。", "外部單位聯絡清單維護緊急聯絡窗口。", 700, 0 } } },
  { "稽核單位（驗證機構、內部稽核小組）", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_OTHER, NULL,
    { { REQUIREMENT, "提供 ISMS 運作紀錄與佐證資料。", "文件管理程序，紀錄集中保存。", 900, 0 },
      { REQUIREMENT, "依 ISO/IEC 27001:2013 附錄A控制措施提供對照表。", "已由 2022 年版適用性聲明書取代。", 1400, 280 } },
    { { 280, "驗證稽核建議適用性聲明書依 2022 年版重新檢視。", "已完成轉版並經資訊安全委員會核定。", 250 } } },
};

typedef struct
{
  const char            *organization;
  const char            *unit;
  const char            *person;
  const char            *role;
  const char            *phone;
  const char            *email;
  const char            *address;
  StewardContactPurpose  purpose;
  guint                  verified_days_ago;
  const char            *notes;
} SampleContact;

static const SampleContact small_contacts[] = {
  { "教育部資安通報應變中心（TACERT）", "通報窗口", "值班人員", "資安事件通報", "07-500-0001", "service@cert.example.edu.tw",
    NULL, STEWARD_CONTACT_INCIDENT_REPORTING, 60, "24 小時受理，須先於通報應變網站登錄。" },
  { "國家資通安全研究院", "資安防護中心", "林佳蓉", "情資分享窗口", "02-2700-0100", "isac@example.org.tw",
    NULL, STEWARD_CONTACT_CERT, 90, NULL },
  { "TWCERT/CC 台灣電腦網路危機處理暨協調中心", NULL, "服務窗口", NULL, "0800-000-111", "twcert@example.org.tw",
    NULL, STEWARD_CONTACT_CERT, 420, NULL },
  { "內政部警政署刑事警察局", "科技犯罪防制中心", "值班台", NULL, "02-2700-0165", "cyber@example.gov.tw",
    NULL, STEWARD_CONTACT_LAW_ENFORCEMENT, 120, "詐騙案件另可撥打反詐騙諮詢專線 165。" },
  { "臺南市政府警察局", "科技偵查隊", "陳建宏", "偵查佐", "06-200-0110", "tech@police.example.gov.tw",
    "臺南市中西區範例路 1 號", STEWARD_CONTACT_LAW_ENFORCEMENT, 200, NULL },
  { "台灣電力公司", "區營業處 客服中心", NULL, "停電搶修", "0800-000-1919", NULL,
    NULL, STEWARD_CONTACT_UTILITIES, 150, "報修時告知電號 00-00-0000-00-0。" },
  { "中華電信", "企業客戶服務中心", "黃怡君", "企業客戶經理", "0800-000-080", "enterprise@example.com.tw",
    NULL, STEWARD_CONTACT_UTILITIES, 100, "專線電路編號 TN-0000-0001。" },
  { "台灣自來水公司", "區管理處", NULL, "停水搶修", "06-200-0000", NULL,
    NULL, STEWARD_CONTACT_UTILITIES, 510, NULL },
  { "臺南市政府消防局", "第一救災救護大隊", "值班台", NULL, "06-200-0119", NULL,
    "臺南市東區範例路 119 號", STEWARD_CONTACT_OTHER, 250, "機房氣體滅火系統位置已提供。" },
  { "冷易通空調工程有限公司", "技術服務部", "張家豪", "駐點工程師", "06-260-0000 轉 21", "service@aircon.example.com.tw",
    NULL, STEWARD_CONTACT_SUPPLIER, 80, "機房精密空調維護合約，4 小時到場。" },
  { "堅盾資訊股份有限公司", "技術支援部", "劉志明", "防火牆維護工程師", "02-2600-0000 #305", "support@firewall.example.com.tw",
    NULL, STEWARD_CONTACT_SUPPLIER, 45, NULL },
  { "穩存科技股份有限公司", "客服中心", "蔡佩珊", "備份系統工程師", "02-2600-1111", "backup@example.com.tw",
    NULL, STEWARD_CONTACT_SUPPLIER, 400, NULL },
  { "教育部", "資訊及科技教育司", "王淑芬", "承辦人", "02-2700-5678", "contact@moe.example.gov.tw",
    "臺北市中正區範例路 5 號", STEWARD_CONTACT_SUPERIOR_AGENCY, 30, NULL },
  { "臺南市教育網路中心", "網路組", "吳冠宇", "網路管理師", "06-200-0300", "noc@tn.example.edu.tw",
    NULL, STEWARD_CONTACT_OTHER, 180, NULL },
  { "安和法律事務所", NULL, "鄭律師", "資安保險及法律顧問", "02-2700-9999", "lawyer@example.com.tw",
    NULL, STEWARD_CONTACT_OTHER, 300, "資安保險理賠與個資事件法律諮詢。" },
};

static GDate *
new_days_ago (const GDate *today,
              guint        days)
{
  GDate *date = g_date_copy (today);

  g_date_subtract_days (date, days);

  return date;
}

/* "113年第2次資訊安全委員會決議": the first meeting is in the first half. */
static char *
dup_meeting_ref (const GDate *date)
{
  return g_strdup_printf ("%d年第%d次資訊安全委員會決議",
                          steward_date_roc_year (g_date_get_year (date)),
                          g_date_get_month (date) <= 6 ? 1 : 2);
}

/* "教育部113年5月10日臺教資(四)字第1130012345號函" */
static char *
dup_directive_ref (const char  *agency,
                   const char  *word,
                   const GDate *date,
                   guint        serial)
{
  int year = steward_date_roc_year (g_date_get_year (date));

  return g_strdup_printf ("%s%d年%d月%d日%s第%d%07u號函", agency, year,
                          (int)g_date_get_month (date), (int)g_date_get_day (date),
                          word, year, serial % 10000000);
}

static char *
dup_source_ref (StewardIssueSource  source,
                const char         *agency,
                const char         *word,
                const GDate        *date,
                guint               serial)
{
  switch (source)
    {
    case STEWARD_ISSUE_SOURCE_SECURITY_MEETING:
      return dup_meeting_ref (date);
    case STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE:
      return dup_directive_ref (agency, word, date, serial);
    case STEWARD_ISSUE_SOURCE_REVIEW:
      return g_strdup_printf ("%d年度組織全景審查", steward_date_roc_year (g_date_get_year (date)));
    case STEWARD_ISSUE_SOURCE_OTHER:
    default:
      return g_strdup (agency);
    }
}

static gboolean
save_issue (StewardDatabase       *db,
            StewardIssueCategory   category,
            const char            *description,
            const char            *effect,
            StewardIssueSource     source,
            const char            *source_ref,
            const GDate           *identified_on,
            StewardIssueStatus     status,
            const char            *notes,
            GError               **error)
{
  g_autoptr(StewardContextIssue) issue = NULL;
  StewardScope scope = steward_issue_category_is_external (category) ? STEWARD_SCOPE_EXTERNAL
                                                                     : STEWARD_SCOPE_INTERNAL;
  /* The decision or directive came a little before the issue was entered. */
  g_autoptr(GDate) source_date = g_date_copy (identified_on);

  g_date_subtract_days (source_date, 5);
  issue = g_object_new (STEWARD_TYPE_CONTEXT_ISSUE,
                        "scope", scope,
                        "category", category,
                        "description", description,
                        "effect", effect,
                        "source", source,
                        "source-ref", source_ref,
                        "source-date", source_date,
                        "status", status,
                        "identified-on", identified_on,
                        "notes", notes,
                        NULL);

  return steward_record_save (STEWARD_RECORD (issue), db, error);
}

static gboolean
fill_small_issues (StewardDatabase  *db,
                   const GDate      *today,
                   GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_issues); i++)
    {
      const SampleIssue *spec = &small_issues[i];
      g_autoptr(GDate) identified = new_days_ago (today, spec->days_ago);
      g_autoptr(GDate) decided = new_days_ago (today, spec->days_ago + 5);
      g_autofree char *ref = dup_source_ref (spec->source, spec->agency, spec->word, decided,
                                             12345 + i * 7919);

      if (!save_issue (db, spec->category, spec->description, spec->effect, spec->source, ref,
                       identified, spec->status, spec->notes, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_requirement (StewardDatabase          *db,
                  gint64                    party_id,
                  StewardRequirementKind    kind,
                  const char               *text,
                  const char               *addressed_by,
                  const GDate              *decided,
                  const GDate              *retired,
                  GError                  **error)
{
  g_autofree char *ref = dup_meeting_ref (decided);
  g_autoptr(StewardPartyRequirement) requirement = g_object_new (STEWARD_TYPE_PARTY_REQUIREMENT,
                                                                 "party-id", party_id,
                                                                 "kind", kind,
                                                                 "text", text,
                                                                 "addressed-by", addressed_by,
                                                                 "decision-ref", ref,
                                                                 "decision-date", decided,
                                                                 "retired-on", retired,
                                                                 NULL);

  return steward_record_save (STEWARD_RECORD (requirement), db, error);
}

static gboolean
save_feedback (StewardDatabase  *db,
               gint64            party_id,
               const GDate      *received,
               const char       *content,
               const char       *response,
               const GDate      *responded,
               GError          **error)
{
  g_autoptr(StewardPartyFeedback) feedback = g_object_new (STEWARD_TYPE_PARTY_FEEDBACK,
                                                           "party-id", party_id,
                                                           "received-on", received,
                                                           "content", content,
                                                           "response", response,
                                                           "responded-on", responded,
                                                           NULL);

  return steward_record_save (STEWARD_RECORD (feedback), db, error);
}

static gboolean
fill_small_parties (StewardDatabase  *db,
                    const GDate      *today,
                    GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_parties); i++)
    {
      const SampleParty *spec = &small_parties[i];
      g_autoptr(StewardParty) party = g_object_new (STEWARD_TYPE_PARTY,
                                                    "name", spec->name,
                                                    "scope", spec->scope,
                                                    "kind", spec->kind,
                                                    "notes", spec->notes,
                                                    NULL);
      gint64 party_id;

      if (!steward_record_save (STEWARD_RECORD (party), db, error))
        return FALSE;
      party_id = steward_record_get_id (STEWARD_RECORD (party));

      for (guint r = 0; r < G_N_ELEMENTS (spec->requirements) && spec->requirements[r].text != NULL; r++)
        {
          const SampleRequirement *req = &spec->requirements[r];
          g_autoptr(GDate) decided = new_days_ago (today, req->decided_days_ago);
          g_autoptr(GDate) retired = req->retired_days_ago > 0 ? new_days_ago (today, req->retired_days_ago) : NULL;

          if (!save_requirement (db, party_id, req->kind, req->text, req->addressed_by, decided, retired, error))
            return FALSE;
        }

      for (guint f = 0; f < G_N_ELEMENTS (spec->feedback) && spec->feedback[f].content != NULL; f++)
        {
          const SampleFeedback *fb = &spec->feedback[f];
          g_autoptr(GDate) received = new_days_ago (today, fb->received_days_ago);
          g_autoptr(GDate) responded = fb->responded_days_ago > 0 ? new_days_ago (today, fb->responded_days_ago) : NULL;

          if (!save_feedback (db, party_id, received, fb->content, fb->response, responded, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
save_contact (StewardDatabase        *db,
              const SampleContact    *spec,
              const GDate            *verified,
              GError                **error)
{
  g_autoptr(StewardContact) contact = g_object_new (STEWARD_TYPE_CONTACT,
                                                    "organization", spec->organization,
                                                    "unit", spec->unit,
                                                    "person", spec->person,
                                                    "role", spec->role,
                                                    "phone", spec->phone,
                                                    "email", spec->email,
                                                    "address", spec->address,
                                                    "purpose", spec->purpose,
                                                    "verified-on", verified,
                                                    "notes", spec->notes,
                                                    NULL);

  return steward_record_save (STEWARD_RECORD (contact), db, error);
}

static gboolean
fill_small_contacts (StewardDatabase  *db,
                     const GDate      *today,
                     GError          **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (small_contacts); i++)
    {
      g_autoptr(GDate) verified = new_days_ago (today, small_contacts[i].verified_days_ago);

      if (!save_contact (db, &small_contacts[i], verified, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_review (StewardDatabase  *db,
             StewardRegister   reg,
             const GDate      *on,
             const char       *reviewer,
             const char       *changes,
             const char       *note,
             GError          **error)
{
  g_autoptr(StewardRegisterReview) review = g_object_new (STEWARD_TYPE_REGISTER_REVIEW,
                                                          "register", reg,
                                                          "reviewed-on", on,
                                                          "reviewer", reviewer,
                                                          "no-change", changes == NULL,
                                                          "changes", changes,
                                                          "note", note,
                                                          NULL);

  return steward_record_save (STEWARD_RECORD (review), db, error);
}

static gboolean
save_change (StewardDatabase    *db,
             const GDate        *on,
             StewardChangeKind   kind,
             const char         *description,
             GError            **error)
{
  g_autoptr(StewardOrgChange) change = g_object_new (STEWARD_TYPE_ORG_CHANGE,
                                                     "occurred-on", on,
                                                     "kind", kind,
                                                     "description", description,
                                                     NULL);

  return steward_record_save (STEWARD_RECORD (change), db, error);
}

static gboolean
save_scope (StewardDatabase  *db,
            gint64            version,
            const GDate      *effective,
            const char       *statement,
            GError          **error)
{
  g_autoptr(GDate) decided = g_date_copy (effective);
  g_autofree char *ref = NULL;
  g_autoptr(StewardScopeVersion) scope = NULL;

  g_date_subtract_days (decided, 10);
  ref = dup_meeting_ref (decided);
  scope = g_object_new (STEWARD_TYPE_SCOPE_VERSION,
                        "version", version,
                        "effective-from", effective,
                        "statement", statement,
                        "decision-kind", STEWARD_DECISION_SECURITY_MEETING,
                        "decision-ref", ref,
                        "decision-date", decided,
                        NULL);

  return steward_record_save (STEWARD_RECORD (scope), db, error);
}

/* The CISO reviews the registers (the document controller, 5.3.3.5). */
static const char *
find_reviewer (GPtrArray *people)
{
  for (guint i = 0; i < people->len; i++)
    {
      StewardPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (steward_person_get_unit (person), "資訊安全組") == 0 &&
          g_strcmp0 (steward_person_get_title (person), "組長") == 0)
        return steward_person_get_name (person);
    }

  return people->len > 0 ? steward_person_get_name (g_ptr_array_index (people, 0)) : "資訊安全官";
}

static gboolean
fill_small (StewardDatabase  *db,
            const GDate      *today,
            const char       *reviewer,
            GError          **error)
{
  g_autoptr(GDate) changed = new_days_ago (today, 400);
  g_autoptr(GDate) reviewed = new_days_ago (today, 300);
  g_autoptr(GDate) first_scope = new_days_ago (today, 1100);
  g_autoptr(GDate) second_scope = new_days_ago (today, 290);

  if (!fill_small_issues (db, today, error) ||
      !fill_small_parties (db, today, error) ||
      !fill_small_contacts (db, today, error))
    return FALSE;

  /* The reorganization came before the last yearly review, which took it
   * into account: nothing is due but the contacts not verified for a year. */
  if (!save_change (db, changed, STEWARD_CHANGE_ORGANIZATIONAL_CHANGE,
                    "組織改造：資訊中心改制為數位發展處，資訊安全組織重新核定。", error))
    return FALSE;

  if (!save_review (db, STEWARD_REGISTER_ISSUES, reviewed, reviewer,
                    "新增生成式AI使用風險及零信任架構議題；Windows 7 停止支援議題結案。", NULL, error) ||
      !save_review (db, STEWARD_REGISTER_PARTIES, reviewed, reviewer,
                    "依組織改造更新中心同仁及上級機關之要求事項。", NULL, error) ||
      !save_review (db, STEWARD_REGISTER_CONTACTS, reviewed, reviewer, NULL,
                    "逐一電話確認聯絡窗口，無異動。", error) ||
      !save_review (db, STEWARD_REGISTER_SCOPE, reviewed, reviewer,
                    "配合組織改造，範圍限縮至核心機房服務，提資訊安全委員會核定。", NULL, error))
    return FALSE;

  return save_scope (db, 1, first_scope,
                     "本中心資訊安全管理系統之適用範圍為：校務行政系統、公文管理系統、教育雲端服務"
                     "及校園網路骨幹之維運管理，及其相關之人員、資訊資產、實體機房與作業流程。",
                     error) &&
         save_scope (db, 2, second_scope,
                     "本處資訊安全管理系統之適用範圍為：核心機房所提供之校務行政系統、公文管理系統"
                     "及教育雲端服務之維運管理，及其相關之人員、資訊資產與作業流程；"
                     "校園網路骨幹移由網路維運小組另案管理，不列入驗證範圍。",
                     error);
}

/* The large sample: ten years of a large centre, to measure lists,
 * filters and exports with thousands of rows. */

static const char * const large_topics[] = {
  "資通安全管理法應辦事項調整", "個人資料保護法修正", "零信任架構導入", "上級機關資安稽核",
  "颱風造成機房斷電", "地震造成機房設備損壞", "勒索軟體攻擊", "生成式AI使用風險",
  "委外廠商供應鏈安全", "雲端服務採用", "資安人力不足", "資安預算受限",
  "老舊作業系統停止支援", "校園IoT設備納管", "電子公文憑證更新", "資安職能訓練",
  "ISO/IEC 27001 轉版", "機房節能減碳", "社交工程攻擊", "分散式阻斷服務攻擊",
};

static const char * const large_effects[] = {
  "須修訂相關程序書並宣導。", "須編列經費並納入年度計畫。", "須於管理審查會議報告。",
  "須評估風險並採取控制措施。", "須持續監控並每季檢討。",
};

static const char * const large_party_names[] = {
  "教育局", "區公所", "國民中學", "國民小學", "高級中學", "系統維護廠商", "網路服務業者",
  "家長會", "社區大學", "圖書館",
};

static const char * const large_organizations[] = {
  "資安通報應變中心", "警察局科技偵查隊", "電力公司服務所", "電信公司企業客服", "自來水公司服務所",
  "消防分隊", "空調維護廠商", "防火牆維護廠商", "備份系統廠商", "教育網路中心",
};

static gboolean
fill_large_issues (StewardDatabase  *db,
                   GRand            *rand,
                   const GDate      *today,
                   GError          **error)
{
  guint days = steward_sample_data_get_years () * 365;

  for (guint i = 0; i < 300 * steward_sample_data_get_years (); i++)
    {
      StewardIssueCategory category = g_rand_int_range (rand, 0, STEWARD_ISSUE_STANDARDS_CONTRACTS + 1);
      StewardIssueSource source = g_rand_int_range (rand, 0, STEWARD_ISSUE_SOURCE_OTHER + 1);
      int draw = g_rand_int_range (rand, 0, 10);
      StewardIssueStatus status = draw < 7 ? OPEN : draw < 9 ? MONITORED : RETIRED;
      g_autoptr(GDate) identified = new_days_ago (today, g_rand_int_range (rand, 1, days));
      g_autofree char *ref = dup_source_ref (source,
                                             source == STEWARD_ISSUE_SOURCE_OTHER ? "資安情資分享" : "教育部",
                                             "臺教資(四)字", identified, 10000 + i);
      g_autofree char *description = g_strdup_printf ("%s（第 %u 案）",
                                                      large_topics[i % G_N_ELEMENTS (large_topics)], i + 1);

      if (!save_issue (db, category, description,
                       large_effects[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_effects))],
                       source, ref, identified, status, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_large_parties (StewardDatabase  *db,
                    GRand            *rand,
                    const GDate      *today,
                    GError          **error)
{
  static const StewardPartyKind kinds[] = {
    STEWARD_PARTY_SUPERIOR_AGENCY, STEWARD_PARTY_OTHER, STEWARD_PARTY_SCHOOLS, STEWARD_PARTY_SCHOOLS,
    STEWARD_PARTY_SCHOOLS, STEWARD_PARTY_SUPPLIERS, STEWARD_PARTY_SUPPLIERS, STEWARD_PARTY_CITIZENS,
    STEWARD_PARTY_PARTNERS, STEWARD_PARTY_PARTNERS,
  };
  guint days = steward_sample_data_get_years () * 365;

  for (guint i = 0; i < 30 * steward_sample_data_get_years (); i++)
    {
      guint n = i % G_N_ELEMENTS (large_party_names);
      g_autofree char *name = g_strdup_printf ("第%u區%s", i / (guint)G_N_ELEMENTS (large_party_names) + 1,
                                               large_party_names[n]);
      g_autoptr(StewardParty) party = g_object_new (STEWARD_TYPE_PARTY,
                                                    "name", name,
                                                    "scope", STEWARD_SCOPE_EXTERNAL,
                                                    "kind", kinds[n],
                                                    NULL);
      gint64 party_id;

      if (!steward_record_save (STEWARD_RECORD (party), db, error))
        return FALSE;
      party_id = steward_record_get_id (STEWARD_RECORD (party));

      for (guint r = 0; r < 3; r++)
        {
          g_autoptr(GDate) decided = new_days_ago (today, g_rand_int_range (rand, 30, days));
          g_autoptr(GDate) retired = r == 2 && g_rand_int_range (rand, 0, 5) == 0
                                     ? new_days_ago (today, g_rand_int_range (rand, 1, 30))
                                     : NULL;
          g_autofree char *text = g_strdup_printf ("%s之%s（第 %u 項）", name,
                                                   r == 0 ? "資安要求" : r == 1 ? "服務期望" : "協處需求",
                                                   r + 1);

          if (!save_requirement (db, party_id, (StewardRequirementKind)r, text,
                                 large_effects[g_rand_int_range (rand, 0, G_N_ELEMENTS (large_effects))],
                                 decided, retired, error))
            return FALSE;
        }

      for (guint f = 0; f < 5; f++)
        {
          guint received_days = g_rand_int_range (rand, 2, days);
          g_autoptr(GDate) received = new_days_ago (today, received_days);
          g_autoptr(GDate) responded = f < 4 ? new_days_ago (today, received_days - 1) : NULL;
          g_autofree char *content = g_strdup_printf ("%s反映之意見（第 %u 則）", name, f + 1);

          if (!save_feedback (db, party_id, received, content, f < 4 ? "已回覆並說明處理情形。" : NULL,
                              responded, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
fill_large_contacts (StewardDatabase  *db,
                     GRand            *rand,
                     const GDate      *today,
                     GError          **error)
{
  for (guint i = 0; i < 200 * steward_sample_data_get_years (); i++)
    {
      guint n = i % G_N_ELEMENTS (large_organizations);
      g_autofree char *organization = g_strdup_printf ("第%u區%s", i / (guint)G_N_ELEMENTS (large_organizations) + 1,
                                                       large_organizations[n]);
      g_autofree char *phone = g_strdup_printf ("0%d-2%03u-%04u", 2 + (int)(i % 7), i % 1000, i % 10000);
      g_autofree char *email = g_strdup_printf ("contact%04u@example.com.tw", i);
      g_autoptr(GDate) verified = new_days_ago (today, g_rand_int_range (rand, 0, 900));
      SampleContact spec = {
        .organization = organization, .person = "聯絡窗口", .phone = phone, .email = email,
        .purpose = (StewardContactPurpose)(n % (STEWARD_CONTACT_OTHER + 1)),
      };

      if (!save_contact (db, &spec, verified, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_large (StewardDatabase  *db,
            const GDate      *today,
            const char       *reviewer,
            GError          **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (LARGE_SEED);
  guint years = steward_sample_data_get_years ();

  if (!fill_large_issues (db, rand, today, error) ||
      !fill_large_parties (db, rand, today, error) ||
      !fill_large_contacts (db, rand, today, error))
    return FALSE;

  /* A review of every register each year of the sample, the latest a
   * little less than a year ago; changes in some years, each reviewed. */
  for (guint years_ago = years; years_ago >= 1; years_ago--)
    {
      g_autoptr(GDate) reviewed = g_date_copy (today);
      g_autofree char *scope = NULL;

      g_date_subtract_years (reviewed, years_ago);
      g_date_add_days (reviewed, 20);

      if (years_ago % 4 == 1)
        {
          g_autoptr(GDate) changed = g_date_copy (reviewed);

          g_date_subtract_days (changed, 60);
          if (!save_change (db, changed, years_ago % 8 == 1 ? STEWARD_CHANGE_NEW_BUSINESS
                                                           : STEWARD_CHANGE_ORGANIZATIONAL_CHANGE,
                            "組織調整，資訊安全組織重新核定。", error))
            return FALSE;
        }

      for (StewardRegister reg = STEWARD_REGISTER_ISSUES; reg <= STEWARD_REGISTER_SCOPE; reg++)
        if (!save_review (db, reg, reviewed, reviewer,
                          years_ago % 3 == 0 ? "依年度審查結果更新。" : NULL, NULL, error))
          return FALSE;

      if (years_ago % 2 == 0)
        {
          scope = g_strdup_printf ("本中心資訊安全管理系統之適用範圍（第 %u 版）。", (years + 1 - years_ago) / 2 + 1);
          if (!save_scope (db, (years + 1 - years_ago) / 2 + 1, reviewed, scope, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * steward_sample_context_fill:
 * @today: the day the sample is made: the dates are counted back from it
 * @people: (element-type StewardPerson): the people of the sample
 *   organization, to review the registers
 *
 * Adds the context of the sample organization: about twenty issues, ten
 * interested parties, fifteen external contacts (three not verified for a
 * year), two versions of the scope and a review of each register ten
 * months ago; or, large, thousands of each over ten years. Run it inside a
 * transaction.
 */
gboolean
steward_sample_context_fill (StewardDatabase  *db,
                             gboolean          large,
                             const GDate      *today,
                             GPtrArray        *people,
                             GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (people != NULL, FALSE);

  if (large)
    return fill_large (db, today, find_reviewer (people), error);

  return fill_small (db, today, find_reviewer (people), error);
}
