# Loops whose bodies need EXTENDED_ARG jumps (> 255 code units), run several times
# so the specialized instructions inside them warm up and de-optimise.


def long_for(n, step):
    s = 0
    t = 0.5
    for i in range(n):
        s += i * 1 + step
        t = t + 0.25 - step
        s += i * 2 + step
        t = t + 1.25 - step
        s += i * 3 + step
        t = t + 2.25 - step
        s += i * 4 + step
        t = t + 3.25 - step
        s += i * 5 + step
        t = t + 4.25 - step
        s += i * 6 + step
        t = t + 5.25 - step
        s += i * 7 + step
        t = t + 6.25 - step
        s += i * 8 + step
        t = t + 7.25 - step
        s += i * 9 + step
        t = t + 8.25 - step
        s += i * 10 + step
        t = t + 9.25 - step
        s += i * 11 + step
        t = t + 10.25 - step
        s += i * 12 + step
        t = t + 11.25 - step
        s += i * 13 + step
        t = t + 12.25 - step
        s += i * 14 + step
        t = t + 13.25 - step
        s += i * 15 + step
        t = t + 14.25 - step
        s += i * 16 + step
        t = t + 15.25 - step
        s += i * 17 + step
        t = t + 16.25 - step
        s += i * 18 + step
        t = t + 17.25 - step
        s += i * 19 + step
        t = t + 18.25 - step
        s += i * 20 + step
        t = t + 19.25 - step
        s += i * 21 + step
        t = t + 20.25 - step
        s += i * 22 + step
        t = t + 21.25 - step
        s += i * 23 + step
        t = t + 22.25 - step
        s += i * 24 + step
        t = t + 23.25 - step
        s += i * 25 + step
        t = t + 24.25 - step
        s += i * 26 + step
        t = t + 25.25 - step
        s += i * 27 + step
        t = t + 26.25 - step
        s += i * 28 + step
        t = t + 27.25 - step
        s += i * 29 + step
        t = t + 28.25 - step
        s += i * 30 + step
        t = t + 29.25 - step
        s += i * 31 + step
        t = t + 30.25 - step
        s += i * 32 + step
        t = t + 31.25 - step
        s += i * 33 + step
        t = t + 32.25 - step
        s += i * 34 + step
        t = t + 33.25 - step
        s += i * 35 + step
        t = t + 34.25 - step
        s += i * 36 + step
        t = t + 35.25 - step
        s += i * 37 + step
        t = t + 36.25 - step
        s += i * 38 + step
        t = t + 37.25 - step
        s += i * 39 + step
        t = t + 38.25 - step
        s += i * 40 + step
        t = t + 39.25 - step
        if i % 7 == 3:
            continue
        s -= 1
    return s, t


def long_while(n):
    i = 0
    acc = []
    while i < n:
        x = i
        x = x + 0 if x % 2 else x - 0
        x = x + 1 if x % 3 else x - 1
        x = x + 2 if x % 4 else x - 2
        x = x + 3 if x % 5 else x - 3
        x = x + 4 if x % 6 else x - 4
        x = x + 5 if x % 2 else x - 5
        x = x + 6 if x % 3 else x - 6
        x = x + 7 if x % 4 else x - 7
        x = x + 8 if x % 5 else x - 8
        x = x + 9 if x % 6 else x - 9
        x = x + 10 if x % 2 else x - 10
        x = x + 11 if x % 3 else x - 11
        x = x + 12 if x % 4 else x - 12
        x = x + 13 if x % 5 else x - 13
        x = x + 14 if x % 6 else x - 14
        x = x + 15 if x % 2 else x - 15
        x = x + 16 if x % 3 else x - 16
        x = x + 17 if x % 4 else x - 17
        x = x + 18 if x % 5 else x - 18
        x = x + 19 if x % 6 else x - 19
        x = x + 20 if x % 2 else x - 20
        x = x + 21 if x % 3 else x - 21
        x = x + 22 if x % 4 else x - 22
        x = x + 23 if x % 5 else x - 23
        x = x + 24 if x % 6 else x - 24
        x = x + 25 if x % 2 else x - 25
        x = x + 26 if x % 3 else x - 26
        x = x + 27 if x % 4 else x - 27
        x = x + 28 if x % 5 else x - 28
        x = x + 29 if x % 6 else x - 29
        x = x + 30 if x % 2 else x - 30
        x = x + 31 if x % 3 else x - 31
        x = x + 32 if x % 4 else x - 32
        x = x + 33 if x % 5 else x - 33
        x = x + 34 if x % 6 else x - 34
        x = x + 35 if x % 2 else x - 35
        x = x + 36 if x % 3 else x - 36
        x = x + 37 if x % 4 else x - 37
        x = x + 38 if x % 5 else x - 38
        x = x + 39 if x % 6 else x - 39
        x = x + 40 if x % 2 else x - 40
        x = x + 41 if x % 3 else x - 41
        x = x + 42 if x % 4 else x - 42
        x = x + 43 if x % 5 else x - 43
        x = x + 44 if x % 6 else x - 44
        acc.append(x)
        i += 1
        if x > 10 ** 6:
            break
    return acc


def long_branches(v):
    out = 0
    for j in range(60):
        if v[j % len(v)] > 0:
            out += v[0 % len(v)] * 0
            out += v[1 % len(v)] * 1
            out += v[2 % len(v)] * 2
            out += v[3 % len(v)] * 3
            out += v[4 % len(v)] * 4
            out += v[5 % len(v)] * 5
            out += v[6 % len(v)] * 6
            out += v[7 % len(v)] * 7
            out += v[8 % len(v)] * 8
            out += v[9 % len(v)] * 9
            out += v[10 % len(v)] * 10
            out += v[11 % len(v)] * 11
            out += v[12 % len(v)] * 12
            out += v[13 % len(v)] * 13
            out += v[14 % len(v)] * 14
            out += v[15 % len(v)] * 15
            out += v[16 % len(v)] * 16
            out += v[17 % len(v)] * 17
            out += v[18 % len(v)] * 18
            out += v[19 % len(v)] * 19
            out += v[20 % len(v)] * 20
            out += v[21 % len(v)] * 21
            out += v[22 % len(v)] * 22
            out += v[23 % len(v)] * 23
            out += v[24 % len(v)] * 24
            out += v[25 % len(v)] * 25
            out += v[26 % len(v)] * 26
            out += v[27 % len(v)] * 27
            out += v[28 % len(v)] * 28
            out += v[29 % len(v)] * 29
            out += v[30 % len(v)] * 30
            out += v[31 % len(v)] * 31
            out += v[32 % len(v)] * 32
            out += v[33 % len(v)] * 33
            out += v[34 % len(v)] * 34
        else:
            out -= v[0 % len(v)] + 0
            out -= v[1 % len(v)] + 1
            out -= v[2 % len(v)] + 2
            out -= v[3 % len(v)] + 3
            out -= v[4 % len(v)] + 4
            out -= v[5 % len(v)] + 5
            out -= v[6 % len(v)] + 6
            out -= v[7 % len(v)] + 7
            out -= v[8 % len(v)] + 8
            out -= v[9 % len(v)] + 9
            out -= v[10 % len(v)] + 10
            out -= v[11 % len(v)] + 11
            out -= v[12 % len(v)] + 12
            out -= v[13 % len(v)] + 13
            out -= v[14 % len(v)] + 14
            out -= v[15 % len(v)] + 15
            out -= v[16 % len(v)] + 16
            out -= v[17 % len(v)] + 17
            out -= v[18 % len(v)] + 18
            out -= v[19 % len(v)] + 19
            out -= v[20 % len(v)] + 20
            out -= v[21 % len(v)] + 21
            out -= v[22 % len(v)] + 22
            out -= v[23 % len(v)] + 23
            out -= v[24 % len(v)] + 24
            out -= v[25 % len(v)] + 25
            out -= v[26 % len(v)] + 26
            out -= v[27 % len(v)] + 27
            out -= v[28 % len(v)] + 28
            out -= v[29 % len(v)] + 29
            out -= v[30 % len(v)] + 30
            out -= v[31 % len(v)] + 31
            out -= v[32 % len(v)] + 32
            out -= v[33 % len(v)] + 33
            out -= v[34 % len(v)] + 34
    return out


def long_try(items):
    errors = 0
    total = 0
    for it in items:
        try:
            total += it[0] // (it[2] - 0)
            total += it[1] // (it[2] - 1)
            total += it[2] // (it[2] - 2)
            total += it[0] // (it[2] - 3)
            total += it[1] // (it[2] - 0)
            total += it[2] // (it[2] - 1)
            total += it[0] // (it[2] - 2)
            total += it[1] // (it[2] - 3)
            total += it[2] // (it[2] - 0)
            total += it[0] // (it[2] - 1)
            total += it[1] // (it[2] - 2)
            total += it[2] // (it[2] - 3)
            total += it[0] // (it[2] - 0)
            total += it[1] // (it[2] - 1)
            total += it[2] // (it[2] - 2)
            total += it[0] // (it[2] - 3)
            total += it[1] // (it[2] - 0)
            total += it[2] // (it[2] - 1)
            total += it[0] // (it[2] - 2)
            total += it[1] // (it[2] - 3)
            total += it[2] // (it[2] - 0)
            total += it[0] // (it[2] - 1)
            total += it[1] // (it[2] - 2)
            total += it[2] // (it[2] - 3)
            total += it[0] // (it[2] - 0)
            total += it[1] // (it[2] - 1)
            total += it[2] // (it[2] - 2)
            total += it[0] // (it[2] - 3)
            total += it[1] // (it[2] - 0)
            total += it[2] // (it[2] - 1)
        except ZeroDivisionError:
            errors += 1
        except (IndexError, TypeError) as e:
            errors += 100
    return total, errors


for rep in range(4):
    print('for', rep, long_for(50 + rep, rep))
    print('while', rep, long_while(40 + rep)[-3:])
    print('branches', rep, long_branches([1, -2, 3][rep % 3:] + [rep - 1]))
    print('try', rep, long_try([(1, 2, 3), (4, 5, 9), (1, 1, 1), (2, 2)] * (10 + rep)))

# Type changes after warm-up inside the long bodies.
print('for float step', long_for(30, 0.5))
print('for big step', long_for(20, 2 ** 70)[0] % 1000003)
print('branches floats', long_branches([0.5, -1.5]))
print('try strs', long_try([('a', 'b', 'c'), (1, 2, 3)] * 3))
