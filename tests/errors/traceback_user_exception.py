# Uncaught user-defined exception raised from a method.
class ValidationError(Exception):
    pass

class Form:
    def __init__(self, age):
        self.age = age

    def validate(self):
        if self.age < 0:
            raise ValidationError('age must be >= 0')
        return True

print(Form(3).validate())
Form(-1).validate()
