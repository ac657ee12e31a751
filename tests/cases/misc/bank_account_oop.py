class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, balance={self.balance})"
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        return self.deposit(interest)
a = Account("ann", 100)
s = Savings("sam", 1000, rate=0.05)
a.deposit(50).withdraw(30)
s.add_interest().withdraw(50)
print(a, s)
print(a.history, s.history)
for action in (lambda: a.withdraw(1000), lambda: a.deposit(-5)):
    try:
        action()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available)
    except ValueError as e:
        print("ValueError:", e)
accounts = sorted([a, s, Account("zed", 500)], key=lambda acc: acc.balance, reverse=True)
print([acc.owner for acc in accounts], sum(acc.balance for acc in accounts))
