counter = 0
back_ref_name = __name__
def describe():
    return "modB.describe sees counter=" + str(counter)
