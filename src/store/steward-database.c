/* steward-database.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "steward-backup.h"
#include "steward-database-private.h"
#include "steward-verify.h"

#define MIGRATIONS_PATH      RESOURCE_PATH "/migrations/"
#define APPLICATION_ID       0x53545744 /* "STWD" */
#define DEFAULT_BUSY_TIMEOUT 2000
#define SQLITE_HEADER        "SQLite format 3"

struct _StewardDatabase
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *user_name;
  char       *backup_path;
  char       *journal_mode;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  GHashTable *touched;      /* table names written in the open transaction */
  guint       depth;        /* transaction nesting */
  int         schema_version;
  guint       read_only : 1;
  guint       on_network : 1;   /* NFS, SMB/CIFS…: rollback journal, not WAL */
};

G_DEFINE_FINAL_TYPE (StewardDatabase, steward_database, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_USER_NAME,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (steward-database-error-quark, steward_database_error)

static void
steward_database_dispose (GObject *object)
{
  StewardDatabase *self = (StewardDatabase *)object;

  steward_database_close (self);

  G_OBJECT_CLASS (steward_database_parent_class)->dispose (object);
}

static void
steward_database_finalize (GObject *object)
{
  StewardDatabase *self = (StewardDatabase *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->user_name, g_free);
  g_clear_pointer (&self->backup_path, g_free);
  g_clear_pointer (&self->journal_mode, g_free);

  G_OBJECT_CLASS (steward_database_parent_class)->finalize (object);
}

static void
steward_database_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StewardDatabase *self = STEWARD_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    case PROP_USER_NAME:
      g_value_set_string (value, steward_database_get_user_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_database_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  StewardDatabase *self = STEWARD_DATABASE (object);

  switch (prop_id)
    {
    case PROP_USER_NAME:
      steward_database_set_user_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_database_class_init (StewardDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_database_dispose;
  object_class->finalize = steward_database_finalize;
  object_class->get_property = steward_database_get_property;
  object_class->set_property = steward_database_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_USER_NAME] =
    g_param_spec_string ("user-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StewardDatabase::changed:
   * @tables: (array zero-terminated=1): every table the commit touched
   *
   * Emitted after a commit, once for each table the commit wrote to, with
   * that table's name as the detail: a list of people connects to
   * `changed::person` and hears of each commit that touched the table once.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
steward_database_init (StewardDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Errors */

/* Whether a failed write's errno says there is no room: a full disk, the
 * file size limit, or the user's quota. */
static gboolean
errno_means_disk_full (int saved_errno)
{
  return saved_errno == ENOSPC || saved_errno == EFBIG || saved_errno == EDQUOT;
}

/**
 * _steward_database_set_write_error:
 * @path: the file that could not be written
 * @saved_errno: the errno of the failed write
 *
 * Sets @error to %STEWARD_DATABASE_ERROR_DISK_FULL when @saved_errno says
 * there is no room, to %STEWARD_DATABASE_ERROR_IO otherwise.
 *
 * Returns: %FALSE, for the caller to return
 */
gboolean
_steward_database_set_write_error (const char  *path,
                                   int          saved_errno,
                                   GError     **error)
{
  g_set_error (error, STEWARD_DATABASE_ERROR,
               errno_means_disk_full (saved_errno) ? STEWARD_DATABASE_ERROR_DISK_FULL : STEWARD_DATABASE_ERROR_IO,
               _("Could not write “%s”: %s"), path, g_strerror (saved_errno));

  return FALSE;
}

/* Whether the disk, or the file size this process may write, has no room
 * left beside the database of @db. SQLite's own errno of a failed write is
 * not always kept (the unix VFS reads errno later, when something else may
 * have changed it), so a write error is also checked against the disk. */
static gboolean
disk_looks_full (sqlite3 *db)
{
  static const char * const suffixes[] = { "", "-wal", "-journal" };
  const char *path = db != NULL ? sqlite3_db_filename (db, "main") : NULL;
  g_autofree char *dir = NULL;
  struct statvfs vfs;
  struct rlimit limit;

  if (path == NULL || path[0] == '\0')
    return FALSE;

  dir = g_path_get_dirname (path);
  if (statvfs (dir, &vfs) == 0 && (guint64)vfs.f_bavail * vfs.f_frsize < 1024 * 1024)
    return TRUE;

  if (getrlimit (RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        GStatBuf st;

        if (g_stat (file, &st) == 0 && (guint64)st.st_size + 1024 * 1024 >= (guint64)limit.rlim_cur)
          return TRUE;
      }

  return FALSE;
}

static int
error_code_for_sqlite (sqlite3 *db,
                       int      rc)
{
  int system_errno = db != NULL ? sqlite3_system_errno (db) : 0;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:     return STEWARD_DATABASE_ERROR_NOT_A_DATABASE;
    case SQLITE_CORRUPT:    return STEWARD_DATABASE_ERROR_CORRUPT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:     return STEWARD_DATABASE_ERROR_LOCKED;
    case SQLITE_READONLY:   return STEWARD_DATABASE_ERROR_READ_ONLY;
    case SQLITE_CONSTRAINT: return STEWARD_DATABASE_ERROR_CONSTRAINT;
    case SQLITE_FULL:       return STEWARD_DATABASE_ERROR_DISK_FULL;
    case SQLITE_IOERR:
      /* A write past the file size limit (EFBIG) or onto a full disk
       * (ENOSPC) comes back from some file systems as a write error. */
      if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE ||
          rc == SQLITE_IOERR_SHMSIZE)
        return errno_means_disk_full (system_errno) || disk_looks_full (db)
               ? STEWARD_DATABASE_ERROR_DISK_FULL : STEWARD_DATABASE_ERROR_IO;
      return STEWARD_DATABASE_ERROR_IO;
    case SQLITE_CANTOPEN:   return STEWARD_DATABASE_ERROR_IO;
    default:                return STEWARD_DATABASE_ERROR_FAILED;
    }
}

static const char *
describe_error_code (int code)
{
  switch (code)
    {
    case STEWARD_DATABASE_ERROR_NOT_A_DATABASE:
      return _("The file is not a Steward database.");
    case STEWARD_DATABASE_ERROR_CORRUPT:
      return _("The database file is damaged or incomplete.");
    case STEWARD_DATABASE_ERROR_LOCKED:
      return _("Another program is writing to the database.");
    case STEWARD_DATABASE_ERROR_READ_ONLY:
      return _("The database cannot be written to.");
    case STEWARD_DATABASE_ERROR_CONSTRAINT:
      return _("The change breaks a rule of the database.");
    case STEWARD_DATABASE_ERROR_IO:
      return _("The disk could not be read or written. Nothing of this change was saved.");
    case STEWARD_DATABASE_ERROR_DISK_FULL:
      return _("The disk is full. Nothing of this change was saved; free some space and save again.");
    default:
      return _("The database reported an error.");
    }
}

/* Turns an SQLite failure into a GError whose message a user can read,
 * with SQLite's own words after it for the technically minded. */
gboolean
_steward_database_set_sqlite_error (sqlite3  *db,
                  int       rc,
                  GError  **error)
{
  int code = error_code_for_sqlite (db, rc);
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  g_set_error (error, STEWARD_DATABASE_ERROR, code,
               "%s (%s)", describe_error_code (code), detail);

  return FALSE;
}

/* Statements */

/* Every SQL text here is made of identifiers that come from record classes
 * or from this file; values are always bound. Refuse anything else so that a
 * mistake cannot turn into an injection. */
static gboolean
is_identifier (const char *name)
{
  if (name == NULL || !(g_ascii_islower (*name) || *name == '_'))
    return FALSE;

  for (const char *p = name; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return FALSE;

  return TRUE;
}

static gboolean
check_identifiers (const char         *table,
                   const char * const *columns,
                   guint               n_columns,
                   GError            **error)
{
  if (!is_identifier (table))
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED,
                   "Invalid table name “%s”", table);
      return FALSE;
    }

  for (guint i = 0; i < n_columns; i++)
    if (!is_identifier (columns[i]))
      {
        g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED,
                     "Invalid column name “%s”", columns[i]);
        return FALSE;
      }

  return TRUE;
}

typedef struct
{
  sqlite3_stmt *stmt;
  gboolean      owned;
} Statement;

static void
statement_clear (Statement *statement)
{
  if (statement->stmt == NULL)
    return;

  if (statement->owned)
    sqlite3_finalize (statement->stmt);
  else
    {
      sqlite3_reset (statement->stmt);
      sqlite3_clear_bindings (statement->stmt);
    }

  statement->stmt = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Statement, statement_clear)

/* Statements are cached by their text. One that is still being stepped (a
 * row callback that queries the same table again) gets a private copy. */
static gboolean
prepare (StewardDatabase  *self,
         const char       *sql,
         Statement        *out,
         GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (self->db == NULL)
    {
      g_set_error_literal (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED,
                           _("The database is closed."));
      return FALSE;
    }

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL && !sqlite3_stmt_busy (stmt))
    {
      out->stmt = stmt;
      out->owned = FALSE;
      return TRUE;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1,
                           stmt == NULL ? SQLITE_PREPARE_PERSISTENT : 0,
                           &out->stmt, NULL);
  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (self->db, rc, error);

  if (stmt == NULL)
    {
      g_hash_table_insert (self->statements, g_strdup (sql), out->stmt);
      out->owned = FALSE;
    }
  else
    out->owned = TRUE;

  return TRUE;
}

static gboolean
bind_value (sqlite3_stmt  *stmt,
            int            index,
            const GValue  *value)
{
  GType type = value != NULL ? G_VALUE_TYPE (value) : G_TYPE_INVALID;

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_INVALID:
      return sqlite3_bind_null (stmt, index) == SQLITE_OK;
    case G_TYPE_BOOLEAN:
      return sqlite3_bind_int64 (stmt, index, g_value_get_boolean (value)) == SQLITE_OK;
    case G_TYPE_INT:
      return sqlite3_bind_int64 (stmt, index, g_value_get_int (value)) == SQLITE_OK;
    case G_TYPE_UINT:
      return sqlite3_bind_int64 (stmt, index, g_value_get_uint (value)) == SQLITE_OK;
    case G_TYPE_INT64:
      return sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value)) == SQLITE_OK;
    case G_TYPE_DOUBLE:
      return sqlite3_bind_double (stmt, index, g_value_get_double (value)) == SQLITE_OK;
    case G_TYPE_STRING:
      if (g_value_get_string (value) == NULL)
        return sqlite3_bind_null (stmt, index) == SQLITE_OK;
      return sqlite3_bind_text (stmt, index, g_value_get_string (value), -1,
                                SQLITE_TRANSIENT) == SQLITE_OK;
    case G_TYPE_BOXED:
      if (type == G_TYPE_BYTES)
        {
          GBytes *bytes = g_value_get_boxed (value);
          gsize size = 0;
          gconstpointer data;

          if (bytes == NULL)
            return sqlite3_bind_null (stmt, index) == SQLITE_OK;
          data = g_bytes_get_data (bytes, &size);
          return sqlite3_bind_blob64 (stmt, index, size > 0 ? data : "", size,
                                      SQLITE_TRANSIENT) == SQLITE_OK;
        }
      G_GNUC_FALLTHROUGH;
    default:
      g_critical ("Cannot store a value of type %s", g_type_name (type));
      return FALSE;
    }
}

static gboolean
bind_values (StewardDatabase  *self,
             sqlite3_stmt     *stmt,
             int               first,
             const GValue     *values,
             guint             n_values,
             GError          **error)
{
  for (guint i = 0; i < n_values; i++)
    if (!bind_value (stmt, first + i, &values[i]))
      {
        g_set_error_literal (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED,
                             _("A value could not be stored."));
        return FALSE;
      }

  return TRUE;
}

/* Steps a statement that returns no rows (or whose rows are not wanted). */
static gboolean
step_done (StewardDatabase  *self,
           sqlite3_stmt     *stmt,
           GError          **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;

  if (rc != SQLITE_DONE)
    return _steward_database_set_sqlite_error (self->db, rc, error);

  return TRUE;
}

static gboolean
exec (StewardDatabase  *self,
      const char       *sql,
      GError          **error)
{
  g_auto(Statement) statement = { 0 };

  return prepare (self, sql, &statement, error) &&
         step_done (self, statement.stmt, error);
}

/* Runs a statement that yields a single integer, such as a PRAGMA. */
static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          *out = 0;
          rc = SQLITE_OK;
        }
    }

  if (rc != SQLITE_OK)
    _steward_database_set_sqlite_error (db, rc, error);

  sqlite3_finalize (stmt);

  return rc == SQLITE_OK;
}

/* Checks */

static gboolean
run_quick_check (sqlite3  *db,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *problem = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *result = (const char *)sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        problem = g_strdup (result);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      /* quick_check itself can fail on a damaged file: that is the answer. */
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return _steward_database_set_sqlite_error (db, rc, error);

      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CORRUPT,
                   "%s (%s)", describe_error_code (STEWARD_DATABASE_ERROR_CORRUPT),
                   sqlite3_errmsg (db));
      return FALSE;
    }

  if (problem != NULL)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CORRUPT,
                   "%s (%s)", describe_error_code (STEWARD_DATABASE_ERROR_CORRUPT), problem);
      return FALSE;
    }

  return TRUE;
}

/* Whether a non-empty rollback journal or write-ahead log lies beside
 * @path, which SQLite reads when it opens the file. */
static gboolean
has_companion_file (const char *path)
{
  static const char * const suffixes[] = { "-journal", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (companion, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0)
        return TRUE;
    }

  return FALSE;
}

/* Reads the first 100 bytes without SQLite, so that a file that is not a
 * database, or a database that was cut short, is recognised before anything
 * could write to it. */
gboolean
_steward_database_check_header (const char  *path,
              GError     **error)
{
  guint8 header[100];
  GStatBuf st;
  gssize n;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a file."), path);
      return FALSE;
    }

  /* An empty file is an empty database. */
  if (st.st_size == 0)
    return TRUE;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, STEWARD_DATABASE_ERROR,
                   saved_errno == EACCES ? STEWARD_DATABASE_ERROR_READ_ONLY : STEWARD_DATABASE_ERROR_IO,
                   _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (gssize)sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a database file."), path);
      return FALSE;
    }

  {
    guint32 page_size = (header[16] << 8) | header[17];
    guint32 change_counter = GUINT32_FROM_BE (*(guint32 *)&header[24]);
    guint32 n_pages = GUINT32_FROM_BE (*(guint32 *)&header[28]);
    guint32 valid_for = GUINT32_FROM_BE (*(guint32 *)&header[92]);

    if (page_size == 1)
      page_size = 65536;

    /* A file cut short is refused, unless SQLite will make it whole:
     * after a crash mid-transaction, the hot rollback journal beside it
     * puts the pages back (a commit that grew the file writes page 1,
     * with the new count, before the rest), and a WAL holds pages the
     * file does not have yet. */
    if (n_pages > 0 && change_counter == valid_for && !has_companion_file (path) &&
        (goffset)n_pages * page_size > st.st_size)
      {
        g_autofree char *have = g_format_size_full (st.st_size, G_FORMAT_SIZE_LONG_FORMAT);
        g_autofree char *need = g_format_size_full ((guint64)n_pages * page_size, G_FORMAT_SIZE_LONG_FORMAT);

        /* TRANSLATORS: a file name, then two sizes: what is there, and what should be */
        g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_CORRUPT,
                     _("“%s” is incomplete: it was cut short at %s of %s."), path, have, need);
        return FALSE;
      }
  }

  return TRUE;
}

static gboolean
check_writable (const char  *path,
                gboolean     exists,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (exists && g_access (path, W_OK) != 0)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY,
                   _("You do not have permission to change “%s”."), path);
      return FALSE;
    }

  /* WAL keeps two files beside the database: the folder must be writable.
   * A folder that does not exist yet is made when the file is created. */
  if (g_file_test (dir, G_FILE_TEST_IS_DIR) && g_access (dir, W_OK) != 0)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY,
                   _("The folder “%s” cannot be written to."), dir);
      return FALSE;
    }

  return TRUE;
}

gboolean
_steward_database_create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, STEWARD_DATABASE_ERROR,
                   (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
                     ? STEWARD_DATABASE_ERROR_READ_ONLY : STEWARD_DATABASE_ERROR_IO,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, STEWARD_DATABASE_ERROR,
                   (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
                     ? STEWARD_DATABASE_ERROR_READ_ONLY : STEWARD_DATABASE_ERROR_IO,
                   _("Could not create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);

  return TRUE;
}

/* Migrations */

static int
parse_migration_number (const char *name)
{
  guint64 number = 0;
  const char *dash = strchr (name, '-');

  if (dash == NULL || !g_str_has_suffix (name, ".sql"))
    return -1;

  {
    g_autofree char *digits = g_strndup (name, dash - name);

    if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT, &number, NULL))
      return -1;
  }

  return (int)number;
}

static int
compare_migrations (gconstpointer a,
                    gconstpointer b)
{
  return parse_migration_number (*(const char * const *)a) -
         parse_migration_number (*(const char * const *)b);
}

static GPtrArray *
list_migrations (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_PATH, 0, NULL);
  GPtrArray *migrations = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; names != NULL && names[i]; i++)
    if (parse_migration_number (names[i]) > 0)
      g_ptr_array_add (migrations, g_strdup (names[i]));

  g_ptr_array_sort (migrations, compare_migrations);

  return migrations;
}

/**
 * steward_database_get_latest_version:
 *
 * Returns: the schema version this build of Steward writes
 */
int
steward_database_get_latest_version (void)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();

  if (migrations->len == 0)
    return 0;

  return parse_migration_number (g_ptr_array_index (migrations, migrations->len - 1));
}

/* Each migration file ends by setting PRAGMA user_version to its own
 * number, so no SQL text is ever assembled here; the number is checked. */
static gboolean
apply_migration (StewardDatabase  *self,
                 const char       *name,
                 GError          **error)
{
  g_autofree char *resource = g_strconcat (MIGRATIONS_PATH, name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  char *message = NULL;
  int expected = parse_migration_number (name);
  int version = 0;
  int rc;

  bytes = g_resources_lookup_data (resource, 0, error);
  if (bytes == NULL)
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (self->db, rc, error);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  /* What SQL cannot do, in the same transaction: 007 adds the history's
   * digests, which the rows written before it get here. */
  if (rc == SQLITE_OK && expected == 7)
    {
      g_autoptr(GError) seal_error = NULL;

      if (!_steward_history_seal (self->db, &seal_error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_MIGRATION,
                       _("Updating the database to version %d failed; nothing was changed. (%s)"),
                       expected, seal_error->message);
          return FALSE;
        }
    }

  if (rc == SQLITE_OK && query_int (self->db, "PRAGMA user_version", &version, NULL) &&
      version == expected)
    rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, &message);
  else if (rc == SQLITE_OK)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_MIGRATION,
                   "Migration %s left user_version at %d", name, version);
      return FALSE;
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_MIGRATION,
                   _("Updating the database to version %d failed; nothing was changed. (%s)"),
                   expected, message ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  self->schema_version = version;

  return TRUE;
}

static gboolean
migrate (StewardDatabase  *self,
         gboolean          is_new,
         GError          **error)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();
  gboolean backed_up = FALSE;

  for (guint i = 0; i < migrations->len; i++)
    {
      const char *name = g_ptr_array_index (migrations, i);

      if (parse_migration_number (name) <= self->schema_version)
        continue;

      if (!is_new && !backed_up)
        {
          self->backup_path = _steward_backup_make_before_migration (self->db, self->path,
                                                                      self->schema_version, error);
          if (self->backup_path == NULL)
            return FALSE;
          backed_up = TRUE;
        }

      g_debug ("Applying migration %s", name);

      if (!apply_migration (self, name, error))
        return FALSE;
    }

  return TRUE;
}

/* Opening */

static gboolean
open_connection (StewardDatabase  *self,
                 gboolean          immutable,
                 GError          **error)
{
  g_autofree char *uri = NULL;
  int flags;
  int rc;

  if (self->read_only)
    {
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);

      uri = g_strdup_printf ("file:%s?mode=ro%s", escaped, immutable ? "&immutable=1" : "");
      flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
  else
    {
      uri = g_strdup (self->path);
      flags = SQLITE_OPEN_READWRITE;
    }

  rc = sqlite3_open_v2 (uri, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _steward_database_set_sqlite_error (self->db, rc, error);
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, DEFAULT_BUSY_TIMEOUT);

  return TRUE;
}

/* Reads the schema: the first read of the file, where SQLite itself says
 * whether it is a database at all. */
static gboolean
read_versions (StewardDatabase  *self,
               GError          **error)
{
  int application_id = 0;
  int n_objects = 0;

  if (!query_int (self->db, "PRAGMA application_id", &application_id, error) ||
      !query_int (self->db, "PRAGMA user_version", &self->schema_version, error) ||
      !query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  /* Migration 001 gives every Steward file its application id: a file with
   * a schema but without our id belongs to another program. */
  if ((application_id != 0 && application_id != APPLICATION_ID) ||
      (self->schema_version > 0 && application_id != APPLICATION_ID) ||
      (self->schema_version == 0 && n_objects > 0) ||
      self->schema_version < 0)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is a database of another program, not of Steward."), self->path);
      return FALSE;
    }

  if (self->schema_version > steward_database_get_latest_version ())
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Steward (database version %d; this version knows up to %d)."),
                   self->path, self->schema_version, steward_database_get_latest_version ());
      return FALSE;
    }

  return TRUE;
}

static gboolean
configure_for_writing (StewardDatabase  *self,
                       GError          **error)
{
  int rc;

  /* Probe the write lock first: changing the journal mode of a file that
   * another program is writing would wait, then fail half-way. */
  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        {
          g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_LOCKED,
                       _("Another program is writing to “%s”. Close it, or open the file read-only."),
                       self->path);
          return FALSE;
        }
      return _steward_database_set_sqlite_error (self->db, rc, error);
    }
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  rc = sqlite3_exec (self->db, "PRAGMA synchronous=FULL", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (self->db, rc, error);

  return TRUE;
}

/* Once the file is known to be Steward's and up to date: a file refused
 * on opening (a failed migration) is left in the journal mode it had. */
static gboolean
set_journal_mode (StewardDatabase  *self,
                  GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* WAL shares memory between the programs that open the file, which a
   * network file system cannot do: there, the rollback journal. */
  rc = sqlite3_prepare_v2 (self->db,
                           self->on_network ? "PRAGMA journal_mode=DELETE" : "PRAGMA journal_mode=WAL",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_free (self->journal_mode);
      self->journal_mode = g_ascii_strdown ((const char *)sqlite3_column_text (stmt, 0), -1);
      if (g_strcmp0 (self->journal_mode, self->on_network ? "delete" : "wal") != 0)
        g_warning ("The database is in %s mode", self->journal_mode);
      rc = SQLITE_OK;
    }
  else if (rc == SQLITE_OK)
    rc = sqlite3_errcode (self->db);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (self->db, rc, error);

  return TRUE;
}

/* The magic numbers of statfs(2) of the network file systems on which
 * SQLite's WAL is unsafe (it needs memory shared between the computers). */
static gboolean
fs_type_is_network (unsigned long fs_type)
{
  switch (fs_type)
    {
    case 0x6969:      /* NFS */
    case 0x517b:      /* SMB */
    case 0xff534d42:  /* CIFS */
    case 0xfe534d42:  /* SMB2 */
    case 0x564c:      /* NCP */
    case 0x6b414653:  /* AFS */
    case 0x5346414f:  /* OpenAFS */
    case 0x0bd00bd0:  /* Lustre */
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * steward_database_path_is_on_network:
 * @path: a file, or a file yet to be created
 *
 * Whether @path is on a network file system (NFS, SMB/CIFS, AFS…), where
 * SQLite's write-ahead log is unsafe. `STEWARD_NETWORK_FS=1` in the
 * environment says yes, for tests, which cannot mount one.
 */
gboolean
steward_database_path_is_on_network (const char *path)
{
  g_autofree char *dir = NULL;
  struct statfs st;

  if (g_strcmp0 (g_getenv ("STEWARD_NETWORK_FS"), "1") == 0)
    return TRUE;

  if (statfs (path, &st) == 0)
    return fs_type_is_network ((unsigned long)st.f_type);

  dir = g_path_get_dirname (path);
  if (statfs (dir, &st) == 0)
    return fs_type_is_network ((unsigned long)st.f_type);

  return FALSE;
}

/**
 * steward_database_is_on_network:
 *
 * Whether the file is on a network file system, and so was opened with a
 * rollback journal rather than a write-ahead log. The window tells the user.
 */
gboolean
steward_database_is_on_network (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), FALSE);

  return self->on_network;
}

/**
 * steward_database_get_journal_mode:
 *
 * Returns: (nullable): "wal" or "delete"; %NULL when opened read-only
 */
const char *
steward_database_get_journal_mode (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), NULL);

  return self->journal_mode;
}

sqlite3 *
_steward_database_get_connection (StewardDatabase *self)
{
  return self->db;
}

/**
 * steward_database_dup_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/steward/steward.db`
 */
char *
steward_database_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "steward", "steward.db", NULL);
}

/**
 * steward_database_open:
 * @path: the database file; created with mode 0600 when it does not exist
 * @flags: how to open it
 *
 * Opens a Steward database and brings its schema up to date, after a backup.
 * A file that is not a database, damaged, from a newer Steward, read-only or
 * locked gives an error of %STEWARD_DATABASE_ERROR and is not written to.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
StewardDatabase *
steward_database_open (const char                *path,
                       StewardDatabaseOpenFlags   flags,
                       GError                   **error)
{
  g_autoptr(StewardDatabase) self = NULL;
  gboolean exists;
  gboolean is_new = FALSE;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (STEWARD_TYPE_DATABASE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->read_only = !!(flags & STEWARD_DATABASE_OPEN_READ_ONLY);

  exists = g_file_test (self->path, G_FILE_TEST_EXISTS);

  if (exists && !_steward_database_check_header (self->path, error))
    return NULL;

  if (self->read_only)
    {
      if (!exists)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                       _("“%s” does not exist."), self->path);
          return NULL;
        }

      /* A WAL database in a folder we cannot write has no shared-memory
       * file to read through; then read the file as it stands. */
      if (!open_connection (self, FALSE, error))
        return NULL;
      if (!read_versions (self, NULL))
        {
          g_clear_pointer (&self->db, sqlite3_close);
          if (!open_connection (self, TRUE, error) || !read_versions (self, error))
            return NULL;
        }

      /* Its tables are not the ones this Steward reads. */
      if (self->schema_version > 0 && self->schema_version < steward_database_get_latest_version ())
        {
          g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_TOO_OLD,
                       _("“%s” was written by an older version of Steward. Open it normally once, so that it can be updated (a backup is made first); it cannot be updated read-only."),
                       self->path);
          return NULL;
        }
    }
  else
    {
      if (!check_writable (self->path, exists, error))
        return NULL;

      if (!exists)
        {
          if (!_steward_database_create_private_file (self->path, error))
            return NULL;
          is_new = TRUE;
        }

      if (!open_connection (self, FALSE, error) || !read_versions (self, error))
        return NULL;

      is_new = is_new || self->schema_version == 0;
    }

  /* The full check reads every page: worth its cost before a migration
   * rewrites the file, otherwise the caller may run it after the first frame. */
  if (!is_new &&
      (!(flags & STEWARD_DATABASE_OPEN_DEFER_CHECK) ||
       (!self->read_only && self->schema_version < steward_database_get_latest_version ())))
    {
      if (!run_quick_check (self->db, error))
        return NULL;
    }

  if (!self->read_only)
    {
      /* On a network file system, leave WAL before anything is written
       * (the migration, its backup, the history's sealing); elsewhere WAL
       * once the migrations went through, so that a file refused by a
       * failed migration is left as it was. */
      self->on_network = steward_database_path_is_on_network (self->path);
      if (!configure_for_writing (self, error) ||
          (self->on_network && !set_journal_mode (self, error)) ||
          !migrate (self, is_new, error) ||
          (!self->on_network && !set_journal_mode (self, error)))
        return NULL;
    }

  if (!query_int (self->db, "PRAGMA foreign_keys=ON", &(int){0}, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", escaped);
  GError *error = NULL;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, DEFAULT_BUSY_TIMEOUT);
      if (run_quick_check (db, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
    }
  else
    {
      _steward_database_set_sqlite_error (db, rc, &error);
      g_task_return_error (task, error);
    }

  sqlite3_close (db);
}

/**
 * steward_database_check_async:
 *
 * Runs `PRAGMA quick_check` on its own read-only connection in a thread.
 */
void
steward_database_check_async (StewardDatabase     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (STEWARD_IS_DATABASE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, steward_database_check_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, check_thread);
}

gboolean
steward_database_check_finish (StewardDatabase  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
steward_database_close (StewardDatabase *self)
{
  g_return_if_fail (STEWARD_IS_DATABASE (self));

  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->db, sqlite3_close);
}

const char *
steward_database_get_path (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), NULL);

  return self->path;
}

gboolean
steward_database_is_read_only (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), TRUE);

  return self->read_only;
}

int
steward_database_get_schema_version (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), 0);

  return self->schema_version;
}

/**
 * steward_database_get_backup_path:
 *
 * Returns: (nullable): the backup made before this open migrated the file
 */
const char *
steward_database_get_backup_path (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), NULL);

  return self->backup_path;
}

/**
 * steward_database_get_user_name:
 *
 * Returns: the name written into the history: the one set, or the
 *   login name of the user running Steward
 */
const char *
steward_database_get_user_name (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), NULL);

  if (self->user_name != NULL && self->user_name[0] != '\0')
    return self->user_name;

  return g_get_user_name ();
}

/**
 * steward_database_set_user_name:
 * @user_name: (nullable): the name to write into the history; %NULL, or
 *   only spaces: the login name
 *
 * The name is written into every history row: its spaces at either end
 * are dropped and it is cut to STEWARD_DATABASE_USER_NAME_MAX characters
 * (a page of text pasted into Preferences is not copied into each row).
 */
void
steward_database_set_user_name (StewardDatabase *self,
                                const char      *user_name)
{
  g_autofree char *name = NULL;

  g_return_if_fail (STEWARD_IS_DATABASE (self));

  if (user_name != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (user_name));

      name = g_utf8_substring (stripped, 0, MIN (g_utf8_strlen (stripped, -1), STEWARD_DATABASE_USER_NAME_MAX));
    }

  if (g_strcmp0 (self->user_name, name) != 0)
    {
      g_free (self->user_name);
      self->user_name = g_steal_pointer (&name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_NAME]);
    }
}

void
steward_database_set_busy_timeout (StewardDatabase *self,
                                   guint            msec)
{
  g_return_if_fail (STEWARD_IS_DATABASE (self));

  if (self->db != NULL)
    sqlite3_busy_timeout (self->db, (int)msec);
}

/* Transactions */

static gboolean
check_writable_connection (StewardDatabase  *self,
                           GError          **error)
{
  if (self->read_only)
    {
      g_set_error_literal (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_READ_ONLY,
                           _("The database is open read-only: changes cannot be saved."));
      return FALSE;
    }

  return TRUE;
}

static void
emit_changed (StewardDatabase *self)
{
  g_autofree const char **tables = NULL;
  guint n_tables = 0;

  if (g_hash_table_size (self->touched) == 0)
    return;

  tables = (const char **)g_hash_table_get_keys_as_array (self->touched, &n_tables);
  g_hash_table_steal_all (self->touched);

  for (guint i = 0; i < n_tables; i++)
    g_signal_emit (self, signals[CHANGED], g_quark_from_string (tables[i]), tables);

  for (guint i = 0; i < n_tables; i++)
    g_free ((char *)tables[i]);
}

/**
 * steward_database_transaction:
 * @func: does the work; returns %FALSE with its error set to roll back
 *
 * Runs @func inside a transaction (a savepoint when nested) that is
 * committed when it returns %TRUE and rolled back otherwise. After the
 * outermost commit, #StewardDatabase::changed is emitted for what was written.
 */
gboolean
steward_database_transaction (StewardDatabase         *self,
                              StewardTransactionFunc   func,
                              gpointer                 user_data,
                              GError                 **error)
{
  g_autoptr(GHashTable) touched_before = NULL;
  GError *local_error = NULL;
  gboolean outermost;
  gboolean ok;

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!check_writable_connection (self, error))
    return FALSE;

  outermost = self->depth == 0;

  if (!exec (self, outermost ? "BEGIN IMMEDIATE" : "SAVEPOINT steward_nested", error))
    return FALSE;

  /* A savepoint that is rolled back must not announce its tables. */
  if (!outermost)
    {
      GHashTableIter iter;
      gpointer table;

      touched_before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&iter, self->touched);
      while (g_hash_table_iter_next (&iter, &table, NULL))
        g_hash_table_add (touched_before, g_strdup (table));
    }

  self->depth++;
  ok = func (self, user_data, &local_error);
  self->depth--;

  if (ok)
    {
      ok = exec (self, outermost ? "COMMIT" : "RELEASE steward_nested", &local_error);
      if (!ok && outermost && !sqlite3_get_autocommit (self->db))
        exec (self, "ROLLBACK", NULL);
    }
  else if (outermost)
    exec (self, "ROLLBACK", NULL);
  else
    {
      exec (self, "ROLLBACK TO steward_nested", NULL);
      exec (self, "RELEASE steward_nested", NULL);
    }

  if (!ok)
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED,
                             _("The change could not be saved."));
      if (outermost)
        g_hash_table_remove_all (self->touched);
      else
        {
          g_hash_table_unref (self->touched);
          self->touched = g_steal_pointer (&touched_before);
        }
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (outermost)
    emit_changed (self);

  return TRUE;
}

gboolean
steward_database_in_transaction (StewardDatabase *self)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (self), FALSE);

  return self->depth > 0;
}

/* Records and their history */

static void
append_json_object (GString            *sql,
                    const char * const *columns,
                    guint               n_columns)
{
  g_string_append (sql, "json_object('id', id");
  /* JSON cannot hold a BLOB: the history notes its length, and the
   * record that has one keeps its digest in a column of its own. */
  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (sql, ", '%s', CASE WHEN typeof (%s) = 'blob' THEN 'blob:' || length (%s) ELSE %s END",
                            columns[i], columns[i], columns[i], columns[i]);
  g_string_append_c (sql, ')');
}

/* Reads a row as JSON, for the history. */
static char *
dup_row_json (StewardDatabase     *self,
              const char          *table,
              gint64               id,
              const char * const  *columns,
              guint                n_columns,
              GError             **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_auto(Statement) statement = { 0 };
  int rc;

  append_json_object (sql, columns, n_columns);
  g_string_append_printf (sql, " FROM %s WHERE id = ?", table);

  if (!prepare (self, sql->str, &statement, error))
    return NULL;

  sqlite3_bind_int64 (statement.stmt, 1, id);
  rc = sqlite3_step (statement.stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *)sqlite3_column_text (statement.stmt, 0));

  if (rc == SQLITE_DONE)
    g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND,
                 _("The record no longer exists; someone may have deleted it."));
  else
    _steward_database_set_sqlite_error (self->db, rc, error);

  return NULL;
}

/* The row with the greatest id is the one before the next: its id and
 * sha256 are read with one indexed query per write, so that a rolled-back
 * write or savepoint cannot leave a cached digest that is not in the file. */
static gboolean
read_last_history (StewardDatabase  *self,
                   gint64           *last_id,
                   char             *last_sha256,
                   gsize             size,
                   GError          **error)
{
  g_auto(Statement) statement = { 0 };
  int rc;

  if (!prepare (self, "SELECT id, sha256 FROM history ORDER BY id DESC LIMIT 1", &statement, error))
    return FALSE;

  rc = sqlite3_step (statement.stmt);
  if (rc == SQLITE_ROW)
    {
      *last_id = sqlite3_column_int64 (statement.stmt, 0);
      g_strlcpy (last_sha256,
                 sqlite3_column_type (statement.stmt, 1) != SQLITE_NULL
                   ? (const char *)sqlite3_column_text (statement.stmt, 1)
                   : STEWARD_HISTORY_GENESIS_SHA256,
                 size);
      return TRUE;
    }

  if (rc != SQLITE_DONE)
    return _steward_database_set_sqlite_error (self->db, rc, error);

  *last_id = 0;
  g_strlcpy (last_sha256, STEWARD_HISTORY_GENESIS_SHA256, size);

  return TRUE;
}

/* Appends a history row, sealed into the chain of 007-history-chain.sql. */
static gboolean
write_history (StewardDatabase  *self,
               const char       *table,
               gint64            row_id,
               const char       *action,
               const char       *old_values,
               const char       *new_values,
               GError          **error)
{
  g_auto(Statement) statement = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autofree char *sha256 = NULL;
  const char *user_name = steward_database_get_user_name (self);
  char prev_sha256[sizeof STEWARD_HISTORY_GENESIS_SHA256];
  gint64 id = 0;

  if (!read_last_history (self, &id, prev_sha256, sizeof prev_sha256, error))
    return FALSE;
  id++;

  sha256 = _steward_history_compute_sha256 (prev_sha256, id, at, user_name, table, row_id,
                                            action, old_values, new_values);

  if (!prepare (self,
                "INSERT INTO history (id, at, user_name, table_name, row_id, action, old_values, new_values,"
                " prev_sha256, sha256)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                &statement, error))
    return FALSE;

  sqlite3_bind_int64 (statement.stmt, 1, id);
  sqlite3_bind_text (statement.stmt, 2, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement.stmt, 3, user_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement.stmt, 4, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement.stmt, 5, row_id);
  sqlite3_bind_text (statement.stmt, 6, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement.stmt, 7, old_values, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement.stmt, 8, new_values, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement.stmt, 9, prev_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement.stmt, 10, sha256, -1, SQLITE_TRANSIENT);

  if (!step_done (self, statement.stmt, error))
    return FALSE;

  /* The newest row, kept apart, so that --verify also sees rows deleted
   * from the end of the chain, which no later row links to. */
  if (!_steward_history_set_head (self->db, id, sha256, error))
    return FALSE;

  g_hash_table_add (self->touched, g_strdup (table));
  g_hash_table_add (self->touched, g_strdup ("history"));

  return TRUE;
}

typedef struct
{
  const char         *table;
  gint64              id;
  const char * const *columns;
  const GValue       *values;
  guint               n_values;
  gint64              result;
} WriteData;

static gboolean
insert_in_transaction (StewardDatabase  *self,
                       gpointer          user_data,
                       GError          **error)
{
  WriteData *data = user_data;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_auto(Statement) statement = { 0 };
  g_autofree char *new_values = NULL;
  guint first = 1;

  g_string_append_printf (sql, "INSERT INTO %s (", data->table);
  if (data->id > 0)
    g_string_append (sql, "id");
  for (guint i = 0; i < data->n_values; i++)
    g_string_append_printf (sql, "%s%s", (i > 0 || data->id > 0) ? ", " : "", data->columns[i]);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < data->n_values + (data->id > 0); i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append_c (sql, ')');

  if (!prepare (self, sql->str, &statement, error))
    return FALSE;

  if (data->id > 0)
    sqlite3_bind_int64 (statement.stmt, first++, data->id);

  if (!bind_values (self, statement.stmt, first, data->values, data->n_values, error) ||
      !step_done (self, statement.stmt, error))
    return FALSE;

  data->result = sqlite3_last_insert_rowid (self->db);

  new_values = dup_row_json (self, data->table, data->result, data->columns, data->n_values, error);
  if (new_values == NULL)
    return FALSE;

  return write_history (self, data->table, data->result, "insert", NULL, new_values, error);
}

/**
 * steward_database_insert:
 * @id: the id to give the new row, or 0 to let the database choose one
 *
 * Inserts a row and its history entry in one transaction.
 *
 * Returns: the new row's id, or 0 with @error set
 */
gint64
steward_database_insert (StewardDatabase     *self,
                         const char          *table,
                         gint64               id,
                         const char * const  *columns,
                         const GValue        *values,
                         guint                n_values,
                         GError             **error)
{
  WriteData data = { table, id, columns, values, n_values, 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), 0);

  if (!check_identifiers (table, columns, n_values, error) ||
      !steward_database_transaction (self, insert_in_transaction, &data, error))
    return 0;

  return data.result;
}

static gboolean
update_in_transaction (StewardDatabase  *self,
                       gpointer          user_data,
                       GError          **error)
{
  WriteData *data = user_data;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_auto(Statement) statement = { 0 };
  g_autofree char *old_values = NULL;
  g_autofree char *new_values = NULL;

  old_values = dup_row_json (self, data->table, data->id, data->columns, data->n_values, error);
  if (old_values == NULL)
    return FALSE;

  g_string_append_printf (sql, "UPDATE %s SET ", data->table);
  for (guint i = 0; i < data->n_values; i++)
    g_string_append_printf (sql, "%s%s = ?", i > 0 ? ", " : "", data->columns[i]);
  g_string_append (sql, " WHERE id = ?");

  if (!prepare (self, sql->str, &statement, error) ||
      !bind_values (self, statement.stmt, 1, data->values, data->n_values, error))
    return FALSE;

  sqlite3_bind_int64 (statement.stmt, data->n_values + 1, data->id);

  if (!step_done (self, statement.stmt, error))
    return FALSE;

  new_values = dup_row_json (self, data->table, data->id, data->columns, data->n_values, error);
  if (new_values == NULL)
    return FALSE;

  /* Saving a form without changing it is not a change. */
  if (g_strcmp0 (old_values, new_values) == 0)
    return TRUE;

  return write_history (self, data->table, data->id, "update", old_values, new_values, error);
}

/**
 * steward_database_update:
 *
 * Updates a row and writes its old and new values to the history, in one
 * transaction. Nothing is written when no value changed.
 */
gboolean
steward_database_update (StewardDatabase     *self,
                         const char          *table,
                         gint64               id,
                         const char * const  *columns,
                         const GValue        *values,
                         guint                n_values,
                         GError             **error)
{
  WriteData data = { table, id, columns, values, n_values, 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);

  return check_identifiers (table, columns, n_values, error) &&
         steward_database_transaction (self, update_in_transaction, &data, error);
}

static gboolean
delete_in_transaction (StewardDatabase  *self,
                       gpointer          user_data,
                       GError          **error)
{
  WriteData *data = user_data;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_auto(Statement) statement = { 0 };
  g_autofree char *old_values = NULL;

  old_values = dup_row_json (self, data->table, data->id, data->columns, data->n_values, error);
  if (old_values == NULL)
    return FALSE;

  g_string_append_printf (sql, "DELETE FROM %s WHERE id = ?", data->table);
  if (!prepare (self, sql->str, &statement, error))
    return FALSE;

  sqlite3_bind_int64 (statement.stmt, 1, data->id);
  if (!step_done (self, statement.stmt, error))
    return FALSE;

  return write_history (self, data->table, data->id, "delete", old_values, NULL, error);
}

/**
 * steward_database_delete:
 * @columns: the columns to keep in the history entry
 *
 * Deletes a row and writes its last values to the history, in one transaction.
 */
gboolean
steward_database_delete (StewardDatabase     *self,
                         const char          *table,
                         gint64               id,
                         const char * const  *columns,
                         guint                n_columns,
                         GError             **error)
{
  WriteData data = { table, id, columns, NULL, n_columns, 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);

  return check_identifiers (table, columns, n_columns, error) &&
         steward_database_transaction (self, delete_in_transaction, &data, error);
}

/* Reading */

static const char *
op_to_sql (StewardQueryOp op)
{
  switch (op)
    {
    case STEWARD_QUERY_EQUAL:            return " = ?";
    case STEWARD_QUERY_NOT_EQUAL:        return " IS NOT ?";
    case STEWARD_QUERY_LESS:             return " < ?";
    case STEWARD_QUERY_LESS_OR_EQUAL:    return " <= ?";
    case STEWARD_QUERY_GREATER:          return " > ?";
    case STEWARD_QUERY_GREATER_OR_EQUAL: return " >= ?";
    case STEWARD_QUERY_IS_NULL:          return " IS NULL";
    case STEWARD_QUERY_IS_NOT_NULL:      return " IS NOT NULL";
    case STEWARD_QUERY_CONTAINS:         return NULL;
    default:                             return NULL;
    }
}

/* Appends WHERE, ORDER BY and LIMIT, and prepares and binds the result. */
static gboolean
prepare_query (StewardDatabase  *self,
               GString          *sql,
               StewardQuery     *query,
               gboolean          ordered,
               Statement        *statement,
               GError          **error)
{
  guint n_conditions = steward_query_get_n_conditions (query);
  guint n_orders = steward_query_get_n_orders (query);
  int param = 1;

  for (guint i = 0; i < n_conditions; i++)
    {
      StewardQueryOp op;
      const GValue *value;
      const char *column = steward_query_get_condition (query, i, &op, &value);
      const char *op_sql = op_to_sql (op);

      if (!check_identifiers ("t", &column, 1, error))
        return FALSE;

      g_string_append (sql, i == 0 ? " WHERE " : " AND ");
      if (op == STEWARD_QUERY_CONTAINS)
        g_string_append_printf (sql, "instr(lower(%s), lower(?)) > 0", column);
      else
        g_string_append_printf (sql, "%s%s", column, op_sql);
    }

  for (guint i = 0; i < n_orders; i++)
    {
      gboolean descending;
      const char *column = steward_query_get_order (query, i, &descending);

      if (!check_identifiers ("t", &column, 1, error))
        return FALSE;

      g_string_append_printf (sql, "%s%s%s", i == 0 ? " ORDER BY " : ", ",
                              column, descending ? " DESC" : "");
    }

  /* Rows come in the order asked for, then by id: never in whatever order
   * an index happens to give. */
  if (ordered)
    g_string_append (sql, n_orders == 0 ? " ORDER BY id" : ", id");

  if (steward_query_get_limit (query) > 0)
    g_string_append (sql, " LIMIT ?");

  if (!prepare (self, sql->str, statement, error))
    return FALSE;

  for (guint i = 0; i < n_conditions; i++)
    {
      StewardQueryOp op;
      const GValue *value;

      steward_query_get_condition (query, i, &op, &value);
      if (op == STEWARD_QUERY_IS_NULL || op == STEWARD_QUERY_IS_NOT_NULL)
        continue;

      if (!bind_values (self, statement->stmt, param++, value, 1, error))
        return FALSE;
    }

  if (steward_query_get_limit (query) > 0)
    sqlite3_bind_int64 (statement->stmt, param, steward_query_get_limit (query));

  return TRUE;
}

/**
 * steward_database_select:
 * @storage: (array length=n_columns): what each column is read as
 * @query: (nullable): conditions and order
 * @func: called for each row
 *
 * Reads the rows of @table that match @query.
 */
gboolean
steward_database_select (StewardDatabase       *self,
                         const char            *table,
                         const char * const    *columns,
                         const StewardStorage  *storage,
                         guint                  n_columns,
                         StewardQuery          *query,
                         StewardRowFunc         func,
                         gpointer               user_data,
                         GError               **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_auto(Statement) statement = { 0 };
  g_autofree GValue *values = g_new0 (GValue, n_columns);
  int rc;

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (n_columns > 0, FALSE);

  if (!check_identifiers (table, columns, n_columns, error))
    return FALSE;

  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", columns[i]);
  g_string_append_printf (sql, " FROM %s", table);

  if (!prepare_query (self, sql, query, TRUE, &statement, error))
    return FALSE;

  while ((rc = sqlite3_step (statement.stmt)) == SQLITE_ROW)
    {
      gboolean go_on;

      for (guint i = 0; i < n_columns; i++)
        {
          if (sqlite3_column_type (statement.stmt, i) == SQLITE_NULL)
            continue;

          switch (storage[i])
            {
            case STEWARD_STORAGE_INTEGER:
              g_value_init (&values[i], G_TYPE_INT64);
              g_value_set_int64 (&values[i], sqlite3_column_int64 (statement.stmt, i));
              break;

            case STEWARD_STORAGE_REAL:
              g_value_init (&values[i], G_TYPE_DOUBLE);
              g_value_set_double (&values[i], sqlite3_column_double (statement.stmt, i));
              break;

            case STEWARD_STORAGE_BLOB:
              g_value_init (&values[i], G_TYPE_BYTES);
              g_value_take_boxed (&values[i], g_bytes_new (sqlite3_column_blob (statement.stmt, i),
                                                           sqlite3_column_bytes (statement.stmt, i)));
              break;

            case STEWARD_STORAGE_TEXT:
            default:
              g_value_init (&values[i], G_TYPE_STRING);
              g_value_set_string (&values[i], (const char *)sqlite3_column_text (statement.stmt, i));
              break;
            }
        }

      go_on = func (values, n_columns, user_data);

      for (guint i = 0; i < n_columns; i++)
        if (G_IS_VALUE (&values[i]))
          g_value_unset (&values[i]);

      if (!go_on)
        return TRUE;
    }

  if (rc != SQLITE_DONE)
    return _steward_database_set_sqlite_error (self->db, rc, error);

  return TRUE;
}

/**
 * steward_database_count:
 *
 * Returns: how many rows of @table match @query, or -1 with @error set
 */
gint64
steward_database_count (StewardDatabase  *self,
                        const char       *table,
                        StewardQuery     *query,
                        GError          **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*)");
  g_auto(Statement) statement = { 0 };
  int rc;

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), -1);

  if (!check_identifiers (table, NULL, 0, error))
    return -1;

  g_string_append_printf (sql, " FROM %s", table);

  if (!prepare_query (self, sql, query, FALSE, &statement, error))
    return -1;

  rc = sqlite3_step (statement.stmt);
  if (rc != SQLITE_ROW)
    {
      _steward_database_set_sqlite_error (self->db, rc, error);
      return -1;
    }

  return sqlite3_column_int64 (statement.stmt, 0);
}

/* Settings that belong to the file rather than to the desktop. */

char *
steward_database_dup_meta (StewardDatabase *self,
                           const char      *key)
{
  g_auto(Statement) statement = { 0 };

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), NULL);

  if (!prepare (self, "SELECT value FROM meta WHERE key = ?", &statement, NULL))
    return NULL;

  sqlite3_bind_text (statement.stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (statement.stmt) == SQLITE_ROW)
    return g_strdup ((const char *)sqlite3_column_text (statement.stmt, 0));

  return NULL;
}

typedef struct
{
  const char *key;
  const char *value;
} MetaData;

static gboolean
set_meta_in_transaction (StewardDatabase  *self,
                         gpointer          user_data,
                         GError          **error)
{
  MetaData *data = user_data;
  g_auto(Statement) statement = { 0 };

  if (!prepare (self,
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &statement, error))
    return FALSE;

  sqlite3_bind_text (statement.stmt, 1, data->key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement.stmt, 2, data->value, -1, SQLITE_TRANSIENT);

  if (!step_done (self, statement.stmt, error))
    return FALSE;

  g_hash_table_add (self->touched, g_strdup ("meta"));

  return TRUE;
}

gboolean
steward_database_set_meta (StewardDatabase  *self,
                           const char       *key,
                           const char       *value,
                           GError          **error)
{
  MetaData data = { key, value };

  g_return_val_if_fail (STEWARD_IS_DATABASE (self), FALSE);

  return steward_database_transaction (self, set_meta_in_transaction, &data, error);
}
