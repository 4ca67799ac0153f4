real = "real attr"
def __getattr__(name):
    if name == "missing_one":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return "dynamic:" + name
