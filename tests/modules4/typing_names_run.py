# typing: annotated code that imports typing names runs; hints subscript and combine, helpers return their argument.
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, TYPE_CHECKING
from typing import NewType, TypeVar, cast, overload, final, no_type_check

T = TypeVar("T")
UserId = NewType("UserId", int)
Pair = Tuple[int, str]
Handler = Callable[[int], Optional[str]]

def first(items: List[T]) -> T:
    return items[0]

@overload
def scale(x: int) -> int: ...
def scale(x):
    return x * 2

@final
class Leaf:
    pass

@no_type_check
def loose(a: "whatever") -> Dict[str, Any]:
    return {"a": a}

print(TYPE_CHECKING, first([3, 4]), UserId(7), type(UserId(7)).__name__)
print(cast(str, 12), scale(5), loose(1), Leaf.__name__)
print(Union[int, None] is not None, Pair is not None, Handler is not None)
