class Item:
    def __init__(self, name, category, price, qty):
        self.name = name
        self.category = category
        self.price = price
        self.qty = qty

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def take(self, name, qty):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]
        return qty

    def by_category(self):
        groups = {}
        for item in self.items.values():
            groups.setdefault(item.category, []).append(item)
        return groups

    def report(self):
        for cat, items in sorted(self.by_category().items()):
            total = sum(i.value() for i in items)
            names = ", ".join(sorted(i.name for i in items))
            print(f"{cat:<8} {total:>9.2f}  {names}")


inv = Inventory()
for args in [("apple", "fruit", 0.5, 100), ("pear", "fruit", 0.75, 40),
             ("hammer", "tools", 12.99, 5), ("nails", "tools", 0.02, 1000),
             ("apple", "fruit", 0.5, 20), ("milk", "dairy", 1.19, 12)]:
    inv.add(Item(*args))
inv.report()
print(inv.take("apple", 30), inv.items["apple"])
for name, qty in [("hammer", 5), ("milk", 50), ("bread", 1)]:
    try:
        inv.take(name, qty)
        print("took", qty, name)
    except KeyError as e:
        print("no such item:", e)
    except ValueError as e:
        print("cannot take:", e)
print(sorted(inv.items))
inv.report()
print(round(sum(i.value() for i in inv.items.values()), 2))
