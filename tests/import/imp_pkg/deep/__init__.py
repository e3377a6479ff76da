print("imp_pkg.deep: __init__ runs")
