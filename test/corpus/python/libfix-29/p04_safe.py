# corpus: path=vcsutil/git.py
import subprocess


def commits_between(repo_dir: str, base: str, head: str) -> list[str]:
    """List commit hashes reachable from head but not from base."""
    out = subprocess.check_output(  # ok: command-injection
        ["git", "rev-list", f"{base}..{head}", "--"],
        cwd=repo_dir,
        text=True,
    )
    return [line for line in out.splitlines() if line]
