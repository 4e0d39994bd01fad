# Object scheduler in the style of Richards: task control blocks, packets passed
# between an idle task, workers, handlers and devices; many method calls and
# attribute reads and writes on small objects.
IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
NTASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

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
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        # A task runs when it has a packet (or is not waiting) and is not held.
        self.waiting = waiting
        self.held = False
        self.link = sched.tasks_head
        sched.tasks_head = self
        sched.table[ident] = self

    def runnable(self):
        if self.held:
            return False
        return self.queue is not None or not self.waiting

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        self.waiting = False
        return p

    def receive(self, packet, current):
        # A packet arrives; returns the task that should run next.
        if self.queue is None:
            self.queue = packet
            if self.priority > current.priority and not self.held:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait()
        if self.dest == HANDLER_A:
            self.dest = HANDLER_B
        else:
            self.dest = HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, queue):
        Task.__init__(self, sched, ident, 2000 + ident, queue, True)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            n = work.datum
            if n >= 4:
                self.work = work.link
                return self.sched.send(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.datum = work.data[n]
                work.datum = n + 1
                return self.sched.send(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident):
        Task.__init__(self, sched, ident, 4000 + ident, None, True)
        self.pending = None

    def run(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.send(p)
        self.pending = packet
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.table = [None] * NTASKS
        self.tasks_head = None
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def find(self, ident):
        return self.table[ident]

    def hold_self(self):
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        t = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.receive(packet, self.current)

    def schedule(self):
        t = self.tasks_head
        while t is not None:
            if t.runnable():
                self.current = t
                packet = t.take_packet() if t.queue is not None else None
                t = t.run(packet)
            else:
                t = t.link


def make_work_queue():
    q = Packet(None, 0, KIND_WORK)
    return Packet(q, 0, KIND_WORK)


def make_device_queue(ident):
    q = Packet(None, ident, KIND_DEVICE)
    q = Packet(q, ident, KIND_DEVICE)
    return Packet(q, ident, KIND_DEVICE)


def run(count):
    s = Scheduler()
    IdleTask(s, count)
    WorkerTask(s, make_work_queue())
    HandlerTask(s, HANDLER_A, make_device_queue(DEVICE_A))
    HandlerTask(s, HANDLER_B, make_device_queue(DEVICE_B))
    DeviceTask(s, DEVICE_A)
    DeviceTask(s, DEVICE_B)
    s.schedule()
    return s.queue_count, s.hold_count


for n in (1000, 5000, 10000):
    q, h = run(n)
    print(n, q, h)
total = 0
for _ in range(10):
    q, h = run(10000)
    total += q + h
print(total)
