match x:
    case C(1, a=1, 2, 3):
        pass
