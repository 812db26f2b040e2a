/* steward-register-private.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/steward-record.h"

G_BEGIN_DECLS

/* The follow-up registers as steward-register-columns.c declares them,
 * one table of columns each, and steward-register-export.c writes them. */

typedef enum
{
  COLUMN_ID,          /* the record's number */
  COLUMN_TEXT,
  COLUMN_NUMBER,      /* an integer; 0 is empty for an id of another record */
  COLUMN_BOOLEAN,
  COLUMN_DATE,
  COLUMN_DATE_TIME,
  COLUMN_ENUM,
  COLUMN_PERSON,      /* a person's id, written as the name */
  COLUMN_LOOKUP,      /* text found by an id in one of the lookups */
  COLUMN_COUNT,       /* a number found by an id in one of the lookups */
  COLUMN_MARK,        /* a rule of steward-follow-up.h: yes or no */
} ColumnKind;

/* The tables read beside a register's records, by id. */
typedef enum
{
  LOOKUP_PROGRESS,            /* action id → its dated progress notes */
  LOOKUP_COMMUNICATION,       /* communication id → its subject */
  LOOKUP_AUDIT,               /* audit id → its kind and date */
  LOOKUP_ROLES,               /* project id → "name: role; ..." */
  LOOKUP_REVIEWS,             /* project id → its security reviews */
  LOOKUP_ITEMS,               /* hand-over id → its items */
  LOOKUP_FINDINGS,            /* audit id → the number of its findings */
  LOOKUP_OPEN_FINDINGS,       /* audit id → the number not closed */
  N_LOOKUPS
} Lookup;

typedef gboolean (*MarkFunc) (StewardRecord *record,
                              const GDate   *today);

typedef struct
{
  const char *title;      /* N_() */
  const char *property;   /* for a lookup: the id it looks up, "id" for the record's own */
  ColumnKind  kind;
  guint       max_width;  /* XLSX, in Excel's units; 0: the default */
  Lookup      lookup;
  MarkFunc    mark;
} StewardRegisterColumn;

typedef struct
{
  const char                  *name;
  const char                  *title;      /* N_() */
  const char                  *sheet;      /* N_(): at most 31 characters */
  GType                      (*get_type) (void);
  const char                  *order_by;   /* a column, then the id */
  const StewardRegisterColumn *columns;
  guint                        n_columns;
  guint                        lookups;    /* 1 << Lookup */
} StewardRegister;

#define STEWARD_REGISTER_MAX_COLUMNS 17

const StewardRegister *steward_register_find (const char *name);

/* The cells of a register, as every format writes them: the export
 * (steward-register-export.c) reads the records into them and writes CSV,
 * the formats module XLSX (formats/steward-register-xlsx.c). */

/* A date, or a date and time, as a spreadsheet stores it. */
typedef struct
{
  int    year;
  int    month;
  int    day;
  int    hour;
  int    minute;
  double second;
} StewardRegisterWhen;

typedef enum
{
  CELL_EMPTY,
  CELL_TEXT,
  CELL_NUMBER,
  CELL_DATE,
  CELL_DATE_TIME,
} StewardRegisterCellKind;

typedef struct
{
  StewardRegisterCellKind  kind;
  char                    *text;
  double                   number;
  StewardRegisterWhen      when;
} StewardRegisterCell;

typedef struct
{
  const StewardRegister *reg;
  const GDate           *today;
  char                  *title;
  char                  *info;
  GHashTable            *people;              /* gint64 id → name */
  GHashTable            *lookups[N_LOOKUPS];  /* gint64 id → text, or a count */
  GArray                *cells;               /* StewardRegisterCell, row after row */
  guint                  n_rows;
} StewardRegisterExport;

static inline StewardRegisterCell *
steward_register_export_get_cell (StewardRegisterExport *export,
                                  guint                  row,
                                  guint                  column)
{
  return &g_array_index (export->cells, StewardRegisterCell, row * export->reg->n_columns + column);
}

G_END_DECLS
