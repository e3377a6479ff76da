# typing: Protocol, Generic[T], TypedDict and the collection ABCs can be used as base classes.
from typing import Generic, Iterable, Protocol, Sized, TypedDict, TypeVar

T = TypeVar("T")

class Closer(Protocol):
    def close(self) -> None: ...

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

class SizedCloser(Sized, Closer, Protocol):
    pass

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    title: str

m = Movie(title="Alien", year=1979)
print(Box(5).item, type(m).__name__, sorted(m.items()))
print(Partial(title="x"), SizedCloser.__name__, issubclass(Box, Generic))
Alt = TypedDict("Alt", {"name": str})
print(type(Alt(name="n")).__name__, Alt.__name__)
def total(xs: Iterable[int]) -> int:
    return sum(xs)
print(total([1, 2, 3]))
try:
    isinstance(m, Movie)
except TypeError:
    print("TypedDict refuses isinstance")
