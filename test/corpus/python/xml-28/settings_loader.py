# corpus: path=scripts/load_settings.py
"""Reads the deployment's XML settings and the fixtures shipped with the project."""
import argparse
import pathlib
import xml.etree.ElementTree as ET
from xml.dom import minidom

import xmltodict

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_defaults():
    tree = ET.parse(ROOT / "config" / "defaults.xml")  # ok: xxe
    return {node.tag: node.text for node in tree.getroot()}


def load_fixture(name):
    with open(ROOT / "fixtures" / f"{name}.xml", "rb") as fh:
        return xmltodict.parse(fh.read())  # ok: xxe


def pretty(path):
    text = pathlib.Path(path).read_text()
    return minidom.parseString(text).toprettyxml()  # ok: xxe


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("settings")
    args = parser.parse_args()
    tree = ET.parse(args.settings)  # ok: xxe
    for node in tree.getroot():
        print(node.tag, node.text)


if __name__ == "__main__":
    main()
