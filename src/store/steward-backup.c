/* steward-backup.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "steward-backup.h"
#include "steward-backup-private.h"
#include "steward-database-private.h"

/* A backup's file name: <stem>-YYYYMMDD-HHMMSS-<kind>[-vN][-K].db, in the
 * local time it was made, the stem being the database's file name without
 * its extension; -vN is the schema version a migration started from, -K a
 * counter when two backups fall in the same second. Steward before the
 * kinds wrote <stem>-YYYYMMDD-HHMMSS-vN[-K].db before a migration. */
static const char * const kind_tags[] = {
  [STEWARD_BACKUP_DAILY] = "daily",
  [STEWARD_BACKUP_BEFORE_MIGRATION] = "before-migration",
  [STEWARD_BACKUP_BEFORE_RESTORE] = "before-restore",
  [STEWARD_BACKUP_MANUAL] = "manual",
};

#define NAME_PATTERN "^(.+)-([0-9]{8})-([0-9]{6})-" \
                     "(?:(daily|before-migration|before-restore|manual)(?:-v([0-9]+))?|v([0-9]+))" \
                     "(?:-([0-9]+))?\\.db$"

/* StewardBackup */

struct _StewardBackup
{
  GObject            parent_instance;

  char              *path;
  StewardBackupKind  kind;
  GDateTime         *time;
  guint64            size;
  guint              counter;   /* of two in the same second, the later */
};

G_DEFINE_FINAL_TYPE (StewardBackup, steward_backup, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_KIND,
  PROP_TIME,
  PROP_SIZE,
  PROP_KIND_LABEL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
steward_backup_finalize (GObject *object)
{
  StewardBackup *self = (StewardBackup *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (steward_backup_parent_class)->finalize (object);
}

static void
steward_backup_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StewardBackup *self = STEWARD_BACKUP (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;

    case PROP_SIZE:
      g_value_set_uint64 (value, self->size);
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, steward_backup_kind_get_label (self->kind));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_backup_class_init (StewardBackupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = steward_backup_finalize;
  object_class->get_property = steward_backup_get_property;

  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      STEWARD_BACKUP_DAILY, STEWARD_BACKUP_MANUAL, STEWARD_BACKUP_DAILY,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_SIZE] =
    g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_backup_init (StewardBackup *self)
{
}

const char *
steward_backup_get_path (StewardBackup *self)
{
  g_return_val_if_fail (STEWARD_IS_BACKUP (self), NULL);

  return self->path;
}

StewardBackupKind
steward_backup_get_kind (StewardBackup *self)
{
  g_return_val_if_fail (STEWARD_IS_BACKUP (self), STEWARD_BACKUP_DAILY);

  return self->kind;
}

/**
 * steward_backup_get_time:
 *
 * Returns: (transfer none): when the backup was made, in local time
 */
GDateTime *
steward_backup_get_time (StewardBackup *self)
{
  g_return_val_if_fail (STEWARD_IS_BACKUP (self), NULL);

  return self->time;
}

guint64
steward_backup_get_size (StewardBackup *self)
{
  g_return_val_if_fail (STEWARD_IS_BACKUP (self), 0);

  return self->size;
}

const char *
steward_backup_kind_get_label (StewardBackupKind kind)
{
  switch (kind)
    {
    case STEWARD_BACKUP_DAILY:
      return C_("backup kind", "Daily");
    case STEWARD_BACKUP_BEFORE_MIGRATION:
      return C_("backup kind", "Before update to a newer version");
    case STEWARD_BACKUP_BEFORE_RESTORE:
      return C_("backup kind", "Before a restore");
    case STEWARD_BACKUP_MANUAL:
      return C_("backup kind", "Made by hand");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Names */

static char *
dup_stem (const char *database_path)
{
  g_autofree char *base = g_path_get_basename (database_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

static GRegex *
get_name_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (NAME_PATTERN, G_REGEX_OPTIMIZE | G_REGEX_DOLLAR_ENDONLY, 0, NULL));

  return regex;
}

/* The number in the @n digits at @text. */
static int
digits (const char *text,
        guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (text[i] - '0');

  return value;
}

/* Reads the stem, kind and time out of a backup's file name; %FALSE when
 * the name is not one of a backup. */
static gboolean
parse_name (const char         *name,
            char              **stem,
            StewardBackupKind  *kind,
            GDateTime         **time,
            guint              *counter)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *date = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *tag = NULL;
  GDateTime *when;

  /* Only a whole backup: not "….db.partial", one being written or cut
   * short by a crash. */
  if (!g_str_has_suffix (name, ".db") || !g_regex_match (get_name_regex (), name, 0, &match))
    return FALSE;

  date = g_match_info_fetch (match, 2);
  clock = g_match_info_fetch (match, 3);
  tag = g_match_info_fetch (match, 4);

  {
    int year = digits (date, 4);
    int month = digits (date + 4, 2);
    int day = digits (date + 6, 2);
    int hour = digits (clock, 2);
    int minute = digits (clock + 2, 2);
    int second = digits (clock + 4, 2);

    if (year < 1 || month < 1 || month > 12 || !g_date_valid_dmy (day, month, year) || hour > 23 || minute > 59 || second > 59)
      return FALSE;

    when = g_date_time_new_local (year, month, day, hour, minute, second);
    if (when == NULL)
      return FALSE;
  }

  *kind = STEWARD_BACKUP_BEFORE_MIGRATION;
  for (guint i = 0; i < G_N_ELEMENTS (kind_tags); i++)
    if (g_strcmp0 (tag, kind_tags[i]) == 0)
      *kind = i;

  {
    g_autofree char *count = g_match_info_fetch (match, 7);

    *counter = count != NULL ? (guint)g_ascii_strtoull (count, NULL, 10) : 0;
  }

  *stem = g_match_info_fetch (match, 1);
  *time = when;

  return TRUE;
}

static char *
format_name (const char        *stem,
             StewardBackupKind  kind,
             int                from_version,
             GDateTime         *when,
             guint              attempt)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");
  g_autofree char *version = from_version > 0 ? g_strdup_printf ("-v%d", from_version) : g_strdup ("");
  g_autofree char *counter = attempt > 0 ? g_strdup_printf ("-%u", attempt) : g_strdup ("");

  return g_strdup_printf ("%s-%s-%s%s%s.db", stem, stamp, kind_tags[kind], version, counter);
}

/* The folder */

static GMutex folder_mutex;
static char *folder_override;

/**
 * steward_backup_set_folder:
 * @folder: (nullable): the folder for every database's backups; %NULL or
 *   "" for a "backups" folder beside each database
 *
 * Process-wide: the application sets it from its settings.
 */
void
steward_backup_set_folder (const char *folder)
{
  g_mutex_lock (&folder_mutex);
  g_clear_pointer (&folder_override, g_free);
  if (folder != NULL && folder[0] != '\0')
    folder_override = g_canonicalize_filename (folder, NULL);
  g_mutex_unlock (&folder_mutex);
}

/**
 * steward_backup_dup_folder:
 * @database_path: the database
 *
 * The default folder is a "backups" folder beside the database. In a chosen
 * folder, shared by every database, each database has a subfolder of its
 * own, "<stem>-<hash>", the hash being the first 8 hex digits of the SHA-256
 * of the database's canonical path: two databases of the same name in
 * different folders never list, count, rotate or restore each other's
 * backups.
 *
 * Returns: (transfer full): the folder of @database_path's backups
 */
char *
steward_backup_dup_folder (const char *database_path)
{
  g_autofree char *absolute = NULL;
  char *folder = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  absolute = g_canonicalize_filename (database_path, NULL);

  g_mutex_lock (&folder_mutex);
  folder = g_strdup (folder_override);
  g_mutex_unlock (&folder_mutex);

  if (folder == NULL)
    {
      g_autofree char *dir = g_path_get_dirname (absolute);

      folder = g_build_filename (dir, "backups", NULL);
    }
  else
    {
      g_autofree char *chosen = folder;
      g_autofree char *stem = dup_stem (absolute);
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);
      g_autofree char *sub = NULL;

      hash[8] = '\0';
      sub = g_strdup_printf ("%s-%s", stem, hash);
      folder = g_build_filename (chosen, sub, NULL);
    }

  return folder;
}

/* Listing */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  StewardBackup *backup_a = (StewardBackup *)a;
  StewardBackup *backup_b = (StewardBackup *)b;
  int order = g_date_time_compare (backup_b->time, backup_a->time);

  /* In the same second, the counter of the name tells the later one. */
  if (order == 0 && backup_a->counter != backup_b->counter)
    order = backup_a->counter < backup_b->counter ? 1 : -1;
  if (order == 0)
    order = -strcmp (backup_a->path, backup_b->path);

  return order;
}

static GListStore *
list_in_folder (const char *folder,
                const char *database_path)
{
  g_autofree char *stem = dup_stem (database_path);
  g_autoptr(GListStore) store = g_list_store_new (STEWARD_TYPE_BACKUP);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *name_stem = NULL;
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *path = NULL;
      StewardBackupKind kind;
      StewardBackup *backup;
      guint counter = 0;
      GStatBuf st;

      if (!parse_name (name, &name_stem, &kind, &time, &counter) || strcmp (name_stem, stem) != 0)
        continue;

      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      backup = g_object_new (STEWARD_TYPE_BACKUP, NULL);
      backup->path = g_steal_pointer (&path);
      backup->kind = kind;
      backup->time = g_steal_pointer (&time);
      backup->size = st.st_size;
      backup->counter = counter;
      g_list_store_insert_sorted (store, backup, compare_newest_first, NULL);
      g_object_unref (backup);
    }

  return g_steal_pointer (&store);
}

/**
 * steward_backup_list:
 * @database_path: the database the backups were made of
 *
 * Returns: (transfer full): a GListStore of #StewardBackup, newest first
 */
GListModel *
steward_backup_list (const char *database_path)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (database_path != NULL, NULL);

  folder = steward_backup_dup_folder (database_path);

  return G_LIST_MODEL (list_in_folder (folder, database_path));
}

/* Making */

/* Pages copied at each step of a backup: the source's read lock is held
 * for one step only, so that a writer (whose busy timeout is 2 s) gets in
 * between steps, even in rollback-journal mode on a network file system. */
#define BACKUP_STEP_PAGES 256
#define BACKUP_STEP_PAUSE_MS 5

/* Copies @source into @dest with SQLite's backup API, a few pages at a
 * time. When another connection writes to @source between two steps,
 * SQLite starts the copy over, so what is copied is consistent. */
static int
copy_pages (sqlite3 *dest,
            sqlite3 *source)
{
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    return sqlite3_extended_errcode (dest);

  for (;;)
    {
      rc = sqlite3_backup_step (backup, BACKUP_STEP_PAGES);
      if (rc == SQLITE_DONE)
        break;
      if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
        break;

      /* The locks are released between steps: let a writer in. */
      sqlite3_sleep (BACKUP_STEP_PAUSE_MS);
    }

  /* sqlite3_backup_finish() returns the error of the last step, if any. */
  if (rc == SQLITE_DONE)
    rc = sqlite3_backup_finish (backup);
  else
    sqlite3_backup_finish (backup);

  return rc;
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int saved_errno = 0;
  int fd;

  fd = g_open (path, O_RDWR | O_CLOEXEC, 0);
  if (fd < 0 || fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    return _steward_database_set_write_error (path, saved_errno, error);

  return TRUE;
}

/* Copies the open database page by page with SQLite's backup API, which
 * gives a consistent copy even while other connections write. The copy is
 * written to "@dest_path.partial" and renamed to @dest_path once whole and
 * on the disk: a backup cut short by a crash never has a backup's name.
 * @dest_path is never written over. */
static gboolean
backup_to_new_file (sqlite3     *source,
                    const char  *dest_path,
                    GError     **error)
{
  g_autofree char *partial_path = g_strconcat (dest_path, ".partial", NULL);
  sqlite3 *dest = NULL;
  int rc;

  if (!_steward_database_create_private_file (partial_path, error))
    return FALSE;

  rc = sqlite3_open_v2 (partial_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (dest, TRUE);
      rc = copy_pages (dest, source);
    }

  if (rc != SQLITE_OK)
    {
      _steward_database_set_sqlite_error (dest, rc, error);
      sqlite3_close (dest);
      g_unlink (partial_path);
      return FALSE;
    }

  sqlite3_close (dest);

  if (!sync_file (partial_path, error))
    {
      g_unlink (partial_path);
      return FALSE;
    }

  if (g_file_test (dest_path, G_FILE_TEST_EXISTS) || g_file_test (dest_path, G_FILE_TEST_IS_SYMLINK))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   _("“%s” already exists. Steward does not write a backup over a file; choose a new name."),
                   dest_path);
      g_unlink (partial_path);
      return FALSE;
    }

  if (g_rename (partial_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO,
                   _("Could not rename “%s” to “%s”: %s"), partial_path, dest_path, g_strerror (saved_errno));
      g_unlink (partial_path);
      return FALSE;
    }

  return TRUE;
}

/* Backs @source up into @folder under a name of its own, of the time
 * @when. */
char *
_steward_backup_make_in_folder (sqlite3            *source,
                                const char         *folder,
                                const char         *database_path,
                                StewardBackupKind   kind,
                                int                 from_version,
                                GDateTime          *when,
                                GError            **error)
{
  g_autofree char *stem = dup_stem (database_path);
  g_autoptr(GDateTime) local = g_date_time_to_local (when);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = format_name (stem, kind, from_version, local, attempt);
      g_autofree char *dest = g_build_filename (folder, name, NULL);
      g_autofree char *partial = g_strconcat (dest, ".partial", NULL);

      /* A stale "….partial" of a crash keeps its name taken. */
      if (g_file_test (dest, G_FILE_TEST_EXISTS) || g_file_test (partial, G_FILE_TEST_EXISTS))
        continue;

      if (!backup_to_new_file (source, dest, error))
        return NULL;

      g_debug ("Backed up %s to %s", database_path, dest);

      return g_steal_pointer (&dest);
    }

  g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO,
               _("Could not find a free name for a backup in “%s”."), folder);

  return NULL;
}

char *
_steward_backup_make_before_migration (sqlite3     *db,
                                       const char  *database_path,
                                       int          from_version,
                                       GError     **error)
{
  g_autofree char *folder = steward_backup_dup_folder (database_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return _steward_backup_make_in_folder (db, folder, database_path, STEWARD_BACKUP_BEFORE_MIGRATION,
                         from_version, now, error);
}

/**
 * steward_backup_make:
 * @db: an open database
 * @kind: why
 *
 * Returns: (transfer full): the new backup's path, or %NULL with @error set
 */
char *
steward_backup_make (StewardDatabase    *db,
                     StewardBackupKind   kind,
                     GError            **error)
{
  const char *path;
  g_autofree char *folder = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_tags), NULL);

  path = steward_database_get_path (db);
  folder = steward_backup_dup_folder (path);

  return _steward_backup_make_in_folder (_steward_database_get_connection (db), folder, path, kind,
                         kind == STEWARD_BACKUP_BEFORE_MIGRATION ? steward_database_get_schema_version (db) : 0,
                         now, error);
}

gboolean
steward_backup_make_to_file (StewardDatabase  *db,
                             const char       *dest,
                             GError          **error)
{
  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  if (g_file_test (dest, G_FILE_TEST_EXISTS) || g_file_test (dest, G_FILE_TEST_IS_SYMLINK))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   _("“%s” already exists. Steward does not write a backup over a file; choose a new name."),
                   dest);
      return FALSE;
    }

  return backup_to_new_file (_steward_database_get_connection (db), dest, error);
}

/* Daily backups and their rotation */

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

static gboolean
has_daily_on (const char *folder,
              const char *database_path,
              GDateTime  *day)
{
  g_autoptr(GListStore) backups = list_in_folder (folder, database_path);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (backups)); i++)
    {
      g_autoptr(StewardBackup) backup = g_list_model_get_item (G_LIST_MODEL (backups), i);

      if (backup->kind == STEWARD_BACKUP_DAILY && same_day (backup->time, day))
        return TRUE;
    }

  return FALSE;
}

/* The newest daily backup of each of the last STEWARD_BACKUP_KEEP_DAILY
 * days that have one, and of each of the last STEWARD_BACKUP_KEEP_MONTHLY
 * months that have one, are kept; the other daily ones go. A backup dated
 * after @now (a clock set back) is kept and not counted. */
static guint
rotate_in_folder (const char  *folder,
                  const char  *database_path,
                  GDateTime   *now,
                  GError     **error)
{
  g_autoptr(GListStore) backups = list_in_folder (folder, database_path);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  int last_day = -1;
  int last_month = -1;
  guint n_days = 0;
  guint n_months = 0;
  guint n_removed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (backups)); i++)
    {
      g_autoptr(StewardBackup) backup = g_list_model_get_item (G_LIST_MODEL (backups), i);
      int year = g_date_time_get_year (backup->time);
      int month = year * 12 + g_date_time_get_month (backup->time);
      int day = year * 1000 + g_date_time_get_day_of_year (backup->time);
      gboolean keep = FALSE;

      if (backup->kind != STEWARD_BACKUP_DAILY || g_date_time_compare (backup->time, local_now) > 0)
        continue;

      /* Newest first: the first of a day or month is its newest. */
      if (day != last_day)
        {
          last_day = day;
          n_days++;
          if (n_days <= STEWARD_BACKUP_KEEP_DAILY)
            keep = TRUE;
        }
      if (month != last_month)
        {
          last_month = month;
          n_months++;
          if (n_months <= STEWARD_BACKUP_KEEP_MONTHLY)
            keep = TRUE;
        }

      if (keep)
        continue;

      if (g_unlink (backup->path) != 0)
        {
          int saved_errno = errno;

          if (error != NULL && *error == NULL)
            g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_IO,
                         _("Could not remove the old backup “%s”: %s"), backup->path, g_strerror (saved_errno));
          continue;
        }

      g_debug ("Removed the old backup %s", backup->path);
      n_removed++;
    }

  return n_removed;
}

guint
steward_backup_rotate (const char  *database_path,
                       GDateTime   *now,
                       GError     **error)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (database_path != NULL, 0);
  g_return_val_if_fail (now != NULL, 0);

  folder = steward_backup_dup_folder (database_path);

  return rotate_in_folder (folder, database_path, now, error);
}

static char *
make_daily_in_folder (sqlite3     *source,
                      const char  *folder,
                      const char  *database_path,
                      GDateTime   *now,
                      GError     **error)
{
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  g_autoptr(GError) rotate_error = NULL;
  g_autofree char *made = NULL;

  if (has_daily_on (folder, database_path, local_now))
    return NULL;

  made = _steward_backup_make_in_folder (source, folder, database_path, STEWARD_BACKUP_DAILY, 0, local_now, error);
  if (made == NULL)
    return NULL;

  /* An old backup that stays is no reason to fail the new one. */
  rotate_in_folder (folder, database_path, local_now, &rotate_error);
  if (rotate_error != NULL)
    g_warning ("%s", rotate_error->message);

  return g_steal_pointer (&made);
}

/**
 * steward_backup_make_daily_if_due:
 * @db: an open database
 * @now: the day and time to count as now
 *
 * Returns: (transfer full) (nullable): the new backup, or %NULL: not due
 *   (@error not set) or failed
 */
char *
steward_backup_make_daily_if_due (StewardDatabase  *db,
                                  GDateTime        *now,
                                  GError          **error)
{
  const char *path;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  path = steward_database_get_path (db);
  folder = steward_backup_dup_folder (path);

  return make_daily_in_folder (_steward_database_get_connection (db), folder, path, now, error);
}

/* A backup made in a thread, through a connection of its own. */
typedef struct
{
  StewardBackupKind  kind;   /* DAILY: only if due, then rotated */
  char              *database_path;
  char              *folder;
  GDateTime         *now;
} MakeData;

static void
make_data_free (MakeData *data)
{
  g_free (data->database_path);
  g_free (data->folder);
  g_date_time_unref (data->now);
  g_free (data);
}

static void
make_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MakeData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  sqlite3 *db = NULL;
  char *made;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* A connection of this thread's own, read-only: the window's stays free
   * and, in WAL mode, goes on writing while the copy is made. */
  escaped = g_uri_escape_string (data->database_path, "/", FALSE);
  uri = g_strdup_printf ("file:%s?mode=ro", escaped);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _steward_database_set_sqlite_error (db, rc, &error);
      sqlite3_close (db);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, 5000);

  if (data->kind == STEWARD_BACKUP_DAILY)
    made = make_daily_in_folder (db, data->folder, data->database_path, data->now, &error);
  else
    made = _steward_backup_make_in_folder (db, data->folder, data->database_path, data->kind, 0, data->now, &error);
  sqlite3_close (db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, made, g_free);
}

static void
make_in_thread (StewardDatabase     *db,
                StewardBackupKind    kind,
                gpointer             source_tag,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  MakeData *data;

  data = g_new0 (MakeData, 1);
  data->kind = kind;
  data->database_path = g_strdup (steward_database_get_path (db));
  data->folder = steward_backup_dup_folder (data->database_path);
  data->now = g_date_time_new_now_local ();

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify)make_data_free);
  g_task_run_in_thread (task, make_thread);
}

void
steward_backup_make_daily_async (StewardDatabase     *db,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (STEWARD_IS_DATABASE (db));

  make_in_thread (db, STEWARD_BACKUP_DAILY, steward_backup_make_daily_async, cancellable, callback, user_data);
}

/**
 * steward_backup_make_async:
 * @kind: %STEWARD_BACKUP_MANUAL or %STEWARD_BACKUP_BEFORE_RESTORE
 *
 * Makes a backup as steward_backup_make() does, in a thread: Back Up Now
 * never holds the window, however large the database.
 */
void
steward_backup_make_async (StewardDatabase     *db,
                           StewardBackupKind    kind,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (STEWARD_IS_DATABASE (db));
  g_return_if_fail (kind == STEWARD_BACKUP_MANUAL || kind == STEWARD_BACKUP_BEFORE_RESTORE);

  make_in_thread (db, kind, steward_backup_make_async, cancellable, callback, user_data);
}

/**
 * steward_backup_make_finish:
 *
 * Returns: (transfer full): the new backup's path, or %NULL with @error set
 */
char *
steward_backup_make_finish (StewardDatabase  *db,
                            GAsyncResult     *result,
                            GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == steward_backup_make_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * steward_backup_make_daily_finish:
 *
 * Returns: (transfer full) (nullable): the new backup, or %NULL: not due
 *   (@error not set) or failed
 */
char *
steward_backup_make_daily_finish (StewardDatabase  *db,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
