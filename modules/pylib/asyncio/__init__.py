# asyncio — a single-threaded event loop for coroutines (MicroPython's asyncio
# API, CPython's ordering for simple programs).
#
# Frozen Python (modules/pylib/manifest.py). The loop mirrors CPython's
# _run_once: each iteration first moves expired timers to the end of the
# ready queue, then runs exactly the tasks that were ready when it started;
# tasks made ready meanwhile run in the next iteration. A task suspends by
# yielding a request up its await chain (see _Suspend): None (run again
# soon), ("sleep", ms) or ("wait", waitable, deadline). Every waitable —
# Task, Event, Lock, Queue, ThreadSafeFlag, gather — keeps a plain list of
# waiting tasks; a timeout is a timer entry carrying the task's wake token,
# so whichever of wake-up and timer comes first wins and the other is void.
# Time is time.ticks_ms() with ticks_diff, so it survives wrap-around.

import time as _time

__all__ = ["run", "create_task", "ensure_future", "sleep", "sleep_ms", "gather", "wait_for",
           "wait_for_ms", "Event", "Lock", "ThreadSafeFlag", "Queue", "QueueEmpty", "QueueFull",
           "TaskGroup", "Task", "CancelledError", "TimeoutError", "InvalidStateError",
           "current_task", "all_tasks", "get_event_loop", "new_event_loop", "get_running_loop",
           "Loop", "StreamReader", "StreamWriter", "Stream", "iscoroutine"]

try:
    TimeoutError = TimeoutError
except NameError:
    class TimeoutError(OSError):
        pass


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


if hasattr(_time, "ticks_ms"):
    _ticks = _time.ticks_ms
    _ticks_add = _time.ticks_add
    _ticks_diff = _time.ticks_diff
    _sleep_ms = _time.sleep_ms
else:  # CPython, when these files are run as plain modules
    def _ticks():
        return int(_time.monotonic() * 1000)

    def _ticks_add(t, d):
        return t + d

    def _ticks_diff(a, b):
        return a - b

    def _sleep_ms(ms):
        _time.sleep(ms / 1000)


class _Suspend:
    """Awaiting one of these yields `request` to the loop; the loop's answer is the result."""
    __slots__ = ("request",)

    def __init__(self, request):
        self.request = request

    def __await__(self):
        return (yield self.request)

    __iter__ = __await__


def iscoroutine(obj):
    return hasattr(obj, "send") and hasattr(obj, "throw")


# ---- the loop state -------------------------------------------------------

_ready = []        # tasks (or _Handle callbacks) to run in the next iteration
_timers = []       # [deadline_ms, seq, task, token], sorted by deadline then seq
_seq = [0]
_current = None
_tasks = set()     # tasks not yet done
_stop = [False]
_exc_handler = [None]  # Loop.set_exception_handler()


class _Handle:
    __slots__ = ("fn", "args", "cancelled")

    def __init__(self, fn, args):
        self.fn = fn
        self.args = args
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


def _add_timer(task, ms):
    now = _ticks()
    deadline = _ticks_add(now, ms)
    _seq[0] += 1
    entry = [deadline, _seq[0], task, task._token]
    i = len(_timers)
    while i > 0 and _ticks_diff(_timers[i - 1][0], deadline) > 0:
        i -= 1
    _timers.insert(i, entry)


def _wake(task, value=True):
    """Makes a blocked task ready; `value` is what its pending await returns."""
    w = task._waiting_on
    if w is not None:
        ws = w._waiters
        if task in ws:
            ws.remove(task)
        task._waiting_on = None
    task._token += 1
    task._send = value
    task._blocked = False
    _ready.append(task)


# ---- tasks ----------------------------------------------------------------

class Task:
    def __init__(self, coro, name=None):
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        self.coro = coro
        self._name = name
        self._done = False
        self._result = None
        self._exception = None
        self._cancelled = False
        self._cancel_pending = False
        self._send = None
        self._waiting_on = None
        self._delegating = False  # a plain `await task`: cancelling us cancels that task
        self._retrieved = False   # someone saw the outcome (await, result(), exception())
        self._blocked = False
        self._token = 0
        self._waiters = []
        self._callbacks = []
        self.data = None
        _tasks.add(self)
        _ready.append(self)

    def get_name(self):
        return self._name if self._name is not None else "Task"

    def set_name(self, name):
        self._name = name

    def get_coro(self):
        return self.coro

    def done(self):
        return self._done

    def cancelled(self):
        return self._cancelled

    def result(self):
        if not self._done:
            raise InvalidStateError("Result is not set.")
        self._retrieved = True
        if self._cancelled:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError("Exception is not set.")
        self._retrieved = True
        if self._cancelled:
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if self._done:
            _ready.append(_Handle(fn, (self,)))
        else:
            self._callbacks.append(fn)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return n - len(self._callbacks)

    def cancel(self, msg=None):
        if self._done:
            return False
        w = self._waiting_on
        if isinstance(w, Task) and self._delegating and not w._done and w.cancel():
            # As CPython: cancel only what we wait for; we wake when it
            # finishes and its outcome is ours (it may swallow the cancel).
            return True
        self._cancel_pending = True
        if self._blocked:
            if w is not None and hasattr(w, "_on_cancel"):
                w._on_cancel()
            _wake(self, None)
        return True

    def _finish(self, result=None, exc=None, cancelled=False):
        self._done = True
        self._result = result
        self._exception = exc
        self._cancelled = cancelled
        _tasks.discard(self)
        waiters = self._waiters
        self._waiters = []
        for t in waiters:
            t._waiting_on = None
            _wake(t, True)
        for fn in self._callbacks:
            _run_callback(fn, (self,))
        self._callbacks = []

    def __await__(self):
        if not self._done:
            yield ("wait", self, None)
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = "pending"
        if self._done:
            state = "cancelled" if self._cancelled else "finished"
        return "<Task %s name=%r>" % (state, self.get_name())


def _step(task):
    global _current
    _current = task
    try:
        if task._cancel_pending:
            task._cancel_pending = False
            req = task.coro.throw(CancelledError())
        else:
            v = task._send
            task._send = None
            req = task.coro.send(v)
    except StopIteration as e:
        _current = None
        if task._cancel_pending:
            # Cancelled itself right before returning: as CPython, cancelled wins.
            task._finish(cancelled=True)
        else:
            task._finish(result=e.value)
        return
    except CancelledError:
        _current = None
        task._finish(cancelled=True)
        return
    except BaseException as e:
        _current = None
        watched = task._waiters or task._callbacks
        task._finish(exc=e)
        if not watched:
            # As MicroPython: if nobody has looked at the exception by the next
            # iteration, it goes to the loop's exception handler.
            _ready.append(_Handle(_report_unretrieved, (task,)))
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return
    _current = None
    _suspend(task, req)


def _run_callback(fn, args):
    # As CPython: a failing callback is reported to the loop's exception handler, the loop goes on.
    try:
        fn(*args)
    except Exception as e:
        _loop.call_exception_handler({"message": "Exception in callback", "exception": e})


def _report_unretrieved(task):
    if not task._retrieved:
        _loop.call_exception_handler({"message": "Task exception wasn't retrieved",
                                      "exception": task._exception, "future": task})


def _suspend(task, req):
    if task._cancel_pending:
        _ready.append(task)
        return
    if req is None:
        _ready.append(task)
        return
    kind = req[0]
    if kind == "sleep":
        task._blocked = True
        _add_timer(task, req[1])
    elif kind == "wait":
        w = req[1]
        task._blocked = True
        task._waiting_on = w
        task._delegating = isinstance(w, Task) and req[2] is None
        w._waiters.append(task)
        if req[2] is not None:
            _add_timer(task, req[2])
    else:
        raise RuntimeError("Task got bad yield: %r" % (req,))


def _run_once():
    if _timers:
        now = _ticks()
        while _timers and _ticks_diff(_timers[0][0], now) <= 0:
            deadline, seq, task, token = _timers.pop(0)
            if token == task._token and not task._done:
                # A timeout: the pending await returns False (sleep ignores it).
                _wake(task, False)
    global _ready
    batch = _ready
    _ready = []
    for t in batch:
        if isinstance(t, _Handle):
            if not t.cancelled:
                _run_callback(t.fn, t.args)
        elif not t._done:
            _step(t)


def _idle():
    # Nothing is ready: sleep until the next timer (or poll for ThreadSafeFlag).
    if _ready:
        return
    if _timers:
        d = _ticks_diff(_timers[0][0], _ticks())
        if d > 0:
            _sleep_ms(d)
    else:
        _sleep_ms(1)


def _run_until(task):
    while not task._done and not _stop[0]:
        _run_once()
        if not task._done:
            _idle()


def current_task():
    if _current is None:
        raise RuntimeError("no running event loop")
    return _current


def all_tasks():
    return set(_tasks)


def create_task(coro, *, name=None):
    return Task(coro, name)


def ensure_future(obj):
    if isinstance(obj, Task):
        return obj
    if not iscoroutine(obj) and hasattr(obj, "__await__"):
        return Task(_await(obj))
    return Task(obj)


def _cancel_all():
    pending = [t for t in _tasks if not t._done]
    if not pending:
        return
    for t in pending:
        t.cancel()
    while any(not t._done for t in pending):
        _run_once()
        if any(not t._done for t in pending):
            _idle()


def run(main):
    if _current is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    task = Task(main)
    try:
        _run_until(task)
    finally:
        _cancel_all()
        _timers[:] = []
    return task.result()


# ---- sleeping and waiting -------------------------------------------------

async def sleep_ms(ms, result=None):
    if ms <= 0:
        await _Suspend(None)
    else:
        ms = int(ms)
        _ticks_add(0, ms)  # an out-of-range delay raises OverflowError here, in the caller
        await _Suspend(("sleep", ms))
    return result


async def sleep(delay, result=None):
    if delay <= 0:
        await _Suspend(None)
    else:
        await _Suspend(("sleep", int(delay * 1000 + 0.5)))
    return result


class _Waiter:
    """A one-shot waitable; as CPython's waiter future, it is released one loop
    iteration after the task it watches finishes (wait_for's timing)."""

    def __init__(self, task):
        self._waiters = []
        self.task = task
        task._callbacks.append(self._task_done)

    def _task_done(self, t):
        _ready.append(_Handle(self._release, ()))

    def _release(self):
        for w in list(self._waiters):
            _wake(w, True)

    def detach(self):
        if self._task_done in self.task._callbacks:
            self.task._callbacks.remove(self._task_done)


async def _cancel_and_wait(task):
    if task._done:
        return
    waiter = _Waiter(task)
    try:
        task.cancel()
        await _Suspend(("wait", waiter, None))
    finally:
        waiter.detach()


async def wait_for_ms(aw, timeout):
    task = ensure_future(aw)
    if timeout is None:
        return await task
    if task._done:
        return task.result()
    if timeout > 0:
        waiter = _Waiter(task)
        try:
            ok = await _Suspend(("wait", waiter, int(timeout)))
        except CancelledError as er:
            # As CPython: we were cancelled; cancel the task, wait for it, re-raise.
            waiter.detach()
            if task._done:
                return task.result()
            await _cancel_and_wait(task)
            raise er
        waiter.detach()
        if ok is not False:
            return task.result()
    await _cancel_and_wait(task)
    try:
        return task.result()
    except CancelledError:
        raise TimeoutError()


async def wait_for(aw, timeout):
    return await wait_for_ms(aw, None if timeout is None else timeout * 1000)


class _Gather:
    """gather()'s result: its children are tasks from the call on (as CPython's
    future); awaiting it waits until all are done, or one fails."""

    def __init__(self, tasks, return_exceptions):
        self._waiters = []
        self.tasks = tasks
        self.return_exceptions = return_exceptions
        self.failed = None
        self.left = 0
        for t in tasks:
            t._retrieved = True  # gather reports the outcome
            if t._done:
                self._check(t)
            else:
                self.left += 1
                t._callbacks.append(self._child_done)

    def _check(self, t):
        if self.failed is None and not self.return_exceptions and (t._cancelled or t._exception is not None):
            self.failed = t

    def _child_done(self, t):
        self.left -= 1
        self._check(t)
        if self.left == 0 or self.failed is not None:
            for w in list(self._waiters):
                _wake(w, True)

    def _on_cancel(self):
        for t in self.tasks:
            t.cancel()

    def cancel(self, msg=None):
        r = False
        for t in self.tasks:
            if t.cancel():
                r = True
        return r

    def done(self):
        return self.left == 0 or self.failed is not None

    def __await__(self):
        if self.failed is None and self.left:
            yield ("wait", self, None)
        if self.failed is not None:
            return self.failed.result()  # raises its exception
        out = []
        for t in self.tasks:
            if t._cancelled:
                out.append(CancelledError(""))  # CPython 3.11 gather's exact value
            elif t._exception is not None:
                out.append(t._exception)
            else:
                out.append(t._result)
        return out

    __iter__ = __await__


async def _await(aw):
    return await aw


def gather(*aws, return_exceptions=False):
    tasks = []
    seen = {}
    for a in aws:
        t = seen.get(id(a))
        if t is None:
            t = ensure_future(a)
            seen[id(a)] = t
        tasks.append(t)
    return _Gather(tasks, return_exceptions)


# ---- synchronisation ------------------------------------------------------

class Event:
    def __init__(self):
        self._waiters = []
        self.state = False

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        for t in list(self._waiters):
            _wake(t, True)

    def clear(self):
        self.state = False

    async def wait(self):
        if not self.state:
            await _Suspend(("wait", self, None))
        return True


class ThreadSafeFlag:
    def __init__(self):
        self._waiters = []
        self.state = False

    def set(self):
        self.state = True
        if self._waiters:
            # As MicroPython's poller: the waiter wakes on the next loop iteration.
            _ready.append(_Handle(self._wake_first, ()))

    def _wake_first(self):
        if self._waiters:
            _wake(self._waiters[0], True)

    def clear(self):
        self.state = False

    async def wait(self):
        while not self.state:
            await _Suspend(("wait", self, None))
        self.state = False


class Lock:
    def __init__(self):
        self._waiters = []
        self._locked = False
        self._handoff = None

    def locked(self):
        # While handed to a waiter that has not run yet, CPython (and MicroPython) say unlocked.
        return self._locked and self._handoff is None

    async def acquire(self):
        if self._locked or self._waiters:
            try:
                await _Suspend(("wait", self, None))
            except CancelledError:
                if self._handoff is _current:
                    # Handed the lock, then cancelled before running: pass it on.
                    self._handoff = None
                    self.release()
                raise
            # The releaser handed the lock over to us.
            self._handoff = None
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        if self._waiters:
            self._handoff = self._waiters[0]
            _wake(self._handoff, True)  # stays locked: ownership passes on
        else:
            self._locked = False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
        return None


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class _WaitList:
    def __init__(self):
        self._waiters = []


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._items = []
        self._getters = _WaitList()
        self._putters = _WaitList()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self.maxsize <= len(self._items)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull()
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        if self._getters._waiters:
            _wake(self._getters._waiters[0], True)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty()
        item = self._items.pop(0)
        if self._putters._waiters:
            _wake(self._putters._waiters[0], True)
        return item

    async def put(self, item):
        while self.full():
            await _Suspend(("wait", self._putters, None))
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            await _Suspend(("wait", self._getters, None))
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


# ---- TaskGroup ------------------------------------------------------------

try:
    _ExceptionGroup = ExceptionGroup
except NameError:
    _ExceptionGroup = None


class TaskGroup:
    def __init__(self):
        self._tasks = []
        self._errors = []
        self._parent = None
        self._entered = False
        self._aborting = False
        self._waiters = []
        self._left = 0

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has already been entered" % (self,))
        self._entered = True
        self._parent = current_task()
        return self

    def create_task(self, coro, *, name=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        t = Task(coro, name)
        self._tasks.append(t)
        self._left += 1
        t._callbacks.append(self._child_done)
        return t

    def _child_done(self, t):
        self._left -= 1
        if not t._cancelled and t._exception is not None:
            self._errors.append(t._exception)
            if not self._aborting:
                self._abort()
        if self._left == 0:
            for w in list(self._waiters):
                _wake(w, True)

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t._done:
                t.cancel()

    async def __aexit__(self, et, exc, tb):
        if et is not None and not issubclass(et, CancelledError):
            self._errors.append(exc)
        if et is not None and not self._aborting:
            self._abort()
        while self._left:
            try:
                await _Suspend(("wait", self, None))
            except CancelledError:
                if not self._aborting:
                    self._abort()
        if self._errors:
            errs = self._errors
            self._errors = []
            if _ExceptionGroup is not None:
                raise _ExceptionGroup("unhandled errors in a TaskGroup", errs)
            raise errs[0]
        return False


# ---- loop object (MicroPython / CPython compatible subset) -----------------

class Loop:
    def create_task(self, coro):
        return create_task(coro)

    def run_until_complete(self, aw):
        task = ensure_future(aw)
        _run_until(task)
        return task.result()

    def run_forever(self):
        _stop[0] = False
        while not _stop[0]:
            _run_once()
            _idle()
        _stop[0] = False

    def stop(self):
        _stop[0] = True

    def close(self):
        pass

    def call_soon(self, callback, *args):
        h = _Handle(callback, args)
        _ready.append(h)
        return h

    def time(self):
        return _ticks() / 1000

    def set_exception_handler(self, handler):
        _exc_handler[0] = handler

    def get_exception_handler(self):
        return _exc_handler[0]

    def default_exception_handler(self, context):
        pass

    def call_exception_handler(self, context):
        h = _exc_handler[0]
        if h is None:
            self.default_exception_handler(context)
        else:
            h(self, context)


_loop = Loop()


def get_event_loop():
    return _loop


def get_running_loop():
    if _current is None:
        raise RuntimeError("no running event loop")
    return _loop


def new_event_loop():
    global _ready
    _ready = []
    _timers[:] = []
    _tasks.clear()
    return _loop


# ---- streams (polling; MicroPython's Stream over a non-blocking object) ----

class Stream:
    """StreamReader/StreamWriter over an object with read/readline/write."""

    def __init__(self, s, e=None):
        self.s = s
        self.e = e or {}
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e.get(v)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def _poll(self, fn, *args):
        while True:
            r = fn(*args)
            if r is not None:
                return r
            await sleep_ms(1)

    async def read(self, n=-1):
        if n < 0:
            chunks = []
            while True:
                r = await self._poll(self.s.read, 4096)
                if not r:
                    return chunks[0][:0].join(chunks) if chunks else r
                chunks.append(r)
        return await self._poll(self.s.read, n)

    async def readinto(self, buf):
        return await self._poll(self.s.readinto, buf)

    async def readexactly(self, n):
        r = b""
        while n:
            chunk = await self._poll(self.s.read, n)
            if not chunk:
                raise EOFError
            r += chunk
            n -= len(chunk)
        return r

    async def readline(self):
        return await self._poll(self.s.readline)

    def write(self, buf):
        if not self.out_buf:
            r = self.s.write(buf)
            if r == len(buf):
                return
            if r is not None:
                buf = buf[r:]
        self.out_buf += buf

    async def drain(self):
        while self.out_buf:
            r = self.s.write(self.out_buf)
            if r is not None:
                self.out_buf = self.out_buf[r:]
            if self.out_buf:
                await sleep_ms(1)


StreamReader = Stream
StreamWriter = Stream
