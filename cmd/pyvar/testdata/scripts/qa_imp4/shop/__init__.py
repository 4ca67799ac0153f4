VERSION = "1.0"
def helper(): pass
_hidden = 1
items = "placeholder string"
