"""Event-driven simulation with a priority queue and a state machine."""
import heapq
import random
from dataclasses import dataclass, field
from typing import Any, List, Dict


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    payload: Dict[str, Any] = field(compare=False, default_factory=dict)


class Simulator:
    TRANSITIONS = {
        ("idle", "arrive"): "busy",
        ("busy", "arrive"): "busy",
        ("busy", "depart"): "idle",
        ("idle", "break"): "away",
        ("away", "return"): "idle",
    }

    def __init__(self, seed: int, tellers: int = 2) -> None:
        self.rng = random.Random(seed)
        self.queue: List[Event] = []
        self.seq = 0
        self.now = 0.0
        self.waiting: List[int] = []
        self.states = ["idle"] * tellers
        self.served = 0
        self.wait_times: List[float] = []
        self.arrivals: Dict[int, float] = {}
        self.log: List[str] = []

    def schedule(self, delay: float, kind: str, **payload: Any) -> None:
        self.seq += 1
        heapq.heappush(self.queue, Event(round(self.now + delay, 3), self.seq, kind, payload))

    def transition(self, teller: int, action: str) -> None:
        key = (self.states[teller], action)
        if key not in self.TRANSITIONS:
            raise RuntimeError(f"teller {teller}: invalid {action!r} in state {self.states[teller]!r}")
        self.states[teller] = self.TRANSITIONS[key]

    def free_teller(self):
        for i, s in enumerate(self.states):
            if s == "idle":
                return i
        return None

    def start_service(self, teller: int, cust: int) -> None:
        self.transition(teller, "arrive")
        self.wait_times.append(self.now - self.arrivals[cust])
        self.schedule(self.rng.uniform(1.0, 4.0), "depart", teller=teller, cust=cust)

    def handle(self, ev: Event) -> None:
        if ev.kind == "arrive":
            cust = ev.payload["cust"]
            self.arrivals[cust] = self.now
            t = self.free_teller()
            if t is None:
                self.waiting.append(cust)
            else:
                self.start_service(t, cust)
            if cust < 20:
                self.schedule(self.rng.expovariate(1.2), "arrive", cust=cust + 1)
        elif ev.kind == "depart":
            t = ev.payload["teller"]
            self.transition(t, "depart")
            self.served += 1
            if self.waiting:
                self.start_service(t, self.waiting.pop(0))
            elif self.served % 7 == 0:
                self.transition(t, "break")
                self.schedule(0.5, "return", teller=t)
        elif ev.kind == "return":
            self.transition(ev.payload["teller"], "return")
            if self.waiting:
                self.start_service(ev.payload["teller"], self.waiting.pop(0))
        self.log.append(f"{self.now:7.3f} {ev.kind:<7} {''.join(s[0] for s in self.states)} q={len(self.waiting)}")

    def run(self) -> None:
        self.schedule(0.0, "arrive", cust=1)
        while self.queue:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            self.handle(ev)


def main() -> None:
    sim = Simulator(seed=42)
    sim.run()
    for line in sim.log[:12]:
        print(line)
    print("...")
    print(sim.log[-1])
    print("served", sim.served, "final states", sim.states)
    avg = sum(sim.wait_times) / len(sim.wait_times)
    print(f"avg wait {avg:.3f} max wait {max(sim.wait_times):.3f}")
    try:
        sim.transition(0, "depart")
    except RuntimeError as e:
        print(e)
    r = random.Random(7)
    print([r.randint(1, 6) for _ in range(10)], round(r.random(), 6), r.choice("xyz"))
    deck = list(range(10))
    r.shuffle(deck)
    print(deck, r.sample(range(100), 4), round(r.gauss(0, 1), 6))


main()
