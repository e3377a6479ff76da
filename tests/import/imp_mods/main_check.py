print("main_check: __name__ =", __name__, "| is main:", __name__ == "__main__")
if __name__ == "__main__":
    print("main_check: never printed when imported")
