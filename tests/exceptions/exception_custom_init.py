# Exceptions with custom __init__, extra attributes and __str__.
class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
class Pretty(Exception):
    def __str__(self):
        return 'pretty: ' + str(self.args[0])
try:
    raise HttpError(404, 'Not Found')
except HttpError as e:
    print(e.code, e.reason, e.args, e)
try:
    raise Pretty('message')
except Exception as e:
    print(e, str(e), e.args)
class WithDefault(ValueError):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault()
except ValueError as e:
    print(e)
