#!/usr/bin/env python3
# Checks the Flatpak manifest of Steward.
#
#   test-flatpak-manifest.py flatpak/io.github.ismssteward.Steward.json
#
# Prints one TAP line per check and a summary; exits 1 if any check fails.
#
# Rules: the app id, command, runtime and SDK are Steward's; the runtime is
# GNOME 47 or newer; the sandbox gets no broad file-system access (files go
# through the portals) and no way out of the sandbox; the last module is
# steward, built with meson; every other module (libxlsxwriter, libical, ...)
# builds from pinned sources only: archive/file URLs with a sha256, git with a
# commit (a tag alone can move).

import json
import os
import re
import sys

APP_ID = 'io.github.ismssteward.Steward'
MIN_RUNTIME = 47

# --filesystem=VALUE[:ro|:rw|:create] values that open up the user's files.
BROAD_FILESYSTEMS = {'home', 'host', 'host-os', 'host-etc', '~', '/'}
# finish-args that let the app leave the sandbox.
ESCAPES = {
    '--talk-name=org.freedesktop.Flatpak',
    '--socket=session-bus',
    '--socket=system-bus',
    '--device=all',
}

SHA256 = re.compile(r'^[0-9a-fA-F]{64}$')
COMMIT = re.compile(r'^[0-9a-fA-F]{7,64}$')
LOCAL_TYPES = {'dir', 'patch', 'script', 'shell', 'inline'}


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, why=''):
        number = self.passed + self.failed + 1
        if ok:
            self.passed += 1
            print('ok %d - %s' % (number, what))
        else:
            self.failed += 1
            print('not ok %d - %s' % (number, what))
            if why:
                for line in why.splitlines():
                    print('#   %s' % line)
        return ok

    def finish(self):
        total = self.passed + self.failed
        print('1..%d' % total)
        print('# %d passed, %d failed' % (self.passed, self.failed))
        return 1 if self.failed else 0


def load_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def source_problem(source, base_dir):
    """Return why SOURCE is not pinned, or None if it is."""
    if isinstance(source, str):
        # A path to a JSON file holding one source or a list of them.
        if not source.endswith('.json'):
            return 'source file %s is not JSON, cannot check it' % source
        try:
            data = load_json(os.path.join(base_dir, source))
        except (OSError, ValueError) as e:
            return 'cannot read source file %s: %s' % (source, e)
        sources = data if isinstance(data, list) else [data]
        for s in sources:
            problem = source_problem(s, os.path.dirname(os.path.join(base_dir, source)))
            if problem:
                return problem
        return None
    if not isinstance(source, dict):
        return 'source is neither an object nor a file name: %r' % (source,)

    kind = source.get('type')
    remote = 'url' in source or 'mirror-urls' in source
    if kind in ('archive', 'file'):
        if not remote:
            return None if 'path' in source else '%s source without url or path' % kind
        if not SHA256.match(str(source.get('sha256', ''))):
            return '%s %s has no sha256' % (kind, source.get('url'))
        return None
    if kind == 'extra-data':
        if not SHA256.match(str(source.get('sha256', ''))):
            return 'extra-data %s has no sha256' % source.get('url')
        return None
    if kind == 'git':
        if not COMMIT.match(str(source.get('commit', ''))):
            what = 'tag %s' % source['tag'] if 'tag' in source else \
                   'branch %s' % source['branch'] if 'branch' in source else 'no ref'
            return 'git %s is not pinned to a commit (%s)' % (
                source.get('url', source.get('path')), what)
        return None
    if kind in ('svn', 'bzr'):
        if not source.get('revision'):
            return '%s %s has no revision' % (kind, source.get('url'))
        return None
    if kind in LOCAL_TYPES:
        if remote:
            return '%s source must not have a url' % kind
        return None
    return 'unknown source type %r' % (kind,)


def module_problems(module, base_dir):
    """Yield (name, problem) for MODULE and the modules nested in it."""
    if isinstance(module, str):
        if not module.endswith('.json'):
            yield module, 'module file is not JSON, cannot check it'
            return
        path = os.path.join(base_dir, module)
        try:
            module = load_json(path)
        except (OSError, ValueError) as e:
            yield module, 'cannot read module file: %s' % e
            return
        base_dir = os.path.dirname(path)
    if not isinstance(module, dict):
        yield repr(module), 'module is neither an object nor a file name'
        return
    name = module.get('name', '(unnamed)')
    sources = module.get('sources')
    if not sources:
        yield name, 'no sources'
    else:
        for source in sources:
            problem = source_problem(source, base_dir)
            if problem:
                yield name, problem
    for child in module.get('modules', []):
        yield from module_problems(child, base_dir)


def main(argv):
    if len(argv) != 2:
        print('usage: %s MANIFEST.json' % argv[0], file=sys.stderr)
        return 2
    path = argv[1]
    base_dir = os.path.dirname(os.path.abspath(path))
    t = Checker()

    try:
        manifest = load_json(path)
        ok, why = isinstance(manifest, dict), 'the top level is not an object'
    except (OSError, ValueError) as e:
        manifest, ok, why = None, False, str(e)
    if not t.check(ok, 'manifest is valid JSON', why):
        return t.finish()

    app_id = manifest.get('id', manifest.get('app-id'))
    t.check(app_id == APP_ID, 'app id is %s' % APP_ID, 'found %r' % (app_id,))

    command = manifest.get('command')
    t.check(command == 'steward', 'command is steward', 'found %r' % (command,))

    runtime = manifest.get('runtime')
    t.check(runtime == 'org.gnome.Platform', 'runtime is org.gnome.Platform',
            'found %r' % (runtime,))

    version = manifest.get('runtime-version')
    try:
        version_ok = int(str(version)) >= MIN_RUNTIME
    except ValueError:
        version_ok = False
    t.check(version_ok, 'runtime-version is %d or newer' % MIN_RUNTIME,
            'found %r' % (version,))

    sdk = manifest.get('sdk')
    t.check(sdk == 'org.gnome.Sdk', 'sdk is org.gnome.Sdk', 'found %r' % (sdk,))

    finish_args = manifest.get('finish-args', [])
    broad = []
    for arg in finish_args:
        if arg.startswith('--filesystem='):
            value = arg[len('--filesystem='):]
            base = re.sub(r':(ro|rw|create)$', '', value)
            if base in BROAD_FILESYSTEMS or base.startswith(('~', '/')):
                broad.append(arg)
    t.check(not broad, 'no broad file-system access in finish-args',
            'found ' + ', '.join(broad) + ' (open files through the portals)')

    escapes = [arg for arg in finish_args if arg in ESCAPES]
    t.check(not escapes, 'no sandbox escapes in finish-args',
            'found ' + ', '.join(escapes))

    modules = manifest.get('modules', [])
    last = modules[-1] if modules else None
    last_ok = isinstance(last, dict) and last.get('name') == 'steward' \
        and last.get('buildsystem') == 'meson'
    t.check(last_ok, 'the last module is steward, built with meson',
            'found %r' % (last if not isinstance(last, dict)
                          else {k: last.get(k) for k in ('name', 'buildsystem')},))

    problems = []
    for module in modules[:-1]:
        problems.extend(module_problems(module, base_dir))
    if isinstance(last, dict):
        for child in last.get('modules', []):
            problems.extend(module_problems(child, base_dir))
    t.check(not problems, 'every other module builds from pinned sources (%d module(s))'
            % max(len(modules) - 1, 0),
            '\n'.join('%s: %s' % p for p in problems))

    return t.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
