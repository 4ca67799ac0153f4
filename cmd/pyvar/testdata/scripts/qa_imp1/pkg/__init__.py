INIT = "pkg init"
print("pkg init runs")
