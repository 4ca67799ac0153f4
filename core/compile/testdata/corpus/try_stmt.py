def f(x):
    try:
        x = 1 / x
    except ZeroDivisionError as e:
        print(e)
    except (TypeError, ValueError):
        pass
    except:
        raise
    else:
        x += 1
    finally:
        print('done')
    return x

def g():
    try:
        return 1
    finally:
        print(2)

def h():
    for i in range(3):
        try:
            continue
        finally:
            break
