/* steward-previous-actions.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-previous-actions"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "logic/steward-review.h"
#include "model/steward-action-progress.h"
#include "model/steward-person.h"
#include "views/actions/steward-close-action-dialog.h"
#include "widgets/steward-page.h"
#include "widgets/steward-register-util.h"
#include "steward-previous-actions.h"
#include "widgets/steward-form.h"

/* Agenda item 2 (5.4.2.2): the actions still open from earlier reviews,
 * as the meeting goes through them. The secretary updates each on the
 * spot: its status, a progress note, or closing it with the evaluation
 * of its effectiveness (成效評估). Every change is saved at once through
 * the records, and the list follows the database. */

struct _StewardPreviousActions
{
  GtkBox           parent_instance;

  GtkStack        *stack;
  GtkListBox      *list_box;

  StewardDatabase *db;
  StewardReview   *review;
  gboolean         editable;
  GListStore      *actions;
  /* Owner id → name, read again with the actions. */
  GHashTable      *owners;
  gulong           changed_ids[2];
  guint            refresh_id;
  /* The rows are to be made again, not only the list of actions. */
  gboolean         rebuild;
};

G_DEFINE_FINAL_TYPE (StewardPreviousActions, steward_previous_actions, GTK_TYPE_BOX)

#define ACTION_KEY "steward-action"

static StewardActionItem *
get_action (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), ACTION_KEY);
}

static void
set_action (gpointer           widget,
            StewardActionItem *action)
{
  g_object_set_data_full (G_OBJECT (widget), ACTION_KEY, g_object_ref (action), g_object_unref);
}

/* Reading the actions */

static void
read_owners (StewardPreviousActions *self,
             GPtrArray              *actions)
{
  g_hash_table_remove_all (self->owners);

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      gint64 owner_id = steward_action_item_get_owner_id (g_ptr_array_index (actions, i));
      g_autoptr(StewardPerson) person = NULL;

      if (owner_id <= 0 || g_hash_table_contains (self->owners, &owner_id))
        continue;

      person = steward_record_load (self->db, STEWARD_TYPE_PERSON, owner_id, NULL);
      if (person != NULL)
        g_hash_table_insert (self->owners, g_memdup2 (&owner_id, sizeof owner_id),
                             g_strdup (steward_person_get_name (person)));
    }
}

static gboolean
same_actions (StewardPreviousActions *self,
              GPtrArray              *actions)
{
  GListModel *shown = G_LIST_MODEL (self->actions);
  guint n = actions != NULL ? actions->len : 0;

  if (n == 0 || g_list_model_get_n_items (shown) != n)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardRecord) action = g_list_model_get_item (shown, i);

      if (!steward_record_equal (action, g_ptr_array_index (actions, i)))
        return FALSE;
    }

  return TRUE;
}

static void
refresh (StewardPreviousActions *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->db != NULL && self->review != NULL)
    {
      actions = steward_review_list_previous_actions (self->db, self->review, &error);
      if (actions == NULL)
        g_warning ("Could not read the actions of earlier reviews: %s", error->message);
    }

  /* The status saved from a row is already in its action: the rows stay,
   * and the focus with them. */
  if (same_actions (self, actions))
    return;

  read_owners (self, actions);
  g_list_store_splice (self->actions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->actions)),
                       actions != NULL ? actions->pdata : NULL, actions != NULL ? actions->len : 0);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->actions)) > 0 ? "list" : "empty");
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  StewardPreviousActions *self = user_data;

  self->refresh_id = 0;
  if (self->rebuild)
    g_list_store_remove_all (self->actions);
  self->rebuild = FALSE;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* A change is shown once the handler that made it has returned: the row
 * that saved it is rebuilt then, not from inside its own signal. */
static void
on_database_changed_cb (StewardDatabase        *db,
                        const char * const     *tables,
                        StewardPreviousActions *self)
{
  /* A renamed owner is in the rows' text. */
  if (g_strv_contains (tables, "person"))
    self->rebuild = TRUE;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

/* The status */

static void
on_status_selected_cb (GtkDropDown            *dropdown,
                       GParamSpec             *pspec,
                       StewardPreviousActions *self)
{
  StewardActionItem *action = get_action (dropdown);
  StewardActionStatus status = gtk_drop_down_get_selected (dropdown) == 1 ? STEWARD_ACTION_IN_PROGRESS : STEWARD_ACTION_OPEN;
  g_autoptr(StewardRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (status == steward_action_item_get_status (action))
    return;

  copy = steward_record_copy (STEWARD_RECORD (action));
  g_object_set (copy, "status", status, NULL);
  if (!steward_record_save (copy, self->db, &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      /* What the database holds, again. */
      gtk_drop_down_set_selected (dropdown, steward_action_item_get_status (action) == STEWARD_ACTION_IN_PROGRESS ? 1 : 0);
      return;
    }

  steward_record_assign (STEWARD_RECORD (action), copy);
}

static GtkWidget *
make_status_dropdown (StewardPreviousActions *self,
                      StewardActionItem      *action)
{
  const char *names[] = {
    steward_action_status_to_string (STEWARD_ACTION_OPEN),
    steward_action_status_to_string (STEWARD_ACTION_IN_PROGRESS),
    NULL,
  };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (names);

  gtk_widget_set_name (dropdown, "status-dropdown");
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"), -1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                              steward_action_item_get_status (action) == STEWARD_ACTION_IN_PROGRESS ? 1 : 0);
  set_action (dropdown, action);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_status_selected_cb), self, 0);

  return dropdown;
}

/* Progress notes */

static void
add_note (StewardPreviousActions *self,
          GtkWidget              *entry)
{
  StewardActionItem *action = get_action (entry);
  GtkWidget *popover = gtk_widget_get_ancestor (entry, GTK_TYPE_POPOVER);
  GtkLabel *error_label = g_object_get_data (G_OBJECT (entry), "steward-error");
  g_autoptr(StewardActionProgress) note = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  note = g_object_new (STEWARD_TYPE_ACTION_PROGRESS,
                       "action-id", steward_record_get_id (STEWARD_RECORD (action)),
                       "noted-on", today,
                       "note", text,
                       "noted-by", steward_database_get_user_name (self->db),
                       NULL);
  problems = steward_record_validate (STEWARD_RECORD (note));
  if (problems->len > 0)
    {
      StewardProblem *problem = g_ptr_array_index (problems, 0);

      gtk_label_set_label (error_label, problem->message);
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      gtk_widget_grab_focus (entry);
      return;
    }
  if (!steward_record_save (STEWARD_RECORD (note), self->db, &error))
    {
      gtk_label_set_label (error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), FALSE);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  steward_show_message (GTK_WIDGET (self), _("Progress note added"));
}

static void
on_note_activate_cb (GtkEntry               *entry,
                     StewardPreviousActions *self)
{
  add_note (self, GTK_WIDGET (entry));
}

static void
on_note_add_clicked_cb (GtkButton              *button,
                        StewardPreviousActions *self)
{
  add_note (self, g_object_get_data (G_OBJECT (button), "steward-entry"));
}

static GtkWidget *
make_note_button (StewardPreviousActions *self,
                  StewardActionItem      *action)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Progress Note"));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *error_label = gtk_label_new (NULL);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

  gtk_widget_set_name (button, "note-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (button, _("Add Progress Note"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Progress Note"), -1);
  gtk_widget_add_css_class (button, "flat");

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_name (entry, "note-entry");
  gtk_widget_set_size_request (entry, 280, -1);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What was done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress Note"), -1);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_widget_set_name (add, "note-add");
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_add_css_class (add, "suggested-action");

  set_action (entry, action);
  g_object_set_data (G_OBJECT (entry), "steward-error", error_label);
  g_object_set_data (G_OBJECT (add), "steward-entry", entry);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_note_activate_cb), self, 0);
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_note_add_clicked_cb), self, 0);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error_label);
  gtk_box_append (GTK_BOX (box), add);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  return button;
}

/* Closing */

static void
on_close_clicked_cb (GtkButton              *button,
                     StewardPreviousActions *self)
{
  StewardCloseActionDialog *dialog = steward_close_action_dialog_new (self->db, get_action (button));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_close_button (StewardPreviousActions *self,
                   StewardActionItem      *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Close…"));

  gtk_widget_set_name (button, "close-button");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Close the action with the evaluation of its effectiveness"));
  set_action (button, action);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_close_clicked_cb), self, 0);

  return button;
}

/* Rows */

static char *
dup_details (StewardPreviousActions *self,
             StewardActionItem      *action)
{
  g_autofree char *source = steward_action_dup_source_label (action);
  gint64 owner_id = steward_action_item_get_owner_id (action);
  const char *owner = owner_id > 0 ? g_hash_table_lookup (self->owners, &owner_id) : NULL;
  GDate *due = steward_action_item_get_due_date (action);
  g_autofree char *due_text = NULL;
  g_autofree char *owner_text = NULL;
  g_autofree char *due_part = NULL;

  /* TRANSLATORS: who is responsible for an action */
  owner_text = owner != NULL ? g_strdup_printf (_("Owner: %s"), owner) : g_strdup (_("No owner"));
  if (due != NULL && g_date_valid (due))
    {
      due_text = steward_date_format (due, steward_register_get_calendar ());
      /* TRANSLATORS: the due date of an action */
      due_part = g_strdup_printf (_("Due %s"), due_text);
    }
  else
    due_part = g_strdup (_("No due date"));

  /* TRANSLATORS: an action's source meeting, owner and due date */
  return g_strdup_printf (_("%s · %s · %s"), source, owner_text, due_part);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  StewardPreviousActions *self = user_data;
  StewardActionItem *action = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *details = dup_details (self, action);

  steward_form_set_row_text (ADW_PREFERENCES_ROW (row), steward_action_item_get_title (action));
  steward_form_set_row_subtitle (ADW_ACTION_ROW (row), details);

  if (steward_action_is_overdue (action, today))
    {
      /* TRANSLATORS: a badge beside an action past its due date */
      GtkWidget *badge = gtk_label_new (C_("badge", "Overdue"));

      gtk_widget_set_name (badge, "overdue-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "error");
      gtk_widget_add_css_class (badge, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  if (self->editable)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_status_dropdown (self, action));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_note_button (self, action));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_close_button (self, action));
    }
  else
    {
      GtkWidget *status = gtk_label_new (steward_action_status_to_string (steward_action_item_get_status (action)));

      gtk_widget_set_name (status, "status-label");
      gtk_widget_add_css_class (status, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
    }

  return row;
}

/* The review */

static void
disconnect_database (StewardPreviousActions *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->changed_ids); i++)
    if (self->changed_ids[i] != 0)
      g_clear_signal_handler (&self->changed_ids[i], self->db);
  g_clear_object (&self->db);
}

/**
 * steward_previous_actions_set_review:
 * @db: (nullable): the database
 * @review: (nullable): the meeting whose agenda item this is
 * @editable: whether the actions can be updated here (not on the page
 *   of issued minutes)
 *
 * Shows the actions still open from the reviews before @review, and
 * follows the database from then on.
 */
void
steward_previous_actions_set_review (StewardPreviousActions *self,
                                     StewardDatabase        *db,
                                     StewardReview          *review,
                                     gboolean                editable)
{
  g_return_if_fail (STEWARD_IS_PREVIOUS_ACTIONS (self));
  g_return_if_fail (db == NULL || STEWARD_IS_DATABASE (db));
  g_return_if_fail (review == NULL || STEWARD_IS_REVIEW (review));

  if (db != self->db)
    {
      disconnect_database (self);
      if (db != NULL)
        {
          self->db = g_object_ref (db);
          self->changed_ids[0] = g_signal_connect (db, "changed::action_item", G_CALLBACK (on_database_changed_cb), self);
          self->changed_ids[1] = g_signal_connect (db, "changed::person", G_CALLBACK (on_database_changed_cb), self);
        }
    }
  g_set_object (&self->review, review);
  self->editable = editable;

  /* Rows are made again, editable or not. */
  g_list_store_remove_all (self->actions);
  refresh (self);
}

GtkWidget *
steward_previous_actions_new (void)
{
  return g_object_new (STEWARD_TYPE_PREVIOUS_ACTIONS, NULL);
}

static void
steward_previous_actions_dispose (GObject *object)
{
  StewardPreviousActions *self = STEWARD_PREVIOUS_ACTIONS (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  disconnect_database (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_PREVIOUS_ACTIONS);
  g_clear_object (&self->review);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (steward_previous_actions_parent_class)->dispose (object);
}

static void
steward_previous_actions_finalize (GObject *object)
{
  StewardPreviousActions *self = STEWARD_PREVIOUS_ACTIONS (object);

  g_clear_pointer (&self->owners, g_hash_table_unref);

  G_OBJECT_CLASS (steward_previous_actions_parent_class)->finalize (object);
}

static void
steward_previous_actions_class_init (StewardPreviousActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_previous_actions_dispose;
  object_class->finalize = steward_previous_actions_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ismssteward/Steward/ui/steward-previous-actions.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardPreviousActions, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardPreviousActions, list_box);
}

static void
steward_previous_actions_init (StewardPreviousActions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = g_list_store_new (STEWARD_TYPE_ACTION_ITEM);
  self->owners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->actions), create_row_cb, self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
