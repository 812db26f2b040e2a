/* steward-faulty-vfs.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-faulty-vfs"

#include "config.h"

#include <errno.h>
#include <sqlite3.h>

#include "steward-faulty-vfs.h"

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;   /* the "unix" file, allocated after this struct */
} FaultyFile;

static sqlite3_vfs *unix_vfs;
static sqlite3_vfs faulty_vfs;
static sqlite3_io_methods faulty_methods;

static guint countdown[2];
static int fault_errno[2];
static guint n_faults;

#define REAL(file) (((FaultyFile *)(file))->real)

/* TRUE when this call is the one to fail. */
static gboolean
should_fail (StewardFault fault)
{
  if (countdown[fault] == 0 || --countdown[fault] > 0)
    return FALSE;

  n_faults++;
  errno = fault_errno[fault];

  return TRUE;
}

static int
faulty_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
faulty_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
faulty_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  if (should_fail (STEWARD_FAULT_WRITE))
    return SQLITE_IOERR_WRITE;

  return REAL (file)->pMethods->xWrite (REAL (file), buffer, amount, offset);
}

static int
faulty_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
faulty_sync (sqlite3_file *file, int flags)
{
  if (should_fail (STEWARD_FAULT_SYNC))
    return SQLITE_IOERR_FSYNC;

  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
faulty_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
faulty_lock (sqlite3_file *file, int lock)
{
  return REAL (file)->pMethods->xLock (REAL (file), lock);
}

static int
faulty_unlock (sqlite3_file *file, int lock)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), lock);
}

static int
faulty_check_reserved_lock (sqlite3_file *file, int *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
faulty_file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
faulty_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
faulty_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
faulty_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), page, size, extend, out);
}

static int
faulty_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
faulty_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
faulty_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
faulty_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
faulty_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

static int
faulty_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FaultyFile *faulty = (FaultyFile *)file;
  int rc;

  faulty->base.pMethods = NULL;
  faulty->real = (sqlite3_file *)(faulty + 1);
  rc = unix_vfs->xOpen (unix_vfs, name, faulty->real, flags, out_flags);
  if (faulty->real->pMethods != NULL)
    faulty->base.pMethods = &faulty_methods;

  return rc;
}

static int
faulty_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return unix_vfs->xDelete (unix_vfs, name, sync_dir);
}

static int
faulty_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return unix_vfs->xAccess (unix_vfs, name, flags, out);
}

static int
faulty_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return unix_vfs->xFullPathname (unix_vfs, name, n, out);
}

static void *
faulty_dl_open (sqlite3_vfs *vfs, const char *name)
{
  return unix_vfs->xDlOpen (unix_vfs, name);
}

static void
faulty_dl_error (sqlite3_vfs *vfs, int n, char *out)
{
  unix_vfs->xDlError (unix_vfs, n, out);
}

static void (*faulty_dl_sym (sqlite3_vfs *vfs, void *handle, const char *symbol)) (void)
{
  return unix_vfs->xDlSym (unix_vfs, handle, symbol);
}

static void
faulty_dl_close (sqlite3_vfs *vfs, void *handle)
{
  unix_vfs->xDlClose (unix_vfs, handle);
}

static int
faulty_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return unix_vfs->xRandomness (unix_vfs, n, out);
}

static int
faulty_sleep (sqlite3_vfs *vfs, int usec)
{
  return unix_vfs->xSleep (unix_vfs, usec);
}

static int
faulty_current_time (sqlite3_vfs *vfs, double *out)
{
  return unix_vfs->xCurrentTime (unix_vfs, out);
}

/* errno, as the "unix" VFS reports it: what sqlite3_system_errno() gives. */
static int
faulty_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return unix_vfs->xGetLastError (unix_vfs, n, out);
}

static int
faulty_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return unix_vfs->xCurrentTimeInt64 (unix_vfs, out);
}

void
steward_faulty_vfs_install (void)
{
  if (unix_vfs != NULL)
    return;

  unix_vfs = sqlite3_vfs_find ("unix");
  g_assert_nonnull (unix_vfs);

  faulty_methods = (sqlite3_io_methods) {
    .iVersion = 3,
    .xClose = faulty_close,
    .xRead = faulty_read,
    .xWrite = faulty_write,
    .xTruncate = faulty_truncate,
    .xSync = faulty_sync,
    .xFileSize = faulty_file_size,
    .xLock = faulty_lock,
    .xUnlock = faulty_unlock,
    .xCheckReservedLock = faulty_check_reserved_lock,
    .xFileControl = faulty_file_control,
    .xSectorSize = faulty_sector_size,
    .xDeviceCharacteristics = faulty_device_characteristics,
    .xShmMap = faulty_shm_map,
    .xShmLock = faulty_shm_lock,
    .xShmBarrier = faulty_shm_barrier,
    .xShmUnmap = faulty_shm_unmap,
    .xFetch = faulty_fetch,
    .xUnfetch = faulty_unfetch,
  };

  faulty_vfs = (sqlite3_vfs) {
    .iVersion = 2,
    .szOsFile = sizeof (FaultyFile) + unix_vfs->szOsFile,
    .mxPathname = unix_vfs->mxPathname,
    .zName = "steward-faulty",
    .xOpen = faulty_open,
    .xDelete = faulty_delete,
    .xAccess = faulty_access,
    .xFullPathname = faulty_full_pathname,
    .xDlOpen = faulty_dl_open,
    .xDlError = faulty_dl_error,
    .xDlSym = faulty_dl_sym,
    .xDlClose = faulty_dl_close,
    .xRandomness = faulty_randomness,
    .xSleep = faulty_sleep,
    .xCurrentTime = faulty_current_time,
    .xGetLastError = faulty_get_last_error,
    .xCurrentTimeInt64 = faulty_current_time_int64,
  };

  g_assert_cmpint (sqlite3_vfs_register (&faulty_vfs, 1), ==, SQLITE_OK);
}

void
steward_faulty_vfs_fail_nth (StewardFault fault,
                             guint        nth,
                             int          err)
{
  g_return_if_fail (fault == STEWARD_FAULT_WRITE || fault == STEWARD_FAULT_SYNC);

  countdown[fault] = nth;
  fault_errno[fault] = err;
}

guint
steward_faulty_vfs_get_faults (void)
{
  return n_faults;
}
