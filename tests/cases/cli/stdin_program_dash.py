# argv: -
