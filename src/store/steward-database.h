/* steward-database.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "steward-query.h"

G_BEGIN_DECLS

#define STEWARD_DATABASE_ERROR (steward_database_error_quark ())

/**
 * StewardDatabaseError:
 * @STEWARD_DATABASE_ERROR_NOT_A_DATABASE: the file is not an SQLite database,
 *   or is one that Steward did not create
 * @STEWARD_DATABASE_ERROR_CORRUPT: the file is truncated or damaged
 * @STEWARD_DATABASE_ERROR_TOO_NEW: written by a newer Steward
 * @STEWARD_DATABASE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @STEWARD_DATABASE_ERROR_LOCKED: another program is writing to it
 * @STEWARD_DATABASE_ERROR_MIGRATION: a schema step failed (nothing was changed)
 * @STEWARD_DATABASE_ERROR_CONSTRAINT: a value broke a rule of the schema
 * @STEWARD_DATABASE_ERROR_NOT_FOUND: no row with that id
 * @STEWARD_DATABASE_ERROR_IO: the disk could not be read or written
 * @STEWARD_DATABASE_ERROR_FAILED: anything else
 * @STEWARD_DATABASE_ERROR_TOO_OLD: written by an older Steward, and opened
 *   read-only, so it cannot be brought up to date
 * @STEWARD_DATABASE_ERROR_DISK_FULL: the disk (or the file size allowed) is
 *   full; the change was rolled back
 */
typedef enum
{
  STEWARD_DATABASE_ERROR_NOT_A_DATABASE,
  STEWARD_DATABASE_ERROR_CORRUPT,
  STEWARD_DATABASE_ERROR_TOO_NEW,
  STEWARD_DATABASE_ERROR_READ_ONLY,
  STEWARD_DATABASE_ERROR_LOCKED,
  STEWARD_DATABASE_ERROR_MIGRATION,
  STEWARD_DATABASE_ERROR_CONSTRAINT,
  STEWARD_DATABASE_ERROR_NOT_FOUND,
  STEWARD_DATABASE_ERROR_IO,
  STEWARD_DATABASE_ERROR_FAILED,
  STEWARD_DATABASE_ERROR_TOO_OLD,
  STEWARD_DATABASE_ERROR_DISK_FULL,
} StewardDatabaseError;

typedef enum
{
  STEWARD_DATABASE_OPEN_DEFAULT    = 0,
  /* Open without ever writing: no migration, no journal mode change. */
  STEWARD_DATABASE_OPEN_READ_ONLY  = 1 << 0,
  /* Leave PRAGMA quick_check to steward_database_check_async(), so that a
   * large file does not delay the first frame. */
  STEWARD_DATABASE_OPEN_DEFER_CHECK = 1 << 1,
} StewardDatabaseOpenFlags;

/* The SQL storage classes a column is read back as. */
typedef enum
{
  STEWARD_STORAGE_INTEGER,
  STEWARD_STORAGE_REAL,
  STEWARD_STORAGE_TEXT,
  /* Read back as GBytes; the history notes only its length. */
  STEWARD_STORAGE_BLOB,
} StewardStorage;

/**
 * StewardRowFunc:
 * @values: (array): one GValue per requested column, in order; a NULL in the
 *   database is an unset GValue (G_VALUE_TYPE() == 0)
 *
 * Returns: %FALSE to stop reading rows
 */
typedef gboolean (*StewardRowFunc) (const GValue *values,
                                    guint         n_values,
                                    gpointer      user_data);

typedef struct _StewardDatabase StewardDatabase;

typedef gboolean (*StewardTransactionFunc) (StewardDatabase  *db,
                                            gpointer          user_data,
                                            GError          **error);

#define STEWARD_TYPE_DATABASE (steward_database_get_type ())

G_DECLARE_FINAL_TYPE (StewardDatabase, steward_database, STEWARD, DATABASE, GObject)

GQuark            steward_database_error_quark          (void);
char             *steward_database_dup_default_path     (void);
StewardDatabase  *steward_database_open                 (const char                *path,
                                                         StewardDatabaseOpenFlags   flags,
                                                         GError                   **error);
void              steward_database_check_async          (StewardDatabase           *self,
                                                         GCancellable              *cancellable,
                                                         GAsyncReadyCallback        callback,
                                                         gpointer                   user_data);
gboolean          steward_database_check_finish         (StewardDatabase           *self,
                                                         GAsyncResult              *result,
                                                         GError                   **error);
const char       *steward_database_get_path             (StewardDatabase           *self);
gboolean          steward_database_is_read_only         (StewardDatabase           *self);
int               steward_database_get_schema_version   (StewardDatabase           *self);
int               steward_database_get_latest_version   (void);
const char       *steward_database_get_backup_path      (StewardDatabase           *self);
gboolean          steward_database_is_on_network        (StewardDatabase           *self);
gboolean          steward_database_path_is_on_network   (const char                *path);
const char       *steward_database_get_journal_mode     (StewardDatabase           *self);
void              steward_database_close                (StewardDatabase           *self);

/* The longest name written into the history, in characters. */
#define STEWARD_DATABASE_USER_NAME_MAX 100

const char       *steward_database_get_user_name        (StewardDatabase           *self);
void              steward_database_set_user_name        (StewardDatabase           *self,
                                                         const char                *user_name);
void              steward_database_set_busy_timeout     (StewardDatabase           *self,
                                                         guint                      msec);

gboolean          steward_database_transaction          (StewardDatabase           *self,
                                                         StewardTransactionFunc     func,
                                                         gpointer                   user_data,
                                                         GError                   **error);
gboolean          steward_database_in_transaction       (StewardDatabase           *self);

gint64            steward_database_insert               (StewardDatabase           *self,
                                                         const char                *table,
                                                         gint64                     id,
                                                         const char * const        *columns,
                                                         const GValue              *values,
                                                         guint                      n_values,
                                                         GError                   **error);
gboolean          steward_database_update               (StewardDatabase           *self,
                                                         const char                *table,
                                                         gint64                     id,
                                                         const char * const        *columns,
                                                         const GValue              *values,
                                                         guint                      n_values,
                                                         GError                   **error);
gboolean          steward_database_delete               (StewardDatabase           *self,
                                                         const char                *table,
                                                         gint64                     id,
                                                         const char * const        *columns,
                                                         guint                      n_columns,
                                                         GError                   **error);
gboolean          steward_database_select               (StewardDatabase           *self,
                                                         const char                *table,
                                                         const char * const        *columns,
                                                         const StewardStorage      *storage,
                                                         guint                      n_columns,
                                                         StewardQuery              *query,
                                                         StewardRowFunc             func,
                                                         gpointer                   user_data,
                                                         GError                   **error);
gint64            steward_database_count                (StewardDatabase           *self,
                                                         const char                *table,
                                                         StewardQuery              *query,
                                                         GError                   **error);

char             *steward_database_dup_meta             (StewardDatabase           *self,
                                                         const char                *key);
gboolean          steward_database_set_meta             (StewardDatabase           *self,
                                                         const char                *key,
                                                         const char                *value,
                                                         GError                   **error);

G_END_DECLS
