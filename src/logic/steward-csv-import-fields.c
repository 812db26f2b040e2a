/* steward-csv-import-fields.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-csv-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-party.h"
#include "steward-csv-import-private.h"

/* The columns the importer knows, per record type. The lists people keep
 * in Excel name their columns in Chinese, in the words of their own forms,
 * or in English when they come from another tool (or from Steward's own
 * CSV export): a header cell matches a field by its property, its column,
 * its title in the current language, or one of its aliases. Enum cells
 * match likewise: the nick, the English name, the current language's name,
 * or one of the Chinese words of the table below. Everything is compared
 * after NFKC, case folding, and dropping all but letters and digits, so
 * that "E-mail", "email" and "Ｅｍａｉｌ" are one. */

typedef struct
{
  int         value;
  const char *words;      /* '|'-separated */
} Words;

typedef struct
{
  GType      (*get_type) (void);
  const Words *words;
  guint        n_words;
} EnumTable;

typedef struct
{
  const char      *property;
  const char      *title;        /* N_(): the column's name in the preview and the messages */
  const char      *zh_name;      /* the Chinese name the messages give beside the English one */
  const char      *aliases;      /* other names of the column, '|'-separated */
  gboolean         required;     /* a file without the column is refused */
  const EnumTable *values;       /* enums: the words the cells may hold */
  const char      *blank_nick;   /* enums: what an empty cell means; NULL: a problem */
  void           (*derive)       (StewardRecord *record);  /* enums: fills an empty cell from others */
  const char      *derived_from; /* the property derive() reads */
  const char      *absent_note;  /* N_(): says what rows get when the column is missing */
} Field;

struct _StewardImportKind
{
  GType              (*get_type) (void);
  const Field         *fields;
  guint                n_fields;
  const char * const  *preview;
  const char * const  *key;          /* the properties that make two entries the same */
  const char          *existing;     /* N_(): the row is already stored */
  const char          *rows;         /* NC_("register"): what the "Register" column of the
                                      * interested parties and issues register calls its rows */
  const char          *rows_words;   /* and in Chinese, '|'-separated */
  const char          *other_rows;   /* N_(): a note on the rows of the other register */
};

#define WORDS(table) (table), G_N_ELEMENTS (table)

static const Words scope_words[] = {
  { STEWARD_SCOPE_INTERNAL, "Internal|內部|內部議題|內部關注方" },
  { STEWARD_SCOPE_EXTERNAL, "External|外部|外部議題|外部關注方" },
};
static const EnumTable scope_table = { steward_scope_get_type, WORDS (scope_words) };

static const Words category_words[] = {
  { STEWARD_ISSUE_NATIONAL, "National|國家" },
  { STEWARD_ISSUE_REGIONAL, "Regional|區域|地區" },
  { STEWARD_ISSUE_SOCIAL_CULTURAL, "Social and cultural|社會文化|社會與文化" },
  { STEWARD_ISSUE_LEGAL_REGULATORY, "Legal and regulatory|Legal|法令規章|法規|法律" },
  { STEWARD_ISSUE_ECONOMIC, "Economic|經濟" },
  { STEWARD_ISSUE_TECHNOLOGICAL, "Technological|Technology|技術|科技" },
  { STEWARD_ISSUE_ENVIRONMENTAL, "Environmental|Environmental, including climate change|環境|氣候變遷|環境（含氣候變遷）" },
  { STEWARD_ISSUE_DRIVERS_TRENDS, "Key drivers and trends|Drivers and trends|推動者與趨勢|主要推動者與趨勢|趨勢" },
  { STEWARD_ISSUE_EXTERNAL_RELATIONS, "Relations with external stakeholders|與外部利害相關者的關係|與外部利害相關者之關係|外部利害相關者關係|外部關係" },
  { STEWARD_ISSUE_GOVERNANCE_ROLES, "Governance and roles|治理架構與角色職掌|治理與角色|組織架構與角色執掌|IT治理" },
  { STEWARD_ISSUE_POLICIES_STRATEGY, "Policies and strategy|政策與策略|政策目標達成策略" },
  { STEWARD_ISSUE_CAPABILITIES_KNOWLEDGE, "Capabilities and knowledge|能力與知識|組織支援與知識管理能力|知識管理" },
  { STEWARD_ISSUE_SYSTEMS_PROCESSES, "Information systems and processes|Systems and processes|資訊系統與流程|資訊系統" },
  { STEWARD_ISSUE_CULTURE, "Culture|組織文化|文化" },
  { STEWARD_ISSUE_STANDARDS_CONTRACTS, "Standards and contracts|標準與合約|遵循標準、指導綱要、合約關係|合約關係" },
};
static const EnumTable category_table = { steward_issue_category_get_type, WORDS (category_words) };

static const Words source_words[] = {
  { STEWARD_ISSUE_SOURCE_SECURITY_MEETING, "Decision of the security meeting|Security meeting|資訊安全會議決議|資訊安全定期會議|資安會議|會議決議|定期會議" },
  { STEWARD_ISSUE_SOURCE_SUPERIOR_DIRECTIVE, "Directive of a superior agency|Superior directive|上級機關來文要求|上級機關來文|上級來文|上級指示" },
  { STEWARD_ISSUE_SOURCE_REVIEW, "Review|審查|管理審查" },
  { STEWARD_ISSUE_SOURCE_OTHER, "Other|其他" },
};
static const EnumTable source_table = { steward_issue_source_get_type, WORDS (source_words) };

static const Words status_words[] = {
  { STEWARD_ISSUE_STATUS_OPEN, "Open|處理中|未結案|開放" },
  { STEWARD_ISSUE_STATUS_MONITORED, "Monitored|持續監控|監控中|追蹤中" },
  { STEWARD_ISSUE_STATUS_RETIRED, "Retired|已解除|已結案|結案|不再適用" },
};
static const EnumTable status_table = { steward_issue_status_get_type, WORDS (status_words) };

static const Words party_kind_words[] = {
  { STEWARD_PARTY_SUPERIOR_AGENCY, "Superior agency|上級機關" },
  { STEWARD_PARTY_SCHOOLS, "Schools|學校|各級學校" },
  { STEWARD_PARTY_CITIZENS, "Citizens|民眾|市民" },
  { STEWARD_PARTY_SUPPLIERS, "Suppliers|Supplier|供應商|廠商|委外廠商" },
  { STEWARD_PARTY_STAFF, "Staff|員工|同仁|內部人員" },
  { STEWARD_PARTY_REGULATORS, "Regulators|主管機關|法規主管機關|監理機關" },
  { STEWARD_PARTY_PARTNERS, "Partners|合作夥伴|夥伴" },
  { STEWARD_PARTY_OTHER, "Other|其他" },
};
static const EnumTable party_kind_table = { steward_party_kind_get_type, WORDS (party_kind_words) };

static const Words purpose_words[] = {
  { STEWARD_CONTACT_INCIDENT_REPORTING, "Incident reporting|事件通報|資安事件通報|通報" },
  { STEWARD_CONTACT_LAW_ENFORCEMENT, "Law enforcement|檢警單位|執法機關|執法|警政|報案" },
  { STEWARD_CONTACT_UTILITIES, "Utilities|公用事業|水電|電力|電信" },
  { STEWARD_CONTACT_SUPPLIER, "Supplier|Suppliers|供應商|廠商|委外廠商" },
  { STEWARD_CONTACT_SUPERIOR_AGENCY, "Superior agency|上級機關|主管機關" },
  { STEWARD_CONTACT_CERT, "CERT|CERT（電腦緊急應變小組）|電腦緊急應變小組|緊急應變小組|資安應變" },
  { STEWARD_CONTACT_OTHER, "Other|其他" },
};
static const EnumTable purpose_table = { steward_contact_purpose_get_type, WORDS (purpose_words) };

/* An issue's category says whether it is internal or external (5.1.3). */
static void
derive_issue_scope (StewardRecord *record)
{
  StewardIssueCategory category = steward_context_issue_get_category (STEWARD_CONTEXT_ISSUE (record));

  g_object_set (record, "scope",
                steward_issue_category_is_external (category) ? STEWARD_SCOPE_EXTERNAL : STEWARD_SCOPE_INTERNAL,
                NULL);
}

static void
derive_party_scope (StewardRecord *record)
{
  StewardPartyKind kind = steward_party_get_kind (STEWARD_PARTY (record));

  g_object_set (record, "scope", kind == STEWARD_PARTY_STAFF ? STEWARD_SCOPE_INTERNAL : STEWARD_SCOPE_EXTERNAL,
                NULL);
}

static const Field contact_fields[] = {
  { "organization", N_("Organization"), "單位名稱", "單位名稱|機關名稱|機關（構）|機關|機構", TRUE },
  { "unit", N_("Unit"), "單位", "單位|科室|部門" },
  { "person", N_("Contact person"), "聯絡人", "Contact|聯絡人|姓名" },
  { "role", N_("Role"), "職稱", "Title|職稱|職務|角色" },
  { "phone", N_("Phone"), "電話", "Telephone|Tel|電話|聯絡電話" },
  { "email", N_("E-mail"), "電子郵件", "E-mail address|電子郵件|電子信箱" },
  { "address", N_("Address"), "地址", "地址" },
  { "purpose", N_("Purpose"), "聯絡事由", "聯絡事由|用途|事由", FALSE, &purpose_table, "other", NULL, NULL,
    N_("The file has no “purpose” column: each contact gets the purpose “Other”.") },
  { "verified-on", N_("Verified on"), "最後確認日期", "Last verified|最後確認日期|確認日期" },
  { "notes", N_("Notes"), "備註", "備註|說明" },
};
static const char * const contact_preview[] = { "organization", "person", "phone", "email", "purpose", NULL };
static const char * const contact_key[] = { "organization", "unit", "person", NULL };

/* The category comes before the scope, which can be derived from it. */
static const Field issue_fields[] = {
  { "category", N_("Category"), "議題類別", "類別|議題類別|分類", TRUE, &category_table },
  { "scope", N_("Internal or external"), "內外部", "Internal or external|內外部|內部外部|內部或外部|範圍", FALSE,
    &scope_table, NULL, derive_issue_scope, "category",
    N_("The file has no “scope” column: each issue is internal or external as its category is.") },
  { "description", N_("Issue"), "議題說明", "Issue|議題|議題說明|議題內容|議題描述", TRUE },
  { "effect", N_("Effect"), "影響", "Impact|影響|對組織之影響|衝擊" },
  { "source", N_("Source"), "來源", "來源|議題來源", FALSE, &source_table, "other", NULL, NULL,
    N_("The file has no “source” column: each issue gets the source “Other”.") },
  { "source-ref", N_("Source reference"), "來源文號", "Reference|來源文號|依據|文號" },
  { "source-date", N_("Source date"), "來源日期", "來源日期|來文日期|決議日期" },
  { "status", N_("Status"), "狀態", "狀態", FALSE, &status_table, "open", NULL, NULL,
    N_("The file has no “status” column: each issue gets the status “Open”.") },
  { "identified-on", N_("Identified on"), "識別日期", "識別日期|鑑別日期|提出日期", TRUE },
  { "notes", N_("Notes"), "備註", "備註" },
};
static const char * const issue_preview[] = { "category", "scope", "description", "status", "identified-on", NULL };
static const char * const issue_key[] = { "description", NULL };

/* The kind comes before the scope, which can be derived from it. */
static const Field party_fields[] = {
  { "name", N_("Interested party"), "關注方", "Interested party|Party|名稱|關注方|關注方名稱|利害關係者|利害關係人", TRUE },
  { "kind", N_("Kind"), "類別", "Type|類別|類型|種類", FALSE, &party_kind_table, "other", NULL, NULL,
    N_("The file has no “kind” column: each interested party gets the kind “Other”.") },
  { "scope", N_("Internal or external"), "內外部", "Internal or external|內外部|內部外部|內部或外部|範圍", FALSE,
    &scope_table, NULL, derive_party_scope, "kind",
    N_("The file has no “scope” column: staff are internal, every other interested party external.") },
  { "notes", N_("Notes"), "備註", "備註" },
};
static const char * const party_preview[] = { "name", "kind", "scope", NULL };
static const char * const party_key[] = { "name", NULL };

/* The interested parties and issues register, as Steward exports it to
 * CSV, holds both in one table: a "Register" column says which a row is. */
static const StewardImportKind kinds[] = {
  { steward_contact_get_type, contact_fields, G_N_ELEMENTS (contact_fields), contact_preview, contact_key,
    N_("The same organization, unit and person are already in the contacts list.") },
  { steward_context_issue_get_type, issue_fields, G_N_ELEMENTS (issue_fields), issue_preview, issue_key,
    N_("The same issue is already in the register."),
    NC_("register", "Issue"), "議題|內外部議題",
    N_("The rows of interested parties were left out: import them from the Interested Parties page.") },
  { steward_party_get_type, party_fields, G_N_ELEMENTS (party_fields), party_preview, party_key,
    N_("An interested party of this name is already in the register."),
    NC_("register", "Interested party"), "關注方|利害關係者|利害關係人",
    N_("The rows of issues were left out: import them from the Issues page.") },
};

/* The names of the "Register" column. */
static const char register_words[] = "Register|一覽表|登錄表";

/**
 * steward_import_normalize:
 * @words_only: keep only letters and digits (to compare names); otherwise
 *   keep everything, with runs of white space as one space
 *
 * Returns: (transfer full): @text in NFKC, case folded, without the white
 *   space around it; "" for %NULL
 */
char *
steward_import_normalize (const char *text,
                          gboolean    words_only)
{
  g_autofree char *nfkc = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (nfkc == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (nfkc, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (words_only)
        {
          if (g_unichar_isalnum (c))
            g_string_append_unichar (out, c);
        }
      else if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

static const char *
enum_to_string (GType type,
                int   value)
{
  if (type == STEWARD_TYPE_SCOPE)
    return steward_scope_to_string (value);
  if (type == STEWARD_TYPE_ISSUE_CATEGORY)
    return steward_issue_category_to_string (value);
  if (type == STEWARD_TYPE_ISSUE_SOURCE)
    return steward_issue_source_to_string (value);
  if (type == STEWARD_TYPE_ISSUE_STATUS)
    return steward_issue_status_to_string (value);
  if (type == STEWARD_TYPE_PARTY_KIND)
    return steward_party_kind_to_string (value);
  if (type == STEWARD_TYPE_CONTACT_PURPOSE)
    return steward_contact_purpose_to_string (value);

  g_return_val_if_reached ("");
}

/* Look-ups are made once per table: normalized word → index + 1. */
G_LOCK_DEFINE_STATIC (lookups);
static GHashTable *lookups;

static void
add_words (GHashTable *lookup,
           const char *words,
           int         index)
{
  g_auto(GStrv) split = g_strsplit (words, "|", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      char *word = steward_import_normalize (split[i], TRUE);

      /* The first table entry to claim a word keeps it. */
      if (word[0] != '\0' && !g_hash_table_contains (lookup, word))
        g_hash_table_insert (lookup, word, GINT_TO_POINTER (index + 1));
      else
        g_free (word);
    }
}

static GHashTable *
build_enum_lookup (gconstpointer data)
{
  const EnumTable *table = data;
  GHashTable *lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (table->get_type ());

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      GEnumValue *value = &enum_class->values[i];

      add_words (lookup, value->value_nick, value->value);
      add_words (lookup, enum_to_string (table->get_type (), value->value), value->value);
    }
  for (guint i = 0; i < table->n_words; i++)
    add_words (lookup, table->words[i].words, table->words[i].value);

  return lookup;
}

static GHashTable *
build_header_lookup (gconstpointer data)
{
  const StewardImportKind *kind = data;
  GHashTable *lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < kind->n_fields; i++)
    {
      add_words (lookup, kind->fields[i].property, i);
      add_words (lookup, kind->fields[i].title, i);
      add_words (lookup, _(kind->fields[i].title), i);
      add_words (lookup, kind->fields[i].aliases, i);
    }

  return lookup;
}

static GHashTable *
build_rows_lookup (gconstpointer data)
{
  const StewardImportKind *kind = data;
  GHashTable *lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  add_words (lookup, kind->rows, 0);
  add_words (lookup, g_dpgettext2 (GETTEXT_PACKAGE, "register", kind->rows), 0);
  add_words (lookup, kind->rows_words, 0);

  return lookup;
}

static GHashTable *
build_register_lookup (gconstpointer data)
{
  GHashTable *lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  add_words (lookup, register_words, 0);
  add_words (lookup, _("Register"), 0);

  return lookup;
}

static GHashTable *
get_lookup (gconstpointer   key,
            GHashTable   *(*build) (gconstpointer key))
{
  GHashTable *built;
  GHashTable *lookup;

  /* Kept for the life of the program, as the tables are: per builder,
   * per table. */
  G_LOCK (lookups);
  if (lookups == NULL)
    lookups = g_hash_table_new (NULL, NULL);
  built = g_hash_table_lookup (lookups, build);
  if (built == NULL)
    {
      built = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (lookups, build, built);
    }
  lookup = g_hash_table_lookup (built, key);
  if (lookup == NULL)
    {
      lookup = build (key);
      g_hash_table_insert (built, (gpointer)key, lookup);
    }
  G_UNLOCK (lookups);

  return lookup;
}

static int
lookup_word (GHashTable *lookup,
             const char *text)
{
  g_autofree char *word = steward_import_normalize (text, TRUE);

  return GPOINTER_TO_INT (g_hash_table_lookup (lookup, word)) - 1;
}

const StewardImportKind *
steward_import_kind_for_type (GType record_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].get_type () == record_type)
      return &kinds[i];

  return NULL;
}

guint
steward_import_kind_get_n_fields (const StewardImportKind *kind)
{
  return kind->n_fields;
}

const char *
steward_import_kind_get_property (const StewardImportKind *kind,
                                  guint                    field)
{
  return kind->fields[field].property;
}

/* Returns: the field's title, translated */
const char *
steward_import_kind_get_title (const StewardImportKind *kind,
                               guint                    field)
{
  return _(kind->fields[field].title);
}

/* Returns: (transfer full): the name of the field's column, as the
 * database and Steward's CSV export call it */
char *
steward_import_kind_dup_column_name (const StewardImportKind *kind,
                                     guint                    field)
{
  return g_strdelimit (g_strdup (kind->fields[field].property), "-", '_');
}

const char *
steward_import_kind_get_zh_name (const StewardImportKind *kind,
                                 guint                    field)
{
  return kind->fields[field].zh_name;
}

gboolean
steward_import_kind_is_required (const StewardImportKind *kind,
                                 guint                    field)
{
  return kind->fields[field].required;
}

/* Returns: the field of @property, or -1 */
int
steward_import_kind_find_field (const StewardImportKind *kind,
                                const char              *property)
{
  for (guint i = 0; i < kind->n_fields; i++)
    if (g_str_equal (kind->fields[i].property, property))
      return i;

  return -1;
}

/* Returns: the field a header cell names, or -1 */
int
steward_import_kind_match_header (const StewardImportKind *kind,
                                  const char              *header)
{
  return lookup_word (get_lookup (kind, build_header_lookup), header);
}

/* Returns: whether a header cell names the "Register" column, which says
 * whether a row is an interested party or an issue */
gboolean
steward_import_is_register_header (const char *header)
{
  return lookup_word (get_lookup (register_words, build_register_lookup), header) >= 0;
}

/* Returns: whether a cell of the "Register" column says the row is one of
 * @kind's; an empty cell does */
gboolean
steward_import_kind_owns_row (const StewardImportKind *kind,
                              const char              *register_cell)
{
  g_autofree char *word = steward_import_normalize (register_cell, TRUE);

  if (word[0] == '\0')
    return TRUE;
  if (kind->rows == NULL)
    return FALSE;

  return lookup_word (get_lookup (kind, build_rows_lookup), register_cell) >= 0;
}

/* Returns: (nullable): what says the rows of the other register were left
 * out, translated */
const char *
steward_import_kind_get_other_rows_note (const StewardImportKind *kind)
{
  return kind->other_rows != NULL ? _(kind->other_rows) : NULL;
}

/* Returns: (nullable): the property an empty cell of the field is derived
 * from, so that a problem with the one makes the other unknown too */
const char *
steward_import_kind_get_derived_from (const StewardImportKind *kind,
                                      guint                    field)
{
  return kind->fields[field].derived_from;
}

/* Returns: (nullable): what rows get without the field's column, translated */
const char *
steward_import_kind_get_absent_note (const StewardImportKind *kind,
                                     guint                    field)
{
  return kind->fields[field].absent_note != NULL ? _(kind->fields[field].absent_note) : NULL;
}

static char *
dup_accepted_values (const EnumTable *table)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (table->get_type ());
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < enum_class->n_values; i++)
    {
      if (i > 0)
        /* TRANSLATORS: what separates the items of a list of values */
        g_string_append (list, C_("list", ", "));
      /* TRANSLATORS: a name in quotes, in a list */
      g_string_append_printf (list, _("“%s”"), enum_to_string (table->get_type (), enum_class->values[i].value));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* An Excel date may come with a time: 2024/3/1 00:00, 2024-03-01T00:00:00. */
static GDate *
parse_date (const char *text)
{
  GDate *date = steward_date_parse (text);
  const char *cut;

  if (date == NULL && (cut = strpbrk (text, " T")) != NULL)
    {
      g_autofree char *day = g_strndup (text, cut - text);

      date = steward_date_parse (day);
    }

  return date;
}

/**
 * steward_import_kind_set_cell:
 * @cell: (nullable): the cell, without the white space around it; %NULL
 *   when it is empty or the file has no such column
 * @problems: (element-type StewardProblem): gets what is wrong with @cell
 *
 * Sets a field of @record from a cell of the file.
 */
void
steward_import_kind_set_cell (const StewardImportKind *kind,
                              StewardRecord           *record,
                              guint                    field,
                              const char              *cell,
                              GPtrArray               *problems)
{
  const Field *f = &kind->fields[field];
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), f->property);
  g_autofree char *message = NULL;

  g_return_if_fail (pspec != NULL);

  if (G_TYPE_IS_ENUM (pspec->value_type))
    {
      int value;

      if (cell == NULL && f->derive != NULL)
        f->derive (record);
      else if (cell == NULL && f->blank_nick != NULL)
        {
          g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);

          g_object_set (record, f->property, g_enum_get_value_by_nick (enum_class, f->blank_nick)->value, NULL);
        }
      else if (cell == NULL)
        /* TRANSLATORS: %s is a column's name */
        message = g_strdup_printf (_("%s: the cell is empty."), _(f->title));
      else if ((value = lookup_word (get_lookup (f->values, build_enum_lookup),
                                     cell)) >= 0)
        g_object_set (record, f->property, value, NULL);
      else
        {
          g_autofree char *accepted = dup_accepted_values (f->values);

          /* TRANSLATORS: %1$s is a column's name, %2$s what its cell holds,
           * %3$s the values it may hold */
          message = g_strdup_printf (_("%1$s: “%2$s” is not one of %3$s."), _(f->title), cell, accepted);
        }
    }
  else if (pspec->value_type == G_TYPE_DATE)
    {
      g_autoptr(GDate) date = cell != NULL ? parse_date (cell) : NULL;

      if (date != NULL)
        g_object_set (record, f->property, date, NULL);
      else if (cell != NULL)
        /* TRANSLATORS: %1$s is a column's name, %2$s what its cell holds */
        message = g_strdup_printf (_("%1$s: “%2$s” is not a date; write it as 2024-03-01, 2024/3/1, 113/03/01 or 113年3月1日."),
                                   _(f->title), cell);
    }
  else
    g_object_set (record, f->property, cell, NULL);

  if (message != NULL)
    steward_record_add_problem (problems, f->property, message);
}

/* Returns: (transfer full) (nullable): what is the same in two entries that
 * are the same, or %NULL when it is empty */
char *
steward_import_kind_dup_key (const StewardImportKind *kind,
                             StewardRecord           *record)
{
  g_autoptr(GString) key = g_string_new (NULL);
  gboolean empty = TRUE;

  for (guint i = 0; kind->key[i] != NULL; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *normalized = NULL;

      g_object_get (record, kind->key[i], &value, NULL);
      normalized = steward_import_normalize (value, FALSE);
      empty = empty && normalized[0] == '\0';
      if (i > 0)
        g_string_append_c (key, '\x1f');
      g_string_append (key, normalized);
    }

  return empty ? NULL : g_string_free (g_steal_pointer (&key), FALSE);
}

const char *
steward_import_kind_get_key_property (const StewardImportKind *kind)
{
  return kind->key[0];
}

const char *
steward_import_kind_get_existing_message (const StewardImportKind *kind)
{
  return _(kind->existing);
}

const char * const *
steward_import_kind_get_preview (const StewardImportKind *kind)
{
  return kind->preview;
}

/* Returns: (transfer full): the value of @property as the preview shows it */
char *
steward_import_kind_dup_value_text (const StewardImportKind *kind,
                                    StewardRecord           *record,
                                    const char              *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (pspec != NULL, g_strdup (""));

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (record), property, &value);

  if (G_TYPE_IS_ENUM (pspec->value_type))
    return g_strdup (enum_to_string (pspec->value_type, g_value_get_enum (&value)));
  if (pspec->value_type == G_TYPE_DATE)
    return steward_date_format (g_value_get_boxed (&value), STEWARD_CALENDAR_GREGORIAN);
  if (pspec->value_type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (&value) ?: "");

  g_return_val_if_reached (g_strdup (""));
}

/* Returns: (transfer full): @names in quotes, as a list */
char *
steward_import_dup_quoted_list (GPtrArray *names)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (list, C_("list", ", "));
      /* TRANSLATORS: a name in quotes, in a list */
      g_string_append_printf (list, _("“%s”"), (const char *)g_ptr_array_index (names, i));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

/**
 * steward_import_kind_dup_missing_message:
 * @columns: the column of each field in the header row, or -1
 *
 * Returns: (transfer full) (nullable): what says the columns the rows need
 *   are missing; %NULL when none is
 */
char *
steward_import_kind_dup_missing_message (const StewardImportKind *kind,
                                         const int               *columns)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  guint n_fields = kind->n_fields;
  int first = -1;

  for (guint i = 0; i < n_fields; i++)
    if (columns[i] < 0 && steward_import_kind_is_required (kind, i))
      {
        g_autofree char *column = steward_import_kind_dup_column_name (kind, i);

        if (first < 0)
          first = i;
        /* TRANSLATORS: a column's name and, in parentheses, its Chinese name */
        g_ptr_array_add (names, g_strdup_printf (_("“%s” (%s)"), column,
                                                 steward_import_kind_get_zh_name (kind, i)));
      }

  if (names->len == 0)
    return NULL;

  if (names->len == 1)
    {
      g_autofree char *column = steward_import_kind_dup_column_name (kind, first);

      /* TRANSLATORS: %1$s is a column's name, %2$s its Chinese name */
      return g_strdup_printf (_("The file has no “%1$s” column (%2$s)."), column,
                              steward_import_kind_get_zh_name (kind, first));
    }

  g_ptr_array_add (names, NULL);
  list = g_strjoinv (C_("list", ", "), (char **)names->pdata);

  /* TRANSLATORS: %s is a list of columns */
  return g_strdup_printf (_("The file lacks these columns: %s."), list);
}
