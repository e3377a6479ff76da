visible = 1
_hidden = 2
def visible_func():
    return "vf"
