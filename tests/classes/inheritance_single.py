# Single inheritance: overriding and inheriting methods.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'
for a in [Animal('generic'), Dog('rex'), Puppy('bit')]:
    print(a.speak(), a.kind(), type(a).__name__)
print(isinstance(Puppy('p'), Animal), issubclass(Dog, Puppy))
