/* steward-sample-follow-up-large.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-sample-follow-up"

#include "config.h"

#include "model/steward-action-progress.h"
#include "model/steward-audit.h"
#include "model/steward-communication.h"
#include "model/steward-finding.h"
#include "model/steward-handover-item.h"
#include "model/steward-handover.h"
#include "model/steward-meeting.h"
#include "model/steward-project-review.h"
#include "model/steward-project-role.h"
#include "model/steward-project.h"
#include "model/steward-risk-result.h"
#include "steward-date.h"
#include "steward-sample-data.h"
#include "steward-sample-follow-up-private.h"

/* The large sample's follow-up: ten years of a large centre, to measure
 * the registers' lists, filters, trends and exports with thousands of
 * rows: 2000 communications (with their meetings), 20 audits and 1000
 * findings, 10 risk assessments, 50 projects, 5000 actions and 500
 * hand-overs. Drawn from its own seed: the same every time. */

#define LARGE_SEED 1040701
/* Ten years unless STEWARD_SAMPLE_YEARS asks for another number: every
 * count below grows with the years. */
#define YEARS ((int) steward_sample_data_get_years ())
#define DAYS (YEARS * 365)

#define N_COMMUNICATIONS (200u * (guint) YEARS)
#define N_AUDIT_FINDINGS 35     /* a finding for each of these per audit */
#define N_OTHER_FINDINGS (30u * (guint) YEARS)    /* from incidents and self-checks */
#define N_PROJECTS (5u * (guint) YEARS)
#define N_ACTIONS (500u * (guint) YEARS)
#define N_HANDOVERS (50u * (guint) YEARS)

typedef struct
{
  gint64 id;
  int    day;
} Source;

typedef struct
{
  StewardDatabase *db;
  const GDate     *today;
  GPtrArray       *people;
  GRand           *rand;
  GArray          *communications;   /* Source */
  GArray          *meetings;
  GArray          *findings;
  GArray          *project_reviews;
  guint            asset_serial;
} Large;

static const char * const topics[] = {
  "弱點修補進度", "資安事件通報", "機房維護", "備份還原測試", "帳號權限清查", "委外廠商管理",
  "個資保護", "社交工程演練", "資安教育訓練", "系統上線審查", "網路架構調整", "防火牆規則檢討",
  "資產盤點", "營運持續演練", "雲端服務採購", "資安健診", "端點防護", "日誌收容",
};

static const char * const external_parties[] = {
  "教育部資訊及科技教育司", "教育部資安通報應變中心（TACERT）", "數位發展部資通安全署", "TWCERT/CC",
  "系統維護廠商", "網路服務業者", "轄區學校資訊組", "驗證機構",
};

static const char * const clauses[] = {
  "A.5.15 存取控制", "A.8.13 資訊備份", "A.8.8 技術脆弱性管理", "A.5.19 供應者關係中之資訊安全",
  "A.7.4 實體安全監視", "A.5.37 書面化作業程序", "A.8.15 存錄", "A.8.7 防範惡意軟體",
  "6.1.3 資訊安全風險處理", "7.2 能力", "9.2 內部稽核", "A.5.24 資訊安全事故管理規劃及準備",
};

static const char * const equipment[] = {
  "筆記型電腦 ASUS ExpertBook B5", "筆記型電腦 Lenovo ThinkPad T14", "桌上型電腦 Acer Veriton M6",
  "液晶螢幕 24 吋", "伺服器 HPE ProLiant DL380", "網路交換器 Cisco Catalyst 9300",
  "無線基地台 Aruba 535", "印表機 HP LaserJet", "平板電腦 iPad", "外接硬碟 4TB",
};

static StewardPerson *
any_person (Large *l)
{
  return g_ptr_array_index (l->people, g_rand_int_range (l->rand, 0, l->people->len));
}

static const char *
any_name (Large *l)
{
  return steward_person_get_name (any_person (l));
}

static const char *
pick (Large              *l,
      const char * const *texts,
      guint               n_texts)
{
  return texts[g_rand_int_range (l->rand, 0, n_texts)];
}

#define PICK(l, texts) pick ((l), (texts), G_N_ELEMENTS (texts))

static gint64
save_id (gpointer          record,
         StewardDatabase  *db,
         GError          **error)
{
  return steward_sample_save (record, db, error) ? steward_record_get_id (STEWARD_RECORD (record)) : 0;
}

static void
add_source (GArray *sources,
            gint64  id,
            int     day)
{
  Source source = { id, day };

  g_array_append_val (sources, source);
}

/* Communications and meetings */

static gboolean
add_meeting (Large       *l,
             gint64       communication_id,
             const GDate *on,
             const char  *topic,
             int          day,
             GError     **error)
{
  g_autoptr(GTimeZone) taipei = steward_date_new_taipei_zone ();
  g_autoptr(GDateTime) starts = g_date_time_new (taipei, g_date_get_year (on), g_date_get_month (on),
                                                 g_date_get_day (on), 14, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  g_autofree char *attendees = g_strdup_printf ("%s、%s、%s、%s", any_name (l), any_name (l), any_name (l),
                                                any_name (l));
  g_autofree char *decisions = g_strdup_printf ("一、%s之辦理期程照案通過。\n二、各組於一個月內回報辦理情形。", topic);
  g_autoptr(StewardMeeting) meeting = g_object_new (STEWARD_TYPE_MEETING,
                                                    "communication-id", communication_id,
                                                    "topic", topic,
                                                    "starts-at", starts,
                                                    "ends-at", ends,
                                                    "place", "本中心 3 樓會議室",
                                                    "attendees", attendees,
                                                    "decisions", decisions,
                                                    NULL);
  gint64 id = save_id (meeting, l->db, error);

  if (id == 0)
    return FALSE;
  add_source (l->meetings, id, day);

  return TRUE;
}

static gboolean
fill_communications (Large   *l,
                     GError **error)
{
  static const StewardCommunicationKind kinds[] = {
    STEWARD_COMMUNICATION_INTERNAL, STEWARD_COMMUNICATION_INTERNAL, STEWARD_COMMUNICATION_INTERNAL,
    STEWARD_COMMUNICATION_CROSS_UNIT, STEWARD_COMMUNICATION_CROSS_UNIT, STEWARD_COMMUNICATION_CROSS_UNIT,
    STEWARD_COMMUNICATION_EXTERNAL, STEWARD_COMMUNICATION_EXTERNAL, STEWARD_COMMUNICATION_EXTERNAL,
    STEWARD_COMMUNICATION_ANNOUNCEMENT, STEWARD_COMMUNICATION_ANNOUNCEMENT,
    STEWARD_COMMUNICATION_MEDIA,
  };

  for (guint i = 0; i < N_COMMUNICATIONS; i++)
    {
      StewardCommunicationKind kind = kinds[g_rand_int_range (l->rand, 0, G_N_ELEMENTS (kinds))];
      int day = -g_rand_int_range (l->rand, 1, DAYS);
      const char *topic = PICK (l, topics);
      gboolean meets = kind == STEWARD_COMMUNICATION_CROSS_UNIT && g_rand_int_range (l->rand, 0, 3) > 0;
      StewardChannel channel = meets ? STEWARD_CHANNEL_MEETING
                             : kind == STEWARD_COMMUNICATION_MEDIA || kind == STEWARD_COMMUNICATION_ANNOUNCEMENT
                               ? STEWARD_CHANNEL_NOTICE
                             : (StewardChannel)g_rand_int_range (l->rand, STEWARD_CHANNEL_FACE_TO_FACE,
                                                                 STEWARD_CHANNEL_LETTER + 1);
      gboolean follow_up = kind != STEWARD_COMMUNICATION_ANNOUNCEMENT && g_rand_boolean (l->rand);
      g_autoptr(GDate) on = steward_sample_day (l->today, day);
      g_autofree char *subject = g_strdup_printf ("%s（第 %u 件）", topic, i + 1);
      g_autoptr(StewardCommunication) communication = NULL;
      gint64 id;

      communication = g_object_new (STEWARD_TYPE_COMMUNICATION,
                                    "kind", kind,
                                    "occurred-on", on,
                                    "channel", channel,
                                    "parties", kind == STEWARD_COMMUNICATION_EXTERNAL ? PICK (l, external_parties)
                                                                                      : "相關各組",
                                    "subject", subject,
                                    "outcome", "已完成溝通並留存紀錄。",
                                    "follow-up-needed", follow_up,
                                    "officer-id", steward_sample_person_id (any_person (l)),
                                    NULL);

      if (follow_up && day < -60 && g_rand_int_range (l->rand, 0, 5) > 0)
        {
          g_autoptr(GDate) evaluated = steward_sample_day (l->today, day + 45);

          g_object_set (communication,
                        "effectiveness", g_rand_int_range (l->rand, 0, 10) > 0 ? STEWARD_EFFECTIVENESS_EFFECTIVE
                                                                                : STEWARD_EFFECTIVENESS_NOT_EFFECTIVE,
                        "evaluated-by", any_name (l),
                        "evaluated-on", evaluated,
                        NULL);
        }

      /* Nine statements in ten are approved and released; the others
       * wait for the deputy director. */
      if (kind == STEWARD_COMMUNICATION_MEDIA && g_rand_int_range (l->rand, 0, 10) > 0)
        {
          g_autoptr(GDate) approved = steward_sample_day (l->today, day - 1);

          g_object_set (communication,
                        "approved-by", "協理",
                        "approved-on", approved,
                        "released-on", on,
                        NULL);
        }

      id = save_id (communication, l->db, error);
      if (id == 0)
        return FALSE;
      add_source (l->communications, id, day);

      if (meets && !add_meeting (l, id, on, topic, day, error))
        return FALSE;
    }

  return TRUE;
}

/* Audits, findings, risk assessments */

static gboolean
add_finding (Large                 *l,
             StewardFindingSource   source,
             gint64                 audit_id,
             int                    raised_day,
             GError               **error)
{
  int draw = g_rand_int_range (l->rand, 0, 10);
  StewardGrading grading = draw == 0 ? STEWARD_GRADING_MAJOR
                         : draw < 6 ? STEWARD_GRADING_MINOR
                         : STEWARD_GRADING_OBSERVATION;
  const char *clause = PICK (l, clauses);
  int due_day = MIN (raised_day + g_rand_int_range (l->rand, 30, 121), 365);
  g_autoptr(GDate) raised = steward_sample_day (l->today, raised_day);
  g_autoptr(GDate) due = steward_sample_day (l->today, due_day);
  g_autofree char *description = g_strdup_printf ("%s之控制措施未落實（第 %u 項）。", clause, l->findings->len + 1);
  g_autoptr(StewardFinding) finding = g_object_new (STEWARD_TYPE_FINDING,
                                                    "source", source,
                                                    "audit-id", audit_id,
                                                    "clause", clause,
                                                    "description", description,
                                                    "grading", grading,
                                                    "raised-on", raised,
                                                    "root-cause", "作業程序未明確規定。",
                                                    "corrective-action", "修訂作業程序並宣導，定期追蹤。",
                                                    "owner-id", steward_sample_person_id (any_person (l)),
                                                    "due-date", due,
                                                    NULL);
  gint64 id;

  /* The older ones were verified; most were effective and closed. */
  if (raised_day < -150 && g_rand_int_range (l->rand, 0, 20) > 0)
    {
      int verified_day = MIN (raised_day + g_rand_int_range (l->rand, 30, 121), -1);
      gboolean effective = g_rand_int_range (l->rand, 0, 18) > 0;
      g_autoptr(GDate) verified = steward_sample_day (l->today, verified_day);

      g_object_set (finding,
                    "verified-by", "資訊安全稽核小組",
                    "verified-on", verified,
                    "verification-note", effective ? "複查符合。" : "複查仍未落實，持續追蹤。",
                    "effectiveness", effective ? STEWARD_EFFECTIVENESS_EFFECTIVE : STEWARD_EFFECTIVENESS_NOT_EFFECTIVE,
                    "closed-on", effective ? verified : NULL,
                    NULL);
    }

  id = save_id (finding, l->db, error);
  if (id == 0)
    return FALSE;
  add_source (l->findings, id, raised_day);

  return TRUE;
}

static gboolean
fill_audits (Large   *l,
             GError **error)
{
  for (int year = 0; year < YEARS; year++)
    for (StewardAuditKind kind = STEWARD_AUDIT_INTERNAL; kind <= STEWARD_AUDIT_EXTERNAL; kind++)
      {
        int day = -(year * 365 + (kind == STEWARD_AUDIT_INTERNAL ? 200 : 60));
        g_autoptr(GDate) held = steward_sample_day (l->today, day);
        g_autoptr(StewardAudit) audit = g_object_new (STEWARD_TYPE_AUDIT,
                                                      "kind", kind,
                                                      "held-on", held,
                                                      "scope", "ISMS 全範圍",
                                                      "auditor", kind == STEWARD_AUDIT_INTERNAL ? "資訊安全稽核小組"
                                                                                               : "第三方驗證機構",
                                                      NULL);
        gint64 audit_id = save_id (audit, l->db, error);

        if (audit_id == 0)
          return FALSE;

        for (guint i = 0; i < N_AUDIT_FINDINGS; i++)
          if (!add_finding (l, kind == STEWARD_AUDIT_INTERNAL ? STEWARD_FINDING_SOURCE_INTERNAL_AUDIT
                                                               : STEWARD_FINDING_SOURCE_EXTERNAL_AUDIT,
                            audit_id, day, error))
            return FALSE;
      }

  for (guint i = 0; i < N_OTHER_FINDINGS; i++)
    if (!add_finding (l, g_rand_boolean (l->rand) ? STEWARD_FINDING_SOURCE_INCIDENT : STEWARD_FINDING_SOURCE_SELF_CHECK,
                      0, -g_rand_int_range (l->rand, 1, DAYS), error))
      return FALSE;

  for (int year = 0; year < YEARS; year++)
    {
      g_autoptr(GDate) assessed = steward_sample_day (l->today, -(year * 365 + 30));
      int planned = g_rand_int_range (l->rand, 4, 12);
      int done = year == 0 ? planned / 2 : planned - 1;
      g_autoptr(StewardRiskResult) result = g_object_new (STEWARD_TYPE_RISK_RESULT,
                                                          "assessed-on", assessed,
                                                          "scope", "ISMS 範圍內資訊資產",
                                                          "summary", "年度風險評鑑結果。",
                                                          "n-high", g_rand_int_range (l->rand, 2, 10),
                                                          "n-medium", g_rand_int_range (l->rand, 10, 40),
                                                          "n-low", g_rand_int_range (l->rand, 100, 300),
                                                          "plan-planned", planned,
                                                          "plan-done", done,
                                                          "plan-late", 1,
                                                          NULL);

      if (!steward_sample_save (result, l->db, error))
        return FALSE;
    }

  return TRUE;
}

/* Projects */

static gboolean
fill_projects (Large   *l,
               GError **error)
{
  static const char * const roles[] = { "專案負責人", "系統建置", "資安審查" };

  for (guint i = 0; i < N_PROJECTS; i++)
    {
      int start_day = -g_rand_int_range (l->rand, 30, DAYS);
      int end_day = start_day + g_rand_int_range (l->rand, 180, 721);
      gboolean assessed = g_rand_int_range (l->rand, 0, 10) > 0;
      g_autoptr(GDate) start = steward_sample_day (l->today, start_day);
      g_autoptr(GDate) end = steward_sample_day (l->today, end_day);
      g_autoptr(GDate) assessed_on = assessed ? steward_sample_day (l->today, start_day + 7) : NULL;
      g_autofree char *name = g_strdup_printf ("%s改善專案（第 %u 案）", PICK (l, topics), i + 1);
      g_autoptr(StewardProject) project = g_object_new (STEWARD_TYPE_PROJECT,
                                                        "name", name,
                                                        "owner-id", steward_sample_person_id (any_person (l)),
                                                        "start-date", start,
                                                        "end-date", end,
                                                        "security-in-requirements", g_rand_int_range (l->rand, 0, 5) > 0,
                                                        "requirements-ref", "契約資通安全條款",
                                                        "risk-assessed-on", assessed_on,
                                                        "risk-result", assessed ? "中風險 3 項，已訂處理計畫。" : NULL,
                                                        NULL);
      gint64 id = save_id (project, l->db, error);

      if (id == 0)
        return FALSE;

      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        {
          g_autoptr(StewardProjectRole) role = g_object_new (STEWARD_TYPE_PROJECT_ROLE,
                                                             "project-id", id,
                                                             "person-id", steward_sample_person_id (any_person (l)),
                                                             "role", roles[r],
                                                             NULL);

          if (!steward_sample_save (role, l->db, error))
            return FALSE;
        }

      for (int review_day = start_day + 60; review_day < 0 && review_day < end_day; review_day += 90)
        {
          g_autoptr(GDate) on = steward_sample_day (l->today, review_day);
          g_autoptr(StewardProjectReview) review = g_object_new (STEWARD_TYPE_PROJECT_REVIEW,
                                                                 "project-id", id,
                                                                 "reviewed-on", on,
                                                                 "findings", "資安需求落實情形檢視。",
                                                                 "actions", "缺失列入跟催。",
                                                                 NULL);
          gint64 review_id = save_id (review, l->db, error);

          if (review_id == 0)
            return FALSE;
          add_source (l->project_reviews, review_id, review_day);
        }
    }

  return TRUE;
}

/* Actions */

static gboolean
add_action (Large                *l,
            StewardActionSource   kind,
            const Source         *source,
            int                   created_day,
            guint                 serial,
            GError              **error)
{
  int due_day = created_day + g_rand_int_range (l->rand, 14, 121);
  int draw = g_rand_int_range (l->rand, 0, 100);
  StewardActionStatus status;
  g_autoptr(GDate) created = steward_sample_day (l->today, created_day);
  g_autoptr(GDate) due = steward_sample_day (l->today, due_day);
  g_autofree char *title = g_strdup_printf ("%s跟催事項（第 %u 項）", PICK (l, topics), serial);
  g_autofree char *label = NULL;
  g_autoptr(StewardActionItem) action = NULL;
  gint64 id;

  /* Most of what was due long ago is done; what is recent is still open. */
  if (due_day < -30)
    status = draw < 90 ? STEWARD_ACTION_DONE : draw < 96 ? STEWARD_ACTION_CANCELLED
           : draw < 98 ? STEWARD_ACTION_IN_PROGRESS : STEWARD_ACTION_OPEN;
  else if (draw < 20 && created_day < -7)
    status = STEWARD_ACTION_DONE;
  else
    status = draw < 23 && draw >= 20 ? STEWARD_ACTION_CANCELLED
           : draw < 60 ? STEWARD_ACTION_IN_PROGRESS : STEWARD_ACTION_OPEN;

  if (kind == STEWARD_ACTION_SOURCE_REVIEW)
    label = g_strdup_printf ("%d年度管理審查會議", steward_date_roc_year (g_date_get_year (created)));
  else if (kind == STEWARD_ACTION_SOURCE_OTHER)
    label = g_strdup ("資通安全責任等級應辦事項");

  action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                         "title", title,
                         "owner-id", steward_sample_person_id (any_person (l)),
                         "created-on", created,
                         "due-date", due,
                         "status", status,
                         "source-kind", kind,
                         "source-id", source != NULL ? source->id : 0,
                         "source-label", label,
                         NULL);

  if (status == STEWARD_ACTION_DONE)
    {
      int done_day = MIN (created_day + g_rand_int_range (l->rand, 1, due_day - created_day + 16), 0);
      int evaluated_day = MIN (done_day + g_rand_int_range (l->rand, 1, 15), 0);
      g_autoptr(GDate) done = steward_sample_day (l->today, done_day);
      g_autoptr(GDate) evaluated = steward_sample_day (l->today, evaluated_day);

      g_object_set (action,
                    "done-on", done,
                    "effectiveness", g_rand_int_range (l->rand, 0, 10) > 0 ? STEWARD_EFFECTIVENESS_EFFECTIVE
                                                                            : STEWARD_EFFECTIVENESS_NOT_EFFECTIVE,
                    "evaluated-by", any_name (l),
                    "evaluated-on", evaluated,
                    NULL);
    }

  id = save_id (action, l->db, error);
  if (id == 0)
    return FALSE;

  if (status == STEWARD_ACTION_IN_PROGRESS)
    {
      g_autoptr(GDate) noted = steward_sample_day (l->today, created_day / 2);
      g_autoptr(StewardActionProgress) progress = g_object_new (STEWARD_TYPE_ACTION_PROGRESS,
                                                                "action-id", id,
                                                                "noted-on", noted,
                                                                "note", "已著手辦理，依進度執行中。",
                                                                NULL);

      if (!steward_sample_save (progress, l->db, error))
        return FALSE;
    }

  return TRUE;
}

static const Source *
any_source (Large  *l,
            GArray *sources)
{
  if (sources->len == 0)
    return NULL;

  return &g_array_index (sources, Source, g_rand_int_range (l->rand, 0, sources->len));
}

static gboolean
fill_actions (Large   *l,
              GError **error)
{
  for (guint i = 0; i < N_ACTIONS; i++)
    {
      int draw = g_rand_int_range (l->rand, 0, 100);
      StewardActionSource kind = draw < 25 ? STEWARD_ACTION_SOURCE_COMMUNICATION
                               : draw < 45 ? STEWARD_ACTION_SOURCE_MEETING
                               : draw < 70 ? STEWARD_ACTION_SOURCE_FINDING
                               : draw < 75 ? STEWARD_ACTION_SOURCE_PROJECT_REVIEW
                               : draw < 85 ? STEWARD_ACTION_SOURCE_REVIEW
                               : STEWARD_ACTION_SOURCE_OTHER;
      GArray *sources = kind == STEWARD_ACTION_SOURCE_COMMUNICATION ? l->communications
                      : kind == STEWARD_ACTION_SOURCE_MEETING ? l->meetings
                      : kind == STEWARD_ACTION_SOURCE_FINDING ? l->findings
                      : kind == STEWARD_ACTION_SOURCE_PROJECT_REVIEW ? l->project_reviews
                      : NULL;
      const Source *source = sources != NULL ? any_source (l, sources) : NULL;
      int created_day;

      if (source != NULL)
        created_day = source->day;
      else if (kind == STEWARD_ACTION_SOURCE_REVIEW)
        /* A management review each year, three months after the audit. */
        created_day = -(g_rand_int_range (l->rand, 0, YEARS) * 365 + 110);
      else
        created_day = -g_rand_int_range (l->rand, 1, DAYS);

      if (!add_action (l, kind, source, created_day, i + 1, error))
        return FALSE;
    }

  return TRUE;
}

/* Hand-overs */

static gboolean
fill_handovers (Large   *l,
                GError **error)
{
  for (guint i = 0; i < N_HANDOVERS; i++)
    {
      int day = -g_rand_int_range (l->rand, 1, DAYS);
      /* One in twenty waits for the receiver's acceptance. */
      gboolean accepted = g_rand_int_range (l->rand, 0, 20) > 0;
      StewardPerson *from = any_person (l);
      StewardPerson *to = any_person (l);
      g_autofree char *from_party = g_strdup_printf ("%s（%s）", steward_person_get_name (from),
                                                     steward_person_get_unit (from));
      g_autofree char *to_party = g_strdup_printf ("%s（%s）", steward_person_get_name (to),
                                                   steward_person_get_unit (to));
      g_autoptr(GDate) handed = steward_sample_day (l->today, day);
      g_autoptr(StewardHandover) handover = g_object_new (STEWARD_TYPE_HANDOVER,
                                                          "handed-on", handed,
                                                          "reason", g_rand_int_range (l->rand, 0, 5) < 2
                                                                      ? STEWARD_HANDOVER_NEW : STEWARD_HANDOVER_MOVED,
                                                          "from-party", from_party,
                                                          "to-party", to_party,
                                                          "authorised-by", any_name (l),
                                                          "authorised-on", handed,
                                                          "accepted-by", accepted ? steward_person_get_name (to) : NULL,
                                                          "accepted-on", accepted ? handed : NULL,
                                                          NULL);
      gint64 id = save_id (handover, l->db, error);
      guint n_items = g_rand_int_range (l->rand, 1, 5);

      if (id == 0)
        return FALSE;

      for (guint n = 0; n < n_items; n++)
        {
          g_autofree char *asset = g_strdup_printf ("3140101-03-%06u", ++l->asset_serial);
          g_autofree char *serial = g_strdup_printf ("SN%08X", g_rand_int (l->rand));
          g_autoptr(StewardHandoverItem) item = g_object_new (STEWARD_TYPE_HANDOVER_ITEM,
                                                              "handover-id", id,
                                                              "name", PICK (l, equipment),
                                                              "asset-number", asset,
                                                              "serial", serial,
                                                              NULL);

          if (!steward_sample_save (item, l->db, error))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
steward_sample_follow_up_fill_large (StewardDatabase  *db,
                                     const GDate      *today,
                                     GPtrArray        *people,
                                     GError          **error)
{
  Large l = { db, today, people, NULL, NULL, NULL, NULL, NULL, 0 };
  gboolean ok;

  l.rand = g_rand_new_with_seed (LARGE_SEED);
  l.communications = g_array_new (FALSE, FALSE, sizeof (Source));
  l.meetings = g_array_new (FALSE, FALSE, sizeof (Source));
  l.findings = g_array_new (FALSE, FALSE, sizeof (Source));
  l.project_reviews = g_array_new (FALSE, FALSE, sizeof (Source));

  ok = fill_communications (&l, error) &&
       fill_audits (&l, error) &&
       fill_projects (&l, error) &&
       fill_actions (&l, error) &&
       fill_handovers (&l, error);

  g_array_unref (l.communications);
  g_array_unref (l.meetings);
  g_array_unref (l.findings);
  g_array_unref (l.project_reviews);
  g_rand_free (l.rand);

  return ok;
}
