# try/except/else inside loops with break in the else clause.
class RetryError(Exception):
    pass
for attempt in range(5):
    try:
        if attempt < 2:
            raise RetryError('retry')
    except RetryError:
        print('attempt', attempt, 'failed')
    else:
        print('attempt', attempt, 'succeeded')
        break
    finally:
        print('cleanup', attempt)
print('stopped after', attempt)
