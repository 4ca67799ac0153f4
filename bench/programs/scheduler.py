# A task scheduler in the spirit of an operating-system simulation: task
# control blocks, packets passed between device, worker and handler tasks,
# a linked-list work queue, and state flags kept as attributes.
import time

N = 15

IDLE, WORKER, HANDLER_A, HANDLER_B, DEV_A, DEV_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.waiting = False
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1:
            self.control = (self.control >> 1) ^ 0xD008
            return self.sched.release(DEV_B)
        self.control >>= 1
        return self.sched.release(DEV_A)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.count >= 4:
                self.work = w.link
                return self.sched.queue_packet(w)
            if self.devices is not None:
                d = self.devices
                self.devices = d.link
                d.count = w.data[w.count]
                w.count += 1
                return self.sched.queue_packet(d)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        if t.queue is None:
            t.queue = packet
            t.waiting = False
            if t.priority > self.current.priority:
                return t
        else:
            t.queue = packet.append_to(t.queue)
        return self.current

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            t = self.current
            if t.runnable():
                packet = t.take_packet() if t.waiting and t.queue is not None else None
                self.current = t.run(packet)
            else:
                self.current = t.next


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 1, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q)
    q = Packet(None, DEV_A, KIND_DEVICE)
    q = Packet(q, DEV_A, KIND_DEVICE)
    q = Packet(q, DEV_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEV_B, KIND_DEVICE)
    q = Packet(q, DEV_B, KIND_DEVICE)
    q = Packet(q, DEV_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEV_A, 4000)
    DeviceTask(s, DEV_B, 5000)
    s.schedule()
    return s.queue_count * 10000 + s.hold_count


def main(n):
    total = 0
    for i in range(n):
        total += run_once(2000 + i)
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
