/* steward-sample-data.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-sample-data"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "model/steward-body.h"
#include "model/steward-duty.h"
#include "model/steward-membership.h"
#include "model/steward-record-list.h"
#include "model/steward-roster-review.h"
#include "model/steward-person.h"
#include "steward-date.h"
#include "steward-roster.h"
#include "steward-sample-context.h"
#include "steward-sample-data.h"
#include "steward-sample-follow-up.h"
#include "steward-sample-objectives.h"
#include "steward-sample-reviews.h"
#include "steward-template.h"

/* A Traditional-Chinese organization made by the app's own code, the same
 * every time: `small` to explore, `large` (ten years at the upper end of
 * what a centre produces) to measure. Later record types add their own. */

#define META_KEY "sample-data"

typedef struct
{
  const char *hanzi;
  const char *roman;
} Name;

static const Name surnames[] = {
  { "陳", "chen" }, { "林", "lin" }, { "黃", "huang" }, { "張", "chang" }, { "李", "li" },
  { "王", "wang" }, { "吳", "wu" }, { "劉", "liu" }, { "蔡", "tsai" }, { "楊", "yang" },
  { "許", "hsu" }, { "鄭", "cheng" }, { "謝", "hsieh" }, { "郭", "kuo" }, { "洪", "hung" },
  { "曾", "tseng" }, { "邱", "chiu" }, { "廖", "liao" }, { "賴", "lai" }, { "周", "chou" },
};

static const Name given_names[] = {
  { "雅婷", "yating" }, { "志明", "chihming" }, { "怡君", "yichun" }, { "家豪", "chiahao" },
  { "淑芬", "shufen" }, { "建宏", "chienhung" }, { "美玲", "meiling" }, { "俊傑", "chunchieh" },
  { "宗翰", "tsunghan" }, { "佩珊", "peishan" }, { "冠宇", "kuanyu" }, { "欣怡", "hsinyi" },
  { "承恩", "chengen" }, { "詩涵", "shihhan" }, { "柏翰", "pohan" }, { "宜蓁", "yichen" },
  { "信宏", "hsinhung" }, { "惠如", "huiju" }, { "明哲", "mingche" }, { "文彬", "wenpin" },
  { "秀英", "hsiuying" }, { "國華", "kuohua" }, { "麗華", "lihua" }, { "振宇", "chenyu" },
  { "婉婷", "wanting" }, { "育誠", "yucheng" }, { "筱涵", "hsiaohan" }, { "彥廷", "yenting" },
  { "靜宜", "chingyi" }, { "子豪", "tzuhao" },
};

static const char * const units[] = {
  "主任室", "行政組", "系統管理組", "網路管理組", "應用服務組", "資訊安全組", "教育訓練組",
};

static const char * const staff_titles[] = {
  "專員", "工程師", "助理工程師", "約用人員", "科員", "管理師",
};

static const char * const notes[] = {
  "兼任個資保護聯絡窗口",
  "具 ISO/IEC 27001 主導稽核員證照",
  "負責校園網路骨幹維運",
  "留職停薪期間由同組同仁代理",
  "負責機房門禁與環境監控",
};

/* The people of the small organization: who leads what, so that later
 * issues can give them their roles. */
static const struct
{
  const char *unit;
  const char *title;
} small_people[] = {
  { "主任室", "主任" }, { "主任室", "副主任" }, { "主任室", "秘書" },
  { "行政組", "組長" }, { "行政組", "專員" }, { "行政組", "科員" },
  { "系統管理組", "組長" }, { "系統管理組", "工程師" }, { "系統管理組", "工程師" },
  { "系統管理組", "助理工程師" }, { "網路管理組", "組長" }, { "網路管理組", "工程師" },
  { "網路管理組", "工程師" }, { "網路管理組", "約用人員" }, { "應用服務組", "組長" },
  { "應用服務組", "管理師" }, { "應用服務組", "工程師" }, { "應用服務組", "助理工程師" },
  { "資訊安全組", "組長" }, { "資訊安全組", "資安工程師" }, { "資訊安全組", "資安工程師" },
  { "資訊安全組", "約用人員" }, { "教育訓練組", "組長" }, { "教育訓練組", "專員" },
  { "教育訓練組", "約用人員" },
};

typedef struct
{
  StewardSampleSize  size;
  GRand             *rand;
  GHashTable        *emails;
  guint              serial;
} Generator;

static StewardPerson *
make_person (Generator  *gen,
             const char *unit,
             const char *title)
{
  const Name *surname = &surnames[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (surnames))];
  const Name *given = &given_names[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (given_names))];
  g_autofree char *name = g_strconcat (surname->hanzi, given->hanzi, NULL);
  g_autofree char *email = g_strdup_printf ("%s.%s@tn.edu.tw", given->roman, surname->roman);
  g_autofree char *extension = g_strdup_printf ("%d", 8100 + (int)gen->serial++);
  StewardPerson *person;

  /* Two people with one name get two addresses, as a mail server would. */
  for (guint n = 2; g_hash_table_contains (gen->emails, email); n++)
    {
      g_free (email);
      email = g_strdup_printf ("%s.%s%u@tn.edu.tw", given->roman, surname->roman, n);
    }
  g_hash_table_add (gen->emails, g_strdup (email));

  person = steward_person_new ();
  g_object_set (person,
                "name", name,
                "title", title,
                "unit", unit,
                "phone", "06-2991111",
                "extension", extension,
                "email", email,
                "notes", g_rand_int_range (gen->rand, 0, 6) == 0
                           ? notes[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (notes))]
                           : NULL,
                NULL);

  return person;
}

static gboolean
save_all (GPtrArray        *records,
          StewardDatabase  *db,
          GError          **error)
{
  for (guint i = 0; i < records->len; i++)
    if (!steward_record_save (g_ptr_array_index (records, i), db, error))
      return FALSE;

  return TRUE;
}

static GDate *
parse_iso_date (const char *text)
{
  unsigned year, month, day;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return NULL;

  return g_date_new_dmy (day, month, year);
}

static gboolean
add_membership (StewardDatabase  *db,
                StewardPerson    *person,
                gint64            body_id,
                StewardRole       role,
                const char       *start,
                const char       *end,
                const char       *process,
                const char       *decision_ref,
                const char       *decision_date,
                GError          **error)
{
  g_autoptr(GDate) start_date = parse_iso_date (start);
  g_autoptr(GDate) end_date = parse_iso_date (end);
  g_autoptr(GDate) decided = parse_iso_date (decision_date);
  g_autoptr(StewardMembership) membership = NULL;

  membership = steward_membership_new (steward_record_get_id (STEWARD_RECORD (person)),
                                       body_id, role, start_date);
  g_object_set (membership,
                "end-date", end_date,
                "process-name", process,
                "decision-ref", decision_ref,
                "decision-date", decided,
                NULL);

  return steward_record_save (STEWARD_RECORD (membership), db, error);
}

/* The ids of the template's bodies, by kind. */
static void
find_template_bodies (StewardDatabase *db,
                      gint64           ids[STEWARD_BODY_OTHER + 1])
{
  g_autoptr(StewardRecordList) bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (bodies)); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (G_LIST_MODEL (bodies), i);

      if (ids[steward_body_get_kind (body)] == 0)
        ids[steward_body_get_kind (body)] = steward_record_get_id (STEWARD_RECORD (body));
    }
}

/* The document controller's last yearly review, a month ago, with the
 * roster as it stood. */
static gboolean
add_roster_review (StewardDatabase  *db,
                   const GDate      *on,
                   const char       *reviewer,
                   const char       *note,
                   GError          **error)
{
  g_autoptr(StewardRecordList) bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);
  g_autoptr(StewardRecordList) people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  g_autoptr(StewardRecordList) memberships = steward_record_list_new (db, STEWARD_TYPE_MEMBERSHIP, NULL);
  g_autoptr(GListModel) roster = steward_roster_build (G_LIST_MODEL (bodies), G_LIST_MODEL (people),
                                                       G_LIST_MODEL (memberships), on);
  g_autofree char *snapshot = steward_roster_to_json (roster);
  g_autoptr(StewardRosterReview) review = g_object_new (STEWARD_TYPE_ROSTER_REVIEW,
                                                        "reviewed-on", on,
                                                        "reviewer", reviewer,
                                                        "note", note,
                                                        "snapshot", snapshot,
                                                        NULL);

  return steward_record_save (STEWARD_RECORD (review), db, error);
}

#define P(i) ((StewardPerson *) g_ptr_array_index (people, (i)))

static gboolean
fill_small (Generator        *gen,
            StewardDatabase  *db,
            GError          **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) reviewed = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                              g_date_time_get_month (now),
                                              g_date_time_get_year (now));
  gint64 body[STEWARD_BODY_OTHER + 1] = { 0 };
  static const char *first = "112年度第1次資訊安全委員會";
  static const char *second = "113年度第2次資訊安全委員會";
  gint64 committee, ciso, team, emergency, audit;

  for (guint i = 0; i < G_N_ELEMENTS (small_people); i++)
    g_ptr_array_add (people, make_person (gen, small_people[i].unit, small_people[i].title));

  if (!save_all (people, db, error))
    return FALSE;

  find_template_bodies (db, body);
  committee = body[STEWARD_BODY_COMMITTEE];
  ciso = body[STEWARD_BODY_CISO];
  team = body[STEWARD_BODY_MANAGEMENT_TEAM];
  emergency = body[STEWARD_BODY_EMERGENCY_TEAM];
  audit = body[STEWARD_BODY_AUDIT_TEAM];

  /* The committee: the deputy director convened it until the director took
   * over in August 2024; the unit heads are its members. */
  if (!add_membership (db, P (1), committee, STEWARD_ROLE_CONVENER, "2023-01-01", "2024-07-31", NULL, first, "2023-01-10", error) ||
      !add_membership (db, P (0), committee, STEWARD_ROLE_CONVENER, "2024-08-01", NULL, NULL, second, "2024-07-25", error) ||
      !add_membership (db, P (1), committee, STEWARD_ROLE_DEPUTY_CONVENER, "2024-08-01", NULL, NULL, second, "2024-07-25", error) ||
      !add_membership (db, P (2), committee, STEWARD_ROLE_SECRETARY, "2023-01-01", NULL, NULL, first, "2023-01-10", error))
    return FALSE;
  {
    static const guint heads[] = { 3, 6, 10, 14, 18, 22 };

    for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
      if (!add_membership (db, P (heads[i]), committee, STEWARD_ROLE_MEMBER, "2023-01-01", NULL, NULL, first, "2023-01-10", error))
        return FALSE;
  }

  /* The CISO, appointed by the committee, is also the document controller
   * (5.3.3.5). */
  if (!add_membership (db, P (18), ciso, STEWARD_ROLE_CISO, "2023-01-01", NULL, NULL, first, "2023-01-10", error) ||
      !add_membership (db, P (18), ciso, STEWARD_ROLE_DOCUMENT_CONTROLLER, "2023-01-01", NULL, NULL, first, "2023-01-10", error))
    return FALSE;

  /* The ISMS management team; one member left in June 2025. */
  if (!add_membership (db, P (10), team, STEWARD_ROLE_CONVENER, "2023-01-01", NULL, NULL, first, "2023-01-10", error) ||
      !add_membership (db, P (13), team, STEWARD_ROLE_MEMBER, "2023-03-01", "2025-06-30", NULL, "府教資字第1120012345號", "2023-02-20", error))
    return FALSE;
  {
    static const guint members[] = { 7, 11, 15, 19, 20 };

    for (guint i = 0; i < G_N_ELEMENTS (members); i++)
      if (!add_membership (db, P (members[i]), team, STEWARD_ROLE_MEMBER, "2023-01-01", NULL, NULL, first, "2023-01-10", error))
        return FALSE;
  }

  /* The emergency response team and the owners of the key processes. */
  if (!add_membership (db, P (6), emergency, STEWARD_ROLE_CONVENER, "2023-01-01", NULL, NULL, first, "2023-01-10", error) ||
      !add_membership (db, P (8), emergency, STEWARD_ROLE_PROCESS_OWNER, "2023-01-01", NULL, "校務行政系統", first, "2023-01-10", error) ||
      !add_membership (db, P (12), emergency, STEWARD_ROLE_PROCESS_OWNER, "2023-01-01", NULL, "校園網路骨幹", first, "2023-01-10", error) ||
      !add_membership (db, P (16), emergency, STEWARD_ROLE_PROCESS_OWNER, "2023-01-01", NULL, "教育雲端服務", first, "2023-01-10", error))
    return FALSE;

  /* The internal audit team, independent of the units it audits. */
  if (!add_membership (db, P (22), audit, STEWARD_ROLE_AUDIT_LEAD, "2023-01-01", NULL, NULL, first, "2023-01-10", error) ||
      !add_membership (db, P (4), audit, STEWARD_ROLE_AUDITOR, "2023-01-01", NULL, NULL, first, "2023-01-10", error) ||
      !add_membership (db, P (23), audit, STEWARD_ROLE_AUDITOR, "2023-01-01", NULL, NULL, first, "2023-01-10", error))
    return FALSE;

  g_date_subtract_days (reviewed, 30);

  return add_roster_review (db, reviewed, steward_person_get_name (P (18)),
                            "年度檢視：管理小組成員異動一名，其餘無異動。", error);
}

static const char * const sub_teams[] = {
  "個資保護小組", "機房管理小組", "校園網路維運小組", "弱點管理小組", "資安教育推動小組", "委外廠商管理小組",
};

/* Ten years of a large centre: people join, change posts and leave every
 * month, which leaves thousands of rows of history behind. */
static gboolean
fill_large (Generator        *gen,
            StewardDatabase  *db,
            GError          **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (sub_teams); i++)
    {
      g_autoptr(StewardBody) team = steward_body_new (STEWARD_BODY_OTHER, sub_teams[i]);
      g_autoptr(StewardDuty) duty = NULL;

      g_object_set (team, "position", 10 + (int)i, "appointed-by", "資訊安全委員會", NULL);
      if (!steward_record_save (STEWARD_RECORD (team), db, error))
        return FALSE;

      duty = steward_duty_new (steward_record_get_id (STEWARD_RECORD (team)), 0, NULL,
                               "執行資訊安全委員會交辦之專案事項。");
      if (!steward_record_save (STEWARD_RECORD (duty), db, error))
        return FALSE;
    }

  for (guint i = 0; i < 300; i++)
    g_ptr_array_add (people, make_person (gen,
                                          units[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (units))],
                                          staff_titles[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (staff_titles))]));
  if (!save_all (people, db, error))
    return FALSE;

  for (guint month = 0; month < 12 * steward_sample_data_get_years (); month++)
    {
      /* About 40 join and 25 leave a year. */
      for (guint i = 0; i < 3 + (month % 3 == 0); i++)
        {
          g_autoptr(StewardPerson) person = make_person (gen,
                                                         units[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (units))],
                                                         staff_titles[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (staff_titles))]);

          if (!steward_record_save (STEWARD_RECORD (person), db, error))
            return FALSE;
          g_ptr_array_add (people, g_steal_pointer (&person));
        }

      for (guint i = 0; i < 2 + (month % 12 == 0); i++)
        {
          /* The first sixty hold roles: they stay. */
          guint victim = g_rand_int_range (gen->rand, 60, people->len);

          if (!steward_record_delete (g_ptr_array_index (people, victim), db, error))
            return FALSE;
          g_ptr_array_remove_index_fast (people, victim);
        }

      /* Posts, units and extensions change. */
      for (guint i = 0; i < 60; i++)
        {
          StewardPerson *person = g_ptr_array_index (people, g_rand_int_range (gen->rand, 0, people->len));
          g_autofree char *extension = g_strdup_printf ("%d", 8100 + g_rand_int_range (gen->rand, 0, 900));

          g_object_set (person,
                        "title", staff_titles[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (staff_titles))],
                        "unit", units[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (units))],
                        "extension", extension,
                        NULL);
          if (!steward_record_save (STEWARD_RECORD (person), db, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Ten years of roles: every body gets a convener or lead every two years
 * and a handful of members; the roster is reviewed every December. */
static gboolean
fill_large_roles (Generator        *gen,
                  StewardDatabase  *db,
                  GError          **error)
{
  g_autoptr(StewardRecordList) bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, NULL);
  g_autoptr(StewardRecordList) people = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
  int first_year = 2026 - (int) steward_sample_data_get_years ();

  for (guint b = 0; b < g_list_model_get_n_items (G_LIST_MODEL (bodies)); b++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (G_LIST_MODEL (bodies), b);
      gint64 body_id = steward_record_get_id (STEWARD_RECORD (body));
      StewardRole lead = steward_body_get_kind (body) == STEWARD_BODY_CISO ? STEWARD_ROLE_CISO
                       : steward_body_get_kind (body) == STEWARD_BODY_AUDIT_TEAM ? STEWARD_ROLE_AUDIT_LEAD
                       : STEWARD_ROLE_CONVENER;

      for (int year = first_year; year <= 2026; year += 2)
        {
          g_autofree char *start = g_strdup_printf ("%d-01-01", year);
          g_autofree char *end = year + 2 <= 2026 ? g_strdup_printf ("%d-12-31", year + 1) : NULL;
          g_autofree char *decision = g_strdup_printf ("%d年度第1次資訊安全委員會", year - 1911);
          g_autofree char *decided = g_strdup_printf ("%d-01-10", year);
          g_autoptr(StewardPerson) leader = g_list_model_get_item (G_LIST_MODEL (people),
                                                                   g_rand_int_range (gen->rand, 0, 60));

          if (!add_membership (db, leader, body_id, lead, start, end, NULL, decision, decided, error))
            return FALSE;

          for (guint m = 0; m < 4; m++)
            {
              g_autoptr(StewardPerson) member = g_list_model_get_item (G_LIST_MODEL (people),
                                                                       g_rand_int_range (gen->rand, 0, 60));

              if (!add_membership (db, member, body_id, STEWARD_ROLE_MEMBER, start, end, NULL, decision, decided, error))
                return FALSE;
            }
        }
    }

  for (int year = first_year; year <= 2025; year++)
    {
      g_autoptr(GDate) on = g_date_new_dmy (15, G_DATE_DECEMBER, year);

      if (!add_roster_review (db, on, "資訊安全官", "年度檢視完成。", error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_in_transaction (StewardDatabase  *db,
                     gpointer          user_data,
                     GError          **error)
{
  Generator *gen = user_data;

  if (!steward_template_apply (db, error))
    return FALSE;

  if (!(gen->size == STEWARD_SAMPLE_SMALL ? fill_small (gen, db, error)
                                          : (fill_large (gen, db, error) &&
                                             fill_large_roles (gen, db, error))))
    return FALSE;

  /* The objectives, owned by the people just saved. */
  {
    g_autoptr(StewardRecordList) list = steward_record_list_new (db, STEWARD_TYPE_PERSON, NULL);
    g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GDate) today = steward_date_new_today ();

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
      g_ptr_array_add (people, g_list_model_get_item (G_LIST_MODEL (list), i));

    if (!steward_sample_objectives_fill (db, gen->size == STEWARD_SAMPLE_LARGE, today, people, error))
      return FALSE;

    /* The context: issues, interested parties, contacts, the scope. */
    if (!steward_sample_context_fill (db, gen->size == STEWARD_SAMPLE_LARGE, today, people, error))
      return FALSE;

    /* The follow-up: communications, findings, projects, hand-overs, actions. */
    if (!steward_sample_follow_up_fill (db, gen->size == STEWARD_SAMPLE_LARGE, today, people, error))
      return FALSE;

    /* The management reviews, which show all of the above. */
    if (!steward_sample_reviews_fill (db, gen->size == STEWARD_SAMPLE_LARGE, today, people, error))
      return FALSE;
  }

  if (gen->size == STEWARD_SAMPLE_LARGE)
    {
      g_autofree char *years = g_strdup_printf ("%u", steward_sample_data_get_years ());

      if (!steward_database_set_meta (db, META_KEY "-years", years, error))
        return FALSE;
    }

  return steward_database_set_meta (db, META_KEY, steward_sample_data_size_name (gen->size), error);
}

/**
 * steward_sample_data_fill:
 *
 * Fills an empty database with sample data, in one transaction. A database
 * that already holds records is refused: sample data never mixes with a
 * centre's own.
 */
gboolean
steward_sample_data_fill (StewardDatabase    *db,
                          StewardSampleSize   size,
                          GError            **error)
{
  Generator gen = { size, NULL, NULL, 0 };
  gboolean ok;

  if (!steward_database_is_empty (db))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already holds records: sample data is only added to an empty database."),
                   steward_database_get_path (db));
      return FALSE;
    }

  gen.rand = g_rand_new_with_seed (size == STEWARD_SAMPLE_SMALL ? 1140101 : 1040101);
  gen.emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = steward_database_transaction (db, fill_in_transaction, &gen, error);

  g_hash_table_unref (gen.emails);
  g_rand_free (gen.rand);

  return ok;
}

/**
 * steward_sample_data_get_years:
 *
 * The number of years the large sample spans: ten, unless the environment
 * variable STEWARD_SAMPLE_YEARS asks for another number from 1 to 1000
 * (the benchmarks make a hundred-year database with
 * `STEWARD_SAMPLE_YEARS=100 steward -d FILE --sample-data=large`). Every
 * register, and so the history, grows linearly with it; the data stays
 * the same for the same number of years.
 *
 * Returns: the years of the large sample
 */
guint
steward_sample_data_get_years (void)
{
  const char *text = g_getenv ("STEWARD_SAMPLE_YEARS");
  guint64 years = 0;

  if (text == NULL ||
      !g_ascii_string_to_unsigned (text, 10, 1, 1000, &years, NULL))
    return STEWARD_SAMPLE_DEFAULT_YEARS;

  return (guint) years;
}

const char *
steward_sample_data_size_name (StewardSampleSize size)
{
  return size == STEWARD_SAMPLE_LARGE ? "large" : "small";
}

gboolean
steward_sample_data_parse_size (const char         *text,
                                StewardSampleSize  *size,
                                GError            **error)
{
  if (text == NULL || g_str_equal (text, "small"))
    *size = STEWARD_SAMPLE_SMALL;
  else if (g_str_equal (text, "large"))
    *size = STEWARD_SAMPLE_LARGE;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Unknown size of sample data “%s”: use small or large."), text);
      return FALSE;
    }

  return TRUE;
}

/**
 * steward_sample_data_dup_size:
 *
 * Returns: (transfer full) (nullable): "small" or "large" when the database
 *   was filled with sample data
 */
char *
steward_sample_data_dup_size (StewardDatabase *db)
{
  return steward_database_dup_meta (db, META_KEY);
}
