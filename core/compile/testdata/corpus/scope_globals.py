g = 1
def f():
    global g, h
    g = g + 1
    h = 2
    del h
    return len([g])

def k():
    return print, g, undefined_name
