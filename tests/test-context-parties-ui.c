/* test-context-parties-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The external contacts list and the interested parties, in real windows
 * on a temporary database: forms typed into as a user would and saved
 * through their editor.save action, refused with the reason beside the
 * field and the typing kept; the lists searched, filtered, sorted; the
 * "Due" badges; deleting with undo. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW in Traditional Chinese. Runs under xvfb-run; no display
 * is a failure. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-date.h"
#include "model/steward-contact.h"
#include "model/steward-party.h"
#include "model/steward-party-feedback.h"
#include "model/steward-party-requirement.h"
#include "steward-test-util.h"
#include "views/contacts/steward-contact-editor.h"
#include "views/contacts/steward-contacts-page.h"
#include "views/context/steward-feedback-editor.h"
#include "views/context/steward-import-dialog.h"
#include "views/context/steward-parties-page.h"
#include "views/context/steward-party-editor.h"
#include "views/context/steward-requirement-editor.h"

static const char *language;

typedef struct
{
  StewardTestDb *t;
  GtkWindow     *window;
  StewardPage   *page;
} Fixture;

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *file = g_strdup_printf ("context-%s-%s.png", name, language);
  g_autoptr(GdkTexture) texture = steward_test_render_png (widget, file);

  g_assert_nonnull (texture);
}

static GtkWidget *
find_clamp (GtkWidget *widget)
{
  if (ADW_IS_CLAMP (widget))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_clamp (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A form whole, scrolled or not, on the window's background, to look at
 * its layout. */
static void
save_form_png (GtkWidget  *editor,
               const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/context-%s-%s.png", g_getenv ("STEWARD_TEST_OUTPUT") ?: ".", name, language);
  GtkWidget *form = find_clamp (editor);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;

  g_assert_nonnull (form);
  gtk_test_widget_wait_for_draw (editor);
  width = gtk_widget_get_width (form);
  height = gtk_widget_get_height (form);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (form);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98, 0.98, 0.98, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (form)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static void
save_record (Fixture  *f,
             gpointer  record)
{
  g_autoptr(GError) error = NULL;

  steward_record_save (STEWARD_RECORD (record), f->t->db, &error);
  g_assert_no_error (error);
}

static gint64
count (Fixture    *f,
       const char *table)
{
  return steward_test_count_rows (f->t->db, table);
}

static GDate *
days_ago (int days)
{
  GDate *date = steward_date_new_today ();

  g_date_subtract_days (date, days);

  return date;
}

/* The page in a window of its own, with the overlay its toasts go to. */
static void
show_page (Fixture   *f,
           GtkWidget *page)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->page = STEWARD_PAGE (page);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 640);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (f->window, overlay);
  steward_page_set_database (f->page, f->t->db);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  steward_test_iterate (50);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Editors left open by a test go with its window. */
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  g_list_free (toplevels);

  if (f->window != NULL)
    gtk_window_destroy (f->window);
  steward_test_iterate (20);
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* Reaching into the forms and pages as a user would */

static void
activate (gpointer    widget,
          const char *action,
          GVariant   *param)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (widget), action, param));
  steward_test_iterate (30);
}

/* The one visible window of @type: an editor a page opened. */
static gpointer
find_window (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }
  g_list_free (toplevels);

  return found;
}

static gpointer
open_editor (gpointer    page,
             const char *action,
             GType       type)
{
  gpointer editor;

  activate (page, action, NULL);
  editor = find_window (type);
  g_assert_nonnull (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));

  return editor;
}

/* The labels with @text that are on screen under @widget. */
static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    n++;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_labels (c, text);

  return n;
}

static gpointer
visible_item (GListModel *model,
              guint       position)
{
  gpointer item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  g_object_unref (item);

  return item;
}

/* What the clipboard holds, as set by this process. */
static char *
dup_clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  gdk_content_provider_get_value (content, &value, &error);
  g_assert_no_error (error);

  return g_value_dup_string (&value);
}

/* Contacts */

static StewardContact *
add_contact (Fixture               *f,
             const char            *organization,
             const char            *person,
             const char            *phone,
             const char            *email,
             StewardContactPurpose  purpose,
             const GDate           *verified_on)
{
  StewardContact *contact = g_object_new (STEWARD_TYPE_CONTACT,
                                          "organization", organization,
                                          "person", person,
                                          "phone", phone,
                                          "email", email,
                                          "purpose", purpose,
                                          "verified-on", verified_on,
                                          NULL);

  save_record (f, contact);

  return contact;
}

static StewardContactsPage *
show_contacts (Fixture *f)
{
  show_page (f, g_object_new (STEWARD_TYPE_CONTACTS_PAGE, NULL));

  return STEWARD_CONTACTS_PAGE (f->page);
}

static void
test_contact_add (Fixture       *f,
                  gconstpointer  data)
{
  StewardContactsPage *page = show_contacts (f);
  GListModel *visible = steward_contacts_page_get_visible_model (page);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *copied = NULL;
  StewardContactEditor *editor;
  StewardContact *contact;
  const char *phone_problem = _("This does not look like a phone number: use digits, with spaces, “-”, “+”, parentheses or an extension such as “#123”.");
  const char *email_problem = _("This does not look like an e-mail address, such as soc@example.gov.tw.");

  /* The empty list says what it is for, and offers to add. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "empty");
  save_png (GTK_WIDGET (f->window), "contacts-empty");

  editor = open_editor (page, "contacts.add", STEWARD_TYPE_CONTACT_EDITOR);
  g_object_ref (editor);
  g_assert_false (steward_test_child_shown (editor, "delete_button"));

  /* A phone number that is none: said beside the phone, nothing stored,
   * everything typed kept. */
  steward_test_type_into_child (editor, "organization_row", "行政院國家資通安全會報技術服務中心");
  steward_test_type_into_child (editor, "unit_row", "資安事件通報窗口");
  steward_test_type_into_child (editor, "person_row", "值班人員");
  steward_test_type_into_child (editor, "role_row", "24 小時值班");
  steward_test_type_into_child (editor, "phone_row", "call me");
  steward_test_type_into_child (editor, "email_row", "soc@nccst.nat.gov.tw");
  adw_combo_row_set_selected (steward_test_template_child (editor, "purpose_row"), STEWARD_CONTACT_CERT);
  activate (editor, "editor.save", NULL);
  g_assert_cmpstr (steward_test_child_error (editor, "phone"), ==, phone_problem);
  g_assert_null (steward_test_child_error (editor, "email"));
  g_assert_null (steward_test_child_error (editor, "organization"));
  g_assert_cmpstr (steward_test_child_text (editor, "phone_row"), ==, "call me");
  g_assert_cmpstr (steward_test_child_text (editor, "organization_row"), ==, "行政院國家資通安全會報技術服務中心");
  g_assert_cmpint (count (f, "contact"), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  save_png (GTK_WIDGET (editor), "contact-editor-bad-phone");

  /* Typing into the phone clears its message; an e-mail address that is
   * none is refused the same way. */
  steward_test_type_into_child (editor, "phone_row", "02-2739-1000 #1234");
  g_assert_null (steward_test_child_error (editor, "phone"));

  /* The phone's copy button puts the number on the clipboard. */
  g_signal_emit_by_name (steward_test_template_child (editor, "copy_phone_button"), "clicked");
  copied = dup_clipboard_text (GTK_WIDGET (editor));
  g_assert_cmpstr (copied, ==, "02-2739-1000 #1234");

  steward_test_type_into_child (editor, "email_row", "soc at example");
  activate (editor, "editor.save", NULL);
  g_assert_cmpstr (steward_test_child_error (editor, "email"), ==, email_problem);
  g_assert_null (steward_test_child_error (editor, "phone"));
  g_assert_cmpstr (steward_test_child_text (editor, "email_row"), ==, "soc at example");
  g_assert_cmpstr (steward_test_child_text (editor, "phone_row"), ==, "02-2739-1000 #1234");
  g_assert_cmpint (count (f, "contact"), ==, 0);
  save_png (GTK_WIDGET (editor), "contact-editor-bad-email");
  save_form_png (GTK_WIDGET (editor), "contact-editor-form");

  /* A date that is none is refused too. */
  steward_test_type_into_child (editor, "email_row", "soc@nccst.nat.gov.tw");
  steward_test_type_into_child (editor, "verified_on_row", "last spring");
  activate (editor, "editor.save", NULL);
  g_assert_cmpstr (steward_test_child_error (editor, "verified_on"), ==, _("This is not a date: write it as 2026-11-24 or 115-11-24."));
  g_assert_null (steward_test_child_error (editor, "email"));
  g_assert_cmpint (count (f, "contact"), ==, 0);

  /* "Today" fills the date, and the contact is saved. */
  g_signal_emit_by_name (steward_test_template_child (editor, "today_button"), "clicked");
  g_assert_null (steward_test_child_error (editor, "verified_on"));
  activate (editor, "editor.save", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (count (f, "contact"), ==, 1);

  stored = steward_test_load_all (f->t->db, STEWARD_TYPE_CONTACT, NULL);
  contact = g_ptr_array_index (stored, 0);
  g_assert_cmpstr (steward_contact_get_phone (contact), ==, "02-2739-1000 #1234");
  g_assert_cmpstr (steward_contact_get_email (contact), ==, "soc@nccst.nat.gov.tw");
  g_assert_cmpint (steward_contact_get_purpose (contact), ==, STEWARD_CONTACT_CERT);
  g_assert_nonnull (steward_contact_get_verified_on (contact));
  g_assert_cmpint (g_date_compare (steward_contact_get_verified_on (contact), today), ==, 0);
  g_object_unref (editor);

  /* It appears in the list, not due. */
  steward_test_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (contact));
  g_assert_cmpuint (steward_contacts_page_get_n_due (page), ==, 0);
  g_assert_false (steward_test_child_shown (page, "summary_bar"));
}

/* Three contacts: one verified two years ago, one last month, one never. */
static void
add_three_contacts (Fixture         *f,
                    StewardContact **old,
                    StewardContact **recent,
                    StewardContact **never)
{
  g_autoptr(GDate) two_years_ago = days_ago (2 * 365 + 1);
  g_autoptr(GDate) last_month = days_ago (30);

  *old = add_contact (f, "臺北市政府警察局資訊室", "李警官", "02-2394-8888", NULL,
                      STEWARD_CONTACT_LAW_ENFORCEMENT, two_years_ago);
  *recent = add_contact (f, "台灣電力公司", "供電調度", "02-2366-1911", NULL,
                         STEWARD_CONTACT_UTILITIES, last_month);
  *never = add_contact (f, "教育部資訊及科技教育司", "張科長", NULL, "it@mail.moe.gov.tw",
                        STEWARD_CONTACT_SUPERIOR_AGENCY, NULL);
}

static guint
count_due_badges (StewardContactsPage *page)
{
  return count_labels (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Due"));
}

static void
select_item (GListModel *visible,
             gpointer    record)
{
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    if (visible_item (visible, i) == record ||
        steward_test_id_of (visible_item (visible, i)) == steward_test_id_of (record))
      {
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (visible), i);
        return;
      }

  g_assert_not_reached ();
}

static void
test_contact_due (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(StewardContact) stored = NULL;
  g_autofree char *summary = NULL;
  StewardContactsPage *page;
  GListModel *visible;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* The one verified two years ago and the one never verified are due:
   * the summary says how many, and each row has its badge. */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpuint (steward_contacts_page_get_n_due (page), ==, 2);
  g_assert_true (steward_test_child_shown (page, "summary_bar"));
  summary = g_strdup_printf (ngettext ("%u contact not verified for over a year",
                                       "%u contacts not verified for over a year", 2), 2);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, summary);
  g_assert_cmpuint (count_due_badges (page), ==, 2);
  g_assert_cmpuint (count_labels (GTK_WIDGET (steward_test_template_child (page, "column_view")), _("Never")), ==, 1);
  save_png (GTK_WIDGET (f->window), "contacts-due");

  /* Without a selection there is nothing to mark. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (visible), GTK_INVALID_LIST_POSITION);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (steward_test_template_child (page, "mark_verified_button"))));

  /* Mark Verified Today: stored, and the badge goes. */
  select_item (visible, old);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (steward_test_template_child (page, "mark_verified_button"))));
  activate (page, "contacts.mark-verified", NULL);
  stored = steward_record_load (f->t->db, STEWARD_TYPE_CONTACT, steward_test_id_of (old), NULL);
  g_assert_nonnull (steward_contact_get_verified_on (stored));
  g_assert_cmpint (g_date_compare (steward_contact_get_verified_on (stored), today), ==, 0);
  g_assert_cmpuint (steward_contacts_page_get_n_due (page), ==, 1);
  g_assert_cmpuint (count_due_badges (page), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* "Due for verification" shows the one left. */
  steward_contacts_page_set_due_only (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (never));
  steward_contacts_page_set_due_only (page, FALSE);
  save_png (GTK_WIDGET (f->window), "contacts-verified");

  /* Verifying the last one hides the summary, and the filter follows a
   * change made elsewhere. */
  steward_contacts_page_set_due_only (page, TRUE);
  g_object_set (never, "verified-on", today, NULL);
  save_record (f, never);
  steward_test_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");
  g_assert_false (steward_test_child_shown (page, "summary_bar"));
}

static void
test_contact_search (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  StewardContactsPage *page;
  GListModel *visible;
  GtkColumnView *view;
  GListModel *columns;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* Sorted by organization at first. */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* Search as you type: over the person, the phone, the e-mail... */
  steward_contacts_page_set_search (page, "李警官");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (old));
  steward_contacts_page_set_search (page, "1911");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (recent));
  steward_contacts_page_set_search (page, "MOE.GOV");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (never));
  save_png (GTK_WIDGET (f->window), "contacts-search");

  /* ... and the name of the purpose. */
  steward_contacts_page_set_search (page, steward_contact_purpose_to_string (STEWARD_CONTACT_UTILITIES));
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);

  /* A search without a match says so. */
  steward_contacts_page_set_search (page, "no such contact anywhere");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");
  steward_contacts_page_set_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "list");

  /* The purpose filter, alone and with "Due for verification". */
  steward_contacts_page_set_purpose_filter (page, STEWARD_CONTACT_LAW_ENFORCEMENT);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (old));
  steward_contacts_page_set_purpose_filter (page, STEWARD_CONTACT_UTILITIES);
  steward_contacts_page_set_due_only (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  steward_contacts_page_set_purpose_filter (page, -1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  steward_contacts_page_set_due_only (page, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* The last-verified column sorts the never verified first. */
  view = steward_test_template_child (page, "column_view");
  columns = gtk_column_view_get_columns (view);
  gtk_column_view_sort_by_column (view, steward_test_template_child (page, "verified_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (never));
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 1)), ==, steward_test_id_of (old));
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 2)), ==, steward_test_id_of (recent));
  gtk_column_view_sort_by_column (view, steward_test_template_child (page, "verified_column"), GTK_SORT_DESCENDING);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (recent));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 9);
}

static void
test_contact_delete (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  g_autoptr(StewardContact) restored = NULL;
  StewardContactsPage *page;
  StewardContactEditor *editor;
  GListModel *visible;
  AdwToast *toast;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* Deleted, and brought back with its id by the toast's Undo. */
  toast = steward_contacts_page_delete_contact (page, recent);
  g_assert_nonnull (toast);
  steward_test_iterate (30);
  g_assert_cmpint (count (f, "contact"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  save_png (GTK_WIDGET (f->window), "contacts-deleted-toast");
  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (30);
  g_assert_cmpint (count (f, "contact"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_CONTACT, steward_test_id_of (recent), NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (steward_contact_get_organization (restored), ==, "台灣電力公司");

  /* The Delete key deletes the selected contact. */
  select_item (visible, old);
  activate (page, "contacts.delete-selected", NULL);
  g_assert_cmpint (count (f, "contact"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  g_assert_null (steward_record_load (f->t->db, STEWARD_TYPE_CONTACT, steward_test_id_of (old), NULL));

  /* So does the editor's Delete button. */
  select_item (visible, never);
  g_signal_emit_by_name (steward_test_template_child (page, "column_view"), "activate",
                         gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (visible)));
  steward_test_iterate (30);
  editor = find_window (STEWARD_TYPE_CONTACT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (steward_test_child_shown (editor, "delete_button"));
  g_assert_cmpstr (steward_test_child_text (editor, "email_row"), ==, "it@mail.moe.gov.tw");
  activate (editor, "editor.delete", NULL);
  g_assert_cmpint (count (f, "contact"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
}

static void
test_contact_show_record (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  StewardContactsPage *page;
  GListModel *visible;
  StewardContact *selected;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* A link to a contact that the search hides clears the search, selects
   * the contact and opens nothing. */
  steward_contacts_page_set_search (page, "李警官");
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (never));
  steward_test_iterate (30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (steward_test_template_child (page, "search_entry"))), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (visible));
  g_assert_nonnull (selected);
  g_assert_cmpint (steward_test_id_of (selected), ==, steward_test_id_of (never));
  g_assert_null (find_window (STEWARD_TYPE_CONTACT_EDITOR));
}

static void
test_contact_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GError) error = NULL;
  StewardContactsPage *page;

  add_three_contacts (f, &old, &recent, &never);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  page = show_contacts (f);
  steward_page_set_database (STEWARD_PAGE (page), read_only);
  steward_test_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (steward_contacts_page_get_visible_model (page)), ==, 3);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (steward_test_template_child (page, "add_button"))));
  select_item (steward_contacts_page_get_visible_model (page), old);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (steward_test_template_child (page, "mark_verified_button"))));
  g_signal_emit_by_name (steward_test_template_child (page, "column_view"), "activate", 0);
  steward_test_iterate (30);
  g_assert_null (find_window (STEWARD_TYPE_CONTACT_EDITOR));
  steward_page_set_database (STEWARD_PAGE (page), NULL);
}

/* The file at @name in the test's folder, read whole. */
static char *
read_export (Fixture    *f,
             const char *name,
             gsize      *length)
{
  g_autofree char *path = g_build_filename (f->t->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static void
export_to (Fixture    *f,
           gpointer    page,
           const char *name)
{
  g_autofree char *path = g_build_filename (f->t->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (STEWARD_IS_CONTACTS_PAGE (page))
    steward_contacts_page_export (page, path, &error);
  else
    steward_parties_page_export (page, path, &error);
  g_assert_no_error (error);
}

/* The three formats, each what it says it is; the CSV is UTF-8 with a
 * byte-order mark, for Excel. */
static void
check_exports (Fixture    *f,
               gpointer    page,
               const char *stem,
               const char *expected)
{
  g_autofree char *csv_name = g_strdup_printf ("%s.csv", stem);
  g_autofree char *xlsx_name = g_strdup_printf ("%s.xlsx", stem);
  g_autofree char *pdf_name = g_strdup_printf ("%s.pdf", stem);
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *pdf = NULL;
  gsize length;

  export_to (f, page, csv_name);
  csv = read_export (f, csv_name, &length);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (csv, expected));

  export_to (f, page, xlsx_name);
  xlsx = read_export (f, xlsx_name, &length);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (xlsx, "PK\x03\x04", 4) == 0);

  export_to (f, page, pdf_name);
  pdf = read_export (f, pdf_name, &length);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
}

static void
test_contact_export (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *odd = g_build_filename (f->t->dir, "contacts.txt", NULL);
  StewardContactsPage *page;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);

  /* The whole list, whatever the search shows. */
  steward_contacts_page_set_search (page, "李警官");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (steward_test_template_child (page, "export_button"))));
  check_exports (f, page, "contacts", "教育部資訊及科技教育司");
  g_assert_false (steward_contacts_page_export (page, odd, &error));
  g_assert_nonnull (error);
}

/* Import from CSV… opens the import's preview, for @type, over the page's
 * window; not on a database that cannot be written. */
static void
check_import (Fixture    *f,
              gpointer    page,
              const char *action,
              const char *name)
{
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (steward_test_template_child (page, "import_button"))));
  activate (page, action, NULL);
  dialog = find_window (STEWARD_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == f->window);
  save_png (GTK_WIDGET (dialog), name);
  gtk_window_destroy (dialog);
  steward_test_iterate (20);

  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  steward_page_set_database (page, read_only);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (steward_test_template_child (page, "import_button"))));
  steward_page_set_database (page, NULL);
}

static void
test_contact_import (Fixture       *f,
                     gconstpointer  data)
{
  check_import (f, show_contacts (f), "contacts.import", "contacts-import");
}

/* Interested parties */

static void
type_text (gpointer    editor,
           const char *view,
           const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (steward_test_template_child (editor, view)), text, -1);
}

/* The message under a multi-line field. */
static const char *
text_error_of (gpointer    editor,
               const char *field)
{
  g_autofree char *view = g_strdup_printf ("%s_view", field);
  g_autofree char *error = g_strdup_printf ("%s_error", field);

  if (!steward_test_child_shown (editor, error))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (editor, view)), "error"));

  return gtk_label_get_label (GTK_LABEL (steward_test_template_child (editor, error)));
}

static guint
count_rows (gpointer    editor,
            const char *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (steward_test_template_child (editor, list), n) != NULL)
    n++;

  return n;
}

static AdwActionRow *
row_at (gpointer    editor,
        const char *list,
        int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (steward_test_template_child (editor, list), index);

  g_assert_true (ADW_IS_ACTION_ROW (row));

  return ADW_ACTION_ROW (row);
}

static StewardPartiesPage *
show_parties (Fixture *f)
{
  show_page (f, g_object_new (STEWARD_TYPE_PARTIES_PAGE, NULL));

  return STEWARD_PARTIES_PAGE (f->page);
}

static StewardParty *
add_party (Fixture          *f,
           const char       *name,
           StewardScope      scope,
           StewardPartyKind  kind,
           const char       *notes)
{
  StewardParty *party = g_object_new (STEWARD_TYPE_PARTY,
                                      "name", name, "scope", scope, "kind", kind, "notes", notes,
                                      NULL);

  save_record (f, party);

  return party;
}

static StewardPartyRequirement *
add_requirement (Fixture     *f,
                 gpointer     party,
                 const char  *text,
                 const GDate *retired_on)
{
  StewardPartyRequirement *requirement = g_object_new (STEWARD_TYPE_PARTY_REQUIREMENT,
                                                       "party-id", steward_test_id_of (party),
                                                       "kind", STEWARD_REQUIREMENT_REQUIREMENT,
                                                       "text", text,
                                                       "retired-on", retired_on,
                                                       NULL);

  save_record (f, requirement);

  return requirement;
}

static StewardPartyFeedback *
add_feedback (Fixture     *f,
              gpointer     party,
              int          days,
              const char  *content,
              const char  *response)
{
  g_autoptr(GDate) received = days_ago (days);
  StewardPartyFeedback *feedback = g_object_new (STEWARD_TYPE_PARTY_FEEDBACK,
                                                 "party-id", steward_test_id_of (party),
                                                 "received-on", received,
                                                 "content", content,
                                                 "response", response,
                                                 NULL);

  save_record (f, feedback);

  return feedback;
}

static void
test_party_add (Fixture       *f,
                gconstpointer  data)
{
  StewardPartiesPage *page = show_parties (f);
  GListModel *visible = steward_parties_page_get_visible_model (page);
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *today_text = NULL;
  StewardPartyEditor *editor;
  StewardRequirementEditor *requirement_editor;
  StewardFeedbackEditor *feedback_editor;
  StewardPartyRequirement *requirement;
  StewardParty *party;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "empty");
  save_png (GTK_WIDGET (f->window), "parties-empty");

  editor = open_editor (page, "parties.add", STEWARD_TYPE_PARTY_EDITOR);
  g_object_ref (editor);
  g_assert_false (steward_test_child_shown (editor, "delete_button"));
  g_assert_cmpuint (count_rows (editor, "requirements_list"), ==, 0);

  /* A requirement of a party without a name cannot be recorded: the name
   * is asked for, and nothing is stored. */
  activate (editor, "editor.add-requirement", NULL);
  g_assert_cmpstr (steward_test_child_error (editor, "name"), ==, _("Enter the name of the interested party."));
  g_assert_null (find_window (STEWARD_TYPE_REQUIREMENT_EDITOR));
  g_assert_cmpint (count (f, "party"), ==, 0);

  /* With a name, "Add Requirement" saves the party first. */
  steward_test_type_into_child (editor, "name_row", "教育部資訊及科技教育司");
  g_assert_null (steward_test_child_error (editor, "name"));
  adw_combo_row_set_selected (steward_test_template_child (editor, "scope_row"), STEWARD_SCOPE_EXTERNAL);
  adw_combo_row_set_selected (steward_test_template_child (editor, "kind_row"), STEWARD_PARTY_SUPERIOR_AGENCY);
  type_text (editor, "notes_view", "上級機關，督導本中心資通安全維護計畫。");
  activate (editor, "editor.add-requirement", NULL);
  g_assert_cmpint (count (f, "party"), ==, 1);
  party = steward_party_editor_get_party (editor);
  g_assert_cmpint (steward_test_id_of (party), >, 0);
  g_assert_true (steward_test_child_shown (editor, "delete_button"));
  requirement_editor = find_window (STEWARD_TYPE_REQUIREMENT_EDITOR);
  g_assert_nonnull (requirement_editor);
  /* The form closes itself once saved: the test keeps it to look at. */
  g_object_ref (requirement_editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (requirement_editor));

  /* The requirement: its text is needed, its dates must be dates. */
  activate (requirement_editor, "editor.save", NULL);
  g_assert_cmpstr (text_error_of (requirement_editor, "text"), ==,
                   _("Write down what the party requires, expects or needs."));
  type_text (requirement_editor, "text_view", "每年提報資通安全維護計畫實施情形");
  g_assert_null (text_error_of (requirement_editor, "text"));
  adw_combo_row_set_selected (steward_test_template_child (requirement_editor, "kind_row"), STEWARD_REQUIREMENT_REQUIREMENT);
  type_text (requirement_editor, "addressed_by_view", "資訊安全管理小組每年 8 月底前彙整提報");
  steward_test_type_into_child (requirement_editor, "decision_ref_row", "115年度第1次資訊安全定期會議決議三");
  steward_test_type_into_child (requirement_editor, "decision_date_row", "115-03-02");
  steward_test_type_into_child (requirement_editor, "retired_on_row", "soon");
  activate (requirement_editor, "editor.save", NULL);
  g_assert_cmpstr (steward_test_child_error (requirement_editor, "retired_on"), ==, _("This is not a date: write it as 2026-11-24 or 115-11-24."));
  g_assert_null (steward_test_child_error (requirement_editor, "decision_date"));
  g_assert_cmpint (count (f, "party_requirement"), ==, 0);
  save_png (GTK_WIDGET (requirement_editor), "requirement-editor-bad-date");
  save_form_png (GTK_WIDGET (requirement_editor), "requirement-editor-form");
  steward_test_type_into_child (requirement_editor, "retired_on_row", "");
  activate (requirement_editor, "editor.save", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (requirement_editor)));
  g_assert_cmpint (count (f, "party_requirement"), ==, 1);
  g_object_unref (requirement_editor);

  requirements = steward_test_load_all (f->t->db, STEWARD_TYPE_PARTY_REQUIREMENT, NULL);
  requirement = g_ptr_array_index (requirements, 0);
  g_assert_cmpint (steward_party_requirement_get_party_id (requirement), ==, steward_test_id_of (party));
  g_assert_cmpstr (steward_party_requirement_get_decision_ref (requirement), ==, "115年度第1次資訊安全定期會議決議三");
  g_assert_cmpint (g_date_get_year (steward_party_requirement_get_decision_date (requirement)), ==, 2026);
  g_assert_null (steward_party_requirement_get_retired_on (requirement));

  /* It is listed in the party's form. */
  steward_test_iterate (30);
  g_assert_cmpuint (count_rows (editor, "requirements_list"), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (editor, "requirements_list", 0))), ==,
                   "每年提報資通安全維護計畫實施情形");

  /* Feedback: received today unless said otherwise; a response cannot
   * come before it. */
  feedback_editor = g_object_ref (open_editor (editor, "editor.add-feedback", STEWARD_TYPE_FEEDBACK_EDITOR));
  today_text = steward_date_format (today, STEWARD_CALENDAR_GREGORIAN);
  g_assert_cmpstr (steward_test_child_text (feedback_editor, "received_on_row"), ==, today_text);
  activate (feedback_editor, "editor.save", NULL);
  g_assert_cmpstr (text_error_of (feedback_editor, "content"), ==, _("Write down the feedback."));
  type_text (feedback_editor, "content_view", "請加強學校端資安事件通報時效");
  type_text (feedback_editor, "response_view", "已於通報流程增列 1 小時內電話通知");
  steward_test_type_into_child (feedback_editor, "responded_on_row", "2020-01-01");
  activate (feedback_editor, "editor.save", NULL);
  g_assert_cmpstr (steward_test_child_error (feedback_editor, "responded_on"), ==, _("The response cannot come before the feedback."));
  g_assert_null (text_error_of (feedback_editor, "content"));
  g_assert_cmpint (count (f, "party_feedback"), ==, 0);
  save_form_png (GTK_WIDGET (feedback_editor), "feedback-editor-form");
  steward_test_type_into_child (feedback_editor, "responded_on_row", today_text);
  activate (feedback_editor, "editor.save", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (feedback_editor)));
  g_assert_cmpint (count (f, "party_feedback"), ==, 1);
  g_object_unref (feedback_editor);
  feedback = steward_test_load_all (f->t->db, STEWARD_TYPE_PARTY_FEEDBACK, NULL);
  g_assert_cmpstr (steward_party_feedback_get_response (g_ptr_array_index (feedback, 0)), ==, "已於通報流程增列 1 小時內電話通知");
  steward_test_iterate (30);
  g_assert_cmpuint (count_rows (editor, "feedback_list"), ==, 1);
  save_png (GTK_WIDGET (editor), "party-editor");
  save_form_png (GTK_WIDGET (editor), "party-editor-form");

  /* Save closes the party's form; the list shows the party, its
   * requirement in force and its feedback's date. */
  activate (editor, "editor.save", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_object_unref (editor);
  steward_test_iterate (30);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (steward_test_template_child (page, "column_view")), "1"), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (steward_test_template_child (page, "column_view")), today_text), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (steward_test_template_child (page, "column_view")),
                                  steward_party_kind_to_string (STEWARD_PARTY_SUPERIOR_AGENCY)), ==, 1);
  g_assert_cmpuint (steward_parties_page_get_n_unanswered (page), ==, 0);
  g_assert_false (steward_test_child_shown (page, "summary_bar"));
  save_png (GTK_WIDGET (f->window), "parties-one");
}

/* Three parties: the superior agency with two requirements (one retired)
 * and feedback not answered; the schools with one requirement; the
 * staff, internal, with nothing yet. */
static void
add_three_parties (Fixture       *f,
                   StewardParty **agency,
                   StewardParty **schools,
                   StewardParty **staff)
{
  g_autoptr(GDate) last_year = days_ago (300);
  g_autoptr(StewardPartyRequirement) r1 = NULL;
  g_autoptr(StewardPartyRequirement) r2 = NULL;
  g_autoptr(StewardPartyRequirement) r3 = NULL;
  g_autoptr(StewardPartyFeedback) f1 = NULL;
  g_autoptr(StewardPartyFeedback) f2 = NULL;

  *agency = add_party (f, "教育部資訊及科技教育司", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_SUPERIOR_AGENCY, "上級機關");
  *schools = add_party (f, "轄下各級學校", STEWARD_SCOPE_EXTERNAL, STEWARD_PARTY_SCHOOLS, NULL);
  *staff = add_party (f, "中心同仁", STEWARD_SCOPE_INTERNAL, STEWARD_PARTY_STAFF, "含約聘人員");
  r1 = add_requirement (f, *agency, "依資通安全管理法辦理資安稽核", NULL);
  r2 = add_requirement (f, *agency, "導入 ISO 27001:2013 版", last_year);
  r3 = add_requirement (f, *schools, "網路服務全年穩定不中斷", NULL);
  f1 = add_feedback (f, *agency, 40, "稽核發現事項請於三個月內改善", "已列入矯正措施");
  f2 = add_feedback (f, *agency, 10, "請提供年度資安演練結果", NULL);
}

static void
test_party_list (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(StewardParty) agency = NULL;
  g_autoptr(StewardParty) schools = NULL;
  g_autoptr(StewardParty) staff = NULL;
  g_autoptr(StewardPartyRequirement) r4 = NULL;
  g_autoptr(GDate) ten_days_ago = days_ago (10);
  g_autofree char *latest = steward_date_format (ten_days_ago, STEWARD_CALENDAR_GREGORIAN);
  g_autofree char *summary = NULL;
  StewardPartiesPage *page;
  GListModel *visible;
  GtkColumnView *view;
  StewardParty *selected;

  add_three_parties (f, &agency, &schools, &staff);
  page = show_parties (f);
  visible = steward_parties_page_get_visible_model (page);
  view = steward_test_template_child (page, "column_view");

  /* One feedback entry waits for a response: said above the list, and
   * marked in the agency's row. */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpuint (steward_parties_page_get_n_unanswered (page), ==, 1);
  g_assert_true (steward_test_child_shown (page, "summary_bar"));
  summary = g_strdup_printf (ngettext ("%u feedback entry from the interested parties awaits a response",
                                       "%u feedback entries from the interested parties await a response", 1), 1);
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (page, "summary_label")), ==, summary);
  g_assert_cmpuint (count_labels (GTK_WIDGET (view), _("Unanswered")), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (view), latest), ==, 1);
  save_png (GTK_WIDGET (f->window), "parties-list");

  /* Requirements in force: the retired one does not count. */
  gtk_column_view_sort_by_column (view, steward_test_template_child (page, "requirements_column"), GTK_SORT_DESCENDING);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 2)), ==, steward_test_id_of (staff));
  gtk_column_view_sort_by_column (view, steward_test_template_child (page, "requirements_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (staff));
  g_assert_cmpuint (count_labels (GTK_WIDGET (view), "0"), ==, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (view), "1"), ==, 2);

  /* A second requirement of the schools, stored elsewhere: the count
   * follows, and so does the order. */
  r4 = add_requirement (f, schools, "校園網路頻寬擴充", NULL);
  steward_test_iterate (30);
  g_assert_cmpuint (count_labels (GTK_WIDGET (view), "2"), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 2)), ==, steward_test_id_of (schools));

  /* The latest feedback: none first. */
  gtk_column_view_sort_by_column (view, steward_test_template_child (page, "feedback_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 2)), ==, steward_test_id_of (agency));

  /* Search: over the name, the notes and the text of the requirements,
   * including one just added. */
  gtk_column_view_sort_by_column (view, steward_test_template_child (page, "name_column"), GTK_SORT_ASCENDING);
  steward_parties_page_set_search (page, "約聘");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (staff));
  steward_parties_page_set_search (page, "頻寬");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (schools));
  steward_parties_page_set_search (page, "iso 27001");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (agency));
  save_png (GTK_WIDGET (f->window), "parties-search");
  steward_parties_page_set_search (page, "nothing like this");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");
  steward_parties_page_set_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* Filters: internal or external, and the kind. */
  steward_parties_page_set_scope_filter (page, STEWARD_SCOPE_INTERNAL);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (staff));
  steward_parties_page_set_scope_filter (page, STEWARD_SCOPE_EXTERNAL);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  steward_parties_page_set_kind_filter (page, STEWARD_PARTY_SCHOOLS);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (steward_test_id_of (visible_item (visible, 0)), ==, steward_test_id_of (schools));
  steward_parties_page_set_kind_filter (page, STEWARD_PARTY_STAFF);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (steward_test_template_child (page, "stack")), ==, "no-match");

  /* A link to a party the filters hide clears them and selects it. */
  steward_page_show_record (STEWARD_PAGE (page), steward_test_id_of (agency));
  steward_test_iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (visible));
  g_assert_nonnull (selected);
  g_assert_cmpint (steward_test_id_of (selected), ==, steward_test_id_of (agency));
  g_assert_null (find_window (STEWARD_TYPE_PARTY_EDITOR));
}

static void
test_party_delete (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(StewardParty) agency = NULL;
  g_autoptr(StewardParty) schools = NULL;
  g_autoptr(StewardParty) staff = NULL;
  g_autoptr(StewardParty) restored = NULL;
  StewardPartiesPage *page;
  StewardPartyEditor *editor;
  StewardRequirementEditor *requirement_editor;
  GListModel *visible;
  AdwToast *toast;

  add_three_parties (f, &agency, &schools, &staff);
  page = show_parties (f);
  visible = steward_parties_page_get_visible_model (page);

  /* The agency goes with its requirements and feedback... */
  toast = steward_parties_page_delete_party (page, agency);
  g_assert_nonnull (toast);
  steward_test_iterate (30);
  g_assert_cmpint (count (f, "party"), ==, 2);
  g_assert_cmpint (count (f, "party_requirement"), ==, 1);
  g_assert_cmpint (count (f, "party_feedback"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  g_assert_cmpuint (steward_parties_page_get_n_unanswered (page), ==, 0);
  save_png (GTK_WIDGET (f->window), "parties-deleted-toast");

  /* ... and Undo brings them all back, with their ids. */
  g_signal_emit_by_name (toast, "button-clicked");
  steward_test_iterate (30);
  g_assert_cmpint (count (f, "party"), ==, 3);
  g_assert_cmpint (count (f, "party_requirement"), ==, 3);
  g_assert_cmpint (count (f, "party_feedback"), ==, 2);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_PARTY, steward_test_id_of (agency), NULL);
  g_assert_nonnull (restored);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpuint (steward_parties_page_get_n_unanswered (page), ==, 1);

  /* In the party's form, a requirement is deleted from its own form, and
   * its toast can undo that too. */
  select_item (visible, agency);
  g_signal_emit_by_name (steward_test_template_child (page, "column_view"), "activate",
                         gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (visible)));
  steward_test_iterate (30);
  editor = find_window (STEWARD_TYPE_PARTY_EDITOR);
  g_assert_nonnull (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  g_assert_cmpstr (steward_test_child_text (editor, "name_row"), ==, "教育部資訊及科技教育司");
  g_assert_cmpuint (count_rows (editor, "requirements_list"), ==, 2);
  g_assert_cmpuint (count_rows (editor, "feedback_list"), ==, 2);
  /* The one in force first; the retired one set back; feedback newest
   * first. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_at (editor, "requirements_list", 0)), "dim-label"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_at (editor, "requirements_list", 1)), "dim-label"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (editor, "feedback_list", 0))), ==,
                   "請提供年度資安演練結果");
  save_png (GTK_WIDGET (editor), "party-editor-existing");

  g_signal_emit_by_name (steward_test_template_child (editor, "requirements_list"), "row-activated",
                         row_at (editor, "requirements_list", 1));
  steward_test_iterate (30);
  requirement_editor = find_window (STEWARD_TYPE_REQUIREMENT_EDITOR);
  g_assert_nonnull (requirement_editor);
  g_assert_true (steward_test_child_shown (requirement_editor, "delete_button"));
  activate (requirement_editor, "editor.delete", NULL);
  g_assert_cmpint (count (f, "party_requirement"), ==, 2);
  g_assert_cmpuint (count_rows (editor, "requirements_list"), ==, 1);

  /* The party's own Delete button: the page deletes it all. */
  activate (editor, "editor.delete", NULL);
  g_assert_cmpint (count (f, "party"), ==, 2);
  g_assert_cmpint (count (f, "party_feedback"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);

  /* The Delete key deletes the selected party. */
  select_item (visible, staff);
  activate (page, "parties.delete-selected", NULL);
  g_assert_cmpint (count (f, "party"), ==, 1);
}

static void
test_party_export (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(StewardParty) agency = NULL;
  g_autoptr(StewardParty) schools = NULL;
  g_autoptr(StewardParty) staff = NULL;
  StewardPartiesPage *page;

  add_three_parties (f, &agency, &schools, &staff);
  page = show_parties (f);

  /* The parties with their requirements, whatever the filters show. */
  steward_parties_page_set_kind_filter (page, STEWARD_PARTY_STAFF);
  check_exports (f, page, "register", "依資通安全管理法辦理資安稽核");
}

static void
test_party_import (Fixture       *f,
                   gconstpointer  data)
{
  check_import (f, show_parties (f), "parties.import", "parties-import");
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "context UI");

#define ADD(path, func) \
  g_test_add ("/context-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("contacts/add", test_contact_add);
  ADD ("contacts/due", test_contact_due);
  ADD ("contacts/search-and-filters", test_contact_search);
  ADD ("contacts/delete-and-undo", test_contact_delete);
  ADD ("contacts/show-record", test_contact_show_record);
  ADD ("contacts/read-only", test_contact_read_only);
  ADD ("contacts/export", test_contact_export);
  ADD ("contacts/import", test_contact_import);
  ADD ("parties/add", test_party_add);
  ADD ("parties/list", test_party_list);
  ADD ("parties/delete-and-undo", test_party_delete);
  ADD ("parties/export", test_party_export);
  ADD ("parties/import", test_party_import);
#undef ADD

  return g_test_run ();
}
