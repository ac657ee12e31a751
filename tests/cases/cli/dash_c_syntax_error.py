# argv: -c "x = (1, 2"
