import sys
def main():
    print("main running")
    sys.exit(2)
main()
print("never")
