x = {"a": 1}
x.iterms()
