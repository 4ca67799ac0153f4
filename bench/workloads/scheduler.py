# A class-heavy round-robin scheduler: instances, methods, attribute access,
# inheritance and a little of everything classes do.
import time

N = 20000


class Task:
    created = 0

    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.done = 0
        Task.created += 1

    def step(self):
        self.work -= 1
        self.done += 1
        return self.work > 0

    def cost(self):
        return 1


class HeavyTask(Task):
    def cost(self):
        return 3 + super().cost()


class Scheduler:
    def __init__(self):
        self.queue = []
        self.clock = 0

    def add(self, task):
        self.queue.append(task)

    def run(self):
        # Round-robin passes over the queue; list.pop(0) would make this a
        # benchmark of memmove instead of method calls and attributes.
        finished = 0
        while self.queue:
            remaining = []
            for task in self.queue:
                self.clock += task.cost()
                if task.step():
                    remaining.append(task)
                else:
                    finished += 1
            self.queue = remaining
        return finished


def simulate(n):
    s = Scheduler()
    for i in range(n):
        if i % 3 == 0:
            s.add(HeavyTask("h%d" % i, i % 7 + 1))
        else:
            s.add(Task("t%d" % i, i % 5 + 1))
    finished = s.run()
    return finished * 1000003 + s.clock


t0 = time.perf_counter()
checksum = simulate(N)
elapsed = time.perf_counter() - t0
print("result", checksum, elapsed, N)
