/* steward-attendee-candidates.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-attendee-list"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "logic/steward-review.h"
#include "logic/steward-roster.h"
#include "steward-attendee-list-private.h"
#include "widgets/steward-register-util.h"

/* The people on the roster that the attendee list can still invite, in
 * the "Add Attendee" popover: searched as the user types, added with a
 * click or with Enter when one is left. */

void
steward_attendee_list_update_invited (StewardAttendeeList *self)
{
  guint n = self->attendees != NULL ? g_list_model_get_n_items (self->attendees) : 0;

  g_hash_table_remove_all (self->invited);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = g_list_model_get_item (self->attendees, i);
      gint64 *id = g_new (gint64, 1);

      *id = steward_review_attendee_get_person_id (attendee);
      g_hash_table_add (self->invited, id);
    }

  gtk_filter_changed (GTK_FILTER (self->candidate_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
candidate_filter_cb (gpointer item,
                     gpointer user_data)
{
  StewardAttendeeList *self = user_data;
  StewardRosterEntry *entry = item;
  gint64 person_id = steward_roster_entry_get_person_id (entry);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->candidate_search));
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (g_hash_table_contains (self->invited, &person_id))
    return FALSE;
  if (search == NULL || search[0] == '\0')
    return TRUE;

  haystack = g_strjoin ("\n",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME) ?: "",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_ROLE) ?: "",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_BODY) ?: "",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_UNIT) ?: "",
                        NULL);
  needle = g_utf8_casefold (search, -1);
  folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, needle) != NULL;
}

void
steward_attendee_list_update_candidate_stack (StewardAttendeeList *self)
{
  guint n_all = self->candidates != NULL ? g_list_model_get_n_items (self->candidates) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->candidate_model));

  if (n_shown > 0)
    {
      gtk_stack_set_visible_child_name (self->candidate_stack, "list");
      return;
    }

  if (n_all == 0)
    gtk_label_set_label (self->candidate_empty, _("Nobody is on the roster on the day of the meeting."));
  else if (g_hash_table_size (self->invited) >= n_all ||
           gtk_editable_get_text (GTK_EDITABLE (self->candidate_search))[0] == '\0')
    gtk_label_set_label (self->candidate_empty, _("Everyone on the roster is invited."));
  else
    gtk_label_set_label (self->candidate_empty, _("Nobody on the roster matches the search."));
  gtk_stack_set_visible_child_name (self->candidate_stack, "empty");
}

static void
on_candidates_changed_cb (GListModel          *model,
                          guint                position,
                          guint                removed,
                          guint                added,
                          StewardAttendeeList *self)
{
  steward_attendee_list_update_candidate_stack (self);
}

void
steward_attendee_list_load_candidates (StewardAttendeeList *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->candidates);
  if (self->db != NULL && self->day != NULL)
    {
      self->candidates = steward_review_list_candidates (self->db, self->day, &error);
      if (self->candidates == NULL)
        g_warning ("Cannot list the people on the roster: %s", error->message);
    }

  gtk_filter_list_model_set_model (self->candidate_model, self->candidates);
  steward_attendee_list_update_candidate_stack (self);
}

static void
setup_candidate_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *role = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (role), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (role), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (role, "caption");
  gtk_widget_add_css_class (role, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), role);
  gtk_list_item_set_child (item, box);
}

static void
bind_candidate_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  StewardRosterEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *role = gtk_widget_get_next_sibling (name);
  /* TRANSLATORS: under a person's name when adding an attendee: the body
   * and the role held in it */
  g_autofree char *where = g_strdup_printf (_("%s · %s"),
                                            steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_BODY) ?: "",
                                            steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_ROLE) ?: "");

  gtk_label_set_label (GTK_LABEL (name), steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME));
  gtk_label_set_label (GTK_LABEL (role), where);
}

void
steward_attendee_list_search_changed_cb (GtkSearchEntry      *entry,
                                         StewardAttendeeList *self)
{
  gtk_filter_changed (GTK_FILTER (self->candidate_filter), GTK_FILTER_CHANGE_DIFFERENT);
  steward_attendee_list_update_candidate_stack (self);
}

static void
add_candidate_at (StewardAttendeeList *self,
                  guint                position)
{
  g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->candidate_model), position);

  if (entry == NULL)
    return;

  gtk_popover_popdown (self->add_popover);
  steward_attendee_list_add_person (self, steward_roster_entry_get_person_id (entry));
}

void
steward_attendee_list_candidate_activate_cb (GtkListView         *view,
                                             guint                position,
                                             StewardAttendeeList *self)
{
  add_candidate_at (self, position);
}

/* Enter in the search adds the only one it finds. */
void
steward_attendee_list_search_activate_cb (GtkSearchEntry      *entry,
                                          StewardAttendeeList *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->candidate_model)) == 1)
    add_candidate_at (self, 0);
}

void
steward_attendee_list_popover_show_cb (GtkWidget           *popover,
                                       StewardAttendeeList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->candidate_search), "");
  steward_attendee_list_update_candidate_stack (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->candidate_search));
}

/* Sets up the popover's list: the roster less who is invited. */
void
steward_attendee_list_init_candidates (StewardAttendeeList *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  self->candidate_filter = gtk_custom_filter_new (candidate_filter_cb, self, NULL);
  self->candidate_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->candidate_filter));
  g_signal_connect (self->candidate_model, "items-changed", G_CALLBACK (on_candidates_changed_cb), self);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->candidate_model)));
  gtk_list_view_set_model (self->candidate_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_candidate_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_candidate_cb), NULL);
  gtk_list_view_set_factory (self->candidate_view, factory);
  g_object_unref (factory);
}
