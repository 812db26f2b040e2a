/* steward-faulty-vfs.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An SQLite VFS for the tests that passes everything to the "unix" VFS
 * and can be told to fail a write or a sync, as a failing disk would:
 * SQLITE_IOERR_WRITE or SQLITE_IOERR_FSYNC with errno EIO.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STEWARD_FAULT_WRITE,
  STEWARD_FAULT_SYNC,
} StewardFault;

/* Registers the VFS as SQLite's default, over "unix". */
void     steward_faulty_vfs_install    (void);
/* The @nth (1 for the next) write or sync from now on fails, with @err
 * as errno; 0 disarms. */
void     steward_faulty_vfs_fail_nth   (StewardFault fault,
                                        guint        nth,
                                        int          err);
/* How many faults were injected since the install. */
guint    steward_faulty_vfs_get_faults (void);

G_END_DECLS
