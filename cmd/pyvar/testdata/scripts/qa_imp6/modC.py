import __main__
def call_main():
    return __main__.main_func() + " via __main__ module; name=" + __main__.__name__
