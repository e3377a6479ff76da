# re: a quantifier with nothing before it is "nothing to repeat"; a double quantifier is "multiple repeat".
import re
for pat in ["*", "+a", "?", "a|*", "(*a)", "(?:+)", "^*", "a**", "a+*", "a??+", "a{2}*", "{2}", "a|{2}", "x{,3}"]:
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(repr(pat), e)
