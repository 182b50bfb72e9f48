# corpus: path=scripts/sync_crm.py
import argparse
import logging

from app.crm import CrmClient

log = logging.getLogger("sync_crm")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    log.info("connecting to CRM as %s with password %s", args.user, args.password)  # expect: sensitive-logging
    client = CrmClient(args.user, args.password)
    client.sync_contacts()


if __name__ == "__main__":
    main()
