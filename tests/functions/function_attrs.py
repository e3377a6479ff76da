# Functions have a __name__ and can carry attributes.
def alpha():
    pass
beta = alpha
print(alpha.__name__, beta.__name__, (lambda: 0).__name__)
alpha.tag = 'custom'
print(beta.tag, hasattr(alpha, 'tag'), getattr(alpha, 'other', 'none'))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, type(alpha).__name__)
