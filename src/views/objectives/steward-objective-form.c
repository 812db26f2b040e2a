/* steward-objective-form.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-objective-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-objectives.h"
#include "model/steward-person.h"
#include "model/steward-record.h"
#include "steward-objective-form.h"
#include "widgets/steward-form.h"

/**
 * steward_objective_form_dup_text:
 *
 * Returns: (transfer full) (nullable): the text of @editable without the
 *   spaces around it, %NULL when nothing is left
 */
char *
steward_objective_form_dup_text (GtkEditable *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/**
 * steward_objective_form_dup_excerpt:
 * @text: what the user typed
 *
 * A message that repeats what was typed repeats at most its first 40
 * characters: a page of text pasted into a number field would otherwise
 * make the message a page long.
 *
 * Returns: (transfer full): @text, or its beginning and "…"
 */
char *
steward_objective_form_dup_excerpt (const char *text)
{
  return steward_form_dup_excerpt (text, 40);
}

/**
 * steward_objective_form_format_number:
 *
 * Returns: (transfer full): @value as a field shows it for editing: as
 *   precise as stored, with a dot whatever the locale, and no trailing zeros
 */
char *
steward_objective_form_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

/**
 * steward_objective_form_read_number:
 * @property: the property a problem is keyed with
 * @empty_message: what to say when the field is empty
 * @value: (out): the number, set only when there is one
 *
 * Reads a number as users type it (full-width digits, thousands
 * separators). What cannot be read is a problem that repeats what was
 * typed, so that the user sees which field is meant.
 *
 * Returns: whether @value was set
 */
gboolean
steward_objective_form_read_number (GtkEditable *editable,
                                    const char  *property,
                                    const char  *empty_message,
                                    double      *value,
                                    GPtrArray   *problems)
{
  g_autofree char *text = steward_objective_form_dup_text (editable);
  g_autofree char *excerpt = NULL;
  g_autofree char *message = NULL;

  if (text == NULL)
    {
      steward_record_add_problem (problems, property, empty_message);
      return FALSE;
    }

  if (steward_parse_number (text, value))
    return TRUE;

  excerpt = steward_objective_form_dup_excerpt (text);
  /* Translators: %s is what the user typed in a number field. */
  message = g_strdup_printf (_("“%s” is not a number. Enter a number such as 99.5."), excerpt);
  steward_record_add_problem (problems, property, message);

  return FALSE;
}

static void
free_problem (gpointer data)
{
  StewardProblem *problem = data;

  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

/**
 * steward_objective_form_new_problems:
 *
 * Returns: (transfer full) (element-type StewardProblem): an empty list of
 *   problems, for steward_record_add_problem()
 */
GPtrArray *
steward_objective_form_new_problems (void)
{
  return g_ptr_array_new_with_free_func (free_problem);
}

/* Removes every problem of @property. */
void
steward_objective_form_drop_problems (GPtrArray  *problems,
                                      const char *property)
{
  for (guint i = problems->len; i > 0; i--)
    {
      StewardProblem *problem = g_ptr_array_index (problems, i - 1);

      if (g_strcmp0 (problem->property, property) == 0)
        g_ptr_array_remove_index (problems, i - 1);
    }
}

/* A field shows one message: the first found, which is the most precise
 * since the forms check the typing before the record. */
void
steward_objective_form_keep_first_problem (GPtrArray *problems)
{
  for (guint i = 1; i < problems->len;)
    {
      StewardProblem *problem = g_ptr_array_index (problems, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = g_strcmp0 (((StewardProblem *) g_ptr_array_index (problems, j))->property,
                          problem->property) == 0;

      if (seen)
        g_ptr_array_remove_index (problems, i);
      else
        i++;
    }
}

gboolean
steward_objective_form_has_problem (GPtrArray  *problems,
                                    const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((StewardProblem *) g_ptr_array_index (problems, i))->property, property) == 0)
      return TRUE;

  return FALSE;
}

/* The calendar dates are shown in, as the preferences say. */
StewardCalendar
steward_objective_form_get_calendar (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  return g_settings_get_enum (settings, "calendar");
}

/**
 * steward_objective_form_title_with_unit:
 * @unit: (nullable): a unit, such as “%” or “天”
 *
 * Returns: (transfer full): the title of a number field, with the unit of
 *   the number when there is one
 */
char *
steward_objective_form_title_with_unit (const char *title,
                                        const char *unit)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (unit ? unit : ""));

  if (trimmed[0] == '\0')
    return g_strdup (title);

  /* Translators: the title of a number field, then the unit of the
   * number, such as “Value (%)”. */
  return g_strdup_printf (_("%s (%s)"), title, trimmed);
}

/**
 * steward_objective_form_set_people:
 * @people: StewardPerson, the list the row follows as it changes
 *
 * Makes @row choose among "Nobody" and @people.
 */
void
steward_objective_form_set_people (AdwComboRow *row,
                                   GListModel  *people)
{
  g_autoptr(GListStore) nobody_store = g_list_store_new (STEWARD_TYPE_PERSON);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(StewardPerson) nobody = steward_person_new ();
  g_autoptr(GtkFlattenListModel) choices = NULL;
  g_autoptr(GtkExpression) name = gtk_property_expression_new (STEWARD_TYPE_PERSON, NULL, "name");

  /* A person that is never saved: id 0, which the records store as NULL. */
  g_object_set (nobody, "name", _("Nobody"), NULL);
  g_list_store_append (nobody_store, nobody);
  g_list_store_append (parts, nobody_store);
  if (people != NULL)
    g_list_store_append (parts, people);

  choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  adw_combo_row_set_expression (row, name);
  adw_combo_row_set_model (row, G_LIST_MODEL (choices));
}

void
steward_objective_form_select_person (AdwComboRow *row,
                                      gint64       person_id)
{
  GListModel *choices = adw_combo_row_get_model (row);
  guint n = g_list_model_get_n_items (choices);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardRecord) person = g_list_model_get_item (choices, i);

      if (steward_record_get_id (person) == person_id)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  adw_combo_row_set_selected (row, 0);
}

/* The id of the chosen person; 0 for nobody. */
gint64
steward_objective_form_get_person (AdwComboRow *row)
{
  gpointer person = adw_combo_row_get_selected_item (row);

  return person != NULL ? steward_record_get_id (STEWARD_RECORD (person)) : 0;
}

/* Target rows */

void
steward_target_rows_init (StewardTargetRows *rows,
                          AdwEntryRow       *level_row,
                          AdwEntryRow       *low_row,
                          AdwEntryRow       *high_row)
{
  AdwEntryRow *all[] = { level_row, low_row, high_row };

  rows->level_row = level_row;
  rows->low_row = low_row;
  rows->high_row = high_row;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    adw_entry_row_set_input_purpose (all[i], GTK_INPUT_PURPOSE_NUMBER);
}

static void
set_title (AdwEntryRow *row,
           const char  *title,
           const char  *unit)
{
  g_autofree char *text = steward_objective_form_title_with_unit (title, unit);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
}

/**
 * steward_target_rows_show:
 * @unit: (nullable): the indicator's unit, named in the titles
 *
 * Shows the rows @direction needs: one level, or both ends of a range.
 */
void
steward_target_rows_show (StewardTargetRows *rows,
                          StewardDirection   direction,
                          const char        *unit)
{
  gboolean range = direction == STEWARD_DIRECTION_WITHIN;

  gtk_widget_set_visible (GTK_WIDGET (rows->level_row), !range);
  gtk_widget_set_visible (GTK_WIDGET (rows->low_row), range);
  gtk_widget_set_visible (GTK_WIDGET (rows->high_row), range);

  set_title (rows->level_row,
             direction == STEWARD_DIRECTION_AT_MOST ? _("Target level: at most") : _("Target level: at least"),
             unit);
  set_title (rows->low_row, _("Lower end of the range"), unit);
  set_title (rows->high_row, _("Upper end of the range"), unit);
}

static void
set_number (AdwEntryRow *row,
            double       value)
{
  g_autofree char *text = steward_objective_form_format_number (value);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * steward_target_rows_write:
 * @target: (nullable): the target to show; %NULL empties the rows
 */
void
steward_target_rows_write (StewardTargetRows      *rows,
                           StewardDirection        direction,
                           StewardObjectiveTarget *target)
{
  if (target == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (rows->level_row), "");
      gtk_editable_set_text (GTK_EDITABLE (rows->low_row), "");
      gtk_editable_set_text (GTK_EDITABLE (rows->high_row), "");
      return;
    }

  set_number (rows->level_row, direction == STEWARD_DIRECTION_AT_MOST
                               ? steward_objective_target_get_high (target)
                               : steward_objective_target_get_low (target));
  set_number (rows->low_row, steward_objective_target_get_low (target));
  set_number (rows->high_row, steward_objective_target_get_high (target));
}

/**
 * steward_target_rows_read:
 *
 * Copies the rows that @direction shows into @target: a single level as
 * low = high, a range as both ends. A field that holds no number leaves
 * @target as it was and adds a problem; the record's own validation says
 * whether the ends are in order.
 */
void
steward_target_rows_read (StewardTargetRows      *rows,
                          StewardDirection        direction,
                          StewardObjectiveTarget *target,
                          GPtrArray              *problems)
{
  double low = 0, high = 0, level = 0;

  if (direction == STEWARD_DIRECTION_WITHIN)
    {
      gboolean have_low = steward_objective_form_read_number (GTK_EDITABLE (rows->low_row), "low",
                                                              _("Enter the lower end of the target range."),
                                                              &low, problems);
      gboolean have_high = steward_objective_form_read_number (GTK_EDITABLE (rows->high_row), "high",
                                                               _("Enter the upper end of the target range."),
                                                               &high, problems);

      if (have_low && have_high)
        g_object_set (target, "low", low, "high", high, NULL);
    }
  else if (steward_objective_form_read_number (GTK_EDITABLE (rows->level_row), "level",
                                               _("Enter the target level."), &level, problems))
    {
      g_object_set (target, "low", level, "high", level, NULL);
    }
}
