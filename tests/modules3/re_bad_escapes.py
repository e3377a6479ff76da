# re: unknown escapes of ASCII letters are errors; escaped punctuation and known escapes are fine.
import re
for pat in [r"\q", r"\e", r"\i", r"[\q]", r"\.", r"\-", r"\%", r"[\]]", r"\t", r"\x4", r"\x41", r"\u004", r"\u0041",
            r"\N", r"\08", r"\400", r"\777", "\\"]:
    try:
        r = re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(repr(pat), e)
