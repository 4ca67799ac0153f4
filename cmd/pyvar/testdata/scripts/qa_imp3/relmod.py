value = "rel ok"
