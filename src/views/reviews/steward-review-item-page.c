/* steward-review-item-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-item-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-minutes.h"
#include "logic/steward-review.h"
#include "steward-previous-actions.h"
#include "steward-review-decisions.h"
#include "steward-review-item-page.h"
#include "widgets/steward-block-view.h"
#include "widgets/steward-form.h"

/* How long typing pauses before what was typed is saved. */
#define SAVE_DELAY_MS 400

/* The page of one agenda item in the review wizard: the item's data as of
 * the meeting's day, what was discussed and concluded (or "nothing to
 * report" and why), and its decisions. What is typed goes into the record
 * at once and is saved after a short pause; a refused save says why and
 * keeps the text. */
struct _StewardReviewItemPage
{
  AdwBin                  parent_instance;

  StewardDatabase        *db;
  StewardReview          *review;
  StewardReviewItem      *item;
  guint                   index;
  guint                   save_source;
  /* Typed since the last save the database took: a refused save leaves
   * it set, so that the next flush tries again. */
  gboolean                dirty;
  char                   *save_error;
  gboolean                editable;
  gboolean                loading;
  gboolean                data_built;

  GtkWidget              *block_view;
  GtkWidget              *previous_actions;

  GtkLabel               *title_label;
  GtkLabel               *clause_label;
  GtkWidget              *message_label;
  GtkWidget              *data_box;
  GtkLabel               *data_label;
  GtkTextView            *discussion_view;
  GtkTextView            *conclusion_view;
  GtkSwitch              *nothing_switch;
  AdwEntryRow            *reason_row;
  GtkWidget              *reason_error_row;
  GtkLabel               *reason_error;
  StewardReviewDecisions *decisions;
};

G_DEFINE_FINAL_TYPE (StewardReviewItemPage, steward_review_item_page, ADW_TYPE_BIN)

enum {
  STATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static StewardCalendar
get_calendar (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_enum (settings, "calendar");
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static gboolean
save_now (StewardReviewItemPage *self)
{
  g_autoptr(GError) error = NULL;

  /* Issued minutes are never written, not even what was left pending. */
  if (!self->editable)
    return TRUE;

  if (!steward_record_save (STEWARD_RECORD (self->item), self->db, &error))
    {
      g_autofree char *message = g_strdup_printf (_("What you typed could not be saved: %s"), error->message);

      steward_form_show_message (self->message_label, message);
      g_free (self->save_error);
      self->save_error = g_steal_pointer (&message);
      return FALSE;
    }

  self->dirty = FALSE;
  g_clear_pointer (&self->save_error, g_free);
  gtk_widget_set_visible (self->message_label, FALSE);

  return TRUE;
}

/**
 * steward_review_item_page_flush:
 *
 * Saves at once what waits for the pause in typing.
 *
 * Returns: whether everything typed is saved
 */
gboolean
steward_review_item_page_flush (StewardReviewItemPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_ITEM_PAGE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty)
    return TRUE;

  return save_now (self);
}

/**
 * steward_review_item_page_get_save_error:
 *
 * Returns: (nullable): why what was typed could not be saved, as the page
 *   shows it, or %NULL when the last save went through
 */
const char *
steward_review_item_page_get_save_error (StewardReviewItemPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_ITEM_PAGE (self), NULL);

  return self->save_error;
}

static gboolean
save_cb (gpointer user_data)
{
  StewardReviewItemPage *self = user_data;

  self->save_source = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

/**
 * steward_review_item_page_state_of:
 *
 * Returns: the state of @item's page, as the wizard's sidebar shows it
 *   before the page is made
 */
StewardPageState
steward_review_item_page_state_of (StewardReviewItem *item)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_ITEM (item), STEWARD_PAGE_STATE_MISSING);

  if (steward_review_item_get_nothing_to_report (item))
    {
      const char *reason = steward_review_item_get_reason (item);

      return reason != NULL && reason[0] != '\0' ? STEWARD_PAGE_STATE_NOTHING : STEWARD_PAGE_STATE_MISSING;
    }

  return steward_review_item_is_done (item) ? STEWARD_PAGE_STATE_DONE : STEWARD_PAGE_STATE_MISSING;
}

StewardPageState
steward_review_item_page_get_state (StewardReviewItemPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_ITEM_PAGE (self), STEWARD_PAGE_STATE_MISSING);

  return steward_review_item_page_state_of (self->item);
}

static void
update_reason (StewardReviewItemPage *self)
{
  gboolean nothing = gtk_switch_get_active (self->nothing_switch);
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  gboolean blank = nothing && reason[0] == '\0';

  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), nothing);
  gtk_widget_set_visible (self->reason_error_row, blank);
  if (blank)
    {
      gtk_label_set_label (self->reason_error, _("Say why there is nothing to report on this item."));
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_row), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->reason_row), "error");
}

/* What was typed goes into the record now, and to the database after a
 * pause. */
static void
form_changed (StewardReviewItemPage *self)
{
  g_autofree char *discussion = NULL;
  g_autofree char *conclusion = NULL;
  g_autofree char *reason = NULL;

  if (self->loading || !self->editable)
    return;

  discussion = dup_buffer_text (self->discussion_view);
  conclusion = dup_buffer_text (self->conclusion_view);
  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  g_object_set (self->item,
                "discussion", discussion,
                "conclusion", conclusion,
                "nothing-to-report", gtk_switch_get_active (self->nothing_switch),
                "reason", reason[0] != '\0' ? reason : NULL,
                NULL);
  update_reason (self);

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_cb, self);

  g_signal_emit (self, signals[STATE_CHANGED], 0);
}

static void
on_buffer_changed_cb (GtkTextBuffer         *buffer,
                      StewardReviewItemPage *self)
{
  form_changed (self);
}

static void
on_nothing_changed_cb (GObject               *object,
                       GParamSpec            *pspec,
                       StewardReviewItemPage *self)
{
  form_changed (self);
}

static void
on_reason_changed_cb (GtkEditable           *editable,
                      StewardReviewItemPage *self)
{
  form_changed (self);
}

static void
write_form (StewardReviewItemPage *self)
{
  const char *discussion = steward_review_item_get_discussion (self->item);
  const char *conclusion = steward_review_item_get_conclusion (self->item);
  const char *reason = steward_review_item_get_reason (self->item);

  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->discussion_view), discussion ? discussion : "", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->conclusion_view), conclusion ? conclusion : "", -1);
  gtk_switch_set_active (self->nothing_switch, steward_review_item_get_nothing_to_report (self->item));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason ? reason : "");
  self->loading = FALSE;
  update_reason (self);
}

/* Issued minutes show the data they were issued with, never rebuilt. */
static JsonArray *
dup_issued_blocks (StewardReviewItemPage  *self,
                   GError                **error)
{
  const char *nick = steward_agenda_item_get_nick (steward_review_item_get_item (self->item));
  g_autoptr(JsonObject) content = NULL;
  JsonArray *items;

  content = steward_minutes_load (self->db, steward_record_get_id (STEWARD_RECORD (self->review)),
                                  get_calendar (), error);
  if (content == NULL)
    return NULL;

  items = json_object_has_member (content, "items") ? json_object_get_array_member (content, "items") : NULL;
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (item != NULL && g_strcmp0 (json_object_get_string_member_with_default (item, "nick", NULL), nick) == 0 &&
          json_object_has_member (item, "blocks"))
        return json_array_ref (json_object_get_array_member (item, "blocks"));
    }

  return json_array_new ();
}

/* The blocks of the minutes that list the open actions of earlier
 * reviews, or say there are none: those of role "open-actions" (see
 * logic/steward-minutes.h). The actions closed since the previous review
 * stay. */
static void
remove_open_actions_blocks (JsonArray *blocks)
{
  for (guint i = json_array_get_length (blocks); i > 0; i--)
    {
      JsonObject *block = json_array_get_object_element (blocks, i - 1);

      if (block != NULL &&
          g_strcmp0 (json_object_get_string_member_with_default (block, "role", NULL), "open-actions") == 0)
        json_array_remove_element (blocks, i - 1);
    }
}

/* The data as of the meeting's day: built when the page is first shown,
 * so that the wizard opens at once. */
static void
build_data (StewardReviewItemPage *self)
{
  StewardAgendaItem item = steward_review_item_get_item (self->item);
  g_autoptr(JsonArray) blocks = NULL;
  g_autoptr(GError) error = NULL;
  gboolean issued;

  if (self->data_built)
    return;
  self->data_built = TRUE;

  issued = steward_review_is_locked (self->db, steward_record_get_id (STEWARD_RECORD (self->review)));
  if (issued)
    blocks = dup_issued_blocks (self, &error);
  else
    blocks = steward_minutes_build_item_blocks (self->db, self->review, item, get_calendar (), &error);
  if (blocks == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The data of this item could not be read: %s"), error->message);

      steward_form_show_message (self->message_label, message);
    }
  else
    {
      if (item == STEWARD_AGENDA_PREVIOUS_ACTIONS && !issued)
        remove_open_actions_blocks (blocks);
      steward_block_view_set_blocks (STEWARD_BLOCK_VIEW (self->block_view), blocks);
    }

  /* A draft's open actions are the live list, where they are updated,
   * in the place of the minutes' table of them: the actions once. Issued
   * minutes show the table they were issued with, and no list. */
  if (item == STEWARD_AGENDA_PREVIOUS_ACTIONS && !issued)
    {
      if (self->previous_actions == NULL)
        {
          self->previous_actions = steward_previous_actions_new ();
          gtk_widget_set_name (self->previous_actions, "previous_actions");
          gtk_widget_insert_before (self->previous_actions, self->data_box, self->block_view);
        }
      steward_previous_actions_set_review (STEWARD_PREVIOUS_ACTIONS (self->previous_actions),
                                           self->db, self->review, self->editable);
    }
  else if (self->previous_actions != NULL)
    {
      gtk_box_remove (GTK_BOX (self->data_box), self->previous_actions);
      self->previous_actions = NULL;
    }
}

static void
steward_review_item_page_map (GtkWidget *widget)
{
  build_data (STEWARD_REVIEW_ITEM_PAGE (widget));

  GTK_WIDGET_CLASS (steward_review_item_page_parent_class)->map (widget);
}

/* Issued minutes are read, not written: the text stays selectable. */
void
steward_review_item_page_set_editable (StewardReviewItemPage *self,
                                       gboolean               editable)
{
  g_return_if_fail (STEWARD_IS_REVIEW_ITEM_PAGE (self));

  /* What was typed before the minutes were locked is kept, not dropped. */
  if (!editable && self->editable)
    steward_review_item_page_flush (self);
  /* Issued or corrected while shown: the previous actions change between
   * the live list and the table the minutes were issued with. */
  if (self->editable != editable && self->data_built &&
      steward_review_item_get_item (self->item) == STEWARD_AGENDA_PREVIOUS_ACTIONS)
    {
      self->data_built = FALSE;
      self->editable = editable;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        build_data (self);
    }
  self->editable = editable;
  gtk_text_view_set_editable (self->discussion_view, editable);
  gtk_text_view_set_editable (self->conclusion_view, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->nothing_switch), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->reason_row), editable);
  steward_review_decisions_set_editable (self->decisions, editable);
  if (self->previous_actions != NULL)
    steward_previous_actions_set_review (STEWARD_PREVIOUS_ACTIONS (self->previous_actions),
                                         self->db, self->review, editable);
}

/**
 * steward_review_item_page_get_item:
 *
 * Returns: (transfer none): the agenda item, as typed so far
 */
StewardReviewItem *
steward_review_item_page_get_item (StewardReviewItemPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_ITEM_PAGE (self), NULL);

  return self->item;
}

static void
steward_review_item_page_dispose (GObject *object)
{
  StewardReviewItemPage *self = (StewardReviewItemPage *)object;

  if (self->item != NULL)
    steward_review_item_page_flush (self);
  g_clear_handle_id (&self->save_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_REVIEW_ITEM_PAGE);

  g_clear_object (&self->item);
  g_clear_object (&self->review);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_review_item_page_parent_class)->dispose (object);
}

static void
steward_review_item_page_finalize (GObject *object)
{
  StewardReviewItemPage *self = (StewardReviewItemPage *)object;

  g_free (self->save_error);

  G_OBJECT_CLASS (steward_review_item_page_parent_class)->finalize (object);
}

static void
steward_review_item_page_class_init (StewardReviewItemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_review_item_page_dispose;
  object_class->finalize = steward_review_item_page_finalize;
  widget_class->map = steward_review_item_page_map;

  /**
   * StewardReviewItemPage::state-changed:
   *
   * Something was typed: the page may be done, or not any more.
   */
  signals[STATE_CHANGED] =
    g_signal_new ("state-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (STEWARD_TYPE_REVIEW_DECISIONS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-review-item-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, clause_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, data_box);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, data_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, discussion_view);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, conclusion_view);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, nothing_switch);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, reason_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, reason_error_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, reason_error);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewItemPage, decisions);
}

static void
steward_review_item_page_init (StewardReviewItemPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
  self->block_view = steward_block_view_new ();
  gtk_box_append (GTK_BOX (self->data_box), self->block_view);

  g_signal_connect (gtk_text_view_get_buffer (self->discussion_view), "changed",
                    G_CALLBACK (on_buffer_changed_cb), self);
  g_signal_connect (gtk_text_view_get_buffer (self->conclusion_view), "changed",
                    G_CALLBACK (on_buffer_changed_cb), self);
  g_signal_connect (self->nothing_switch, "notify::active", G_CALLBACK (on_nothing_changed_cb), self);
  g_signal_connect (self->reason_row, "changed", G_CALLBACK (on_reason_changed_cb), self);
}

/**
 * steward_review_item_page_new:
 * @item: the agenda item of @review, as stored
 * @index: its place on the agenda, from 0, for its number
 */
GtkWidget *
steward_review_item_page_new (StewardDatabase   *db,
                              StewardReview     *review,
                              StewardReviewItem *item,
                              guint              index)
{
  StewardReviewItemPage *self = g_object_new (STEWARD_TYPE_REVIEW_ITEM_PAGE, NULL);
  StewardAgendaItem agenda = steward_review_item_get_item (item);
  g_autofree char *title = NULL;
  g_autofree char *clause = NULL;

  self->db = g_object_ref (db);
  self->review = g_object_ref (review);
  self->item = STEWARD_REVIEW_ITEM (steward_record_copy (STEWARD_RECORD (item)));
  self->index = index;

  /* Translators: an agenda item's number and title: "二、Status of actions…" */
  title = g_strdup_printf (_("%s. %s"), steward_minutes_item_number (index), steward_agenda_item_to_string (agenda));
  /* Translators: the clause of the procedure an agenda item stands for */
  clause = g_strdup_printf (_("Procedure clause %s"), steward_agenda_item_get_clause (agenda));
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->clause_label, clause);
  gtk_label_set_label (self->data_label, _("Data as of the Meeting Day"));

  steward_review_decisions_set_review (self->decisions, db, review, agenda);
  write_form (self);

  return GTK_WIDGET (self);
}
