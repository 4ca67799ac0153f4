# Exceptions: raising and catching built-in and user exceptions, finally
# blocks, exception chaining, and EAFP dictionary/attribute access.
import time

N = 40


class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return -1


def check(record):
    if record["age"] < 0:
        raise ValidationError("age", record["age"])
    if "name" not in record:
        raise KeyError("name")
    return record["age"]


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 0
    finally:
        d["lookups"] = d.get("lookups", 0) + 1


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def main(n):
    total = 0
    tokens = ["12", "x", "7", "", "-3", "4.5", "100"]
    for r in range(n):
        for i in range(300):
            for t in tokens:
                total += parse_int(t)
        d = {"a": 1}
        for i in range(2000):
            total += lookup(d, "a" if i % 3 else "b")
        total += d["lookups"]
        for i in range(1500):
            rec = {"age": i % 5 - 1}
            if i % 4:
                rec["name"] = "x"
            try:
                total += check(rec)
            except ValidationError as e:
                total += len(e.field)
            except KeyError as e:
                total += 2
        for i in range(100):
            try:
                deep(20)
            except RuntimeError as e:
                try:
                    raise LookupError("wrapped") from e
                except LookupError as e2:
                    total += e2.__cause__ is e
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
