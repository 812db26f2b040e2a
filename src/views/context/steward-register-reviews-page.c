/* steward-register-reviews-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-register-reviews-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-record-list.h"
#include "steward-register-reviews-page.h"
#include "widgets/steward-register-util.h"
#include "steward-review-forms.h"

/* Context > Yearly Review (procedure 5.2): the issues, the interested
 * parties, the external contacts and the scope are reviewed at least once
 * a year, and again after a major organizational change or a new business
 * line. A row per register says when it was last reviewed and whether it
 * is due, and why; the changes that make every register due are recorded
 * here; and so are the versions of the scope statement (5.1.1). What is
 * due is the logic's (steward_context_register_statuses()), not the
 * page's. */
struct _StewardRegisterReviewsPage
{
  StewardPage          parent_instance;

  GPtrArray           *statuses;  /* StewardRegisterStatus, by StewardRegister */
  StewardRecordList   *changes;
  StewardRecordList   *versions;
  GSettings           *settings;
  gint64               version_in_effect;
  GtkWidget           *register_rows[STEWARD_REGISTER_SCOPE + 1];
  GtkWidget           *due_badges[STEWARD_REGISTER_SCOPE + 1];

  GtkLabel            *summary_label;
  AdwPreferencesGroup *registers_group;
  GtkListBox          *changes_list;
  GtkListBox          *versions_list;
};

G_DEFINE_FINAL_TYPE (StewardRegisterReviewsPage, steward_register_reviews_page, STEWARD_TYPE_PAGE)

static StewardCalendar
get_calendar (StewardRegisterReviewsPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static StewardDatabase *
get_database (StewardRegisterReviewsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

static char *
format_date (StewardRegisterReviewsPage *self,
             const GDate                *date)
{
  return date != NULL && g_date_valid (date) ? steward_date_format (date, get_calendar (self)) : g_strdup ("");
}

/* The registers */

static char *
describe_status (StewardRegisterReviewsPage *self,
                 StewardRegisterStatus      *status)
{
  StewardRegisterReview *review = steward_register_status_get_last_review (status);
  g_autofree char *on = NULL;
  g_autofree char *due_on = NULL;
  GString *text = g_string_new (NULL);

  if (review == NULL)
    return g_string_free (g_string_append (text, _("Never reviewed.")), FALSE);

  on = format_date (self, steward_register_review_get_reviewed_on (review));
  if (steward_register_review_get_no_change (review))
    /* TRANSLATORS: the last review of a register: a date, then who reviewed it */
    g_string_printf (text, _("Reviewed on %s by %s: no change."), on, steward_register_review_get_reviewer (review));
  else
    /* TRANSLATORS: the last review of a register: a date, who reviewed it,
     * then what changed */
    g_string_printf (text, _("Reviewed on %s by %s: %s"), on, steward_register_review_get_reviewer (review),
                     steward_register_review_get_changes (review));

  g_string_append_c (text, '\n');
  if (steward_register_status_get_due (status))
    g_string_append (text, steward_register_status_get_reason (status));
  else
    {
      due_on = format_date (self, steward_register_status_get_due_on (status));
      /* TRANSLATORS: %s is the date a register is next due for review */
      g_string_append_printf (text, _("Next review due by %s."), due_on);
    }

  return g_string_free (text, FALSE);
}

static void
update_registers (StewardRegisterReviewsPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GError) error = NULL;
  guint n_due;

  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  if (get_database (self) != NULL)
    {
      self->statuses = steward_context_register_statuses (get_database (self), today, get_calendar (self), &error);
      if (self->statuses == NULL)
        g_warning ("Could not tell which registers are due for review: %s", error->message);
    }

  for (StewardRegister reg = STEWARD_REGISTER_ISSUES; reg <= STEWARD_REGISTER_SCOPE; reg++)
    {
      StewardRegisterStatus *status = steward_register_reviews_page_get_status (self, reg);
      g_autofree char *subtitle = status != NULL ? describe_status (self, status) : NULL;
      gboolean due = status != NULL && steward_register_status_get_due (status);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->register_rows[reg]), subtitle ? subtitle : "");
      gtk_widget_set_visible (self->due_badges[reg], due);
      gtk_widget_set_tooltip_text (self->due_badges[reg], due ? steward_register_status_get_reason (status) : NULL);
    }

  if (self->statuses == NULL)
    {
      gtk_label_set_label (self->summary_label, "");
      return;
    }

  n_due = steward_context_count_registers_due (self->statuses);
  if (n_due == 0)
    gtk_label_set_label (self->summary_label, _("Every register was reviewed within the year."));
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u register is due for review.",
                                                            "%u registers are due for review.",
                                                            n_due),
                                               n_due);

      gtk_label_set_label (self->summary_label, text);
    }
}

/**
 * steward_register_reviews_page_get_status:
 *
 * Returns: (transfer none) (nullable): where @reg stands today, as the page
 *   shows it
 */
StewardRegisterStatus *
steward_register_reviews_page_get_status (StewardRegisterReviewsPage *self,
                                          StewardRegister             reg)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_REVIEWS_PAGE (self), NULL);
  g_return_val_if_fail (reg <= STEWARD_REGISTER_SCOPE, NULL);

  if (self->statuses == NULL || reg >= self->statuses->len)
    return NULL;

  return g_ptr_array_index (self->statuses, reg);
}

static void
add_register_rows (StewardRegisterReviewsPage *self)
{
  for (StewardRegister reg = STEWARD_REGISTER_ISSUES; reg <= STEWARD_REGISTER_SCOPE; reg++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *badge = gtk_label_new (_("Due"));
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Mark Reviewed…"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_register_to_string (reg));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (badge, "warning");
      gtk_widget_add_css_class (badge, "caption-heading");
      gtk_widget_set_visible (badge, FALSE);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "reviews.mark-reviewed");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", (guint32) reg);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->registers_group, row);

      self->register_rows[reg] = row;
      self->due_badges[reg] = badge;
    }
}

/* The organizational changes */

/* Deletes @record and shows a toast that can undo it. */
static AdwToast *
delete_with_undo (StewardRegisterReviewsPage *self,
                  StewardRecord              *record,
                  const char                 *title)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  g_ptr_array_add (records, record);

  return steward_register_delete_with_undo (GTK_WIDGET (self), get_database (self), records, title);
}

static void
on_delete_change_clicked_cb (GtkButton                  *button,
                             StewardRegisterReviewsPage *self)
{
  StewardRecord *change = g_object_get_data (G_OBJECT (button), "change");

  if (steward_page_can_write (STEWARD_PAGE (self)))
    delete_with_undo (self, change, _("Change deleted"));
}

static GtkWidget *
create_change_row (gpointer item,
                   gpointer user_data)
{
  StewardRegisterReviewsPage *self = user_data;
  StewardOrgChange *change = item;
  g_autofree char *on = format_date (self, steward_org_change_get_occurred_on (change));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  /* TRANSLATORS: an organizational change: its date, then its kind */
  subtitle = g_strdup_printf (_("%s · %s"), on, steward_change_kind_to_string (steward_org_change_get_kind (change)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_org_change_get_description (change));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete the Change"));
  gtk_widget_set_sensitive (button, steward_page_can_write (STEWARD_PAGE (self)));
  g_object_set_data_full (G_OBJECT (button), "change", g_object_ref (change), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_delete_change_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* The versions of the scope */

static GtkWidget *
create_version_row (gpointer item,
                    gpointer user_data)
{
  StewardRegisterReviewsPage *self = user_data;
  StewardScopeVersion *version = item;
  g_autofree char *from = format_date (self, steward_scope_version_get_effective_from (version));
  g_autofree char *decided = format_date (self, steward_scope_version_get_decision_date (version));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* TRANSLATORS: a version of the scope statement: its number, then the
   * date it takes effect */
  title = g_strdup_printf (_("Version %d, effective from %s"), (int) steward_scope_version_get_version (version), from);
  /* TRANSLATORS: a version of the scope statement: the statement, then
   * what decided it (a meeting or a superior agency), its reference and
   * date */
  subtitle = g_strdup_printf (_("%s\n%s: %s %s"), steward_scope_version_get_statement (version),
                              steward_decision_kind_to_string (steward_scope_version_get_decision_kind (version)),
                              steward_scope_version_get_decision_ref (version), decided);
  g_strchomp (subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), steward_page_can_write (STEWARD_PAGE (self)));
  g_object_set_data_full (G_OBJECT (row), "version", g_object_ref (version), g_object_unref);

  if (steward_record_get_id (STEWARD_RECORD (version)) == self->version_in_effect)
    {
      GtkWidget *label = gtk_label_new (_("In effect"));

      gtk_widget_add_css_class (label, "success");
      gtk_widget_add_css_class (label, "caption-heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

static void
on_delete_version_requested_cb (StewardScopeEditor         *editor,
                                StewardScopeVersion        *version,
                                StewardRegisterReviewsPage *self)
{
  delete_with_undo (self, STEWARD_RECORD (version), _("Version of the scope deleted"));
}

/**
 * steward_register_reviews_page_edit_scope:
 * @version: (nullable): a version of the scope to edit, or %NULL for a new
 *   one: the next number, with the statement in effect to start from
 *
 * Returns: (transfer none) (nullable): the form, or %NULL when the
 *   database cannot be written
 */
StewardScopeEditor *
steward_register_reviews_page_edit_scope (StewardRegisterReviewsPage *self,
                                          StewardScopeVersion        *version)
{
  StewardScopeEditor *editor;

  g_return_val_if_fail (STEWARD_IS_REGISTER_REVIEWS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  editor = steward_scope_editor_new (get_database (self), version);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "delete-requested", G_CALLBACK (on_delete_version_requested_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
on_version_activated_cb (GtkListBox                 *list,
                         GtkListBoxRow              *row,
                         StewardRegisterReviewsPage *self)
{
  steward_register_reviews_page_edit_scope (self, g_object_get_data (G_OBJECT (row), "version"));
}

/**
 * steward_register_reviews_page_mark_reviewed:
 *
 * Opens the form that records a review of @reg.
 *
 * Returns: (transfer none) (nullable): the form, or %NULL when the
 *   database cannot be written
 */
GtkWindow *
steward_register_reviews_page_mark_reviewed (StewardRegisterReviewsPage *self,
                                             StewardRegister             reg)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_REVIEWS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  return steward_review_form_new_mark_reviewed (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                get_database (self), reg, get_calendar (self));
}

/**
 * steward_register_reviews_page_record_change:
 *
 * Opens the form that records a major organizational change or a new
 * business line.
 *
 * Returns: (transfer none) (nullable): the form, or %NULL when the
 *   database cannot be written
 */
GtkWindow *
steward_register_reviews_page_record_change (StewardRegisterReviewsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REGISTER_REVIEWS_PAGE (self), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  return steward_review_form_new_record_change (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                get_database (self), get_calendar (self));
}

static void
mark_reviewed_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  steward_register_reviews_page_mark_reviewed (STEWARD_REGISTER_REVIEWS_PAGE (widget), g_variant_get_uint32 (param));
}

static void
record_change_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  steward_register_reviews_page_record_change (STEWARD_REGISTER_REVIEWS_PAGE (widget));
}

static void
new_version_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  steward_register_reviews_page_edit_scope (STEWARD_REGISTER_REVIEWS_PAGE (widget), NULL);
}

/* The page */

static void
bind_lists (StewardRegisterReviewsPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(StewardScopeVersion) current = NULL;
  g_autoptr(GError) error = NULL;

  if (self->changes == NULL)
    return;

  current = steward_context_scope_version_at (get_database (self), today, &error);
  if (error != NULL)
    g_warning ("Could not read the scope in effect: %s", error->message);
  self->version_in_effect = current != NULL ? steward_record_get_id (STEWARD_RECORD (current)) : 0;

  gtk_list_box_bind_model (self->changes_list, G_LIST_MODEL (self->changes), create_change_row, self, NULL);
  gtk_list_box_bind_model (self->versions_list, G_LIST_MODEL (self->versions), create_version_row, self, NULL);
}

/* A review or a change changes what is due; a version saved is the same
 * object with new values, and a new one changes which is in effect: the
 * rows are made again. */
static void
on_database_changed_cb (StewardDatabase            *db,
                        const char * const         *tables,
                        StewardRegisterReviewsPage *self)
{
  update_registers (self);
  bind_lists (self);
}

/* The rows write dates in the calendar: make them again. */
static void
on_calendar_changed_cb (GSettings                  *settings,
                        const char                 *key,
                        StewardRegisterReviewsPage *self)
{
  update_registers (self);
  bind_lists (self);
}

static void
steward_register_reviews_page_database_changed (StewardPage     *page,
                                                StewardDatabase *db)
{
  StewardRegisterReviewsPage *self = STEWARD_REGISTER_REVIEWS_PAGE (page);
  gboolean writable = db != NULL && !steward_database_is_read_only (db);

  gtk_list_box_bind_model (self->changes_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->versions_list, NULL, NULL, NULL, NULL);
  if (self->changes != NULL)
    g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->changes),
                                          on_database_changed_cb, self);
  g_clear_object (&self->changes);
  g_clear_object (&self->versions);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) by_date = steward_query_new ();
      g_autoptr(StewardQuery) by_version = steward_query_new ();

      steward_query_order_by (by_date, "occurred_on", TRUE);
      steward_query_order_by (by_date, "id", TRUE);
      steward_query_order_by (by_version, "version", TRUE);
      self->changes = steward_record_list_new (db, STEWARD_TYPE_ORG_CHANGE, by_date);
      self->versions = steward_record_list_new (db, STEWARD_TYPE_SCOPE_VERSION, by_version);
      /* After the lists have read their records again. */
      g_signal_connect_object (db, "changed::register_review", G_CALLBACK (on_database_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::org_change", G_CALLBACK (on_database_changed_cb), self, 0);
      g_signal_connect_object (db, "changed::scope_version", G_CALLBACK (on_database_changed_cb), self, 0);
      bind_lists (self);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.mark-reviewed", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.record-change", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.new-version", writable);
  update_registers (self);
}

/* The records of this page with an id of their own, for links such as
 * "context/reviews#3", are the versions of the scope: the row of the
 * version is selected and scrolled to. */
static void
steward_register_reviews_page_show_record (StewardPage *page,
                                           gint64       id)
{
  StewardRegisterReviewsPage *self = STEWARD_REGISTER_REVIEWS_PAGE (page);
  guint position;
  GtkListBoxRow *row;

  if (self->versions == NULL || steward_record_list_find (self->versions, id, &position) == NULL)
    return;

  row = gtk_list_box_get_row_at_index (self->versions_list, position);
  gtk_list_box_select_row (self->versions_list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

GtkWidget *
steward_register_reviews_page_new (void)
{
  return g_object_new (STEWARD_TYPE_REGISTER_REVIEWS_PAGE, NULL);
}

static void
steward_register_reviews_page_dispose (GObject *object)
{
  StewardRegisterReviewsPage *self = (StewardRegisterReviewsPage *)object;

  if (self->changes_list != NULL)
    {
      gtk_list_box_bind_model (self->changes_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->versions_list, NULL, NULL, NULL, NULL);
    }

  /* AdwBin disposes its child, the template's root. */

  g_clear_object (&self->changes);
  g_clear_object (&self->versions);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_register_reviews_page_parent_class)->dispose (object);
}

static void
steward_register_reviews_page_class_init (StewardRegisterReviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_register_reviews_page_dispose;
  page_class->database_changed = steward_register_reviews_page_database_changed;
  page_class->show_record = steward_register_reviews_page_show_record;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-register-reviews-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardRegisterReviewsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StewardRegisterReviewsPage, registers_group);
  gtk_widget_class_bind_template_child (widget_class, StewardRegisterReviewsPage, changes_list);
  gtk_widget_class_bind_template_child (widget_class, StewardRegisterReviewsPage, versions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_version_activated_cb);

  gtk_widget_class_install_action (widget_class, "reviews.mark-reviewed", "u", mark_reviewed_action);
  gtk_widget_class_install_action (widget_class, "reviews.record-change", NULL, record_change_action);
  gtk_widget_class_install_action (widget_class, "reviews.new-version", NULL, new_version_action);
}

static void
steward_register_reviews_page_init (StewardRegisterReviewsPage *self)
{
  GtkWidget *no_changes = gtk_label_new (_("No organizational change or new business line recorded."));
  GtkWidget *no_versions = gtk_label_new (_("No scope statement recorded yet."));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  add_register_rows (self);

  for (GtkWidget **placeholder = (GtkWidget *[]) { no_changes, no_versions, NULL }; *placeholder != NULL; placeholder++)
    {
      gtk_widget_add_css_class (*placeholder, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (*placeholder), TRUE);
      gtk_widget_set_margin_top (*placeholder, 12);
      gtk_widget_set_margin_bottom (*placeholder, 12);
      gtk_widget_set_margin_start (*placeholder, 12);
      gtk_widget_set_margin_end (*placeholder, 12);
    }
  gtk_list_box_set_placeholder (self->changes_list, no_changes);
  gtk_list_box_set_placeholder (self->versions_list, no_versions);

  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.mark-reviewed", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.record-change", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.new-version", FALSE);
  update_registers (self);
}
