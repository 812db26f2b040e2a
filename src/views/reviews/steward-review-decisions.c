/* steward-review-decisions.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-decisions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-review.h"
#include "logic/steward-roster.h"
#include "model/steward-action-item.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-review-decisions.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The decisions of one agenda item (or the general ones, item -1) of a
 * review: each with its follow-up item's owner, due date and status, and
 * a form to add one. A decision that needs doing becomes an action
 * through steward_review_add_decision(), which wants both an owner and a
 * due date; what it refuses is said beside the field and the typing
 * stays. */
struct _StewardReviewDecisions
{
  GtkBox              parent_instance;

  StewardDatabase    *db;
  StewardReview      *review;
  int                 item;
  StewardRecordList  *decisions;
  GArray             *owner_ids;
  gboolean            editable;

  GtkListBox         *list;
  GtkWidget          *empty_label;
  GtkWidget          *form;
  GtkWidget          *message;
  AdwEntryRow        *text_row;
  GtkSwitch          *action_switch;
  AdwComboRow        *owner_row;
  StewardDateRow     *due_row;

  StewardFormField    fields[3];
};

G_DEFINE_FINAL_TYPE (StewardReviewDecisions, steward_review_decisions, GTK_TYPE_BOX)

GtkWidget *
steward_review_decisions_new (void)
{
  return g_object_new (STEWARD_TYPE_REVIEW_DECISIONS, NULL);
}

static StewardCalendar
get_calendar (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_enum (settings, "calendar");
}

/* "陳建宏 · due 2026-12-31 · Open", or "No action" for a decision alone. */
static char *
dup_action_text (StewardReviewDecisions *self,
                 gint64                  action_id)
{
  g_autoptr(StewardActionItem) action = NULL;
  g_autoptr(StewardPerson) owner = NULL;
  g_autofree char *due = NULL;
  g_autoptr(GError) error = NULL;

  if (action_id <= 0)
    return g_strdup (_("No action"));

  action = steward_record_load (self->db, STEWARD_TYPE_ACTION_ITEM, action_id, &error);
  if (action == NULL)
    return g_strdup (error->message);

  if (steward_action_item_get_owner_id (action) > 0)
    owner = steward_record_load (self->db, STEWARD_TYPE_PERSON, steward_action_item_get_owner_id (action), NULL);
  if (steward_action_item_get_due_date (action) != NULL)
    due = steward_date_format (steward_action_item_get_due_date (action), get_calendar ());

  /* Translators: a decision's action: owner · due date · status */
  return g_strdup_printf (_("%s · due %s · %s"),
                          owner != NULL ? steward_person_get_name (owner) : _("No owner"),
                          due != NULL ? due : "—",
                          steward_action_status_to_string (steward_action_item_get_status (action)));
}

static void
remove_clicked_cb (GtkButton              *button,
                   StewardReviewDecisions *self)
{
  StewardReviewDecision *decision = g_object_get_data (G_OBJECT (button), "decision");
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->message, FALSE);
  if (!steward_review_remove_decision (self->db, decision, &error))
    steward_form_show_message (self->message, error->message);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  StewardReviewDecisions *self = user_data;
  StewardReviewDecision *decision = item;
  g_autofree char *subtitle = dup_action_text (self, steward_review_decision_get_action_id (decision));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove;

  steward_form_set_row_text (ADW_PREFERENCES_ROW (row), steward_review_decision_get_text (decision));
  steward_form_set_row_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, "decision_row");

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Decision"));
  gtk_widget_set_name (remove, "decision_remove_button");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_visible (remove, self->editable);
  g_object_set_data_full (G_OBJECT (remove), "decision", g_object_ref (decision), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
update_empty (StewardReviewDecisions *self)
{
  guint n = self->decisions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->decisions)) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
  gtk_widget_set_visible (self->empty_label, n == 0);
}

static void
bind_list (StewardReviewDecisions *self)
{
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->decisions), create_row_cb, self, NULL);
  update_empty (self);
}

static void
on_decisions_changed_cb (GListModel             *model,
                         guint                   position,
                         guint                   removed,
                         guint                   added,
                         StewardReviewDecisions *self)
{
  update_empty (self);
}

/* An action's status or owner changed elsewhere: the rows say it again. */
static void
on_database_changed_cb (StewardDatabase        *db,
                        const char * const     *tables,
                        StewardReviewDecisions *self)
{
  if (self->decisions != NULL &&
      (g_strv_contains (tables, "action_item") || g_strv_contains (tables, "person")))
    bind_list (self);
}

/* The people on the roster on the meeting's day, each once. */
static void
fill_owners (StewardReviewDecisions *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) candidates = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDate) day = NULL;

  g_array_set_size (self->owner_ids, 0);
  gtk_string_list_append (names, _("Choose an owner"));
  g_array_append_val (self->owner_ids, (gint64) { 0 });

  local = g_date_time_to_local (steward_review_get_starts_at (self->review));
  day = g_date_new_dmy (g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                        g_date_time_get_year (local));
  candidates = steward_review_list_candidates (self->db, day, NULL);
  for (guint i = 0; candidates != NULL && i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (candidates, i);
      gint64 id = steward_roster_entry_get_person_id (entry);
      gboolean seen = FALSE;

      for (guint j = 0; j < self->owner_ids->len && !seen; j++)
        seen = g_array_index (self->owner_ids, gint64, j) == id;
      if (seen)
        continue;
      g_array_append_val (self->owner_ids, id);
      gtk_string_list_append (names, steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME));
    }

  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->owner_row, 0);
}

static void
update_form (StewardReviewDecisions *self)
{
  gboolean action = gtk_switch_get_active (self->action_switch);

  gtk_widget_set_visible (self->form, self->editable);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_row), action);
  gtk_widget_set_visible (GTK_WIDGET (self->due_row), action);
  if (!action)
    {
      steward_form_clear_problem (&self->fields[1]);
      steward_form_clear_problem (&self->fields[2]);
    }
}

static void
on_action_switch_cb (GObject                *object,
                     GParamSpec             *pspec,
                     StewardReviewDecisions *self)
{
  update_form (self);
}

static void
on_field_changed_cb (GObject                *object,
                     GParamSpec             *pspec,
                     StewardReviewDecisions *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (object));
}

static void
free_problem (gpointer data)
{
  StewardProblem *problem = data;

  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

static void
add_clicked_cb (GtkButton              *button,
                StewardReviewDecisions *self)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (free_problem);
  g_autoptr(StewardReviewDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_row))));
  gboolean action = gtk_switch_get_active (self->action_switch);
  guint selected = adw_combo_row_get_selected (self->owner_row);
  gint64 owner_id = 0;
  const GDate *due = NULL;
  GtkWidget *first_bad;

  gtk_widget_set_visible (self->message, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  if (action)
    {
      if (selected != GTK_INVALID_LIST_POSITION && selected < self->owner_ids->len)
        owner_id = g_array_index (self->owner_ids, gint64, selected);
      due = steward_date_row_get_date (self->due_row);
      if (!steward_date_row_is_valid (self->due_row))
        steward_record_add_problem (problems, "due-date", _("This is not a date."));
      /* "Needs action" asks for both, even with neither chosen yet. */
      if (owner_id <= 0 && due == NULL)
        steward_record_add_problem (problems, "owner-id", _("Choose who is to carry out the action."));
    }

  if (problems->len == 0)
    decision = steward_review_add_decision (self->db, self->review, self->item,
                                            text[0] != '\0' ? text : NULL,
                                            owner_id, due, problems, &error);

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (decision == NULL)
    {
      /* A problem shown beside its field is not said again above. */
      if (first_bad != NULL)
        gtk_widget_grab_focus (first_bad);
      else if (error != NULL)
        steward_form_show_message (self->message, error->message);
      else if (problems->len > 0)
        steward_form_show_message (self->message, ((StewardProblem *) g_ptr_array_index (problems, 0))->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->text_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), "");
  adw_combo_row_set_selected (self->owner_row, 0);
  gtk_switch_set_active (self->action_switch, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

/* A row for @field's message, right under it. */
static GtkWidget *
add_error_row (GtkWidget   *group,
               const char  *name,
               GtkLabel   **label)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *text = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_widget_set_margin_start (text, 12);
  gtk_widget_set_margin_end (text, 12);
  gtk_widget_set_margin_top (text, 6);
  gtk_widget_set_margin_bottom (text, 6);
  gtk_widget_add_css_class (text, "error");
  gtk_widget_add_css_class (text, "caption");
  gtk_widget_set_name (text, name);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_visible (row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  *label = GTK_LABEL (text);

  return row;
}

static void
build_form (StewardReviewDecisions *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *switch_row = adw_action_row_new ();
  GtkWidget *button_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Decision"));
  GtkWidget *text_error_row, *owner_error_row, *due_error_row;
  GtkLabel *text_error, *owner_error, *due_error;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Add Decision"));

  self->text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  /* TRANSLATORS: the text of a decision of a management review (決議事項) */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), C_("review", "Decision"));
  gtk_widget_set_name (GTK_WIDGET (self->text_row), "decision_text_row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->text_row));
  text_error_row = add_error_row (group, "decision_text_error", &text_error);

  self->action_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->action_switch), GTK_ALIGN_CENTER);
  gtk_widget_set_name (GTK_WIDGET (self->action_switch), "decision_action_switch");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (switch_row), _("Needs Action"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (switch_row),
                               _("Becomes a follow-up item with an owner and a due date"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (switch_row), GTK_WIDGET (self->action_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (switch_row), GTK_WIDGET (self->action_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), switch_row);

  self->owner_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Owner"));
  gtk_widget_set_name (GTK_WIDGET (self->owner_row), "decision_owner_row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->owner_row));
  owner_error_row = add_error_row (group, "decision_owner_error", &owner_error);

  self->due_row = STEWARD_DATE_ROW (steward_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), _("Due"));
  gtk_widget_set_name (GTK_WIDGET (self->due_row), "decision_due_row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->due_row));
  due_error_row = add_error_row (group, "decision_due_error", &due_error);

  gtk_widget_set_name (add, "decision_add_button");
  gtk_widget_set_halign (button_box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button_box, 12);
  gtk_box_append (GTK_BOX (button_box), add);

  self->form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->form), group);
  gtk_box_append (GTK_BOX (self->form), button_box);
  gtk_box_append (GTK_BOX (self), self->form);

  self->fields[0] = (StewardFormField) { "text", GTK_WIDGET (self->text_row), text_error_row, text_error };
  self->fields[1] = (StewardFormField) { "owner-id", GTK_WIDGET (self->owner_row), owner_error_row, owner_error };
  self->fields[2] = (StewardFormField) { "due-date", GTK_WIDGET (self->due_row), due_error_row, due_error };

  g_signal_connect (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  g_signal_connect_swapped (self->text_row, "entry-activated", G_CALLBACK (gtk_widget_activate), add);
  g_signal_connect (self->action_switch, "notify::active", G_CALLBACK (on_action_switch_cb), self);
  g_signal_connect (self->text_row, "notify::text", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->owner_row, "notify::selected", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->due_row, "notify::text", G_CALLBACK (on_field_changed_cb), self);
}

/**
 * steward_review_decisions_set_review:
 * @item: a #StewardAgendaItem, or -1 for the general decisions
 *
 * Shows the decisions of @item of @review, kept up to date.
 */
void
steward_review_decisions_set_review (StewardReviewDecisions *self,
                                     StewardDatabase        *db,
                                     StewardReview          *review,
                                     int                     item)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  g_return_if_fail (STEWARD_IS_REVIEW_DECISIONS (self));
  g_return_if_fail (STEWARD_IS_DATABASE (db));
  g_return_if_fail (STEWARD_IS_REVIEW (review));

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  g_set_object (&self->db, db);
  g_set_object (&self->review, review);
  self->item = item;

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, steward_record_get_id (STEWARD_RECORD (review)));
  if (item >= 0)
    steward_query_where_string (query, "item", STEWARD_QUERY_EQUAL, steward_agenda_item_get_nick (item));
  else
    steward_query_where (query, "item", STEWARD_QUERY_IS_NULL, NULL);
  steward_query_order_by (query, "position", FALSE);
  steward_query_order_by (query, "id", FALSE);

  g_clear_object (&self->decisions);
  self->decisions = steward_record_list_new (db, STEWARD_TYPE_REVIEW_DECISION, query);
  g_signal_connect (self->decisions, "items-changed", G_CALLBACK (on_decisions_changed_cb), self);
  g_signal_connect (db, "changed", G_CALLBACK (on_database_changed_cb), self);

  fill_owners (self);
  bind_list (self);
}

/* Issued minutes show their decisions, and nothing to add or remove. */
void
steward_review_decisions_set_editable (StewardReviewDecisions *self,
                                       gboolean                editable)
{
  g_return_if_fail (STEWARD_IS_REVIEW_DECISIONS (self));

  self->editable = editable;
  update_form (self);
  if (self->decisions != NULL)
    bind_list (self);
}

/**
 * steward_review_decisions_new_page:
 * @self: the general decisions (item -1)
 *
 * The wizard's page of the general decisions: @self with what it is for.
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
steward_review_decisions_new_page (StewardReviewDecisions *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_("General Decisions"));
  GtkWidget *description = gtk_label_new (_("Decisions of the meeting on improvement and on changes to the ISMS that "
                                            "belong to no single agenda item (9.3.3). One that needs doing becomes "
                                            "a follow-up item."));

  g_return_val_if_fail (STEWARD_IS_REVIEW_DECISIONS (self), NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), description);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self));

  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 24);
  gtk_widget_set_margin_start (clamp, 18);
  gtk_widget_set_margin_end (clamp, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  return scroller;
}

guint
steward_review_decisions_get_n_items (StewardReviewDecisions *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_DECISIONS (self), 0);

  return self->decisions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->decisions)) : 0;
}

static void
steward_review_decisions_dispose (GObject *object)
{
  StewardReviewDecisions *self = (StewardReviewDecisions *)object;

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  if (self->decisions != NULL)
    g_signal_handlers_disconnect_by_data (self->decisions, self);
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->decisions);
  g_clear_object (&self->review);
  g_clear_object (&self->db);
  g_clear_pointer (&self->owner_ids, g_array_unref);

  G_OBJECT_CLASS (steward_review_decisions_parent_class)->dispose (object);
}

static void
steward_review_decisions_class_init (StewardReviewDecisionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_review_decisions_dispose;
}

static void
steward_review_decisions_init (StewardReviewDecisions *self)
{
  GtkWidget *title = gtk_label_new (_("Decisions"));

  self->editable = TRUE;
  self->item = -1;
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (self), title);

  self->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_set_name (self->message, "decision_message");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_box_append (GTK_BOX (self), self->message);

  self->empty_label = gtk_label_new (_("No decisions yet."));
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (self), self->empty_label);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_name (GTK_WIDGET (self->list), "decision_list");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->list));

  build_form (self);
  update_form (self);
  update_empty (self);
}
