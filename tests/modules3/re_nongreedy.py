# re: non-greedy *?, +?, ??, {m,n}? take the shortest match; greedy ones the longest.
import re
s = "<a><bb><ccc>"
for pat in ["<.*>", "<.*?>", "<.+>", "<.+?>", "<.?>", "<.??>", "<b{1,2}>", "a{1,3}?", "<.{2,5}?>", "(a|ab)(c|bcd)(d*)"]:
    m = re.search(pat, s + "abcd")
    print(pat, m.group(0) if m else None, m.span() if m else None)
print(re.findall("a+?", "aaa"), re.findall("a*?", "aa"), re.sub("x*?", "-", "axb"))
