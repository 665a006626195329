"""Machine translation of what residents and staff write (proposals, comments,
official answers, committee updates), asked of a pluggable service in the
background and cached per text and language."""
