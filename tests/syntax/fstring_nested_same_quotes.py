# A replacement field may hold a string with the f-string's own quotes, or another f-string (PEP 701, as Python 3.12).
x = 7
items = ["a", "b"]
print(f"{", ".join(items)}")
print(f"<{f"{x}"}>", f'{'single'}', f"""{f"""{x * 2}"""}""")
print(f"a{f"b{f"c{f"d{x}e"}f"}g"}h")
print(f"{x:{"^"}{5}}|", f"{ {"k": x}["k"] }", f"{"q"!r}")
print(f"{{literal}} {x} {{{x}}}")
print(f"{'mixed' + "quotes"}", f"{"}"}")
print(f"{x +
      1}")
