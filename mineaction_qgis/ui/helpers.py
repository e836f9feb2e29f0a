"""Small helpers the dialogs share (display of numbers and codes in right-to-left tables)."""

LEFT_TO_RIGHT_MARK = "\u200e"


def left_to_right(text: str) -> str:
    """``text`` (a number, a code) shown left to right in a right-to-left table too ("-40.0", not "40.0-").

    A leading LEFT-TO-RIGHT MARK makes the bidi algorithm treat a leading sign or
    separator as part of the number; it is invisible and changes nothing else.
    """
    return LEFT_TO_RIGHT_MARK + text if text else text
