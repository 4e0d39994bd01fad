try:
    raise RuntimeError("fatal problem")
except RuntimeError:
    print("cleanup before re-raise")
    raise
