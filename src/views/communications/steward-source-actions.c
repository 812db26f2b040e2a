/* steward-source-actions.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-source-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-source-actions.h"
#include "widgets/steward-register-util.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The follow-up items (跟催) of one communication or meeting, in the form
 * of their source: what is to be done, by whom, by when and how far it
 * is; and a short form that adds one, owned by someone and due on a day,
 * at once (the officer in charge follows it up, 5.7). The actions live in
 * the Actions register: this only lists those whose source is this record
 * and follows the database as they change. */
struct _StewardSourceActions
{
  AdwPreferencesGroup  parent_instance;

  StewardDatabase     *db;
  GListModel          *people;
  StewardActionSource  kind;
  gint64               source_id;
  char                *source_label;
  GListStore          *actions;
  StewardSourceSaveFunc save;
  gpointer             save_data;

  GtkListBox          *list;
  AdwExpanderRow      *add_row;
  AdwEntryRow         *title_row;
  AdwComboRow         *owner_row;
  StewardDateRow      *due_row;
  GtkWidget           *add_button;

  StewardFormField     fields[3];
};

G_DEFINE_FINAL_TYPE (StewardSourceActions, steward_source_actions, ADW_TYPE_PREFERENCES_GROUP)

enum {
  ACTION_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
person_name (StewardSourceActions *self,
             gint64                id)
{
  guint n = self->people != NULL ? g_list_model_get_n_items (self->people) : 0;

  for (guint i = 0; i < n && id > 0; i++)
    {
      g_autoptr(StewardPerson) person = g_list_model_get_item (self->people, i);

      if (steward_record_get_id (STEWARD_RECORD (person)) == id)
        return steward_person_get_name (person);
    }

  return _("Nobody");
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  StewardSourceActions *self = user_data;
  StewardActionItem *action = item;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *due = steward_date_format (steward_action_item_get_due_date (action),
                                              steward_register_get_calendar ());
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  steward_form_set_row_text (ADW_PREFERENCES_ROW (row), steward_action_item_get_title (action));
  /* TRANSLATORS: under a follow-up action in the form of its source: who
   * owns it, its due date, its status */
  subtitle = g_strdup_printf (_("%s · due %s · %s"),
                              person_name (self, steward_action_item_get_owner_id (action)), due,
                              steward_action_status_to_string (steward_action_item_get_status (action)));
  steward_form_set_row_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (steward_action_is_overdue (action, today))
    {
      /* TRANSLATORS: a badge beside a follow-up action past its due date */
      GtkWidget *badge = gtk_label_new (_("Overdue"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "error");
      gtk_widget_add_css_class (badge, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  return row;
}

static void
reload (StewardSourceActions *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;

  if (self->db != NULL && self->source_id > 0)
    {
      actions = steward_actions_for_source (self->db, self->kind, self->source_id, &error);
      if (actions == NULL)
        g_warning ("Could not read the follow-up actions: %s", error->message);
    }

  g_list_store_splice (self->actions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->actions)),
                       actions != NULL ? actions->pdata : NULL, actions != NULL ? actions->len : 0);
}

static void
on_actions_changed_cb (StewardDatabase      *db,
                       const char * const   *tables,
                       StewardSourceActions *self)
{
  reload (self);
}

static void
update_add_row (StewardSourceActions *self)
{
  gboolean can_add = self->db != NULL && !steward_database_is_read_only (self->db) &&
                     (self->source_id > 0 || self->save != NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_row), can_add);
  adw_expander_row_set_subtitle (self->add_row,
                                 self->source_id > 0 ? ""
                                 : self->save != NULL ? _("Adding an action saves this record first.")
                                 : _("Save first; then add what is to be followed up."));
  if (!can_add)
    adw_expander_row_set_expanded (self->add_row, FALSE);
}

/**
 * steward_source_actions_set_save_func:
 * @save: (nullable): saves the source when an action is added to it
 *   before it was saved
 */
void
steward_source_actions_set_save_func (StewardSourceActions  *self,
                                      StewardSourceSaveFunc  save,
                                      gpointer               user_data)
{
  g_return_if_fail (STEWARD_IS_SOURCE_ACTIONS (self));

  self->save = save;
  self->save_data = user_data;
  update_add_row (self);
}

/**
 * steward_source_actions_set_source:
 * @db: (nullable): the database the actions are in
 * @source_id: the record the actions come from, or 0 when it is not
 *   saved yet (then none can be added)
 * @source_label: (nullable): how the Actions register names the source
 *
 * Lists the actions of one source, and adds new ones to it.
 */
void
steward_source_actions_set_source (StewardSourceActions *self,
                                   StewardDatabase      *db,
                                   StewardActionSource   kind,
                                   gint64                source_id,
                                   const char           *source_label)
{
  g_return_if_fail (STEWARD_IS_SOURCE_ACTIONS (self));
  g_return_if_fail (db == NULL || STEWARD_IS_DATABASE (db));

  if (self->db != db)
    {
      if (self->db != NULL)
        g_signal_handlers_disconnect_by_func (self->db, on_actions_changed_cb, self);
      g_set_object (&self->db, db);
      if (db != NULL)
        g_signal_connect_object (db, "changed::action_item", G_CALLBACK (on_actions_changed_cb), self, 0);
    }

  self->kind = kind;
  self->source_id = source_id;
  g_free (self->source_label);
  self->source_label = g_strdup (source_label);

  reload (self);
  update_add_row (self);
}

/**
 * steward_source_actions_set_people:
 * @people: StewardPerson, to choose the owner from
 */
void
steward_source_actions_set_people (StewardSourceActions *self,
                                   GListModel           *people)
{
  g_return_if_fail (STEWARD_IS_SOURCE_ACTIONS (self));

  g_set_object (&self->people, people);
  steward_objective_form_set_people (self->owner_row, people);
  steward_objective_form_select_person (self->owner_row, 0);
}

/**
 * steward_source_actions_get_actions:
 *
 * Returns: (transfer none): the StewardActionItem of the source, as listed
 */
GListModel *
steward_source_actions_get_actions (StewardSourceActions *self)
{
  g_return_val_if_fail (STEWARD_IS_SOURCE_ACTIONS (self), NULL);

  return G_LIST_MODEL (self->actions);
}

static StewardActionItem *
find_action (StewardSourceActions *self,
             gint64                id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      if (steward_record_get_id (STEWARD_RECORD (action)) == id)
        return action;
    }

  return NULL;
}

/**
 * steward_source_actions_add:
 *
 * Adds the action the short form holds, open, decided today. Without what
 * is to be done, an owner or a due date, or with a due date before today:
 * refused, the reason beside the field, nothing typed lost.
 *
 * Returns: (transfer none) (nullable): the action added, or %NULL
 */
StewardActionItem *
steward_source_actions_add (StewardSourceActions *self)
{
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *first_bad;

  g_return_val_if_fail (STEWARD_IS_SOURCE_ACTIONS (self), NULL);

  if (self->db == NULL || (self->source_id <= 0 && self->save == NULL))
    return NULL;

  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  title = steward_register_dup_text (GTK_WIDGET (self->title_row));
  action = g_object_new (STEWARD_TYPE_ACTION_ITEM,
                         "title", title,
                         "owner-id", steward_objective_form_get_person (self->owner_row),
                         "created-on", today,
                         "due-date", steward_date_row_get_date (self->due_row),
                         "status", STEWARD_ACTION_OPEN,
                         "source-kind", self->kind,
                         "source-id", self->source_id,
                         "source-label", self->source_label,
                         NULL);

  problems = steward_record_validate (STEWARD_RECORD (action));
  steward_register_check_date (self->due_row, "due-date", problems);
  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL)
    {
      adw_expander_row_set_expanded (self->add_row, TRUE);
      gtk_widget_grab_focus (first_bad);
      return NULL;
    }

  /* A new source is saved first, as its form says: the action needs its id. */
  if (self->source_id <= 0)
    {
      gint64 id = self->save (self->save_data);

      if (id <= 0)
        return NULL;
      /* The form has given the source its id and its label. */
      g_object_set (action, "source-id", id, "source-label", self->source_label, NULL);
    }

  if (!steward_record_save (STEWARD_RECORD (action), self->db, &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return NULL;
    }

  /* Ready for the next one. */
  steward_register_set_text (GTK_WIDGET (self->title_row), NULL);
  steward_date_row_set_date (self->due_row, NULL);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  g_signal_emit (self, signals[ACTION_ADDED], 0, action);

  /* The list, read again on the database's change, holds it now. */
  return find_action (self, steward_record_get_id (STEWARD_RECORD (action)));
}

static void
on_add_clicked_cb (GtkButton            *button,
                   StewardSourceActions *self)
{
  steward_source_actions_add (self);
}

static void
on_entry_activated_cb (AdwEntryRow          *row,
                       StewardSourceActions *self)
{
  steward_source_actions_add (self);
}

static void
on_field_changed_cb (GtkEditable          *editable,
                     StewardSourceActions *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
}

static void
on_owner_selected_cb (AdwComboRow          *row,
                      GParamSpec           *pspec,
                      StewardSourceActions *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
}

/* The row under a field that says what is wrong with it. */
static GtkWidget *
add_error_row (StewardSourceActions *self,
               const char           *name,
               GtkLabel            **label_out)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_visible (row, FALSE);
  adw_expander_row_add_row (self->add_row, row);

  *label_out = GTK_LABEL (label);

  return row;
}

static void
build_form (StewardSourceActions *self)
{
  GtkWidget *placeholder;
  GtkWidget *add_list;
  GtkWidget *button_row;
  GtkLabel *title_error, *owner_error, *due_error;
  GtkWidget *title_error_row, *owner_error_row, *due_error_row;

  /* The actions. */
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "actions_list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  placeholder = gtk_label_new (_("No follow-up actions yet."));
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->actions), create_action_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));

  /* The short form of a new one. */
  add_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (add_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (add_list, "boxed-list");
  gtk_widget_set_margin_top (add_list, 12);

  self->add_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->add_row), "add_action_row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("Add Follow-up Action"));
  gtk_list_box_append (GTK_LIST_BOX (add_list), GTK_WIDGET (self->add_row));

  self->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->title_row), "action_title");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("What is to be done"));
  g_signal_connect (self->title_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->title_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  adw_expander_row_add_row (self->add_row, GTK_WIDGET (self->title_row));
  title_error_row = add_error_row (self, "action_title_error", &title_error);

  self->owner_row = ADW_COMBO_ROW (adw_combo_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->owner_row), "action_owner");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Owner"));
  adw_combo_row_set_use_subtitle (self->owner_row, FALSE);
  g_signal_connect (self->owner_row, "notify::selected", G_CALLBACK (on_owner_selected_cb), self);
  adw_expander_row_add_row (self->add_row, GTK_WIDGET (self->owner_row));
  owner_error_row = add_error_row (self, "action_owner_error", &owner_error);

  self->due_row = STEWARD_DATE_ROW (steward_date_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->due_row), "action_due");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), _("Due"));
  steward_date_row_set_calendar (self->due_row, steward_register_get_calendar ());
  g_signal_connect (self->due_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->due_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  adw_expander_row_add_row (self->add_row, GTK_WIDGET (self->due_row));
  due_error_row = add_error_row (self, "action_due_error", &due_error);

  button_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (button_row), FALSE);
  self->add_button = gtk_button_new_with_mnemonic (_("_Add Action"));
  gtk_widget_set_name (self->add_button, "add_action_button");
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (self->add_button, 6);
  gtk_widget_set_margin_bottom (self->add_button, 6);
  gtk_widget_set_margin_end (self->add_button, 12);
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  g_signal_connect (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (button_row), self->add_button);
  adw_expander_row_add_row (self->add_row, button_row);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), add_list);

  self->fields[0] = (StewardFormField) { "title", GTK_WIDGET (self->title_row), title_error_row, title_error };
  self->fields[1] = (StewardFormField) { "owner-id", GTK_WIDGET (self->owner_row), owner_error_row, owner_error };
  self->fields[2] = (StewardFormField) { "due-date", GTK_WIDGET (self->due_row), due_error_row, due_error };
}

static void
steward_source_actions_dispose (GObject *object)
{
  StewardSourceActions *self = (StewardSourceActions *)object;

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_func (self->db, on_actions_changed_cb, self);
  g_clear_object (&self->db);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (steward_source_actions_parent_class)->dispose (object);
}

static void
steward_source_actions_finalize (GObject *object)
{
  StewardSourceActions *self = (StewardSourceActions *)object;

  g_clear_object (&self->actions);
  g_free (self->source_label);

  G_OBJECT_CLASS (steward_source_actions_parent_class)->finalize (object);
}

static void
steward_source_actions_class_init (StewardSourceActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_source_actions_dispose;
  object_class->finalize = steward_source_actions_finalize;

  /**
   * StewardSourceActions::action-added:
   * @action: the action, as saved
   *
   * An action was added to the source.
   */
  signals[ACTION_ADDED] =
    g_signal_new ("action-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_ACTION_ITEM);
}

static void
steward_source_actions_init (StewardSourceActions *self)
{
  self->actions = g_list_store_new (STEWARD_TYPE_ACTION_ITEM);
  self->kind = STEWARD_ACTION_SOURCE_OTHER;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Follow-up Actions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("What the officer in charge follows up until it is done (跟催). Each action is also in the Actions list."));
  build_form (self);
  steward_objective_form_set_people (self->owner_row, NULL);
  update_add_row (self);
}

GtkWidget *
steward_source_actions_new (void)
{
  return g_object_new (STEWARD_TYPE_SOURCE_ACTIONS, NULL);
}

/* Counting the actions of many sources */

struct _StewardActionCounts
{
  StewardRecordList *actions;
  GHashTable        *counts;   /* source id → guint[2]: all, active */
};

/**
 * steward_action_counts_new:
 *
 * Counts the actions of every source of @kind. The counts follow the
 * actions once steward_action_counts_update() is called on their change.
 *
 * Returns: (transfer full): the counts
 */
StewardActionCounts *
steward_action_counts_new (StewardDatabase     *db,
                           StewardActionSource  kind)
{
  StewardActionCounts *self = g_new0 (StewardActionCounts, 1);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (STEWARD_TYPE_ACTION_SOURCE);
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_string (query, "source_kind", STEWARD_QUERY_EQUAL,
                              g_enum_get_value (enum_class, kind)->value_nick);
  self->actions = steward_record_list_new (db, STEWARD_TYPE_ACTION_ITEM, query);
  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  steward_action_counts_update (self);

  return self;
}

void
steward_action_counts_free (StewardActionCounts *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->actions);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_free (self);
}

/* Counts again, after the actions' list has read its rows again. */
void
steward_action_counts_update (StewardActionCounts *self)
{
  GListModel *actions = G_LIST_MODEL (self->actions);
  guint n = g_list_model_get_n_items (actions);

  g_hash_table_remove_all (self->counts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardActionItem) action = g_list_model_get_item (actions, i);
      gint64 source_id = steward_action_item_get_source_id (action);
      guint *count = g_hash_table_lookup (self->counts, &source_id);

      if (count == NULL)
        {
          count = g_new0 (guint, 2);
          g_hash_table_insert (self->counts, g_memdup2 (&source_id, sizeof source_id), count);
        }
      count[0]++;
      if (steward_action_is_active (action))
        count[1]++;
    }
}

/**
 * steward_action_counts_get:
 * @n_active: (out) (optional): how many are still open or in progress
 *
 * Returns: how many actions come from the source with @source_id
 */
guint
steward_action_counts_get (StewardActionCounts *self,
                           gint64               source_id,
                           guint               *n_active)
{
  guint *count = g_hash_table_lookup (self->counts, &source_id);

  if (n_active != NULL)
    *n_active = count != NULL ? count[1] : 0;

  return count != NULL ? count[0] : 0;
}
