"""push_message: a Processing feedback gets the message, else the QGIS log's "Mine Action" tab."""

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsProcessingFeedback

from mineaction_qgis.core.common.log import push_message


class Recording(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, warning):
        self.warnings.append(warning)

    def pushInfo(self, info):
        self.infos.append(info)


def test_processing_feedback_gets_warnings_and_infos():
    feedback = Recording()
    push_message(feedback, "careful")
    push_message(feedback, "done", warning=False)
    assert (feedback.warnings, feedback.infos) == (["careful"], ["done"])


def test_plain_feedback_or_none_goes_to_the_message_log():
    logged = []

    def record(message, tag, level):
        logged.append((message, tag, level))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    try:
        push_message(QgsFeedback(), "no pushWarning here")
        push_message(None, "no feedback at all", warning=False)
    finally:
        log.messageReceived.disconnect(record)
    assert ("no pushWarning here", "Mine Action", Qgis.MessageLevel.Warning) in logged
    assert ("no feedback at all", "Mine Action", Qgis.MessageLevel.Info) in logged
