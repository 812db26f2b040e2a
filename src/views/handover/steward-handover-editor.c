/* steward-handover-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-handover-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-register-export.h"
#include "logic/steward-date.h"
#include "model/steward-handover-item.h"
#include "steward-handover-editor.h"
#include "steward-handover-item-list.h"
#include "widgets/steward-register-util.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* The form of a hand-over of information-processing equipment (procedure
 * 3.10): when, why, from whom to whom, the items, the supervisor's
 * authorisation and the receiver's acceptance. The hand-over and its
 * items are edited on copies and saved together in one transaction: an
 * item that cannot be stored keeps everything typed and stores nothing.
 * A hand-over without authorisation or acceptance can be saved; it stays
 * open until both are recorded. */

struct _StewardHandoverEditor
{
  AdwWindow                 parent_instance;

  StewardDatabase          *db;
  StewardHandover          *original;
  StewardHandover          *handover;
  StewardCalendar           calendar;

  AdwWindowTitle           *window_title;
  GtkWidget                *general_error;
  GtkWidget                *delete_button;
  GtkLabel                 *state_label;
  StewardDateRow           *handed_on_row;
  GtkWidget                *handed_on_error_row;
  GtkLabel                 *handed_on_error;
  AdwComboRow              *reason_row;
  AdwEntryRow              *from_party_row;
  GtkWidget                *from_party_error_row;
  GtkLabel                 *from_party_error;
  AdwEntryRow              *to_party_row;
  GtkWidget                *to_party_error_row;
  GtkLabel                 *to_party_error;
  StewardHandoverItemList  *item_list;
  GtkLabel                 *items_error;
  AdwEntryRow              *authorised_by_row;
  GtkWidget                *authorised_by_error_row;
  GtkLabel                 *authorised_by_error;
  StewardDateRow           *authorised_on_row;
  GtkWidget                *authorised_on_error_row;
  GtkLabel                 *authorised_on_error;
  AdwEntryRow              *accepted_by_row;
  GtkWidget                *accepted_by_error_row;
  GtkLabel                 *accepted_by_error;
  StewardDateRow           *accepted_on_row;
  GtkWidget                *accepted_on_error_row;
  GtkLabel                 *accepted_on_error;
  GtkTextView              *notes_view;

  StewardFormField          fields[7];
};

G_DEFINE_FINAL_TYPE (StewardHandoverEditor, steward_handover_editor, ADW_TYPE_WINDOW)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The state */

/* What the form holds now: open until both signatures are there. */
static void
update_state (StewardHandoverEditor *self)
{
  g_autofree char *authorised_by = steward_register_dup_text (GTK_WIDGET (self->authorised_by_row));
  g_autofree char *accepted_by = steward_register_dup_text (GTK_WIDGET (self->accepted_by_row));
  gboolean authorised = authorised_by != NULL && steward_date_row_get_date (self->authorised_on_row) != NULL;
  gboolean accepted = accepted_by != NULL && steward_date_row_get_date (self->accepted_on_row) != NULL;
  const char *text;

  if (authorised && accepted)
    text = _("Complete: authorised by the supervisor and accepted by the receiver.");
  else if (authorised)
    text = _("Open: the receiver has not accepted responsibility yet.");
  else if (accepted)
    text = _("Open: the supervisor has not authorised the hand-over yet.");
  else
    text = _("Open: not yet authorised by the supervisor or accepted by the receiver.");

  gtk_label_set_label (self->state_label, text);
  if (authorised && accepted)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "success");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "warning");
    }
}

/* The items */

/**
 * steward_handover_editor_add_item:
 *
 * Adds the rows of a new item at the end of the list, and focuses its name.
 *
 * Returns: (transfer none): the box of the item's rows
 */
GtkWidget *
steward_handover_editor_add_item (StewardHandoverEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER_EDITOR (self), NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->items_error), FALSE);

  return steward_handover_item_list_add_item (self->item_list);
}

guint
steward_handover_editor_get_n_items (StewardHandoverEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER_EDITOR (self), 0);

  return steward_handover_item_list_get_n_items (self->item_list);
}

static gboolean
append_stored_item_cb (StewardRecord *record,
                       gpointer       user_data)
{
  steward_handover_item_list_append (user_data, STEWARD_HANDOVER_ITEM (record));

  return TRUE;
}

static void
load_items (StewardHandoverEditor *self)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GError) error = NULL;

  steward_query_where_int64 (query, "handover_id", STEWARD_QUERY_EQUAL,
                             steward_record_get_id (STEWARD_RECORD (self->handover)));
  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (self->db, STEWARD_TYPE_HANDOVER_ITEM, query, append_stored_item_cb,
                                 self->item_list, &error))
    steward_form_show_message (self->general_error, error->message);
}

/* The hand-over */

static void
write_form (StewardHandoverEditor *self)
{
  StewardHandover *h = self->handover;

  steward_date_row_set_date (self->handed_on_row, steward_handover_get_handed_on (h));
  adw_combo_row_set_selected (self->reason_row, steward_handover_get_reason (h));
  steward_register_set_text (GTK_WIDGET (self->from_party_row), steward_handover_get_from_party (h));
  steward_register_set_text (GTK_WIDGET (self->to_party_row), steward_handover_get_to_party (h));
  steward_register_set_text (GTK_WIDGET (self->authorised_by_row), steward_handover_get_authorised_by (h));
  steward_date_row_set_date (self->authorised_on_row, steward_handover_get_authorised_on (h));
  steward_register_set_text (GTK_WIDGET (self->accepted_by_row), steward_handover_get_accepted_by (h));
  steward_date_row_set_date (self->accepted_on_row, steward_handover_get_accepted_on (h));
  steward_register_set_text (GTK_WIDGET (self->notes_view), steward_handover_get_notes (h));
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
  update_state (self);
}

/* Copies the form into the hand-over; the items are read when saved. */
static void
read_form (StewardHandoverEditor *self)
{
  g_autofree char *from = steward_register_dup_text (GTK_WIDGET (self->from_party_row));
  g_autofree char *to = steward_register_dup_text (GTK_WIDGET (self->to_party_row));
  g_autofree char *authorised_by = steward_register_dup_text (GTK_WIDGET (self->authorised_by_row));
  g_autofree char *accepted_by = steward_register_dup_text (GTK_WIDGET (self->accepted_by_row));
  g_autofree char *notes = steward_register_dup_text (GTK_WIDGET (self->notes_view));
  guint reason = adw_combo_row_get_selected (self->reason_row);

  g_object_set (self->handover,
                "handed-on", steward_date_row_get_date (self->handed_on_row),
                "reason", reason == GTK_INVALID_LIST_POSITION ? STEWARD_HANDOVER_NEW : (StewardHandoverReason) reason,
                "from-party", from,
                "to-party", to,
                "authorised-by", authorised_by,
                "authorised-on", steward_date_row_get_date (self->authorised_on_row),
                "accepted-by", accepted_by,
                "accepted-on", steward_date_row_get_date (self->accepted_on_row),
                "notes", notes,
                NULL);
}

/* What only the form can tell: dates typed that are none, no item. */
static gboolean
check_form (StewardHandoverEditor *self,
            GPtrArray             *problems)
{
  steward_register_check_date (self->handed_on_row, "handed-on", problems);
  steward_register_check_date (self->authorised_on_row, "authorised-on", problems);
  steward_register_check_date (self->accepted_on_row, "accepted-on", problems);

  if (steward_handover_item_list_get_n_items (self->item_list) > 0)
    return TRUE;

  gtk_label_set_label (self->items_error, _("List at least one item of equipment."));
  gtk_widget_set_visible (GTK_WIDGET (self->items_error), TRUE);

  return FALSE;
}

typedef struct
{
  StewardHandover *handover;  /* copies: the form's records change only once all is stored */
  GPtrArray       *items;
  GPtrArray       *removed;
  gboolean         item_failed;
} SaveData;

static gboolean
save_all (StewardDatabase  *db,
          gpointer          user_data,
          GError          **error)
{
  SaveData *data = user_data;
  gint64 id;

  if (!steward_record_save (STEWARD_RECORD (data->handover), db, error))
    return FALSE;

  id = steward_record_get_id (STEWARD_RECORD (data->handover));
  for (guint i = 0; i < data->removed->len; i++)
    if (!steward_record_delete (g_ptr_array_index (data->removed, i), db, error))
      return FALSE;

  for (guint i = 0; i < data->items->len; i++)
    {
      StewardRecord *item = g_ptr_array_index (data->items, i);

      g_object_set (item, "handover-id", id, NULL);
      if (!steward_record_save (item, db, error))
        {
          data->item_failed = TRUE;
          return FALSE;
        }
    }

  return TRUE;
}

/* Saves the hand-over and its items without closing; a refusal is said
 * beside the field, or beside the item, at fault. */
static gboolean
store_handover (StewardHandoverEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(StewardHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  SaveData data = { 0, };
  GtkWidget *first_bad;
  gboolean has_items;

  gtk_widget_set_visible (self->general_error, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->items_error), FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
  steward_handover_item_list_clear_problems (self->item_list);

  read_form (self);
  problems = steward_record_validate (STEWARD_RECORD (self->handover));
  has_items = check_form (self, problems);
  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad != NULL || !has_items)
    {
      gtk_widget_grab_focus (first_bad != NULL ? first_bad : GTK_WIDGET (self->items_error));
      return FALSE;
    }

  /* The items are checked by their save, inside the transaction: one
   * refused rolls back the hand-over and the items before it. */
  handover = STEWARD_HANDOVER (steward_record_copy (STEWARD_RECORD (self->handover)));
  items = steward_handover_item_list_dup_items (self->item_list);
  data.handover = handover;
  data.items = items;
  data.removed = steward_handover_item_list_get_removed (self->item_list);

  if (!steward_database_transaction (self->db, save_all, &data, &error))
    {
      first_bad = data.item_failed ? steward_handover_item_list_show_problems (self->item_list) : NULL;
      if (first_bad != NULL)
        gtk_widget_grab_focus (first_bad);
      else
        steward_form_show_message (self->general_error, error->message);
      return FALSE;
    }

  steward_record_assign (STEWARD_RECORD (self->handover), STEWARD_RECORD (handover));
  steward_handover_item_list_set_saved (self->item_list, items);

  return TRUE;
}

/**
 * steward_handover_editor_save:
 *
 * Saves the hand-over with its items, in one transaction. No date, no
 * party, no item, an item without a name, a signature date without a
 * name: refused, said beside the field, nothing typed lost and nothing
 * stored.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_handover_editor_save (StewardHandoverEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER_EDITOR (self), FALSE);

  if (!store_handover (self))
    return FALSE;

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

/**
 * steward_handover_editor_get_handover:
 *
 * Returns: (transfer none): the hand-over as last read from the form; once
 *   saved it has its id
 */
StewardHandover *
steward_handover_editor_get_handover (StewardHandoverEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER_EDITOR (self), NULL);

  return self->handover;
}

/* The printed form */

/**
 * steward_handover_editor_write_form:
 * @path: where to write the PDF
 *
 * Saves what the form holds, as Save does but without closing, then
 * writes the hand-over form (procedure 3.10) to print and sign.
 *
 * Returns: whether the form was written; when the save is refused, the
 *   reason is beside the field and @error is not set
 */
gboolean
steward_handover_editor_write_form (StewardHandoverEditor  *self,
                                    const char             *path,
                                    GError                **error)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER_EDITOR (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!store_handover (self))
    return FALSE;

  return steward_handover_form_export (self->db, steward_record_get_id (STEWARD_RECORD (self->handover)),
                                       path, self->calendar, error);
}

static gboolean
write_form_pdf (GtkWidget   *widget,
                const char  *path,
                GError     **error)
{
  StewardHandoverEditor *self = STEWARD_HANDOVER_EDITOR (widget);

  /* Saved when the user chose to print; written as saved then. */
  return steward_handover_form_export (self->db, steward_record_get_id (STEWARD_RECORD (self->handover)),
                                       path, self->calendar, error);
}

/* Saves what the form holds, then asks where to write the form to sign. */
static void
print_form_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  StewardHandoverEditor *self = STEWARD_HANDOVER_EDITOR (widget);
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  if (!store_handover (self))
    return;

  date = steward_date_format (steward_handover_get_handed_on (self->handover), STEWARD_CALENDAR_GREGORIAN);
  /* TRANSLATORS: the file name of a printed hand-over form; the first %s
   * is who receives the equipment, the second the date */
  name = g_strdup_printf (_("Equipment hand-over %s %s.pdf"), steward_handover_get_to_party (self->handover), date);
  steward_register_ask_export (widget, _("Print the Hand-over Form"), name, write_form_pdf);
}

/* Editing */

static void
on_entry_changed_cb (GtkEditable           *editable,
                     StewardHandoverEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
  /* "Enter who …" is answered by the name or by clearing the date. */
  if (editable == GTK_EDITABLE (self->authorised_on_row))
    steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->authorised_by_row));
  if (editable == GTK_EDITABLE (self->accepted_on_row))
    steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (self->accepted_by_row));
  update_state (self);
}

static void
on_entry_activated_cb (AdwEntryRow           *row,
                       StewardHandoverEditor *self)
{
  steward_handover_editor_save (self);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  steward_handover_editor_add_item (STEWARD_HANDOVER_EDITOR (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_handover_editor_save (STEWARD_HANDOVER_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardHandoverEditor *self = STEWARD_HANDOVER_EDITOR (widget);

  if (self->original == NULL)
    return;

  g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->original);
  gtk_window_close (GTK_WINDOW (self));
}

static void
steward_handover_editor_dispose (GObject *object)
{
  StewardHandoverEditor *self = (StewardHandoverEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_HANDOVER_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (steward_handover_editor_parent_class)->dispose (object);
}

static void
steward_handover_editor_finalize (GObject *object)
{
  StewardHandoverEditor *self = (StewardHandoverEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->handover);

  G_OBJECT_CLASS (steward_handover_editor_parent_class)->finalize (object);
}

static void
steward_handover_editor_class_init (StewardHandoverEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_handover_editor_dispose;
  object_class->finalize = steward_handover_editor_finalize;

  /**
   * StewardHandoverEditor::delete-requested:
   * @handover: the hand-over as stored
   *
   * The user asked to delete the hand-over; the page that opened the
   * editor deletes it, with its items, and offers to undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, STEWARD_TYPE_HANDOVER);

  g_type_ensure (STEWARD_TYPE_DATE_ROW);
  g_type_ensure (STEWARD_TYPE_HANDOVER_ITEM_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-handover-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardHandoverEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (delete_button);
  CHILD (state_label);
  CHILD (handed_on_row);
  CHILD (handed_on_error_row);
  CHILD (handed_on_error);
  CHILD (reason_row);
  CHILD (from_party_row);
  CHILD (from_party_error_row);
  CHILD (from_party_error);
  CHILD (to_party_row);
  CHILD (to_party_error_row);
  CHILD (to_party_error);
  CHILD (item_list);
  CHILD (items_error);
  CHILD (authorised_by_row);
  CHILD (authorised_by_error_row);
  CHILD (authorised_by_error);
  CHILD (authorised_on_row);
  CHILD (authorised_on_error_row);
  CHILD (authorised_on_error);
  CHILD (accepted_by_row);
  CHILD (accepted_by_error_row);
  CHILD (accepted_by_error);
  CHILD (accepted_on_row);
  CHILD (accepted_on_error_row);
  CHILD (accepted_on_error);
  CHILD (notes_view);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "editor.print-form", NULL, print_form_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_handover_editor_init (StewardHandoverEditor *self)
{
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) reason_class = g_type_class_ref (STEWARD_TYPE_HANDOVER_REASON);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The combo's positions are the enum's values. */
  for (guint i = 0; i < reason_class->n_values; i++)
    gtk_string_list_append (reasons, steward_handover_reason_to_string (reason_class->values[i].value));
  adw_combo_row_set_model (self->reason_row, G_LIST_MODEL (reasons));

  self->calendar = steward_register_get_calendar ();
  steward_date_row_set_calendar (self->handed_on_row, self->calendar);
  steward_date_row_set_calendar (self->authorised_on_row, self->calendar);
  steward_date_row_set_calendar (self->accepted_on_row, self->calendar);

  self->fields[0] = (StewardFormField) { "handed-on", GTK_WIDGET (self->handed_on_row), self->handed_on_error_row, self->handed_on_error };
  self->fields[1] = (StewardFormField) { "from-party", GTK_WIDGET (self->from_party_row), self->from_party_error_row, self->from_party_error };
  self->fields[2] = (StewardFormField) { "to-party", GTK_WIDGET (self->to_party_row), self->to_party_error_row, self->to_party_error };
  self->fields[3] = (StewardFormField) { "authorised-by", GTK_WIDGET (self->authorised_by_row), self->authorised_by_error_row, self->authorised_by_error };
  self->fields[4] = (StewardFormField) { "authorised-on", GTK_WIDGET (self->authorised_on_row), self->authorised_on_error_row, self->authorised_on_error };
  self->fields[5] = (StewardFormField) { "accepted-by", GTK_WIDGET (self->accepted_by_row), self->accepted_by_error_row, self->accepted_by_error };
  self->fields[6] = (StewardFormField) { "accepted-on", GTK_WIDGET (self->accepted_on_row), self->accepted_on_error_row, self->accepted_on_error };
}

/**
 * steward_handover_editor_new:
 * @handover: (nullable): the hand-over to edit, or %NULL for a new one
 *
 * A new hand-over starts today, with one empty item.
 */
StewardHandoverEditor *
steward_handover_editor_new (StewardDatabase *db,
                             StewardHandover *handover)
{
  StewardHandoverEditor *self;
  g_autoptr(GDate) today = steward_date_new_today ();
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (handover == NULL || STEWARD_IS_HANDOVER (handover), NULL);

  self = g_object_new (STEWARD_TYPE_HANDOVER_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = handover != NULL ? g_object_ref (handover) : NULL;
  self->handover = handover != NULL ? STEWARD_HANDOVER (steward_record_copy (STEWARD_RECORD (handover)))
                                    : g_object_new (STEWARD_TYPE_HANDOVER,
                                                    "handed-on", today,
                                                    "reason", STEWARD_HANDOVER_NEW,
                                                    NULL);
  write_form (self);
  if (handover != NULL)
    load_items (self);
  else
    {
      g_autoptr(StewardHandoverItem) item = g_object_new (STEWARD_TYPE_HANDOVER_ITEM, NULL);

      steward_handover_item_list_append (self->item_list, item);
    }

  title = handover != NULL ? _("Edit Hand-over") : _("New Hand-over");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Equipment Hand-over"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, handover != NULL);

  return self;
}
