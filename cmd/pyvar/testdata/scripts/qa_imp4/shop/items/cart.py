from .. import VERSION
def total(): return "total v" + VERSION
