# Imported by import_files.py (the harness skips files starting with '_').
print("helper running as", __name__)
X = 5
def f():
    return X * 2
class C:
    pass
