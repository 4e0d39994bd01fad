# Class-heavy: many small instances, method calls, attribute reads and writes, inheritance.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    count = 0

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        Particle.count += 1

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x < 0 or self.pos.x > 1000:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y < 0 or self.pos.y > 1000:
            self.vel = Vec(self.vel.x, -self.vel.y)

    def energy(self):
        return self.vel.dot(self.vel)


class HeavyParticle(Particle):
    def __init__(self, pos, vel, mass):
        super().__init__(pos, vel)
        self.mass = mass

    def energy(self):
        return self.mass * Particle.energy(self)


particles = []
for i in range(1200):
    v = Vec(i % 7 - 3, i % 5 - 2)
    if i % 4 == 0:
        particles.append(HeavyParticle(Vec(i % 1000, (i * 7) % 1000), v, 3))
    else:
        particles.append(Particle(Vec(i % 1000, (i * 7) % 1000), v))
for t in range(1000):
    for p in particles:
        p.step()
e = 0
for p in particles:
    e += p.energy()
acc = Vec(0, 0)
for p in particles:
    acc = acc.add(p.pos.scale(2))
print(Particle.count, e, acc.x, acc.y)
