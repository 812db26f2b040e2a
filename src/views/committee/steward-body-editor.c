/* steward-body-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-body-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-duty.h"
#include "model/steward-record-list.h"
#include "steward-body-editor.h"
#include "widgets/steward-form.h"

/* The form of a body: its name, kind, the body it reports to, who appoints
 * it, and its duties in order (5.3.2 to 5.3.6). The body and its duties are
 * saved in one transaction: all of it or nothing. */
struct _StewardBodyEditor
{
  AdwWindow          parent_instance;

  StewardDatabase   *db;
  StewardBody       *body;
  StewardRecordList *bodies;
  GArray            *parent_ids;   /* gint64, the parent_row's choices; 0 is none */
  GPtrArray         *duties;       /* StewardDuty, in their order */
  GPtrArray         *removed;      /* StewardDuty that were saved and are deleted */
  GPtrArray         *duty_rows;    /* AdwEntryRow, one per duty */

  AdwWindowTitle    *window_title;
  GtkWidget         *general_error;
  AdwEntryRow       *name_row;
  AdwComboRow       *kind_row;
  AdwComboRow       *parent_row;
  AdwEntryRow       *appointed_by_row;
  AdwEntryRow       *description_row;
  AdwPreferencesGroup *duties_group;
  GtkWidget         *retire_button;
  GtkWidget         *name_error_row;
  GtkLabel          *name_error;
  GtkWidget         *parent_error_row;
  GtkLabel          *parent_error;

  StewardFormField   fields[2];
};

G_DEFINE_FINAL_TYPE (StewardBodyEditor, steward_body_editor, ADW_TYPE_WINDOW)

static char *
dup_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* Whether @id is @ancestor or lies under it: a body cannot report to one of
 * its own sub-bodies. */
static gboolean
is_within (GListModel *bodies,
           gint64      id,
           gint64      ancestor)
{
  for (guint guard = 0; id != 0 && guard <= g_list_model_get_n_items (bodies); guard++)
    {
      StewardBody *body;

      if (id == ancestor)
        return TRUE;

      body = steward_record_list_find (STEWARD_RECORD_LIST (bodies), id, NULL);
      id = body != NULL ? steward_body_get_parent_id (body) : 0;
    }

  return FALSE;
}

static void
fill_parent_choices (StewardBodyEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 own_id = steward_record_get_id (STEWARD_RECORD (self->body));
  guint selected = 0;

  g_array_set_size (self->parent_ids, 0);
  gtk_string_list_append (names, _("None: reports to nobody"));
  g_array_append_val (self->parent_ids, (gint64){ 0 });

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->bodies)); i++)
    {
      g_autoptr(StewardBody) body = g_list_model_get_item (G_LIST_MODEL (self->bodies), i);
      gint64 id = steward_record_get_id (STEWARD_RECORD (body));

      if (steward_body_get_retired_on (body) != NULL ||
          (own_id != 0 && is_within (G_LIST_MODEL (self->bodies), id, own_id)))
        continue;

      if (id == steward_body_get_parent_id (self->body))
        selected = self->parent_ids->len;
      gtk_string_list_append (names, steward_body_get_name (body));
      g_array_append_val (self->parent_ids, id);
    }

  adw_combo_row_set_model (self->parent_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->parent_row, selected);
}

static void
on_duty_changed_cb (GtkEditable       *row,
                    StewardBodyEditor *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void rebuild_duty_rows (StewardBodyEditor *self);

/* The text typed in the rows goes back to the duties before they move. */
static void
read_duty_rows (StewardBodyEditor *self)
{
  for (guint i = 0; i < self->duty_rows->len && i < self->duties->len; i++)
    {
      g_autofree char *text = dup_text (g_ptr_array_index (self->duty_rows, i));

      g_object_set (g_ptr_array_index (self->duties, i), "text", text, NULL);
    }
}

/**
 * steward_body_editor_move_duty:
 *
 * Moves a duty to another place in the order; what was typed stays.
 */
void
steward_body_editor_move_duty (StewardBodyEditor *self,
                               guint              from,
                               guint              to)
{
  StewardDuty *duty;

  g_return_if_fail (STEWARD_IS_BODY_EDITOR (self));

  if (from >= self->duties->len || to >= self->duties->len || from == to)
    return;

  read_duty_rows (self);
  duty = g_ptr_array_steal_index (self->duties, from);
  g_ptr_array_insert (self->duties, to, duty);
  rebuild_duty_rows (self);
}

static void
on_move_clicked_cb (GtkButton         *button,
                    StewardBodyEditor *self)
{
  guint from = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step"));

  if ((int) from + step >= 0)
    steward_body_editor_move_duty (self, from, from + step);
}

static void
on_remove_clicked_cb (GtkButton         *button,
                      StewardBodyEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  StewardDuty *duty;

  read_duty_rows (self);
  duty = g_ptr_array_steal_index (self->duties, index);
  if (steward_record_get_id (STEWARD_RECORD (duty)) > 0)
    g_ptr_array_add (self->removed, duty);
  else
    g_object_unref (duty);
  rebuild_duty_rows (self);
}

static GtkWidget *
make_button (StewardBodyEditor *self,
             const char        *icon,
             const char        *tooltip,
             guint              index,
             int                step,
             GCallback          callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "step", GINT_TO_POINTER (step));
  g_signal_connect_object (button, "clicked", callback, self, 0);

  return button;
}

static void
rebuild_duty_rows (StewardBodyEditor *self)
{
  for (guint i = 0; i < self->duty_rows->len; i++)
    adw_preferences_group_remove (self->duties_group, g_ptr_array_index (self->duty_rows, i));
  g_ptr_array_set_size (self->duty_rows, 0);

  for (guint i = 0; i < self->duties->len; i++)
    {
      StewardDuty *duty = g_ptr_array_index (self->duties, i);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *up = make_button (self, "go-up-symbolic", _("Move Up"), i, -1, G_CALLBACK (on_move_clicked_cb));
      GtkWidget *down = make_button (self, "go-down-symbolic", _("Move Down"), i, 1, G_CALLBACK (on_move_clicked_cb));
      g_autofree char *title = NULL;

      if (steward_duty_get_clause (duty) != NULL)
        /* TRANSLATORS: the place of a duty in the order, and its clause in the procedure */
        title = g_strdup_printf (_("Duty %u (%s)"), i + 1, steward_duty_get_clause (duty));
      else
        /* TRANSLATORS: the place of a duty in the order */
        title = g_strdup_printf (_("Duty %u"), i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_editable_set_text (GTK_EDITABLE (row), steward_duty_get_text (duty) ?: "");
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < self->duties->len);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                                make_button (self, "user-trash-symbolic", _("Remove the Duty"), i, 0,
                                             G_CALLBACK (on_remove_clicked_cb)));
      g_signal_connect_object (row, "changed", G_CALLBACK (on_duty_changed_cb), self, 0);
      adw_preferences_group_add (self->duties_group, row);
      g_ptr_array_add (self->duty_rows, row);
    }
}

/**
 * steward_body_editor_add_duty:
 * @text: (nullable): the duty, or %NULL for an empty row to type in
 */
void
steward_body_editor_add_duty (StewardBodyEditor *self,
                              const char        *text)
{
  g_return_if_fail (STEWARD_IS_BODY_EDITOR (self));

  read_duty_rows (self);
  g_ptr_array_add (self->duties, steward_duty_new (steward_record_get_id (STEWARD_RECORD (self->body)),
                                                   self->duties->len, NULL, text));
  rebuild_duty_rows (self);
  gtk_widget_grab_focus (g_ptr_array_index (self->duty_rows, self->duty_rows->len - 1));
}

guint
steward_body_editor_get_n_duties (StewardBodyEditor *self)
{
  return self->duties->len;
}

static void
read_form (StewardBodyEditor *self)
{
  g_autofree char *name = dup_text (self->name_row);
  g_autofree char *appointed_by = dup_text (self->appointed_by_row);
  g_autofree char *description = dup_text (self->description_row);
  guint parent = adw_combo_row_get_selected (self->parent_row);

  g_object_set (self->body,
                "name", name,
                "kind", (StewardBodyKind) adw_combo_row_get_selected (self->kind_row),
                "parent-id", parent < self->parent_ids->len ? g_array_index (self->parent_ids, gint64, parent) : 0,
                "appointed-by", appointed_by,
                "description", description,
                NULL);
  read_duty_rows (self);
}

static gboolean
save_in_transaction (StewardDatabase  *db,
                     gpointer          user_data,
                     GError          **error)
{
  StewardBodyEditor *self = user_data;
  gint64 body_id;

  if (!steward_record_save (STEWARD_RECORD (self->body), db, error))
    return FALSE;
  body_id = steward_record_get_id (STEWARD_RECORD (self->body));

  for (guint i = 0; i < self->removed->len; i++)
    if (!steward_record_delete (g_ptr_array_index (self->removed, i), db, error))
      return FALSE;

  for (guint i = 0; i < self->duties->len; i++)
    {
      StewardDuty *duty = g_ptr_array_index (self->duties, i);

      g_object_set (duty, "body-id", body_id, "position", (int) i, NULL);
      if (!steward_record_save (STEWARD_RECORD (duty), db, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * steward_body_editor_save:
 *
 * Saves the body and its duties in one transaction. An empty name, a duty
 * left empty, a body that would report to itself: refused, said beside the
 * field, nothing typed lost.
 *
 * Returns: whether it was saved (the window then closes)
 */
gboolean
steward_body_editor_save (StewardBodyEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) new_rows = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean empty_duty = FALSE;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_BODY_EDITOR (self), FALSE);

  read_form (self);
  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  problems = steward_record_validate (STEWARD_RECORD (self->body));
  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);

  for (guint i = 0; i < self->duties->len; i++)
    if (steward_duty_get_text (g_ptr_array_index (self->duties, i)) == NULL)
      {
        GtkWidget *row = g_ptr_array_index (self->duty_rows, i);

        gtk_widget_add_css_class (row, "error");
        if (first_bad == NULL)
          first_bad = row;
        empty_duty = TRUE;
      }

  if (empty_duty)
    {
      steward_form_show_message (self->general_error, _("Describe each duty, or remove the empty ones."));
    }

  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return FALSE;
    }

  new_rows = g_ptr_array_new ();
  if (steward_record_get_id (STEWARD_RECORD (self->body)) == 0)
    g_ptr_array_add (new_rows, self->body);
  for (guint i = 0; i < self->duties->len; i++)
    if (steward_record_get_id (g_ptr_array_index (self->duties, i)) == 0)
      g_ptr_array_add (new_rows, g_ptr_array_index (self->duties, i));

  saved = steward_database_transaction (self->db, save_in_transaction, self, &error);

  /* Rolled back: the new rows were never stored, so the next try inserts
   * them again instead of updating rows that do not exist. */
  if (!saved)
    for (guint i = 0; i < new_rows->len; i++)
      g_object_set (g_ptr_array_index (new_rows, i), "id", (gint64) 0, NULL);

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}

/**
 * steward_body_editor_retire:
 *
 * Retires the body today: it leaves the chart and the roster, and stays in
 * the history with its roles.
 */
gboolean
steward_body_editor_retire (StewardBodyEditor  *self,
                            GError            **error)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(StewardBody) stored = STEWARD_BODY (steward_record_copy (STEWARD_RECORD (self->body)));

  /* Only the retirement: what else was typed waits for Save. */
  g_object_set (stored, "retired-on", today, NULL);
  if (!steward_record_save (STEWARD_RECORD (stored), self->db, error))
    return FALSE;

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
on_retire_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       StewardBodyEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "retire") == 0 && !steward_body_editor_retire (self, &error))
    {
      steward_form_show_message (self->general_error, error->message);
    }
}

static void
retire_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardBodyEditor *self = STEWARD_BODY_EDITOR (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Retire the Body?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” leaves the chart and the roster from today. Its duties, roles and history are kept."),
                                  steward_body_get_name (self->body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "retire", _("_Retire"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "retire", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_retire_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_duty_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  steward_body_editor_add_duty (STEWARD_BODY_EDITOR (widget), NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_body_editor_save (STEWARD_BODY_EDITOR (widget));
}

static void
on_entry_changed_cb (GtkEditable       *row,
                     StewardBodyEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
}

static void
on_selected_changed_cb (AdwComboRow       *row,
                        GParamSpec        *pspec,
                        StewardBodyEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (row));
}

static void
steward_body_editor_dispose (GObject *object)
{
  StewardBodyEditor *self = (StewardBodyEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_BODY_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->body);
  g_clear_object (&self->bodies);
  g_clear_pointer (&self->parent_ids, g_array_unref);
  g_clear_pointer (&self->duties, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  g_clear_pointer (&self->duty_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_body_editor_parent_class)->dispose (object);
}

static void
steward_body_editor_class_init (StewardBodyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_body_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-body-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardBodyEditor, name)
  CHILD (window_title);
  CHILD (general_error);
  CHILD (name_row);
  CHILD (kind_row);
  CHILD (parent_row);
  CHILD (appointed_by_row);
  CHILD (description_row);
  CHILD (duties_group);
  CHILD (retire_button);
  CHILD (name_error_row);
  CHILD (name_error);
  CHILD (parent_error_row);
  CHILD (parent_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-duty", NULL, add_duty_action);
  gtk_widget_class_install_action (widget_class, "editor.retire", NULL, retire_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_body_editor_init (StewardBodyEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (StewardBodyKind kind = STEWARD_BODY_COMMITTEE; kind <= STEWARD_BODY_OTHER; kind++)
    gtk_string_list_append (kinds, steward_body_kind_to_string (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  self->parent_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->duties = g_ptr_array_new_with_free_func (g_object_unref);
  self->removed = g_ptr_array_new_with_free_func (g_object_unref);
  self->duty_rows = g_ptr_array_new ();

  self->fields[0] = (StewardFormField) { "name", GTK_WIDGET (self->name_row), self->name_error_row, self->name_error };
  self->fields[1] = (StewardFormField) { "parent-id", GTK_WIDGET (self->parent_row), self->parent_error_row, self->parent_error };
}

/**
 * steward_body_editor_new:
 * @body: (nullable): the body to edit, or %NULL for a new sub-team
 */
StewardBodyEditor *
steward_body_editor_new (StewardDatabase *db,
                         StewardBody     *body)
{
  StewardBodyEditor *self = g_object_new (STEWARD_TYPE_BODY_EDITOR, NULL);
  g_autoptr(StewardQuery) by_position = steward_query_new ();
  const char *title;

  self->db = g_object_ref (db);
  steward_query_order_by (by_position, "position", FALSE);
  self->bodies = steward_record_list_new (db, STEWARD_TYPE_BODY, by_position);

  if (body != NULL)
    {
      g_autoptr(StewardQuery) duties = steward_query_new ();
      g_autoptr(StewardRecordList) stored = NULL;

      self->body = STEWARD_BODY (steward_record_copy (STEWARD_RECORD (body)));
      steward_query_where_int64 (duties, "body_id", STEWARD_QUERY_EQUAL, steward_record_get_id (STEWARD_RECORD (body)));
      steward_query_order_by (duties, "position", FALSE);
      stored = steward_record_list_new (db, STEWARD_TYPE_DUTY, duties);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (stored)); i++)
        {
          g_autoptr(StewardDuty) duty = g_list_model_get_item (G_LIST_MODEL (stored), i);

          g_ptr_array_add (self->duties, steward_record_copy (STEWARD_RECORD (duty)));
        }
    }
  else
    {
      gint64 top = 0;

      /* A new sub-team reports to the top of the organization, as a rule. */
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->bodies)) && top == 0; i++)
        {
          g_autoptr(StewardBody) candidate = g_list_model_get_item (G_LIST_MODEL (self->bodies), i);

          if (steward_body_get_parent_id (candidate) == 0 && steward_body_get_retired_on (candidate) == NULL)
            top = steward_record_get_id (STEWARD_RECORD (candidate));
        }

      self->body = steward_body_new (STEWARD_BODY_OTHER, NULL);
      g_object_set (self->body,
                    "position", (int) g_list_model_get_n_items (G_LIST_MODEL (self->bodies)) + 10,
                    "parent-id", top,
                    NULL);
    }

  title = body != NULL ? _("Edit Body") : _("New Body");
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), steward_body_get_name (self->body) ?: "");
  adw_combo_row_set_selected (self->kind_row, steward_body_get_kind (self->body));
  gtk_editable_set_text (GTK_EDITABLE (self->appointed_by_row), steward_body_get_appointed_by (self->body) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), steward_body_get_description (self->body) ?: "");
  fill_parent_choices (self);
  rebuild_duty_rows (self);
  gtk_widget_set_visible (self->retire_button, body != NULL && steward_body_get_retired_on (body) == NULL);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));

  return self;
}
