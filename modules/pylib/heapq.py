# heapq — binary min-heap on a list (CPython's algorithms and results, so the
# list's order after each call equals CPython's). Frozen Python.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop", "merge",
           "nlargest", "nsmallest"]


def _check(heap, fname, argument=" 1"):
    if not isinstance(heap, list):
        t = "None" if heap is None else type(heap).__name__
        raise TypeError("%s() argument%s must be list, not %s" % (fname, argument, t))


def heappush(heap, item):
    _check(heap, "heappush")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        ret = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return ret
    return last


def heapreplace(heap, item):
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    ret = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return ret


def heappushpop(heap, item):
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    _check(x, "heapify", "")
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    items = []
    for it in iterables:
        items.extend(it)
    items.sort(key=key, reverse=reverse)
    return iter(items)


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
