import _imp_cycle_b
VALUE = 'a'
