# corpus: path=vcsutil/git.py
import subprocess


def commits_between(repo_dir: str, base: str, head: str) -> list[str]:
    """List commit hashes reachable from head but not from base."""
    out = subprocess.check_output(  # expect: command-injection
        f"git rev-list {base}..{head}",
        shell=True,
        cwd=repo_dir,
        text=True,
    )
    return [line for line in out.splitlines() if line]
