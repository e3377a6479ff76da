# pass and the Ellipsis literal.
def todo():
    pass
def stub():
    ...
class Empty:
    pass
print(todo(), stub(), type(Empty()).__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
for _ in range(2):
    pass
if True:
    pass
print('done')
