/* steward-form.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * StewardFormField:
 * @property: the record property the field edits
 * @row: the row of the form
 * @error_row: (nullable): the row under it that says what is wrong
 * @error_label: (nullable): the label in @error_row
 *
 * One field of a record's form, and where its problem is shown.
 */
typedef struct
{
  const char *property;
  GtkWidget  *row;
  GtkWidget  *error_row;
  GtkLabel   *error_label;
} StewardFormField;

void       steward_form_clear_problem   (const StewardFormField *field);
void       steward_form_clear_problems  (const StewardFormField *fields,
                                         guint                   n_fields);
GtkWidget *steward_form_show_problems   (const StewardFormField *fields,
                                         guint                   n_fields,
                                         GPtrArray              *problems);
void       steward_form_clear_edited    (const StewardFormField *fields,
                                         guint                   n_fields,
                                         GtkWidget              *edited);

void       steward_form_show_message    (GtkWidget              *message_label,
                                         const char             *message);
char      *steward_form_dup_excerpt     (const char             *text,
                                         glong                   max_chars);

/* What a row shows of a record's text: a long paragraph, not a book. */
#define STEWARD_FORM_ROW_MAX_CHARS 1000

void       steward_form_set_row_text    (AdwPreferencesRow      *row,
                                         const char             *text);
void       steward_form_set_row_subtitle (AdwActionRow          *row,
                                          const char            *text);
gboolean   steward_form_close_or_report (GtkWindow              *window,
                                         GtkWidget              *message_label,
                                         gboolean                saved,
                                         const GError           *error);

G_END_DECLS
