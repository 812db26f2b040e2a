/* steward-template.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-template"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-body.h"
#include "model/steward-duty.h"
#include "model/steward-person.h"
#include "steward-template.h"

/* The organization of sections 5.3.2 to 5.3.6 of the procedure. English is
 * the source; the zh_TW catalog holds the procedure's own words, so a
 * centre that reads Chinese gets the text of its procedure verbatim. */

typedef struct
{
  const char *clause;
  const char *text;
} TemplateDuty;

typedef struct
{
  StewardBodyKind     kind;
  int                 parent;        /* the StewardBodyKind of the parent body, or -1 */
  const char         *description;
  const char         *appointed_by;
  const TemplateDuty *duties;
} TemplateBody;

static const TemplateDuty committee_duties[] = {
  /* TRANSLATORS: procedure 5.3.2.1: 每年定期或視需要召開會議，審查資訊安全管理相關事宜。 */
  { "5.3.2.1", N_("Meets every year, or when needed, to review matters of information security management.") },
  /* TRANSLATORS: procedure 5.3.2.2: 視需要召開跨部門之資源協調會議，負責協調資訊安全管理制度執行所需之相關資源分配。 */
  { "5.3.2.2", N_("Calls cross-department meetings on resources when needed, and coordinates the allocation of the resources the information security management system needs.") },
  /* TRANSLATORS: procedure 5.3.2.3: 資訊安全委員會藉由下列事項，展現對資訊安全管理系統之領導及承諾。 */
  { "5.3.2.3", N_("Shows leadership and commitment to the information security management system through the following.") },
  /* TRANSLATORS: procedure 5.3.2.3.1: 確保已建立資訊安全政策及資訊安全目標，並與組織之策略方向相容。 */
  { "5.3.2.3.1", N_("Ensures that the information security policy and objectives are established and compatible with the strategic direction of the organization.") },
  /* TRANSLATORS: procedure 5.3.2.3.2: 確保資訊安全管理系統要求事項整合入組織之各項過程。 */
  { "5.3.2.3.2", N_("Ensures that the requirements of the information security management system are integrated into the organization’s processes.") },
  /* TRANSLATORS: procedure 5.3.2.3.3: 確保資訊安全管理系統所需之資源可取得。 */
  { "5.3.2.3.3", N_("Ensures that the resources the information security management system needs are available.") },
  /* TRANSLATORS: procedure 5.3.2.3.4: 傳達有效之資訊安全管理的重要性，以及符合資訊安全管理系統要求事項之重要性。 */
  { "5.3.2.3.4", N_("Communicates the importance of effective information security management and of conforming to the requirements of the information security management system.") },
  /* TRANSLATORS: procedure 5.3.2.3.5: 確保資訊安全管理系統達成其預期成果。 */
  { "5.3.2.3.5", N_("Ensures that the information security management system achieves its intended outcomes.") },
  /* TRANSLATORS: procedure 5.3.2.3.6: 指導及支援人員，以促進資訊安全管理系統之有效性。 */
  { "5.3.2.3.6", N_("Directs and supports persons to contribute to the effectiveness of the information security management system.") },
  /* TRANSLATORS: procedure 5.3.2.3.7: 宣導持續改善。 */
  { "5.3.2.3.7", N_("Promotes continual improvement.") },
  /* TRANSLATORS: procedure 5.3.2.3.8: 當適用其他相關管理角色之責任範圍時，加以支持以展現其領導權。 */
  { "5.3.2.3.8", N_("Supports other relevant management roles to demonstrate their leadership as it applies to their areas of responsibility.") },
  { NULL, NULL }
};

static const TemplateDuty ciso_duties[] = {
  /* TRANSLATORS: procedure 5.3.3.1: 協調資訊安全管理小組執行資訊安全作業。 */
  { "5.3.3.1", N_("Coordinates the ISMS management team in carrying out information security work.") },
  /* TRANSLATORS: procedure 5.3.3.2: 負責對資訊安全狀況進行預警、監控，並對資訊安全狀況與事件進行處置。 */
  { "5.3.3.2", N_("Gives early warning of and monitors the information security situation, and handles information security situations and incidents.") },
  /* TRANSLATORS: procedure 5.3.3.3: 對於資訊安全管理之改善提出建議，以及協助執行資訊安全之自我檢核。 */
  { "5.3.3.3", N_("Proposes improvements to information security management, and helps carry out information security self-checks.") },
  /* TRANSLATORS: procedure 5.3.3.4: 對於存取控制管理定期進行事件紀錄檢核，以及管理程序檢核。 */
  { "5.3.3.4", N_("Regularly checks the event logs of access control management, and the management procedures.") },
  /* TRANSLATORS: procedure 5.3.3.5: 擔任「文管人員」，負責ISMS相關文件之發行與管制。 */
  { "5.3.3.5", N_("Serves as the document controller, responsible for issuing and controlling the documents of the ISMS.") },
  { NULL, NULL }
};

static const TemplateDuty management_team_duties[] = {
  /* TRANSLATORS: procedure 5.3.4.1: 制定資訊安全管理相關規範。 */
  { "5.3.4.1", N_("Sets the rules of information security management.") },
  /* TRANSLATORS: procedure 5.3.4.2: 推動資訊安全相關活動。 */
  { "5.3.4.2", N_("Promotes information security activities.") },
  /* TRANSLATORS: procedure 5.3.4.3: 辦理資訊安全相關教育訓練。 */
  { "5.3.4.3", N_("Organizes information security education and training.") },
  /* TRANSLATORS: procedure 5.3.4.4: 建立風險管理制度，執行風險管理。 */
  { "5.3.4.4", N_("Establishes the risk management system and carries out risk management.") },
  /* TRANSLATORS: procedure 5.3.4.5: 建立安全事件緊急應變暨復原措施。 */
  { "5.3.4.5", N_("Establishes emergency response and recovery measures for security incidents.") },
  /* TRANSLATORS: procedure 5.3.4.6: 執行稽核改善建議事項。 */
  { "5.3.4.6", N_("Carries out the improvements recommended by audits.") },
  /* TRANSLATORS: procedure 5.3.4.7: 執行預防措施之改善。 */
  { "5.3.4.7", N_("Carries out the improvements of preventive measures.") },
  /* TRANSLATORS: procedure 5.3.4.8: 研討新資訊安全產品或技術。 */
  { "5.3.4.8", N_("Studies new information security products and techniques.") },
  /* TRANSLATORS: procedure 5.3.4.9: 執行資訊安全委員會決議事項。 */
  { "5.3.4.9", N_("Carries out the decisions of the information security committee.") },
  { NULL, NULL }
};

static const TemplateDuty emergency_team_duties[] = {
  /* TRANSLATORS: procedure 5.3.5.1.1 (duty of the convener): 當重大資安事件發生時，負責聯絡召集緊急處理組。 */
  { "5.3.5.1.1", N_("Convener: when a major security incident occurs, contacts and convenes the emergency response team.") },
  /* TRANSLATORS: procedure 5.3.5.1.2: 協調及督導各關鍵業務流程負責人執行作業，並協調資源之調派使用。 */
  { "5.3.5.1.2", N_("Convener: coordinates and supervises the key business process owners in their work, and coordinates the dispatch of resources.") },
  /* TRANSLATORS: procedure 5.3.5.1.3: 依據事故評估之結果，得依現況建請資訊安全委員會召集人決議是否宣布災變？是否啟動業務持續計畫？ */
  { "5.3.5.1.3", N_("Convener: according to the assessment of the incident, may ask the convener of the information security committee to decide whether to declare a disaster and whether to start the business continuity plan.") },
  /* TRANSLATORS: procedure 5.3.5.1.4: 當災變發生時，配合救災單位負責搶救人員、物資與設備等及現場指揮工作。 */
  { "5.3.5.1.4", N_("Convener: when a disaster occurs, works with the rescue services to save people, supplies and equipment, and commands on site.") },
  /* TRANSLATORS: procedure 5.3.5.1.5: 負責災後協調指揮清理災害現場。 */
  { "5.3.5.1.5", N_("Convener: after a disaster, coordinates and directs the clearing of the site.") },
  /* TRANSLATORS: procedure 5.3.5.1.6: 負責規劃原營運場所之現場復原工作。 */
  { "5.3.5.1.6", N_("Convener: plans the recovery of the original site of operations.") },
  /* TRANSLATORS: procedure 5.3.5.2.1 (duty of each key business process owner): 負責召集相關人員，發展、維護、更新修訂及執行各災害復原程序。 */
  { "5.3.5.2.1", N_("Key business process owners: convene the people concerned to develop, maintain, revise and carry out the disaster recovery procedures.") },
  /* TRANSLATORS: procedure 5.3.5.2.2: 每年負責召集相關人員進行計劃之測試演練。 */
  { "5.3.5.2.2", N_("Key business process owners: every year, convene the people concerned to test and exercise the plan.") },
  /* TRANSLATORS: procedure 5.3.5.2.3: 負責原營運場所或異地備援場所之應變、處理、復原及運轉測試工作。 */
  { "5.3.5.2.3", N_("Key business process owners: respond, handle, recover and test operations at the original site or the backup site.") },
  /* TRANSLATORS: procedure 5.3.5.2.4: 負責災害現場證據收集，俾利未來訴訟與損害求償事宜。 */
  { "5.3.5.2.4", N_("Key business process owners: collect evidence at the site of a disaster, for later litigation and claims for damages.") },
  /* TRANSLATORS: procedure 5.3.5.2.5: 災害現場評估損害狀況及執行原營運場所之現場復原工作。 */
  { "5.3.5.2.5", N_("Key business process owners: assess the damage on site and carry out the recovery of the original site of operations.") },
  { NULL, NULL }
};

static const TemplateDuty audit_team_duties[] = {
  /* TRANSLATORS: procedure 5.3.6.1: 擬定資訊安全內部稽核計畫。 */
  { "5.3.6.1", N_("Drafts the internal information security audit plan.") },
  /* TRANSLATORS: procedure 5.3.6.2: 執行資訊安全內部稽核。 */
  { "5.3.6.2", N_("Carries out internal information security audits.") },
  /* TRANSLATORS: procedure 5.3.6.3: 撰寫資訊安全稽核報告。 */
  { "5.3.6.3", N_("Writes the information security audit reports.") },
  /* TRANSLATORS: procedure 5.3.6.4: 追蹤缺失事項之執行情形。 */
  { "5.3.6.4", N_("Follows up on the correction of deficiencies.") },
  { NULL, NULL }
};

static const TemplateBody template_bodies[] = {
  {
    STEWARD_BODY_COMMITTEE, -1,
    /* TRANSLATORS: procedure 5.3.2: 由資訊安全委員會召集人指派各單位(小組)主管組成，負責資訊安全管理制度相關事項之決議。 */
    N_("Made up of the heads of units (teams) appointed by the convener of the information security committee; decides on the matters of the information security management system."),
    N_("Convener of the information security committee"),
    committee_duties,
  },
  {
    STEWARD_BODY_CISO, STEWARD_BODY_COMMITTEE,
    /* TRANSLATORS: procedure 5.3.3: 由資訊安全委員會指派專人擔任。 */
    N_("A person appointed by the information security committee."),
    N_("Information security committee"),
    ciso_duties,
  },
  {
    STEWARD_BODY_MANAGEMENT_TEAM, STEWARD_BODY_CISO,
    /* TRANSLATORS: procedure 5.3.4: 由資訊安全委員會指派人員組成，負責規劃及執行各項資訊安全作業。 */
    N_("Made up of people appointed by the information security committee; plans and carries out the information security work."),
    N_("Information security committee"),
    management_team_duties,
  },
  {
    STEWARD_BODY_EMERGENCY_TEAM, STEWARD_BODY_COMMITTEE,
    /* TRANSLATORS: procedure 5.3.5: 緊急處理組為任務編組。 */
    N_("A task force, with a convener and the owners of the key business processes."),
    N_("Information security committee"),
    emergency_team_duties,
  },
  {
    STEWARD_BODY_AUDIT_TEAM, STEWARD_BODY_COMMITTEE,
    /* TRANSLATORS: procedure 5.3.6: 由資訊安全委員會指派，負責評估資訊安全管理制度之執行情形。 */
    N_("Appointed by the information security committee; evaluates how the information security management system is carried out."),
    N_("Information security committee"),
    audit_team_duties,
  },
};

static gboolean
apply_in_transaction (StewardDatabase  *db,
                      gpointer          user_data,
                      GError          **error)
{
  gint64 ids[STEWARD_BODY_OTHER + 1] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (template_bodies); i++)
    {
      const TemplateBody *template = &template_bodies[i];
      g_autoptr(StewardBody) body = steward_body_new (template->kind,
                                                      steward_body_kind_to_string (template->kind));

      g_object_set (body,
                    "parent-id", template->parent >= 0 ? ids[template->parent] : 0,
                    "description", _(template->description),
                    "appointed-by", _(template->appointed_by),
                    "position", (int)i,
                    NULL);

      if (!steward_record_save (STEWARD_RECORD (body), db, error))
        return FALSE;

      ids[template->kind] = steward_record_get_id (STEWARD_RECORD (body));

      for (guint j = 0; template->duties[j].text != NULL; j++)
        {
          g_autoptr(StewardDuty) duty = steward_duty_new (ids[template->kind], (int)j,
                                                          template->duties[j].clause,
                                                          _(template->duties[j].text));

          if (!steward_record_save (STEWARD_RECORD (duty), db, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * steward_template_apply:
 *
 * Adds the five bodies of the procedure with their duties, in the language
 * of the user, in one transaction.
 */
gboolean
steward_template_apply (StewardDatabase  *db,
                        GError          **error)
{
  return steward_database_transaction (db, apply_in_transaction, NULL, error);
}

/**
 * steward_database_is_empty:
 *
 * Returns: whether the database holds no organization yet: the first run,
 *   when Steward offers the template or the sample data
 */
gboolean
steward_database_is_empty (StewardDatabase *db)
{
  return steward_database_count (db, "body", NULL, NULL) == 0 &&
         steward_database_count (db, "person", NULL, NULL) == 0;
}
