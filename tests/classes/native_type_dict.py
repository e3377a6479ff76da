# Built-in types have a __dict__ listing their methods; vars() works on them too.
print(hasattr(int, "__dict__"), hasattr(list, "__dict__"))
print("append" in list.__dict__, "keys" in vars(dict), "to_bytes" in int.__dict__)
print("no_such_method" in str.__dict__, callable(list.__dict__["append"]))
d = list.__dict__["append"]
items = [3]
d(items, 4)
print(items)
