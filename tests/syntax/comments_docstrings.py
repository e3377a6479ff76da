#!/usr/bin/env python3
# A comment line.
"""Module docstring: not printed."""


def f():
    """Function docstring."""
    # comment inside
    return 1  # trailing comment


class C:
    """Class docstring."""
    x = 2  # comment

    # comment between members
    def m(self):
        'single-quoted docstring'
        return 3
print(f(), C.x, C().m())  # done
# final comment without newline at the end of the block
