raise Exception("multi\nline")
