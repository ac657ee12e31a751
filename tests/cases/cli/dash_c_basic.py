# argv: -c "print('hello from -c'); print(1 + 2)"
