/* steward-form.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-form"

#include "config.h"

#include "model/steward-record.h"
#include "steward-form.h"

/* The forms of the records show a refused save the same way: the row in
 * error colours and, right under it, what is wrong. What was typed stays. */

void
steward_form_clear_problem (const StewardFormField *field)
{
  if (field->error_row == NULL)
    return;

  gtk_widget_remove_css_class (field->row, "error");
  gtk_widget_set_visible (field->error_row, FALSE);
}

void
steward_form_clear_problems (const StewardFormField *fields,
                             guint                   n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    steward_form_clear_problem (&fields[i]);
}

/**
 * steward_form_show_problems:
 * @problems: (element-type StewardProblem): from steward_record_validate()
 *
 * Shows each problem under its field.
 *
 * Returns: (transfer none) (nullable): the first row at fault, to focus
 */
GtkWidget *
steward_form_show_problems (const StewardFormField *fields,
                            guint                   n_fields,
                            GPtrArray              *problems)
{
  GtkWidget *first = NULL;

  for (guint p = 0; p < problems->len; p++)
    {
      StewardProblem *problem = g_ptr_array_index (problems, p);

      for (guint i = 0; i < n_fields; i++)
        {
          const StewardFormField *field = &fields[i];

          if (g_strcmp0 (field->property, problem->property) != 0 || field->error_row == NULL)
            continue;

          gtk_widget_add_css_class (field->row, "error");
          gtk_label_set_label (field->error_label, problem->message);
          gtk_widget_set_visible (field->error_row, TRUE);
          if (first == NULL)
            first = field->row;
        }
    }

  return first;
}

/**
 * steward_form_clear_edited:
 * @edited: the row the user just changed
 *
 * A message stays until its field is edited again.
 */
void
steward_form_clear_edited (const StewardFormField *fields,
                           guint                   n_fields,
                           GtkWidget              *edited)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].row == edited)
      steward_form_clear_problem (&fields[i]);
}

/**
 * steward_form_show_message:
 * @message_label: the form's label for what concerns no single field
 *
 * Shows @message at the top of the form.
 */
void
steward_form_show_message (GtkWidget  *message_label,
                           const char *message)
{
  gtk_label_set_label (GTK_LABEL (message_label), message);
  gtk_widget_set_visible (message_label, TRUE);
}

/**
 * steward_form_dup_excerpt:
 * @text: a text as typed or stored, of any length
 * @max_chars: the most characters to keep
 *
 * What a label shows of a text that may be pages long: a label lays all of
 * its text out at every measure, and a wrapped one of 100,000 characters
 * holds the window for minutes; a message repeating a page of typing is
 * itself a page long.
 *
 * Returns: (transfer full): @text, or its first @max_chars characters and
 *   "…"
 */
char *
steward_form_dup_excerpt (const char *text,
                          glong       max_chars)
{
  const char *end = text;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars > 0, NULL);

  for (glong n = 0; *end != '\0' && n < max_chars; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);

  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/**
 * steward_form_set_row_text:
 * @text: a record's text, as stored: a title, a decision, a note
 *
 * Titles @row with @text, not read as markup, and at most its first
 * STEWARD_FORM_ROW_MAX_CHARS characters: a row's title wraps over as many
 * lines as it takes, and one of 100,000 characters held the window for
 * minutes. The record's form and its exports show all of it.
 */
void
steward_form_set_row_text (AdwPreferencesRow *row,
                           const char        *text)
{
  g_autofree char *shown = steward_form_dup_excerpt (text != NULL ? text : "", STEWARD_FORM_ROW_MAX_CHARS);

  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  adw_preferences_row_set_use_markup (row, FALSE);
  adw_preferences_row_set_title (row, shown);
}

/**
 * steward_form_set_row_subtitle:
 * @text: a subtitle that holds a record's text or a person's name
 *
 * Gives @row the subtitle @text, at most its first
 * STEWARD_FORM_ROW_MAX_CHARS characters, as steward_form_set_row_text()
 * does for a title: a name of 65,530 characters without a space takes
 * Pango minutes to wrap.
 */
void
steward_form_set_row_subtitle (AdwActionRow *row,
                               const char   *text)
{
  g_autofree char *shown = steward_form_dup_excerpt (text != NULL ? text : "", STEWARD_FORM_ROW_MAX_CHARS);

  g_return_if_fail (ADW_IS_ACTION_ROW (row));

  adw_action_row_set_subtitle (row, shown);
}

/**
 * steward_form_close_or_report:
 * @saved: whether the save went through
 * @error: (nullable): why it did not
 *
 * Ends a save: a saved form closes; a refused one says why and stays open
 * with everything typed.
 *
 * Returns: @saved
 */
gboolean
steward_form_close_or_report (GtkWindow    *window,
                              GtkWidget    *message_label,
                              gboolean      saved,
                              const GError *error)
{
  if (!saved)
    {
      steward_form_show_message (message_label, error != NULL ? error->message : "");
      return FALSE;
    }

  gtk_window_close (window);

  return TRUE;
}
