import _imp_cycle_a
print("b sees a partially:", hasattr(_imp_cycle_a, 'VALUE'))
try:
    from _imp_cycle_a import VALUE
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
