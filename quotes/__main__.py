"""`python -m quotes ...`: the same command line as the `quotes` script."""

from quotes.cli import main

if __name__ == "__main__":
    main()
