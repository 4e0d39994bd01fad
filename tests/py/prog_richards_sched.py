# Richards-like task scheduler simulation with classes and linked lists
I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = range(1, 7)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
    def packet_pending_(self):
        self.packet_pending = True; self.task_waiting = False; self.task_holding = False
        return self
    def waiting(self):
        self.packet_pending = False; self.task_waiting = True; self.task_holding = False
        return self
    def running(self):
        self.packet_pending = False; self.task_waiting = False; self.task_holding = False
        return self
    def waiting_with_packet(self):
        self.packet_pending = True; self.task_waiting = True; self.task_holding = False
        return self
    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)
    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []
    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task
    def run(self):
        t = self.task_list
        while t is not None:
            if t.state.is_held_or_waiting():
                t = t.link
            else:
                self.trace.append(t.ident)
                t = t.run_task()
    def find(self, ident):
        return self.tasks[ident]
    def hold_self(self):
        self.hold_count += 1
        self.current.state.task_holding = True
        return self.current.link
    def release(self, ident):
        t = self.find(ident)
        t.state.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current
    def wait(self):
        self.current.state.task_waiting = True
        return self.current
    def queue(self, pkt):
        t = self.find(pkt.ident)
        self.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

class Task:
    def __init__(self, sched, ident, priority, wkq, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.wkq = wkq
        self.state = state
        self.link = None
        sched.add(self)
    def add_packet(self, pkt, old):
        if self.wkq is None:
            self.wkq = pkt
            self.state.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.wkq = pkt.append_to(self.wkq)
        return old
    def run_task(self):
        self.sched.current = self
        if self.state.is_waiting_with_packet():
            pkt = self.wkq
            self.wkq = pkt.link
            if self.wkq is None:
                self.state.running()
            else:
                self.state.packet_pending_()
        else:
            pkt = None
        return self.fn(pkt)

class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, I_IDLE, 1, None, TaskState().running())
        self.v1 = 1
        self.count = count
    def fn(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.sched.release(I_DEVA)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(I_DEVB)

class WorkTask(Task):
    def __init__(self, sched, wkq):
        super().__init__(sched, I_WORK, 1000, wkq, TaskState().waiting_with_packet())
        self.dest = I_HANDLERA
        self.count = 0
    def fn(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.dest = I_HANDLERB if self.dest == I_HANDLERA else I_HANDLERA
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord("A") + self.count - 1
        return self.sched.queue(pkt)

class HandlerTask(Task):
    def __init__(self, sched, ident, prio, wkq):
        super().__init__(sched, ident, prio, wkq, TaskState().waiting_with_packet())
        self.work_in = None
        self.device_in = None
    def fn(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        if self.work_in is not None:
            w = self.work_in
            count = w.datum
            if count < BUFSIZE:
                if self.device_in is not None:
                    d = self.device_in
                    self.device_in = d.link
                    d.datum = w.data[count]
                    w.datum = count + 1
                    return self.sched.queue(d)
            else:
                self.work_in = w.link
                return self.sched.queue(w)
        return self.sched.wait()

class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        super().__init__(sched, ident, prio, None, TaskState().waiting())
        self.pending = None
        self.out = []
    def fn(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait()
            v = self.pending
            self.pending = None
            return self.sched.queue(v)
        self.pending = pkt
        self.out.append(chr(pkt.datum))
        return self.sched.hold_self()

def run(count):
    s = Scheduler()
    IdleTask(s, count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, wkq)
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq)
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq)
    DeviceTask(s, I_DEVA, 4000)
    DeviceTask(s, I_DEVB, 5000)
    s.run()
    return s

for n in (10, 100, 1000):
    s = run(n)
    print(n, s.qpkt_count, s.hold_count, len(s.trace), "".join(s.find(I_DEVA).out)[:30], "".join(s.find(I_DEVB).out)[:30])
print(s.trace[:40])
from collections import Counter
print(sorted(Counter(s.trace).items()))
