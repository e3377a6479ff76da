# Order of execution for try/except/else/finally in each outcome.
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError
        if action == 'other':
            raise KeyError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
try:
    run('other')
except KeyError:
    print('KeyError escaped after finally')
