# Methods on non-ASCII text count code points, not bytes.
s = 'naïve café — déjà vu'
print(len(s), s.find('é'), s.rfind('é'), s.index('—'), s.count('é'), s.split(), s.split('é'), s.partition('—'))
print(s.upper(), s.title(), s.center(25, '·'), s.ljust(22, '~'), s[5:9], s.replace('é', 'E'), s.strip('nu'))
print(s.startswith('ïve', 2), s.endswith('caf', 0, 10), s.find('é', 10), s.find('é', -4), s.rsplit(' ', 2))
emoji = 'a😀b😀c'
print(len(emoji), emoji.find('b'), emoji.split('😀'), emoji.rfind('😀'), emoji.center(9, '*'), emoji.zfill(7), list(emoji))
