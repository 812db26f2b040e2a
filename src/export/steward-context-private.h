/* steward-context-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

/* The context forms as every format writes them (steward-context-form.c,
 * and steward-context-pages.c for the PDF):
 * one or more parts, each a table of rows under a header row. The
 * register has two parts (the interested parties, the issues), the
 * contacts list one. steward-context-export.c fills them from the
 * records. */

#define STEWARD_CONTEXT_MAX_COLUMNS 16

typedef struct
{
  const char *title;      /* N_(): translated where it is written */
  double      weight;     /* PDF: the share of the width the wrapping columns
                           * have; 0: as wide as its cells, within limits */
  guint       max_width;  /* XLSX: in Excel's units */
  double      max_share;  /* PDF: the most of the width a column of weight 0
                           * takes before it wraps; 0 for the default */
  const char *context;    /* nullable: the title's msgctxt */
} StewardContextColumn;

typedef struct
{
  char     *text;         /* nullable */
  GDate     date;         /* valid when the cell is a date */
  gboolean  marked;       /* needs attention: shaded */
} StewardContextCell;

typedef struct
{
  StewardContextCell *cells;
  /* The same entry as the row above (another requirement of the same
   * party): the PDF leaves its grouped cells blank but at a page's top. */
  gboolean            continues;
} StewardContextRow;

typedef struct
{
  char                       *heading;    /* PDF: above the table */
  char                       *sheet;      /* XLSX: the sheet's name */
  char                       *kind;       /* CSV: what a row is, when there are parts */
  char                       *empty;      /* PDF: instead of rows */
  const StewardContextColumn *columns;
  guint                       n_columns;
  guint                       n_grouped;  /* the first columns, which a row may share */
  GPtrArray                  *rows;       /* StewardContextRow */
} StewardContextPart;

typedef struct
{
  char            *title;
  char            *organization;
  char            *reference;
  char            *as_of;                 /* "As of: ..." */
  StewardCalendar  calendar;
  GPtrArray       *parts;                 /* StewardContextPart */
} StewardContextForm;

StewardContextForm  *steward_context_form_new        (const char                 *title,
                                                      const char                 *organization,
                                                      const char                 *reference,
                                                      const GDate                *as_of,
                                                      StewardCalendar             calendar);
void                 steward_context_form_free       (StewardContextForm         *form);
StewardContextPart  *steward_context_form_add_part   (StewardContextForm         *form,
                                                      const char                 *heading,
                                                      const char                 *sheet,
                                                      const char                 *kind,
                                                      const char                 *empty,
                                                      const StewardContextColumn *columns,
                                                      guint                       n_columns,
                                                      guint                       n_grouped);
/* (transfer none): the new row's cells, n_columns of them, to fill */
StewardContextCell  *steward_context_part_add_row    (StewardContextPart         *part,
                                                      gboolean                    continues);
void                 steward_context_cell_set_text   (StewardContextCell         *cell,
                                                      const char                 *text);
void                 steward_context_cell_set_date   (StewardContextCell         *cell,
                                                      const GDate                *date);
const char          *steward_context_column_get_title (const StewardContextColumn *column);
StewardContextCell  *steward_context_part_get_cell   (StewardContextPart         *part,
                                                      guint                       row,
                                                      guint                       column);
char                *steward_context_cell_dup_text   (StewardContextForm         *form,
                                                      StewardContextCell         *cell);
/* Writes @form as CSV, XLSX or PDF by the extension of @path, or refuses
 * the file with @refusal. */
gboolean             steward_context_form_export     (StewardContextForm         *form,
                                                      const char                 *path,
                                                      const char                 *refusal,
                                                      GError                    **error);

/* steward-context-pages.c: a StewardExportWriteFunc of a form. */
gboolean             steward_context_form_write_pdf  (const char                 *tmp_path,
                                                      const char                 *display_name,
                                                      gpointer                    form,
                                                      GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardContextForm, steward_context_form_free)

G_END_DECLS
