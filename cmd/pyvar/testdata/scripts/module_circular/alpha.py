import beta

NAME = "alpha"


def greet():
    return "alpha sees " + beta.NAME
