# The with statement calls __enter__/__exit__ around the block.
class Tracker:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('enter')
        return 'resource'
    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit ' + str(exc_type is None))
        return False
log = []
with Tracker(log) as r:
    log.append('body uses ' + r)
print(log)
log = []
with Tracker(log):
    log.append('no as-target')
print(log)
def early():
    with Tracker(log):
        return 'returned'
log = []
print(early(), log)
