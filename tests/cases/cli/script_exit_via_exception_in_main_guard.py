# cli: -X no_debug_ranges
def main():
    print("main starting")
    raise RuntimeError("main failed")
if __name__ == "__main__":
    main()
