"""Entry point of the frozen program: the same `main()` that the `tunedata-studio` script runs.

`gui.app.main()` handles `--self-test` itself, before it creates any window.
"""

import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main())
