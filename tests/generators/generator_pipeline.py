# Chaining generators into a processing pipeline.
def source():
    for line in ['3', '', '10', 'x', '7']:
        yield line
def non_empty(lines):
    for line in lines:
        if line:
            yield line
def to_int(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            pass
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(to_int(non_empty(source())))))
squares = (n * n for n in to_int(source()))
print(list(squares))
