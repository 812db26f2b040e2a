/* fuzz-main.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer's entry, built once per target with STEWARD_FUZZ_ENTRY set to
 * the target's function (see meson.build). */

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "steward-fuzz.h"

#ifndef STEWARD_FUZZ_ENTRY
#error "STEWARD_FUZZ_ENTRY names the target's function"
#endif

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  steward_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return STEWARD_FUZZ_ENTRY (data, size);
}
