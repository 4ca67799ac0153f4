# String building and formatting: f-strings, % and str.format, join,
# slicing, case conversion, find/replace, and encoding to bytes.
import time

N = 100


class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty}, {self.price:.2f})"


def report(items):
    lines = []
    for it in items:
        lines.append(f"{it.name:<12}|{it.qty:>5}|{it.price * it.qty:>10.2f}")
    lines.append("%-12s|%5d|%10.2f" % ("total", sum(i.qty for i in items), sum(i.qty * i.price for i in items)))
    return "\n".join(lines)


def main(n):
    total = 0
    for r in range(n):
        items = [Item("item-%03d" % i, (i * 7 + r) % 50, (i % 13) * 1.25 + 0.5) for i in range(300)]
        text = report(items)
        total += len(text) + text.count("|")
        total += len(repr(items[:50]))
        s = "{}:{}:{}".format(r, len(items), text[:10])
        total += len(s)
        up = text.upper()
        total += up.find("ITEM-150") + len(up.replace("ITEM", "it").split("\n"))
        parts = [str(i) for i in range(2000)]
        joined = ",".join(parts)
        total += len(joined) + joined.index("1999")
        enc = joined.encode("utf-8")
        total += len(enc.decode("ascii").split(",")[500])
        words = text.split()
        total += sum(1 for w in words if w.isdigit())
        rev = "".join(reversed(text[:500]))
        total += ord(rev[3]) + text.startswith("item") + len(text.strip().splitlines())
        b = []
        for i in range(1000):
            b.append(str(i * i))
        total += len("-".join(b).zfill(100))
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
