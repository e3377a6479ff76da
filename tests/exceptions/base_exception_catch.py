# SystemExit and KeyboardInterrupt are not caught by "except Exception".
for exc in [SystemExit(3), KeyboardInterrupt(), ValueError('v')]:
    try:
        try:
            raise exc
        except Exception as e:
            print('Exception handler:', type(e).__name__)
    except BaseException as e:
        print('BaseException handler:', type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('code', e.code)
try:
    raise GeneratorExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
