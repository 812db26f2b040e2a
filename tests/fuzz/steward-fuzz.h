/* steward-fuzz.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The entry points of the fuzz targets: each takes any bytes and must
 * neither crash, hang, leak nor break an invariant of its own (which it
 * asserts). libFuzzer calls them through fuzz-main.c; the replay test
 * (replay-fuzz.c) calls them with the seed corpus and with every input a
 * fuzzer once found, in the ordinary build too. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef int (*StewardFuzzFunc) (const guint8 *data,
                                 gsize         size);

int steward_fuzz_csv_import    (const guint8 *data,
                                gsize         size);
int steward_fuzz_database_open (const guint8 *data,
                                gsize         size);
int steward_fuzz_minutes_json  (const guint8 *data,
                                gsize         size);
int steward_fuzz_chart_json    (const guint8 *data,
                                gsize         size);
int steward_fuzz_date          (const guint8 *data,
                                gsize         size);

/* What every target needs once: the C locale's messages, no criticals
 * swallowed (a critical is a bug the fuzzer should stop on). */
void steward_fuzz_init      (void);
/* Removes everything in @path, and @path itself if @remove_self. */
void steward_fuzz_clear_dir (const char *path,
                             gboolean    remove_self);
/* A folder of the process's own for the files a target writes. */
const char *steward_fuzz_get_work_dir (void);

G_END_DECLS
