class A:
    pass
A().missing_method()
