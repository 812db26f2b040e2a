/* steward-roster.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-roster"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "model/steward-body.h"
#include "model/steward-person.h"
#include "model/steward-roster-review.h"
#include "steward-roster.h"

struct _StewardRosterEntry
{
  GObject      parent_instance;

  gint64       body_id;
  gint64       person_id;
  int          body_position;
  StewardRole  role;
  char        *fields[STEWARD_ROSTER_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (StewardRosterEntry, steward_roster_entry, G_TYPE_OBJECT)

/* The columns of the form, in its order. The keys name the properties (for
 * GtkPropertyExpression) and the members of the snapshot's JSON. */
static const struct
{
  const char *key;
  const char *title;
} fields[STEWARD_ROSTER_N_FIELDS] = {
  { "body", N_("Body") },
  { "role", N_("Role") },
  { "name", N_("Name") },
  { "unit", N_("Unit") },
  { "title", N_("Title") },
  { "phone", N_("Phone") },
  { "extension", N_("Extension") },
  { "email", N_("E-mail") },
};

static GParamSpec *properties[STEWARD_ROSTER_N_FIELDS + 1];

const char *
steward_roster_field_get_key (StewardRosterField field)
{
  g_return_val_if_fail (field < STEWARD_ROSTER_N_FIELDS, NULL);

  return fields[field].key;
}

/**
 * steward_roster_field_get_title:
 *
 * Returns: the column's heading, translated
 */
const char *
steward_roster_field_get_title (StewardRosterField field)
{
  g_return_val_if_fail (field < STEWARD_ROSTER_N_FIELDS, NULL);

  return _(fields[field].title);
}

static void
steward_roster_entry_finalize (GObject *object)
{
  StewardRosterEntry *self = (StewardRosterEntry *)object;

  for (guint i = 0; i < STEWARD_ROSTER_N_FIELDS; i++)
    g_free (self->fields[i]);

  G_OBJECT_CLASS (steward_roster_entry_parent_class)->finalize (object);
}

static void
steward_roster_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StewardRosterEntry *self = STEWARD_ROSTER_ENTRY (object);

  if (prop_id >= 1 && prop_id <= STEWARD_ROSTER_N_FIELDS)
    g_value_set_string (value, self->fields[prop_id - 1]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
steward_roster_entry_class_init (StewardRosterEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_roster_entry_finalize;
  object_class->get_property = steward_roster_entry_get_property;

  for (guint i = 0; i < STEWARD_ROSTER_N_FIELDS; i++)
    properties[i + 1] = g_param_spec_string (fields[i].key, NULL, NULL, NULL,
                                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, STEWARD_ROSTER_N_FIELDS + 1, properties);
}

static void
steward_roster_entry_init (StewardRosterEntry *self)
{
}

const char *
steward_roster_entry_get_field (StewardRosterEntry *self,
                                StewardRosterField  field)
{
  g_return_val_if_fail (STEWARD_IS_ROSTER_ENTRY (self), NULL);
  g_return_val_if_fail (field < STEWARD_ROSTER_N_FIELDS, NULL);

  return self->fields[field] ? self->fields[field] : "";
}

gint64
steward_roster_entry_get_body_id (StewardRosterEntry *self)
{
  return self->body_id;
}

gint64
steward_roster_entry_get_person_id (StewardRosterEntry *self)
{
  return self->person_id;
}

StewardRole
steward_roster_entry_get_role (StewardRosterEntry *self)
{
  return self->role;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const StewardRosterEntry *x = *(StewardRosterEntry * const *)a;
  const StewardRosterEntry *y = *(StewardRosterEntry * const *)b;

  if (x->body_position != y->body_position)
    return x->body_position < y->body_position ? -1 : 1;
  if (x->body_id != y->body_id)
    return x->body_id < y->body_id ? -1 : 1;
  if (x->role != y->role)
    return x->role < y->role ? -1 : 1;

  return g_utf8_collate (x->fields[STEWARD_ROSTER_FIELD_NAME] ?: "",
                         y->fields[STEWARD_ROSTER_FIELD_NAME] ?: "");
}

static GHashTable *
index_by_id (GListModel *records)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      StewardRecord *record = g_list_model_get_item (records, i);
      gint64 *id = g_new (gint64, 1);

      *id = steward_record_get_id (record);
      g_hash_table_insert (index, id, record);
    }

  return index;
}

/**
 * steward_roster_build:
 * @bodies: the #StewardBody records
 * @people: the #StewardPerson records
 * @memberships: the #StewardMembership records
 * @as_of: the day the roster is for
 *
 * The roster on @as_of: every role held that day in a body not retired by
 * then, by body (in their order), role and name.
 *
 * Returns: (transfer full): a list of #StewardRosterEntry
 */
GListModel *
steward_roster_build (GListModel  *bodies,
                      GListModel  *people,
                      GListModel  *memberships,
                      const GDate *as_of)
{
  g_autoptr(GHashTable) body_index = index_by_id (bodies);
  g_autoptr(GHashTable) person_index = index_by_id (people);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *store = g_list_store_new (STEWARD_TYPE_ROSTER_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(StewardMembership) membership = g_list_model_get_item (memberships, i);
      gint64 body_id = steward_membership_get_body_id (membership);
      gint64 person_id = steward_membership_get_person_id (membership);
      StewardBody *body = g_hash_table_lookup (body_index, &body_id);
      StewardPerson *person = g_hash_table_lookup (person_index, &person_id);
      GDate *retired;
      StewardRosterEntry *entry;
      StewardRole role;

      if (body == NULL || person == NULL || !steward_membership_is_active_on (membership, as_of))
        continue;

      retired = steward_body_get_retired_on (body);
      if (retired != NULL && g_date_valid (retired) && g_date_compare (retired, as_of) <= 0)
        continue;

      role = steward_membership_get_role (membership);
      entry = g_object_new (STEWARD_TYPE_ROSTER_ENTRY, NULL);
      entry->body_id = body_id;
      entry->person_id = person_id;
      entry->body_position = steward_body_get_position (body);
      entry->role = role;
      entry->fields[STEWARD_ROSTER_FIELD_BODY] = g_strdup (steward_body_get_name (body));
      if (role == STEWARD_ROLE_PROCESS_OWNER && steward_membership_get_process_name (membership))
        /* TRANSLATORS: a role, then the name of the business process it owns */
        entry->fields[STEWARD_ROSTER_FIELD_ROLE] = g_strdup_printf (_("%s (%s)"),
                                                                    steward_role_to_string (role),
                                                                    steward_membership_get_process_name (membership));
      else
        entry->fields[STEWARD_ROSTER_FIELD_ROLE] = g_strdup (steward_role_to_string (role));
      entry->fields[STEWARD_ROSTER_FIELD_NAME] = g_strdup (steward_person_get_name (person));
      entry->fields[STEWARD_ROSTER_FIELD_UNIT] = g_strdup (steward_person_get_unit (person));
      entry->fields[STEWARD_ROSTER_FIELD_TITLE] = g_strdup (steward_person_get_title (person));
      entry->fields[STEWARD_ROSTER_FIELD_PHONE] = g_strdup (steward_person_get_phone (person));
      entry->fields[STEWARD_ROSTER_FIELD_EXTENSION] = g_strdup (steward_person_get_extension (person));
      entry->fields[STEWARD_ROSTER_FIELD_EMAIL] = g_strdup (steward_person_get_email (person));
      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, compare_entries);
  g_list_store_splice (store, 0, 0, entries->pdata, entries->len);

  return G_LIST_MODEL (store);
}

/**
 * steward_roster_to_json:
 *
 * Returns: (transfer full): the roster as a JSON array of objects, one
 *   member per field, for the snapshot of a review
 */
char *
steward_roster_to_json (GListModel *roster)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (roster, i);
      g_autoptr(GEnumClass) roles = g_type_class_ref (STEWARD_TYPE_ROLE);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "body-id");
      json_builder_add_int_value (builder, entry->body_id);
      json_builder_set_member_name (builder, "person-id");
      json_builder_add_int_value (builder, entry->person_id);
      json_builder_set_member_name (builder, "role-nick");
      json_builder_add_string_value (builder, g_enum_get_value (roles, entry->role)->value_nick);
      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        {
          json_builder_set_member_name (builder, fields[f].key);
          json_builder_add_string_value (builder, steward_roster_entry_get_field (entry, f));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/**
 * steward_roster_new_from_json:
 *
 * Reads a snapshot back: the roster as it was on the day of a review.
 *
 * Returns: (transfer full): a list of #StewardRosterEntry, or %NULL
 */
GListModel *
steward_roster_new_from_json (const char  *json,
                              GError     **error)
{
  g_autoptr(JsonNode) root = json_from_string (json, error);
  g_autoptr(GEnumClass) roles = g_type_class_ref (STEWARD_TYPE_ROLE);
  GListStore *store;
  JsonArray *array;

  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           _("The roster snapshot is not a list."));
      return NULL;
    }

  store = g_list_store_new (STEWARD_TYPE_ROSTER_ENTRY);
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(StewardRosterEntry) entry = NULL;
      GEnumValue *role;

      if (object == NULL)
        continue;

      entry = g_object_new (STEWARD_TYPE_ROSTER_ENTRY, NULL);
      entry->body_id = json_object_get_int_member_with_default (object, "body-id", 0);
      entry->person_id = json_object_get_int_member_with_default (object, "person-id", 0);
      role = g_enum_get_value_by_nick (roles, json_object_get_string_member_with_default (object, "role-nick", "member"));
      entry->role = role != NULL ? role->value : STEWARD_ROLE_MEMBER;
      for (guint f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
        entry->fields[f] = g_strdup (json_object_get_string_member_with_default (object, fields[f].key, ""));
      g_list_store_append (store, entry);
    }

  return G_LIST_MODEL (store);
}

/**
 * steward_roster_review_is_due:
 * @reviews: the #StewardRosterReview records
 * @last_review: (out) (optional) (transfer full) (nullable): the latest review
 *
 * The roster is updated every year (5.3.7): it is due when it was never
 * reviewed, or not in the year up to @today.
 */
gboolean
steward_roster_review_is_due (GListModel   *reviews,
                              const GDate  *today,
                              GDate       **last_review)
{
  g_autoptr(GDate) latest = NULL;
  g_autoptr(GDate) year_ago = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(StewardRosterReview) review = g_list_model_get_item (reviews, i);
      GDate *date = steward_roster_review_get_reviewed_on (review);

      if (date != NULL && g_date_valid (date) &&
          (latest == NULL || g_date_compare (date, latest) > 0))
        {
          g_clear_pointer (&latest, g_date_free);
          latest = g_date_copy (date);
        }
    }

  year_ago = g_date_copy (today);
  g_date_subtract_years (year_ago, 1);

  if (last_review != NULL)
    *last_review = latest != NULL ? g_date_copy (latest) : NULL;

  return latest == NULL || g_date_compare (latest, year_ago) < 0;
}

/**
 * steward_roster_bodies_without_lead:
 *
 * Returns: (transfer full) (element-type StewardBody): the bodies, not
 *   retired, that have nobody in a leading role (convener, CISO or audit
 *   lead) on @today
 */
GPtrArray *
steward_roster_bodies_without_lead (GListModel  *bodies,
                                    GListModel  *memberships,
                                    const GDate *today)
{
  g_autoptr(GHashTable) led = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GPtrArray *missing = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(StewardMembership) membership = g_list_model_get_item (memberships, i);

      if (steward_role_is_lead (steward_membership_get_role (membership)) &&
          steward_membership_is_active_on (membership, today))
        g_hash_table_add (led, g_memdup2 (&(gint64){ steward_membership_get_body_id (membership) },
                                          sizeof (gint64)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (bodies, i);
      gint64 id = steward_record_get_id (STEWARD_RECORD (body));
      GDate *retired = steward_body_get_retired_on (body);

      if (retired != NULL && g_date_valid (retired) && g_date_compare (retired, today) <= 0)
        continue;

      if (!g_hash_table_contains (led, &id))
        g_ptr_array_add (missing, g_object_ref (body));
    }

  return missing;
}

/**
 * steward_membership_check_conflicts:
 * @memberships: every #StewardMembership, as stored
 *
 * Adds to @problems what the other memberships forbid: a body has one
 * convener at a time. (The database refuses it too; this says why, before
 * anything is written.)
 */
void
steward_membership_check_conflicts (StewardMembership *membership,
                                    GListModel        *memberships,
                                    GPtrArray         *problems)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (membership));

  if (steward_membership_get_role (membership) != STEWARD_ROLE_CONVENER)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(StewardMembership) other = g_list_model_get_item (memberships, i);

      if (steward_record_get_id (STEWARD_RECORD (other)) == id ||
          steward_membership_get_body_id (other) != steward_membership_get_body_id (membership) ||
          steward_membership_get_role (other) != STEWARD_ROLE_CONVENER ||
          !steward_membership_overlaps (membership, other))
        continue;

      steward_record_add_problem (problems, "role",
                                  _("This body already has a convener for these dates: end that role first, or choose other dates."));
      return;
    }
}

/**
 * steward_person_count_memberships:
 *
 * Returns: how many roles, past or present, @person_id has held: a person
 *   with roles is part of the roster's history and cannot be deleted
 */
guint
steward_person_count_memberships (GListModel *memberships,
                                  gint64      person_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(StewardMembership) membership = g_list_model_get_item (memberships, i);

      if (steward_membership_get_person_id (membership) == person_id)
        n++;
    }

  return n;
}
