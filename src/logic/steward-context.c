/* steward-context.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-context"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "steward-context.h"

struct _StewardRegisterStatus
{
  GObject                   parent_instance;

  StewardRegister           reg;
  StewardRegisterReview    *last_review;
  StewardOrgChange         *trigger;
  GDate                    *due_on;
  StewardRegisterDueReason  due_reason;
  char                     *reason;
};

G_DEFINE_FINAL_TYPE (StewardRegisterStatus, steward_register_status, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REGISTER,
  PROP_DUE,
  PROP_REASON,
  PROP_LAST_REVIEWED_ON,
  PROP_DUE_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
steward_register_status_finalize (GObject *object)
{
  StewardRegisterStatus *self = (StewardRegisterStatus *)object;

  g_clear_object (&self->last_review);
  g_clear_object (&self->trigger);
  g_clear_pointer (&self->due_on, g_date_free);
  g_free (self->reason);

  G_OBJECT_CLASS (steward_register_status_parent_class)->finalize (object);
}

static void
steward_register_status_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  StewardRegisterStatus *self = STEWARD_REGISTER_STATUS (object);

  switch (prop_id)
    {
    case PROP_REGISTER:
      g_value_set_enum (value, self->reg);
      break;

    case PROP_DUE:
      g_value_set_boolean (value, steward_register_status_get_due (self));
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_LAST_REVIEWED_ON:
      g_value_set_boxed (value, steward_register_status_get_last_reviewed_on (self));
      break;

    case PROP_DUE_ON:
      g_value_set_boxed (value, self->due_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_register_status_class_init (StewardRegisterStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_register_status_finalize;
  object_class->get_property = steward_register_status_get_property;

  properties[PROP_REGISTER] =
    g_param_spec_enum ("register", NULL, NULL, STEWARD_TYPE_REGISTER, STEWARD_REGISTER_ISSUES,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUE] =
    g_param_spec_boolean ("due", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LAST_REVIEWED_ON] =
    g_param_spec_boxed ("last-reviewed-on", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUE_ON] =
    g_param_spec_boxed ("due-on", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_register_status_init (StewardRegisterStatus *self)
{
}

StewardRegister
steward_register_status_get_register (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), STEWARD_REGISTER_ISSUES);

  return self->reg;
}

/**
 * steward_register_status_get_last_review:
 *
 * Returns: (transfer none) (nullable): the latest review of the register:
 *   its date, reviewer, "no change" or what changed
 */
StewardRegisterReview *
steward_register_status_get_last_review (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), NULL);

  return self->last_review;
}

/**
 * steward_register_status_get_last_reviewed_on:
 *
 * Returns: (transfer none) (nullable): the date of the latest review
 */
GDate *
steward_register_status_get_last_reviewed_on (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), NULL);

  return self->last_review != NULL ? steward_register_review_get_reviewed_on (self->last_review) : NULL;
}

/**
 * steward_register_status_get_trigger:
 *
 * Returns: (transfer none) (nullable): the first organizational change or
 *   new business line after the latest review, up to the day asked about
 */
StewardOrgChange *
steward_register_status_get_trigger (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), NULL);

  return self->trigger;
}

gboolean
steward_register_status_get_due (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), FALSE);

  return self->due_reason != STEWARD_REGISTER_NOT_DUE;
}

/**
 * steward_register_status_get_due_on:
 *
 * Returns: (transfer none) (nullable): the day the register is (or was)
 *   due from: a year after the latest review, or the day of the change
 *   that came first; %NULL when it was never reviewed
 */
GDate *
steward_register_status_get_due_on (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), NULL);

  return self->due_on;
}

StewardRegisterDueReason
steward_register_status_get_due_reason (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), STEWARD_REGISTER_NOT_DUE);

  return self->due_reason;
}

/**
 * steward_register_status_get_reason:
 *
 * Returns: why the register is due, or when it is next due, as a
 *   translated sentence
 */
const char *
steward_register_status_get_reason (StewardRegisterStatus *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_STATUS (self), NULL);

  return self->reason;
}

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static char *
format_iso (const GDate *date)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);

  return g_strdup (text);
}

/* The same calendar day a year later (28 February after 29 February):
 * from that day on, a yearly check is due again. */
static GDate *
new_year_after (const GDate *date)
{
  GDate *later = g_date_copy (date);

  g_date_add_years (later, 1);

  return later;
}

static const char *
register_nick (StewardRegister reg)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (STEWARD_TYPE_REGISTER);
  GEnumValue *value = g_enum_get_value (klass, reg);

  return value != NULL ? value->value_nick : NULL;
}

static gboolean
take_first_cb (StewardRecord *record,
               gpointer       user_data)
{
  StewardRecord **first = user_data;

  *first = g_object_ref (record);

  return FALSE;
}

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

static gboolean
load_last_review (StewardDatabase        *db,
                  StewardRegister         reg,
                  StewardRegisterReview **review,
                  GError                **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_string (query, "register", STEWARD_QUERY_EQUAL, register_nick (reg));
  steward_query_order_by (query, "reviewed_on", TRUE);
  /* Of two reviews on one day, the one written last. */
  steward_query_order_by (query, "id", TRUE);
  steward_query_set_limit (query, 1);

  *review = NULL;

  return steward_record_load_each (db, STEWARD_TYPE_REGISTER_REVIEW, query, take_first_cb, review, error);
}

/* The changes that happened up to @today, oldest first. */
static GPtrArray *
load_changes (StewardDatabase  *db,
              const GDate      *today,
              GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *until = format_iso (today);

  steward_query_where_string (query, "occurred_on", STEWARD_QUERY_LESS_OR_EQUAL, until);
  steward_query_order_by (query, "occurred_on", FALSE);

  if (!steward_record_load_each (db, STEWARD_TYPE_ORG_CHANGE, query, collect_cb, changes, error))
    return NULL;

  return g_steal_pointer (&changes);
}

static char *
dup_trigger_reason (StewardOrgChange *change,
                    StewardCalendar   calendar)
{
  g_autofree char *on = steward_date_format (steward_org_change_get_occurred_on (change), calendar);
  const char *description = steward_org_change_get_description (change);

  if (steward_org_change_get_kind (change) == STEWARD_CHANGE_NEW_BUSINESS)
    /* TRANSLATORS: why a register is due for review (procedure 5.2): a
     * date, then what the new business is */
    return g_strdup_printf (_("A new business line on %s (%s) calls for a review"), on, description);

  /* TRANSLATORS: why a register is due for review (procedure 5.2): a date,
   * then what the change is */
  return g_strdup_printf (_("A major organizational change on %s (%s) calls for a review"), on, description);
}

static StewardRegisterStatus *
build_status (StewardRegister         reg,
              StewardRegisterReview  *last_review,
              GPtrArray              *changes,
              const GDate            *today,
              StewardCalendar         calendar)
{
  StewardRegisterStatus *self = g_object_new (STEWARD_TYPE_REGISTER_STATUS, NULL);
  GDate *last_on = last_review != NULL ? steward_register_review_get_reviewed_on (last_review) : NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *due_text = NULL;

  self->reg = reg;
  g_set_object (&self->last_review, last_review);

  if (!date_is_set (last_on))
    {
      self->due_reason = STEWARD_REGISTER_NEVER_REVIEWED;
      /* TRANSLATORS: why a register is due for review */
      self->reason = g_strdup (_("Never reviewed"));
      return self;
    }

  /* A change on the day of the review is taken to be in it. */
  for (guint i = 0; i < changes->len && self->trigger == NULL; i++)
    {
      StewardOrgChange *change = g_ptr_array_index (changes, i);
      GDate *occurred = steward_org_change_get_occurred_on (change);

      if (date_is_set (occurred) && g_date_compare (occurred, last_on) > 0)
        self->trigger = g_object_ref (change);
    }

  self->due_on = new_year_after (last_on);
  if (self->trigger != NULL &&
      g_date_compare (steward_org_change_get_occurred_on (self->trigger), self->due_on) < 0)
    *self->due_on = *steward_org_change_get_occurred_on (self->trigger);

  last_text = steward_date_format (last_on, calendar);

  if (self->trigger != NULL)
    {
      /* The change says more about what to look at than the calendar. */
      self->due_reason = STEWARD_REGISTER_CHANGE_TRIGGER;
      self->reason = dup_trigger_reason (self->trigger, calendar);
    }
  else if (g_date_compare (today, self->due_on) >= 0)
    {
      self->due_reason = STEWARD_REGISTER_YEAR_PASSED;
      /* TRANSLATORS: why a register is due for review; %s is a date */
      self->reason = g_strdup_printf (_("Last reviewed on %s, more than a year ago"), last_text);
    }
  else
    {
      due_text = steward_date_format (self->due_on, calendar);
      self->due_reason = STEWARD_REGISTER_NOT_DUE;
      /* TRANSLATORS: a register that is not due for review: the date of
       * its last review, then the date of the next */
      self->reason = g_strdup_printf (_("Reviewed on %s; the next review is due by %s"), last_text, due_text);
    }

  return self;
}

/**
 * steward_context_register_status:
 * @reg: the register
 * @today: the day to judge on; changes after it are not counted yet
 * @calendar: the calendar the reason writes dates in
 *
 * Returns: (transfer full): where @reg stands on @today, or %NULL with
 *   @error set
 */
StewardRegisterStatus *
steward_context_register_status (StewardDatabase  *db,
                                 StewardRegister   reg,
                                 const GDate      *today,
                                 StewardCalendar   calendar,
                                 GError          **error)
{
  g_autoptr(StewardRegisterReview) last_review = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (date_is_set (today), NULL);

  if (!load_last_review (db, reg, &last_review, error))
    return NULL;

  changes = load_changes (db, today, error);
  if (changes == NULL)
    return NULL;

  return build_status (reg, last_review, changes, today, calendar);
}

/**
 * steward_context_register_statuses:
 * @today: the day to judge on; changes after it are not counted yet
 * @calendar: the calendar the reasons write dates in
 *
 * Every register's status (5.2): due when it was never reviewed, when its
 * last review is a year old or older (the same calendar day a year later
 * is due), or when an organizational change or a new business line came
 * after its last review.
 *
 * Returns: (transfer full) (element-type StewardRegisterStatus): one status
 *   per register, in the order of #StewardRegister, or %NULL with @error set
 */
GPtrArray *
steward_context_register_statuses (StewardDatabase  *db,
                                   const GDate      *today,
                                   StewardCalendar   calendar,
                                   GError          **error)
{
  g_autoptr(GPtrArray) statuses = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (date_is_set (today), NULL);

  changes = load_changes (db, today, error);
  if (changes == NULL)
    return NULL;

  for (StewardRegister reg = STEWARD_REGISTER_ISSUES; reg <= STEWARD_REGISTER_SCOPE; reg++)
    {
      g_autoptr(StewardRegisterReview) last_review = NULL;

      if (!load_last_review (db, reg, &last_review, error))
        return NULL;

      g_ptr_array_add (statuses, build_status (reg, last_review, changes, today, calendar));
    }

  return g_steal_pointer (&statuses);
}

/**
 * steward_context_count_registers_due:
 * @statuses: (element-type StewardRegisterStatus): from
 *   steward_context_register_statuses()
 */
guint
steward_context_count_registers_due (GPtrArray *statuses)
{
  guint n = 0;

  g_return_val_if_fail (statuses != NULL, 0);

  for (guint i = 0; i < statuses->len; i++)
    n += steward_register_status_get_due (g_ptr_array_index (statuses, i));

  return n;
}

/**
 * steward_context_record_change:
 * @change: a new organizational change or new business line
 *
 * Saves @change: from its date on, every register is due for review (5.2).
 */
gboolean
steward_context_record_change (StewardDatabase   *db,
                               StewardOrgChange  *change,
                               GError           **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (STEWARD_IS_ORG_CHANGE (change), FALSE);

  return steward_record_save (STEWARD_RECORD (change), db, error);
}

/**
 * steward_context_mark_reviewed:
 * @reg: the register reviewed
 * @reviewer: who reviewed it
 * @date: the day of the review
 * @no_change: whether the register needed no change
 * @changes: (nullable): what changed, needed unless @no_change
 * @note: (nullable): anything else
 *
 * Records the review of a register (5.2): it is then not due for a year,
 * unless an organizational change comes after @date.
 */
gboolean
steward_context_mark_reviewed (StewardDatabase  *db,
                               StewardRegister   reg,
                               const char       *reviewer,
                               const GDate      *date,
                               gboolean          no_change,
                               const char       *changes,
                               const char       *note,
                               GError          **error)
{
  g_autoptr(StewardRegisterReview) review = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);

  review = g_object_new (STEWARD_TYPE_REGISTER_REVIEW,
                         "register", reg,
                         "reviewed-on", date,
                         "reviewer", reviewer,
                         "no-change", no_change,
                         "changes", changes,
                         "note", note,
                         NULL);

  return steward_record_save (STEWARD_RECORD (review), db, error);
}

/**
 * steward_contact_is_due:
 *
 * Whether the contact is due for verification (5.5): never verified, or
 * verified a year or more before @today (the same calendar day a year
 * later is due).
 */
gboolean
steward_contact_is_due (StewardContact *contact,
                        const GDate    *today)
{
  GDate *verified;
  g_autoptr(GDate) due_on = NULL;

  g_return_val_if_fail (STEWARD_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (date_is_set (today), FALSE);

  verified = steward_contact_get_verified_on (contact);
  if (!date_is_set (verified))
    return TRUE;

  due_on = new_year_after (verified);

  return g_date_compare (today, due_on) >= 0;
}

/**
 * steward_context_count_contacts_due:
 * @contacts: a list of #StewardContact
 *
 * Returns: how many of @contacts are due for verification on @today
 */
guint
steward_context_count_contacts_due (GListModel  *contacts,
                                    const GDate *today)
{
  guint n = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (contacts), 0);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(StewardContact) contact = g_list_model_get_item (contacts, i);

      n += steward_contact_is_due (contact, today);
    }

  return n;
}

/**
 * steward_context_scope_version_at:
 * @date: the day
 *
 * Returns: (transfer full) (nullable): the scope statement in effect on
 *   @date: the latest version effective on or before it; %NULL without
 *   @error when there is none
 */
StewardScopeVersion *
steward_context_scope_version_at (StewardDatabase  *db,
                                  const GDate      *date,
                                  GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autofree char *until = NULL;
  StewardRecord *version = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (date_is_set (date), NULL);

  until = format_iso (date);
  steward_query_where_string (query, "effective_from", STEWARD_QUERY_LESS_OR_EQUAL, until);
  steward_query_order_by (query, "effective_from", TRUE);
  /* Two versions from one day: the later version wins. */
  steward_query_order_by (query, "version", TRUE);
  steward_query_set_limit (query, 1);

  if (!steward_record_load_each (db, STEWARD_TYPE_SCOPE_VERSION, query, take_first_cb, &version, error))
    return NULL;

  return (StewardScopeVersion *)version;
}

/**
 * steward_context_next_scope_version:
 *
 * Returns: the number for a new version of the scope: one more than the
 *   highest, 1 for the first; 0 with @error set
 */
gint64
steward_context_next_scope_version (StewardDatabase  *db,
                                    GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(StewardScopeVersion) latest = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), 0);

  steward_query_order_by (query, "version", TRUE);
  steward_query_set_limit (query, 1);

  if (!steward_record_load_each (db, STEWARD_TYPE_SCOPE_VERSION, query, take_first_cb, &latest, error))
    return 0;

  return latest != NULL ? steward_scope_version_get_version (latest) + 1 : 1;
}
