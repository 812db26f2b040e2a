#!/usr/bin/env python3
# run-fuzzer.py: one run of a libFuzzer target from its seed corpus, with
# its dictionary if it has one; new inputs land in a folder of the build,
# never in the sources, and a crash in BUILD/fuzz-artifacts/.
#
#   run-fuzzer.py FUZZER FUZZ_SOURCE_DIR TARGET BUILD_DIR [libFuzzer options…]
#
# Without options: a short run (15 seconds), as the test suite makes it.
#
# Copyright 2026 The Steward authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys

fuzzer, source_dir, target, build_dir = sys.argv[1:5]
options = sys.argv[5:] or ['-max_total_time=15']

corpus = os.path.join(build_dir, 'corpus-' + target)
artifacts = os.path.join(build_dir, 'fuzz-artifacts', target)
os.makedirs(corpus, exist_ok=True)
os.makedirs(artifacts, exist_ok=True)

command = [fuzzer, '-timeout=10', '-rss_limit_mb=2048', '-print_final_stats=1',
           '-artifact_prefix=' + artifacts + os.sep]
dictionary = os.path.join(source_dir, 'dict', target + '.dict')
if os.path.exists(dictionary):
    command.append('-dict=' + dictionary)
command += options
command += [corpus, os.path.join(source_dir, 'corpus', target)]

env = dict(os.environ)
env.setdefault('ASAN_OPTIONS', 'detect_leaks=1:abort_on_error=1')
env.setdefault('UBSAN_OPTIONS', 'halt_on_error=1:print_stacktrace=1')
print(' '.join(command), flush=True)
sys.exit(subprocess.call(command, env=env))
