# An uncaught group: the nested boxes end the report.
def fail(n):
    raise ValueError(n)


errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
print('raising')
raise ExceptionGroup('several', [errors[0], ExceptionGroup('nested', errors[1:])])
