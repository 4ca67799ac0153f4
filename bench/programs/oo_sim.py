# An object-oriented simulation: a small ecosystem of animals on a grid,
# with inheritance, super(), properties and polymorphic methods.
import time

N = 2000


class Rng:
    """A linear congruential generator, so every interpreter sees the same numbers."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


class Animal:
    kind = "animal"
    speed = 1

    def __init__(self, x, y, energy):
        self.x = x
        self.y = y
        self.energy = energy
        self.age = 0

    @property
    def alive(self):
        return self.energy > 0

    def move(self, rng, size):
        self.x = (self.x + rng.next(2 * self.speed + 1) - self.speed) % size
        self.y = (self.y + rng.next(2 * self.speed + 1) - self.speed) % size
        self.energy -= self.cost()
        self.age += 1

    def cost(self):
        return 1


class Rabbit(Animal):
    kind = "rabbit"

    def eat(self, grass):
        cell = (self.x, self.y)
        food = grass.get(cell, 0)
        if food:
            grass[cell] = food - 1
            self.energy += 3


class Fox(Animal):
    kind = "fox"
    speed = 2

    def cost(self):
        return super().cost() + 1

    def eat(self, by_cell):
        prey = by_cell.get((self.x, self.y))
        if prey is not None and prey.alive:
            prey.energy = 0
            self.energy += 10


class World:
    def __init__(self, size, seed):
        self.size = size
        self.rng = Rng(seed)
        self.grass = {}
        self.animals = []
        for i in range(size * size // 4):
            self.grass[(self.rng.next(size), self.rng.next(size))] = 5
        for i in range(60):
            self.animals.append(Rabbit(self.rng.next(size), self.rng.next(size), 8))
        for i in range(12):
            self.animals.append(Fox(self.rng.next(size), self.rng.next(size), 20))

    def step(self):
        size, rng = self.size, self.rng
        rabbits = {}
        for a in self.animals:
            a.move(rng, size)
            if a.kind == "rabbit":
                rabbits[(a.x, a.y)] = a
        for a in self.animals:
            if a.kind == "rabbit":
                a.eat(self.grass)
            else:
                a.eat(rabbits)
        born = []
        for a in self.animals:
            if a.alive and a.energy > 12 and len(self.animals) + len(born) < 400:
                a.energy //= 2
                cls = type(a)
                born.append(cls(a.x, a.y, a.energy))
        self.animals = [a for a in self.animals if a.alive] + born
        if len(self.animals) < 20:
            for i in range(10):
                self.animals.append(Rabbit(rng.next(size), rng.next(size), 8))
        for i in range(8):
            cell = (rng.next(size), rng.next(size))
            self.grass[cell] = self.grass.get(cell, 0) + 2

    def census(self):
        counts = {}
        for a in self.animals:
            counts[a.kind] = counts.get(a.kind, 0) + 1
        return counts


def main(n):
    w = World(30, 7)
    total = 0
    for i in range(n):
        w.step()
        c = w.census()
        total = (total * 31 + c.get("rabbit", 0) * 7 + c.get("fox", 0)) % 1000000007
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
