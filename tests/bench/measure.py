"""Run a command as a user would and print its wall time in seconds and its peak resident memory in bytes."""

import resource
import subprocess
import sys
import time


def main(command):
    started = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    sys.stderr.buffer.write(completed.stderr)
    sys.stderr.buffer.write(completed.stdout)
    if completed.returncode != 0:
        sys.exit(f"{command[0]} exited with {completed.returncode}")
    # On Linux ru_maxrss is in kilobytes, and for the children it is the largest child's peak.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(f"{elapsed:.3f} {peak}")


if __name__ == "__main__":
    main(sys.argv[1:])
