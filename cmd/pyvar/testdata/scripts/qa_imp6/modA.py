import modB
NAME = "modA"
def helper():
    return "helper in " + __name__ + " using " + modB.describe()
def read_counter():
    return modB.counter
