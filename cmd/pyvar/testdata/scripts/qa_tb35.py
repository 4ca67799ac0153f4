e = ValueError("base")
e.__cause__ = KeyError("manual cause")
raise e
