# enum: StrEnum members are strs (auto() gives the lower-case name); _missing_ can map extra values.
from enum import Enum, StrEnum, auto


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(repr(Mode.READ), str(Mode.WRITE), f"{Mode.READ}", Mode.WRITE == "w", Mode("w") is Mode.WRITE)
print(Mode.READ.upper(), isinstance(Mode.READ, str), "-".join(Mode))


class Answer(Enum):
    YES = 1
    NO = 0

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.YES if value.lower() in ("y", "yes") else cls.NO
        return None


print(Answer("Y"), Answer("nope"), Answer(1))
try:
    Answer(5)
except ValueError as e:
    print("ValueError", e)
