/* steward-record.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "store/steward-database.h"

G_BEGIN_DECLS

#define STEWARD_RECORD_ERROR (steward_record_error_quark ())

typedef enum
{
  STEWARD_RECORD_ERROR_INVALID,
  STEWARD_RECORD_ERROR_READ_ONLY,
} StewardRecordError;

/**
 * StewardColumnFlags:
 * @STEWARD_COLUMN_ZERO_IS_NULL: an id property whose 0 means "none", stored
 *   as NULL so that a foreign key can hold it
 */
typedef enum
{
  STEWARD_COLUMN_DEFAULT      = 0,
  STEWARD_COLUMN_ZERO_IS_NULL = 1 << 0,
} StewardColumnFlags;

/**
 * StewardProblem:
 * @property: the property (form field) at fault
 * @message: what is wrong, translated, to show beside the field
 */
typedef struct
{
  char *property;
  char *message;
} StewardProblem;

/* The flags every column property is made with. */
#define STEWARD_COLUMN_PARAM_FLAGS \
  (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

#define STEWARD_TYPE_RECORD (steward_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (StewardRecord, steward_record, STEWARD, RECORD, GObject)

struct _StewardRecordClass
{
  GObjectClass parent_class;

  void (*validate) (StewardRecord *self,
                    GPtrArray     *problems);

  /*< private >*/
  gpointer _reserved[8];
};

GQuark          steward_record_error_quark        (void);

void            steward_record_class_set_table    (StewardRecordClass *klass,
                                                   const char         *table);
void            steward_record_class_set_read_only (StewardRecordClass *klass);
GParamSpec     *steward_record_class_install_column (StewardRecordClass *klass,
                                                   GParamSpec         *pspec,
                                                   StewardColumnFlags  flags);
const char     *steward_record_class_get_table    (StewardRecordClass *klass);
const char     *steward_record_class_get_column   (StewardRecordClass *klass,
                                                   const char         *property);

gint64          steward_record_get_id             (StewardRecord      *self);
const GValue   *steward_record_peek_value         (StewardRecord      *self,
                                                   GParamSpec         *pspec);
void            steward_record_set_value          (StewardRecord      *self,
                                                   GParamSpec         *pspec,
                                                   const GValue       *value);
const char     *steward_record_get_string         (StewardRecord      *self,
                                                   GParamSpec         *pspec);
gint64          steward_record_get_int64          (StewardRecord      *self,
                                                   GParamSpec         *pspec);
gboolean        steward_record_get_boolean        (StewardRecord      *self,
                                                   GParamSpec         *pspec);
double          steward_record_get_double         (StewardRecord      *self,
                                                   GParamSpec         *pspec);
int             steward_record_get_int            (StewardRecord      *self,
                                                   GParamSpec         *pspec);
int             steward_record_get_enum           (StewardRecord      *self,
                                                   GParamSpec         *pspec);
gpointer        steward_record_get_boxed          (StewardRecord      *self,
                                                   GParamSpec         *pspec);
void            steward_record_set_string         (StewardRecord      *self,
                                                   GParamSpec         *pspec,
                                                   const char         *value);
StewardRecord  *steward_record_copy               (StewardRecord      *self);
gboolean        steward_record_equal              (StewardRecord      *self,
                                                   StewardRecord      *other);
void            steward_record_assign             (StewardRecord      *self,
                                                   StewardRecord      *source);
GPtrArray      *steward_record_validate           (StewardRecord      *self);
void            steward_record_add_problem        (GPtrArray          *problems,
                                                   const char         *property,
                                                   const char         *message);

gpointer        steward_record_load               (StewardDatabase    *db,
                                                   GType               record_type,
                                                   gint64              id,
                                                   GError            **error);
gboolean        steward_record_load_each          (StewardDatabase    *db,
                                                   GType               record_type,
                                                   StewardQuery       *query,
                                                   gboolean          (*func) (StewardRecord *record,
                                                                              gpointer       user_data),
                                                   gpointer            user_data,
                                                   GError            **error);
gboolean        steward_record_save               (StewardRecord      *self,
                                                   StewardDatabase    *db,
                                                   GError            **error);
gboolean        steward_record_delete             (StewardRecord      *self,
                                                   StewardDatabase    *db,
                                                   GError            **error);
gboolean        steward_record_restore            (StewardRecord      *self,
                                                   StewardDatabase    *db,
                                                   GError            **error);

/* For StewardRecordList: rows are read once, then matched to existing items. */
typedef struct _StewardRecordRow StewardRecordRow;

gboolean        steward_record_read_rows          (StewardDatabase    *db,
                                                   GType               record_type,
                                                   StewardQuery       *query,
                                                   GPtrArray         **rows,
                                                   GError            **error);
gint64          steward_record_row_get_id         (StewardRecordRow   *row);
StewardRecord  *steward_record_row_create         (StewardRecordRow   *row);
void            steward_record_row_apply          (StewardRecordRow   *row,
                                                   StewardRecord      *record);

G_END_DECLS
