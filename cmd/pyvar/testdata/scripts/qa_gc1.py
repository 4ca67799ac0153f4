import gc
print(gc.isenabled(), type(gc.collect()).__name__)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
