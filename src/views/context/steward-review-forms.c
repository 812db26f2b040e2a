/* steward-review-forms.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-forms"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-context.h"
#include "logic/steward-date.h"
#include "widgets/steward-register-util.h"
#include "steward-review-forms.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"

/* The small forms of the Yearly Review page: too small for a class of
 * their own, built here rather than from a template. Like every form, a
 * refused save says why beside the field and keeps the typing. */

typedef struct
{
  StewardDatabase *db;
  StewardRegister  reg;
  GtkWindow       *window;
  GtkWidget       *general_error;
  StewardDateRow  *date_row;
  AdwEntryRow     *reviewer_row;
  GtkSwitch       *no_change_switch;
  GtkWidget       *changes_group;
  GtkTextView     *text_view;
  AdwEntryRow     *note_row;
  AdwComboRow     *kind_row;
  StewardFormField fields[3];
  guint            n_fields;
} SmallForm;

static void
small_form_free (gpointer data)
{
  SmallForm *form = data;

  g_clear_object (&form->db);
  g_free (form);
}

static void
on_form_edited_cb (GtkWidget *widget,
                   SmallForm *form)
{
  steward_form_clear_edited (form->fields, form->n_fields, widget);
}

static void
on_form_text_edited_cb (GtkTextBuffer *buffer,
                        SmallForm     *form)
{
  steward_form_clear_edited (form->fields, form->n_fields, GTK_WIDGET (form->text_view));
}

/* A field's message shows under it; @row is named for the tests. */
static void
add_field (SmallForm           *form,
           AdwPreferencesGroup *group,
           GtkWidget           *row,
           const char          *name,
           const char          *property)
{
  StewardFormField *field = &form->fields[form->n_fields++];
  GtkWidget *input = row;
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *error_row = label;
  g_autofree char *error_name = g_strconcat (name, "_error", NULL);

  gtk_widget_set_name (row, name);
  gtk_widget_set_name (label, error_name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");

  if (ADW_IS_PREFERENCES_ROW (row))
    {
      error_row = adw_preferences_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (error_row), FALSE);
      gtk_widget_set_focusable (error_row, FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (error_row), label);
      g_signal_connect (row, "changed", G_CALLBACK (on_form_edited_cb), form);
    }
  else
    {
      GtkWidget *frame = gtk_frame_new (NULL);

      gtk_frame_set_child (GTK_FRAME (frame), row);
      row = frame;
    }
  gtk_widget_set_visible (error_row, FALSE);
  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, error_row);

  *field = (StewardFormField) { property, input, error_row, GTK_LABEL (label) };
}

static GtkTextView *
new_text_view (const char *accessible_label)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);

  return GTK_TEXT_VIEW (view);
}

static void
on_save_activated_cb (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       save_func)
{
  GtkWindow *window = g_object_get_data (G_OBJECT (action), "window");

  ((void (*) (SmallForm *)) save_func) (g_object_get_data (G_OBJECT (window), "form"));
}

/* A modal window over the page's: Cancel and Save in the header, Escape
 * cancels, Ctrl+S and Save call @save. The groups go into the returned
 * box. */
static GtkBox *
new_small_form (GtkWindow        *parent,
                StewardDatabase  *db,
                SmallForm        *form,
                const char       *title,
                const char       *subtitle,
                void            (*save) (SmallForm *))
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save_button = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) save_action = g_simple_action_new ("save", NULL);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  form->window = GTK_WINDOW (window);
  form->db = g_object_ref (db);
  g_object_set_data_full (G_OBJECT (window), "form", form, small_form_free);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 600);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);

  g_object_set_data (G_OBJECT (save_action), "window", window);
  g_signal_connect (save_action, "activate", G_CALLBACK (on_save_activated_cb), save);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (save_action));
  gtk_widget_insert_action_group (window, "form", G_ACTION_GROUP (actions));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_s, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("form.save")));
  gtk_widget_add_controller (window, shortcuts);

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, subtitle));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save_button), "form.save");
  gtk_widget_add_css_class (save_button, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save_button);

  form->general_error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (form->general_error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (form->general_error), 0);
  gtk_widget_add_css_class (form->general_error, "error");
  gtk_widget_set_visible (form->general_error, FALSE);
  gtk_box_append (GTK_BOX (box), form->general_error);

  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 24);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (ADW_WINDOW (window), content);

  return GTK_BOX (box);
}

static AdwPreferencesGroup *
add_group (GtkBox     *box,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (box, group);

  return ADW_PREFERENCES_GROUP (group);
}

/* Shows what is wrong beside the fields, or closes once saved. */
static void
finish_small_form (SmallForm      *form,
                   StewardRecord  *record,
                   gboolean      (*save) (SmallForm *, GError **))
{
  g_autoptr(GPtrArray) problems = steward_record_validate (record);
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  gboolean saved;

  gtk_widget_set_visible (form->general_error, FALSE);
  steward_form_clear_problems (form->fields, form->n_fields);

  if (!steward_date_row_is_valid (form->date_row))
    steward_record_add_problem (problems, form->fields[0].property,
                                _("This is not a date: write it as 2026-11-24 or 115-11-24."));
  first_bad = steward_form_show_problems (form->fields, form->n_fields, problems);
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return;
    }

  saved = save (form, &error);
  steward_form_close_or_report (form->window, form->general_error, saved, error);
}

static gboolean
save_review (SmallForm  *form,
             GError    **error)
{
  g_autofree char *reviewer = steward_register_dup_text (GTK_WIDGET (form->reviewer_row));
  g_autofree char *changes = steward_register_dup_text (GTK_WIDGET (form->text_view));
  g_autofree char *note = steward_register_dup_text (GTK_WIDGET (form->note_row));
  gboolean no_change = gtk_switch_get_active (form->no_change_switch);

  return steward_context_mark_reviewed (form->db, form->reg, reviewer, steward_date_row_get_date (form->date_row),
                                        no_change, no_change ? NULL : changes, note, error);
}

static void
save_review_form (SmallForm *form)
{
  g_autofree char *reviewer = steward_register_dup_text (GTK_WIDGET (form->reviewer_row));
  g_autofree char *changes = steward_register_dup_text (GTK_WIDGET (form->text_view));
  g_autoptr(StewardRegisterReview) review = NULL;

  /* The record says what a review needs; the logic saves it. */
  review = g_object_new (STEWARD_TYPE_REGISTER_REVIEW,
                         "register", form->reg,
                         "reviewed-on", steward_date_row_get_date (form->date_row),
                         "reviewer", reviewer,
                         "no-change", gtk_switch_get_active (form->no_change_switch),
                         "changes", changes,
                         NULL);
  finish_small_form (form, STEWARD_RECORD (review), save_review);
}

static void
on_no_change_cb (GtkSwitch  *widget,
                 GParamSpec *pspec,
                 SmallForm  *form)
{
  gtk_widget_set_visible (form->changes_group, !gtk_switch_get_active (widget));
  steward_form_clear_problem (&form->fields[2]);
}

/**
 * steward_review_form_new_mark_reviewed:
 * @parent: the window the form is over
 * @reg: the register reviewed
 * @calendar: the calendar dates are written in
 *
 * Makes the form that records a review of @reg: today, by the user of
 * @db, with no change unless said otherwise.
 *
 * Returns: (transfer none): the form, shown
 */
GtkWindow *
steward_review_form_new_mark_reviewed (GtkWindow       *parent,
                                       StewardDatabase *db,
                                       StewardRegister  reg,
                                       StewardCalendar  calendar)
{
  SmallForm *form;
  GtkBox *box;
  AdwPreferencesGroup *group;
  GtkWidget *no_change_row;
  g_autoptr(GDate) today = steward_date_new_today ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (reg <= STEWARD_REGISTER_SCOPE, NULL);

  form = g_new0 (SmallForm, 1);
  form->reg = reg;
  box = new_small_form (parent, db, form, _("Mark Reviewed"), steward_register_to_string (reg), save_review_form);

  group = add_group (box, _("Review"), _("Each register is reviewed at least once a year (procedure 5.2)."));
  form->date_row = STEWARD_DATE_ROW (steward_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->date_row), _("Reviewed on"));
  steward_date_row_set_calendar (form->date_row, calendar);
  steward_date_row_set_date (form->date_row, today);
  add_field (form, group, GTK_WIDGET (form->date_row), "reviewed_on_row", "reviewed-on");
  form->reviewer_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->reviewer_row), _("Reviewer"));
  gtk_editable_set_text (GTK_EDITABLE (form->reviewer_row), steward_database_get_user_name (form->db) ?: "");
  add_field (form, group, GTK_WIDGET (form->reviewer_row), "reviewer_row", "reviewer");

  no_change_row = adw_action_row_new ();
  form->no_change_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_name (GTK_WIDGET (form->no_change_switch), "no_change_switch");
  gtk_switch_set_active (form->no_change_switch, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (form->no_change_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (no_change_row), _("No change"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (no_change_row), _("The register still holds as it is."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (no_change_row), GTK_WIDGET (form->no_change_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (no_change_row), GTK_WIDGET (form->no_change_switch));
  adw_preferences_group_add (group, no_change_row);

  group = add_group (box, _("What Changed"), NULL);
  form->changes_group = GTK_WIDGET (group);
  form->text_view = new_text_view (_("What changed"));
  add_field (form, group, GTK_WIDGET (form->text_view), "changes_view", "changes");
  gtk_widget_set_visible (form->changes_group, FALSE);
  g_signal_connect (form->no_change_switch, "notify::active", G_CALLBACK (on_no_change_cb), form);
  g_signal_connect (gtk_text_view_get_buffer (form->text_view), "changed", G_CALLBACK (on_form_text_edited_cb), form);

  group = add_group (box, _("Note"), NULL);
  form->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (form->note_row), "note_row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->note_row), _("Note"));
  adw_preferences_group_add (group, GTK_WIDGET (form->note_row));

  gtk_window_present (form->window);

  return form->window;
}

static gboolean
save_change (SmallForm  *form,
             GError    **error)
{
  g_autofree char *description = steward_register_dup_text (GTK_WIDGET (form->text_view));
  guint kind = adw_combo_row_get_selected (form->kind_row);
  g_autoptr(StewardOrgChange) change = NULL;

  change = g_object_new (STEWARD_TYPE_ORG_CHANGE,
                         "occurred-on", steward_date_row_get_date (form->date_row),
                         "kind", kind == STEWARD_CHANGE_NEW_BUSINESS ? kind : STEWARD_CHANGE_ORGANIZATIONAL_CHANGE,
                         "description", description,
                         NULL);

  return steward_context_record_change (form->db, change, error);
}

static void
save_change_form (SmallForm *form)
{
  g_autofree char *description = steward_register_dup_text (GTK_WIDGET (form->text_view));
  g_autoptr(StewardOrgChange) change = g_object_new (STEWARD_TYPE_ORG_CHANGE,
                                                     "occurred-on", steward_date_row_get_date (form->date_row),
                                                     "description", description,
                                                     NULL);

  finish_small_form (form, STEWARD_RECORD (change), save_change);
}

/**
 * steward_review_form_new_record_change:
 * @parent: the window the form is over
 * @calendar: the calendar dates are written in
 *
 * Makes the form that records a major organizational change or a new
 * business line: from its date, every register is due for review.
 *
 * Returns: (transfer none): the form, shown
 */
GtkWindow *
steward_review_form_new_record_change (GtkWindow       *parent,
                                       StewardDatabase *db,
                                       StewardCalendar  calendar)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GDate) today = steward_date_new_today ();
  AdwPreferencesGroup *group;
  SmallForm *form;
  GtkBox *box;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  form = g_new0 (SmallForm, 1);
  box = new_small_form (parent, db, form, _("Record a Change"), NULL, save_change_form);

  group = add_group (box, _("Change"),
                     _("After a major organizational change or a new business line, every register is reviewed again (procedure 5.2)."));
  form->date_row = STEWARD_DATE_ROW (steward_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->date_row), _("Date"));
  steward_date_row_set_calendar (form->date_row, calendar);
  steward_date_row_set_date (form->date_row, today);
  add_field (form, group, GTK_WIDGET (form->date_row), "occurred_on_row", "occurred-on");
  for (StewardChangeKind kind = STEWARD_CHANGE_ORGANIZATIONAL_CHANGE; kind <= STEWARD_CHANGE_NEW_BUSINESS; kind++)
    gtk_string_list_append (kinds, steward_change_kind_to_string (kind));
  form->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  gtk_widget_set_name (GTK_WIDGET (form->kind_row), "kind_row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->kind_row), _("Kind"));
  adw_combo_row_set_model (form->kind_row, G_LIST_MODEL (kinds));
  adw_preferences_group_add (group, GTK_WIDGET (form->kind_row));

  group = add_group (box, _("Description"), _("What changed in the organization or its business."));
  form->text_view = new_text_view (_("Description"));
  add_field (form, group, GTK_WIDGET (form->text_view), "description_view", "description");
  g_signal_connect (gtk_text_view_get_buffer (form->text_view), "changed", G_CALLBACK (on_form_text_edited_cb), form);

  gtk_window_present (form->window);

  return form->window;
}
