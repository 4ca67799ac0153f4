counter = 10

class Tally:
    counter = counter + 1
    counter = counter + 1

print(counter, Tally.counter)
