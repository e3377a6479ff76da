# sys.modules is the cache: entries can be added, replaced and removed.
import sys

sys.path.insert(0, "imp_mods")


class Fake:
    answer = 41


sys.modules["fake_mod"] = Fake()
import fake_mod

print(type(fake_mod).__name__, fake_mod.answer)
from fake_mod import answer

print(answer)

import replaces_itself

print(type(replaces_itself).__name__, replaces_itself.anything)

import plain

del sys.modules["plain"]
import plain as p2

print("re-executed:", sys.plain_runs)
