#!/usr/bin/env python3
"""Frozen modules: turn a manifest into generated C++ (run at build time).

A manifest is a Python file, as in MicroPython, calling:

    module("name.py", base_path=".")      # one module; "a/b.py" freezes a.b
    package("pkg", base_path=".")         # a package: every .py under pkg/
    freeze("dir", script=None)            # MicroPython's older form: script None
                                          # freezes every .py under dir, a str or a
                                          # list of str names files in dir
    include("other/manifest.py")          # another manifest
    metadata(...)                         # accepted and ignored

Relative paths are relative to the manifest's own directory; "$(MOTE_DIR)"
expands to the repository root. The modules are compiled by
`mpy-cross --freeze` (the device's compiler, see tools/freeze/freeze_emit.h)
into one C++ file of constant data; with --depfile a make-style dependency
file lists every source and manifest read, so the build reruns this when any
of them changes.

Usage:
    freeze.py --mpy-cross build/mpy-cross --manifest M -o OUT.cc [--depfile D] [-O N]
"""

import argparse
import os
import subprocess
import sys

MOTE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class ManifestError(Exception):
    pass


class Manifest:
    """Collects (dotted name, recorded file, source path, is_package)."""

    def __init__(self):
        self.modules = {}  # name -> (file, path, is_package)
        self.read = []     # every manifest file read

    def expand(self, path, base):
        path = path.replace("$(MOTE_DIR)", MOTE_DIR)
        return os.path.normpath(os.path.join(base, path))

    def add_file(self, root, rel):
        """Freeze root/rel (rel like 'a/b.py' or 'pkg/__init__.py')."""
        rel = rel.replace(os.sep, "/")
        if not rel.endswith(".py"):
            raise ManifestError("not a .py file: %s" % rel)
        parts = rel[:-3].split("/")
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        if not parts or not all(p.isidentifier() for p in parts):
            raise ManifestError("cannot freeze %s: not a module path" % rel)
        name = ".".join(parts)
        path = os.path.join(root, rel)
        if not os.path.isfile(path):
            raise ManifestError("no such file: %s" % path)
        if name in self.modules and self.modules[name][1] != path:
            raise ManifestError("module %s frozen twice (%s, %s)"
                                % (name, self.modules[name][1], path))
        self.modules[name] = (rel, path, is_package)

    def add_tree(self, root, sub):
        top = os.path.join(root, sub) if sub else root
        if not os.path.isdir(top):
            raise ManifestError("no such directory: %s" % top)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__pycache__")))
            for f in sorted(filenames):
                if f.endswith(".py"):
                    self.add_file(root, os.path.relpath(os.path.join(dirpath, f), root))

    def load(self, manifest_path):
        manifest_path = os.path.abspath(manifest_path)
        self.read.append(manifest_path)
        base = os.path.dirname(manifest_path)

        def module(module_path, base_path=".", opt=None):
            self.add_file(self.expand(base_path, base), module_path)

        def package(package_path, files=None, base_path=".", opt=None):
            root = self.expand(base_path, base)
            if files is None:
                self.add_tree(root, package_path)
            else:
                for f in files:
                    self.add_file(root, os.path.join(package_path, f))

        def freeze(path, script=None, opt=None):
            root = self.expand(path, base)
            if script is None:
                self.add_tree(root, "")
            else:
                for s in [script] if isinstance(script, str) else script:
                    self.add_file(root, s)

        def include(path, **kwargs):
            path = self.expand(path, base)
            if os.path.isdir(path):
                path = os.path.join(path, "manifest.py")
            self.load(path)

        def metadata(**kwargs):
            pass

        def require(name, **kwargs):
            raise ManifestError("require(%r): micropython-lib packages are not "
                                "available; copy the package and use package()" % name)

        env = {"module": module, "package": package, "freeze": freeze,
               "include": include, "metadata": metadata, "require": require,
               "freeze_as_mpy": freeze, "freeze_as_str": freeze}
        with open(manifest_path) as f:
            code = compile(f.read(), manifest_path, "exec")
        exec(code, env)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mpy-cross", required=True)
    p.add_argument("--manifest", required=True)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--depfile")
    p.add_argument("-O", dest="opt", type=int, default=0)
    args = p.parse_args(argv)

    m = Manifest()
    try:
        m.load(args.manifest)
    except (ManifestError, OSError, SyntaxError) as e:
        print("freeze.py: %s: %s" % (args.manifest, e), file=sys.stderr)
        return 1

    list_path = args.output + ".list"
    with open(list_path, "w") as f:
        for name in sorted(m.modules):
            rel, path, is_package = m.modules[name]
            f.write("%s\t%s\t%s\t%d\n" % (name, rel, path, is_package))
    cmd = [args.mpy_cross, "--freeze", list_path, "-o", args.output, "-O%d" % args.opt]
    rc = subprocess.call(cmd)
    if rc != 0:
        return rc
    if args.depfile:
        deps = m.read + [path for _, path, _ in m.modules.values()]
        with open(args.depfile, "w") as f:
            f.write("%s: %s\n" % (args.output.replace(" ", "\\ "),
                                  " \\\n  ".join(d.replace(" ", "\\ ") for d in deps)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
