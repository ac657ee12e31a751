# argv: - a b c
