/* steward-register-util.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/steward-enums.h"
#include "model/steward-record.h"
#include "widgets/steward-date-row.h"

G_BEGIN_DECLS

/* What the pages of the registers (interested parties, external
 * contacts) and their forms share: the cells that are not one stored
 * property, deleting with undo, bringing a record into view, the export's
 * file chooser, and reading the fields of a form. */

/* Cells */

typedef struct _StewardCells StewardCells;

/* Makes the widget of a cell, once. */
typedef GtkWidget *(*StewardCellSetupFunc)  (gpointer     user_data);
/* Shows @item in @child: when bound, and on steward_cells_refresh(). */
typedef void       (*StewardCellUpdateFunc) (GtkWidget   *child,
                                             gpointer     item,
                                             gpointer     user_data);

StewardCells *steward_cells_new        (gpointer               user_data);
void          steward_cells_free       (StewardCells          *self);
/* Sorts @column's rows with @sort_func: the column's sorter is a
 * GtkCustomSorter (set in its .ui). */
void          steward_column_set_sort_func (GtkColumnViewColumn *column,
                                            GCompareDataFunc     sort_func,
                                            gpointer             user_data);
void          steward_cells_set_column (StewardCells          *self,
                                        GtkColumnViewColumn   *column,
                                        StewardCellSetupFunc   setup,
                                        StewardCellUpdateFunc  update);
void          steward_cells_refresh    (StewardCells          *self);
void          steward_cell_set_tooltip (GtkWidget             *widget,
                                        const char            *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardCells, steward_cells_free)

/* Rows */

void          steward_register_set_up_view     (GtkColumnView      *column_view,
                                                GtkSingleSelection *selection,
                                                GtkSortListModel   *sort_model);
GListModel   *steward_register_get_rows        (GtkColumnView      *column_view,
                                                GtkSingleSelection *selection);

void          steward_register_update_stack    (GtkStack           *stack,
                                                GListModel         *records,
                                                GListModel         *shown);

gboolean      steward_register_select_record   (GtkColumnView      *column_view,
                                                GtkSingleSelection *selection,
                                                gint64              id);

void          steward_register_stop_search_cb  (GtkSearchEntry     *entry,
                                                gpointer            user_data);

/* Clears the page's search and filters. */
typedef void  (*StewardRegisterClearFunc)      (gpointer            user_data);

gboolean      steward_register_show_record     (GtkColumnView            *column_view,
                                                GtkSingleSelection       *selection,
                                                gint64                    id,
                                                StewardRegisterClearFunc  clear_filters,
                                                gpointer                  user_data);

/* Deleting */

AdwToast     *steward_register_delete_with_undo (GtkWidget       *widget,
                                                 StewardDatabase *db,
                                                 GPtrArray       *records,
                                                 const char      *title);

/* Exporting */

/* Writes the register to @path (its extension says the format). */
typedef gboolean (*StewardRegisterWriteFunc) (GtkWidget   *widget,
                                              const char  *path,
                                              GError     **error);

void          steward_register_ask_export      (GtkWidget                *widget,
                                                const char               *title,
                                                const char               *file_name,
                                                StewardRegisterWriteFunc  write);

/* Forms */

char           *steward_register_dup_text      (GtkWidget      *field);
void            steward_register_set_text      (GtkWidget      *field,
                                                const char     *text);
void            steward_register_check_date    (StewardDateRow *row,
                                                const char     *property,
                                                GPtrArray      *problems);
StewardCalendar steward_register_get_calendar  (void);
gboolean        steward_register_export_page  (GtkWidget   *page,
                                               const char  *register_name,
                                               const char  *path,
                                               GError     **error);

G_END_DECLS
