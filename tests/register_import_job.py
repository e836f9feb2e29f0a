"""One import into the shared register in its own process (the concurrency test starts two).

Usage: python -m tests.register_import_job EXPORT OUTPUT.gpkg REGISTER [LOCK_WAIT [SCHEMA]]
Prints every feedback message, then ``IMPORT_ID <n>`` or ``FAILED <message>``.
"""

import sys

from scripts.qgis_env import run, start_qgis


def main(argv):
    start_qgis()
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Printing(QgsProcessingFeedback):
        def pushInfo(self, info):
            print(info, flush=True)

    parameters = {"INPUT": argv[0], "OUTPUT": argv[1], "REGISTER": argv[2]}
    if len(argv) > 3:
        parameters["LOCK_WAIT"] = float(argv[3])
    if len(argv) > 4:
        parameters["SCHEMA"] = argv[4]
    try:
        result = run("mineaction:importimsma", parameters, Printing())
    except QgsProcessingException as error:
        print(f"FAILED {error}", flush=True)
        return 1
    print(f"IMPORT_ID {result['IMPORT_ID']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
