# Methods can be replaced on the class; instance attributes can hold functions.
class Robot:
    def act(self):
        return 'walk'
r = Robot()
print(r.act())
def fly(self):
    return 'fly'
Robot.act = fly
print(r.act())
r.act = lambda: 'instance override'
print(r.act(), Robot().act())
