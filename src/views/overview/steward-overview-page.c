/* steward-overview-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-overview-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "logic/steward-date.h"
#include "logic/steward-roster.h"
#include "model/steward-body.h"
#include "model/steward-duty.h"
#include "model/steward-history-entry.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "model/steward-roster-review.h"
#include "steward-overview-page.h"

#define N_RECENT_CHANGES 10

/* The first place: what needs attention, the organization at a glance and
 * the latest changes. Later issues add their own lines to it. */
struct _StewardOverviewPage
{
  StewardPage             parent_instance;

  GSettings         *settings;
  StewardRecordList *people;
  StewardRecordList *bodies;
  StewardRecordList *duties;
  StewardRecordList *memberships;
  StewardRecordList *reviews;
  StewardRecordList *history;
  guint              n_attention;

  AdwActionRow      *all_good_row;
  AdwActionRow      *roster_due_row;
  AdwActionRow      *lead_row;
  AdwActionRow      *contact_row;
  AdwActionRow      *duties_row;
  GtkLabel          *people_count;
  GtkLabel          *bodies_count;
  GtkListBox        *history_list;
};

G_DEFINE_FINAL_TYPE (StewardOverviewPage, steward_overview_page, STEWARD_TYPE_PAGE)


static gboolean
is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static guint
count_people_without_contact (GListModel *people)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (people, i);

      if (is_blank (steward_person_get_email (person)) || is_blank (steward_person_get_phone (person)))
        n++;
    }

  return n;
}

static guint
count_bodies_without_duties (GListModel *bodies,
                             GListModel *duties)
{
  g_autoptr(GHashTable) with_duties = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(StewardDuty) duty = g_list_model_get_item (duties, i);

      g_hash_table_add (with_duties, g_memdup2 (&(gint64){ steward_duty_get_body_id (duty) }, sizeof (gint64)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (bodies, i);
      gint64 id = steward_record_get_id (STEWARD_RECORD (body));

      if (steward_body_get_retired_on (body) == NULL && !g_hash_table_contains (with_duties, &id))
        n++;
    }

  return n;
}

static void
update_attention (StewardOverviewPage *self)
{
  guint n_people = self->people ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;
  guint n_bodies = self->bodies ? g_list_model_get_n_items (G_LIST_MODEL (self->bodies)) : 0;
  guint no_contact = self->people ? count_people_without_contact (G_LIST_MODEL (self->people)) : 0;
  guint no_duties = self->bodies ? count_bodies_without_duties (G_LIST_MODEL (self->bodies),
                                                                G_LIST_MODEL (self->duties)) : 0;
  g_autofree char *people_text = g_strdup_printf ("%u", n_people);
  g_autofree char *bodies_text = g_strdup_printf ("%u", n_bodies);
  g_autofree char *contact_title = NULL;
  g_autofree char *duties_title = NULL;

  gtk_label_set_label (self->people_count, people_text);
  gtk_label_set_label (self->bodies_count, bodies_text);

  contact_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u person has no phone number or e-mail address",
                                                "%u people have no phone number or e-mail address",
                                                no_contact),
                                   no_contact);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_row), contact_title);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), no_contact > 0);

  duties_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u body has no duties",
                                               "%u bodies have no duties",
                                               no_duties),
                                  no_duties);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duties_row), duties_title);
  gtk_widget_set_visible (GTK_WIDGET (self->duties_row), no_duties > 0);

  {
    g_autoptr(GDate) today = steward_date_new_today ();
    g_autoptr(GDate) last = NULL;
    gboolean due = self->reviews != NULL &&
                   steward_roster_review_is_due (G_LIST_MODEL (self->reviews), today, &last);
    g_autoptr(GPtrArray) leaderless = self->bodies != NULL
      ? steward_roster_bodies_without_lead (G_LIST_MODEL (self->bodies), G_LIST_MODEL (self->memberships), today)
      : g_ptr_array_new ();
    g_autofree char *lead_title = NULL;

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->roster_due_row),
                                   last == NULL ? _("The roster has never been reviewed")
                                                : _("The roster is due for its yearly review"));
    gtk_widget_set_visible (GTK_WIDGET (self->roster_due_row), due);

    lead_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u body has no convener or lead",
                                               "%u bodies have no convener or lead",
                                               leaderless->len),
                                  leaderless->len);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->lead_row), lead_title);
    gtk_widget_set_visible (GTK_WIDGET (self->lead_row), leaderless->len > 0);

    self->n_attention = (no_contact > 0) + (no_duties > 0) + due + (leaderless->len > 0);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->all_good_row), self->n_attention == 0);
}

/**
 * steward_overview_page_get_n_attention:
 *
 * Returns: how many lines of "Needs Attention" are showing
 */
guint
steward_overview_page_get_n_attention (StewardOverviewPage *self)
{
  g_return_val_if_fail (STEWARD_IS_OVERVIEW_PAGE (self), 0);

  return self->n_attention;
}

static void
on_items_changed_cb (GListModel          *model,
                     guint                position,
                     guint                removed,
                     guint                added,
                     StewardOverviewPage *self)
{
  update_attention (self);
}

static const char *
describe_change (const char *table,
                 const char *action)
{
  static const struct { const char *table; const char *action; const char *text; } texts[] = {
    { "person", "insert", N_("Person added") },
    { "person", "update", N_("Person changed") },
    { "person", "delete", N_("Person deleted") },
    { "body", "insert", N_("Body added") },
    { "body", "update", N_("Body changed") },
    { "body", "delete", N_("Body deleted") },
    { "duty", "insert", N_("Duty added") },
    { "duty", "update", N_("Duty changed") },
    { "duty", "delete", N_("Duty deleted") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (g_strcmp0 (texts[i].table, table) == 0 && g_strcmp0 (texts[i].action, action) == 0)
      return _(texts[i].text);

  return _("Record changed");
}

/* The name of what changed, from the JSON the store wrote. */
static char *
dup_record_label (StewardHistoryEntry *entry)
{
  const char *json = steward_history_entry_get_new_values (entry);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;

  if (json == NULL)
    json = steward_history_entry_get_old_values (entry);
  if (json == NULL || (node = json_from_string (json, NULL)) == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  if (json_object_has_member (object, "name") && !json_object_get_null_member (object, "name"))
    return g_strdup (json_object_get_string_member (object, "name"));
  if (json_object_has_member (object, "text") && !json_object_get_null_member (object, "text"))
    return g_strdup (json_object_get_string_member (object, "text"));

  return NULL;
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  StewardOverviewPage *self = user_data;
  StewardHistoryEntry *entry = item;
  g_autofree char *label = dup_record_label (entry);
  g_autofree char *when = steward_date_time_format (steward_history_entry_get_at (entry),
                                                    g_settings_get_enum (self->settings, "calendar"));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (label != NULL)
    /* TRANSLATORS: what changed, then the name of the record */
    title = g_strdup_printf (_("%s: %s"), describe_change (steward_history_entry_get_table_name (entry),
                                                            steward_history_entry_get_action (entry)),
                             label);
  else
    title = g_strdup (describe_change (steward_history_entry_get_table_name (entry),
                                       steward_history_entry_get_action (entry)));

  /* TRANSLATORS: who made a change, and when */
  subtitle = g_strdup_printf (_("%s · %s"), steward_history_entry_get_user_name (entry), when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* One line each, ellipsized: a wrapping label costs a height-for-width
   * measure at every layout. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  return row;
}

static void
on_calendar_changed_cb (GSettings           *settings,
                        const char          *key,
                        StewardOverviewPage *self)
{
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history),
                           self->history ? create_history_row : NULL, self, NULL);
}

static void
clear_lists (StewardOverviewPage *self)
{
  StewardRecordList **lists[] = { &self->people, &self->bodies, &self->duties, &self->memberships, &self->reviews };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (*lists[i] != NULL)
        g_signal_handlers_disconnect_by_func (*lists[i], on_items_changed_cb, self);
      g_clear_object (lists[i]);
    }

  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->history);
}

static StewardRecordList *
watch_list (StewardOverviewPage *self,
            GType                type,
            StewardQuery        *query)
{
  StewardRecordList *list = steward_record_list_new (steward_page_get_database (STEWARD_PAGE (self)), type, query);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  return list;
}

static void
steward_overview_page_database_changed (StewardPage     *page,
                                        StewardDatabase *db)
{
  StewardOverviewPage *self = STEWARD_OVERVIEW_PAGE (page);

  clear_lists (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) recent = steward_query_new ();

      self->people = watch_list (self, STEWARD_TYPE_PERSON, NULL);
      self->bodies = watch_list (self, STEWARD_TYPE_BODY, NULL);
      self->duties = watch_list (self, STEWARD_TYPE_DUTY, NULL);
      self->memberships = watch_list (self, STEWARD_TYPE_MEMBERSHIP, NULL);
      {
        /* Only the latest review tells whether one is due: the others, with
         * their snapshots, are not read at start-up. */
        g_autoptr(StewardQuery) latest = steward_query_new ();

        steward_query_order_by (latest, "reviewed_on", TRUE);
        steward_query_set_limit (latest, 1);
        self->reviews = watch_list (self, STEWARD_TYPE_ROSTER_REVIEW, latest);
      }

      steward_query_order_by (recent, "id", TRUE);
      steward_query_set_limit (recent, N_RECENT_CHANGES);
      self->history = steward_record_list_new (db, STEWARD_TYPE_HISTORY_ENTRY, recent);
      gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history),
                               create_history_row, self, NULL);
    }

  update_attention (self);
}

static void
steward_overview_page_dispose (GObject *object)
{
  StewardOverviewPage *self = (StewardOverviewPage *)object;

  if (self->history_list != NULL)
    clear_lists (self);
  g_clear_object (&self->settings);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_overview_page_parent_class)->dispose (object);
}



static void
steward_overview_page_class_init (StewardOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_overview_page_dispose;
  page_class->database_changed = steward_overview_page_database_changed;


  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, all_good_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, roster_due_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, lead_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, duties_row);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, people_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, bodies_count);
  gtk_widget_class_bind_template_child (widget_class, StewardOverviewPage, history_list);
}

static void
steward_overview_page_init (StewardOverviewPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No changes yet."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->history_list, placeholder);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar",
                           G_CALLBACK (on_calendar_changed_cb), self, 0);

  update_attention (self);
}
