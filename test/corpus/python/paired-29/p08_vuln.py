# corpus: path=scripts/render_report.py
import argparse
import subprocess
import tempfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("markdown")
    args = parser.parse_args()
    html_path = tempfile.mktemp(suffix=".html")  # expect: insecure-temp-file
    subprocess.run(["pandoc", args.markdown, "-o", html_path], check=True)
    subprocess.run(["wkhtmltopdf", html_path, args.markdown + ".pdf"], check=True)


if __name__ == "__main__":
    main()
