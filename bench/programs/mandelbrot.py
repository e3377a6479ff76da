"""Mandelbrot set: escape-time iteration over a grid of complex points.

Pure float arithmetic (no complex type) in a doubly nested loop with an
inner while loop, the classic "tight numeric loop" case.  Prints the number
of points inside the set, the total iteration count and a row checksum.
"""

WIDTH = 480
HEIGHT = 360
MAX_ITER = 200


def mandelbrot(width, height, max_iter):
    inside = 0
    total_iters = 0
    row_checksum = 0
    x_min, x_max = -2.2, 1.0
    y_min, y_max = -1.2, 1.2
    dx = (x_max - x_min) / width
    dy = (y_max - y_min) / height
    for py in range(height):
        ci = y_min + py * dy
        row = 0
        for px in range(width):
            cr = x_min + px * dx
            zr = zi = 0.0
            zr2 = zi2 = 0.0
            n = 0
            while n < max_iter and zr2 + zi2 <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                n += 1
            total_iters += n
            if n == max_iter:
                inside += 1
                row += px
        row_checksum = (row_checksum * 31 + row) % 1000000007
    return inside, total_iters, row_checksum


def main():
    inside, total, checksum = mandelbrot(WIDTH, HEIGHT, MAX_ITER)
    print(f"mandelbrot {WIDTH}x{HEIGHT} max_iter={MAX_ITER} inside={inside} "
          f"iterations={total} checksum={checksum}")


main()
